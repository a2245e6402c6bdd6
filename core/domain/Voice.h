// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordIds.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace continuum {

// The person's own voice about their progress (issue 15): the changes they count, and the small steps they
// set for a goal with where they mark themselves on them. Stored by PositiveChangeService and LadderService;
// the schema is Migration 11. Nothing here scores, ranks or compares: a step is the person's, not a level.
// Both belong to known clients only: a person known by a code alone has no client record to hold them.

struct PositiveChangeIdTag {
    static constexpr const char* name = "PositiveChangeId";
};
struct LadderMarkIdTag {
    static constexpr const char* name = "LadderMarkId";
};
using PositiveChangeId = RecordId<PositiveChangeIdTag>;
using LadderMarkId = RecordId<LadderMarkIdTag>;

/// Where something was added: in a session record (draft or signed) or a contact with the person, or
/// neither (the client page). At most one is set.
struct AddedIn {
    std::optional<SessionId> session;
    std::optional<ContactId> contact;
    /// The session's date or the contact's day, filled when read back (for "added in a session on …").
    std::optional<QDate> on;

    friend bool operator==(const AddedIn&, const AddedIn&) = default;
};

/// A change the person counts, as the counselor adds it. Only the words are needed.
struct NewPositiveChange {
    ClientId client;
    QString words;                    ///< exactly as they said it; only the ends are trimmed
    std::optional<QDate> noticedOn;   ///< when it happened or they noticed it; unset: today
    bool onPlan = false;              ///< they want it on their printed plan (they say so; never assumed)
    std::optional<SessionId> session; ///< the session it was added in, if any
    std::optional<ContactId> contact; ///< or the contact it was added in
};

/// What a correction says now. A change of words or date needs a reason; putting it on or off the plan
/// does not (it is the person's choice, recorded as a revision all the same).
struct PositiveChangeEdit {
    QString words;
    QDate noticedOn;
    bool onPlan = false;

    friend bool operator==(const PositiveChangeEdit&, const PositiveChangeEdit&) = default;
};

/// One revision of a change: what it said from then on. Never rewritten.
struct PositiveChangeRevision {
    int number = 0;
    QString words;
    QDate noticedOn;
    bool onPlan = false;
    bool enteredInError = false; ///< kept in the record, no longer shown on the timeline or the plan
    QString reason;              ///< why it was corrected; empty on the first revision
    QDateTime revisedAt;
    QString revisedBy;

    friend bool operator==(const PositiveChangeRevision&, const PositiveChangeRevision&) = default;
};

/// A change the person counts, as it stands (its current revision).
struct PositiveChange {
    PositiveChangeId id;
    QUuid uuid;
    ClientId client;
    AddedIn addedIn;
    QDateTime createdAt;
    QString createdBy;
    PositiveChangeRevision current;

    friend bool operator==(const PositiveChange&, const PositiveChange&) = default;
};

/// The changes that go on a printed plan: the most recent ones, and how many more there are.
struct PlanChanges {
    QList<PositiveChange> shown; ///< newest first
    int notShown = 0;            ///< on-plan changes beyond the ones shown
};

/// One set of steps for a goal, in the person's words and order. A new set is a new revision; the old
/// ones, and the marks made on them, stay readable.
struct LadderRevision {
    GoalId goal;
    int number = 0;
    QStringList steps; ///< first step first
    QString reason;    ///< why the steps changed; optional
    QDateTime revisedAt;
    QString revisedBy;

    friend bool operator==(const LadderRevision&, const LadderRevision&) = default;
};

/// Where the person marks themselves on their steps, as the counselor enters it.
struct NewLadderMark {
    GoalId goal;
    int step = 0;                     ///< from 0: the first step of the goal's current steps
    std::optional<QDate> markedOn;    ///< unset: today
    std::optional<SessionId> session; ///< the session it was marked in, if any
    std::optional<ContactId> contact; ///< or the contact
};

/// A mark on a set of steps, read back with the words of the step it names (from its own revision, so a
/// mark made before the steps were rewritten still reads as it did).
struct LadderMark {
    LadderMarkId id;
    QUuid uuid;
    GoalId goal;
    int revision = 0;  ///< the set of steps it was made on
    int step = 0;      ///< from 0
    int stepCount = 0; ///< how many steps that set had
    QString stepWords;
    QDate markedOn;
    AddedIn addedIn;
    QDateTime createdAt;
    QString createdBy;
    bool enteredInError = false;
    QString enteredInErrorReason;

    friend bool operator==(const LadderMark&, const LadderMark&) = default;
};

/// Whether a listing shows what was marked entered in error (kept in the record; hidden by default).
enum class EnteredInError { Hide, Show };

/// What the audit log says about changes and steps (stable keys; never their words).
namespace VoiceAuditAction {
inline const QString AddChange = QStringLiteral("add-change");
inline const QString CorrectChange = QStringLiteral("correct-change");
inline const QString SetSteps = QStringLiteral("set-steps");
inline const QString MarkStep = QStringLiteral("mark-step");
inline const QString EnteredInError = QStringLiteral("entered-in-error");
} // namespace VoiceAuditAction

} // namespace continuum
