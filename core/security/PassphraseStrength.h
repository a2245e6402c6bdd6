// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

namespace continuum {

/// A rough, offline estimate of how hard a passphrase is to guess, for the hint beside the field.
/// It rewards length and unrelated words over symbol tricks; the vault's real protection is Argon2id.
enum class PassphraseStrength { TooShort, Weak, Fair, Strong };

struct PassphraseAssessment {
    PassphraseStrength strength = PassphraseStrength::TooShort;
    double estimatedBits = 0; ///< a conservative guess of entropy, in bits
};

/// Judges the passphrase where it already is, in locked memory (UTF-8): no copy of it, or of the set of
/// its characters, is made on the ordinary heap. Length counts characters (code points).
PassphraseAssessment assessPassphrase(const SecureBytes& passphraseUtf8, int minimumLength);

/// Delay before the next unlock attempt after `failures` wrong entries in a row: none for the first two,
/// then doubling from 2 s up to 60 s. Slows a guesser at the keyboard without punishing a typo.
int unlockDelaySeconds(int failures);

} // namespace continuum
