// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Statement.h"

#include "storage/Database.h"

#include <sqlite3.h>

#include <utility>

namespace continuum {

Statement::~Statement()
{
    release();
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_cache(std::move(other.m_cache))
    , m_slot(std::exchange(other.m_slot, nullptr))
    , m_bindError(other.m_bindError)
    , m_bindErrorIndex(other.m_bindErrorIndex)
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        release();
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_cache = std::move(other.m_cache);
        m_slot = std::exchange(other.m_slot, nullptr);
        m_bindError = other.m_bindError;
        m_bindErrorIndex = other.m_bindErrorIndex;
    }
    return *this;
}

void Statement::release()
{
    if (m_stmt) {
        if (m_cache)
            m_cache->giveBack(m_slot, m_stmt);
        else
            sqlite3_finalize(m_stmt);
    }
    m_stmt = nullptr;
    m_cache.reset();
    m_slot = nullptr;
}

void Statement::noteBind(int rc, int index)
{
    if (rc != SQLITE_OK && m_bindError == 0) {
        m_bindError = rc;
        m_bindErrorIndex = index;
    }
}

Statement& Statement::bind(int index, qint64 value)
{
    noteBind(sqlite3_bind_int64(m_stmt, index, value), index);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    noteBind(sqlite3_bind_double(m_stmt, index, value), index);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    noteBind(sqlite3_bind_text64(m_stmt, index, utf8.isNull() ? "" : utf8.constData(),
                                 static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8),
             index);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    if (value.isNull())
        return bindNull(index);
    noteBind(sqlite3_bind_blob64(m_stmt, index, value.constData(), static_cast<sqlite3_uint64>(value.size()),
                                 SQLITE_TRANSIENT),
             index);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    noteBind(sqlite3_bind_null(m_stmt, index), index);
    return *this;
}

int Statement::parameterIndex(const char* name) const
{
    return m_stmt ? sqlite3_bind_parameter_index(m_stmt, name) : 0;
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return makeError(ErrorCode::Database, QStringLiteral("statement was not prepared"));
    if (m_bindError != 0) {
        return makeError(errorCodeForSqlite(m_bindError), QStringLiteral("bind parameter %1: %2")
                                                              .arg(m_bindErrorIndex)
                                                              .arg(QString::fromUtf8(sqlite3_errstr(m_bindError))));
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return m_db ? m_db->errorFor(rc, QStringLiteral("step")) : makeError(errorCodeForSqlite(rc));
}

Status Statement::run()
{
    auto r = step();
    if (!r)
        return r.error();
    return {};
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_bindError = 0;
    m_bindErrorIndex = 0;
}

qint64 Statement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::columnText(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return {};
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return QString::fromUtf8(text, bytes);
}

QByteArray Statement::columnBlob(int column) const
{
    if (sqlite3_column_type(m_stmt, column) == SQLITE_NULL)
        return {};
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return QByteArray(static_cast<const char*>(data), bytes);
}

std::string_view Statement::columnBytes(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int bytes = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(static_cast<const char*>(data), static_cast<std::size_t>(bytes))
                : std::string_view();
}

bool Statement::columnIsNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

} // namespace continuum
