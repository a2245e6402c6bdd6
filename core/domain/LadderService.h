// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class AuditLog;
class Clock;
class Database;

/// The small steps a person sets for a goal, in their words and order (a ladder), and where they mark
/// themselves on them each time. Setting the steps again is a new revision that keeps the old ones; a mark
/// names a step of the steps as they stood, so it stays readable after they change, and is never rewritten
/// (only marked entered in error). Nothing here compares goals or people, or treats one step as better.
class LadderService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxSteps = 20;
    static constexpr int kMaxStepText = 500;
    static constexpr int kMaxReason = 1000;

    LadderService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent = nullptr);

    /// Today by the vault's clock: the day a new mark defaults to, and the latest one it may have.
    QDate today() const;

    /// Sets the goal's steps, first step first: each trimmed at its ends, empty ones left out. A new revision
    /// (the reason is optional); the same steps again record nothing. Returns the revision number.
    Result<int> setSteps(GoalId goal, const QStringList& steps, const QString& reason = {});
    /// The goal's steps as they stand; nullopt when none are set.
    Result<std::optional<LadderRevision>> currentSteps(GoalId goal);
    /// Every set of steps of the goal, first to latest (empty when none).
    Result<QList<LadderRevision>> history(GoalId goal);

    /// Marks where they are: a step of the goal's current steps. Refused with nothing written for a step
    /// out of range, a goal without steps, a date after today, a session or contact not theirs.
    Result<LadderMarkId> mark(const NewLadderMark& mark);
    /// Checks a mark as mark() would, without writing.
    Status check(const NewLadderMark& mark);
    /// Keeps the mark but no longer draws it; the reason is required.
    Status markEnteredInError(LadderMarkId id, const QString& reason);

    /// A goal's marks over time, oldest first (by the day marked, then as entered), each with its step's words.
    Result<QList<LadderMark>> marks(GoalId goal, EnteredInError shown = EnteredInError::Hide);
    /// The marks made in one session, as entered (entered in error left out).
    Result<QList<LadderMark>> marksOfSession(SessionId session);
    Result<LadderMark> markRecord(LadderMarkId id);

Q_SIGNALS:
    void ladderChanged(continuum::ClientId client, continuum::GoalId goal);

private:
    struct Current {
        qint64 rowId = 0;
        int revision = 0;
        int stepCount = 0;
    };
    Result<ClientId> clientOfGoal(GoalId goal);
    Result<std::optional<Current>> current(GoalId goal);
    /// The checked mark: its client and the revision it is made on.
    Result<std::pair<ClientId, Current>> validated(const NewLadderMark& mark);
    QString who();

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace continuum
