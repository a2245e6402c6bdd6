// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words of a validation failure: which field, and why. Plain data with no dependency, so util/Error.h
// can carry them without knowing the domain; the services in domain/ choose the values, the window turns
// each (field, reason) pair into a sentence (ui/common/ErrorText), the command line and logs use the
// stable names in util/Error.h.

namespace continuum {

/// A field of a record that a domain rule can refuse. None on errors that concern no field.
enum class Field {
    None,
    // client
    ChosenName,
    Pronouns,
    LegalName,
    BirthYear,
    BirthDate,
    AgencyCode,
    Phone,
    Email,
    Address,
    Housing,
    HousingRecordedOn,
    Substances,
    Notes,
    PrintLanguage,      ///< the language a client's printouts use
    ClientStatusReason, ///< the reason given when a client is archived, made inactive or reactivated
    PurgeConfirmation,  ///< the chosen name typed again to confirm removing a client for good
    Client,             ///< the client a new goal or session is for
    // goal
    ClientWords,
    CounselorFraming,
    WhyItMatters,
    WhoCanHelp,
    IfItGetsHard,
    Steps,
    Position,       ///< where the client places a substance-use goal on the continuum
    StatusReason,   ///< the client's reason for setting a goal aside
    RevisionReason, ///< why a goal changed
    Agreement,      ///< whether the client agreed to a goal's change
    Session,        ///< the session a goal is created or revised in
    // session
    SessionDate,
    StartTime,
    DurationMinutes,
    FollowUp,
    NextSteps,
    Goals, ///< the goals a session discussed, or a printout shows
    Importance,
    Confidence,
    Readiness,
    Quotes,
    Balance,
    ChangePlan,
    Note,
    Counselor, ///< the counselor who signs: named in Preferences
    Addendum,
    EnteredInError, ///< marking a signed session as entered in error
    EnteredInErrorReason,
    // counselor
    CounselorName,
    // harm-reduction contact (ContactService; Client is the known client, DurationMinutes the length)
    ClientCode,        ///< the agency's code for a coded contact
    ContactNote,       ///< the short note of a contact
    ContactTime,       ///< when the contact happened
    Supplies,          ///< supplies given
    Naloxone,          ///< naloxone given
    DrugChecks,        ///< drug checks done
    Overdoses,         ///< overdoses the person told about
    Referrals,         ///< referrals made, and what came of them
    CorrectionReason,  ///< why a contact is corrected or marked entered in error
    ContactCorrection, ///< a correction as a whole
    // the agency's contact lists (ContactListService) and contact preferences (CounselorService)
    ListLabel,
    DosesPerKit,
    ListOrder,
    SmallCellThreshold,
    // the changes a person counts (PositiveChangeService) and the steps they set (LadderService)
    ChangeWords,      ///< a change they count, in their words
    ChangeDate,       ///< when they made or noticed the change
    ChangeReason,     ///< why a change or a step marked is corrected or entered in error
    ChangeCorrection, ///< a correction of a change as a whole
    ChangeContact,    ///< the contact a change or a step marked was added in
    LadderSteps,      ///< the steps they set for a goal, in their words
    LadderMark,       ///< the step they mark as where they are
    MarkDate,         ///< when they marked where they are
    // the counselor's own practice (SelfReviewService) and the person's rating of a session (SessionFeedbackService)
    PracticeRating, ///< a MIA:STEP rating of the counselor's own work (Error::index: the item, from 1)
    MitiGlobal,     ///< a MITI global score (Error::index: which, from 1)
    MitiCount,      ///< a MITI behaviour count (Error::index: which, from 1)
    PracticeNote,   ///< the counselor's note to themselves in a self-review
    SkillsPlan,     ///< the counselor's skills plan
    NextReview,     ///< when the counselor means to review their practice next
    ClientRating,   ///< the person's own rating of a session (Error::index: the question, from 1)
};

/// Why a value was refused, so the window can say what to do about it. None on errors that are not
/// validation failures.
enum class ValidationReason {
    None,
    Required,          ///< a value the record needs is missing
    TooLong,           ///< more text than the record keeps
    TooMany,           ///< more items than the record keeps
    OutOfRange,        ///< a number outside its scale (a ruler, a duration)
    NotPlausible,      ///< not a real date or time, or one far outside what a record can hold
    InTheFuture,       ///< a date after today where only the past makes sense
    BeforeSessionDate, ///< a follow-up dated before its session
    DoesNotMatch,      ///< disagrees with another value (birth year and date; a typed confirmation)
    Duplicate,         ///< the same item twice
    Empty,             ///< an item in a list has no text
    NotInFormat,       ///< a note section the note's format does not have
    NotThisClients,    ///< a goal or session that belongs to someone else (or to no one)
    NoSuchRecord,      ///< the record it is for does not exist
    NotApplicable,     ///< a value set where it has no meaning (a continuum position off a substance-use goal)
    NeedsReason,       ///< this change needs a reason given with it
    NeedsAnswer,       ///< a question about the change needs an answer
    NotSignedYet,      ///< only a signed record takes this (addenda, entered in error)
    AlreadyDone,       ///< it has been done once and cannot be done again
    Archived,          ///< the client's record is archived
    SpacesAtEnds,      ///< a code that starts or ends with a space
    NotInList,         ///< an item that is not in the list this value comes from
    Retired,           ///< a list item retired from use in new records
    NothingChanged,    ///< a correction that changes nothing
};

/// One (field, reason) pair.
struct FieldReason {
    Field field = Field::None;
    ValidationReason reason = ValidationReason::None;

