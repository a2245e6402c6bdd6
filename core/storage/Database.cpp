// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Database.h"

#include "storage/Statement.h"
#include "storage/StatementCache.h"

#include <QFile>

#include <sodium.h>
#include <sqlite3.h>

#include <atomic>
#include <utility>

namespace continuum {

ErrorCode errorCodeForSqlite(int rc)
{
    switch (rc & 0xFF) {
    case SQLITE_FULL: return ErrorCode::DiskFull;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return ErrorCode::DamagedVault;
    case SQLITE_CONSTRAINT: return ErrorCode::Constraint;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorCode::AlreadyOpen;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_PERM: return ErrorCode::Io;
    default: return ErrorCode::Database;
    }
}

namespace {
std::atomic<bool> g_memorySecurity{true};
} // namespace

void Database::setMemorySecurity(bool on)
{
    g_memorySecurity = on;
}

bool Database::memorySecurity()
{
    return g_memorySecurity;
}

Database::~Database()
{
    finalizeCache();
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cache(std::move(other.m_cache))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        finalizeCache();
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

void Database::finalizeCache()
{
    if (m_cache) {
        m_cache->close();
        m_cache.reset();
    }
}

Result<Database> Database::open(const QString& path, OpenMode mode)
{
    // Serialized: a backup or integrity check may read on a worker thread while the window stays usable.
    int flags = SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_PRIVATECACHE | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case OpenMode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case OpenMode::ReadWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case OpenMode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    }
    Database db;
    db.m_path = path;
    const QByteArray native = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(native.constData(), &db.m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = db.errorFor(rc, QStringLiteral("open"));
        return e;
    }
    sqlite3_extended_result_codes(db.m_db, 1);
    db.m_cache = std::make_shared<StatementCache>(db.m_db);
    return db;
}

Status Database::key(const SecureBytes& rawKey)
{
    if (!m_db)
        return makeError(ErrorCode::Locked, QStringLiteral("database is closed"));
    // SQLCipher reads x'<64 hex digits>' as a raw key and skips its own PBKDF2.
    const std::size_t hexLen = rawKey.size() * 2;
    SecureBytes keySpec(hexLen + 4);
    if (!keySpec.isValid())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory"));
    keySpec.data()[0] = 'x';
    keySpec.data()[1] = '\'';
    sodium_bin2hex(reinterpret_cast<char*>(keySpec.data() + 2), hexLen + 1, rawKey.data(), rawKey.size());
    keySpec.data()[2 + hexLen] = '\'';
    const int rc = sqlite3_key_v2(m_db, "main", keySpec.data(), static_cast<int>(hexLen + 3));
    if (rc != SQLITE_OK)
        return errorFor(rc, QStringLiteral("key"));
    // Wipe what SQLite frees (decrypted pages, row values), so that a locked vault leaves no records in
    // freed memory. Process-wide and sticky: SQLCipher never turns it off again.
    if (g_memorySecurity.load()) {
        auto on = queryText("PRAGMA cipher_memory_security = ON");
        if (!on)
            return on.error();
    }
    return {};
}

Status Database::exec(std::string_view sql)
{
    if (!m_db)
        return makeError(ErrorCode::Locked, QStringLiteral("database is closed"));
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        Error e = makeError(errorCodeForSqlite(rc), QString::fromUtf8(message ? message : sqlite3_errstr(rc)));
        sqlite3_free(message);
        return e;
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    if (!m_db)
        return makeError(ErrorCode::Locked, QStringLiteral("database is closed"));
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, QStringLiteral("prepare"));
    return Statement(this, stmt);
}

Result<Statement> Database::cached(std::string_view sql)
{
    if (!m_db || !m_cache)
        return makeError(ErrorCode::Locked, QStringLiteral("database is closed"));
    const StatementCache::Lent lent = m_cache->lend(sql);
    if (lent.rc != SQLITE_OK)
        return errorFor(lent.rc, QStringLiteral("prepare"));
    return Statement(this, m_cache, lent);
}

int Database::cachePrepared() const
{
    return m_cache ? m_cache->prepared() : 0;
}

int Database::cacheReused() const
{
    return m_cache ? m_cache->reused() : 0;
}

Result<QString> Database::queryText(std::string_view sql)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return QString();
    return st->columnText(0);
}

Result<qint64> Database::queryInt(std::string_view sql)
{
    auto st = prepare(sql);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::Database, QStringLiteral("query returned no row"));
    return st->columnInt64(0);
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

Status Database::close()
{
    finalizeCache();
    if (!m_db)
        return {};
    const int rc = sqlite3_close(m_db);
    if (rc != SQLITE_OK) {
        Error e = errorFor(rc, QStringLiteral("close"));
        // Statements still open: let SQLite finish closing when they go, never leak the handle.
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return e;
    }
    m_db = nullptr;
    return {};
}

Error Database::errorFor(int rc, const QString& context) const
{
    QString message = QString::fromUtf8(sqlite3_errstr(rc));
    if (m_db && sqlite3_errcode(m_db) == rc)
        message = QString::fromUtf8(sqlite3_errmsg(m_db));
    return makeError(errorCodeForSqlite(rc), context + QStringLiteral(": ") + message);
}

} // namespace continuum
