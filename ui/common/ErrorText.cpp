// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ErrorText.h"

#include "util/ErrorMessages.h"

#include <QCoreApplication>

namespace continuum::ui {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(ValidationText)
};
} // namespace

QString errorText(const Error& error)
{
    if (error.code == ErrorCode::Validation)
        return validationText(error);
    return errorMessage(error);
}

QString validationText(const Error& error)
{
    return validationText(error.failure());
}

// Each sentence says what to do, in plain words, about the person as "they". No switch has a default, so a
// new Field makes the compiler ask for its words; tests/ui/tst_validationtext checks every listed pair.
QString validationText(FieldReason failure)
{
    using R = ValidationReason;
    const R why = failure.reason;
    switch (failure.field) {
    case Field::None: break;
    // client
    case Field::ChosenName:
        if (why == R::Required)
            return Words::tr("Add the name they want to be called.");
        if (why == R::TooLong)
            return Words::tr("The chosen name is too long. Shorten it.");
        break;
    case Field::Pronouns:
        if (why == R::TooLong)
            return Words::tr("The pronouns are too long. Shorten them.");
        break;
    case Field::LegalName:
        if (why == R::TooLong)
            return Words::tr("The legal name is too long. Shorten it.");
        break;
    case Field::BirthYear:
        if (why == R::NotPlausible)
            return Words::tr("Check the birth year: it can be from 1900 up to this year.");
        if (why == R::DoesNotMatch)
            return Words::tr("The birth year and the birth date give different years. Correct one, or leave one "
                             "empty.");
        break;
    case Field::BirthDate:
        if (why == R::NotPlausible)
            return Words::tr("Check the birth date: it can be from 1900 up to today.");
        break;
    case Field::AgencyCode:
        if (why == R::TooLong)
            return Words::tr("The agency code is too long. Shorten it.");
        break;
    case Field::Phone:
        if (why == R::TooLong)
            return Words::tr("The phone number is too long. Shorten it.");
        break;
    case Field::Email:
        if (why == R::TooLong)
            return Words::tr("The email address is too long. Shorten it.");
        break;
    case Field::Address:
        if (why == R::TooLong)
            return Words::tr("The address is too long. Shorten it.");
        break;
    case Field::Housing:
        if (why == R::TooLong)
            return Words::tr("The housing situation is too long. Shorten it.");
        break;
    case Field::HousingRecordedOn:
        if (why == R::NotPlausible)
            return Words::tr("Check the date the housing situation was recorded.");
        if (why == R::InTheFuture)
            return Words::tr("The date the housing situation was recorded is after today. Check it.");
        break;
    case Field::Substances:
        if (why == R::Empty)
            return Words::tr("A substance row has no name. Add the name, or remove the row.");
        if (why == R::TooLong)
            return Words::tr("A substance name is too long. Shorten it.");
        break;
    case Field::Notes:
        if (why == R::TooLong)
            return Words::tr("The notes are too long to keep in one record. Shorten them.");
        break;
    case Field::PrintLanguage:
        if (why == R::NotPlausible)
            return Words::tr("Choose the language for their printouts from the list.");
        break;
    case Field::ClientStatusReason:
        if (why == R::TooLong)
            return Words::tr("The reason is too long. A few words are enough.");
        break;
    case Field::PurgeConfirmation:
        if (why == R::DoesNotMatch)
            return Words::tr("To confirm, type their chosen name exactly as it is shown.");
        break;
    case Field::Client:
        if (why == R::NoSuchRecord)
            return Words::tr("This person's record is no longer there. It may have been removed.");
        if (why == R::Required)
            return Words::tr("Choose the person this contact was with, or record it with a code or as anonymous.");
        if (why == R::Archived)
            return Words::tr("This person's record is archived. Reactivate it first, or record the contact with a "
                             "code or as anonymous.");
        if (why == R::NotApplicable)
            return Words::tr("A contact with a code or an anonymous contact names no client. Choose \"Known "
                             "client\" to name one.");
        break;
    // goal
    case Field::ClientWords:
        if (why == R::Required)
            return Words::tr("Write down what they want, in their own words. It comes first.");
        if (why == R::TooLong)
            return Words::tr("Their words are too long to keep in one goal. Shorten them.");
        break;
    case Field::CounselorFraming:
        if (why == R::TooLong)
            return Words::tr("Your framing of the goal is too long. Shorten it.");
        break;
    case Field::WhyItMatters:
        if (why == R::TooLong)
            return Words::tr("“Why it matters” is too long. Shorten it.");
        break;
    case Field::WhoCanHelp:
        if (why == R::TooLong)
            return Words::tr("“Who can help” is too long. Shorten it.");
        break;
    case Field::IfItGetsHard:
        if (why == R::TooLong)
            return Words::tr("“If it gets hard” is too long. Shorten it.");
        break;
    case Field::Steps:
        if (why == R::TooMany)
            return Words::tr("There are more steps than one goal can hold. Combine some, or make a second goal.");
        if (why == R::TooLong)
            return Words::tr("One of the steps is too long. Shorten it.");
        break;
    case Field::Position:
        if (why == R::Required)
            return Words::tr("Choose where they place this goal: safer use, managed use, abstinence, or not placed "
                             "yet.");
        if (why == R::NotApplicable)
            return Words::tr("Only a substance-use goal has a place on the continuum. Choose that life area, or "
                             "leave the place empty.");
        break;
    case Field::StatusReason:
        if (why == R::NeedsReason)
            return Words::tr("Setting a goal aside needs their reason, in their words.");
        if (why == R::TooLong)
            return Words::tr("Their reason for setting the goal aside is too long. Shorten it.");
        break;
    case Field::RevisionReason:
        if (why == R::NeedsReason)
            return Words::tr("The goal moves along the continuum: write why it changed.");
        if (why == R::TooLong)
            return Words::tr("The reason for this change is too long. Shorten it.");
        break;
    case Field::Agreement:
        if (why == R::NeedsAnswer)
            return Words::tr("Choose whether they agreed to this change: yes, no, or not talked about.");
        break;
    case Field::Session:
        if (why == R::NotThisClients)
            return Words::tr("That session is not one of this person's sessions. Open the goal from one of "
                             "theirs.");
        break;
    // session
    case Field::SessionDate:
        if (why == R::Required)
            return Words::tr("Add the date of the session.");
        if (why == R::InTheFuture)
            return Words::tr("The session date is after today. Check it.");
        if (why == R::NotPlausible)
            return Words::tr("Check the session date: it is further back than any record here.");
        break;
    case Field::StartTime:
        if (why == R::NotPlausible)
            return Words::tr("Check the start time.");
        break;
    case Field::DurationMinutes:
        if (why == R::OutOfRange)
            return Words::tr("The duration runs from 1 minute to 24 hours.");
        break;
    case Field::FollowUp:
        if (why == R::NotPlausible)
            return Words::tr("Check the follow-up date.");
        if (why == R::BeforeSessionDate)
            return Words::tr("The follow-up date is before the session date. Choose a later date, or leave it "
                             "empty.");
        break;
    case Field::NextSteps:
        if (why == R::TooLong)
            return Words::tr("The next steps are too long to keep in one record. Shorten them.");
        break;
    case Field::Goals:
        if (why == R::Duplicate)
            return Words::tr("A goal is listed twice. Remove one of them.");
        if (why == R::NotThisClients)
            return Words::tr("One of the goals chosen is not one of this person's goals. Choose again.");
        break;
    case Field::Importance:
        if (why == R::OutOfRange)
            return Words::tr("Importance runs from 0 to 10. Choose a number in that range.");
        if (why == R::TooLong)
            return Words::tr("What they said about importance is too long to keep. Shorten it.");
        break;
    case Field::Confidence:
        if (why == R::OutOfRange)
            return Words::tr("Confidence runs from 0 to 10. Choose a number in that range.");
        if (why == R::TooLong)
            return Words::tr("What they said about confidence is too long to keep. Shorten it.");
        break;
    case Field::Readiness:
        if (why == R::OutOfRange)
            return Words::tr("Readiness runs from 0 to 10. Choose a number in that range.");
        if (why == R::TooLong)
            return Words::tr("What they said about readiness is too long to keep. Shorten it.");
        break;
    case Field::Quotes:
        if (why == R::Empty)
            return Words::tr("A talk row has no words yet: write what the person said, or remove the row.");
        if (why == R::TooLong)
            return Words::tr("One of the talk rows is too long to keep in one record. Shorten it.");
        break;
    case Field::Balance:
        if (why == R::Empty)
            return Words::tr("A decisional balance item has no words yet. Write it, or remove it.");
        if (why == R::TooLong)
            return Words::tr("A decisional balance item is too long to keep in one record. Shorten it.");
        break;
    case Field::ChangePlan:
        if (why == R::TooLong)
            return Words::tr("Part of the change plan is too long to keep in one record. Shorten it.");
        break;
    case Field::Note:
        if (why == R::NotInFormat)
            return Words::tr("The note has a section its format does not have. Choose the note format again.");
        if (why == R::Duplicate)
            return Words::tr("A note section appears twice. Keep its words in one section.");
        if (why == R::TooLong)
            return Words::tr("The note is too long to keep in one record. Shorten the longest section.");
        break;
    case Field::Counselor:
        if (why == R::Required)
            return Words::tr("Add your name in Preferences before signing.");
        break;
    case Field::Addendum:
        if (why == R::NotSignedYet)
            return Words::tr("Only a signed note takes addenda. Edit the draft instead, or sign it first.");
        if (why == R::Required)
            return Words::tr("The addendum is empty. Write what you want to add.");
        if (why == R::TooLong)
            return Words::tr("The addendum is too long to keep in one record. Shorten it.");
        break;
    case Field::EnteredInError:
        if (why == R::NotSignedYet)
            return Words::tr("Only a signed note can be marked as entered in error. A draft can be discarded "
                             "instead.");
        if (why == R::AlreadyDone)
            return Words::tr("This session note is already marked as entered in error.");
        break;
    case Field::EnteredInErrorReason:
        if (why == R::Required)
            return Words::tr("Say why this session note was entered in error.");
        if (why == R::TooLong)
            return Words::tr("The reason is too long to keep in one record. Shorten it.");
        break;
    // counselor
    case Field::CounselorName:
        if (why == R::Required)
            return Words::tr("Your name is needed for signing and printing.");
        if (why == R::TooLong)
            return Words::tr("Your name is too long. Shorten it.");
        break;
    // harm-reduction contact
    case Field::ClientCode:
        if (why == R::Required)
            return Words::tr("Add the code the agency uses for this person.");
        if (why == R::TooLong)
            return Words::tr("The code is too long: it can have up to 40 characters.");
        if (why == R::SpacesAtEnds)
            return Words::tr("The code starts or ends with a space. Remove the space.");
        if (why == R::NotApplicable)
            return Words::tr("Only a contact recorded with a code keeps a code. Remove the code, or choose "
                             "\"Coded (a code only)\".");
        break;
    case Field::ContactNote:
        if (why == R::NotApplicable)
            return Words::tr("An anonymous contact keeps no note. Remove the note, or record the contact with a "
                             "code or a known person.");
        if (why == R::TooLong)
            return Words::tr("The note is too long. Keep it short.");
        break;
    case Field::ContactTime:
        if (why == R::InTheFuture)
            return Words::tr("The time of the contact is later than now. Check it.");
        if (why == R::NotPlausible)
            return Words::tr("Check the date and time of the contact.");
        break;
    case Field::Supplies:
        if (why == R::OutOfRange)
            return Words::tr("Each supply given needs a quantity of 1 or more.");
        if (why == R::NotInList)
            return Words::tr("One of the supplies is not in the supplies list. Choose it again.");
        if (why == R::Retired)
            return Words::tr("One of the supplies is no longer offered. Choose another, or bring it back in the "
                             "lists.");
        break;
    case Field::Naloxone:
        if (why == R::OutOfRange)
            return Words::tr("Naloxone given needs at least 1 kit or 1 dose.");
        if (why == R::NotInList)
            return Words::tr("The naloxone product is not in the products list. Choose it again.");
        if (why == R::Retired)
            return Words::tr("That naloxone product is no longer offered. Choose another, or bring it back in the "
                             "lists.");
        break;
    case Field::DrugChecks:
        if (why == R::NotInList)
            return Words::tr("The checking method is not in the methods list. Choose it again.");
        if (why == R::Retired)
            return Words::tr("That checking method is no longer offered. Choose another, or bring it back in the "
                             "lists.");
        if (why == R::TooLong)
            return Words::tr("What the person expected or plans is too long. Shorten it.");
        break;
    case Field::Overdoses:
        if (why == R::OutOfRange)
            return Words::tr("The number of naloxone doses used cannot be below 0.");
        if (why == R::NotPlausible)
            return Words::tr("Check the date of the overdose.");
        if (why == R::InTheFuture)
            return Words::tr("The date of the overdose is after today. Check it.");
        break;
    case Field::Referrals:
        if (why == R::NotInList)
            return Words::tr("The referral type is not in the referral list. Choose it again.");
        if (why == R::Retired)
            return Words::tr("That referral type is no longer offered. Choose another, or bring it back in the "
                             "lists.");
        if (why == R::Duplicate)
            return Words::tr("The same referral is listed twice. Remove one.");
        if (why == R::NoSuchRecord)
            return Words::tr("This referral is no longer there. It may have been corrected or removed.");
        break;
    case Field::CorrectionReason:
        if (why == R::NeedsReason)
            return Words::tr("Say why this contact is being corrected.");
        if (why == R::TooLong)
            return Words::tr("The reason is too long. Shorten it.");
        break;
    case Field::ContactCorrection:
        if (why == R::NothingChanged)
            return Words::tr("Nothing was changed, so there is nothing to correct.");
        if (why == R::AlreadyDone)
            return Words::tr("This contact is already marked as entered in error.");
        break;
    case Field::ListLabel:
        if (why == R::Required)
            return Words::tr("Add a name for this item.");
        if (why == R::TooLong)
            return Words::tr("The name is too long. Shorten it.");
        if (why == R::Duplicate)
            return Words::tr("This list already has an item with that name. Choose another name.");
        break;
    case Field::DosesPerKit:
        if (why == R::OutOfRange)
            return Words::tr("A kit holds 1 to 20 doses.");
        if (why == R::NotApplicable)
            return Words::tr("Only naloxone products have doses per kit.");
        break;
    case Field::ListOrder:
        if (why == R::DoesNotMatch)
            return Words::tr("The list changed while you were ordering it. Open it again and try once more.");
        break;
    case Field::SmallCellThreshold:
        if (why == R::OutOfRange)
            return Words::tr("Small counts can be hidden from 1 up to 50. Choose a number in that range.");
        break;
    // the changes a person counts, and the steps they set
    case Field::ChangeWords:
        if (why == R::Required)
            return Words::tr("Write the change they count, in their own words.");
        if (why == R::TooLong)
            return Words::tr("Their words are too long to keep as one change. Shorten them.");
        break;
    case Field::ChangeDate:
        if (why == R::NotPlausible)
            return Words::tr("Check the date of the change.");
        if (why == R::InTheFuture)
            return Words::tr("The date of the change is after today. Check it.");
        break;
    case Field::ChangeReason:
        if (why == R::NeedsReason)
            return Words::tr("Say why it changed: the reason stays with the record, next to what it said before.");
        if (why == R::TooLong)
            return Words::tr("The reason given is too long to keep. Shorten it.");
        break;
    case Field::ChangeCorrection:
        if (why == R::NothingChanged)
            return Words::tr("The change reads as it did, so there is nothing to correct.");
        if (why == R::AlreadyDone)
            return Words::tr("This change is already marked as entered in error.");
        break;
    case Field::ChangeContact:
        if (why == R::NotThisClients)
            return Words::tr("That contact is not one with this person. Add it from one of their contacts.");
        break;
    case Field::LadderSteps:
        if (why == R::Required)
            return Words::tr("Write at least one step, in their words, one step per line.");
        if (why == R::TooMany)
            return Words::tr("There are more steps than one goal's steps can hold. Combine some.");
        if (why == R::TooLong)
            return Words::tr("One of their steps is too long to keep. Shorten it.");
        break;
    case Field::LadderMark:
        if (why == R::OutOfRange)
            return Words::tr("That step is not one of their steps now. Choose one of the steps shown.");
        if (why == R::NoSuchRecord)
            return Words::tr("This goal has no steps yet. Set their steps first.");
        if (why == R::AlreadyDone)
            return Words::tr("This mark is already marked as entered in error.");
        break;
    case Field::MarkDate:
        if (why == R::NotPlausible)
            return Words::tr("Check the date of the mark.");
        if (why == R::InTheFuture)
            return Words::tr("The date of the mark is after today. Check it.");
        break;
    // the counselor's own practice, and the person's rating of a session
    case Field::PracticeRating:
        if (why == R::OutOfRange)
            return Words::tr("A MIA:STEP rating goes from 1 to 7. Choose a rating in that range, or leave it empty.");
        if (why == R::NotApplicable)
            return Words::tr("Behaviours that are not consistent with MI are rated for how much only, not how well.");
        if (why == R::Duplicate)
            return Words::tr("The same MIA:STEP item is rated twice. Keep one rating.");
        break;
    case Field::MitiGlobal:
        if (why == R::OutOfRange)
            return Words::tr("A MITI global score goes from 1 to 5. Choose a score in that range, or leave it empty.");
        if (why == R::NotApplicable)
            return Words::tr("MITI global scores come from a coded recording. Tick “I coded a recording” to keep "
                             "them.");
        break;
    case Field::MitiCount:
        if (why == R::OutOfRange)
            return Words::tr("A MITI count is a whole number from 0 to 9,999. Check the number, or leave it empty.");
        if (why == R::NotApplicable)
            return Words::tr("MITI counts come from a coded recording. Tick “I coded a recording” to keep them.");
        break;
    case Field::PracticeNote:
        if (why == R::TooLong)
            return Words::tr("Your note about this session is too long. Shorten it.");
        break;
    case Field::SkillsPlan:
        if (why == R::TooLong)
            return Words::tr("Your skills plan is too long. Shorten it.");
        break;
    case Field::NextReview:
        if (why == R::NotPlausible)
            return Words::tr("Check the date of your next review: it can be up to ten years from today.");
        break;
    case Field::ClientRating:
        if (why == R::OutOfRange)
            return Words::tr("Each answer goes from 1 (not at all) to 5 (very much), or can be left empty.");
        break;
    }
    return errorMessage(ErrorCode::Validation);
}

} // namespace continuum::ui
