// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class Clock;
class Database;

/// A client with a follow-up date, for the Today view.
struct FollowUpItem {
    ClientId clientId;
    QString chosenName;
    QString pronouns;
    SessionId sessionId;
    QDate date;

    friend bool operator==(const FollowUpItem&, const FollowUpItem&) = default;
};

/// An unsigned session record: not a contact until it is signed.
struct DraftItem {
    ClientId clientId;
    QString chosenName;
    SessionId sessionId;
    QDate sessionDate;
    QDateTime createdAt;
    int daysOld = 0; ///< calendar days since it was started, in the counselor's local calendar (0: today)

    friend bool operator==(const DraftItem&, const DraftItem&) = default;
};

/// A client not seen for a while: days since their last contact (or since they were added).
struct NotSeenItem {
    ClientId clientId;
    QString chosenName;
    QString pronouns;
    std::optional<QDate> lastContact;
    int daysSince = 0;

    friend bool operator==(const NotSeenItem&, const NotSeenItem&) = default;
};

/// The work lists of the Today view. Only what counts as contact moves them: a signed session that was not
/// entered in error (the database's `counted_sessions` and `contacts` views say so in one place). A draft
/// does not: a client's follow-up is the one set at their latest counted session, and it stands until a
/// later one is signed.
class CaseloadQueries final : public QObject
{
    Q_OBJECT

public:
    CaseloadQueries(Database& db, const Clock& clock, QObject* parent = nullptr);

    // Each work list gives its first `limit` items (-1: all) and, with WorkList, how many there are in all:
    // on a large caseload a list runs into thousands, and Today shows the first few and the count.

    Result<QList<FollowUpItem>> followUpsDueToday(int limit = -1);
    /// Tomorrow through the next seven days.
    Result<QList<FollowUpItem>> followUpsThisWeek(int limit = -1);
    /// Follow-up dates that have passed with no signed session since.
    Result<QList<FollowUpItem>> followUpsOverdue(int limit = -1);
    /// Unsigned drafts, oldest first, with their age.
    Result<QList<DraftItem>> drafts(int limit = -1);
    /// Active clients whose last contact was at least days ago (drafts are not contact), longest first.
    Result<QList<NotSeenItem>> notSeenFor(int days, int limit = -1);

    enum class WorkList { DueToday, ThisWeek, Overdue, Drafts, NotSeen };
    /// How many items a work list holds in all (NotSeen: for kNotSeenDays given as days).
    Result<int> count(WorkList list, int days = 0);

private:
    Result<QList<FollowUpItem>> followUpsBetween(const QDate& from, const QDate& to, int limit);
    Result<int> countFollowUpsBetween(const QDate& from, const QDate& to);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace continuum
