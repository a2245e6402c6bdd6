// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/Statement.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>

#include <initializer_list>
#include <optional>

namespace continuum {

class Database;

/// How the vault stores a moment: UTC, ISO 8601 with milliseconds (sorts as text).
inline QString storedTimestamp(const QDateTime& at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

/// A stored ISO date column, or nullopt for NULL or anything unreadable.
inline std::optional<QDate> columnDate(const Statement& st, int column)
{
    if (st.columnIsNull(column))
        return std::nullopt;
    const QDate d = QDate::fromString(st.columnText(column), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

/// Runs each constant statement (from the connection's cache) with ?1 bound to id, stopping at the first
/// failure (inside the caller's transaction).
Status runEachWithId(Database& db, std::initializer_list<const char*> statements, qint64 id);
template<typename Tag>
Status runEachWithId(Database& db, std::initializer_list<const char*> statements, RecordId<Tag> id)
{
    return runEachWithId(db, statements, id.value);
}

} // namespace continuum
