// SPDX-License-Identifier: GPL-3.0-or-later
// A client's printouts in the client's language (issue 14): the language is kept with the client record (NULL
// when it follows the counselor's), a malformed code is refused by the service and by the schema and changes
// nothing, a vault from before Migration 13 gains the column empty, and the goal summary carries it.
#include "domain/Domain.h"
#include "report/ReportData.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace continuum;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2025, 3, 14), QTime(15, 0), Qt::UTC);

class Env
{
public:
    Env()
        : clock(kNow)
    {
        created = createTestVault(tmp.filePath(QStringLiteral("vault")));
        domain = std::make_unique<Domain>(created.vault->database(), clock);
    }

    Database& db() { return created.vault->database(); }

    QTemporaryDir tmp;
    FixedClock clock;
    Vault::Created created;
    std::unique_ptr<Domain> domain;
};

/// The stored column as text: "NULL" when it is NULL.
QString storedLanguage(Database& db, ClientId id)
{
    auto st = db.prepare("SELECT print_language FROM clients WHERE id = ?1");
    if (!st)
        return QStringLiteral("<%1>").arg(st.error().detail);
    st->bind(1, id);
    auto row = st->step();
    if (!row || !row.value())
        return QStringLiteral("<no row>");
    return st->columnIsNull(0) ? QStringLiteral("NULL") : st->columnText(0);
}

