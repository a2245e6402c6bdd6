// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/PassphraseStrength.h"

#include <QChar>

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace continuum {

namespace {

// The next code point of UTF-8 text, or U+FFFD for a malformed sequence; advances i.
char32_t nextCodePoint(const unsigned char* p, std::size_t size, std::size_t& i)
{
    const unsigned char lead = p[i++];
    int extra = 0;
    char32_t cp = 0;
    if (lead < 0x80)
        return lead;
    if ((lead & 0xE0) == 0xC0) {
        extra = 1;
        cp = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
        extra = 2;
        cp = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
        extra = 3;
        cp = lead & 0x07;
    } else {
        return 0xFFFD;
    }
    for (int k = 0; k < extra; ++k) {
        if (i >= size || (p[i] & 0xC0) != 0x80)
            return 0xFFFD;
        cp = (cp << 6) | (p[i++] & 0x3F);
    }
    return cp;
}

} // namespace

PassphraseAssessment assessPassphrase(const SecureBytes& passphraseUtf8, int minimumLength)
{
    PassphraseAssessment a;
    // Distinct characters, kept on the stack and wiped: beyond this many, repetition no longer lowers
    // the estimate anyway.
    constexpr std::size_t kDistinctCap = 128;
    std::array<char32_t, kDistinctCap> distinct{};
    std::size_t distinctCount = 0;
    bool lower = false, upper = false, digit = false, other = false;
    int length = 0;
    int words = 0;
    bool inWord = false;
    const unsigned char* p = passphraseUtf8.data();
    const std::size_t size = passphraseUtf8.size();
    for (std::size_t i = 0; i < size;) {
        const char32_t c = nextCodePoint(p, size, i);
        ++length;
        if (distinctCount < kDistinctCap &&
            std::find(distinct.begin(), distinct.begin() + distinctCount, c) == distinct.begin() + distinctCount)
            distinct[distinctCount++] = c;
        const bool space = QChar::isSpace(c);
        if (!space && !inWord)
            ++words;
        inWord = !space;
        if (QChar::isLower(c))
            lower = true;
        else if (QChar::isUpper(c))
            upper = true;
        else if (QChar::isDigit(c))
            digit = true;
        else if (!space)
            other = true;
    }
    sodium_memzero(distinct.data(), sizeof distinct);
    if (length < minimumLength)
        return a;

    int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    pool = std::max(pool, 10);

    // Repetition counts for little: judge by distinct characters as much as by length.
    const double effectiveLength = std::min<double>(length, double(distinctCount) * 1.5);
    double bits = effectiveLength * std::log2(pool);
    // Several words separated by spaces resist guessing well even in lower case.
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
