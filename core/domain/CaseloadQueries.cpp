// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CaseloadQueries.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "util/Clock.h"

#include <algorithm>

namespace continuum {

namespace {

FollowUpItem readFollowUp(const Statement& r)
{
    return {ClientId(r.columnInt64(0)), r.columnText(1), r.columnText(2), SessionId(r.columnInt64(3)),
            QDate::fromString(r.columnText(4), Qt::ISODate)};
}

} // namespace

CaseloadQueries::CaseloadQueries(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

Result<QList<FollowUpItem>> CaseloadQueries::followUpsBetween(const QDate& from, const QDate& to)
{
    // The latest counted session of each current client sets their follow-up; a draft does not.
    return Query(m_db,
                 "SELECT c.id, c.chosen_name, c.pronouns, s.id, s.follow_up_date FROM clients c "
                 "JOIN sessions s ON s.id = (SELECT cs.id FROM counted_sessions cs WHERE cs.client_id = c.id "
                 "                           ORDER BY cs.session_date DESC, cs.id DESC LIMIT 1) "
                 "WHERE c.status != 'archived' AND s.follow_up_date IS NOT NULL "
                 "AND s.follow_up_date BETWEEN ?1 AND ?2 "
                 "ORDER BY s.follow_up_date, c.sort_key, c.id",
                 from.toString(Qt::ISODate), to.toString(Qt::ISODate))
        .all(readFollowUp);
}

Result<QList<FollowUpItem>> CaseloadQueries::followUpsDueToday()
{
    const QDate today = m_clock.today();
    return followUpsBetween(today, today);
}

Result<QList<FollowUpItem>> CaseloadQueries::followUpsThisWeek()
{
    const QDate today = m_clock.today();
    return followUpsBetween(today.addDays(1), today.addDays(7));
}

Result<QList<FollowUpItem>> CaseloadQueries::followUpsOverdue()
{
    return followUpsBetween(QDate(1900, 1, 1), m_clock.today().addDays(-1));
}

Result<QList<DraftItem>> CaseloadQueries::drafts()
{
    const QDate today = m_clock.today();
    return Query(m_db, "SELECT c.id, c.chosen_name, s.id, s.session_date, s.created_at FROM sessions s "
                       "JOIN clients c ON c.id = s.client_id WHERE s.signed_at IS NULL "
                       "ORDER BY s.created_at, s.id")
        .all([&today](const Statement& r) {
            DraftItem item{ClientId(r.columnInt64(0)),
                           r.columnText(1),
                           SessionId(r.columnInt64(2)),
                           QDate::fromString(r.columnText(3), Qt::ISODate),
                           QDateTime::fromString(r.columnText(4), Qt::ISODateWithMs),
                           0};
            item.daysOld = std::max(0, int(item.createdAt.toLocalTime().date().daysTo(today)));
            return item;
        });
}

Result<QList<NotSeenItem>> CaseloadQueries::notSeenFor(int days)
{
    const QDate today = m_clock.today();
    return Query(m_db,
                 "SELECT id, chosen_name, pronouns, last_contact, created_at FROM ("
                 "  SELECT c.id, c.chosen_name, c.pronouns, c.sort_key, c.created_at, l.last_contact "
                 // Each person's last contact as the caseload list keeps it (max of `contacts`, migrations 7
                 // and 8): worked out here it read every contact of everyone, seconds once harm-reduction
                 // contacts count.
                 "  FROM clients c JOIN client_list_rows l ON l.client_id = c.id WHERE c.status = 'active') "
                 "WHERE coalesce(last_contact, date(created_at, 'localtime')) <= ?1 "
                 "ORDER BY coalesce(last_contact, date(created_at, 'localtime')), sort_key, id",
                 today.addDays(-days).toString(Qt::ISODate))
        .all([&today](const Statement& r) {
            NotSeenItem item{ClientId(r.columnInt64(0)), r.columnText(1), r.columnText(2), std::nullopt, 0};
            QDate since;
            if (!r.columnIsNull(3)) {
                item.lastContact = QDate::fromString(r.columnText(3), Qt::ISODate);
                since = *item.lastContact;
            } else {
                since = QDateTime::fromString(r.columnText(4), Qt::ISODateWithMs).toLocalTime().date();
            }
            item.daysSince = int(since.daysTo(today));
            return item;
        });
}

} // namespace continuum
