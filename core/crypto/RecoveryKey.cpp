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

int decodeChar(QChar c)
{
    char u = static_cast<char>(c.toUpper().unicode() < 128 ? c.toUpper().unicode() : 0);
    if (u == 'O')
        u = '0';
    else if (u == 'I' || u == 'L')
        u = '1';
    for (int i = 0; i < 32; ++i) {
        if (kAlphabet[i] == u)
            return i;
    }
    return -1;
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

Result<SecureBytes> parse(const QString& typed)
{
    std::array<int, kChars> values{};
    int count = 0;
    for (QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        const int v = decodeChar(c);
        if (v < 0)
            return makeError(ErrorCode::MistypedRecoveryKey,
                             QStringLiteral("character outside the recovery-key alphabet"));
        if (count == kChars)
            return makeError(ErrorCode::MistypedRecoveryKey, QStringLiteral("too many characters"));
        values[static_cast<std::size_t>(count++)] = v;
    }
    if (count != kChars)
        return makeError(ErrorCode::MistypedRecoveryKey, QStringLiteral("too few characters"));

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
    values.fill(0);
    if (!match)
        return makeError(ErrorCode::MistypedRecoveryKey, QStringLiteral("checksum does not match"));
    return secret;
}

} // namespace continuum::RecoveryKey
