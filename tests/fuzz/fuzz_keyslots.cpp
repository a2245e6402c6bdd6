// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: KeySlotFile::fromJson, the parser of every vault's keyslots.json and of the key slots
// carried inside a backup. What it accepts must survive a round trip through toJson unchanged.
#include "crypto/KeySlot.h"
#include "crypto/Sodium.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return continuum::ensureSodium() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using continuum::KeySlotFile;
    const auto parsed =
        KeySlotFile::fromJson(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!parsed)
        return 0;
    const auto again = KeySlotFile::fromJson(parsed->toJson());
    if (!again || again->vaultId != parsed->vaultId || again->slots != parsed->slots)
        __builtin_trap();
    return 0;
}
