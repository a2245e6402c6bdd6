// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class AuditLog;
class Clock;
class Database;

/// The changes a person counts, in their own words, with dates: added from the client page, a session or a
/// contact; corrected by new revisions (the earlier wording stays) or marked entered in error (kept, no longer
/// shown); listed newest first for the client page and, the ones they want there, for their printed plan.
/// Known clients only. Nothing here ranks or scores a change.
class PositiveChangeService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxWords = 1000;
    static constexpr int kMaxReason = 1000;
    static constexpr int kEarliestYear = 1900;

    PositiveChangeService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent = nullptr);

    /// Today by the vault's clock: the day a new change defaults to, and the latest one it may have.
    QDate today() const;

    /// Records a change, its first revision. Refused with nothing written when the words are empty, the date
    /// is after today, or the session or contact is not this person's.
    Result<PositiveChangeId> add(const NewPositiveChange& change);
    /// Checks a change as add() would, without writing (a window that saves it with something else first).
    Status check(const NewPositiveChange& change);
    /// A new revision saying `edit` from now on. New words or a new date need a reason; putting the change on
    /// or off the plan does not. Refused when nothing changed, and once entered in error.
    Status correct(PositiveChangeId id, const PositiveChangeEdit& edit, const QString& reason = {});
    /// Puts the change on the printed plan or takes it off (a revision; no reason needed).
    Status setOnPlan(PositiveChangeId id, bool onPlan);
    /// A revision that keeps the words but no longer shows them (timeline, plan). The reason is required.
    Status markEnteredInError(PositiveChangeId id, const QString& reason);

    /// The change as it stands.
    Result<PositiveChange> change(PositiveChangeId id);
    /// Every revision, first to latest.
    Result<QList<PositiveChangeRevision>> history(PositiveChangeId id);
    /// A person's changes, newest first (by the day they happened, then as added).
    Result<QList<PositiveChange>> changesOfClient(ClientId client, EnteredInError shown = EnteredInError::Hide);
    /// The changes added in one session, oldest first (entered in error left out).
    Result<QList<PositiveChange>> changesOfSession(SessionId session);
    /// The changes they want on their printed plan: the `limit` newest, and how many more there are.
    Result<PlanChanges> planChanges(ClientId client, int limit);

    /// Whether a client exists, and the session or contact (at most one) is theirs: a session of theirs, draft
    /// or signed, or a contact whose current revision names them. Shared with LadderService.
    static Status checkAddedIn(Database& db, ClientId client, const std::optional<SessionId>& session,
                               const std::optional<ContactId>& contact);

Q_SIGNALS:
    void positiveChangeChanged(continuum::ClientId client, continuum::PositiveChangeId change);

private:
    Result<PositiveChangeRevision> validated(const PositiveChangeEdit& edit);
    Status append(const PositiveChange& change, const PositiveChangeRevision& revision, const QString& auditAction);
    QString who();

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace continuum
