// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "domain/RecordIds.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QUuid>

#include <algorithm>
#include <optional>

namespace continuum {

/// A substance a client uses, how, and whether it is prescribed.
struct SubstanceUse {
    QString substance;
    QList<SubstanceRoute> routes;
    bool prescribed = false;

    friend bool operator==(const SubstanceUse&, const SubstanceUse&) = default;
};

/// The person, as they want to be known. Only the chosen name is required.
struct Client {
    ClientId id;
    QUuid uuid;
    QString chosenName;
    QString pronouns;
    QString legalName; ///< optional, shown only when asked for
    std::optional<int> birthYear;
    std::optional<QDate> birthDate;
    QString agencyCode; ///< some programs use an anonymous code instead of any name
    QString phone;
    QString email;
    QString address;
    QString housing;
    std::optional<QDate> housingRecordedOn;
    QList<SubstanceUse> substances;
    /// Hides address and contact details everywhere unless a caller explicitly asks for them.
    bool safetyFlag = false;
    QString notes;
    /// The language their printouts use, as a code ("es"); empty: the counselor's interface language.
    QString printLanguage;
    ClientStatus status = ClientStatus::Active;
    QDateTime createdAt;
    QDateTime updatedAt;
    /// Set when the record was read with its contact details withheld because of the safety flag.
    bool contactHidden = false;

    friend bool operator==(const Client&, const Client&) = default;
};

/// One row of the caseload list: enough to show and sort, nothing private.
struct ClientSummary {
    ClientId id;
    QString chosenName;
    QString pronouns;
    QString agencyCode;
    bool safetyFlag = false;
    ClientStatus status = ClientStatus::Active;
    std::optional<QDate> nextFollowUp;
    std::optional<QDate> lastContact;
    int activeGoals = 0;
    /// Set when the row matched on the legal name (only when that search was asked for).
    QString matchedLegalName;

    friend bool operator==(const ClientSummary&, const ClientSummary&) = default;
};

/// The fields of a negotiated goal. The client's own words come first and are required.
struct GoalFields {
    QString clientWords;
    QString counselorFraming;
    LifeArea lifeArea = LifeArea::Other;
    std::optional<ContinuumPosition> position; ///< only for substance-use goals
    QString whyItMatters;
    QStringList steps;
    QString whoCanHelp;
    QString ifItGetsHard;
    GoalStatus status = GoalStatus::Active;
    QString statusReason; ///< required when set aside: in the client's words

    friend bool operator==(const GoalFields&, const GoalFields&) = default;
};

/// One field that a revision changed, with its value before and after (as stored text).
struct FieldChange {
    QString field;
    QString oldValue;
    QString newValue;

    friend bool operator==(const FieldChange&, const FieldChange&) = default;
};

/// A revision of a goal. Revisions are never rewritten; the latest one is the goal as it stands.
struct GoalRevision {
    qint64 id = 0;
    GoalId goalId;
    int number = 0; ///< 1 for the goal as first agreed
    GoalFields fields;
    QList<FieldChange> changes; ///< empty for revision 1
    QString reason;
    /// The client's answer; nullopt only for a first revision written without the question.
    std::optional<ClientAgreement> clientAgreement;
    QDateTime revisedAt;
    QString revisedBy;
    std::optional<SessionId> sessionId; ///< the session it was negotiated in, if any

    friend bool operator==(const GoalRevision&, const GoalRevision&) = default;
};

/// A goal as it stands now: its latest revision.
struct Goal {
    GoalId id;
    QUuid uuid;
    ClientId clientId;
    GoalFields fields;
    int revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<SessionId> createdInSession;

    friend bool operator==(const Goal&, const Goal&) = default;
};

/// A readiness ruler: 0–10 with the client's verbatim answers to "why are you at X and not lower?"
/// and "what would it take to move higher?".
struct RulerScore {
    int value = 0;
    QString whyNotLower;
    QString whatWouldHelp;
    bool enteredByPerson = false; ///< the person set it themselves (client mode), not the counselor

    friend bool operator==(const RulerScore&, const RulerScore&) = default;
};

/// A change-talk or sustain-talk quote in the client's words.
struct TalkQuote {
    TalkDirection direction = TalkDirection::Change;
    TalkCategory category = TalkCategory::Desire;
    QString quote;

