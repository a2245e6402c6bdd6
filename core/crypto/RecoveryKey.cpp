// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/RecoveryKey.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <array>

namespace continuum::RecoveryKey {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kChecksumBytes = 4;
constexpr int kTotalBytes = kSecretBytes + kChecksumBytes; // 20 bytes = 160 bits = 32 base32 characters
constexpr int kChars = kTotalBytes * 8 / 5;
static_assert(kChars == kGroups * kGroupLength);

std::array<unsigned char, kChecksumBytes> checksum(const unsigned char* secret)
{
    static const unsigned char personal[] = "continuum-rk-v1";
    std::array<unsigned char, 32> digest{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, digest.size());
    crypto_generichash_update(&state, personal, sizeof personal - 1);
    crypto_generichash_update(&state, secret, kSecretBytes);
    crypto_generichash_final(&state, digest.data(), digest.size());
    std::array<unsigned char, kChecksumBytes> out{};
    std::copy_n(digest.begin(), kChecksumBytes, out.begin());
    return out;
}

int decodeChar(unsigned char c)
{
    if (c >= 'a' && c <= 'z')
        c = static_cast<unsigned char>(c - 'a' + 'A');
    if (c == 'O')
        c = '0';
    else if (c == 'I' || c == 'L')
        c = '1';
    for (int i = 0; i < 32; ++i) {
        if (static_cast<unsigned char>(kAlphabet[i]) == c)
            return i;
    }
    return -1;
}

Error mistyped(const char* what, int group)
{
    Error e;
    e.code = ErrorCode::MistypedRecoveryKey;
    e.detail = QString::fromLatin1(what);
    e.index = group;
    return e;
}

} // namespace

QString format(const SecureBytes& secret)
{
    if (secret.size() != kSecretBytes)
        return {};
    std::array<unsigned char, kTotalBytes> all{};
    std::copy_n(secret.data(), kSecretBytes, all.begin());
    const auto sum = checksum(secret.data());
    std::copy(sum.begin(), sum.end(), all.begin() + kSecretBytes);

    QString text;
    unsigned int buffer = 0;
    int bits = 0;
    int emitted = 0;
    for (unsigned char byte : all) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (emitted > 0 && emitted % kGroupLength == 0)
                text.append(QLatin1Char('-'));
            text.append(QLatin1Char(kAlphabet[(buffer >> bits) & 0x1F]));
            ++emitted;
        }
    }
    sodium_memzero(all.data(), all.size());
    return text;
}

Result<Generated> generate()
{
    if (!ensureSodium())
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium could not be initialised"));
    SecureBytes secret(kSecretBytes);
    if (!secret.isValid())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory"));
    randombytes_buf(secret.data(), secret.size());
    QString text = format(secret);
    return Generated{std::move(secret), std::move(text)};
}

namespace {

bool isSeparator(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '-';
}

// Which group of four a mistake sits in, as the person sees the key: the groups they separated with
// dashes or spaces, or (typed without separators) every four characters. 0 when the text does not say.
int groupOfMistake(const SecureBytes& typed)
{
    int group = 1;
    int inGroup = 0;
    bool separated = false;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        const unsigned char c = typed.data()[i];
        if (isSeparator(c)) {
            if (inGroup > 0) {
                if (inGroup != kGroupLength)
                    return group; // this group is too short or too long
                separated = true;
                ++group;
                inGroup = 0;
            }
            continue;
        }
        if (!separated && inGroup == kGroupLength) {
            ++group;
            inGroup = 0;
        }
        if (decodeChar(c) < 0 || (separated && inGroup == kGroupLength) || group > kGroups)
            return qMin(group, kGroups);
        ++inGroup;
    }
    if (separated && inGroup > 0 && inGroup != kGroupLength)
        return group;
    return 0;
}

} // namespace

Result<SecureBytes> parse(const SecureBytes& typedUtf8)
{
    // Read leniently first (separators anywhere are ignored), so a correct key is accepted however it
    // was grouped; the groups matter only to say where a mistake is.
    std::array<int, kChars> values{};
    int count = 0;
    const char* problem = nullptr;
    for (std::size_t i = 0; i < typedUtf8.size() && !problem; ++i) {
        const unsigned char c = typedUtf8.data()[i];
        if (isSeparator(c))
            continue;
        const int v = decodeChar(c);
        if (v < 0)
            problem = "character outside the recovery-key alphabet";
        else if (count == kChars)
            problem = "too many characters";
        else
            values[static_cast<std::size_t>(count++)] = v;
    }
    if (!problem && count != kChars)
        problem = "too few characters";
    if (problem) {
        sodium_memzero(values.data(), sizeof values);
        return mistyped(problem, groupOfMistake(typedUtf8));
    }

    std::array<unsigned char, kTotalBytes> all{};
    unsigned int buffer = 0;
    int bits = 0;
    std::size_t out = 0;
    for (int v : values) {
        buffer = (buffer << 5) | static_cast<unsigned int>(v);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            all[out++] = static_cast<unsigned char>((buffer >> bits) & 0xFF);
        }
    }
    const auto expected = checksum(all.data());
    const bool match = sodium_memcmp(expected.data(), all.data() + kSecretBytes, kChecksumBytes) == 0;
    SecureBytes secret(all.data(), kSecretBytes);
    sodium_memzero(all.data(), all.size());
    sodium_memzero(values.data(), sizeof values);
    if (!match) // a checksum cannot say where; a group typed too long or too short beside it can
        return mistyped("checksum does not match", groupOfMistake(typedUtf8));
    return secret;
}

} // namespace continuum::RecoveryKey
