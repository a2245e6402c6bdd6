// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrading a vault written by the previous version (schema 1, checked in as a fixture): unlocking a copy
// migrates it to this build's schema, keeps what it held, and leaves a vault the domain works in; doing
// it again changes nothing; the recovery key still opens it; a vault from a newer version is refused
// untouched. The fixture in the source tree is only ever copied, never opened in place.
#include "crypto/KeySlot.h"
#include "domain/Domain.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace continuum;
using namespace continuum::test;

namespace {

const QString kFixture = QStringLiteral(FIXTURE_VAULT_SCHEMA1);
const QString kPassphrase = QStringLiteral("schema one passphrase");
const QString kRecoveryKey = QStringLiteral("S8HJ-H4Z7-GXXB-VHVC-DSTV-XFFR-X8TD-KJJH");
const QDateTime kNow(QDate(2024, 5, 6), QTime(15, 0), Qt::UTC);

/// Every table and trigger migration 2 adds.
const QStringList kDomainTables{
    QStringLiteral("addenda"),
    QStringLiteral("audit_log"),
    QStringLiteral("balance_items"),
    QStringLiteral("client_search"),
    QStringLiteral("client_substances"),
    QStringLiteral("clients"),
    QStringLiteral("counselor"),
    QStringLiteral("goal_revisions"),
    QStringLiteral("goals"),
    QStringLiteral("note_sections"),
    QStringLiteral("purge_authorizations"),
    QStringLiteral("session_goals"),
    QStringLiteral("sessions"),
    QStringLiteral("settings"),
    QStringLiteral("talk_quotes"),
};
const QStringList kSomeTriggers{
    QStringLiteral("sessions_signed_no_update"), QStringLiteral("sessions_signed_no_delete"),
    QStringLiteral("addenda_only_on_signed"),    QStringLiteral("goal_revisions_no_update"),
    QStringLiteral("goal_revisions_no_delete"),  QStringLiteral("audit_no_delete"),
    QStringLiteral("audit_no_update"),
};

/// Copies the fixture's files into a new folder; false if any copy fails.
bool copyFixture(const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QStringList files = QDir(kFixture).entryList(QDir::Files | QDir::Hidden);
    if (files.isEmpty())
        return false;
    for (const QString& name : files) {
        const QString target = to + QLatin1Char('/') + name;
        if (!QFile::copy(kFixture + QLatin1Char('/') + name, target))
            return false;
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

QString metaValue(Database& db, const QString& key)
{
    auto st = db.prepare("SELECT value FROM vault_meta WHERE key = ?1");
    if (!st)
        return QStringLiteral("<%1>").arg(st.error().detail);
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return QStringLiteral("<%1>").arg(row.error().detail);
    return row.value() ? st->columnText(0) : QStringLiteral("<missing>");
}

QStringList schemaNames(Database& db, const char* type)
{
    QStringList out;
    auto st = db.prepare("SELECT name FROM sqlite_schema WHERE type = ?1 ORDER BY name");
    if (!st)
        return {QStringLiteral("<%1>").arg(st.error().detail)};
    st->bind(1, QString::fromLatin1(type));
    while (st->step().value())
        out.append(st->columnText(0));
    return out;
}

/// The whole schema as SQLite keeps it, for "nothing changed".
QStringList schemaDump(Database& db)
{
    QStringList out;
    auto st = db.prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name");
    if (!st)
        return {QStringLiteral("<%1>").arg(st.error().detail)};
    while (st->step().value())
        out.append(st->columnText(0) + QLatin1Char(' ') + st->columnText(1) + QLatin1Char(' ') + st->columnText(2));
    return out;
}

qint64 rowCount(Database& db, const char* table)
{
    auto n = db.queryInt(std::string("SELECT count(*) FROM ") + table);
    return n ? n.value() : -1;
}

} // namespace

class TestMigration : public QObject
{
    Q_OBJECT

    QMap<QString, QByteArray> m_fixtureAtStart;

private Q_SLOTS:
    void initTestCase()
    {
        m_fixtureAtStart = snapshotFolder(kFixture);
        QCOMPARE(m_fixtureAtStart.size(), 2); // keyslots.json and vault.db, nothing else
        for (const QByteArray& hash : std::as_const(m_fixtureAtStart))
            QVERIFY(!hash.isEmpty());
        QVERIFY2(latestSchemaVersion() > 1, "nothing to migrate to");
    }

    void cleanupTestCase()
    {
        // The fixture in the source tree was only ever copied.
        QCOMPARE(snapshotFolder(kFixture), m_fixtureAtStart);
    }

    // The fixture really is what the previous version wrote: schema 1, no domain tables.
    void fixtureIsSchemaOne()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(copyFixture(dir));
        auto slots = precheckVaultFolder(dir);
        QVERIFY2(slots.ok(), qPrintable(slots.error().detail));
        const auto slot = slots->slot(KeySlotKind::Passphrase);
        QVERIFY(slot.has_value());
        auto key = unwrapKey(*slot, secret(kPassphrase), slots->vaultId);
        QVERIFY2(key.ok(), qPrintable(key.error().detail));
        auto db = Vault::openDatabase(VaultFiles::database(dir), key.value(), true);
        QVERIFY2(db.ok(), qPrintable(db.error().detail));
        QCOMPARE(db->queryInt("PRAGMA user_version").value(), 1);
        QCOMPARE(schemaNames(db.value(), "table"), QStringList{QStringLiteral("vault_meta")});
        QCOMPARE(metaValue(db.value(), QStringLiteral("fixture_note")), QStringLiteral("written by schema 1"));
        QVERIFY(db->close().ok());
    }

    void unlockMigratesAndKeepsEverything()
    {
        const auto fixtureBefore = snapshotFolder(kFixture);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(copyFixture(dir));

        QStringList schemaAfterFirstUnlock;
        ClientId clientId = 0;
        GoalId goalId = 0;
        SessionId sessionId = 0;
        {
            auto vault = Vault::unlock(dir, secret(kPassphrase));
            QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
            Vault& v = *vault.value();
            QCOMPARE(v.schemaVersion().value(), latestSchemaVersion());
            QVERIFY(!v.openedWithRecoveryKey());
            Database& db = v.database();

            // What schema 1 held survived.
            QCOMPARE(metaValue(db, QStringLiteral("fixture_note")), QStringLiteral("written by schema 1"));
            QVERIFY(!metaValue(db, QStringLiteral("schema_created_at")).startsWith(QLatin1Char('<')));

            // Every domain table and the integrity triggers are there.
            const QStringList tables = schemaNames(db, "table");
            for (const QString& t : kDomainTables)
                QVERIFY2(tables.contains(t), qPrintable(t));
            const QStringList triggers = schemaNames(db, "trigger");
            for (const QString& t : kSomeTriggers)
                QVERIFY2(triggers.contains(t), qPrintable(t));

            // And the domain works in them.
            FixedClock clock(kNow);
            clock.setToday(kNow.date());
            Domain domain(db, clock);
            QVERIFY(domain.counselor().setCounselor({QStringLiteral("Jordan Lee"), QStringLiteral("CADC")}).ok());
            Client c;
            c.chosenName = QStringLiteral("Rae");
            auto client = domain.clients().create(c);
            QVERIFY2(client.ok(), qPrintable(client.error().detail));
            clientId = client.value();
            SessionContent content;
            content.date = kNow.date();
            auto session = domain.sessions().createDraft(clientId, content);
            QVERIFY2(session.ok(), qPrintable(session.error().detail));
            sessionId = session.value();
            GoalFields f;
            f.clientWords = QStringLiteral("I want to keep my housing");
            f.lifeArea = LifeArea::Housing;
            auto goal = domain.goals().create(clientId, f, {QStringLiteral("first meeting"), true, sessionId});
            QVERIFY2(goal.ok(), qPrintable(goal.error().detail));
            goalId = goal.value();
            content.goals.append(SessionGoalEntry{goalId,
                                                  StageOfChange::Preparation,
                                                  false,
                                                  RulerScore{7, QStringLiteral("it's my home"), QString()},
                                                  {},
                                                  {},
                                                  {}});
            QVERIFY(domain.sessions().saveDraft(sessionId, content).ok());
            const Status signedOk = domain.sessions().sign(sessionId);
            QVERIFY2(signedOk.ok(), qPrintable(signedOk.error().detail));
            QCOMPARE(domain.sessions().addAddendum(sessionId, QStringLiteral("a correction")).value(), 1);
            // The migrated triggers hold.
            QCOMPARE(db.exec("DELETE FROM sessions").code(), ErrorCode::Constraint);

            auto report = v.checkIntegrity();
            QVERIFY2(report.ok(), qPrintable(report.error().detail));
            QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
            schemaAfterFirstUnlock = schemaDump(db);
            v.lock();
        }
        QVERIFY(!QFile::exists(VaultFiles::lock(dir)));

        // Unlocking again migrates nothing and loses nothing.
        {
            auto vault = Vault::unlock(dir, secret(kPassphrase));
            QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
            Database& db = vault.value()->database();
            QCOMPARE(vault.value()->schemaVersion().value(), latestSchemaVersion());
            QCOMPARE(schemaDump(db), schemaAfterFirstUnlock);
            QCOMPARE(metaValue(db, QStringLiteral("fixture_note")), QStringLiteral("written by schema 1"));
            QCOMPARE(rowCount(db, "clients"), 1);

            FixedClock clock(kNow);
            Domain domain(db, clock);
            auto client = domain.clients().client(clientId);
            QVERIFY2(client.ok(), qPrintable(client.error().detail));
            QCOMPARE(client->chosenName, QStringLiteral("Rae"));
            auto goal = domain.goals().goal(goalId);
            QVERIFY2(goal.ok(), qPrintable(goal.error().detail));
            QCOMPARE(goal->fields.clientWords, QStringLiteral("I want to keep my housing"));
            auto session = domain.sessions().session(sessionId);
            QVERIFY2(session.ok(), qPrintable(session.error().detail));
            QVERIFY(session->isSigned());
            QCOMPARE(session->signedBy, QStringLiteral("Jordan Lee, CADC"));
            QCOMPARE(session->addenda.size(), 1);
            QCOMPARE(session->content.goals.size(), 1);
            QCOMPARE(session->content.goals.first().importance->value, 7);

            auto report = vault.value()->checkIntegrity();
            QVERIFY2(report.ok(), qPrintable(report.error().detail));
            QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
        }
        // A third time, straight after: still the same.
        {
            auto vault = Vault::unlock(dir, secret(kPassphrase));
            QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
            QCOMPARE(schemaDump(vault.value()->database()), schemaAfterFirstUnlock);
        }
        QCOMPARE(snapshotFolder(kFixture), fixtureBefore);
    }

    void recoveryKeyOpensTheMigratedVault_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addRow("as printed") << kRecoveryKey;
        QTest::addRow("lower case") << kRecoveryKey.toLower();
    }
    void recoveryKeyOpensTheMigratedVault()
    {
        QFETCH(QString, typed);
        const auto fixtureBefore = snapshotFolder(kFixture);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(copyFixture(dir));
        {
            auto vault = Vault::unlockWithRecoveryKey(dir, typed);
            QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
            QVERIFY(vault.value()->openedWithRecoveryKey());
            QCOMPARE(vault.value()->schemaVersion().value(), latestSchemaVersion());
            QCOMPARE(metaValue(vault.value()->database(), QStringLiteral("fixture_note")),
                     QStringLiteral("written by schema 1"));
            auto report = vault.value()->checkIntegrity();
            QVERIFY2(report.ok() && report->ok, "integrity check failed");
        }
        // The passphrase still opens it after a migration done under the recovery key.
        auto again = Vault::unlock(dir, secret(kPassphrase));
        QVERIFY2(again.ok(), qPrintable(again.error().detail));
        QCOMPARE(again.value()->schemaVersion().value(), latestSchemaVersion());
        QCOMPARE(snapshotFolder(kFixture), fixtureBefore);
    }

