// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Error.h"

namespace continuum {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::NotAVault: return QStringLiteral("not-a-vault");
    case ErrorCode::VaultExists: return QStringLiteral("vault-exists");
    case ErrorCode::MissingDatabase: return QStringLiteral("missing-database");
    case ErrorCode::PlainDatabase: return QStringLiteral("plain-database");
    case ErrorCode::DamagedKeySlots: return QStringLiteral("damaged-key-slots");
    case ErrorCode::DamagedVault: return QStringLiteral("damaged-vault");
    case ErrorCode::WrongPassphrase: return QStringLiteral("wrong-passphrase");
    case ErrorCode::WrongRecoveryKey: return QStringLiteral("wrong-recovery-key");
    case ErrorCode::MistypedRecoveryKey: return QStringLiteral("mistyped-recovery-key");
    case ErrorCode::NewerVersion: return QStringLiteral("newer-version");
    case ErrorCode::AlreadyOpen: return QStringLiteral("already-open");
    case ErrorCode::DiskFull: return QStringLiteral("disk-full");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::Constraint: return QStringLiteral("constraint");
    case ErrorCode::Crypto: return QStringLiteral("crypto");
    case ErrorCode::BackupDamaged: return QStringLiteral("backup-damaged");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Validation: return QStringLiteral("validation");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::SignedRecord: return QStringLiteral("signed-record");
    case ErrorCode::NotRecorded: return QStringLiteral("not-recorded");
    }
    return QStringLiteral("unknown");
}

QString fieldName(Field field)
{
    switch (field) {
    case Field::None: return {};
    case Field::ChosenName: return QStringLiteral("chosenName");
    case Field::Pronouns: return QStringLiteral("pronouns");
    case Field::LegalName: return QStringLiteral("legalName");
    case Field::BirthYear: return QStringLiteral("birthYear");
    case Field::BirthDate: return QStringLiteral("birthDate");
    case Field::AgencyCode: return QStringLiteral("agencyCode");
    case Field::Phone: return QStringLiteral("phone");
    case Field::Email: return QStringLiteral("email");
    case Field::Address: return QStringLiteral("address");
    case Field::Housing: return QStringLiteral("housing");
    case Field::HousingRecordedOn: return QStringLiteral("housingRecordedOn");
    case Field::Substances: return QStringLiteral("substances");
    case Field::Notes: return QStringLiteral("notes");
    case Field::PrintLanguage: return QStringLiteral("printLanguage");
    case Field::ClientStatusReason: return QStringLiteral("clientStatusReason");
    case Field::PurgeConfirmation: return QStringLiteral("purgeConfirmation");
    case Field::Client: return QStringLiteral("client");
    case Field::ClientWords: return QStringLiteral("clientWords");
    case Field::CounselorFraming: return QStringLiteral("counselorFraming");
    case Field::WhyItMatters: return QStringLiteral("whyItMatters");
    case Field::WhoCanHelp: return QStringLiteral("whoCanHelp");
    case Field::IfItGetsHard: return QStringLiteral("ifItGetsHard");
    case Field::Steps: return QStringLiteral("steps");
    case Field::Position: return QStringLiteral("position");
    case Field::StatusReason: return QStringLiteral("statusReason");
    case Field::RevisionReason: return QStringLiteral("revisionReason");
    case Field::Agreement: return QStringLiteral("agreement");
    case Field::Session: return QStringLiteral("session");
    case Field::SessionDate: return QStringLiteral("sessionDate");
    case Field::StartTime: return QStringLiteral("startTime");
    case Field::DurationMinutes: return QStringLiteral("durationMinutes");
    case Field::FollowUp: return QStringLiteral("followUp");
    case Field::NextSteps: return QStringLiteral("nextSteps");
    case Field::Goals: return QStringLiteral("goals");
    case Field::Importance: return QStringLiteral("importance");
    case Field::Confidence: return QStringLiteral("confidence");
    case Field::Readiness: return QStringLiteral("readiness");
    case Field::Quotes: return QStringLiteral("quotes");
    case Field::Balance: return QStringLiteral("balance");
    case Field::ChangePlan: return QStringLiteral("changePlan");
    case Field::Note: return QStringLiteral("note");
    case Field::Counselor: return QStringLiteral("counselor");
    case Field::Addendum: return QStringLiteral("addendum");
    case Field::EnteredInError: return QStringLiteral("enteredInError");
    case Field::EnteredInErrorReason: return QStringLiteral("enteredInErrorReason");
    case Field::CounselorName: return QStringLiteral("counselorName");
    case Field::ClientCode: return QStringLiteral("clientCode");
    case Field::ContactNote: return QStringLiteral("contactNote");
    case Field::ContactTime: return QStringLiteral("contactTime");
    case Field::Supplies: return QStringLiteral("supplies");
    case Field::Naloxone: return QStringLiteral("naloxone");
    case Field::DrugChecks: return QStringLiteral("drugChecks");
    case Field::Overdoses: return QStringLiteral("overdoses");
    case Field::Referrals: return QStringLiteral("referrals");
    case Field::CorrectionReason: return QStringLiteral("correctionReason");
    case Field::ContactCorrection: return QStringLiteral("contactCorrection");
    case Field::ListLabel: return QStringLiteral("listLabel");
    case Field::DosesPerKit: return QStringLiteral("dosesPerKit");
    case Field::ListOrder: return QStringLiteral("listOrder");
    case Field::SmallCellThreshold: return QStringLiteral("smallCellThreshold");
    case Field::ChangeWords: return QStringLiteral("changeWords");
    case Field::ChangeDate: return QStringLiteral("changeDate");
    case Field::ChangeReason: return QStringLiteral("changeReason");
    case Field::ChangeCorrection: return QStringLiteral("changeCorrection");
    case Field::ChangeContact: return QStringLiteral("changeContact");
    case Field::LadderSteps: return QStringLiteral("ladderSteps");
    case Field::LadderMark: return QStringLiteral("ladderMark");
    case Field::MarkDate: return QStringLiteral("markDate");
    case Field::PracticeRating: return QStringLiteral("practiceRating");
    case Field::MitiGlobal: return QStringLiteral("mitiGlobal");
    case Field::MitiCount: return QStringLiteral("mitiCount");
    case Field::PracticeNote: return QStringLiteral("practiceNote");
    case Field::SkillsPlan: return QStringLiteral("skillsPlan");
    case Field::NextReview: return QStringLiteral("nextReview");
    case Field::ClientRating: return QStringLiteral("clientRating");
    }
    return QStringLiteral("unknown");
}

