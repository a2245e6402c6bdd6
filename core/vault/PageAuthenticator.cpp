// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/PageAuthenticator.h"

#include "storage/Database.h"

#include <sodium.h>
#include <sqlite3.h>

#include <array>
#include <cstring>

namespace continuum {

namespace {

constexpr int kSaltBytes = 16; // SQLCipher's salt, the first bytes of the file
constexpr int kIvBytes = 16;   // AES-256-CBC's IV, first in each page's reserved bytes
constexpr int kMacBytes = 64;  // HMAC-SHA512, after the IV
constexpr int kKeyBytes = 32;  // the raw key, and the HMAC key derived from it
constexpr unsigned char kSaltMask = 0x3a;
constexpr qint64 kLockByteOffset = 0x40000000; // SQLite's pending byte: its page is never written

Error unsupported(const QString& why)
{
    return makeError(ErrorCode::Unsupported, QStringLiteral("the vault's cipher settings differ from "
                                                            "SQLCipher 4's defaults (%1)")
                                                 .arg(why));
}

/// The cipher settings a page check depends on, as the connection reports them, against the defaults.
Status checkSettings(Database& db)
{
    const std::array<std::pair<const char*, const char*>, 7> expected{{
        {"PRAGMA cipher_use_hmac", "1"},
        {"PRAGMA cipher_hmac_algorithm", "HMAC_SHA512"},
        {"PRAGMA cipher_kdf_algorithm", "PBKDF2_HMAC_SHA512"},
        {"PRAGMA fast_kdf_iter", "2"},
        {"PRAGMA cipher_hmac_pgno", "le"},
        {"PRAGMA cipher_hmac_salt_mask", "3a"},
        {"PRAGMA cipher_plaintext_header_size", "0"},
    }};
    for (const auto& [pragma, value] : expected) {
        auto got = db.queryText(pragma);
        if (!got)
            return got.error();
        if (got.value().compare(QLatin1String(value), Qt::CaseInsensitive) != 0)
            return unsupported(QStringLiteral("%1 is %2").arg(QLatin1String(pragma), got.value()));
    }
    return {};
}

} // namespace

Result<PageAuthenticator> PageAuthenticator::forDatabase(Database& db, const SecureBytes& dataKey,
                                                         QByteArrayView fileStart)
{
    if (auto s = checkSettings(db); !s)
        return s.error();
    auto pageSize = db.queryInt("PRAGMA cipher_page_size");
    if (!pageSize)
        return pageSize.error();
    int reserve = -1; // -1 asks for the current value
    if (sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve) != SQLITE_OK)
        return unsupported(QStringLiteral("no reserve size"));
    if (reserve != kIvBytes + kMacBytes || pageSize.value() < 512 || pageSize.value() > 65536)
        return unsupported(QStringLiteral("page size %1, reserve %2").arg(pageSize.value()).arg(reserve));
    if (dataKey.size() != kKeyBytes)
        return unsupported(QStringLiteral("a key of %1 bytes").arg(dataKey.size()));
    if (fileStart.size() < kSaltBytes)
        return makeError(ErrorCode::DamagedVault, QStringLiteral("the database file is too short"));

    // The HMAC key: PBKDF2-HMAC-SHA512(raw key, salt ^ 0x3a, 2 iterations), one 64-byte block of which
    // the first 32 bytes are used.
    std::array<unsigned char, kSaltBytes + 4> salt{};
    for (int i = 0; i < kSaltBytes; ++i)
        salt[size_t(i)] = static_cast<unsigned char>(fileStart[i]) ^ kSaltMask;
    salt[kSaltBytes + 3] = 1; // block index, big-endian
    SecureBytes u1(crypto_auth_hmacsha512_BYTES);
    SecureBytes u2(crypto_auth_hmacsha512_BYTES);
    SecureBytes macKey(kKeyBytes);
    PageAuthenticator a;
    a.m_keyed = SecureBytes(sizeof(crypto_auth_hmacsha512_state));
    if (!u1.isValid() || !u2.isValid() || !macKey.isValid() || !a.m_keyed.isValid())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory"));
    auto* state = reinterpret_cast<crypto_auth_hmacsha512_state*>(a.m_keyed.data());
    crypto_auth_hmacsha512_init(state, dataKey.data(), dataKey.size());
    crypto_auth_hmacsha512_update(state, salt.data(), salt.size());
    crypto_auth_hmacsha512_final(state, u1.data());
    crypto_auth_hmacsha512_init(state, dataKey.data(), dataKey.size());
    crypto_auth_hmacsha512_update(state, u1.data(), u1.size());
    crypto_auth_hmacsha512_final(state, u2.data());
    for (int i = 0; i < kKeyBytes; ++i)
        macKey.data()[i] = u1.data()[i] ^ u2.data()[i];
    crypto_auth_hmacsha512_init(state, macKey.data(), macKey.size());

    a.m_pageSize = static_cast<int>(pageSize.value());
    a.m_reserve = reserve;
    a.m_lockBytePage = static_cast<quint32>(kLockByteOffset / a.m_pageSize + 1);
    return a;
}

bool PageAuthenticator::check(quint32 pageNumber, const unsigned char* page) const
{
    if (pageNumber == m_lockBytePage)
        return true;
    // Page 1 begins with the salt, outside what is encrypted and signed.
    const int offset = pageNumber == 1 ? kSaltBytes : 0;
    const unsigned char* signedBytes = page + offset;
    const size_t signedLength = size_t(m_pageSize - offset - m_reserve + kIvBytes);
    const std::array<unsigned char, 4> number{
        static_cast<unsigned char>(pageNumber), static_cast<unsigned char>(pageNumber >> 8),
        static_cast<unsigned char>(pageNumber >> 16), static_cast<unsigned char>(pageNumber >> 24)};
    crypto_auth_hmacsha512_state state;
    std::memcpy(&state, m_keyed.data(), sizeof state);
    std::array<unsigned char, kMacBytes> mac;
    crypto_auth_hmacsha512_update(&state, signedBytes, signedLength);
    crypto_auth_hmacsha512_update(&state, number.data(), number.size());
    crypto_auth_hmacsha512_final(&state, mac.data());
    sodium_memzero(&state, sizeof state);
    return sodium_memcmp(mac.data(), signedBytes + signedLength, kMacBytes) == 0;
}

} // namespace continuum
