// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QString>

#include <memory>
#include <string_view>

struct sqlite3;

namespace continuum {

class Statement;
class StatementCache;

/// Owns one SQLCipher connection (sqlite3*) and its cache of prepared statements. Closed on destruction.
/// Move-only; the cache moves with the connection.
class Database final
{
public:
    enum class OpenMode { ReadWrite, ReadWriteCreate, ReadOnly };

    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens path without keying it; call key() before anything else touches the file.
    static Result<Database> open(const QString& path, OpenMode mode);

    /// Gives SQLCipher the raw 256-bit data key (its own passphrase KDF is not used). Unless switched off
    /// with setMemorySecurity(false), this also turns on SQLCipher's memory security for the process:
    /// every allocation SQLite frees (decrypted pages among them) is wiped first.
    Status key(const SecureBytes& rawKey);

    /// Whether key() turns on PRAGMA cipher_memory_security (default on). Once on, SQLCipher keeps it on
    /// for the life of the process. Off only for the benchmark that measures what it costs.
    static void setMemorySecurity(bool on);
    static bool memorySecurity();

    /// Runs constant SQL (schema, pragmas). Values are never spliced into SQL: use prepare() and bind.
    Status exec(std::string_view sql);
    /// A statement of its own, finalized when it goes (one-off and generated SQL).
    Result<Statement> prepare(std::string_view sql);
    /// A statement from this connection's cache: prepared once (SQLITE_PREPARE_PERSISTENT) and, when the
    /// Statement goes, reset, unbound and kept for the next caller of the same SQL. For the constant SQL
    /// that the services run again and again; see Query.
    Result<Statement> cached(std::string_view sql);
    /// Statements prepared for the cache so far, and lends it served from one already prepared.
    int cachePrepared() const;
    int cacheReused() const;

    /// The first column of the first row of constant SQL, as text (pragmas).
    Result<QString> queryText(std::string_view sql);
    Result<qint64> queryInt(std::string_view sql);

    qint64 lastInsertRowId() const;
    int changes() const;
    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }
    QString path() const { return m_path; }

    /// Finalizes the cached statements, then closes the connection, reporting a failure (statements of
    /// prepare() still alive) instead of hiding it.
    Status close();

    /// Translates an SQLite result code, with this connection's message, into our Error.
    Error errorFor(int rc, const QString& context) const;

private:
    void finalizeCache();

    sqlite3* m_db = nullptr;
    QString m_path;
    // Shared with the statements it lends, so one given back after close() is finalized, never kept.
    std::shared_ptr<StatementCache> m_cache;
};

/// Maps an SQLite result code to our error codes (SQLITE_FULL to DiskFull, SQLITE_NOTADB to DamagedVault…).
ErrorCode errorCodeForSqlite(int rc);

} // namespace continuum