QString validationReasonName(ValidationReason reason)
{
    switch (reason) {
    case ValidationReason::None: return {};
    case ValidationReason::Required: return QStringLiteral("required");
    case ValidationReason::TooLong: return QStringLiteral("too-long");
    case ValidationReason::TooMany: return QStringLiteral("too-many");
    case ValidationReason::OutOfRange: return QStringLiteral("out-of-range");
    case ValidationReason::NotPlausible: return QStringLiteral("not-plausible");
    case ValidationReason::InTheFuture: return QStringLiteral("in-the-future");
    case ValidationReason::BeforeSessionDate: return QStringLiteral("before-session-date");
    case ValidationReason::DoesNotMatch: return QStringLiteral("does-not-match");
    case ValidationReason::Duplicate: return QStringLiteral("duplicate");
    case ValidationReason::Empty: return QStringLiteral("empty");
    case ValidationReason::NotInFormat: return QStringLiteral("not-in-format");
    case ValidationReason::NotThisClients: return QStringLiteral("not-this-clients");
    case ValidationReason::NoSuchRecord: return QStringLiteral("no-such-record");
    case ValidationReason::NotApplicable: return QStringLiteral("not-applicable");
    case ValidationReason::NeedsReason: return QStringLiteral("needs-reason");
    case ValidationReason::NeedsAnswer: return QStringLiteral("needs-answer");
    case ValidationReason::NotSignedYet: return QStringLiteral("not-signed-yet");
    case ValidationReason::AlreadyDone: return QStringLiteral("already-done");
    case ValidationReason::Archived: return QStringLiteral("archived");
    case ValidationReason::SpacesAtEnds: return QStringLiteral("spaces-at-ends");
    case ValidationReason::NotInList: return QStringLiteral("not-in-list");
    case ValidationReason::Retired: return QStringLiteral("retired");
    case ValidationReason::NothingChanged: return QStringLiteral("nothing-changed");
    }
    return QStringLiteral("unknown");
}

} // namespace continuum