    friend constexpr bool operator==(const FieldReason&, const FieldReason&) = default;
};

/// Every (field, reason) pair core's services can refuse a value with. The window has a sentence for each
/// (tests/ui/tst_validationtext checks them all), and ValidationFailure below will not compile with a pair
/// that is not listed here, so a new rule cannot reach the counselor without words.
inline constexpr FieldReason kValidationFailures[] = {
    // ClientService
    {Field::ChosenName, ValidationReason::Required},
    {Field::ChosenName, ValidationReason::TooLong},
    {Field::Pronouns, ValidationReason::TooLong},
    {Field::LegalName, ValidationReason::TooLong},
    {Field::AgencyCode, ValidationReason::TooLong},
    {Field::Phone, ValidationReason::TooLong},
    {Field::Email, ValidationReason::TooLong},
    {Field::Housing, ValidationReason::TooLong},
    {Field::Address, ValidationReason::TooLong},
    {Field::Notes, ValidationReason::TooLong},
    {Field::BirthYear, ValidationReason::NotPlausible},
    {Field::BirthYear, ValidationReason::DoesNotMatch},
    {Field::BirthDate, ValidationReason::NotPlausible},
    {Field::HousingRecordedOn, ValidationReason::NotPlausible},
    {Field::HousingRecordedOn, ValidationReason::InTheFuture},
    {Field::PrintLanguage, ValidationReason::NotPlausible},
    {Field::Substances, ValidationReason::Empty},
    {Field::Substances, ValidationReason::TooLong},
    {Field::ClientStatusReason, ValidationReason::TooLong},
    {Field::PurgeConfirmation, ValidationReason::DoesNotMatch},
    // GoalService (and SessionService: Client)
    {Field::Client, ValidationReason::NoSuchRecord},
    {Field::ClientWords, ValidationReason::Required},
    {Field::ClientWords, ValidationReason::TooLong},
    {Field::CounselorFraming, ValidationReason::TooLong},
    {Field::WhyItMatters, ValidationReason::TooLong},
    {Field::WhoCanHelp, ValidationReason::TooLong},
    {Field::IfItGetsHard, ValidationReason::TooLong},
    {Field::Steps, ValidationReason::TooMany},
    {Field::Steps, ValidationReason::TooLong},
    {Field::Position, ValidationReason::Required},
    {Field::Position, ValidationReason::NotApplicable},
    {Field::StatusReason, ValidationReason::NeedsReason},
    {Field::StatusReason, ValidationReason::TooLong},
    {Field::RevisionReason, ValidationReason::NeedsReason},
    {Field::RevisionReason, ValidationReason::TooLong},
    {Field::Agreement, ValidationReason::NeedsAnswer},
    {Field::Session, ValidationReason::NotThisClients},
    // SessionService, SessionDraftController (and ReportData: Goals)
    {Field::SessionDate, ValidationReason::Required},
    {Field::SessionDate, ValidationReason::InTheFuture},
    {Field::SessionDate, ValidationReason::NotPlausible},
    {Field::StartTime, ValidationReason::NotPlausible},
    {Field::DurationMinutes, ValidationReason::OutOfRange},
    {Field::FollowUp, ValidationReason::NotPlausible},
    {Field::FollowUp, ValidationReason::BeforeSessionDate},
    {Field::NextSteps, ValidationReason::TooLong},
    {Field::Goals, ValidationReason::Duplicate},
    {Field::Goals, ValidationReason::NotThisClients},
    {Field::Importance, ValidationReason::OutOfRange},
    {Field::Importance, ValidationReason::TooLong},
    {Field::Confidence, ValidationReason::OutOfRange},
    {Field::Confidence, ValidationReason::TooLong},
    {Field::Readiness, ValidationReason::OutOfRange},
    {Field::Readiness, ValidationReason::TooLong},
    {Field::Quotes, ValidationReason::Empty},
    {Field::Quotes, ValidationReason::TooLong},
    {Field::Balance, ValidationReason::Empty},
    {Field::Balance, ValidationReason::TooLong},
    {Field::ChangePlan, ValidationReason::TooLong},
    {Field::Note, ValidationReason::NotInFormat},
    {Field::Note, ValidationReason::Duplicate},
    {Field::Note, ValidationReason::TooLong},
    {Field::Counselor, ValidationReason::Required},
    {Field::Addendum, ValidationReason::NotSignedYet},
    {Field::Addendum, ValidationReason::Required},
    {Field::Addendum, ValidationReason::TooLong},
    {Field::EnteredInError, ValidationReason::NotSignedYet},
    {Field::EnteredInError, ValidationReason::AlreadyDone},
    {Field::EnteredInErrorReason, ValidationReason::Required},
    {Field::EnteredInErrorReason, ValidationReason::TooLong},
    // CounselorService
    {Field::CounselorName, ValidationReason::Required},
    {Field::CounselorName, ValidationReason::TooLong},
    // ContactService
    {Field::Client, ValidationReason::Required},
    {Field::Client, ValidationReason::Archived},
    {Field::Client, ValidationReason::NotApplicable},
    {Field::ClientCode, ValidationReason::Required},
    {Field::ClientCode, ValidationReason::TooLong},
    {Field::ClientCode, ValidationReason::SpacesAtEnds},
    {Field::ClientCode, ValidationReason::NotApplicable},
    {Field::ContactNote, ValidationReason::NotApplicable},
    {Field::ContactNote, ValidationReason::TooLong},
    {Field::ContactTime, ValidationReason::InTheFuture},
    {Field::ContactTime, ValidationReason::NotPlausible},
    {Field::Supplies, ValidationReason::OutOfRange},
    {Field::Supplies, ValidationReason::NotInList},
    {Field::Supplies, ValidationReason::Retired},
    {Field::Naloxone, ValidationReason::OutOfRange},
    {Field::Naloxone, ValidationReason::NotInList},
    {Field::Naloxone, ValidationReason::Retired},
    {Field::DrugChecks, ValidationReason::NotInList},
    {Field::DrugChecks, ValidationReason::Retired},
    {Field::DrugChecks, ValidationReason::TooLong},
    {Field::Overdoses, ValidationReason::OutOfRange},
    {Field::Overdoses, ValidationReason::NotPlausible},
    {Field::Overdoses, ValidationReason::InTheFuture},
    {Field::Referrals, ValidationReason::NotInList},
    {Field::Referrals, ValidationReason::Retired},
    {Field::Referrals, ValidationReason::Duplicate},
    {Field::Referrals, ValidationReason::NoSuchRecord},
    {Field::CorrectionReason, ValidationReason::NeedsReason},
    {Field::CorrectionReason, ValidationReason::TooLong},
    {Field::ContactCorrection, ValidationReason::NothingChanged},
    {Field::ContactCorrection, ValidationReason::AlreadyDone},
    // ContactListService
    {Field::ListLabel, ValidationReason::Required},
    {Field::ListLabel, ValidationReason::TooLong},
    {Field::ListLabel, ValidationReason::Duplicate},
    {Field::DosesPerKit, ValidationReason::OutOfRange},
    {Field::DosesPerKit, ValidationReason::NotApplicable},
    {Field::ListOrder, ValidationReason::DoesNotMatch},
    // CounselorService: contact preferences
    {Field::SmallCellThreshold, ValidationReason::OutOfRange},
    // PositiveChangeService, LadderService (and Client, Session from the goal and session rules above)
    {Field::ChangeWords, ValidationReason::Required},
    {Field::ChangeWords, ValidationReason::TooLong},
    {Field::ChangeDate, ValidationReason::NotPlausible},
    {Field::ChangeDate, ValidationReason::InTheFuture},
    {Field::ChangeReason, ValidationReason::NeedsReason},
    {Field::ChangeReason, ValidationReason::TooLong},
    {Field::ChangeCorrection, ValidationReason::NothingChanged},
    {Field::ChangeCorrection, ValidationReason::AlreadyDone},
    {Field::ChangeContact, ValidationReason::NotThisClients},
    {Field::LadderSteps, ValidationReason::Required},
    {Field::LadderSteps, ValidationReason::TooMany},
    {Field::LadderSteps, ValidationReason::TooLong},
    {Field::LadderMark, ValidationReason::OutOfRange},
    {Field::LadderMark, ValidationReason::NoSuchRecord},
    {Field::LadderMark, ValidationReason::AlreadyDone},
    {Field::MarkDate, ValidationReason::NotPlausible},
    {Field::MarkDate, ValidationReason::InTheFuture},
    // SelfReviewService, SessionFeedbackService
    {Field::PracticeRating, ValidationReason::OutOfRange},
    {Field::PracticeRating, ValidationReason::NotApplicable},
    {Field::PracticeRating, ValidationReason::Duplicate},
    {Field::MitiGlobal, ValidationReason::OutOfRange},
    {Field::MitiGlobal, ValidationReason::NotApplicable},
    {Field::MitiCount, ValidationReason::OutOfRange},
    {Field::MitiCount, ValidationReason::NotApplicable},
    {Field::PracticeNote, ValidationReason::TooLong},
    {Field::SkillsPlan, ValidationReason::TooLong},
    {Field::NextReview, ValidationReason::NotPlausible},
    {Field::ClientRating, ValidationReason::OutOfRange},
};

/// Whether core can refuse a value with this pair.
constexpr bool isValidationFailure(FieldReason pair)
{
    for (const FieldReason& listed : kValidationFailures) {
        if (listed == pair)
            return true;
    }
    return false;
}

namespace validation_internal {
// Deliberately not constexpr: reaching it while a ValidationFailure is built stops the compile.
void validationPairMissingFromKValidationFailures();
} // namespace validation_internal

/// A (field, reason) pair a service refuses with, checked at compile time against kValidationFailures.
struct ValidationFailure {
    FieldReason pair;

    consteval ValidationFailure(Field field, ValidationReason reason)
        : pair{field, reason}
    {
        if (!isValidationFailure(pair))
            validation_internal::validationPairMissingFromKValidationFailures();
    }
};

} // namespace continuum
