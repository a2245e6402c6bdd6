// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"
#include "domain/RecordIds.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace continuum {

// Quick harm-reduction contacts (issue 13): the records, their parts and the agency's lists. Stored by
// ContactService and ContactListService; the schema is Migration 8.

/// Who a contact is with. Anonymous is a tally that stores nothing that identifies a person, not even a code.
enum class ContactIdentity { Known, Coded, Anonymous };
/// Where a contact happened.
enum class ContactSetting { Outreach, DropIn, Office, Phone, Home, Other };
/// Whether a contact counts; one entered in error stays in the record but no longer counts.
enum class ContactStatus { Counted, EnteredInError };
/// The lists the agency edits.
enum class ContactList { Supply, NaloxoneProduct, CheckingMethod, ReferralType };
enum class DrugCheckResult { Positive, Negative, Invalid, NotSure };
/// An overdose the person tells about: one they saw, or their own.
enum class OverdoseWhose { Witnessed, Own };
enum class OverdoseOutcome { Survived, WentToHospital, Died, NotKnown };
/// What came of a referral, recorded later; the latest counts.
enum class ReferralOutcome { Connected, NotConnected, StillWaiting, Declined };

QString toKey(ContactIdentity v);
QString toKey(ContactSetting v);
QString toKey(ContactStatus v);
QString toKey(ContactList v);
QString toKey(DrugCheckResult v);
QString toKey(OverdoseWhose v);
QString toKey(OverdoseOutcome v);
QString toKey(ReferralOutcome v);
template<>
std::optional<ContactIdentity> fromKey<ContactIdentity>(const QString& key);
template<>
QList<ContactIdentity> allValues<ContactIdentity>();
template<>
std::optional<ContactSetting> fromKey<ContactSetting>(const QString& key);
template<>
QList<ContactSetting> allValues<ContactSetting>();
template<>
std::optional<ContactStatus> fromKey<ContactStatus>(const QString& key);
template<>
QList<ContactStatus> allValues<ContactStatus>();
template<>
std::optional<ContactList> fromKey<ContactList>(const QString& key);
template<>
QList<ContactList> allValues<ContactList>();
template<>
std::optional<DrugCheckResult> fromKey<DrugCheckResult>(const QString& key);
template<>
QList<DrugCheckResult> allValues<DrugCheckResult>();
template<>
std::optional<OverdoseWhose> fromKey<OverdoseWhose>(const QString& key);
template<>
QList<OverdoseWhose> allValues<OverdoseWhose>();
template<>
std::optional<OverdoseOutcome> fromKey<OverdoseOutcome>(const QString& key);
template<>
QList<OverdoseOutcome> allValues<OverdoseOutcome>();
template<>
std::optional<ReferralOutcome> fromKey<ReferralOutcome>(const QString& key);
template<>
QList<ReferralOutcome> allValues<ReferralOutcome>();

struct ContactListItemIdTag {
    static constexpr const char* name = "ContactListItemId";
};
using ContactListItemId = RecordId<ContactListItemIdTag>;

/// One entry of an agency list. Never deleted, only retired; a rename leaves past contacts their label.
struct ContactListItem {
    ContactListItemId id;
    QUuid uuid;
    ContactList list = ContactList::Supply;
    QString label;
    std::optional<int> dosesPerKit; ///< naloxone products only
    int position = 0;
    bool retired = false;
    QDateTime createdAt;
    /// The stable key of an item the vault was seeded with ("syringes"; Migration 14), empty for the agency's own.
    /// Never changes, also when the item is renamed: the interface words a seeded item the agency has not renamed
    /// in the counselor's language, by this key.
    QString seedKey;

    friend bool operator==(const ContactListItem&, const ContactListItem&) = default;
};

// The parts of a contact. Each names its list item by id; label (and a kit's doses) are what the item
// said when the contact was recorded. Leave them empty in a new row: the service fills them in. A row
// copied unchanged from the contact's current revision keeps them, so a correction keeps old labels.

/// Supplies given, by type and quantity (no cap).
struct SupplyGiven {
    ContactListItemId item;
    int quantity = 1;
    QString label;

    friend bool operator==(const SupplyGiven&, const SupplyGiven&) = default;
};

/// Naloxone given: whole kits (each its product's number of doses) and single doses.
struct NaloxoneGiven {
    ContactListItemId item;
    int kits = 0;
    int singleDoses = 0;
    QString label;
    int dosesPerKit = 0; ///< 0 in a new row: the product's current number

    /// Doses given: kits × doses per kit + single doses.
    int doses() const { return kits * dosesPerKit + singleDoses; }

    friend bool operator==(const NaloxoneGiven&, const NaloxoneGiven&) = default;
};

/// A drug check: the method, what the person expected, the result, and what they plan after it.
struct DrugCheck {
    ContactListItemId method;
    QString expected;
    std::optional<DrugCheckResult> result;
    QString planWords; ///< in the person's words
    bool planUseLess = false;
    bool planWithSomeone = false;
    bool planNaloxoneNear = false;
    bool planNotUse = false;
    bool planNoChange = false;
    QString label;

    friend bool operator==(const DrugCheck&, const DrugCheck&) = default;
};

