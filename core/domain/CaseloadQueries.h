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
    ClientId clientId = 0;
    QString chosenName;
    QString pronouns;
    SessionId sessionId = 0;
    QDate date;

    friend bool operator==(const FollowUpItem&, const FollowUpItem&) = default;
};

/// An unsigned session record.
struct DraftItem {
    ClientId clientId = 0;
    QString chosenName;
    SessionId sessionId = 0;
    QDate sessionDate;
    QDateTime createdAt;

    friend bool operator==(const DraftItem&, const DraftItem&) = default;
};

/// A client not seen for a while: days since their last session (or since they were added).
struct NotSeenItem {
    ClientId clientId = 0;
    QString chosenName;
    QString pronouns;
    std::optional<QDate> lastContact;
    int daysSince = 0;

    friend bool operator==(const NotSeenItem&, const NotSeenItem&) = default;
};

/// The work lists of the Today view. A client's follow-up is the one set at their latest session.
class CaseloadQueries final : public QObject
{
    Q_OBJECT

public:
    CaseloadQueries(Database& db, const Clock& clock, QObject* parent = nullptr);

    Result<QList<FollowUpItem>> followUpsDueToday();
    /// Tomorrow through the next seven days.
    Result<QList<FollowUpItem>> followUpsThisWeek();
    /// Follow-up dates that have passed with no session since.
    Result<QList<FollowUpItem>> followUpsOverdue();
    /// Drafts created more than a day ago.
    Result<QList<DraftItem>> staleDrafts();
    /// Active clients whose last contact was at least days ago.
    Result<QList<NotSeenItem>> notSeenFor(int days);

private:
    Result<QList<FollowUpItem>> followUpsBetween(const QDate& from, const QDate& to);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace continuum
