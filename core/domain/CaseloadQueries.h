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

    Result<QList<FollowUpItem>> followUpsDueToday();
    /// Tomorrow through the next seven days.
    Result<QList<FollowUpItem>> followUpsThisWeek();
    /// Follow-up dates that have passed with no signed session since.
    Result<QList<FollowUpItem>> followUpsOverdue();
    /// Every unsigned draft, oldest first, with its age.
    Result<QList<DraftItem>> drafts();
    /// Active clients whose last contact was at least days ago (drafts are not contact).
    Result<QList<NotSeenItem>> notSeenFor(int days);

private:
    Result<QList<FollowUpItem>> followUpsBetween(const QDate& from, const QDate& to);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace continuum
