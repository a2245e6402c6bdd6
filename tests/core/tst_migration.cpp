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
        ClientId clientId;
        GoalId goalId;
        SessionId sessionId;
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
            auto goal =
                domain.goals().create(clientId, f, {QStringLiteral("first meeting"), ClientAgreement::Yes, sessionId});
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

    // Migration 5 rebuilds goal_revisions (more life areas, "not placed yet", the client's answer instead
    // of a yes/no that defaulted to yes). Revisions written before it keep their ids and words, the old
    // yes/no reads as the answer "yes"/"no", the append-only triggers hold again, and the new values work.
    void goalRevisionsSurviveTheAgreementMigration()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QVERIFY(copyFixture(dir));
        auto slots = precheckVaultFolder(dir);
        QVERIFY2(slots.ok(), qPrintable(slots.error().detail));
        auto key = unwrapKey(*slots->slot(KeySlotKind::Passphrase), secret(kPassphrase), slots->vaultId);
        QVERIFY2(key.ok(), qPrintable(key.error().detail));
        auto opened = Database::open(VaultFiles::database(dir), Database::OpenMode::ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        Database& db = opened.value();
        QVERIFY(db.key(key.value()).ok());
        QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());

        // The schema as the version before this one left it, with revisions written by its rules.
        int before = 0;
        for (const Migration& m : schemaMigrations()) {
            if (m.version < 5)
                before = m.version;
        }
        const Status down = migrate(db, schemaMigrations(), before);
        QVERIFY2(down.ok(), qPrintable(down.error().detail));
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), before);
        const char* setup[] = {
            "INSERT INTO clients (id, uuid, chosen_name, sort_key, created_at, updated_at) "
            "VALUES (7, '{00000000-0000-0000-0000-000000000007}', 'Rae', 'rae', '2024-01-01T10:00:00Z', "
            "'2024-01-01T10:00:00Z')",
            "INSERT INTO goals (id, uuid, client_id, created_at, current_revision, status) "
            "VALUES (11, '{00000000-0000-0000-0000-000000000011}', 7, '2024-01-01T10:00:00Z', 3, 'active')",
            "INSERT INTO goal_revisions (id, goal_id, revision, client_words, life_area, continuum_position, status, "
            "changes, reason, client_agreed, revised_at, revised_by) VALUES (21, 11, 1, 'Use with someone around', "
            "'substance_use', 'safer_use', 'active', '[]', 'first', 1, '2024-01-01T10:00:00Z', 'Jordan Lee')",
            "INSERT INTO goal_revisions (id, goal_id, revision, client_words, life_area, continuum_position, status, "
            "changes, reason, client_agreed, revised_at, revised_by) VALUES (35, 11, 2, 'Use with someone around', "
            "'substance_use', 'managed_use', 'active', "
            "'[{\"field\":\"position\",\"old\":\"safer_use\",\"new\":\"managed_use\"}]', 'weekends only', 0, "
            "'2024-02-01T10:00:00Z', 'Jordan Lee')",
            "INSERT INTO goal_revisions (id, goal_id, revision, client_words, life_area, continuum_position, status, "
            "changes, reason, client_agreed, revised_at, revised_by) VALUES (36, 11, 3, 'Use with someone around', "
            "'substance_use', 'managed_use', 'paused', "
            "'[{\"field\":\"status\",\"old\":\"active\",\"new\":\"paused\"}]', '', 1, '2024-03-01T10:00:00Z', "
            "'Jordan Lee')",
        };
        for (const char* sql : setup) {
            const Status s = db.exec(sql);
            QVERIFY2(s.ok(), qPrintable(s.error().detail));
        }

        const Status up = migrate(db, schemaMigrations());
        QVERIFY2(up.ok(), qPrintable(up.error().detail));
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), latestSchemaVersion());
        QCOMPARE(db.queryText("PRAGMA integrity_check").value(), QStringLiteral("ok"));
        QCOMPARE(rowCount(db, "pragma_foreign_key_check"), 0);

        FixedClock clock(kNow);
        clock.setToday(kNow.date());
        Domain domain(db, clock);
        auto history = domain.goals().history(GoalId(11));
        QVERIFY2(history.ok(), qPrintable(history.error().detail));
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).id, 21);
        QCOMPARE(history->at(1).id, 35);
        QCOMPARE(history->at(2).id, 36);
        QCOMPARE(history->at(0).clientAgreement, std::optional<ClientAgreement>(ClientAgreement::Yes));
        QCOMPARE(history->at(1).clientAgreement, std::optional<ClientAgreement>(ClientAgreement::No));
        QCOMPARE(history->at(2).clientAgreement, std::optional<ClientAgreement>(ClientAgreement::Yes));
        QCOMPARE(history->at(1).reason, QStringLiteral("weekends only"));
        QCOMPARE(history->at(1).fields.position, std::optional<ContinuumPosition>(ContinuumPosition::ManagedUse));
        QCOMPARE(history->at(1).changes.size(), 1);
        QCOMPARE(history->at(2).fields.status, GoalStatus::Paused);
        QCOMPARE(history->at(2).revisedAt, QDateTime(QDate(2024, 3, 1), QTime(10, 0), Qt::UTC));
        QCOMPARE(domain.goals().goal(GoalId(11))->revision, 3);

        // History is append-only again, by the same triggers.
        const QStringList triggers = schemaNames(db, "trigger");
        QVERIFY(triggers.contains(QStringLiteral("goal_revisions_no_update")));
        QVERIFY(triggers.contains(QStringLiteral("goal_revisions_no_delete")));
        QCOMPARE(db.exec("UPDATE goal_revisions SET client_agreement = 'no' WHERE id = 21").code(),
                 ErrorCode::Constraint);
        QCOMPARE(db.exec("UPDATE goal_revisions SET reason = 'x'").code(), ErrorCode::Constraint);
        QCOMPARE(db.exec("DELETE FROM goal_revisions").code(), ErrorCode::Constraint);
        QCOMPARE(rowCount(db, "goal_revisions"), 3);

        // The migrated table takes what the new version writes: a new area, "not placed yet", an answer.
        GoalFields f = history->at(2).fields;
        f.position = ContinuumPosition::NotPlaced;
        const Status moved = domain.goals().revise(
            GoalId(11), f, {QStringLiteral("not sure any more"), ClientAgreement::NotDiscussed, std::nullopt});
        QVERIFY2(moved.ok(), qPrintable(moved.error().detail));
        GoalFields food;
        food.clientWords = QStringLiteral("Eat one hot meal a day");
        food.lifeArea = LifeArea::Food;
        auto created = domain.goals().create(ClientId(7), food, {});
        QVERIFY2(created.ok(), qPrintable(created.error().detail));
        QCOMPARE(domain.goals().goal(created.value())->fields.lifeArea, LifeArea::Food);
        QCOMPARE(domain.goals().history(GoalId(11))->last().clientAgreement,
                 std::optional<ClientAgreement>(ClientAgreement::NotDiscussed));
        QVERIFY(db.close().ok());
    }

    // A vault at schema 3 (the version before addenda had kinds) with signed sessions, an addendum and a
    // draft: upgrading keeps every signed row exactly, the addendum becomes a note, the triggers still hold,
    // and the work lists read it by the new rule (the draft is no contact).
    void versionThreeVaultKeepsItsSignedSessions()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        auto opened = Database::open(tmp.filePath(QStringLiteral("v3.db")), Database::OpenMode::ReadWriteCreate);
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        Database& db = opened.value();
        QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());
        QVERIFY(migrate(db, schemaMigrations(), 3).ok());
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), 3);
        const Status filled = db.exec(R"sql(
            INSERT INTO counselor (id, name, credentials) VALUES (1, 'Jordan Lee', 'CADC');
            INSERT INTO clients (id, uuid, chosen_name, sort_key, created_at, updated_at)
            VALUES (1, '6f1c1f5e-7c1b-4d8e-9a55-0a7d5a4e2b11', 'Rae', 'rae', '2024-02-01T10:00:00.000Z',
                    '2024-02-01T10:00:00.000Z');
            INSERT INTO sessions (id, uuid, client_id, session_date, note_format, next_steps, follow_up_date,
                                  created_at, updated_at)
            VALUES (1, '0b6c1e0e-1d2f-4a57-8c4e-3f1f3b2f6a01', 1, '2024-03-10', 'free', 'call Tuesday', '2024-03-20',
                    '2024-03-10T10:00:00.000Z', '2024-03-10T10:00:00.000Z'),
                   (2, '0b6c1e0e-1d2f-4a57-8c4e-3f1f3b2f6a02', 1, '2024-04-01', 'free', '', '2024-04-08',
                    '2024-04-01T10:00:00.000Z', '2024-04-01T10:00:00.000Z'),
                   (3, '0b6c1e0e-1d2f-4a57-8c4e-3f1f3b2f6a03', 1, '2024-05-06', 'free', '', '2024-06-01',
                    '2024-05-06T09:00:00.000Z', '2024-05-06T09:00:00.000Z');
            UPDATE sessions SET signed_at = '2024-04-01T11:00:00.000Z', signed_by = 'Jordan Lee, CADC' WHERE id IN (1, 2);
            INSERT INTO addenda (session_id, number, body, signed_at, signed_by)
            VALUES (2, 1, 'a correction', '2024-04-02T09:00:00.000Z', 'Jordan Lee, CADC');
        )sql");
        QVERIFY2(filled.ok(), qPrintable(filled.error().detail));
        const QStringList sessionsBefore = dumpTable(db, "sessions");
        QCOMPARE(sessionsBefore.size(), 3);

        const Status upgraded = migrate(db, schemaMigrations());
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.error().detail));
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), latestSchemaVersion());
        QVERIFY(latestSchemaVersion() >= 4);
        QCOMPARE(dumpTable(db, "sessions"), sessionsBefore);
        QCOMPARE(db.queryInt("SELECT count(*) FROM addenda WHERE kind = 'note'").value(), 1);
        QCOMPARE(db.exec("UPDATE sessions SET follow_up_date = NULL WHERE id = 1").code(), ErrorCode::Constraint);
        QCOMPARE(db.exec("DELETE FROM sessions WHERE id = 2").code(), ErrorCode::Constraint);
        QCOMPARE(db.exec("UPDATE addenda SET kind = 'entered_in_error'").code(), ErrorCode::Constraint);

        FixedClock clock(kNow);
        clock.setToday(kNow.date());
        Domain domain(db, clock);
        auto second = domain.sessions().session(SessionId(2));
        QVERIFY2(second.ok(), qPrintable(second.error().detail));
        QVERIFY(second->isSigned());
        QCOMPARE(second->signedBy, QStringLiteral("Jordan Lee, CADC"));
        QCOMPARE(second->addenda.size(), 1);
        QCOMPARE(second->addenda.first().body, QStringLiteral("a correction"));
        QVERIFY(!second->enteredInError());
        QCOMPARE(domain.sessions().session(SessionId(1))->content.nextSteps, QStringLiteral("call Tuesday"));

        // The draft of today is no contact; the latest signed session's follow-up is overdue.
        auto overdue = domain.caseload().followUpsOverdue();
        QVERIFY2(overdue.ok(), qPrintable(overdue.error().detail));
        QCOMPARE(overdue->size(), 1);
        QCOMPARE(overdue->first().sessionId, SessionId(2));
        auto notSeen = domain.caseload().notSeenFor(30);
        QVERIFY(notSeen.ok());
        QCOMPARE(notSeen->size(), 1);
        QCOMPARE(notSeen->first().lastContact, std::optional<QDate>(QDate(2024, 4, 1)));

        // And the upgraded vault takes the new kind of addendum.
        auto marked = domain.sessions().markEnteredInError(SessionId(2), QStringLiteral("not Rae's session"));
        QVERIFY2(marked.ok(), qPrintable(marked.error().detail));
        QCOMPARE(marked.value(), 2);
        QCOMPARE(domain.caseload().followUpsOverdue().value().first().sessionId, SessionId(1));
        QCOMPARE(dumpTable(db, "sessions"), sessionsBefore);
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
            auto vault = Vault::unlockWithRecoveryKey(dir, SecureBytes::fromText(typed));
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

        auto refused = withRecoveryKey ? Vault::unlockWithRecoveryKey(dir, SecureBytes::fromText(kRecoveryKey))
                                       : Vault::unlock(dir, secret(kPassphrase));
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
