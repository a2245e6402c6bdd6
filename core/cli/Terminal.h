// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QString>

#include <cstddef>
#include <cstdio>

namespace continuum {

/// The longest secret read from a terminal or standard input, in bytes. Longer input is refused whole,
/// never cut: a cut would let a different passphrase that shares the first bytes open the vault.
constexpr std::size_t kMaxSecretBytes = 4096;

/// Reads a secret from the controlling terminal with echo off (restored afterwards, also on error).
/// NotFound when there is no terminal or no input; InvalidArgument when the line is too long.
Result<SecureBytes> readSecretFromTerminal(const QString& prompt);

/// Reads one line (without its newline) from a stream, for --passphrase-stdin. NotFound at end of
/// input; InvalidArgument when the line is longer than kMaxSecretBytes (the rest of it is consumed).
Result<SecureBytes> readSecretLine(std::FILE* in);

/// Asks a question on the controlling terminal and returns the answer typed, trimmed; empty without a
/// terminal or an answer.
QString askOnTerminal(const QString& question);

} // namespace continuum
