// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Period.h"

namespace continuum {

namespace {

bool yearInRange(int year)
{
    return year >= 1900 && year <= 9999;
}

} // namespace

Result<Period> Period::month(int year, int month)
{
    if (!yearInRange(year) || month < 1 || month > 12)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no month %1-%2").arg(year).arg(month));
    const QDate first(year, month, 1);
    return Period(Kind::Month, first, first.addMonths(1).addDays(-1));
}

Result<Period> Period::quarter(int year, int quarter)
{
    if (!yearInRange(year) || quarter < 1 || quarter > 4)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no quarter %1-Q%2").arg(year).arg(quarter));
    const QDate first(year, (quarter - 1) * 3 + 1, 1);
    return Period(Kind::Quarter, first, first.addMonths(3).addDays(-1));
}

Result<Period> Period::year(int year)
{
    if (!yearInRange(year))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no year %1").arg(year));
    return Period(Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31));
}

Result<Period> Period::custom(const QDate& first, const QDate& last)
{
    if (!first.isValid() || !last.isValid() || !yearInRange(first.year()) || !yearInRange(last.year()))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a custom period needs two valid dates"));
    if (last < first) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the period ends (%1) before it starts (%2)")
                                                         .arg(last.toString(Qt::ISODate), first.toString(Qt::ISODate)));
    }
    return Period(Kind::Custom, first, last);
}

QString Period::key() const
{
    switch (m_kind) {
    case Kind::Month: return m_first.toString(QStringLiteral("yyyy-MM"));
    case Kind::Quarter: return QStringLiteral("%1-Q%2").arg(m_first.year()).arg((m_first.month() - 1) / 3 + 1);
    case Kind::Year: return QString::number(m_first.year());
    case Kind::Custom: break;
    }
    return firstText() + QStringLiteral("..") + lastText();
}

QString Period::startInstantText() const
{
    return m_first.startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

QString Period::endInstantText() const
{
    return m_last.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace continuum
