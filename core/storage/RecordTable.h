// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Result.h"

#include <QList>

#include <initializer_list>
#include <string>
#include <vector>

namespace continuum {

/// When a column is written: on insert, on update, both, or never (ids, and columns that one statement
/// of their own sets, such as a signature).
enum class Written { Never = 0, OnInsert = 1, OnUpdate = 2, Always = 3 };

/// One column of a table and the field of Record it holds.
template<typename Record>
struct Column {
    using Bind = void (*)(Statement& st, int index, const Record& record);
    using Read = void (*)(const Statement& st, int column, Record& record);

    const char* name = nullptr;
    Written written = Written::Never;
    Bind bind = nullptr; ///< binds the field; null when the column is never bound
    Read read = nullptr; ///< reads the field back; null for a column that is only written (a sort key)
    /// SQL that computes the value on insert instead of a bound parameter (a next number, a fixed id).
    const char* insertValue = nullptr;
};

/// A table's column list for one kind of record, and everything derived from it: the INSERT, the UPDATE,
/// the SELECT list, the binds in the same order and the row reader. A field added to a record is one
/// more Column here (and a migration); no statement elsewhere lists the columns again.
///
/// A child table names its parent columns (a client's id and the position in the list): they come first
/// in the INSERT as ?1, ?2…, bound by the caller, and the record's own columns follow. An UPDATE binds
/// the row's id as ?1 and the columns written on update from ?2.
template<typename Record>
class RecordTable final
{
public:
    RecordTable(const char* table, const char* alias, std::initializer_list<const char*> parents,
                std::initializer_list<Column<Record>> columns)
        : m_columns(columns)
        , m_parents(int(parents.size()))
    {
        std::string names;
        std::string values;
        std::string sets;
        std::string excluded;
        int insertParam = 0;
        for (const char* parent : parents) {
            appendItem(names, parent);
            appendItem(values, "?" + std::to_string(++insertParam));
        }
        int updateParam = 1;
        for (const Column<Record>& c : m_columns) {
            if (has(c, Written::OnInsert)) {
                appendItem(names, c.name);
                appendItem(values, c.insertValue ? std::string(c.insertValue) : "?" + std::to_string(++insertParam));
            }
            if (has(c, Written::OnUpdate)) {
                appendItem(sets, std::string(c.name) + " = ?" + std::to_string(++updateParam));
                appendItem(excluded, std::string(c.name) + " = excluded." + c.name);
            }
            if (c.read) {
                appendItem(m_columnList, std::string(alias) + "." + c.name);
                ++m_readCount;
            }
        }
        m_insert = std::string("INSERT INTO ") + table + " (" + names + ") VALUES (" + values + ")";
        m_update = std::string("UPDATE ") + table + " SET " + sets + " WHERE id = ?1";
        m_upsert = m_insert + " ON CONFLICT (id) DO UPDATE SET " + excluded;
        m_select = "SELECT " + m_columnList + " FROM " + table + " " + alias + " ";
    }

    /// INSERT INTO table (parents…, columns written on insert) VALUES (?1, …).
    const std::string& insertSql() const { return m_insert; }
    /// UPDATE table SET column = ?2, … WHERE id = ?1, for the columns written on update.
    const std::string& updateSql() const { return m_update; }
    /// The INSERT, updating the columns written on update when the id is taken (a single-row table).
    const std::string& upsertSql() const { return m_upsert; }
    /// "alias.column, …": the columns read back, in the order read() takes them (for joins).
    const std::string& columnList() const { return m_columnList; }
    /// SELECT columnList() FROM table alias, then rest (WHERE, ORDER BY).
    std::string select(const std::string& rest) const { return m_select + rest; }
    /// How many columns read() takes.
    int readCount() const { return m_readCount; }

    /// Binds the record's columns of the INSERT, after the parent columns.
    void bindInsert(Statement& st, const Record& record) const
    {
        int index = m_parents;
        for (const Column<Record>& c : m_columns) {
            if (has(c, Written::OnInsert) && !c.insertValue)
                c.bind(st, ++index, record);
        }
    }

    /// Binds the columns of the UPDATE, from ?2 (the caller binds the id as ?1).
    void bindUpdate(Statement& st, const Record& record) const
    {
        int index = 1;
        for (const Column<Record>& c : m_columns) {
            if (has(c, Written::OnUpdate))
                c.bind(st, ++index, record);
        }
    }

    /// The record in the current row, its columns starting at first.
    Record read(const Statement& st, int first = 0) const
    {
        Record record;
        int column = first;
        for (const Column<Record>& c : m_columns) {
            if (c.read)
                c.read(st, column++, record);
        }
        return record;
    }

    /// A table is its own row reader: Query(…).one(table, …).
    Record operator()(const Statement& st) const { return read(st); }

private:
    static bool has(const Column<Record>& c, Written w) { return (int(c.written) & int(w)) != 0; }
    static void appendItem(std::string& list, const std::string& item)
    {
        if (!list.empty())
            list += ", ";
        list += item;
    }

    std::vector<Column<Record>> m_columns;
    int m_parents = 0;
    int m_readCount = 0;
    std::string m_columnList;
    std::string m_insert;
    std::string m_update;
    std::string m_upsert;
    std::string m_select;
};

/// Inserts one record; returns its row id. parents are bound first, as ?1, ?2….
template<typename Record, typename... Parents>
Result<qint64> insertRecord(Database& db, const RecordTable<Record>& table, const Record& record,
                            const Parents&... parents)
{
    auto st = db.cached(table.insertSql());
    if (!st)
        return st.error();
    int index = 0;
    (st->bind(++index, parents), ...);
    table.bindInsert(st.value(), record);
    if (auto s = st->run(); !s)
        return s.error();
    return db.lastInsertRowId();
}

/// Writes the record's updatable columns into row id (a typed id or a raw row id).
template<typename Record, typename Id>
Status updateRecord(Database& db, const RecordTable<Record>& table, const Id& id, const Record& record)
{
    auto st = db.cached(table.updateSql());
    if (!st)
        return st.error();
    st->bind(1, id);
    table.bindUpdate(st.value(), record);
    return st->run();
}

/// Positions a child row by its place in the list: 0, 1, ….
struct InOrder {
    template<typename Record>
    int operator()(int index, const Record&) const
    {
        return index;
    }
};

/// Nothing to write under a child row.
struct NothingUnder {
    template<typename Record>
    Status operator()(qint64, const Record&) const
    {
        return {};
    }
};

/// Inserts a list as rows of a child table: ?1 the parent, ?2 the position positionOf(index, item) gives,
/// then the item's columns. under(rowId, item) then writes the rows beneath that one. Stops at the first
/// failure (inside the caller's transaction). parent is a typed id or a raw row id.
template<typename Record, typename Parent, typename PositionOf = InOrder, typename Under = NothingUnder>
Status insertChildren(Database& db, const RecordTable<Record>& table, const Parent& parent, const QList<Record>& items,
                      const PositionOf& positionOf = {}, const Under& under = {})
{
    auto st = db.cached(table.insertSql());
    if (!st)
        return st.error();
    for (qsizetype i = 0; i < items.size(); ++i) {
        st->reset();
        st->bind(1, parent).bind(2, positionOf(int(i), items.at(i)));
        table.bindInsert(st.value(), items.at(i));
        if (auto s = st->run(); !s)
            return s;
        if (auto s = under(db.lastInsertRowId(), items.at(i)); !s)
            return s;
    }
    return {};
}

} // namespace continuum