/// An overdose the person tells about. Never asked for, never required; every detail optional.
struct OverdoseReport {
    OverdoseWhose whose = OverdoseWhose::Witnessed;
    std::optional<QDate> occurredOn;
    std::optional<int> naloxoneDoses;
    std::optional<bool> called911;
    std::optional<OverdoseOutcome> outcome;

    /// Naloxone was used and the person survived (in hospital or not).
    bool isReversal() const
    {
        return naloxoneDoses.value_or(0) >= 1 &&
               (outcome == OverdoseOutcome::Survived || outcome == OverdoseOutcome::WentToHospital);
    }

    friend bool operator==(const OverdoseReport&, const OverdoseReport&) = default;
};

/// A referral made. referral is null in a new row (the service assigns one); it stays the same across
/// corrections, so an outcome recorded later follows the referral.
struct ReferralMade {
    ContactListItemId type;
    QUuid referral;
    QString label;

    friend bool operator==(const ReferralMade&, const ReferralMade&) = default;
};

/// What the counselor enters for a contact, new or corrected. Only the moment is needed, and it
/// defaults to now. A known contact names a client, a coded one a code, an anonymous one nothing.
struct ContactDraft {
    ContactIdentity identity = ContactIdentity::Anonymous;
    std::optional<ClientId> client;      ///< known only
    QString clientCode;                  ///< coded only: 1–40 characters, no spaces at the ends
    std::optional<QDateTime> occurredAt; ///< unset: now
    std::optional<ContactSetting> setting;
    std::optional<int> durationMinutes;
    std::optional<bool> naloxoneShown; ///< whether the person was shown how to use naloxone
    QString note;                      ///< not for anonymous contacts
    QList<SupplyGiven> supplies;
    QList<NaloxoneGiven> naloxone;
    QList<DrugCheck> drugChecks;
    QList<OverdoseReport> overdoses;
    QList<ReferralMade> referrals;

    friend bool operator==(const ContactDraft&, const ContactDraft&) = default;
};

/// One revision of a contact, as stored.
struct ContactRevision {
    int number = 0;
    ContactDraft fields; ///< occurredAt always set
    QDate occurredOn;    ///< the counselor's local date
    ContactStatus status = ContactStatus::Counted;
    QString reason; ///< why it was corrected; empty on the first revision
    QDateTime revisedAt;
    QString revisedBy;

    friend bool operator==(const ContactRevision&, const ContactRevision&) = default;
};

/// A contact: its header and its current revision, with every revision when read with contact().
struct Contact {
    ContactId id;
    QUuid uuid;
    QDateTime createdAt;
    QString createdBy;
    ContactRevision current;
    QList<ContactRevision> history; ///< first to latest

    friend bool operator==(const Contact&, const Contact&) = default;
};

/// One line of a list of contacts (a client page, a code, Today, the Contacts view).
struct ContactSummary {
    ContactId id;
    int revision = 0;
    ContactIdentity identity = ContactIdentity::Anonymous;
    std::optional<ClientId> client;
    QString clientName; ///< the known client's chosen name
    QString clientCode;
    QDateTime occurredAt;
    QDate occurredOn;
    std::optional<ContactSetting> setting;
    std::optional<int> durationMinutes;
    ContactStatus status = ContactStatus::Counted;
    int suppliesGiven = 0; ///< total quantity
    int naloxoneDoses = 0;
    int drugChecks = 0;
    int overdoses = 0;
    int referrals = 0;
    bool hasNote = false;

    friend bool operator==(const ContactSummary&, const ContactSummary&) = default;
};

/// A day's counted contacts, in numbers.
struct ContactCounts {
    int contacts = 0;
    int anonymous = 0;
    int coded = 0;
    int known = 0;
    int suppliesGiven = 0;
    int naloxoneDoses = 0;
    int drugChecks = 0;
    int overdoses = 0;
    int referrals = 0;

    friend bool operator==(const ContactCounts&, const ContactCounts&) = default;
};

/// A day's contacts (newest first) and their counts (counted contacts only).
struct ContactDay {
    QDate day;
    QList<ContactSummary> contacts;
    ContactCounts counts;
};

/// Where a page of the Contacts view ends; the next page starts after it.
struct ContactCursor {
    QDate occurredOn;
    QDateTime occurredAt;
    ContactId id;
};

/// What the Contacts view shows: every filter is optional; newest first, a page at a time.
struct ContactFilter {
    std::optional<QDate> from; ///< first day, inclusive
    std::optional<QDate> to;   ///< last day, inclusive
    std::optional<ContactIdentity> identity;
    std::optional<ContactSetting> setting;
    bool withNaloxone = false;
    bool withDrugCheck = false;
    bool withOverdose = false;
    bool withReferral = false;
    QString codeText; ///< part of a code (coded contacts)
    bool includeEnteredInError = false;
    int limit = 50;
    std::optional<ContactCursor> after; ///< the last line of the page before
};

/// A referral still waiting to hear what came of it.
struct OpenReferral {
    QUuid referral;
    ContactId contact;
    QString label;
    QDate occurredOn;
    ContactIdentity identity = ContactIdentity::Anonymous;
    std::optional<ClientId> client;
    QString clientCode;
};

} // namespace continuum
