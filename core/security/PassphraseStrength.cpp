// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PassphraseStrength.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace continuum {

PassphraseAssessment assessPassphrase(const QString& passphrase, int minimumLength)
{
    PassphraseAssessment a;
    const QString p = passphrase.normalized(QString::NormalizationForm_C);
    if (p.size() < minimumLength)
        return a;

    // Alphabet size from the character classes present.
    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    for (QChar c : p) {
        distinct.insert(c);
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (!c.isSpace())
            other = true;
    }
    int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    pool = std::max(pool, 10);

    // Repetition counts for little: judge by distinct characters as much as by length.
    const double effectiveLength = std::min<double>(p.size(), distinct.size() * 1.5);
    double bits = effectiveLength * std::log2(pool);
    // Several words separated by spaces resist guessing well even in lower case.
    const int words = int(p.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    if (words >= 4)
        bits = std::max(bits, words * 11.0);
    // Halve the estimate: people choose predictably.
    bits *= 0.5;
    a.estimatedBits = bits;
    if (bits < 28)
        a.strength = PassphraseStrength::Weak;
    else if (bits < 45)
        a.strength = PassphraseStrength::Fair;
    else
        a.strength = PassphraseStrength::Strong;
    return a;
}

int unlockDelaySeconds(int failures)
{
    if (failures < 3)
        return 0;
    const int exponent = std::min(failures - 2, 6);
    return std::min(1 << exponent, 60);
}

} // namespace continuum
