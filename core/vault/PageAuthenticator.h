// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArrayView>

namespace continuum {

class Database;

/// Checks the HMAC SQLCipher 4 writes into every page of an encrypted database, on the page's bytes as they
/// lie in the file, without decrypting anything: the check `PRAGMA cipher_integrity_check` makes, for pages
/// in memory. Implemented for the settings a vault is made with (SQLCipher 4's defaults: HMAC-SHA512 over the
/// encrypted page, its IV and its number in little-endian order, keyed by PBKDF2-HMAC-SHA512 with 2
/// iterations from the raw key and the file's salt masked with 0x3a).
class PageAuthenticator final
{
public:
    /// From a keyed connection to the database and the first bytes of its file (the salt is its first 16).
    /// Unsupported when the connection's cipher settings are not those implemented here: the caller then
    /// checks the pages another way.
    static Result<PageAuthenticator> forDatabase(Database& db, const SecureBytes& dataKey, QByteArrayView fileStart);

    int pageSize() const { return m_pageSize; }

    /// True if `page` (pageSize() bytes, as stored in the file) carries the HMAC SQLCipher writes for page
    /// number `pageNumber` (from 1). The page SQLite never writes (the one holding the lock byte, past 1 GiB)
    /// is true whatever it holds, as in SQLCipher's own check.
    bool check(quint32 pageNumber, const unsigned char* page) const;

private:
    PageAuthenticator() = default;

    int m_pageSize = 0;
    int m_reserve = 0;
    quint32 m_lockBytePage = 0;
    SecureBytes m_keyed; ///< HMAC-SHA512 state after the key, copied for every page
};

} // namespace continuum
