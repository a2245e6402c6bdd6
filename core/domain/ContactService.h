// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class AuditLog;
class Clock;
class Database;

/// What the audit log says about contacts and their lists (stable keys; never content, and never a
/// client for a contact that names none).
namespace ContactAuditAction {
inline const QString Create = QStringLiteral("create-contact");
inline const QString Correct = QStringLiteral("correct-contact");
inline const QString RecordReferralOutcome = QStringLiteral("record-referral-outcome");
inline const QString EditList = QStringLiteral("edit-list");
} // namespace ContactAuditAction

/// A referral of a contact and the latest word on what came of it.
struct ReferralStatus {
    QUuid referral;
    ContactListItemId type;
    QString label;
    std::optional<ReferralOutcome> outcome;
    std::optional<QDateTime> outcomeRecordedAt;

    friend bool operator==(const ReferralStatus&, const ReferralStatus&) = default;
};

/// Quick harm-reduction contacts: recorded, corrected by new revisions (never overwritten), listed.
/// A contact names a known client, an agency code, or no one at all.
class ContactService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxCode = 40;
    static constexpr int kMaxNote = 2000;
    static constexpr int kMaxText = 1000; ///< what a person expected from a drug check, their plan
    static constexpr int kMaxReason = 1000;
    static constexpr int kFutureToleranceSecs = 5 * 60; ///< a clock a few minutes ahead is not the future
    static constexpr int kMaxPage = 500;

    ContactService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent = nullptr);

    /// Records a new contact; its first revision.
    Result<ContactId> record(const ContactDraft& draft);
    /// A new revision with everything the contact now says and why; refused without a reason, when
    /// nothing changed, and on a contact entered in error.
    Status correct(ContactId id, const ContactDraft& draft, const QString& reason);
    /// A revision that keeps what the contact says but no longer counts it.
    Status markEnteredInError(ContactId id, const QString& reason);
    /// What came of a referral; the latest counts.
    Status recordReferralOutcome(const QUuid& referral, ReferralOutcome outcome);

    /// The contact as it stands, with every revision.
    Result<Contact> contact(ContactId id);
    /// The referrals of the contact's current revision with their latest outcomes.
    Result<QList<ReferralStatus>> referrals(ContactId id);

    /// A known client's contacts, newest first (entered in error included, marked).
    Result<QList<ContactSummary>> contactsOfClient(ClientId client, int limit = 100, int offset = 0);
    /// The contacts recorded with this code, newest first.
    Result<QList<ContactSummary>> contactsOfCode(const QString& code, int limit = 100, int offset = 0);
    /// A day's counted contacts (Today), newest first, and their counts.
    Result<ContactDay> day(const QDate& day);
    /// A page of the Contacts view, newest first. It reads the day index in order, never the whole table.
    Result<QList<ContactSummary>> list(const ContactFilter& filter);
    /// Referrals made at least olderThanDays ago (and at most lookbackDays ago) with no outcome yet.
    Result<QList<OpenReferral>> referralsWithoutOutcome(int olderThanDays = 30, int lookbackDays = 366);

    /// The SQL the Contacts view runs (for EXPLAIN QUERY PLAN in tests and the benchmark).
    static const std::string& listSql();

    /// Inside ClientService::purge's transaction, with the client in purge_authorizations: removes the
    /// revisions that name the client (every revision of a contact whose current revision names them),
    /// their rows, and contacts left with no revision. Anonymous and other people's contacts stay.
    static Status purgeClient(Database& db, ClientId client);

Q_SIGNALS:
    /// A contact was recorded or corrected. client is the known client it names now (null otherwise);
    /// a correction that moves a contact from one client to another is announced for both.
    void contactChanged(continuum::ClientId client, continuum::ContactId contact);

private:
    /// The draft checked and completed (time, labels, doses per kit), as a revision to be numbered.
    /// previous is the current revision when correcting: rows copied from it keep what they recorded.
    Result<ContactRevision> resolve(const ContactDraft& draft, const ContactRevision* previous);
    Result<ContactListItem> listItem(ContactListItemId id);
    Status insertRevision(ContactId id, const ContactRevision& revision);
    /// The header and its current revision (history left empty).
    Result<Contact> currentContact(ContactId id);
    Result<QList<ContactRevision>> revisions(ContactId id, bool currentOnly);
    QString who();

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace continuum
