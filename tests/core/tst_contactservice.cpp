// SPDX-License-Identifier: GPL-3.0-or-later
// ContactService and ContactListService: a contact with a known client, a code or no one; every refusal
// names its field and writes nothing (an anonymous contact's note or code is refused, never dropped);
// corrections are revisions with a reason and keep the history; a renamed or retired list item leaves past
// contacts their label; a day's contacts and counts; the Contacts view's filters and pages; referral
// outcomes; audit entries that never hold content (nor a client for an anonymous contact); signals, and
// the workspace forwarding them; the contact preferences.
#include "domain/Domain.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <string>

using namespace continuum;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2024, 5, 6), QTime(15, 0), Qt::UTC);
const QDate kToday(2024, 5, 6);

class Env
{
public:
    Env()
        : m_clock(kNow)
        , m_created(createTestVault(m_tmp.filePath(QStringLiteral("vault"))))
        , m_domain(db(), m_clock)
    {
        m_clock.setToday(kToday);
        if (!m_domain.counselor().setCounselor({QStringLiteral("Jordan Lee"), QStringLiteral("CADC")}))
            qFatal("cannot name the counselor");
    }

    bool isValid() const { return m_tmp.isValid() && m_created.vault && m_created.vault->isOpen(); }
    Database& db() { return m_created.vault->database(); }
    Domain& domain() { return m_domain; }
    ContactService& contacts() { return m_domain.contacts(); }
    ContactListService& lists() { return m_domain.contactLists(); }
    FixedClock& clock() { return m_clock; }

    ClientId addClient(const QString& name)
    {
        Client c;
        c.chosenName = name;
        auto id = m_domain.clients().create(c);
        return id ? id.value() : ClientId();
    }

    ContactListItem item(ContactList list, int index = 0)
    {
        auto items = m_domain.contactLists().items(list);
        return items && items->size() > index ? items->at(index) : ContactListItem();
    }

    qint64 count(const std::string& sql)
    {
        auto n = db().queryInt(sql);
        return n ? n.value() : -1;
    }

    /// What a refusal must leave alone.
    QList<qint64> footprint()
    {
        QList<qint64> out;
        for (const char* t : {"contact_records", "contact_revisions", "contact_people", "contact_supplies",
                              "contact_naloxone", "contact_drug_checks", "contact_overdoses", "contact_referrals",
                              "referral_outcomes", "contact_list_items", "audit_log"})
            out.append(count(std::string("SELECT count(*) FROM ") + t));
        out.append(count("SELECT coalesce(sum(length(label) + position + retired), 0) FROM contact_list_items"));
        return out;
    }

private:
    QTemporaryDir m_tmp;
    FixedClock m_clock;
    Vault::Created m_created;
    Domain m_domain;
};

ContactDraft draftFor(ContactIdentity identity)
{
    ContactDraft d;
    d.identity = identity;
    return d;
}

/// A draft with one of everything, labels left for the service to fill.
ContactDraft richDraft(Env& env, ContactIdentity identity, std::optional<ClientId> client = {},
                       const QString& code = {})
{
    ContactDraft d;
    d.identity = identity;
    d.client = client;
    d.clientCode = code;
    d.occurredAt = kNow.addSecs(-1800);
    d.setting = ContactSetting::Outreach;
    d.durationMinutes = 10;
    d.naloxoneShown = true;
    d.note = identity == ContactIdentity::Anonymous ? QString() : QStringLiteral("asked about wound care");
    d.supplies = {{env.item(ContactList::Supply, 0).id, 20, {}}, {env.item(ContactList::Supply, 1).id, 5, {}}};
    d.naloxone = {{env.item(ContactList::NaloxoneProduct, 0).id, 2, 1, {}, 0}}; // 2 kits x 2 + 1 = 5 doses
    DrugCheck check;
    check.method = env.item(ContactList::CheckingMethod, 0).id;
    check.expected = QStringLiteral("down");
    check.result = DrugCheckResult::Positive;
    check.planWords = QStringLiteral("I'll go slow and keep my kit out");
    check.planUseLess = true;
    check.planNaloxoneNear = true;
    d.drugChecks = {check};
    d.overdoses = {{OverdoseWhose::Witnessed, kToday.addDays(-3), 2, true, OverdoseOutcome::Survived}};
    d.referrals = {{env.item(ContactList::ReferralType, 4).id, {}, {}}};
    return d;
}

QString failureText(const Status& s)
{
    return s.ok() ? QStringLiteral("accepted")
                  : fieldName(s.error().field) + QLatin1Char('/') + validationReasonName(s.error().reason) +
                        QStringLiteral(": ") + s.error().detail;
}

template<typename T>
QString failureText(const Result<T>& r)
{
    return r.ok() ? QStringLiteral("accepted") : failureText(Status(r.error()));
}

} // namespace