QString clientRows(Database& db)
{
    auto st =
        db.prepare("SELECT id, chosen_name, coalesce(print_language, 'NULL'), updated_at FROM clients ORDER BY id");
    if (!st)
        return st.error().detail;
    QStringList out;
    while (true) {
        auto row = st->step();
        if (!row || !row.value())
            break;
        out.append(QStringList{st->columnText(0), st->columnText(1), st->columnText(2), st->columnText(3)}.join(
            QLatin1Char('|')));
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestClientPrintLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void theLanguageRoundTrips_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("stored");
        QTest::addRow("none: the counselor's language") << QString() << QStringLiteral("NULL");
        QTest::addRow("Spanish") << QStringLiteral("es") << QStringLiteral("es");
        QTest::addRow("English") << QStringLiteral("en") << QStringLiteral("en");
        QTest::addRow("three letters (Haitian Creole)") << QStringLiteral("hat") << QStringLiteral("hat");
    }

    void theLanguageRoundTrips()
    {
        QFETCH(QString, language);
        QFETCH(QString, stored);
        Env env;
        Client c;
        c.chosenName = QStringLiteral("Rosa");
        c.printLanguage = language;
        auto id = env.domain->clients().create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        QCOMPARE(storedLanguage(env.db(), *id), stored);
        auto read = env.domain->clients().client(*id);
        QVERIFY2(read.ok(), qPrintable(read.error().detail));
        QCOMPARE(read->printLanguage, language);

        // Changed, then cleared again: each an update in the audit log.
        const qint64 auditBefore = env.domain->audit().count().value();
        Client changed = read.value();
        changed.printLanguage = QStringLiteral("es");
        const Status s1 = env.domain->clients().update(changed);
        QVERIFY2(s1.ok(), qPrintable(s1.error().detail));
        QCOMPARE(env.domain->clients().client(*id)->printLanguage, QStringLiteral("es"));
        changed.printLanguage.clear();
        const Status s2 = env.domain->clients().update(changed);
        QVERIFY2(s2.ok(), qPrintable(s2.error().detail));
        QCOMPARE(storedLanguage(env.db(), *id), QStringLiteral("NULL"));
        QCOMPARE(env.domain->clients().client(*id)->printLanguage, QString());
        QCOMPARE(env.domain->audit().count().value(), auditBefore + 2);
        auto entries = env.domain->audit().entries(0, 1, *id);
        QVERIFY(entries.ok());
        QCOMPARE(entries->first().action, QStringLiteral("update"));
    }

    void aMalformedCodeIsRefused_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("capitals") << QStringLiteral("ES");
        QTest::addRow("one letter") << QStringLiteral("e");
        QTest::addRow("a name, not a code") << QStringLiteral("spanish");
        QTest::addRow("with a region") << QStringLiteral("es_MX");
        QTest::addRow("a digit") << QStringLiteral("e1");
        QTest::addRow("spaces") << QStringLiteral(" es");
        QTest::addRow("an accented letter") << QStringLiteral("eñ");
    }

    void aMalformedCodeIsRefused()
    {
        QFETCH(QString, language);
        Env env;
        Client c;
        c.chosenName = QStringLiteral("Rosa");
        auto id = env.domain->clients().create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const QString before = clientRows(env.db());
        const qint64 auditBefore = env.domain->audit().count().value();

        Client bad = env.domain->clients().client(*id).value();
        bad.printLanguage = language;
        const Status updated = env.domain->clients().update(bad);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.code(), ErrorCode::Validation);
        QCOMPARE(updated.error().failure(), (FieldReason{Field::PrintLanguage, ValidationReason::NotPlausible}));
        Client fresh;
        fresh.chosenName = QStringLiteral("Sol");
        fresh.printLanguage = language;
        auto created = env.domain->clients().create(fresh);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().failure(), (FieldReason{Field::PrintLanguage, ValidationReason::NotPlausible}));

        QCOMPARE(clientRows(env.db()), before);
        QCOMPARE(env.domain->audit().count().value(), auditBefore);

        // The schema refuses it too, whoever writes.
        auto st = env.db().prepare("UPDATE clients SET print_language = ?1 WHERE id = ?2");
        QVERIFY(st.ok());
        st->bind(1, language);
        st->bind(2, *id);
        auto stepped = st->step();
        QVERIFY(!stepped.ok());
        QCOMPARE(stepped.error().code, ErrorCode::Constraint);
        QCOMPARE(clientRows(env.db()), before);
    }

    // A vault from schema 12 gains the column, empty, and keeps every row as it was.
    void anOlderVaultGainsTheColumnEmpty()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        auto opened = Database::open(tmp.filePath(QStringLiteral("v12.db")), Database::OpenMode::ReadWriteCreate);
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        Database& db = opened.value();
        QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());
        QVERIFY(migrate(db, schemaMigrations(), 12).ok());
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), 12);
        QVERIFY(!db.prepare("SELECT print_language FROM clients").ok());
        const Status filled = db.exec(R"sql(
            INSERT INTO clients (id, uuid, chosen_name, sort_key, created_at, updated_at)
            VALUES (1, '6f1c1f5e-7c1b-4d8e-9a55-0a7d5a4e2b11', 'Rae', 'rae', '2024-02-01T10:00:00.000Z',
                    '2024-02-01T10:00:00.000Z');
        )sql");
        QVERIFY2(filled.ok(), qPrintable(filled.error().detail));

        const Status upgraded = migrate(db, schemaMigrations(), 13);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error().detail));
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), 13);
        QCOMPARE(storedLanguage(db, ClientId(1)), QStringLiteral("NULL"));
        QVERIFY(db.exec("UPDATE clients SET print_language = 'es' WHERE id = 1").ok());
        QCOMPARE(storedLanguage(db, ClientId(1)), QStringLiteral("es"));
        QCOMPARE(db.exec("UPDATE clients SET print_language = 'ES' WHERE id = 1").code(), ErrorCode::Constraint);
        QCOMPARE(db.exec("UPDATE clients SET print_language = 'espa' WHERE id = 1").code(), ErrorCode::Constraint);
        QCOMPARE(db.exec("UPDATE clients SET print_language = '' WHERE id = 1").code(), ErrorCode::Constraint);
        QCOMPARE(storedLanguage(db, ClientId(1)), QStringLiteral("es"));
        QVERIFY(db.close().ok());
    }

    // The goal summary says which language its fixed texts print in: the client's.
    void theGoalSummaryCarriesTheLanguage()
    {
        Env env;
        Client c;
        c.chosenName = QStringLiteral("Rosa");
        c.printLanguage = QStringLiteral("es");
        auto id = env.domain->clients().create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        GoalFields g;
        g.clientWords = QStringLiteral("I want to keep my apartment");
        auto goal = env.domain->goals().create(*id, g, {QString(), ClientAgreement::Yes, std::nullopt});
        QVERIFY2(goal.ok(), qPrintable(goal.error().detail));
        GoalSummaryOptions options;
        options.date = QDate(2025, 3, 14);
        auto summary = buildGoalSummary(*env.domain, *id, options);
        QVERIFY2(summary.ok(), qPrintable(summary.error().detail));
        QCOMPARE(summary->language, QStringLiteral("es"));
        QCOMPARE(summary->goals.size(), 1);
        QCOMPARE(summary->goals.first().fields.clientWords, g.clientWords);

        Client other;
        other.chosenName = QStringLiteral("Sol");
        auto otherId = env.domain->clients().create(other);
        QVERIFY2(otherId.ok(), qPrintable(otherId.error().detail));
        auto plain = buildGoalSummary(*env.domain, *otherId, options);
        QVERIFY2(plain.ok(), qPrintable(plain.error().detail));
        QCOMPARE(plain->language, QString());
    }
};

QTEST_GUILESS_MAIN(TestClientPrintLanguage)
#include "tst_clientprintlanguage.moc"
