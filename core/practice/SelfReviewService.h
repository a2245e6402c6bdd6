// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/Practice.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class AuditLog;
class Clock;
class Database;

/// What the audit log says about the counselor's own practice (stable keys; never ratings or text).
namespace PracticeAuditAction {
inline const QString SaveSelfReview = QStringLiteral("save-self-review");
inline const QString ReviseSkillsPlan = QStringLiteral("revise-skills-plan");
} // namespace PracticeAuditAction

/// The counselor's own practice: a self-review of any session (draft or signed; MIA:STEP ratings and, when
/// a recording was coded, the MITI 4.2.1 globals and counts), a skills plan kept as revisions, and the
/// trends over the sessions reviewed. All of it belongs to the counselor: it is never part of the person's
/// record, and no printout, export, report or client page reads it (SessionService's records do not carry
/// it). Reached as Domain::selfReviews().
class SelfReviewService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxNote = 4000;
    static constexpr int kMaxPlan = 4000;
    /// How far ahead a next review may be set.
    static constexpr int kMaxReviewYearsAhead = 10;

    SelfReviewService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent = nullptr);

    /// Writes the self-review of a session, or replaces the one there is (it keeps its first writing time,
    /// and updated_at moves). Ratings with no value are dropped; the rest must be in range, each item once,
    /// competence on MI-consistent items only; MITI values only when codedRecording. A refusal names the
    /// field (Error::index: which item, global or count, from 1) and writes nothing. Saving the same
    /// content again writes nothing.
    Status save(SessionId session, const SelfReviewContent& content);
    /// The self-review of a session; nullopt when there is none. NotFound for no such session.
    Result<std::optional<SelfReview>> review(SessionId session);
    /// Every reviewed session, oldest session first, with the summaries of its review and the person's own
    /// rating beside it (what the practice view lists and charts).
    Result<QList<PracticePoint>> trends();

    /// Saves the skills plan as a new revision (the earlier ones are kept). Saving the same plan again
    /// writes nothing.
    Status saveSkillsPlan(const SkillsPlan& plan);
    /// The latest revision of the skills plan; nullopt before the first.
    Result<std::optional<SkillsPlanRevision>> skillsPlan();
    /// Every revision, first to latest.
    Result<QList<SkillsPlanRevision>> skillsPlanHistory();
    /// True when the skills plan names a next review on or before today.
    Result<bool> reviewDue();

Q_SIGNALS:
    void selfReviewChanged(continuum::SessionId session);
    void skillsPlanChanged();

private:
    Status validate(const SelfReviewContent& content) const;
    QString reviewer();

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace continuum
