// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: RecoveryKey::parse over whatever a counselor might type or paste (the input bytes read as
// UTF-8). A key it accepts must be 128 bits and read back the same from its own printed form.
#include "crypto/RecoveryKey.h"
#include "crypto/Sodium.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return continuum::ensureSodium() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    namespace RecoveryKey = continuum::RecoveryKey;
    // The typed bytes go in as they came, in locked memory, as the unlock window hands them over.
    const auto secret = RecoveryKey::parse(continuum::SecureBytes(data, size));
    if (!secret)
        return 0;
    if (secret->size() != static_cast<std::size_t>(RecoveryKey::kSecretBytes))
        __builtin_trap();
    const auto again = RecoveryKey::parse(continuum::SecureBytes::fromText(RecoveryKey::format(secret.value())));
    if (!again || !again->equals(secret.value()))
        __builtin_trap();
    return 0;
}
