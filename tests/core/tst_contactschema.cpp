// SPDX-License-Identifier: GPL-3.0-or-later
// The contacts schema (Migration 8) on a real migrated vault: only contact_people can hold anything that
// identifies a person; an anonymous revision can get neither a person nor a note; revisions and their rows
// are never rewritten except by a client purge, which takes that client's contacts and nothing else; the
// seeded lists; the `contacts` view and the caseload list see known clients' contacts through indexes only;
// and a vault at the version before keeps every row when it migrates.
#include "domain/Domain.h"
#include "report/IndicatorSource.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/Statement.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace continuum;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2024, 5, 6), QTime(15, 0), Qt::UTC);
const QDate kToday(2024, 5, 6);

const char* const kContactTables[] = {"contact_list_items",  "contact_records",    "contact_revisions",
                                      "contact_people",      "contact_supplies",   "contact_naloxone",
                                      "contact_drug_checks", "contact_overdoses",  "contact_referrals",
                                      "referral_outcomes",   "contact_report_rows"};

/// One unlocked test vault with its domain.
class Env
{
public:
    Env()
        : m_clock(kNow)
        , m_created(createTestVault(m_tmp.filePath(QStringLiteral("vault"))))
        , m_domain(db(), m_clock)
    {
        m_clock.setToday(kToday);
    }

    bool isValid() const { return m_tmp.isValid() && m_created.vault && m_created.vault->isOpen(); }
    Database& db() { return m_created.vault->database(); }
    Domain& domain() { return m_domain; }
    ContactService& contacts() { return m_domain.contacts(); }

    ClientId addClient(const QString& name)
    {
        Client c;
        c.chosenName = name;
        auto id = m_domain.clients().create(c);
        return id ? id.value() : ClientId();
    }

    ContactListItemId firstItem(ContactList list)
    {
        auto items = m_domain.contactLists().items(list);
        return items && !items->isEmpty() ? items->first().id : ContactListItemId();
    }

    /// A contact with one row of every kind.
    ContactDraft fullDraft(ContactIdentity identity, std::optional<ClientId> client = {}, const QString& code = {})
    {
        ContactDraft d;
        d.identity = identity;
        d.client = client;
        d.clientCode = code;
        d.occurredAt = kNow.addSecs(-3600);
        d.supplies = {{firstItem(ContactList::Supply), 10, {}}};
        d.naloxone = {{firstItem(ContactList::NaloxoneProduct), 1, 0, {}, 0}};
        DrugCheck check;
        check.method = firstItem(ContactList::CheckingMethod);
        check.result = DrugCheckResult::Positive;
        d.drugChecks = {check};
        d.overdoses = {
            OverdoseReport{OverdoseWhose::Witnessed, kToday.addDays(-2), 2, true, OverdoseOutcome::Survived}};
        d.referrals = {{firstItem(ContactList::ReferralType), {}, {}}};
        return d;
    }

private:
    QTemporaryDir m_tmp;
    FixedClock m_clock;
    Vault::Created m_created;
    Domain m_domain;
};

qint64 scalar(Database& db, const std::string& sql)
{
    auto n = db.queryInt(sql);
    return n ? n.value() : -1;
}

QStringList columnsOf(Database& db, const char* table)
{
    auto names = Query(db, "SELECT name FROM pragma_table_info(?1)", QString::fromLatin1(table)).all(readText);
    return names ? names.value() : QStringList{QStringLiteral("<error>")};
}

/// A column name that could hold something about a person: a client, a code, a name, contact details.
bool couldIdentify(const QString& column)
{
    static const QRegularExpression pattern(
        QStringLiteral("client|code|name|person|people|phone|email|address|birth|legal|pronoun|initial"));
    return pattern.match(column).hasMatch();
}

QStringList tableDump(Database& db, const std::string& table)
{
    const bool subquery = !table.empty() && table.front() == '(';
    auto st = db.prepare("SELECT * FROM " + table + (subquery ? "" : " ORDER BY rowid"));
    if (!st)
        return {QStringLiteral("<%1>").arg(st.error().detail)};
    QStringList rows;
    while (st->step().value()) {
        QStringList columns;
        for (int i = 0; i < st->columnCount(); ++i)
            columns.append(st->columnIsNull(i) ? QStringLiteral("NULL") : st->columnText(i));
        rows.append(columns.join(QLatin1Char('|')));
    }
    return rows;
}

QStringList queryPlan(Database& db, const std::string& sql)
{
    auto st = db.prepare("EXPLAIN QUERY PLAN " + sql);
    if (!st)
        return {QStringLiteral("<%1>").arg(st.error().detail)};
    QStringList lines;
    while (st->step().value())
        lines.append(st->columnText(3));
    return lines;
}

