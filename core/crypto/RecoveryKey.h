// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QString>

namespace continuum {

/// The recovery key shown once at vault creation: 128 random bits plus a 32-bit checksum, written as
/// 32 characters of Crockford's base32 in eight groups of four ("7K3M-QX2D-…"). The alphabet has no
/// I, L, O or U, so it reads aloud without ambiguity; on input, case, spaces and dashes are ignored and
/// I/L are read as 1, O as 0. The checksum catches a typo before any (slow) key derivation is attempted.
namespace RecoveryKey {

constexpr int kSecretBytes = 16;
constexpr int kGroups = 8;
constexpr int kGroupLength = 4;

/// A fresh key: the secret to seal the recovery slot with, and the text to show the counselor.
struct Generated {
    SecureBytes secret;
    QString text;
};
Result<Generated> generate();

/// Parses typed text, given as UTF-8 in locked memory (the text field's content goes there at once, as a
/// passphrase does, and never through an ordinary string). MistypedRecoveryKey if it has the wrong
/// length, a character outside the alphabet or a checksum that does not match; Error::index then names
/// the group of four (1 to kGroups) at fault where the text shows which one (a character outside the
/// alphabet, a group too short or too long when groups are separated), 0 where it cannot (a checksum).
Result<SecureBytes> parse(const SecureBytes& typedUtf8);

/// The text form of a secret (for tests and re-display right after generation).
QString format(const SecureBytes& secret);

} // namespace RecoveryKey
} // namespace continuum
