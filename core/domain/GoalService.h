// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class AuditLog;
class Clock;
class Database;

/// Why and how a goal was created or changed.
struct RevisionInfo {
    /// Why it changed. Required when a revision moves the goal along the continuum.
    QString reason;
    /// Whether the client agreed: asked, never assumed. A revision is refused without an answer; a new
    /// goal may leave it unanswered (its words are the client's own).
    std::optional<ClientAgreement> agreement;
    std::optional<SessionId> sessionId; ///< the draft session it was negotiated in, if any
};

/// The person's own answers beside one ruler value.
struct RulerWords {
    QString whyNotLower;
    QString whatWouldHelp;

    friend bool operator==(const RulerWords&, const RulerWords&) = default;
};

/// One session's ruler values for a goal, for the readiness trend.
struct ReadinessPoint {
    SessionId sessionId;
    QDate date;
    std::optional<int> importance;
    std::optional<int> confidence;
    std::optional<int> readiness;
    bool isSigned = false;
    /// The person's words for each ruler; filled only when the trend is read with TrendWords::Include.
    RulerWords importanceWords = {};
    RulerWords confidenceWords = {};
    RulerWords readinessWords = {};

    friend bool operator==(const ReadinessPoint&, const ReadinessPoint&) = default;
};

/// Whether readinessTrend() also reads the person's answers beside each value (for a chart's tooltips).
enum class TrendWords { Omit, Include };

/// Negotiated goals and their history. Every change is a new revision; nothing is overwritten.
class GoalService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxText = 4000;
    static constexpr int kMaxSteps = 30;

    GoalService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent = nullptr);

    Result<GoalId> create(ClientId client, const GoalFields& fields, const RevisionInfo& info);
    /// Records a revision with what changed (old and new values). Changing nothing records nothing.
    Status revise(GoalId goal, const GoalFields& fields, const RevisionInfo& info);

    Result<Goal> goal(GoalId id);
    /// A client's goals, current state, oldest first.
    Result<QList<Goal>> goalsForClient(ClientId client);
    /// Every revision, first to latest.
    Result<QList<GoalRevision>> history(GoalId id);
    /// The ruler values recorded for this goal across sessions, by session date.
    Result<QList<ReadinessPoint>> readinessTrend(GoalId id, TrendWords words = TrendWords::Omit);

    /// The stored text of one field, as revisions record it (steps one per line).
    static QString fieldText(const GoalFields& fields, const QString& field);
    /// The names of the fields a revision can change, in display order.
    static QStringList fieldNames();

Q_SIGNALS:
    void goalChanged(continuum::ClientId client, continuum::GoalId goal);

private:
    Status validate(ClientId client, const GoalFields& f, const RevisionInfo& info);
    /// What a revision needs beyond a new goal: the client's answer, and a reason for a move along the continuum.
    static Status validateRevision(const QList<FieldChange>& changes, const RevisionInfo& info);
    Status insertRevision(GoalId goal, int number, const GoalFields& f, const QList<FieldChange>& changes,
                          const RevisionInfo& info);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace continuum
