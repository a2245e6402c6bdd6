// SPDX-License-Identifier: GPL-3.0-or-later
// The default list items keep a seed key (Migration 14, issue 14), so the interface can show the ones an agency has
// not renamed in the counselor's language: every seeded item has one, the agency's own items have none, a rename
// or a retirement keeps it (and keeps the agency's words), nothing rewrites or invents one, and a vault written
// at version 13 gets the keys for exactly its seeded rows, with every row otherwise as it was.
#include "domain/Domain.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Query.h"
#include "storage/Statement.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

using namespace continuum;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2024, 5, 6), QTime(15, 0), Qt::UTC);

/// The seed keys of each list, in the order Migration 8 seeded them, written out by hand.
const QStringList kSupplyKeys{
    QStringLiteral("syringes"),   QStringLiteral("cookers"),         QStringLiteral("cottons_filters"),
    QStringLiteral("pipes"),      QStringLiteral("straws"),          QStringLiteral("test_strips"),
    QStringLiteral("wound_care"), QStringLiteral("safer_sex"),       QStringLiteral("hygiene"),
    QStringLiteral("food"),       QStringLiteral("sharps_container")};
const QStringList kReferralKeys{QStringLiteral("medical_care"), QStringLiteral("substance_use_treatment"),
                                QStringLiteral("moud"),         QStringLiteral("mental_health"),
                                QStringLiteral("housing"),      QStringLiteral("food"),
                                QStringLiteral("legal_help"),   QStringLiteral("benefits"),
                                QStringLiteral("wound_care"),   QStringLiteral("hiv_hcv_testing"),
                                QStringLiteral("other")};

/// One column of a table in rowid order, NULL as "NULL".
QStringList column(Database& db, const std::string& sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return {QStringLiteral("error: ") + st.error().detail};
    QStringList out;
    for (auto row = st->step(); row && row.value(); row = st->step())
        out.append(st->columnIsNull(0) ? QStringLiteral("NULL") : st->columnText(0));
    return out;
}

QStringList seedKeysOf(Database& db, const char* list)
{
    return column(db, std::string("SELECT coalesce(seed_key, 'NULL') FROM contact_list_items WHERE list = '") + list +
                          "' ORDER BY id");
}

QStringList keysOf(const QList<ContactListItem>& items)
{
    QStringList out;
    for (const ContactListItem& i : items)
        out.append(i.seedKey.isEmpty() ? QStringLiteral("-") : i.seedKey);
    return out;
}

} // namespace

class TestContactListSeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void aNewVaultsSeededItemsHaveKeys()
    {
        QTemporaryDir tmp;
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        Database& db = created.vault->database();
        QCOMPARE(seedKeysOf(db, "supply"), kSupplyKeys);
        QCOMPARE(seedKeysOf(db, "referral_type"), kReferralKeys);
        QCOMPARE(seedKeysOf(db, "naloxone_product"),
                 (QStringList{QStringLiteral("nasal_4mg"), QStringLiteral("nasal_8mg"), QStringLiteral("intramuscular"),
                              QStringLiteral("other")}));
        QCOMPARE(seedKeysOf(db, "checking_method"),
                 (QStringList{QStringLiteral("fentanyl_strip"), QStringLiteral("xylazine_strip"),
                              QStringLiteral("nitazene_strip"), QStringLiteral("reagent"), QStringLiteral("ftir")}));
        QCOMPARE(column(db, "SELECT count(*) FROM contact_list_items WHERE seed_key IS NULL"),
                 QStringList{QStringLiteral("0")});
        // The record carries it.
        SystemClock clock;
        Domain domain(db, clock);
        auto supplies = domain.contactLists().items(ContactList::Supply);
        QVERIFY(supplies.ok());
        QCOMPARE(keysOf(supplies.value()), kSupplyKeys);
        QCOMPARE(supplies->first().label, QStringLiteral("Syringes"));
    }

    // An agency's own item has no key; a rename keeps the key and stores the agency's words exactly as typed; a
    // retirement and a new order keep it too.
    void theAgencysWordsAndTheKeyBothStay()
    {
        QTemporaryDir tmp;
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        Database& db = created.vault->database();
        FixedClock clock(kNow);
        Domain domain(db, clock);
        ContactListService& lists = domain.contactLists();
        auto added = lists.add(ContactList::Supply, QStringLiteral("Kits de higiene bucal"));
        QVERIFY(added.ok());
        QVERIFY(lists.item(added.value())->seedKey.isEmpty());

        auto supplies = lists.items(ContactList::Supply);
        QVERIFY(supplies.ok());
        const ContactListItemId syringes = supplies->first().id;
        QVERIFY(lists.rename(syringes, QStringLiteral("  Jeringas de 1 mL (agencia) ")).ok());
        auto renamed = lists.item(syringes);
        QVERIFY(renamed.ok());
        QCOMPARE(renamed->label, QStringLiteral("Jeringas de 1 mL (agencia)"));
        QCOMPARE(renamed->seedKey, QStringLiteral("syringes"));
        QVERIFY(lists.setRetired(syringes, true).ok());
        QList<ContactListItemId> order;
        for (auto it = supplies->crbegin(); it != supplies->crend(); ++it)
            order.append(it->id);
        QVERIFY(lists.reorder(ContactList::Supply, order).ok());
        QCOMPARE(lists.item(syringes)->seedKey, QStringLiteral("syringes"));
        QCOMPARE(lists.item(syringes)->label, QStringLiteral("Jeringas de 1 mL (agencia)"));
        QVERIFY(lists.item(added.value())->seedKey.isEmpty());
        // Renamed back to the seeded words, it is the seeded item again (the interface words it then).
        QVERIFY(lists.rename(syringes, QStringLiteral("Syringes")).ok());
        QCOMPARE(lists.item(syringes)->label, QStringLiteral("Syringes"));
        QCOMPARE(lists.item(syringes)->seedKey, QStringLiteral("syringes"));
    }

    // Nothing writes or rewrites a seed key: not an update, not an insert, not a second item with the same key.
    void aSeedKeyCannotBeWrittenOrInvented_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("changed") << QStringLiteral("UPDATE contact_list_items SET seed_key = 'cookers' WHERE id = 1");
        QTest::addRow("cleared") << QStringLiteral("UPDATE contact_list_items SET seed_key = NULL WHERE id = 1");
        QTest::addRow("given to an agency item")
            << QStringLiteral("UPDATE contact_list_items SET seed_key = 'bleach' WHERE seed_key IS NULL");
        QTest::addRow("inserted") << QStringLiteral(
            "INSERT INTO contact_list_items (uuid, list, label, position, created_at, seed_key) VALUES "
            "('5a4bd9a0-35cf-4d3b-9f3e-1f3c8f0e6a01', 'supply', 'Bleach', 99, '2024-05-06T15:00:00.000Z', 'bleach')");
        QTest::addRow("inserted twice") << QStringLiteral(
            "INSERT INTO contact_list_items (uuid, list, label, position, created_at, seed_key) VALUES "
            "('5a4bd9a0-35cf-4d3b-9f3e-1f3c8f0e6a02', 'supply', 'More syringes', 99, '2024-05-06T15:00:00.000Z', "
            "'syringes')");
        QTest::addRow("not a key") << QStringLiteral(
            "UPDATE contact_list_items SET seed_key = 'Syringes!' WHERE id = 1");
    }

    void aSeedKeyCannotBeWrittenOrInvented()
    {
        QFETCH(QString, sql);
        QTemporaryDir tmp;
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        Database& db = created.vault->database();
        FixedClock clock(kNow);
        Domain domain(db, clock);
        QVERIFY(domain.contactLists().add(ContactList::Supply, QStringLiteral("Bleach")).ok());
        const QStringList before = column(db, "SELECT id || ':' || coalesce(seed_key, '') FROM contact_list_items");
        QCOMPARE(db.exec(sql.toStdString()).code(), ErrorCode::Constraint);
        QCOMPARE(column(db, "SELECT id || ':' || coalesce(seed_key, '') FROM contact_list_items"), before);
    }

    // A vault written at version 13, whose agency renamed, retired, reordered and added items, gets keys for the
    // seeded rows only, and every column that was there reads as it did.
    void aVersion13VaultGetsItsKeys()
    {
        QTemporaryDir tmp;
        auto opened = Database::open(tmp.filePath(QStringLiteral("v13.db")), Database::OpenMode::ReadWriteCreate);
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        Database& db = opened.value();
        QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());
        QVERIFY(migrate(db, schemaMigrations(), 13).ok());
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), 13);
        const Status edited = db.exec(R"sql(
            UPDATE contact_list_items SET label = 'Agujas' WHERE id = 1;
            UPDATE contact_list_items SET retired = 1 WHERE id = 5;
            UPDATE contact_list_items SET position = 12 - position WHERE list = 'supply';
            INSERT INTO contact_list_items (uuid, list, label, position, created_at)
            VALUES ('5a4bd9a0-35cf-4d3b-9f3e-1f3c8f0e6a03', 'supply', 'Bleach', 12, '2024-05-07T09:00:00.000Z'),
                   ('5a4bd9a0-35cf-4d3b-9f3e-1f3c8f0e6a04', 'referral_type', 'Syringe services', 12,
                    '2024-05-07T09:00:00.000Z');
        )sql");
        QVERIFY2(edited.ok(), qPrintable(edited.error().detail));
        const std::string dump = "SELECT id || '|' || uuid || '|' || list || '|' || label || '|' || "
                                 "coalesce(doses_per_kit, '') || '|' || position || '|' || retired || '|' || "
                                 "created_at FROM contact_list_items ORDER BY id";
        const QStringList before = column(db, dump);
        QCOMPARE(before.size(), 33);

        const Status upgraded = migrate(db, schemaMigrations());
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error().detail));
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), latestSchemaVersion());
        QCOMPARE(column(db, dump), before);
        QCOMPARE(seedKeysOf(db, "supply"), kSupplyKeys + QStringList{QStringLiteral("NULL")});
        QCOMPARE(seedKeysOf(db, "referral_type"), kReferralKeys + QStringList{QStringLiteral("NULL")});
        QCOMPARE(column(db, "SELECT seed_key FROM contact_list_items WHERE label = 'Agujas'"),
                 QStringList{QStringLiteral("syringes")});
        QCOMPARE(column(db, "SELECT count(*) FROM contact_list_items WHERE seed_key IS NOT NULL"),
                 QStringList{QStringLiteral("31")});
        QVERIFY(db.close().ok());
    }

    // A version-13 vault whose first rows were not seeded together (not a vault Migration 8 made) gets no keys
    // rather than wrong ones.
    void rowsNotSeededTogetherGetNoKeys()
    {
        QTemporaryDir tmp;
        auto opened = Database::open(tmp.filePath(QStringLiteral("v13.db")), Database::OpenMode::ReadWriteCreate);
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        Database& db = opened.value();
        QVERIFY(migrate(db, schemaMigrations(), 13).ok());
        QVERIFY(
            db.exec("UPDATE contact_list_items SET created_at = '2020-01-01T00:00:00.000Z' WHERE id BETWEEN 2 AND 31")
                .ok());
        QVERIFY(migrate(db, schemaMigrations()).ok());
        QCOMPARE(column(db, "SELECT id FROM contact_list_items WHERE seed_key IS NOT NULL"),
                 QStringList{QStringLiteral("1")});
        QVERIFY(db.close().ok());
    }
};

QTEST_GUILESS_MAIN(TestContactListSeeds)
#include "tst_contactlistseeds.moc"