/// contact_report_rows (Migration 9, kept by triggers) against what it stands for, the view of each contact's
/// current counted revision: the two dumps must be equal.
std::pair<QStringList, QStringList> reportRowsAndView(Database& db)
{
    const std::string columns = "revision_id, contact_id, identity, occurred_on, setting, naloxone_shown";
    return {tableDump(db, "(SELECT " + columns + " FROM contact_report_rows ORDER BY revision_id)"),
            tableDump(db, "(SELECT " + columns + " FROM current_contact_revisions ORDER BY revision_id)")};
}

/// Plan lines that read a whole table rather than an index range or a row by its key.
QStringList tableScans(const QStringList& plan)
{
    QStringList out;
    for (const QString& line : plan) {
        if (line.startsWith(QStringLiteral("SCAN")) && !line.contains(QStringLiteral("INDEX")))
            out.append(line);
    }
    return out;
}

} // namespace

class TestContactSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // Only contact_people has a column able to hold a person identifier; the detector itself flags it.
    void onlyContactPeopleCanIdentify()
    {
        Env env;
        QVERIFY(env.isValid());
        for (const char* table : kContactTables) {
            const QStringList columns = columnsOf(env.db(), table);
            QVERIFY2(!columns.isEmpty(), table);
            for (const QString& column : columns) {
                if (QLatin1String(table) == QLatin1String("contact_people"))
                    continue;
                QVERIFY2(!couldIdentify(column), qPrintable(QStringLiteral("%1.%2").arg(QLatin1String(table), column)));
            }
        }
        const QStringList people = columnsOf(env.db(), "contact_people");
        QCOMPARE(people, (QStringList{QStringLiteral("revision_id"), QStringLiteral("client_id"),
                                      QStringLiteral("client_code")}));
        QVERIFY(couldIdentify(people.at(1)));
        QVERIFY(couldIdentify(people.at(2)));
        // No other table of the vault points at contact rows with a person in it.
        QCOMPARE(scalar(env.db(), "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name LIKE 'contact%'"),
                 qint64(std::size(kContactTables) - 1));
    }

    // An anonymous revision can never be given a person (the trigger) nor a note (the CHECK); a known one
    // needs a client and a coded one a code.
    void anonymousRevisionTakesNoPersonAndNoNote()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        Database& db = env.db();
        QVERIFY(db.exec("INSERT INTO contact_records (id, uuid, created_at, created_by) "
                        "VALUES (1, 'u1', '2024-05-06T10:00:00.000Z', 'J')")
                    .ok());
        const char* revision = "INSERT INTO contact_revisions (id, contact_id, revision, identity, occurred_at, "
                               "occurred_on, note, revised_at, revised_by) VALUES (?1, 1, 1, ?2, "
                               "'2024-05-06T10:00:00.000Z', '2024-05-06', ?3, '2024-05-06T10:00:00.000Z', 'J')";
        QCOMPARE(
            Query(db, revision, 10, QStringLiteral("anonymous"), QStringLiteral("saw them at the park")).run().code(),
            ErrorCode::Constraint);
        QVERIFY(Query(db, revision, 10, QStringLiteral("anonymous"), QString()).run().ok());
        const char* person = "INSERT INTO contact_people (revision_id, client_id, client_code) VALUES (?1, ?2, ?3)";
        const Status withCode = Query(db, person, 10, std::optional<qint64>(), QStringLiteral("AB12")).run();
        QCOMPARE(withCode.code(), ErrorCode::Constraint);
        QVERIFY2(withCode.error().detail.contains(QStringLiteral("anonymous contact names no one")),
                 qPrintable(withCode.error().detail));
        QCOMPARE(Query(db, person, 10, std::optional<qint64>(rae.value), std::optional<QString>()).run().code(),
                 ErrorCode::Constraint);
        QCOMPARE(scalar(db, "SELECT count(*) FROM contact_people"), 0);

        // The header can only move to a revision that exists, one at a time.
        QCOMPARE(db.exec("UPDATE contact_records SET current_revision = 2 WHERE id = 1").code(), ErrorCode::Constraint);
        QVERIFY(db.exec("UPDATE contact_records SET current_revision = 1 WHERE id = 1").ok());
        QCOMPARE(db.exec("UPDATE contact_records SET created_by = 'someone' WHERE id = 1").code(),
                 ErrorCode::Constraint);

        QVERIFY(db.exec("INSERT INTO contact_records (id, uuid, created_at, created_by) "
                        "VALUES (2, 'u2', '2024-05-06T10:00:00.000Z', 'J'), (3, 'u3', '2024-05-06T10:00:00.000Z', 'J')")
                    .ok());
        QVERIFY(db.exec("INSERT INTO contact_revisions (id, contact_id, revision, identity, occurred_at, occurred_on, "
                        "revised_at, revised_by) VALUES (20, 2, 1, 'known', 'x', '2024-05-06', 'x', 'J'), "
                        "(30, 3, 1, 'coded', 'x', '2024-05-06', 'x', 'J')")
                    .ok());
        // known: a client, not a code; coded: a code, not a client; never both, never a blank code
        QCOMPARE(Query(db, person, 20, std::optional<qint64>(), QStringLiteral("AB12")).run().code(),
                 ErrorCode::Constraint);
        QCOMPARE(Query(db, person, 30, std::optional<qint64>(rae.value), std::optional<QString>()).run().code(),
                 ErrorCode::Constraint);
        QCOMPARE(Query(db, person, 30, std::optional<qint64>(rae.value), QStringLiteral("AB12")).run().code(),
                 ErrorCode::Constraint);
        QCOMPARE(Query(db, person, 30, std::optional<qint64>(), QStringLiteral("   ")).run().code(),
                 ErrorCode::Constraint);
        QCOMPARE(Query(db, person, 30, std::optional<qint64>(), QString(41, QLatin1Char('x'))).run().code(),
                 ErrorCode::Constraint);
        // a known or coded revision cannot be made current without its person
        QCOMPARE(db.exec("UPDATE contact_records SET current_revision = 1 WHERE id = 2").code(), ErrorCode::Constraint);
        QVERIFY(Query(db, person, 20, std::optional<qint64>(rae.value), std::optional<QString>()).run().ok());
        QVERIFY(Query(db, person, 30, std::optional<qint64>(), QStringLiteral("AB12")).run().ok());
        QVERIFY(db.exec("UPDATE contact_records SET current_revision = 1 WHERE id IN (2, 3)").ok());
        // and once current, nothing more is added to it
        QCOMPARE(db.exec("INSERT INTO contact_supplies (revision_id, item_id, label, quantity) "
                         "VALUES (20, 1, 'Syringes', 5)")
                     .code(),
                 ErrorCode::Constraint);
    }

    void immutableRows_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("update");
        for (const char* table : {"contact_revisions", "contact_people", "contact_supplies", "contact_naloxone",
                                  "contact_drug_checks", "contact_overdoses", "contact_referrals"})
            QTest::addRow("%s", table) << QString::fromLatin1(table)
                                       << QStringLiteral("UPDATE %1 SET rowid = rowid").arg(QLatin1String(table));
        QTest::addRow("referral_outcomes") << QStringLiteral("referral_outcomes")
                                           << QStringLiteral("UPDATE referral_outcomes SET outcome = 'declined'");
    }

    // Revisions, their person and their rows can be neither updated nor deleted; with a purge authorisation
    // for the contact's client they can be deleted (and only then).
    void immutableRows()
    {
        QFETCH(QString, table);
        QFETCH(QString, update);
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        auto id = env.contacts().record(env.fullDraft(ContactIdentity::Known, rae));
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        auto referrals = env.contacts().referrals(id.value());
        QVERIFY(referrals && referrals->size() == 1);
        QVERIFY(env.contacts().recordReferralOutcome(referrals->first().referral, ReferralOutcome::Connected).ok());
        Database& db = env.db();
        const std::string t = table.toStdString();
        QCOMPARE(scalar(db, "SELECT count(*) FROM " + t), 1);
        const QStringList before = tableDump(db, t);

        const Status updated = db.exec(update.toStdString());
        QVERIFY2(updated.code() == ErrorCode::Constraint, qPrintable(updated.error().detail));
        QCOMPARE(db.exec("DELETE FROM " + t).code(), ErrorCode::Constraint);
        QCOMPARE(tableDump(db, t), before);

        // Another client's purge does not open them.
        const ClientId other = env.addClient(QStringLiteral("Sam"));
        QVERIFY(db.exec("BEGIN").ok());
        QVERIFY(db.exec("PRAGMA defer_foreign_keys = ON").ok());
        QVERIFY(Query(db, "INSERT INTO purge_authorizations (client_id) VALUES (?1)", other).run().ok());
        QCOMPARE(db.exec("DELETE FROM " + t).code(), ErrorCode::Constraint);
        QVERIFY(db.exec("ROLLBACK").ok());

        // Rae's purge does (a referral outcome goes once its referral has gone).
        QVERIFY(db.exec("BEGIN").ok());
        QVERIFY(db.exec("PRAGMA defer_foreign_keys = ON").ok());
        QVERIFY(Query(db, "INSERT INTO purge_authorizations (client_id) VALUES (?1)", rae).run().ok());
        if (table == QStringLiteral("referral_outcomes"))
            QVERIFY(db.exec("DELETE FROM contact_referrals").ok());
        const Status deleted = db.exec("DELETE FROM " + t);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error().detail));
        QCOMPARE(scalar(db, "SELECT count(*) FROM " + t), 0);
        QVERIFY(db.exec("ROLLBACK").ok());
        QCOMPARE(tableDump(db, t), before);
    }

    // An anonymous contact cannot be deleted through any client's purge.
    void anonymousContactsOutliveEveryPurge()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        QVERIFY(env.contacts().record(env.fullDraft(ContactIdentity::Anonymous)).ok());
        Database& db = env.db();
        QVERIFY(db.exec("BEGIN").ok());
        QVERIFY(db.exec("PRAGMA defer_foreign_keys = ON").ok());
        QVERIFY(Query(db, "INSERT INTO purge_authorizations (client_id) VALUES (?1)", rae).run().ok());
        for (const char* table : {"contact_supplies", "contact_naloxone", "contact_drug_checks", "contact_overdoses",
                                  "contact_referrals", "contact_revisions"})
            QCOMPARE(db.exec(std::string("DELETE FROM ") + table).code(), ErrorCode::Constraint);
        QVERIFY(db.exec("ROLLBACK").ok());
    }

    // Deleting a client for good takes the revisions that name them (and every revision of a contact that
    // names them now), their rows and their referral outcomes; anonymous, coded and other people's contacts
    // stay exactly as they were; a contact corrected away from them keeps its later revision only.
    void purgeTakesThatClientsContactsOnly()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        const ClientId sam = env.addClient(QStringLiteral("Sam"));
        ContactService& contacts = env.contacts();
        auto raes = contacts.record(env.fullDraft(ContactIdentity::Known, rae));
        auto sams = contacts.record(env.fullDraft(ContactIdentity::Known, sam));
        auto coded = contacts.record(env.fullDraft(ContactIdentity::Coded, {}, QStringLiteral("JD-1985")));
        auto anonymous = contacts.record(env.fullDraft(ContactIdentity::Anonymous));
        // recorded for Rae by mistake, then made anonymous: revision 1 names Rae
        auto movedAway = contacts.record(env.fullDraft(ContactIdentity::Known, rae));
        // recorded for Sam, then corrected to Rae: Rae's now, all of it goes
        auto movedTo = contacts.record(env.fullDraft(ContactIdentity::Known, sam));
        QVERIFY(raes && sams && coded && anonymous && movedAway && movedTo);
        auto anonymousNow = contacts.contact(movedAway.value())->current.fields;
        anonymousNow.identity = ContactIdentity::Anonymous;
        anonymousNow.client.reset();
        QVERIFY(contacts.correct(movedAway.value(), anonymousNow, QStringLiteral("wrong person")).ok());
        auto raeNow = contacts.contact(movedTo.value())->current.fields;
        raeNow.client = rae;
        QVERIFY(contacts.correct(movedTo.value(), raeNow, QStringLiteral("wrong person")).ok());
        auto raeReferral = contacts.referrals(raes.value())->first().referral;
        auto samReferral = contacts.referrals(sams.value())->first().referral;
        QVERIFY(contacts.recordReferralOutcome(raeReferral, ReferralOutcome::Connected).ok());
        QVERIFY(contacts.recordReferralOutcome(samReferral, ReferralOutcome::Declined).ok());

        Database& db = env.db();
        const auto dumpOf = [&](ContactId id) {
            const std::string where = " WHERE revision_id IN (SELECT id FROM contact_revisions WHERE contact_id = " +
                                      std::to_string(id.value) + ")";
            QStringList all = tableDump(db, "contact_records WHERE id = " + std::to_string(id.value)) +
                              tableDump(db, "contact_revisions WHERE contact_id = " + std::to_string(id.value));
            for (const char* t : {"contact_people", "contact_supplies", "contact_naloxone", "contact_drug_checks",
                                  "contact_overdoses", "contact_referrals"})
                all += tableDump(db, t + where);
            return all;
        };
        const QStringList samBefore = dumpOf(sams.value());
        const QStringList codedBefore = dumpOf(coded.value());
        const QStringList anonymousBefore = dumpOf(anonymous.value());
        const QStringList movedAwayRevision2 = tableDump(
            db, "contact_revisions WHERE contact_id = " + std::to_string(movedAway->value) + " AND revision = 2");

        {
            const auto [rows, view] = reportRowsAndView(db);
            QCOMPARE(rows, view);
            QCOMPARE(rows.size(), 6);
        }

        const Status purged = env.domain().clients().purge(rae, QStringLiteral("Rae"));
        QVERIFY2(purged.ok(), qPrintable(purged.error().detail));

        // The report rows follow the purge: Rae's two contacts are gone from them too.
        {
            const auto [rows, view] = reportRowsAndView(db);
            QCOMPARE(rows, view);
            QCOMPARE(rows.size(), 4);
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM contact_people WHERE client_id = " + std::to_string(rae.value)), 0);
        QCOMPARE(contacts.contact(raes.value()).code(), ErrorCode::NotFound);
        QCOMPARE(contacts.contact(movedTo.value()).code(), ErrorCode::NotFound);
        QCOMPARE(dumpOf(sams.value()), samBefore);
        QCOMPARE(dumpOf(coded.value()), codedBefore);
        QCOMPARE(dumpOf(anonymous.value()), anonymousBefore);
        auto moved = contacts.contact(movedAway.value());
        QVERIFY2(moved.ok(), qPrintable(moved.error().detail));
        QCOMPARE(moved->history.size(), 1);
        QCOMPARE(moved->current.number, 2);
        QCOMPARE(moved->current.fields.identity, ContactIdentity::Anonymous);
        QCOMPARE(tableDump(db, "contact_revisions WHERE contact_id = " + std::to_string(movedAway->value)),
                 movedAwayRevision2);
        QCOMPARE(scalar(db, "SELECT count(*) FROM referral_outcomes WHERE referral_uuid = '" +
                                raeReferral.toString(QUuid::WithoutBraces).toStdString() + "'"),
                 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM referral_outcomes"), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM purge_authorizations"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE client_id = " + std::to_string(rae.value)), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM contact_records"), 4);
    }

    // The seeded lists, each item with its own random (version 4) uuid.
    void seededLists()
    {
        Env env;
        QVERIFY(env.isValid());
        Database& db = env.db();
        QCOMPARE(scalar(db, "SELECT count(*) FROM contact_list_items WHERE list = 'supply'"), 11);
        QCOMPARE(scalar(db, "SELECT count(*) FROM contact_list_items WHERE list = 'naloxone_product'"), 4);
        QCOMPARE(scalar(db, "SELECT count(*) FROM contact_list_items WHERE list = 'checking_method'"), 5);
        QCOMPARE(scalar(db, "SELECT count(*) FROM contact_list_items WHERE list = 'referral_type'"), 11);
        QCOMPARE(scalar(db, "SELECT count(DISTINCT uuid) FROM contact_list_items"), 31);
        auto products = env.domain().contactLists().items(ContactList::NaloxoneProduct);
        QVERIFY(products.ok());
        QStringList seen;
        for (const ContactListItem& p : products.value())
            seen.append(QStringLiteral("%1:%2").arg(p.label).arg(p.dosesPerKit.value_or(0)));
        QCOMPARE(seen, (QStringList{QStringLiteral("Nasal 4 mg:2"), QStringLiteral("Nasal 8 mg:2"),
                                    QStringLiteral("Intramuscular:3"), QStringLiteral("Other:1")}));
        auto uuids = Query(db, "SELECT uuid FROM contact_list_items").all(readText);
        QVERIFY(uuids.ok());
        for (const QString& u : uuids.value()) {
            const QUuid parsed = QUuid::fromString(u);
            QVERIFY2(!parsed.isNull() && parsed.version() == QUuid::Random && parsed.variant() == QUuid::DCE,
                     qPrintable(u));
            QCOMPARE(parsed.toString(QUuid::WithoutBraces), u);
        }
        QCOMPARE(db.exec("DELETE FROM contact_list_items WHERE id = 1").code(), ErrorCode::Constraint);
        QCOMPARE(db.exec("UPDATE contact_list_items SET list = 'referral_type' WHERE id = 1").code(),
                 ErrorCode::Constraint);
        QCOMPARE(db.exec("UPDATE contact_list_items SET doses_per_kit = 2 WHERE list = 'supply'").code(),
                 ErrorCode::Constraint);
    }

    // The `contacts` view counts a known client's current counted contacts (not an earlier revision, not one
    // entered in error, not coded or anonymous ones), and "last contact" and "not seen" follow it.
    void contactsViewSeesKnownContacts()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        ContactService& contacts = env.contacts();
        Database& db = env.db();
        const std::string lastContact =
            "SELECT coalesce(max(contact_date), '') FROM contacts WHERE client_id = " + std::to_string(rae.value);
        auto lastText = [&] {
            auto v = Query(db, lastContact).one(readText, Missing{"row", 0});
            return v ? v.value() : QStringLiteral("<error>");
        };
        QCOMPARE(lastText(), QString());
        ContactDraft d;
        d.identity = ContactIdentity::Known;
        d.client = rae;
        d.occurredAt = QDateTime(QDate(2024, 3, 1), QTime(12, 0), Qt::UTC);
        auto id = contacts.record(d);
        QVERIFY(id.ok());
        QCOMPARE(lastText(), QStringLiteral("2024-03-01"));
        ContactDraft coded;
        coded.identity = ContactIdentity::Coded;
        coded.clientCode = QStringLiteral("R-1");
        QVERIFY(contacts.record(coded).ok());
        QVERIFY(contacts.record(ContactDraft{}).ok());
        QCOMPARE(scalar(db, "SELECT count(*) FROM contacts"), 1);
        d.occurredAt = QDateTime(QDate(2024, 4, 2), QTime(12, 0), Qt::UTC);
        QVERIFY(contacts.correct(id.value(), d, QStringLiteral("the date was wrong")).ok());
        QCOMPARE(scalar(db, "SELECT count(*) FROM contacts"), 1);
        QCOMPARE(lastText(), QStringLiteral("2024-04-02"));
        auto notSeen = env.domain().caseload().notSeenFor(30);
        QVERIFY(notSeen.ok());
        QCOMPARE(notSeen->size(), 1);
        QCOMPARE(notSeen->first().lastContact, std::optional<QDate>(QDate(2024, 4, 2)));
        auto listed = env.domain().clients().search({});
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().lastContact, std::optional<QDate>(QDate(2024, 4, 2)));
        // an older contact recorded now leaves the last one as it was; a newer one moves it
        ContactDraft older = d;
        older.occurredAt = QDateTime(QDate(2024, 2, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(contacts.record(older).ok());
        QCOMPARE(env.domain().clients().search({})->first().lastContact, std::optional<QDate>(QDate(2024, 4, 2)));
        QCOMPARE(lastText(), QStringLiteral("2024-04-02"));

        QVERIFY(contacts.markEnteredInError(id.value(), QStringLiteral("not a contact")).ok());
        QCOMPARE(lastText(), QStringLiteral("2024-02-01"));
        QCOMPARE(env.domain().clients().search({})->first().lastContact, std::optional<QDate>(QDate(2024, 2, 1)));
        auto olderId = contacts.day(QDate(2024, 2, 1))->contacts.first().id;
        QVERIFY(contacts.markEnteredInError(olderId, QStringLiteral("not a contact")).ok());
        QCOMPARE(lastText(), QString());
        // no contact now, and added today: not someone unseen for a while
        QCOMPARE(env.domain().caseload().notSeenFor(30)->size(), 0);
        QCOMPARE(env.domain().clients().search({})->first().lastContact, std::optional<QDate>());
    }

    // "Last contact" for one person reads indexes (and rows by key), never a whole table, now that contacts
    // join the view; so do the Contacts view's page and a day's contacts.
    void contactQueriesReadIndexes()
    {
        Env env;
        QVERIFY(env.isValid());
        Database& db = env.db();
        const std::string perClient = "SELECT max(ct.contact_date) FROM contacts ct WHERE ct.client_id = 7";
        const QStringList plan = queryPlan(db, perClient);
        QVERIFY2(tableScans(plan).isEmpty(), qPrintable(plan.join(QLatin1Char('\n'))));
        QVERIFY2(plan.join(QLatin1Char('\n')).contains(QStringLiteral("contact_people_by_client")),
                 qPrintable(plan.join(QLatin1Char('\n'))));

        // One person at a time from another table's column (CaseloadQueries' "not seen"): arm by arm, indexes
        // only. The whole view, so correlated, would be read for everyone: the trap the detector must catch.
        const std::string perPerson =
            "SELECT c.id, (SELECT max(d) FROM (SELECT max(s.session_date) AS d FROM counted_sessions s "
            "WHERE s.client_id = c.id UNION ALL SELECT max(k.contact_date) FROM known_client_contacts k "
            "WHERE k.client_id = c.id)) FROM clients c WHERE c.status = 'active'";
        const QStringList people = queryPlan(db, perPerson);
        QVERIFY2(tableScans(people).isEmpty(), qPrintable(people.join(QLatin1Char('\n'))));
        QVERIFY(!tableScans(queryPlan(db, "SELECT c.id, (SELECT max(ct.contact_date) FROM contacts ct "
                                          "WHERE ct.client_id = c.id) FROM clients c WHERE c.status = 'active'"))
                     .isEmpty());
        // The caseload list's trigger looks its person up by value.
        const std::string trigger =
            "UPDATE client_list_rows SET last_contact = (SELECT max(contact_date) FROM contacts WHERE client_id = "
            "(SELECT p.client_id FROM contact_revisions r JOIN contact_people p ON p.revision_id = r.id "
            "WHERE r.contact_id = 5 AND r.revision = 1))";
        const QStringList update = queryPlan(db, trigger + " WHERE client_id = 3");
        QVERIFY2(tableScans(update).isEmpty(), qPrintable(update.join(QLatin1Char('\n'))));

        const QStringList list = queryPlan(db, ContactService::listSql());
        const QString listText = list.join(QLatin1Char('\n'));
        QVERIFY2(tableScans(list).isEmpty(), qPrintable(listText));
        QVERIFY2(listText.contains(QStringLiteral("contact_revisions_by_day")), qPrintable(listText));
        QVERIFY2(!listText.contains(QStringLiteral("TEMP B-TREE")), qPrintable(listText));
        // the detector can fail: a plain scan is caught
        QCOMPARE(tableScans(queryPlan(db, "SELECT * FROM contact_revisions WHERE note = 'x'")).size(), 1);

        // Every report source over contacts reads one range of the report rows' day index, and a revision's rows
        // by their revision, whatever it counts: no table is read whole, whatever the period.
        int contactSources = 0;
        for (const IndicatorSource& source : IndicatorSource::all()) {
            const std::string from = source.from;
            if (from.find("contact_report_rows") == std::string::npos)
                continue;
            ++contactSources;
            QStringList read = queryPlan(db, "SELECT 1 " + from);
            // drug_check_plans' five plan names are constants, not a table
            read.removeIf([](const QString& line) {
                return line == QLatin1String("SCAN CONSTANT ROW") || line == QLatin1String("SCAN pl");
            });
            const QString text = read.join(QLatin1Char('\n'));
            QVERIFY2(tableScans(read).isEmpty(), qPrintable(source.key + QLatin1Char('\n') + text));
            QVERIFY2(text.contains(QStringLiteral("contact_report_rows_by_day")),
                     qPrintable(source.key + QLatin1Char('\n') + text));
        }
        QCOMPARE(contactSources, 7);
    }

    // A vault at the version before contacts (with clients, signed sessions, goals) keeps every row when it
    // migrates, and gains the tables, the lists and the wider `contacts` view.
    void migrationKeepsEverything()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        auto opened = Database::open(tmp.filePath(QStringLiteral("v7.db")), Database::OpenMode::ReadWriteCreate);
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        Database& db = opened.value();
        QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());
        const int before = latestSchemaVersion() >= 8 ? 7 : latestSchemaVersion();
        QVERIFY(migrate(db, schemaMigrations(), before).ok());
        const Status filled = db.exec(R"sql(
            INSERT INTO counselor (id, name, credentials) VALUES (1, 'Jordan Lee', 'CADC');
            INSERT INTO clients (id, uuid, chosen_name, sort_key, agency_code, created_at, updated_at)
            VALUES (1, '6f1c1f5e-7c1b-4d8e-9a55-0a7d5a4e2b11', 'Rae', 'rae', 'R-1', '2024-02-01T10:00:00.000Z',
                    '2024-02-01T10:00:00.000Z'),
                   (2, '6f1c1f5e-7c1b-4d8e-9a55-0a7d5a4e2b12', 'Sam', 'sam', '', '2024-02-01T10:00:00.000Z',
                    '2024-02-01T10:00:00.000Z');
            INSERT INTO sessions (id, uuid, client_id, session_date, note_format, follow_up_date, created_at, updated_at)
            VALUES (1, '0b6c1e0e-1d2f-4a57-8c4e-3f1f3b2f6a01', 1, '2024-03-10', 'free', '2024-03-20',
                    '2024-03-10T10:00:00.000Z', '2024-03-10T10:00:00.000Z'),
                   (2, '0b6c1e0e-1d2f-4a57-8c4e-3f1f3b2f6a02', 2, '2024-04-01', 'free', NULL,
                    '2024-04-01T10:00:00.000Z', '2024-04-01T10:00:00.000Z');
            UPDATE sessions SET signed_at = '2024-04-01T11:00:00.000Z', signed_by = 'Jordan Lee, CADC' WHERE id = 1;
            INSERT INTO goals (id, uuid, client_id, created_at, current_revision, status)
            VALUES (1, '1b6c1e0e-1d2f-4a57-8c4e-3f1f3b2f6a01', 1, '2024-03-10T10:00:00.000Z', 1, 'active');
            INSERT INTO goal_revisions (goal_id, revision, client_words, life_area, status, client_agreement,
                                        revised_at, revised_by)
            VALUES (1, 1, 'Carry naloxone', 'safety', 'active', 'yes', '2024-03-10T10:00:00.000Z', 'Jordan Lee');
            INSERT INTO settings (key, value) VALUES ('agency_name', 'Harbor Outreach');
            INSERT INTO audit_log (at, actor, action, record_type, client_id) VALUES ('2024-03-10T10:00:00.000Z',
                                   'Jordan Lee', 'create', 'client', 1);
        )sql");
        QVERIFY2(filled.ok(), qPrintable(filled.error().detail));
        auto tables = Query(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                                "AND name NOT LIKE 'client_search%' AND name NOT LIKE 'client_name_trigrams%' "
                                "ORDER BY name")
                          .all(readText);
        QVERIFY(tables.ok());
        // Each table's columns as they are now: later migrations may add columns (Migration 13: a client's
        // print language), and the rows must read the same in the columns that were there.
        QMap<QString, QStringList> dumps;
        QMap<QString, std::string> selects;
        for (const QString& t : tables.value()) {
            const std::string select = "(SELECT " + columnsOf(db, qPrintable(t)).join(u", ").toStdString() + " FROM " +
                                       t.toStdString() + " ORDER BY rowid)";
            selects.insert(t, select);
            dumps.insert(t, tableDump(db, select));
        }
        const std::string contactsView = "(SELECT * FROM contacts ORDER BY client_id, contact_date)";
        const QStringList contactsBefore = tableDump(db, contactsView);

        const Status upgraded = migrate(db, schemaMigrations());
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error().detail));
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), latestSchemaVersion());
        for (auto it = dumps.cbegin(); it != dumps.cend(); ++it)
            QCOMPARE(tableDump(db, selects.value(it.key())), it.value());
        QCOMPARE(tableDump(db, contactsView), contactsBefore);
        QCOMPARE(contactsBefore, QStringList{QStringLiteral("1|2024-03-10")});
        QCOMPARE(scalar(db, "SELECT count(*) FROM contact_list_items"), 31);
        QCOMPARE(scalar(db, "SELECT count(*) FROM current_contact_revisions"), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM pragma_foreign_key_check"), 0);
        QVERIFY(db.close().ok());
    }

    // The reports' view: each contact's current counted revision, with a person key that is NULL for an
    // anonymous contact.
    void currentContactRevisionsView()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        ContactService& contacts = env.contacts();
        auto known = contacts.record(env.fullDraft(ContactIdentity::Known, rae));
        auto coded = contacts.record(env.fullDraft(ContactIdentity::Coded, {}, QStringLiteral("JD-1985")));
        auto anonymous = contacts.record(env.fullDraft(ContactIdentity::Anonymous));
        auto wrong = contacts.record(env.fullDraft(ContactIdentity::Anonymous));
        QVERIFY(known && coded && anonymous && wrong);
        QVERIFY(contacts.markEnteredInError(wrong.value(), QStringLiteral("twice")).ok());
        auto fields = contacts.contact(known.value())->current.fields;
        fields.durationMinutes = 15;
        QVERIFY(contacts.correct(known.value(), fields, QStringLiteral("length")).ok());
        const QStringList rows = tableDump(env.db(), "(SELECT contact_id, identity, duration_minutes, person_key FROM "
                                                     "current_contact_revisions ORDER BY contact_id)");
        QCOMPARE(rows, (QStringList{QStringLiteral("%1|known|15|client:%2").arg(known->value).arg(rae.value),
                                    QStringLiteral("%1|coded|NULL|code:JD-1985").arg(coded->value),
                                    QStringLiteral("%1|anonymous|NULL|NULL").arg(anonymous->value)}));

        // The report rows (Migration 9) hold the same contacts, the correction's revision and not the entry in
        // error, and no person.
        const auto [reportRows, view] = reportRowsAndView(env.db());
        QCOMPARE(reportRows, view);
        QCOMPARE(reportRows.size(), 3);
        QCOMPARE(scalar(env.db(), "SELECT revision_id FROM contact_report_rows WHERE contact_id = " +
                                      std::to_string(known->value)),
                 scalar(env.db(), "SELECT id FROM contact_revisions WHERE revision = 2 AND contact_id = " +
                                      std::to_string(known->value)));
    }

    // Migration 9 builds the report rows from the contacts a vault already holds.
    void migrationBuildsReportRows()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        ContactService& contacts = env.contacts();
        auto known = contacts.record(env.fullDraft(ContactIdentity::Known, rae));
        auto anonymous = contacts.record(env.fullDraft(ContactIdentity::Anonymous));
        auto wrong = contacts.record(env.fullDraft(ContactIdentity::Coded, {}, QStringLiteral("AB12")));
        QVERIFY(known && anonymous && wrong);
        QVERIFY(contacts.markEnteredInError(wrong.value(), QStringLiteral("twice")).ok());
        Database& db = env.db();
        // The vault as Migration 8 left it, contacts and all.
        QVERIFY(db.exec("DROP TRIGGER contact_report_rows_follow; DROP TRIGGER contact_report_rows_purged; "
                        "DROP TABLE contact_report_rows; DROP INDEX sessions_signed_by_date; PRAGMA user_version = 8")
                    .ok());
        const Status upgraded = migrate(db, schemaMigrations(), 9);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error().detail));
        const auto [rows, view] = reportRowsAndView(db);
        QCOMPARE(rows, view);
        QCOMPARE(rows.size(), 2);
        // and keeps them from then on
        QVERIFY(contacts.record(env.fullDraft(ContactIdentity::Coded, {}, QStringLiteral("CD34"))).ok());
        QCOMPARE(reportRowsAndView(db).first, reportRowsAndView(db).second);
        QCOMPARE(reportRowsAndView(db).first.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestContactSchema)
#include "tst_contactschema.moc"
