// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDate>
#include <QString>

namespace continuum {

/// The days a report covers: whole local dates, first and last included, as contact_revisions.occurred_on
/// stores them. Month, quarter and year periods are whole calendar units; a custom one is any range.
class Period final
{
public:
    enum class Kind { Month, Quarter, Year, Custom };

    Period() = default;

    /// month in 1..12; quarter in 1..4; a year between 1900 and 9999. InvalidArgument otherwise.
    static Result<Period> month(int year, int month);
    static Result<Period> quarter(int year, int quarter);
    static Result<Period> year(int year);
    /// first and last included; InvalidArgument if either is invalid or last is before first.
    static Result<Period> custom(const QDate& first, const QDate& last);

    Kind kind() const { return m_kind; }
    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool isValid() const { return m_first.isValid() && m_last.isValid(); }
    bool contains(const QDate& day) const { return day >= m_first && day <= m_last; }
    qint64 days() const { return m_first.daysTo(m_last) + 1; }

    /// A stable, locale-free name: "2025-07", "2025-Q3", "2025", "2025-07-01..2025-08-15". It is what the audit
    /// log records and what an export names, never anything finer than the period itself.
    QString key() const;
    /// ISO dates of the first and last day, as the SQL binds them.
    QString firstText() const { return m_first.toString(Qt::ISODate); }
    QString lastText() const { return m_last.toString(Qt::ISODate); }
    /// The UTC instants the period's local days run between, from the first day's start (included) to the start
    /// of the day after the last (excluded), written as stored instants are (ISO 8601, milliseconds, "Z"), so a
    /// column of instants (created_at) is compared as text with no time zone worked out row by row.
    QString startInstantText() const;
    QString endInstantText() const;

    friend bool operator==(const Period&, const Period&) = default;

private:
    Period(Kind kind, QDate first, QDate last)
        : m_kind(kind)
        , m_first(first)
        , m_last(last)
    {}

    Kind m_kind = Kind::Custom;
    QDate m_first;
    QDate m_last;
};

} // namespace continuum
