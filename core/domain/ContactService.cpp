// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ContactService.h"

#include "domain/AuditLog.h"
#include "domain/ContactTables.h"
#include "domain/RecordTables.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSet>

#include <algorithm>

namespace continuum {

namespace {

// The columns of a contact's line in a list; the FROM clause names r (revision), c (header), p (person)
// and cl (the known client).
constexpr const char* kSummaryColumns =
    "SELECT c.id, r.revision, r.identity, p.client_id, cl.chosen_name, p.client_code, r.occurred_at, "
    "r.occurred_on, r.setting, r.duration_minutes, r.status, "
    "(SELECT coalesce(sum(x.quantity), 0) FROM contact_supplies x WHERE x.revision_id = r.id), "
    "(SELECT coalesce(sum(x.kits * x.doses_per_kit + x.single_doses), 0) FROM contact_naloxone x "
    " WHERE x.revision_id = r.id), "
    "(SELECT count(*) FROM contact_drug_checks x WHERE x.revision_id = r.id), "
    "(SELECT count(*) FROM contact_overdoses x WHERE x.revision_id = r.id), "
    "(SELECT count(*) FROM contact_referrals x WHERE x.revision_id = r.id), "
    "r.note <> '' ";

ContactSummary readSummary(const Statement& st)
{
    ContactSummary s;
    s.id = ContactId(st.columnInt64(0));
    s.revision = st.columnInt(1);
    s.identity = fromKey<ContactIdentity>(st.columnText(2)).value_or(ContactIdentity::Anonymous);
    if (!st.columnIsNull(3))
        s.client = ClientId(st.columnInt64(3));
    s.clientName = st.columnText(4);
    s.clientCode = st.columnText(5);
    s.occurredAt = QDateTime::fromString(st.columnText(6), Qt::ISODateWithMs);
    s.occurredOn = QDate::fromString(st.columnText(7), Qt::ISODate);
    if (!st.columnIsNull(8))
        s.setting = fromKey<ContactSetting>(st.columnText(8));
    if (!st.columnIsNull(9))
        s.durationMinutes = st.columnInt(9);
    s.status = fromKey<ContactStatus>(st.columnText(10)).value_or(ContactStatus::Counted);
    s.suppliesGiven = st.columnInt(11);
    s.naloxoneDoses = st.columnInt(12);
    s.drugChecks = st.columnInt(13);
    s.overdoses = st.columnInt(14);
    s.referrals = st.columnInt(15);
    s.hasNote = st.columnInt(16) != 0;
    return s;
}

std::string summarySql(const char* from, const char* where)
{
    return std::string(kSummaryColumns) + from + where;
}

constexpr const char* kCurrentFromRevisions =
    "FROM contact_revisions r CROSS JOIN contact_records c ON c.id = r.contact_id AND c.current_revision = r.revision "
    "LEFT JOIN contact_people p ON p.revision_id = r.id LEFT JOIN clients cl ON cl.id = p.client_id ";

constexpr const char* kCurrentFromPeople =
    "FROM contact_people p JOIN contact_revisions r ON r.id = p.revision_id "
    "JOIN contact_records c ON c.id = r.contact_id AND c.current_revision = r.revision "
    "LEFT JOIN clients cl ON cl.id = p.client_id ";

template<typename Row>
bool carried(const QList<Row>& previous, const Row& row)
{
    return std::find(previous.begin(), previous.end(), row) != previous.end();
}

} // namespace

ContactService::ContactService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(audit)
{}

QString ContactService::who()
{
    return counselorSignature(m_db);
}

Result<ContactListItem> ContactService::listItem(ContactListItemId id)
{
    static const std::string sql = contactListItemTable().select("WHERE li.id = ?1");
    return Query(m_db, sql, id).one(contactListItemTable(), Missing{"list item", id});
}

Result<ContactRevision> ContactService::resolve(const ContactDraft& input, const ContactRevision* previous)
{
    ContactRevision out;
    ContactDraft& f = out.fields;
    f = input;
    f.note = f.note.trimmed();

    // Who: exactly what the identity level allows, refused rather than dropped.
    switch (f.identity) {
    case ContactIdentity::Known: {
        if (!f.clientCode.isEmpty())
            return validationError({Field::ClientCode, ValidationReason::NotApplicable},
                                   QStringLiteral("a contact with a known client keeps no code"));
        if (!f.client)
            return validationError({Field::Client, ValidationReason::Required}, QStringLiteral("no client chosen"));
        auto status = Query(m_db, "SELECT status FROM clients WHERE id = ?1", *f.client).first(readText);
        if (!status)
            return status.error();
        if (!status.value())
            return validationError({Field::Client, ValidationReason::NoSuchRecord}, QStringLiteral("no such client"));
        const bool sameAsBefore =
            previous && previous->fields.identity == ContactIdentity::Known && previous->fields.client == f.client;
        if (*status.value() == QStringLiteral("archived") && !sameAsBefore)
            return validationError({Field::Client, ValidationReason::Archived},
                                   QStringLiteral("the client's record is archived"));
        break;
    }
    case ContactIdentity::Coded:
        if (f.client)
            return validationError({Field::Client, ValidationReason::NotApplicable},
                                   QStringLiteral("a coded contact names no client"));
        if (f.clientCode.trimmed().isEmpty())
            return validationError({Field::ClientCode, ValidationReason::Required}, QStringLiteral("no code"));
        if (f.clientCode.trimmed() != f.clientCode)
            return validationError({Field::ClientCode, ValidationReason::SpacesAtEnds},
                                   QStringLiteral("the code starts or ends with a space"));
        if (f.clientCode.size() > kMaxCode)
            return validationError({Field::ClientCode, ValidationReason::TooLong},
                                   QStringLiteral("a code has at most 40 characters"));
        break;
    case ContactIdentity::Anonymous:
        if (f.client)
            return validationError({Field::Client, ValidationReason::NotApplicable},
                                   QStringLiteral("an anonymous contact names no one"));
        if (!f.clientCode.isEmpty())
            return validationError({Field::ClientCode, ValidationReason::NotApplicable},
                                   QStringLiteral("an anonymous contact keeps no code"));
        if (!f.note.isEmpty())
            return validationError({Field::ContactNote, ValidationReason::NotApplicable},
                                   QStringLiteral("an anonymous contact keeps no note"));
        break;
    }
    if (f.note.size() > kMaxNote)
        return validationError({Field::ContactNote, ValidationReason::TooLong}, QStringLiteral("note too long"));

    // When: now unless said; the counselor's local date is kept beside the moment.
    const QDateTime now = m_clock.now();
    if (!f.occurredAt) {
        f.occurredAt = now.toUTC();
        out.occurredOn = m_clock.today();
    } else {
        if (!f.occurredAt->isValid() || f.occurredAt->date().year() < 2000)
            return validationError({Field::ContactTime, ValidationReason::NotPlausible},
                                   QStringLiteral("not a plausible time"));
        if (*f.occurredAt > now.addSecs(kFutureToleranceSecs))
            return validationError({Field::ContactTime, ValidationReason::InTheFuture},
                                   QStringLiteral("the contact is later than now"));
        f.occurredAt = f.occurredAt->toUTC();
        const bool sameAsBefore = previous && previous->fields.occurredAt == f.occurredAt;
        out.occurredOn = sameAsBefore ? previous->occurredOn : f.occurredAt->toLocalTime().date();
    }
    if (f.durationMinutes && (*f.durationMinutes < 1 || *f.durationMinutes > 1440))
        return validationError({Field::DurationMinutes, ValidationReason::OutOfRange},
                               QStringLiteral("a duration runs from 1 to 1440 minutes"));

    // Each item from its own list. A row copied unchanged from the revision before keeps its label (and
    // doses per kit) and may name an item retired since; any other row takes the item as it is now.
    const ContactDraft none;
    const ContactDraft& before = previous ? previous->fields : none;
    auto check = [this](ContactListItemId id, ContactList list, bool wasThere, ValidationFailure notInList,
                        ValidationFailure retired) -> Result<ContactListItem> {
        auto item = listItem(id);
        if (!item && item.code() != ErrorCode::NotFound)
            return item.error();
        if (!item || item->list != list)
            return validationError(notInList, QStringLiteral("not an item of that list"));
        if (item->retired && !wasThere)
            return validationError(retired, QStringLiteral("that item is retired"));
        return item;
    };
    for (SupplyGiven& s : f.supplies) {
        if (s.quantity < 1)
            return validationError({Field::Supplies, ValidationReason::OutOfRange}, QStringLiteral("quantity below 1"));
        const bool wasThere = carried(before.supplies, s);
        auto item = check(s.item, ContactList::Supply, wasThere, {Field::Supplies, ValidationReason::NotInList},
                          {Field::Supplies, ValidationReason::Retired});
        if (!item)
            return item.error();
        if (!wasThere)
            s.label = item->label;
    }
    for (NaloxoneGiven& n : f.naloxone) {
        if (n.kits < 0 || n.singleDoses < 0 || n.kits + n.singleDoses < 1)
            return validationError({Field::Naloxone, ValidationReason::OutOfRange},
                                   QStringLiteral("at least one kit or dose"));
        const bool wasThere = carried(before.naloxone, n);
        auto item = check(n.item, ContactList::NaloxoneProduct, wasThere,
                          {Field::Naloxone, ValidationReason::NotInList}, {Field::Naloxone, ValidationReason::Retired});
        if (!item)
            return item.error();
        if (!wasThere) {
            n.label = item->label;
            n.dosesPerKit = item->dosesPerKit.value_or(1);
        }
    }
    for (DrugCheck& d : f.drugChecks) {
        d.expected = d.expected.trimmed();
        d.planWords = d.planWords.trimmed();
        if (d.expected.size() > kMaxText || d.planWords.size() > kMaxText)
            return validationError({Field::DrugChecks, ValidationReason::TooLong}, QStringLiteral("too long"));
        const bool wasThere = carried(before.drugChecks, d);
        auto item =
            check(d.method, ContactList::CheckingMethod, wasThere, {Field::DrugChecks, ValidationReason::NotInList},
                  {Field::DrugChecks, ValidationReason::Retired});
        if (!item)
            return item.error();
        if (!wasThere)
            d.label = item->label;
    }
    for (const OverdoseReport& o : f.overdoses) {
        if (o.naloxoneDoses && *o.naloxoneDoses < 0)
            return validationError({Field::Overdoses, ValidationReason::OutOfRange}, QStringLiteral("doses below 0"));
        if (o.occurredOn && (!o.occurredOn->isValid() || o.occurredOn->year() < 1900))
            return validationError({Field::Overdoses, ValidationReason::NotPlausible}, QStringLiteral("not a date"));
        if (o.occurredOn && *o.occurredOn > m_clock.today())
            return validationError({Field::Overdoses, ValidationReason::InTheFuture},
                                   QStringLiteral("the overdose is after today"));
    }
    QSet<QUuid> referralsSeen;
    for (ReferralMade& r : f.referrals) {
        bool known = r.referral.isNull();
        for (const ReferralMade& b : before.referrals)
            known = known || b.referral == r.referral;
        if (!known)
            return validationError({Field::Referrals, ValidationReason::NoSuchRecord},
                                   QStringLiteral("not a referral of this contact"));
        if (!r.referral.isNull()) {
            if (referralsSeen.contains(r.referral))
                return validationError({Field::Referrals, ValidationReason::Duplicate},
                                       QStringLiteral("the same referral twice"));
            referralsSeen.insert(r.referral);
        }
        const bool wasThere = carried(before.referrals, r);
        auto item = check(r.type, ContactList::ReferralType, wasThere, {Field::Referrals, ValidationReason::NotInList},
                          {Field::Referrals, ValidationReason::Retired});
        if (!item)
            return item.error();
        if (!wasThere)
            r.label = item->label;
    }
    out.revisedAt = now;
    out.revisedBy = who();
    return out;
}

Status ContactService::insertRevision(ContactId id, const ContactRevision& revision)
{
    auto inserted = insertRecord(m_db, contactRevisionTable(), revision, id);
    if (!inserted)
        return inserted.error();
    const qint64 row = inserted.value();
    const ContactDraft& f = revision.fields;
    if (f.identity != ContactIdentity::Anonymous) {
        const std::optional<qint64> client =
            f.identity == ContactIdentity::Known && f.client ? std::optional<qint64>(f.client->value) : std::nullopt;
        const std::optional<QString> code =
            f.identity == ContactIdentity::Coded ? std::optional<QString>(f.clientCode) : std::nullopt;
        if (auto s = Query(m_db, "INSERT INTO contact_people (revision_id, client_id, client_code) VALUES (?1, ?2, ?3)",
                           row, client, code)
                         .run();
            !s)
            return s;
    }
    for (const SupplyGiven& s : f.supplies) {
        if (auto r = insertRecord(m_db, contactSupplyTable(), s, row); !r)
            return r.error();
    }
    for (const NaloxoneGiven& n : f.naloxone) {
        if (auto r = insertRecord(m_db, contactNaloxoneTable(), n, row); !r)
            return r.error();
    }
    for (const DrugCheck& d : f.drugChecks) {
        if (auto r = insertRecord(m_db, contactDrugCheckTable(), d, row); !r)
            return r.error();
    }
    for (const OverdoseReport& o : f.overdoses) {
        if (auto r = insertRecord(m_db, contactOverdoseTable(), o, row); !r)
            return r.error();
    }
    for (const ReferralMade& r : f.referrals) {
        if (auto i = insertRecord(m_db, contactReferralTable(), r, row); !i)
            return i.error();
    }
    // Last: the header points at the revision once it is whole.
    Contact header;
    header.current.number = revision.number;
    return updateRecord(m_db, contactTable(), id, header);
}

Result<ContactId> ContactService::record(const ContactDraft& draft)
{
    auto revision = resolve(draft, nullptr);
    if (!revision)
        return revision.error();
    revision->number = 1;
    for (ReferralMade& r : revision->fields.referrals)
        r.referral = QUuid::createUuid();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Contact header;
    header.uuid = QUuid::createUuid();
    header.createdAt = revision->revisedAt;
    header.createdBy = revision->revisedBy;
    auto inserted = insertRecord(m_db, contactTable(), header);
    if (!inserted)
        return inserted.error();
    const ContactId id(inserted.value());
    if (auto s = insertRevision(id, revision.value()); !s)
        return s.error();
    const ContactDraft& f = revision->fields;
    const std::optional<ClientId> client = f.identity == ContactIdentity::Known ? f.client : std::nullopt;
    if (auto s = m_audit.record({ContactAuditAction::Create, QStringLiteral("contact"), header.uuid, client,
                                 QStringLiteral("revision 1"), std::nullopt});
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    Q_EMIT contactChanged(client.value_or(ClientId()), id);
    return id;
}

Status ContactService::correct(ContactId id, const ContactDraft& draft, const QString& reasonInput)
{
    auto current = currentContact(id);
    if (!current)
        return current.error();
    const ContactRevision& before = current->current;
    if (before.status == ContactStatus::EnteredInError)
        return validationError({Field::ContactCorrection, ValidationReason::AlreadyDone},
                               QStringLiteral("the contact is entered in error"));
    const QString reason = reasonInput.trimmed();
    if (reason.isEmpty())
        return validationError({Field::CorrectionReason, ValidationReason::NeedsReason},
                               QStringLiteral("a correction needs its reason"));
    if (reason.size() > kMaxReason)
        return validationError({Field::CorrectionReason, ValidationReason::TooLong}, QStringLiteral("too long"));
    auto revision = resolve(draft, &before);
    if (!revision)
        return revision.error();
    if (revision->fields == before.fields && revision->occurredOn == before.occurredOn)
        return validationError({Field::ContactCorrection, ValidationReason::NothingChanged},
                               QStringLiteral("nothing changed"));
    revision->number = before.number + 1;
    revision->reason = reason;
    for (ReferralMade& r : revision->fields.referrals) {
        if (r.referral.isNull())
            r.referral = QUuid::createUuid();
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = insertRevision(id, revision.value()); !s)
        return s;
    const ContactDraft& f = revision->fields;
    const std::optional<ClientId> client = f.identity == ContactIdentity::Known ? f.client : std::nullopt;
    if (auto s = m_audit.record({ContactAuditAction::Correct, QStringLiteral("contact"), current->uuid, client,
                                 QStringLiteral("revision %1").arg(revision->number), std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    const std::optional<ClientId> formerClient =
        before.fields.identity == ContactIdentity::Known ? before.fields.client : std::nullopt;
    if (formerClient && formerClient != client)
        Q_EMIT contactChanged(*formerClient, id);
    Q_EMIT contactChanged(client.value_or(ClientId()), id);
    return {};
}

Status ContactService::markEnteredInError(ContactId id, const QString& reasonInput)
{
    auto current = currentContact(id);
    if (!current)
        return current.error();
    if (current->current.status == ContactStatus::EnteredInError)
        return validationError({Field::ContactCorrection, ValidationReason::AlreadyDone},
                               QStringLiteral("already entered in error"));
    const QString reason = reasonInput.trimmed();
    if (reason.isEmpty())
        return validationError({Field::CorrectionReason, ValidationReason::NeedsReason},
                               QStringLiteral("say why it was entered in error"));
    if (reason.size() > kMaxReason)
        return validationError({Field::CorrectionReason, ValidationReason::TooLong}, QStringLiteral("too long"));
    ContactRevision revision = current->current;
    revision.number += 1;
    revision.status = ContactStatus::EnteredInError;
    revision.reason = reason;
    revision.revisedAt = m_clock.now();
    revision.revisedBy = who();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = insertRevision(id, revision); !s)
        return s;
    const ContactDraft& f = revision.fields;
    const std::optional<ClientId> client = f.identity == ContactIdentity::Known ? f.client : std::nullopt;
    if (auto s = m_audit.record({ContactAuditAction::Correct, QStringLiteral("contact"), current->uuid, client,
                                 QStringLiteral("revision %1: entered in error").arg(revision.number), std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT contactChanged(client.value_or(ClientId()), id);
    return {};
}

Status ContactService::recordReferralOutcome(const QUuid& referral, ReferralOutcome outcome)
{
    struct Owner {
        ContactId contact;
        std::optional<ClientId> client;
    };
    auto owner =
        Query(m_db,
              "SELECT c.id, p.client_id FROM contact_referrals f "
              "JOIN contact_revisions r ON r.id = f.revision_id "
              "JOIN contact_records c ON c.id = r.contact_id AND c.current_revision = r.revision "
              "LEFT JOIN contact_people p ON p.revision_id = r.id WHERE f.referral_uuid = ?1",
              referral.toString(QUuid::WithoutBraces))
            .first([](const Statement& st) {
                return Owner{ContactId(st.columnInt64(0)),
                             st.columnIsNull(1) ? std::nullopt : std::optional<ClientId>(ClientId(st.columnInt64(1)))};
            });
    if (!owner)
        return owner.error();
    if (!owner.value())
        return validationError({Field::Referrals, ValidationReason::NoSuchRecord}, QStringLiteral("no such referral"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = Query(m_db,
                       "INSERT INTO referral_outcomes (referral_uuid, outcome, recorded_at, recorded_by) "
                       "VALUES (?1, ?2, ?3, ?4)",
                       referral.toString(QUuid::WithoutBraces), toKey(outcome), storedTimestamp(m_clock.now()), who())
                     .run();
        !s)
        return s;
    if (auto s = m_audit.record({ContactAuditAction::RecordReferralOutcome,
                                 QStringLiteral("referral"),
                                 referral,
                                 owner.value()->client,
                                 {},
                                 std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT contactChanged(owner.value()->client.value_or(ClientId()), owner.value()->contact);
    return {};
}

Result<QList<ContactRevision>> ContactService::revisions(ContactId id, bool currentOnly)
{
    struct Row {
        ContactRevision revision;
        qint64 rowId = 0;
    };
    static const std::string all = "SELECT " + contactRevisionTable().columnList() +
                                   ", p.client_id, p.client_code, r.id FROM contact_revisions r LEFT JOIN "
                                   "contact_people p ON p.revision_id = r.id "
                                   "WHERE r.contact_id = ?1 ORDER BY r.revision";
    static const std::string current =
        "SELECT " + contactRevisionTable().columnList() +
        ", p.client_id, p.client_code, r.id FROM contact_records c "
        "JOIN contact_revisions r ON r.contact_id = c.id AND r.revision = c.current_revision "
        "LEFT JOIN contact_people p ON p.revision_id = r.id WHERE c.id = ?1";
    auto rows = Query(m_db, currentOnly ? current : all, id).all([](const Statement& st) {
        Row row{contactRevisionTable().read(st), 0};
        const int n = contactRevisionTable().readCount();
        if (!st.columnIsNull(n))
            row.revision.fields.client = ClientId(st.columnInt64(n));
        row.revision.fields.clientCode = st.columnText(n + 1);
        row.rowId = st.columnInt64(n + 2);
        return row;
    });
    if (!rows)
        return rows.error();
    static const std::string supplies = contactSupplyTable().select("WHERE s.revision_id = ?1 ORDER BY s.id");
    static const std::string naloxone = contactNaloxoneTable().select("WHERE n.revision_id = ?1 ORDER BY n.id");
    static const std::string checks = contactDrugCheckTable().select("WHERE d.revision_id = ?1 ORDER BY d.id");
    static const std::string overdoses = contactOverdoseTable().select("WHERE o.revision_id = ?1 ORDER BY o.id");
    static const std::string referrals = contactReferralTable().select("WHERE f.revision_id = ?1 ORDER BY f.id");
    QList<ContactRevision> out;
    for (Row& row : rows.value()) {
        ContactDraft& f = row.revision.fields;
        auto s = Query(m_db, supplies, row.rowId).all(contactSupplyTable());
        auto n = Query(m_db, naloxone, row.rowId).all(contactNaloxoneTable());
        auto d = Query(m_db, checks, row.rowId).all(contactDrugCheckTable());
        auto o = Query(m_db, overdoses, row.rowId).all(contactOverdoseTable());
        auto r = Query(m_db, referrals, row.rowId).all(contactReferralTable());
        if (!s || !n || !d || !o || !r)
            return !s ? s.error() : !n ? n.error() : !d ? d.error() : !o ? o.error() : r.error();
        f.supplies = s.value();
        f.naloxone = n.value();
        f.drugChecks = d.value();
        f.overdoses = o.value();
        f.referrals = r.value();
        out.append(row.revision);
    }
    return out;
}

Result<Contact> ContactService::currentContact(ContactId id)
{
    static const std::string sql = contactTable().select("WHERE c.id = ?1");
    auto header = Query(m_db, sql, id).one(contactTable(), Missing{"contact", id});
    if (!header)
        return header.error();
    auto current = revisions(id, true);
    if (!current)
        return current.error();
    if (current->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no contact %1").arg(id.value));
    header->current = current->first();
    return header;
}

Result<Contact> ContactService::contact(ContactId id)
{
    auto c = currentContact(id);
    if (!c)
        return c;
    auto history = revisions(id, false);
    if (!history)
        return history.error();
    c->history = history.value();
    return c;
}

Result<QList<ReferralStatus>> ContactService::referrals(ContactId id)
{
    return Query(m_db,
                 "SELECT f.referral_uuid, f.item_id, f.label, o.outcome, o.recorded_at FROM contact_records c "
                 "JOIN contact_revisions r ON r.contact_id = c.id AND r.revision = c.current_revision "
                 "JOIN contact_referrals f ON f.revision_id = r.id "
                 "LEFT JOIN referral_outcomes o ON o.id = (SELECT max(x.id) FROM referral_outcomes x "
                 "                                         WHERE x.referral_uuid = f.referral_uuid) "
                 "WHERE c.id = ?1 ORDER BY f.id",
                 id)
        .all([](const Statement& st) {
            ReferralStatus s;
            s.referral = QUuid::fromString(st.columnText(0));
            s.type = ContactListItemId(st.columnInt64(1));
            s.label = st.columnText(2);
            if (!st.columnIsNull(3)) {
                s.outcome = fromKey<ReferralOutcome>(st.columnText(3));
                s.outcomeRecordedAt = QDateTime::fromString(st.columnText(4), Qt::ISODateWithMs);
            }
            return s;
        });
}

Result<QList<ContactSummary>> ContactService::contactsOfClient(ClientId client, int limit, int offset)
{
    static const std::string sql = summarySql(
        kCurrentFromPeople, "WHERE p.client_id = ?1 ORDER BY r.occurred_at DESC, r.contact_id DESC LIMIT ?2 OFFSET ?3");
    return Query(m_db, sql, client, std::clamp(limit, 1, kMaxPage), std::max(0, offset)).all(readSummary);
}

Result<QList<ContactSummary>> ContactService::contactsOfCode(const QString& code, int limit, int offset)
{
    static const std::string sql =
        summarySql(kCurrentFromPeople,
                   "WHERE p.client_code = ?1 ORDER BY r.occurred_at DESC, r.contact_id DESC LIMIT ?2 OFFSET ?3");
    return Query(m_db, sql, code, std::clamp(limit, 1, kMaxPage), std::max(0, offset)).all(readSummary);
}

Result<ContactDay> ContactService::day(const QDate& date)
{
    static const std::string sql =
        summarySql(kCurrentFromRevisions,
                   "WHERE r.occurred_on = ?1 AND r.status = 'counted' ORDER BY r.occurred_at DESC, r.contact_id DESC");
    auto rows = Query(m_db, sql, date.toString(Qt::ISODate)).all(readSummary);
    if (!rows)
        return rows.error();
    ContactDay out;
    out.day = date;
    out.contacts = rows.value();
    for (const ContactSummary& s : out.contacts) {
        ContactCounts& n = out.counts;
        ++n.contacts;
        n.anonymous += s.identity == ContactIdentity::Anonymous ? 1 : 0;
        n.coded += s.identity == ContactIdentity::Coded ? 1 : 0;
        n.known += s.identity == ContactIdentity::Known ? 1 : 0;
        n.suppliesGiven += s.suppliesGiven;
        n.naloxoneDoses += s.naloxoneDoses;
        n.drugChecks += s.drugChecks;
        n.overdoses += s.overdoses;
        n.referrals += s.referrals;
    }
    return out;
}

const std::string& ContactService::listSql()
{
    // Driven by contact_revisions_by_day in its order (CROSS JOIN keeps the revisions outermost), so a
    // page reads as many index entries as it needs, whatever the filter.
    static const std::string sql =
        summarySql(kCurrentFromRevisions,
                   "WHERE r.occurred_on BETWEEN ?1 AND ?2 "
                   "AND (r.occurred_on, r.occurred_at, r.contact_id) < (?3, ?4, ?5) "
                   "AND (?6 OR r.status = 'counted') "
                   "AND (?7 IS NULL OR r.identity = ?7) AND (?8 IS NULL OR r.setting = ?8) "
                   "AND (NOT ?9 OR EXISTS (SELECT 1 FROM contact_naloxone x WHERE x.revision_id = r.id)) "
                   "AND (NOT ?10 OR EXISTS (SELECT 1 FROM contact_drug_checks x WHERE x.revision_id = r.id)) "
                   "AND (NOT ?11 OR EXISTS (SELECT 1 FROM contact_overdoses x WHERE x.revision_id = r.id)) "
                   "AND (NOT ?12 OR EXISTS (SELECT 1 FROM contact_referrals x WHERE x.revision_id = r.id)) "
                   "AND (?13 = '' OR instr(lower(p.client_code), lower(?13)) > 0) "
                   "ORDER BY r.occurred_on DESC, r.occurred_at DESC, r.contact_id DESC LIMIT ?14");
    return sql;
}

Result<QList<ContactSummary>> ContactService::list(const ContactFilter& filter)
{
    const QString from = filter.from ? filter.from->toString(Qt::ISODate) : QStringLiteral("0000-01-01");
    const QString to = filter.to ? filter.to->toString(Qt::ISODate) : QStringLiteral("9999-12-31");
    Query q(m_db, listSql(), from, to);
    if (filter.after) {
        q.bind(3, filter.after->occurredOn.toString(Qt::ISODate))
            .bind(4, storedTimestamp(filter.after->occurredAt))
            .bind(5, filter.after->id);
    } else {
        q.bind(3, QStringLiteral("9999-12-31")).bind(4, QStringLiteral("")).bind(5, qint64(0));
    }
    const auto key = [](const auto& v) { return v ? std::optional<QString>(toKey(*v)) : std::nullopt; };
    q.bind(6, filter.includeEnteredInError)
        .bind(7, key(filter.identity))
        .bind(8, key(filter.setting))
        .bind(9, filter.withNaloxone)
        .bind(10, filter.withDrugCheck)
        .bind(11, filter.withOverdose)
        .bind(12, filter.withReferral)
        .bind(13, filter.codeText.trimmed())
        .bind(14, std::clamp(filter.limit, 1, kMaxPage));
    return q.all(readSummary);
}

Result<QList<OpenReferral>> ContactService::referralsWithoutOutcome(int olderThanDays, int lookbackDays)
{
    const QDate today = m_clock.today();
    return Query(m_db,
                 "SELECT f.referral_uuid, c.id, f.label, r.occurred_on, r.identity, p.client_id, p.client_code "
                 "FROM contact_referrals f JOIN contact_revisions r ON r.id = f.revision_id "
                 "JOIN contact_records c ON c.id = r.contact_id AND c.current_revision = r.revision "
                 "LEFT JOIN contact_people p ON p.revision_id = r.id "
                 "WHERE r.occurred_on BETWEEN ?1 AND ?2 AND r.status = 'counted' "
                 "AND NOT EXISTS (SELECT 1 FROM referral_outcomes o WHERE o.referral_uuid = f.referral_uuid) "
                 "ORDER BY r.occurred_on, r.occurred_at, f.id",
                 today.addDays(-std::max(lookbackDays, olderThanDays)).toString(Qt::ISODate),
                 today.addDays(-olderThanDays).toString(Qt::ISODate))
        .all([](const Statement& st) {
            OpenReferral o;
            o.referral = QUuid::fromString(st.columnText(0));
            o.contact = ContactId(st.columnInt64(1));
            o.label = st.columnText(2);
            o.occurredOn = QDate::fromString(st.columnText(3), Qt::ISODate);
            o.identity = fromKey<ContactIdentity>(st.columnText(4)).value_or(ContactIdentity::Anonymous);
            if (!st.columnIsNull(5))
                o.client = ClientId(st.columnInt64(5));
            o.clientCode = st.columnText(6);
            return o;
        });
}

Status ContactService::purgeClient(Database& db, ClientId client)
{
    struct Victim {
        qint64 revision = 0;
        qint64 contact = 0;
    };
    // Earlier revisions first, each contact's current one last: the triggers let an earlier revision go
    // while the current one still names the client.
    auto victims = Query(db,
                         "SELECT r.id, r.contact_id FROM contact_revisions r "
                         "JOIN contact_records c ON c.id = r.contact_id "
                         "WHERE r.id IN (SELECT revision_id FROM contact_people WHERE client_id = ?1) "
                         "   OR r.contact_id IN (SELECT r2.contact_id FROM contact_people p2 "
                         "       JOIN contact_revisions r2 ON r2.id = p2.revision_id "
                         "       JOIN contact_records c2 ON c2.id = r2.contact_id "
                         "        AND c2.current_revision = r2.revision WHERE p2.client_id = ?1) "
                         "ORDER BY r.revision = c.current_revision, r.id",
                         client)
                       .all([](const Statement& st) {
                           return Victim{st.columnInt64(0), st.columnInt64(1)};
                       });
    if (!victims)
        return victims.error();
    if (victims->isEmpty())
        return {};
    auto referralUuids = Query(db,
                               "SELECT DISTINCT f.referral_uuid FROM contact_referrals f "
                               "JOIN contact_revisions r ON r.id = f.revision_id "
                               "WHERE r.id IN (SELECT revision_id FROM contact_people WHERE client_id = ?1) "
                               "   OR r.contact_id IN (SELECT r2.contact_id FROM contact_people p2 "
                               "       JOIN contact_revisions r2 ON r2.id = p2.revision_id "
                               "       JOIN contact_records c2 ON c2.id = r2.contact_id "
                               "        AND c2.current_revision = r2.revision WHERE p2.client_id = ?1)",
                               client)
                             .all(readText);
    if (!referralUuids)
        return referralUuids.error();
    // A revision goes before its person row (which the triggers read); the foreign keys are checked at
    // the end of the purge's transaction.
    if (auto s = db.exec("PRAGMA defer_foreign_keys = ON"); !s)
        return s;
    for (const Victim& v : victims.value()) {
        if (auto s = runEachWithId(db,
                                   {"DELETE FROM contact_supplies WHERE revision_id = ?1",
                                    "DELETE FROM contact_naloxone WHERE revision_id = ?1",
                                    "DELETE FROM contact_drug_checks WHERE revision_id = ?1",
                                    "DELETE FROM contact_overdoses WHERE revision_id = ?1",
                                    "DELETE FROM contact_referrals WHERE revision_id = ?1"},
                                   v.revision);
            !s)
            return s;
    }
    for (const Victim& v : victims.value()) {
        if (auto s = runEachWithId(db, {"DELETE FROM contact_revisions WHERE id = ?1"}, v.revision); !s)
            return s;
    }
    for (const Victim& v : victims.value()) {
        if (auto s = runEachWithId(db, {"DELETE FROM contact_people WHERE revision_id = ?1"}, v.revision); !s)
            return s;
        if (auto s = runEachWithId(db,
                                   {"DELETE FROM contact_records WHERE id = ?1 "
                                    "AND NOT EXISTS (SELECT 1 FROM contact_revisions WHERE contact_id = ?1)"},
                                   v.contact);
            !s)
            return s;
    }
    for (const QString& uuid : referralUuids.value()) {
        if (auto s = Query(db,
                           "DELETE FROM referral_outcomes WHERE referral_uuid = ?1 "
                           "AND NOT EXISTS (SELECT 1 FROM contact_referrals WHERE referral_uuid = ?1)",
                           uuid)
                         .run();
            !s)
            return s;
    }
    return {};
}

} // namespace continuum
