// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QString>

#include <cstdio>
#include <optional>

namespace continuum {

/// Reads a secret from the controlling terminal with echo off (restored afterwards, also on error).
/// nullopt when there is no terminal.
std::optional<SecureBytes> readSecretFromTerminal(const QString& prompt);

/// Reads one line (without its newline) from a stream, for --passphrase-stdin; nullopt at end of input.
std::optional<SecureBytes> readSecretLine(std::FILE* in);

} // namespace continuum