    friend bool operator==(const TalkQuote&, const TalkQuote&) = default;
};

/// What was observed for one goal in one session.
struct SessionGoalEntry {
    GoalId goalId;
    std::optional<StageOfChange> stage;
    bool returnToUse = false; ///< the client described a return to use: part of the cycle, not a failure
    std::optional<RulerScore> importance;
    std::optional<RulerScore> confidence;
    std::optional<RulerScore> readiness;
    QList<TalkQuote> quotes;

    friend bool operator==(const SessionGoalEntry&, const SessionGoalEntry&) = default;
};

struct BalanceItem {
    BalanceBox box = BalanceBox::StatusQuoGood;
    QString text;

    friend bool operator==(const BalanceItem&, const BalanceItem&) = default;
};

/// The change plan worksheet, in the client's words.
struct ChangePlan {
    QString changesIWant;
    QString mostImportantReasons;
    QString stepsIPlan;
    QString howOthersCanHelp;
    QString howIWillKnow;
    QString whatCouldGetInTheWay;

    bool isEmpty() const
    {
        return changesIWant.isEmpty() && mostImportantReasons.isEmpty() && stepsIPlan.isEmpty() &&
               howOthersCanHelp.isEmpty() && howIWillKnow.isEmpty() && whatCouldGetInTheWay.isEmpty();
    }
    friend bool operator==(const ChangePlan&, const ChangePlan&) = default;
};

/// One section of the note; its key comes from the note format (data, assessment, plan…).
struct NoteSection {
    QString key;
    QString body;

    friend bool operator==(const NoteSection&, const NoteSection&) = default;
};

/// The editable content of an MI session record.
struct SessionContent {
    QDate date;
    std::optional<QTime> startTime;
    std::optional<int> durationMinutes;
    std::optional<SessionSetting> setting;
    QList<MiProcess> processes;
    QList<SessionGoalEntry> goals;
    QList<BalanceItem> balance; ///< empty when no decisional balance was done
    std::optional<ChangePlan> changePlan;
    NoteFormat noteFormat = NoteFormat::Dap;
    QList<NoteSection> note;
    QString nextSteps;
    std::optional<QDate> followUp;

    friend bool operator==(const SessionContent&, const SessionContent&) = default;
};

/// A numbered, signed addendum to a signed session record.
struct Addendum {
    int number = 0;
    QString body; ///< for an entry in error: why
    QDateTime signedAt;
    QString signedBy;
    /// This addendum marks the session entered in error: it stays in the record but no longer counts.
    bool entersInError = false;

    friend bool operator==(const Addendum&, const Addendum&) = default;
};

/// An MI session record: a draft until signed, then frozen but for addenda.
struct SessionRecord {
    SessionId id;
    QUuid uuid;
    ClientId clientId;
    SessionContent content;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::optional<QDateTime> signedAt;
    QString signedBy;
    QList<Addendum> addenda;

    bool isSigned() const { return signedAt.has_value(); }
    /// Entered in error by a signed addendum: kept in the record, out of work lists and trends.
    bool enteredInError() const
    {
        return std::any_of(addenda.cbegin(), addenda.cend(), [](const Addendum& a) { return a.entersInError; });
    }
    friend bool operator==(const SessionRecord&, const SessionRecord&) = default;
};

/// A session in a client's list.
struct SessionSummary {
    SessionId id;
    QDate date;
    std::optional<QTime> startTime;
    std::optional<SessionSetting> setting;
    bool isSigned = false;
    int addenda = 0;
    int goalsDiscussed = 0;
    std::optional<QDate> followUp;
    bool enteredInError = false; ///< kept in the record and the list, but not counted

    friend bool operator==(const SessionSummary&, const SessionSummary&) = default;
};

/// The counselor who keeps this vault, for signing and printing.
struct Counselor {
    QString name;
    QString credentials;

    /// "Name, credentials" as signed and printed.
    QString signature() const { return credentials.isEmpty() ? name : name + QStringLiteral(", ") + credentials; }
    friend bool operator==(const Counselor&, const Counselor&) = default;
};

} // namespace continuum
