// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

namespace continuum {

/// Where services get "now" from, so that date rules (due today, overdue, older than a day) are testable.
class Clock
{
public:
    virtual ~Clock() = default;
    /// The current moment, in UTC.
    virtual QDateTime now() const = 0;
    /// Today in the counselor's local calendar.
    virtual QDate today() const { return now().toLocalTime().date(); }
};

/// The system clock.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/// A clock that says what it is told; for tests and the demo caseload.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at))
    {}
    QDateTime now() const override { return m_at; }
    QDate today() const override { return m_today.isValid() ? m_today : m_at.toLocalTime().date(); }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceSecs(qint64 s) { m_at = m_at.addSecs(s); }
    /// Overrides the local calendar day independently of the time zone.
    void setToday(QDate d) { m_today = d; }

private:
    QDateTime m_at;
    QDate m_today;
};

} // namespace continuum
