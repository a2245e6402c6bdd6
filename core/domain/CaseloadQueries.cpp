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

Result<QList<FollowUpItem>> CaseloadQueries::followUpsBetween(const QDate& from, const QDate& to, int limit)
{
    // The latest counted session of each current client sets their follow-up; a draft does not. The list
    // rows keep that follow-up (Migration 7), so the page is chosen from them; the session it came from is
    // looked up for the rows shown only.
    return Query(m_db,
                 "SELECT p.client_id, p.chosen_name, p.pronouns, "
                 "       (SELECT cs.id FROM counted_sessions cs WHERE cs.client_id = p.client_id "
                 "        ORDER BY cs.session_date DESC, cs.id DESC LIMIT 1), p.next_follow_up "
                 "FROM (SELECT client_id, chosen_name, pronouns, next_follow_up, sort_key FROM client_list_rows "
                 "      WHERE status != 'archived' AND next_follow_up BETWEEN ?1 AND ?2 "
                 "      ORDER BY next_follow_up, sort_key, client_id LIMIT ?3) p "
                 "ORDER BY p.next_follow_up, p.sort_key, p.client_id",
                 from.toString(Qt::ISODate), to.toString(Qt::ISODate), limit)
        .all(readFollowUp);
}

Result<int> CaseloadQueries::countFollowUpsBetween(const QDate& from, const QDate& to)
{
    return Query(m_db,
                 "SELECT count(*) FROM client_list_rows "
                 "WHERE status != 'archived' AND next_follow_up BETWEEN ?1 AND ?2",
                 from.toString(Qt::ISODate), to.toString(Qt::ISODate))
        .one([](const Statement& r) { return int(r.columnInt64(0)); }, {"count", 0});
}

Result<QList<FollowUpItem>> CaseloadQueries::followUpsDueToday(int limit)
{
    const QDate today = m_clock.today();
    return followUpsBetween(today, today, limit);
}

Result<QList<FollowUpItem>> CaseloadQueries::followUpsThisWeek(int limit)
{
    const QDate today = m_clock.today();
    return followUpsBetween(today.addDays(1), today.addDays(7), limit);
}

Result<QList<FollowUpItem>> CaseloadQueries::followUpsOverdue(int limit)
{
    return followUpsBetween(QDate(1900, 1, 1), m_clock.today().addDays(-1), limit);
}

Result<int> CaseloadQueries::count(WorkList list, int days)
{
    const QDate today = m_clock.today();
    const auto one = [](const Statement& r) { return int(r.columnInt64(0)); };
    switch (list) {
    case WorkList::DueToday: return countFollowUpsBetween(today, today);
    case WorkList::ThisWeek: return countFollowUpsBetween(today.addDays(1), today.addDays(7));
    case WorkList::Overdue: return countFollowUpsBetween(QDate(1900, 1, 1), today.addDays(-1));
    case WorkList::Drafts:
        return Query(m_db, "SELECT count(*) FROM sessions WHERE signed_at IS NULL").one(one, {"count", 0});
    case WorkList::NotSeen:
        return Query(m_db,
                     "SELECT count(*) FROM clients c JOIN client_list_rows l ON l.client_id = c.id "
                     "WHERE c.status = 'active' "
                     "AND coalesce(l.last_contact, date(c.created_at, 'localtime')) <= ?1",
                     today.addDays(-days).toString(Qt::ISODate))
            .one(one, {"count", 0});
    }
    return 0;
}

Result<QList<DraftItem>> CaseloadQueries::drafts(int limit)
{
    const QDate today = m_clock.today();
    return Query(m_db,
                 "SELECT c.id, c.chosen_name, s.id, s.session_date, s.created_at FROM sessions s "
                 "JOIN clients c ON c.id = s.client_id WHERE s.signed_at IS NULL "
                 "ORDER BY s.created_at, s.id LIMIT ?1",
                 limit)
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

Result<QList<NotSeenItem>> CaseloadQueries::notSeenFor(int days, int limit)
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
                 "ORDER BY coalesce(last_contact, date(created_at, 'localtime')), sort_key, id LIMIT ?2",
                 today.addDays(-days).toString(Qt::ISODate), limit)
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
