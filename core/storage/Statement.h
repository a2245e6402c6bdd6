// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/StatementCache.h"
#include "util/RecordId.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <string_view>

struct sqlite3_stmt;

namespace continuum {

class Database;

/// A prepared statement with typed binds (1-based indexes, as SQLite) and typed column reads (0-based).
/// Finalized on destruction, or, when it came from the connection's cache, reset, unbound and handed
/// back for the next caller. Move-only.
class Statement final
{
public:
    Statement() = default;
    Statement(const Database* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    /// A statement lent by cache, given back to it on destruction.
    Statement(const Database* db, std::shared_ptr<StatementCache> cache, const StatementCache::Lent& lent)
        : m_db(db)
        , m_stmt(lent.stmt)
        , m_cache(std::move(cache))
        , m_slot(lent.slot)
    {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    /// Text; a null QString binds the empty string. NULL is bound only on purpose: bindNull or std::nullopt.
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& value); ///< bound as a blob; a null array binds NULL
    Statement& bindNull(int index);
    template<typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    /// A typed row id binds its raw value.
    template<typename Tag>
    Statement& bind(int index, RecordId<Tag> id)
    {
        return bind(index, id.value);
    }
    /// Index of a named parameter (":name"), 0 if absent.
    int parameterIndex(const char* name) const;

    /// Advances: true with a row ready, false when done. A failed bind is reported here.
    Result<bool> step();
    /// Runs a statement that returns no rows.
    Status run();
    /// Resets for another run with new binds (clears the bindings too).
    void reset();

    qint64 columnInt64(int column) const;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    double columnDouble(int column) const;
    QString columnText(int column) const; ///< NULL reads as a null QString
    QByteArray columnBlob(int column) const;
    /// The column's bytes as SQLite holds them, without a copy: valid until the next step(), reset() or bind on
    /// this statement. NULL and an empty value both read as empty; tell them apart with columnIsNull().
    std::string_view columnBytes(int column) const;
    bool columnIsNull(int column) const;
    int columnCount() const;

    bool isValid() const { return m_stmt != nullptr; }

private:
    void noteBind(int rc, int index);
    void release();

    const Database* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    std::shared_ptr<StatementCache> m_cache;
    StatementCache::Slot* m_slot = nullptr;
    int m_bindError = 0;
    int m_bindErrorIndex = 0;
};

} // namespace continuum