class TestContactService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void recordsEachIdentity_data()
    {
        QTest::addColumn<int>("identity");
        QTest::addRow("known") << int(ContactIdentity::Known);
        QTest::addRow("coded") << int(ContactIdentity::Coded);
        QTest::addRow("anonymous") << int(ContactIdentity::Anonymous);
    }

    // Stored and read back whole, labels and doses per kit filled from the lists; the audit entry names the
    // client only for a known contact and holds no content; the signal says whose contact it is.
    void recordsEachIdentity()
    {
        QFETCH(int, identity);
        const auto kind = ContactIdentity(identity);
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        QSignalSpy changed(&env.contacts(), &ContactService::contactChanged);
        const ContactDraft draft =
            richDraft(env, kind, kind == ContactIdentity::Known ? std::optional(rae) : std::nullopt,
                      kind == ContactIdentity::Coded ? QStringLiteral("JD-1985") : QString());
        auto id = env.contacts().record(draft);
        QVERIFY2(id.ok(), qPrintable(failureText(id)));
        auto contact = env.contacts().contact(id.value());
        QVERIFY2(contact.ok(), qPrintable(contact.error().detail));
        const ContactRevision& r = contact->current;
        QCOMPARE(r.number, 1);
        QCOMPARE(contact->history.size(), 1);
        QCOMPARE(r.status, ContactStatus::Counted);
        QCOMPARE(r.occurredOn, kToday);
        QCOMPARE(r.revisedBy, QStringLiteral("Jordan Lee, CADC"));
        QCOMPARE(contact->createdBy, QStringLiteral("Jordan Lee, CADC"));
        QCOMPARE(r.fields.identity, kind);
        QCOMPARE(r.fields.client, draft.client);
        QCOMPARE(r.fields.clientCode, draft.clientCode);
        QCOMPARE(r.fields.occurredAt, draft.occurredAt);
        QCOMPARE(r.fields.setting, draft.setting);
        QCOMPARE(r.fields.durationMinutes, draft.durationMinutes);
        QCOMPARE(r.fields.naloxoneShown, draft.naloxoneShown);
        QCOMPARE(r.fields.note, draft.note);
        QCOMPARE(r.fields.supplies.size(), 2);
        QCOMPARE(r.fields.supplies.at(0).label, QStringLiteral("Syringes"));
        QCOMPARE(r.fields.supplies.at(0).quantity, 20);
        QCOMPARE(r.fields.supplies.at(1).label, QStringLiteral("Cookers"));
        QCOMPARE(r.fields.naloxone.size(), 1);
        QCOMPARE(r.fields.naloxone.at(0).label, QStringLiteral("Nasal 4 mg"));
        QCOMPARE(r.fields.naloxone.at(0).dosesPerKit, 2);
        QCOMPARE(r.fields.naloxone.at(0).doses(), 5);
        QCOMPARE(r.fields.drugChecks.size(), 1);
        DrugCheck expectedCheck = draft.drugChecks.first();
        expectedCheck.label = QStringLiteral("Fentanyl test strip");
        QCOMPARE(r.fields.drugChecks.first(), expectedCheck);
        QCOMPARE(r.fields.overdoses, draft.overdoses);
        QVERIFY(r.fields.overdoses.first().isReversal());
        QCOMPARE(r.fields.referrals.size(), 1);
        QCOMPARE(r.fields.referrals.first().label, QStringLiteral("Housing"));
        QVERIFY(!r.fields.referrals.first().referral.isNull());

        QCOMPARE(changed.count(), 1);
        const ClientId announced = changed.first().at(0).value<ClientId>();
        QCOMPARE(announced, kind == ContactIdentity::Known ? rae : ClientId());
        QCOMPARE(changed.first().at(1).value<ContactId>(), id.value());

        auto audit = env.domain().audit().entries(0, 1);
        QVERIFY(audit && audit->size() == 1);
        const AuditEntry& e = audit->first();
        QCOMPARE(e.action, QStringLiteral("create-contact"));
        QCOMPARE(e.recordType, QStringLiteral("contact"));
        QCOMPARE(e.recordUuid, contact->uuid);
        QCOMPARE(e.clientId, kind == ContactIdentity::Known ? std::optional(rae) : std::nullopt);
        QCOMPARE(e.detail, QStringLiteral("revision 1"));
        QCOMPARE(e.actor, QStringLiteral("Jordan Lee"));
    }

    // Only the moment is needed, and it defaults to now (the counselor's today as its date).
    void onlyTheMomentIsNeeded()
    {
        Env env;
        QVERIFY(env.isValid());
        auto id = env.contacts().record(ContactDraft{});
        QVERIFY2(id.ok(), qPrintable(failureText(id)));
        auto c = env.contacts().contact(id.value());
        QVERIFY(c.ok());
        QCOMPARE(c->current.fields.identity, ContactIdentity::Anonymous);
        QCOMPARE(c->current.fields.occurredAt, std::optional<QDateTime>(kNow));
        QCOMPARE(c->current.occurredOn, kToday);
        QVERIFY(!c->current.fields.setting && !c->current.fields.durationMinutes && !c->current.fields.naloxoneShown);
        QCOMPARE(env.count("SELECT count(*) FROM contact_people"), 0);
        // a clock a few minutes ahead is not the future; the limits of a duration hold; no cap on quantities
        ContactDraft edge;
        edge.occurredAt = kNow.addSecs(4 * 60);
        edge.durationMinutes = 1440;
        edge.supplies = {{env.item(ContactList::Supply).id, 100000, {}}};
        edge.naloxone = {{env.item(ContactList::NaloxoneProduct).id, 0, 1, {}, 0}};
        QVERIFY2(env.contacts().record(edge).ok(), qPrintable(failureText(env.contacts().record(edge))));
        edge.durationMinutes = 1;
        QVERIFY(env.contacts().record(edge).ok());
    }

    // Every rule refuses with its field and reason, and writes nothing at all.
    void refusals()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        const ClientId gone = env.addClient(QStringLiteral("Ari"));
        QVERIFY(env.domain().clients().setStatus(gone, ClientStatus::Archived).ok());
        const ContactListItem retired = env.item(ContactList::Supply, 10);
        QVERIFY(env.lists().setRetired(retired.id, true).ok());
        const ContactListItemId supply = env.item(ContactList::Supply).id;
        const ContactListItemId product = env.item(ContactList::NaloxoneProduct).id;
        const ContactListItemId method = env.item(ContactList::CheckingMethod).id;
        const ContactListItemId referral = env.item(ContactList::ReferralType).id;
        struct Case {
            const char* name;
            std::function<void(ContactDraft&)> change;
            FieldReason expected;
        };
        using F = Field;
        using R = ValidationReason;
        const Case cases[] = {
            {"known without a client",
             [](ContactDraft& d) { d.identity = ContactIdentity::Known; },
             {F::Client, R::Required}},
            {"known with a code",
             [&](ContactDraft& d) {
                 d.identity = ContactIdentity::Known;
                 d.client = rae;
                 d.clientCode = QStringLiteral("R1");
             },
             {F::ClientCode, R::NotApplicable}},
            {"known, no such client",
             [](ContactDraft& d) {
                 d.identity = ContactIdentity::Known;
                 d.client = ClientId(999);
             },
             {F::Client, R::NoSuchRecord}},
            {"known, archived",
             [&](ContactDraft& d) {
                 d.identity = ContactIdentity::Known;
                 d.client = gone;
             },
             {F::Client, R::Archived}},
            {"coded with a client",
             [&](ContactDraft& d) {
                 d.identity = ContactIdentity::Coded;
                 d.client = rae;
                 d.clientCode = QStringLiteral("R1");
             },
             {F::Client, R::NotApplicable}},
            {"coded without a code",
             [](ContactDraft& d) { d.identity = ContactIdentity::Coded; },
             {F::ClientCode, R::Required}},
            {"coded, blank code",
             [](ContactDraft& d) {
                 d.identity = ContactIdentity::Coded;
                 d.clientCode = QStringLiteral("   ");
             },
             {F::ClientCode, R::Required}},
            {"coded, space at the start",
             [](ContactDraft& d) {
                 d.identity = ContactIdentity::Coded;
                 d.clientCode = QStringLiteral(" JD85");
             },
             {F::ClientCode, R::SpacesAtEnds}},
            {"coded, space at the end",
             [](ContactDraft& d) {
                 d.identity = ContactIdentity::Coded;
                 d.clientCode = QStringLiteral("JD85 ");
             },
             {F::ClientCode, R::SpacesAtEnds}},
            {"coded, 41 characters",
             [](ContactDraft& d) {
                 d.identity = ContactIdentity::Coded;
                 d.clientCode = QString(41, QLatin1Char('x'));
             },
             {F::ClientCode, R::TooLong}},
            {"anonymous with a note",
             [](ContactDraft& d) { d.note = QStringLiteral("talked about housing"); },
             {F::ContactNote, R::NotApplicable}},
            {"anonymous with a code",
             [](ContactDraft& d) { d.clientCode = QStringLiteral("JD85"); },
             {F::ClientCode, R::NotApplicable}},
            {"anonymous with a client", [&](ContactDraft& d) { d.client = rae; }, {F::Client, R::NotApplicable}},
            {"note too long",
             [](ContactDraft& d) {
                 d.identity = ContactIdentity::Coded;
                 d.clientCode = QStringLiteral("JD85");
                 d.note = QString(ContactService::kMaxNote + 1, QLatin1Char('n'));
             },
             {F::ContactNote, R::TooLong}},
            {"in the future",
             [](ContactDraft& d) { d.occurredAt = kNow.addSecs(6 * 60); },
             {F::ContactTime, R::InTheFuture}},
            {"no real time", [](ContactDraft& d) { d.occurredAt = QDateTime(); }, {F::ContactTime, R::NotPlausible}},
            {"long ago",
             [](ContactDraft& d) { d.occurredAt = QDateTime(QDate(1999, 12, 31), QTime(9, 0), Qt::UTC); },
             {F::ContactTime, R::NotPlausible}},
            {"duration 0", [](ContactDraft& d) { d.durationMinutes = 0; }, {F::DurationMinutes, R::OutOfRange}},
            {"duration 1441", [](ContactDraft& d) { d.durationMinutes = 1441; }, {F::DurationMinutes, R::OutOfRange}},
            {"supply quantity 0",
             [&](ContactDraft& d) {
                 d.supplies = {{supply, 0, {}}};
             },
             {F::Supplies, R::OutOfRange}},
            {"supply from another list",
             [&](ContactDraft& d) {
                 d.supplies = {{product, 1, {}}};
             },
             {F::Supplies, R::NotInList}},
            {"no such supply",
             [](ContactDraft& d) {
                 d.supplies = {{ContactListItemId(9999), 1, {}}};
             },
             {F::Supplies, R::NotInList}},
            {"retired supply",
             [&](ContactDraft& d) {
                 d.supplies = {{retired.id, 1, {}}};
             },
             {F::Supplies, R::Retired}},
            {"naloxone, nothing given",
             [&](ContactDraft& d) {
                 d.naloxone = {{product, 0, 0, {}, 0}};
             },
             {F::Naloxone, R::OutOfRange}},
            {"naloxone, kits below 0",
             [&](ContactDraft& d) {
                 d.naloxone = {{product, -1, 3, {}, 0}};
             },
             {F::Naloxone, R::OutOfRange}},
            {"naloxone from the supplies",
             [&](ContactDraft& d) {
                 d.naloxone = {{supply, 1, 0, {}, 0}};
             },
             {F::Naloxone, R::NotInList}},
            {"drug check with a referral type",
             [&](ContactDraft& d) {
                 DrugCheck c;
                 c.method = referral;
                 d.drugChecks = {c};
             },
             {F::DrugChecks, R::NotInList}},
            {"drug check, expected too long",
             [&](ContactDraft& d) {
                 DrugCheck c;
                 c.method = method;
                 c.expected = QString(ContactService::kMaxText + 1, QLatin1Char('e'));
                 d.drugChecks = {c};
             },
             {F::DrugChecks, R::TooLong}},
            {"overdose, doses below 0",
             [](ContactDraft& d) {
                 d.overdoses = {{OverdoseWhose::Own, std::nullopt, -1, std::nullopt, std::nullopt}};
             },
             {F::Overdoses, R::OutOfRange}},
            {"overdose after today",
             [](ContactDraft& d) {
                 d.overdoses = {{OverdoseWhose::Own, kToday.addDays(1), std::nullopt, std::nullopt, std::nullopt}};
             },
             {F::Overdoses, R::InTheFuture}},
            {"referral with a method",
             [&](ContactDraft& d) {
                 d.referrals = {{method, {}, {}}};
             },
             {F::Referrals, R::NotInList}},
            {"referral not of this contact",
             [&](ContactDraft& d) {
                 d.referrals = {{referral, QUuid::createUuid(), {}}};
             },
             {F::Referrals, R::NoSuchRecord}},
        };
        const QList<qint64> before = env.footprint();
        for (const Case& c : cases) {
            ContactDraft d;
            c.change(d);
            auto id = env.contacts().record(d);
            QVERIFY2(!id.ok(), c.name);
            QCOMPARE(id.code(), ErrorCode::Validation);
            QVERIFY2(id.error().failure() == c.expected,
                     qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + failureText(id)));
            QCOMPARE(env.footprint(), before);
        }
        // the same pieces, each made right, are accepted (so each case above failed for its own reason)
        ContactDraft fine;
        fine.supplies = {{supply, 1, {}}};
        fine.naloxone = {{product, 0, 1, {}, 0}};
        DrugCheck check;
        check.method = method;
        fine.drugChecks = {check};
        fine.overdoses = {{OverdoseWhose::Own, kToday, 0, std::nullopt, std::nullopt}};
        fine.referrals = {{referral, {}, {}}};
        QVERIFY2(env.contacts().record(fine).ok(), qPrintable(failureText(env.contacts().record(fine))));
    }

    // A correction is a new revision with a reason; the first stays as it was. Without a reason, with
    // nothing changed, or on a contact entered in error it is refused and writes nothing.
    void correctionsKeepTheHistory()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        const ClientId sam = env.addClient(QStringLiteral("Sam"));
        auto id = env.contacts().record(richDraft(env, ContactIdentity::Known, rae));
        QVERIFY(id.ok());
        const Contact first = env.contacts().contact(id.value()).value();
        QSignalSpy changed(&env.contacts(), &ContactService::contactChanged);

        ContactDraft same = first.current.fields;
        const QList<qint64> before = env.footprint();
        QCOMPARE(env.contacts().correct(id.value(), same, QStringLiteral("checking")).error().failure(),
                 (FieldReason{Field::ContactCorrection, ValidationReason::NothingChanged}));
        ContactDraft changedDraft = same;
        changedDraft.client = sam;
        changedDraft.supplies[0].quantity = 30;
        changedDraft.referrals.append({env.item(ContactList::ReferralType, 0).id, {}, {}});
        QCOMPARE(env.contacts().correct(id.value(), changedDraft, QStringLiteral("  ")).error().failure(),
                 (FieldReason{Field::CorrectionReason, ValidationReason::NeedsReason}));
        QCOMPARE(env.contacts()
                     .correct(id.value(), changedDraft, QString(ContactService::kMaxReason + 1, QLatin1Char('r')))
                     .error()
                     .failure(),
                 (FieldReason{Field::CorrectionReason, ValidationReason::TooLong}));
        QCOMPARE(env.contacts().correct(ContactId(999), changedDraft, QStringLiteral("x")).code(), ErrorCode::NotFound);
        QCOMPARE(env.footprint(), before);
        QCOMPARE(changed.count(), 0);

        const Status corrected = env.contacts().correct(id.value(), changedDraft, QStringLiteral("it was Sam"));
        QVERIFY2(corrected.ok(), qPrintable(failureText(corrected)));
        auto now = env.contacts().contact(id.value());
        QVERIFY(now.ok());
        QCOMPARE(now->history.size(), 2);
        QCOMPARE(now->history.first(), first.current);
        QCOMPARE(now->current.number, 2);
        QCOMPARE(now->current.reason, QStringLiteral("it was Sam"));
        QCOMPARE(now->current.fields.client, std::optional(sam));
        QCOMPARE(now->current.fields.supplies.first().quantity, 30);
        // the referral kept its id across the correction; the new one got its own
        QCOMPARE(now->current.fields.referrals.size(), 2);
        QCOMPARE(now->current.fields.referrals.first().referral, first.current.fields.referrals.first().referral);
        QVERIFY(!now->current.fields.referrals.last().referral.isNull());
        // both people's pages hear of it
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).value<ClientId>(), rae);
        QCOMPARE(changed.at(1).at(0).value<ClientId>(), sam);
        QCOMPARE(env.contacts().contactsOfClient(rae)->size(), 0);
        QCOMPARE(env.contacts().contactsOfClient(sam)->size(), 1);
        auto audit = env.domain().audit().entries(0, 1);
        QCOMPARE(audit->first().action, QStringLiteral("correct-contact"));
        QCOMPARE(audit->first().clientId, std::optional(sam));
        QCOMPARE(audit->first().detail, QStringLiteral("revision 2"));

        // a correction to anonymous must drop the note and the client itself: never dropped silently
        ContactDraft anonymous = now->current.fields;
        anonymous.identity = ContactIdentity::Anonymous;
        anonymous.client.reset();
        QCOMPARE(env.contacts().correct(id.value(), anonymous, QStringLiteral("no name")).error().failure(),
                 (FieldReason{Field::ContactNote, ValidationReason::NotApplicable}));
        anonymous.note.clear();
        QVERIFY(env.contacts().correct(id.value(), anonymous, QStringLiteral("no name")).ok());
        auto audit3 = env.domain().audit().entries(0, 1);
        QCOMPARE(audit3->first().clientId, std::optional<ClientId>());

        // entered in error: a revision that keeps everything and no longer counts
        QCOMPARE(env.contacts().markEnteredInError(id.value(), QString()).error().failure(),
                 (FieldReason{Field::CorrectionReason, ValidationReason::NeedsReason}));
        QVERIFY(env.contacts().markEnteredInError(id.value(), QStringLiteral("recorded twice")).ok());
        auto marked = env.contacts().contact(id.value());
        QCOMPARE(marked->current.number, 4);
        QCOMPARE(marked->current.status, ContactStatus::EnteredInError);
        QCOMPARE(marked->current.fields, marked->history.at(2).fields);
        QCOMPARE(env.domain().audit().entries(0, 1)->first().detail, QStringLiteral("revision 4: entered in error"));
        const QList<qint64> afterMark = env.footprint();
        QCOMPARE(env.contacts().markEnteredInError(id.value(), QStringLiteral("again")).error().failure(),
                 (FieldReason{Field::ContactCorrection, ValidationReason::AlreadyDone}));
        QCOMPARE(env.contacts()
                     .correct(id.value(), richDraft(env, ContactIdentity::Anonymous), QStringLiteral("x"))
                     .error()
                     .failure(),
                 (FieldReason{Field::ContactCorrection, ValidationReason::AlreadyDone}));
        QCOMPARE(env.footprint(), afterMark);
        QCOMPARE(env.contacts().day(kToday)->counts.contacts, 0);
    }

    // A renamed item (funders now say "overdose reversal medications") or a new number of doses per kit
    // changes new contacts only; a correction that copies an old row keeps the old label, even once the
    // item is retired; a new row takes the item as it is now.
    void listEditsNeverRewriteThePast()
    {
        Env env;
        QVERIFY(env.isValid());
        const ContactListItem nasal = env.item(ContactList::NaloxoneProduct);
        const ContactListItem syringes = env.item(ContactList::Supply);
        ContactDraft d = draftFor(ContactIdentity::Anonymous);
        d.naloxone = {{nasal.id, 1, 0, {}, 0}};
        d.supplies = {{syringes.id, 10, {}}};
        auto old = env.contacts().record(d);
        QVERIFY(old.ok());
        QVERIFY(env.lists().rename(nasal.id, QStringLiteral("Overdose reversal medication, nasal 4 mg")).ok());
        QVERIFY(env.lists().setDosesPerKit(nasal.id, 1).ok());
        QVERIFY(env.lists().rename(syringes.id, QStringLiteral("Needles and syringes")).ok());
        QVERIFY(env.lists().setRetired(syringes.id, true).ok());

        auto past = env.contacts().contact(old.value());
        QCOMPARE(past->current.fields.naloxone.first().label, QStringLiteral("Nasal 4 mg"));
        QCOMPARE(past->current.fields.naloxone.first().doses(), 2);
        QCOMPARE(past->current.fields.supplies.first().label, QStringLiteral("Syringes"));

        ContactDraft copy = past->current.fields;
        copy.durationMinutes = 5;
        QVERIFY2(env.contacts().correct(old.value(), copy, QStringLiteral("length")).ok(),
                 qPrintable(failureText(env.contacts().correct(old.value(), copy, QStringLiteral("length")))));
        auto corrected = env.contacts().contact(old.value());
        QCOMPARE(corrected->current.fields.naloxone.first().label, QStringLiteral("Nasal 4 mg"));
        QCOMPARE(corrected->current.fields.naloxone.first().doses(), 2);
        QCOMPARE(corrected->current.fields.supplies.first().label, QStringLiteral("Syringes"));

        // a row changed in a correction is recorded as the item is now
        ContactDraft more = corrected->current.fields;
        more.naloxone.first().kits = 2;
        QVERIFY(env.contacts().correct(old.value(), more, QStringLiteral("two kits")).ok());
        auto latest = env.contacts().contact(old.value());
        QCOMPARE(latest->current.fields.naloxone.first().label,
                 QStringLiteral("Overdose reversal medication, nasal 4 mg"));
        QCOMPARE(latest->current.fields.naloxone.first().doses(), 2);
        QCOMPARE(latest->history.first().fields.naloxone.first().label, QStringLiteral("Nasal 4 mg"));

        ContactDraft fresh = draftFor(ContactIdentity::Anonymous);
        fresh.naloxone = {{nasal.id, 3, 0, {}, 0}};
        auto newer = env.contacts().record(fresh);
        QVERIFY(newer.ok());
        QCOMPARE(env.contacts().contact(newer.value())->current.fields.naloxone.first().doses(), 3);
        fresh.supplies = {{syringes.id, 1, {}}};
        QCOMPARE(env.contacts().record(fresh).error().failure(),
                 (FieldReason{Field::Supplies, ValidationReason::Retired}));
        QVERIFY(env.lists().setRetired(syringes.id, false).ok());
        auto back = env.contacts().record(fresh);
        QVERIFY(back.ok());
        QCOMPARE(env.contacts().contact(back.value())->current.fields.supplies.first().label,
                 QStringLiteral("Needles and syringes"));
    }

    // Today: the day's counted contacts, newest first, and their counts.
    void aDaysContactsAndCounts()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        ContactService& contacts = env.contacts();
        QVERIFY(contacts.record(richDraft(env, ContactIdentity::Known, rae)).ok()); // 25 supplies, 5 doses
        QVERIFY(contacts.record(richDraft(env, ContactIdentity::Coded, {}, QStringLiteral("A1"))).ok());
        auto anon = contacts.record(richDraft(env, ContactIdentity::Anonymous));
        QVERIFY(anon.ok());
        ContactDraft quick = draftFor(ContactIdentity::Anonymous);
        quick.occurredAt = kNow.addSecs(-60);
        auto latest = contacts.record(quick);
        QVERIFY(latest.ok());
        ContactDraft yesterday = richDraft(env, ContactIdentity::Anonymous);
        yesterday.occurredAt = QDateTime(kToday.addDays(-1), QTime(12, 0), Qt::UTC);
        QVERIFY(contacts.record(yesterday).ok());
        auto wrong = contacts.record(richDraft(env, ContactIdentity::Anonymous));
        QVERIFY(wrong.ok());
        QVERIFY(contacts.markEnteredInError(wrong.value(), QStringLiteral("twice")).ok());
        // a corrected contact counts once, as it is now
        ContactDraft fewer = contacts.contact(anon.value())->current.fields;
        fewer.supplies.removeLast();
        QVERIFY(contacts.correct(anon.value(), fewer, QStringLiteral("five cookers were not given")).ok());

        auto day = contacts.day(kToday);
        QVERIFY(day.ok());
        QCOMPARE(day->contacts.size(), 4);
        QCOMPARE(day->contacts.first().id, latest.value());
        ContactCounts expected;
        expected.contacts = 4;
        expected.anonymous = 2;
        expected.coded = 1;
        expected.known = 1;
        expected.suppliesGiven = 25 + 25 + 20;
        expected.naloxoneDoses = 15;
        expected.drugChecks = 3;
        expected.overdoses = 3;
        expected.referrals = 3;
        QCOMPARE(day->counts, expected);
        QCOMPARE(day->contacts.last().clientName, QStringLiteral("Rae"));
        QCOMPARE(contacts.day(kToday.addDays(-1))->counts.contacts, 1);
        QCOMPARE(contacts.day(kToday.addDays(1))->counts, ContactCounts{});
    }

    // The Contacts view: every filter, newest first, and pages that join up without gaps or repeats.
    void contactsViewFiltersAndPages()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        ContactService& contacts = env.contacts();
        QList<ContactId> all; // oldest first
        for (int i = 0; i < 30; ++i) {
            const auto identity = i % 3 == 0   ? ContactIdentity::Known
                                  : i % 3 == 1 ? ContactIdentity::Coded
                                               : ContactIdentity::Anonymous;
            ContactDraft d = draftFor(identity);
            if (identity == ContactIdentity::Known)
                d.client = rae;
            if (identity == ContactIdentity::Coded)
                d.clientCode = i % 2 ? QStringLiteral("JD-19%1").arg(i) : QStringLiteral("MK-%1").arg(i);
            // two contacts a day, ten minutes apart, the same minute on some days
            d.occurredAt = QDateTime(kToday.addDays(-14 + i / 2), QTime(10, i % 2 ? 10 : 0), Qt::UTC);
            d.setting = i % 2 ? ContactSetting::DropIn : ContactSetting::Outreach;
            if (i % 4 == 0)
                d.naloxone = {{env.item(ContactList::NaloxoneProduct).id, 1, 0, {}, 0}};
            if (i % 5 == 0) {
                DrugCheck c;
                c.method = env.item(ContactList::CheckingMethod).id;
                d.drugChecks = {c};
            }
            if (i % 7 == 0)
                d.overdoses = {{OverdoseWhose::Own, std::nullopt, std::nullopt, std::nullopt, std::nullopt}};
            if (i % 6 == 0)
                d.referrals = {{env.item(ContactList::ReferralType).id, {}, {}}};
            auto id = contacts.record(d);
            QVERIFY2(id.ok(), qPrintable(failureText(id)));
            all.append(id.value());
        }
        QVERIFY(contacts.markEnteredInError(all.at(29), QStringLiteral("wrong day")).ok());
        const auto ids = [](const QList<ContactSummary>& rows) {
            QList<qint64> out;
            for (const ContactSummary& s : rows)
                out.append(s.id.value);
            return out;
        };
        const auto expectedIds = [&](const std::function<bool(int)>& keep) {
            QList<qint64> out;
            for (int i = 28; i >= 0; --i) {
                if (keep(i))
                    out.append(all.at(i).value);
            }
            return out;
        };
        ContactFilter f;
        f.limit = 100;
        QCOMPARE(ids(contacts.list(f).value()), expectedIds([](int) { return true; }));
        f.includeEnteredInError = true;
        QCOMPARE(contacts.list(f)->size(), 30);
        QCOMPARE(contacts.list(f)->first().status, ContactStatus::EnteredInError);
        f.includeEnteredInError = false;

        ContactFilter byIdentity = f;
        byIdentity.identity = ContactIdentity::Coded;
        QCOMPARE(ids(contacts.list(byIdentity).value()), expectedIds([](int i) { return i % 3 == 1; }));
        ContactFilter bySetting = f;
        bySetting.setting = ContactSetting::Outreach;
        QCOMPARE(ids(contacts.list(bySetting).value()), expectedIds([](int i) { return i % 2 == 0; }));
        ContactFilter naloxone = f;
        naloxone.withNaloxone = true;
        QCOMPARE(ids(contacts.list(naloxone).value()), expectedIds([](int i) { return i % 4 == 0; }));
        ContactFilter checks = f;
        checks.withDrugCheck = true;
        QCOMPARE(ids(contacts.list(checks).value()), expectedIds([](int i) { return i % 5 == 0; }));
        ContactFilter overdoses = f;
        overdoses.withOverdose = true;
        QCOMPARE(ids(contacts.list(overdoses).value()), expectedIds([](int i) { return i % 7 == 0; }));
        ContactFilter referrals = f;
        referrals.withReferral = true;
        QCOMPARE(ids(contacts.list(referrals).value()), expectedIds([](int i) { return i % 6 == 0; }));
        ContactFilter code = f;
        code.codeText = QStringLiteral("jd-");
        QCOMPARE(ids(contacts.list(code).value()), expectedIds([](int i) { return i % 3 == 1 && i % 2; }));
        ContactFilter period = f;
        period.from = kToday.addDays(-10);
        period.to = kToday.addDays(-8);
        QCOMPARE(ids(contacts.list(period).value()), expectedIds([](int i) { return i / 2 >= 4 && i / 2 <= 6; }));
        ContactFilter combined = f;
        combined.identity = ContactIdentity::Known;
        combined.withNaloxone = true;
        combined.setting = ContactSetting::Outreach;
        QCOMPARE(ids(contacts.list(combined).value()), expectedIds([](int i) { return i % 12 == 0; }));

        // pages of 7, each after the last line of the one before
        QList<qint64> paged;
        ContactFilter page = f;
        page.limit = 7;
        for (int n = 0; n < 10; ++n) {
            auto rows = contacts.list(page);
            QVERIFY(rows.ok());
            paged += ids(rows.value());
            if (rows->size() < page.limit)
                break;
            const ContactSummary& last = rows->last();
            page.after = ContactCursor{last.occurredOn, last.occurredAt, last.id};
        }
        QCOMPARE(paged, expectedIds([](int) { return true; }));

        auto ofRae = contacts.contactsOfClient(rae);
        QCOMPARE(ids(ofRae.value()), expectedIds([](int i) { return i % 3 == 0; }));
        auto ofCode = contacts.contactsOfCode(QStringLiteral("JD-19")); // a code is matched whole
        QCOMPARE(ofCode->size(), 0);
        auto ofCode19 = contacts.contactsOfCode(QStringLiteral("JD-1925"));
        QCOMPARE(ids(ofCode19.value()), QList<qint64>{all.at(25).value});
        QCOMPARE(ofCode19->first().clientCode, QStringLiteral("JD-1925"));
    }

    // What came of a referral: the latest counts; an unknown referral is refused; referrals past 30 days
    // with no outcome are listed until one is recorded.
    void referralOutcomes()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        ContactService& contacts = env.contacts();
        ContactDraft old = richDraft(env, ContactIdentity::Known, rae);
        old.occurredAt = QDateTime(kToday.addDays(-31), QTime(12, 0), Qt::UTC);
        old.overdoses.clear();
        auto oldId = contacts.record(old);
        ContactDraft anon = richDraft(env, ContactIdentity::Anonymous);
        anon.occurredAt = QDateTime(kToday.addDays(-40), QTime(12, 0), Qt::UTC);
        anon.overdoses.clear();
        auto anonId = contacts.record(anon);
        ContactDraft recent = richDraft(env, ContactIdentity::Anonymous);
        recent.occurredAt = QDateTime(kToday.addDays(-10), QTime(12, 0), Qt::UTC);
        auto recentId = contacts.record(recent);
        QVERIFY(oldId && anonId && recentId);

        auto open = contacts.referralsWithoutOutcome();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).contact, anonId.value());
        QCOMPARE(open->at(0).client, std::optional<ClientId>());
        QCOMPARE(open->at(1).contact, oldId.value());
        QCOMPARE(open->at(1).client, std::optional(rae));
        QCOMPARE(open->at(1).label, QStringLiteral("Housing"));

        const QList<qint64> before = env.footprint();
        QCOMPARE(contacts.recordReferralOutcome(QUuid::createUuid(), ReferralOutcome::Connected).error().failure(),
                 (FieldReason{Field::Referrals, ValidationReason::NoSuchRecord}));
        QCOMPARE(env.footprint(), before);

        QSignalSpy changed(&contacts, &ContactService::contactChanged);
        const QUuid raeReferral = open->at(1).referral;
        QVERIFY(contacts.recordReferralOutcome(raeReferral, ReferralOutcome::StillWaiting).ok());
        env.clock().advanceSecs(60);
        QVERIFY(contacts.recordReferralOutcome(raeReferral, ReferralOutcome::Connected).ok());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).value<ClientId>(), rae);
        auto statuses = contacts.referrals(oldId.value());
        QVERIFY(statuses.ok());
        QCOMPARE(statuses->size(), 1);
        QCOMPARE(statuses->first().outcome, std::optional(ReferralOutcome::Connected));
        QCOMPARE(statuses->first().outcomeRecordedAt, std::optional(kNow.addSecs(60)));
        QCOMPARE(contacts.referralsWithoutOutcome()->size(), 1);
        QVERIFY(contacts.recordReferralOutcome(open->at(0).referral, ReferralOutcome::Declined).ok());
        QCOMPARE(contacts.referralsWithoutOutcome()->size(), 0);
        auto audit = env.domain().audit().entries(0, 3);
        QCOMPARE(audit->at(0).action, QStringLiteral("record-referral-outcome"));
        QCOMPARE(audit->at(0).clientId, std::optional<ClientId>());
        QCOMPARE(audit->at(0).detail, QString());
        QCOMPARE(audit->at(1).clientId, std::optional(rae));
        QCOMPARE(audit->at(1).recordUuid, raeReferral);
    }

    // The agency's lists: add, rename, retire, reorder, doses per kit; each refusal names its field and
    // changes nothing; each edit is audited without its words.
    void editingTheLists()
    {
        Env env;
        QVERIFY(env.isValid());
        ContactListService& lists = env.lists();
        QSignalSpy changed(&lists, &ContactListService::listChanged);
        auto added = lists.add(ContactList::Supply, QStringLiteral("  Socks  "));
        QVERIFY2(added.ok(), qPrintable(failureText(added)));
        auto supplies = lists.items(ContactList::Supply);
        QCOMPARE(supplies->size(), 12);
        QCOMPARE(supplies->last().label, QStringLiteral("Socks"));
        QCOMPARE(supplies->last().dosesPerKit, std::optional<int>());
        QCOMPARE(changed.count(), 1);
        auto product = lists.add(ContactList::NaloxoneProduct, QStringLiteral("Nasal 3 mg"));
        QVERIFY(product.ok());
        QCOMPARE(lists.item(product.value())->dosesPerKit, std::optional(1));

        const QList<qint64> before = env.footprint();
        using R = ValidationReason;
        QCOMPARE(lists.add(ContactList::Supply, QStringLiteral("  ")).error().failure(),
                 (FieldReason{Field::ListLabel, R::Required}));
        QCOMPARE(lists.add(ContactList::Supply, QString(81, QLatin1Char('l'))).error().failure(),
                 (FieldReason{Field::ListLabel, R::TooLong}));
        QCOMPARE(lists.add(ContactList::Supply, QStringLiteral("socks")).error().failure(),
                 (FieldReason{Field::ListLabel, R::Duplicate}));
        QCOMPARE(lists.add(ContactList::Supply, QStringLiteral("Gloves"), 2).error().failure(),
                 (FieldReason{Field::DosesPerKit, R::NotApplicable}));
        QCOMPARE(lists.add(ContactList::NaloxoneProduct, QStringLiteral("Kit"), 0).error().failure(),
                 (FieldReason{Field::DosesPerKit, R::OutOfRange}));
        QCOMPARE(lists.rename(added.value(), QStringLiteral("syringes")).error().failure(),
                 (FieldReason{Field::ListLabel, R::Duplicate}));
        QCOMPARE(lists.setDosesPerKit(added.value(), 2).error().failure(),
                 (FieldReason{Field::DosesPerKit, R::NotApplicable}));
        QCOMPARE(lists.setDosesPerKit(product.value(), 21).error().failure(),
                 (FieldReason{Field::DosesPerKit, R::OutOfRange}));
        QCOMPARE(lists.rename(ContactListItemId(9999), QStringLiteral("x")).code(), ErrorCode::NotFound);
        QList<ContactListItemId> order;
        for (const ContactListItem& i : supplies.value())
            order.prepend(i.id);
        QCOMPARE(lists.reorder(ContactList::Supply, order.mid(1)).error().failure(),
                 (FieldReason{Field::ListOrder, R::DoesNotMatch}));
        QCOMPARE(lists.reorder(ContactList::Supply, order + QList{order.first()}).error().failure(),
                 (FieldReason{Field::ListOrder, R::DoesNotMatch}));
        QCOMPARE(lists.reorder(ContactList::ReferralType, order).error().failure(),
                 (FieldReason{Field::ListOrder, R::DoesNotMatch}));
        QCOMPARE(env.footprint(), before);
        QCOMPARE(changed.count(), 2);

        QVERIFY(lists.reorder(ContactList::Supply, order).ok());
        QCOMPARE(lists.items(ContactList::Supply)->first().label, QStringLiteral("Socks"));
        QVERIFY(lists.rename(added.value(), QStringLiteral("Warm socks")).ok());
        QVERIFY(lists.setRetired(added.value(), true).ok());
        QCOMPARE(lists.items(ContactList::Supply, RetiredItems::Exclude)->size(), 11);
        QCOMPARE(lists.items(ContactList::Supply, RetiredItems::Include)->size(), 12);
        QVERIFY(lists.setDosesPerKit(product.value(), 2).ok());
        QCOMPARE(changed.count(), 6);
        auto audit = env.domain().audit().entries(0, 20);
        QStringList details;
        for (const AuditEntry& e : audit.value()) {
            if (e.action != QStringLiteral("edit-list"))
                continue;
            QCOMPARE(e.recordType, QStringLiteral("contact-list-item"));
            QVERIFY2(!e.detail.contains(QStringLiteral("ocks")), qPrintable(e.detail));
            details.prepend(e.detail);
        }
        QCOMPARE(details, (QStringList{QStringLiteral("add to supply"), QStringLiteral("add to naloxone_product"),
                                       QStringLiteral("reorder supply"), QStringLiteral("rename"),
                                       QStringLiteral("retire"), QStringLiteral("doses-per-kit")}));
    }

    // No audit entry holds a note, a code, a label or a plan; none of an anonymous or coded contact names
    // a client.
    void auditHoldsNoContent()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        auto coded = env.contacts().record(richDraft(env, ContactIdentity::Coded, {}, QStringLiteral("JD-1985")));
        auto known = env.contacts().record(richDraft(env, ContactIdentity::Known, rae));
        auto anonymous = env.contacts().record(richDraft(env, ContactIdentity::Anonymous));
        QVERIFY(coded && known && anonymous);
        ContactDraft d = env.contacts().contact(coded.value())->current.fields;
        d.note = QStringLiteral("second note about the shelter");
        QVERIFY(env.contacts().correct(coded.value(), d, QStringLiteral("a private reason")).ok());
        QCOMPARE(env.count("SELECT count(*) FROM audit_log WHERE detail LIKE '%JD-1985%' OR detail LIKE '%shelter%' "
                           "OR detail LIKE '%wound%' OR detail LIKE '%slow%' OR detail LIKE '%private%' "
                           "OR detail LIKE '%Syringes%' OR detail LIKE '%Housing%'"),
                 0);
        QCOMPARE(env.count("SELECT count(*) FROM audit_log WHERE record_type = 'contact' AND client_id IS NOT NULL"),
                 1);
        QCOMPARE(env.count("SELECT count(*) FROM audit_log WHERE record_type = 'contact'"), 4);
    }

    // The workspace forwards contact and list changes to the views.
    void workspaceForwardsChanges()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        ClientId rae;
        {
            auto created = createTestVault(dir);
            FixedClock clock(kNow);
            Domain domain(created.vault->database(), clock);
            Client c;
            c.chosenName = QStringLiteral("Rae");
            rae = domain.clients().create(c).value();
        }
        FixedClock clock(kNow);
        Workspace ws(clock);
        QVERIFY(
            ws.open(Vault::unlock(dir, secret(testPassphrase())).value(), {false, {}, QStringLiteral("test")}).ok());
        QSignalSpy changes(&ws, &Workspace::recordChanged);
        ContactDraft d = draftFor(ContactIdentity::Known);
        d.client = rae;
        auto known = ws.domain().contacts().record(d);
        auto anonymous = ws.domain().contacts().record(draftFor(ContactIdentity::Anonymous));
        QVERIFY(known && anonymous);
        QVERIFY(ws.domain().contactLists().add(ContactList::Supply, QStringLiteral("Socks")).ok());
        QCOMPARE(changes.count(), 3);
        const auto change = [&](int i) { return changes.at(i).at(0).value<RecordChange>(); };
        QCOMPARE(change(0).kind, RecordChange::Kind::Contact);
        QCOMPARE(change(0).client, std::optional(rae));
        QCOMPARE(change(0).id, known->value);
        QCOMPARE(change(1).kind, RecordChange::Kind::Contact);
        QCOMPARE(change(1).client, std::optional<ClientId>());
        QCOMPARE(change(1).id, anonymous->value);
        QCOMPARE(change(2).kind, RecordChange::Kind::ContactList);
        ws.lock();
    }

    // The preferences the window offers: who a new contact is with by default (anonymous until set), and the
    // small-cell threshold (10 until set; 1 to 50).
    void contactPreferences()
    {
        Env env;
        QVERIFY(env.isValid());
        CounselorService& prefs = env.domain().counselor();
        QCOMPARE(prefs.defaultContactIdentity().value(), ContactIdentity::Anonymous);
        QVERIFY(prefs.setDefaultContactIdentity(ContactIdentity::Coded).ok());
        QCOMPARE(prefs.defaultContactIdentity().value(), ContactIdentity::Coded);
        QVERIFY(prefs.setDefaultContactIdentity(ContactIdentity::Known).ok());
        QCOMPARE(prefs.defaultContactIdentity().value(), ContactIdentity::Known);
        QVERIFY(prefs.setSetting(SettingKey::DefaultContactIdentity, QStringLiteral("someone")).ok());
        QCOMPARE(prefs.defaultContactIdentity().value(), ContactIdentity::Anonymous);

        QCOMPARE(prefs.smallCellThreshold().value(), 10);
        for (int ok : {1, 11, 50}) {
            QVERIFY(prefs.setSmallCellThreshold(ok).ok());
            QCOMPARE(prefs.smallCellThreshold().value(), ok);
        }
        for (int bad : {0, -3, 51}) {
            const Status s = prefs.setSmallCellThreshold(bad);
            QCOMPARE(s.error().failure(), (FieldReason{Field::SmallCellThreshold, ValidationReason::OutOfRange}));
            QCOMPARE(prefs.smallCellThreshold().value(), 50);
        }
        QVERIFY(prefs.setSetting(SettingKey::SmallCellThreshold, QStringLiteral("many")).ok());
        QCOMPARE(prefs.smallCellThreshold().value(), 10);
    }
};

QTEST_GUILESS_MAIN(TestContactService)
#include "tst_contactservice.moc"
