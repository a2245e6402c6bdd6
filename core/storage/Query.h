// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Result.h"

#include <QList>

#include <optional>
#include <string_view>
#include <type_traits>

namespace continuum {

/// What a missing row was, for the NotFound error ("no client 12").
struct Missing {
    Missing(const char* what_, qint64 id_)
        : what(what_)
        , id(id_)
    {}
    template<typename Tag>
    Missing(const char* what_, RecordId<Tag> id_)
        : Missing(what_, id_.value)
    {}

    const char* what;
    qint64 id;
};

/// One statement from the connection's cache, its parameters bound, and how its rows become values:
///
///     return Query(m_db, sql, id).one(clientTable(), Missing{"client", id});
///
/// Used whole in one expression, so the statement goes back to the cache as soon as the value is read.
/// A failure to prepare or to bind is reported by the call that ends the query.
class Query final
{
public:
    /// The cached statement for sql, with values bound to ?1, ?2, … in order (std::nullopt binds NULL).
    template<typename... Values>
    explicit Query(Database& db, std::string_view sql, const Values&... values)
        : m_db(db)
        , m_st(db.cached(sql))
    {
        if (m_st) {
            int index = 0;
            (m_st->bind(++index, values), ...);
        }
    }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    /// Binds one more parameter by its index.
    template<typename T>
    Query& bind(int index, const T& value)
    {
        if (m_st)
            m_st->bind(index, value);
        return *this;
    }
    /// Hands the statement to a mapper that binds a record's columns: binder(statement).
    template<typename Binder>
    Query& bindWith(const Binder& binder)
    {
        if (m_st)
            binder(m_st.value());
        return *this;
    }

    /// The row, read by read(statement); NotFound, naming what is missing, when there is none.
    template<typename Read>
    auto one(const Read& read, Missing missing) -> Result<std::invoke_result_t<const Read&, const Statement&>>
    {
        auto row = step();
        if (!row)
            return row.error();
        if (!row.value())
            return makeError(ErrorCode::NotFound,
                             QStringLiteral("no %1 %2").arg(QLatin1String(missing.what)).arg(missing.id));
        return read(static_cast<const Statement&>(m_st.value()));
    }

    /// The first row, read by read(statement), or nullopt when there is none.
    template<typename Read>
    auto first(const Read& read) -> Result<std::optional<std::invoke_result_t<const Read&, const Statement&>>>
    {
        using Value = std::invoke_result_t<const Read&, const Statement&>;
        auto row = step();
        if (!row)
            return row.error();
        if (!row.value())
            return std::optional<Value>();
        return std::optional<Value>(read(static_cast<const Statement&>(m_st.value())));
    }

    /// Every row, in order, each read by read(statement).
    template<typename Read>
    auto all(const Read& read) -> Result<QList<std::invoke_result_t<const Read&, const Statement&>>>
    {
        QList<std::invoke_result_t<const Read&, const Statement&>> out;
        while (true) {
            auto row = step();
            if (!row)
                return row.error();
            if (!row.value())
                return out;
            out.append(read(static_cast<const Statement&>(m_st.value())));
        }
    }

    /// Whether the statement returns a row.
    Result<bool> exists() { return step(); }
    /// Runs a statement that returns no rows.
    Status run();
    /// Runs an INSERT; returns the new row's id.
    Result<qint64> insert();

private:
    Result<bool> step();

    Database& m_db;
    Result<Statement> m_st;
};

/// Row readers for one-column results.
qint64 readInt64(const Statement& st);
int readInt(const Statement& st);
QString readText(const Statement& st);

} // namespace continuum