    void newerVaultIsRefusedUntouched_data()
    {
        QTest::addColumn<bool>("withRecoveryKey");
        QTest::addRow("passphrase") << false;
        QTest::addRow("recovery key") << true;
    }
    void newerVaultIsRefusedUntouched()
    {
        QFETCH(bool, withRecoveryKey);
        const auto fixtureBefore = snapshotFolder(kFixture);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(copyFixture(dir));
        {
            // As a later version would leave it: migrated, then a schema this build does not know.
            auto vault = Vault::unlock(dir, secret(kPassphrase));
            QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
            const std::string bump = "PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1);
            QVERIFY(vault.value()->database().exec(bump).ok());
            vault.value()->lock();
        }
        const auto before = snapshotFolder(dir);
        QVERIFY(before.contains(QStringLiteral("/vault.db")));

        auto refused =
            withRecoveryKey ? Vault::unlockWithRecoveryKey(dir, kRecoveryKey) : Vault::unlock(dir, secret(kPassphrase));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), ErrorCode::NewerVersion);
        QCOMPARE(snapshotFolder(dir), before);
        QVERIFY(!QFile::exists(VaultFiles::lock(dir)));

        // Refused again, the same way: the first refusal left nothing behind.
        QCOMPARE(Vault::unlock(dir, secret(kPassphrase)).code(), ErrorCode::NewerVersion);
        QCOMPARE(snapshotFolder(dir), before);

        // The lower-level migrate() refuses the same way, writing nothing.
        auto slots = precheckVaultFolder(dir);
        QVERIFY(slots.ok());
        auto key = unwrapKey(*slots->slot(KeySlotKind::Passphrase), secret(kPassphrase), slots->vaultId);
        QVERIFY(key.ok());
        QCOMPARE(Vault::openDatabase(VaultFiles::database(dir), key.value(), true).code(), ErrorCode::NewerVersion);
        auto db = Database::open(VaultFiles::database(dir), Database::OpenMode::ReadWrite);
        QVERIFY(db.ok());
        QVERIFY(db->key(key.value()).ok());
        QCOMPARE(migrate(db.value(), schemaMigrations()).code(), ErrorCode::NewerVersion);
        QCOMPARE(db->queryInt("PRAGMA user_version").value(), latestSchemaVersion() + 1);
        QVERIFY(db->close().ok());
        QCOMPARE(snapshotFolder(dir), before);
        QCOMPARE(snapshotFolder(kFixture), fixtureBefore);
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "tst_migration.moc"
