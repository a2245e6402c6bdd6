// SPDX-License-Identifier: GPL-3.0-or-later
// Client mode's mark in the record (issue 15): a readiness ruler the person set themselves is saved and read
// back as theirs, through the service and the draft controller; the database refuses a mark without a number
// or other than 0/1; a signed session keeps its marks frozen (raw SQL included); sessions written before
// migration 12 read as the counselor's.
#include "domain/Domain.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "workspace/SessionDraftController.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace continuum;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2024, 5, 6), QTime(15, 0), Qt::UTC);

/// One unlocked test vault with its domain, owned by one test.
class Env
{
public:
    Env()
        : m_clock(kNow)
        , m_created(createTestVault(m_tmp.filePath(QStringLiteral("vault"))))
        , m_domain(db(), m_clock)
    {
        m_clock.setToday(kNow.date());
    }

    bool isValid() const { return m_tmp.isValid() && m_created.vault && m_created.vault->isOpen(); }
    Database& db() { return m_created.vault->database(); }
    Domain& domain() { return m_domain; }

    /// A client with one goal, and a draft session discussing it.
    bool addDraft(SessionId& session, GoalId& goal)
    {
        Client c;
        c.chosenName = QStringLiteral("Ines");
        auto client = m_domain.clients().create(c);
        if (!client)
            return false;
        GoalFields f;
        f.clientWords = QStringLiteral("Keep my room at the shelter");
        f.lifeArea = LifeArea::Housing;
        auto g = m_domain.goals().create(client.value(), f, {});
        if (!g)
            return false;
        goal = g.value();
        SessionContent content;
        content.date = kNow.date();
        content.goals.append(SessionGoalEntry{goal, {}, false, {}, {}, {}, {}});
        auto s = m_domain.sessions().createDraft(client.value(), content);
        if (!s)
            return false;
        session = s.value();
        return true;
    }

private:
    QTemporaryDir m_tmp;
    FixedClock m_clock;
    Vault::Created m_created;
    Domain m_domain;
};

/// The three marks of the session's one goal as stored: "importance/confidence/readiness", or an error.
QString storedMarks(Database& db, SessionId session)
{
    auto st = db.prepare("SELECT importance_by_person, confidence_by_person, readiness_by_person FROM session_goals "
                         "WHERE session_id = ?1");
    if (!st)
        return st.error().detail;
    st->bind(1, session);
    auto row = st->step();
    if (!row || !row.value())
        return QStringLiteral("<no row>");
    return QStringLiteral("%1/%2/%3").arg(st->columnInt(0)).arg(st->columnInt(1)).arg(st->columnInt(2));
}

RulerScore byPerson(int value, const QString& why, const QString& help)
{
    RulerScore r{value, why, help};
    r.enteredByPerson = true;
    return r;
}

} // namespace

class TestClientModeDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void marksRoundTripThroughTheService()
    {
        Env env;
        QVERIFY(env.isValid());
        SessionId session;
        GoalId goal;
        QVERIFY(env.addDraft(session, goal));
        QCOMPARE(storedMarks(env.db(), session), QStringLiteral("0/0/0"));

        auto record = env.domain().sessions().session(session);
        QVERIFY(record.ok());
        SessionContent content = record->content;
        content.goals[0].importance = byPerson(7, QStringLiteral("I like my bed there"), QStringLiteral("A locker"));
        content.goals[0].confidence = RulerScore{4, QStringLiteral("The staff know me"), QString()};
        content.goals[0].readiness = byPerson(0, QString(), QStringLiteral("  Knowing the rules  "));
        QVERIFY(env.domain().sessions().saveDraft(session, content).ok());
        QCOMPARE(storedMarks(env.db(), session), QStringLiteral("1/0/1"));

        auto back = env.domain().sessions().session(session);
        QVERIFY(back.ok());
        const SessionGoalEntry& e = back->content.goals.at(0);
        QVERIFY(e.importance && e.confidence && e.readiness);
        QCOMPARE(e.importance->enteredByPerson, true);
        QCOMPARE(e.importance->value, 7);
        QCOMPARE(e.importance->whyNotLower, QStringLiteral("I like my bed there"));
        QCOMPARE(e.confidence->enteredByPerson, false);
        QCOMPARE(e.readiness->enteredByPerson, true);
        QCOMPARE(e.readiness->value, 0);

        // The counselor changes it afterwards: the mark goes where the form says, both ways.
        content = back->content;
        content.goals[0].importance->enteredByPerson = false;
        content.goals[0].confidence->enteredByPerson = true;
        content.goals[0].readiness.reset();
        QVERIFY(env.domain().sessions().saveDraft(session, content).ok());
        QCOMPARE(storedMarks(env.db(), session), QStringLiteral("0/1/0"));
        auto again = env.domain().sessions().session(session);
        QVERIFY(again.ok());
        QCOMPARE(again->content.goals.at(0).importance->enteredByPerson, false);
        QCOMPARE(again->content.goals.at(0).confidence->enteredByPerson, true);
        QVERIFY(!again->content.goals.at(0).readiness);
    }

    void marksRoundTripThroughTheDraftController()
    {
        // Client mode saves through the draft controller of the session window, over the workspace.
        QTemporaryDir tmp;
        FixedClock clock(kNow);
        Workspace workspace(clock);
        QVERIFY(workspace.open(createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
        Client c;
        c.chosenName = QStringLiteral("Ines");
        const ClientId client = workspace.domain().clients().create(c).value();
        GoalFields f;
        f.clientWords = QStringLiteral("Keep my room");
        f.lifeArea = LifeArea::Housing;
        const GoalId g = workspace.domain().goals().create(client, f, {}).value();

        SessionDraftController draft(workspace, client, SessionId());
        SessionContent content;
        content.date = kNow.date();
        content.goals.append(
            SessionGoalEntry{g, {}, false, byPerson(9, QStringLiteral("It is mine"), QString()), {}, {}, {}});
        draft.edit(content);
        QVERIFY(draft.saveNow().ok());
        QVERIFY(!draft.sessionId().isNull());
        SessionDraftController reopened(workspace, client, draft.sessionId());
        QVERIFY(reopened.load().ok());
        QCOMPARE(reopened.content().goals.at(0).importance, content.goals.at(0).importance);
        QVERIFY(reopened.content().goals.at(0).importance->enteredByPerson);
    }

    void theDatabaseRefusesAMarkWithoutANumber_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("importance marked, no number")
            << QStringLiteral("UPDATE session_goals SET importance = NULL, importance_by_person = 1");
        QTest::addRow("confidence marked, no number")
            << QStringLiteral("UPDATE session_goals SET confidence = NULL, confidence_by_person = 1");
        QTest::addRow("readiness marked, no number")
            << QStringLiteral("UPDATE session_goals SET readiness = NULL, readiness_by_person = 1");
        QTest::addRow("a mark other than 0 or 1")
            << QStringLiteral("UPDATE session_goals SET importance_by_person = 2");
        QTest::addRow("a NULL mark") << QStringLiteral("UPDATE session_goals SET confidence_by_person = NULL");
    }
    void theDatabaseRefusesAMarkWithoutANumber()
    {
        QFETCH(QString, sql);
        Env env;
        QVERIFY(env.isValid());
        SessionId session;
        GoalId goal;
        QVERIFY(env.addDraft(session, goal));
        auto record = env.domain().sessions().session(session);
        SessionContent content = record->content;
        content.goals[0].importance = RulerScore{5, {}, {}};
        content.goals[0].confidence = RulerScore{5, {}, {}};
        QVERIFY(env.domain().sessions().saveDraft(session, content).ok());
        const QString before = storedMarks(env.db(), session);
        QCOMPARE(env.db().exec(sql.toStdString()).code(), ErrorCode::Constraint);
        QCOMPARE(storedMarks(env.db(), session), before);
        // The same statement with a number in place is accepted: the refusal is about the mark alone.
        QVERIFY(env.db().exec("UPDATE session_goals SET readiness = 3, readiness_by_person = 1").ok());
    }

    void aSignedSessionKeepsItsMarks()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.domain().counselor().setCounselor({QStringLiteral("Sam Okafor"), QStringLiteral("LCSW")}).ok());
        SessionId session;
        GoalId goal;
        QVERIFY(env.addDraft(session, goal));
        SessionContent content = env.domain().sessions().session(session)->content;
        content.goals[0].importance = byPerson(6, QStringLiteral("My own words"), QString());
        QVERIFY(env.domain().sessions().saveDraft(session, content).ok());
        const Status signedOk = env.domain().sessions().sign(session);
        QVERIFY2(signedOk.ok(), qPrintable(signedOk.error().detail));

        QCOMPARE(env.db().exec("UPDATE session_goals SET importance_by_person = 0").code(), ErrorCode::Constraint);
        QCOMPARE(env.db().exec("UPDATE session_goals SET confidence = 2, confidence_by_person = 1").code(),
                 ErrorCode::Constraint);
        content.goals[0].importance->enteredByPerson = false;
        QCOMPARE(env.domain().sessions().saveDraft(session, content).code(), ErrorCode::SignedRecord);
        QCOMPARE(storedMarks(env.db(), session), QStringLiteral("1/0/0"));
        QVERIFY(env.domain().sessions().session(session)->content.goals.at(0).importance->enteredByPerson);
    }

    // Rows written before migration 12 are the counselor's: every mark 0, and they read back as not the person's.
    void sessionsFromBeforeTheMigrationReadAsTheCounselors()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        auto opened = Database::open(tmp.filePath(QStringLiteral("plain.db")), Database::OpenMode::ReadWriteCreate);
        QVERIFY2(opened.ok(), qPrintable(opened.error().detail));
        Database& db = opened.value();
        QVERIFY(db.exec("PRAGMA foreign_keys = ON").ok());
        const Status down = migrate(db, schemaMigrations(), 11);
        QVERIFY2(down.ok(), qPrintable(down.error().detail));
        const char* setup[] = {
            "INSERT INTO clients (id, uuid, chosen_name, sort_key, created_at, updated_at) "
            "VALUES (7, '{00000000-0000-0000-0000-000000000007}', 'Rae', 'rae', '2024-01-01T10:00:00Z', "
            "'2024-01-01T10:00:00Z')",
            "INSERT INTO goals (id, uuid, client_id, created_at, current_revision, status) "
            "VALUES (11, '{00000000-0000-0000-0000-000000000011}', 7, '2024-01-01T10:00:00Z', 0, 'active')",
            "INSERT INTO sessions (id, uuid, client_id, session_date, note_format, created_at, updated_at) "
            "VALUES (3, '{00000000-0000-0000-0000-000000000003}', 7, '2024-01-02', 'dap', '2024-01-02T10:00:00Z', "
            "'2024-01-02T10:00:00Z')",
            "INSERT INTO session_goals (session_id, goal_id, position, importance, importance_why_not_lower, "
            "confidence) VALUES (3, 11, 0, 8, 'warm', 2)",
        };
        for (const char* sql : setup) {
            const Status s = db.exec(sql);
            QVERIFY2(s.ok(), qPrintable(s.error().detail));
        }
        const Status up = migrate(db, schemaMigrations());
        QVERIFY2(up.ok(), qPrintable(up.error().detail));
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), latestSchemaVersion());
        QVERIFY(latestSchemaVersion() >= 12);
        QCOMPARE(storedMarks(db, SessionId(3)), QStringLiteral("0/0/0"));

        FixedClock clock(kNow);
        Domain domain(db, clock);
        auto record = domain.sessions().session(SessionId(3));
        QVERIFY2(record.ok(), qPrintable(record.error().detail));
        const SessionGoalEntry& e = record->content.goals.at(0);
        QCOMPARE(e.importance, std::optional<RulerScore>(RulerScore{8, QStringLiteral("warm"), QString()}));
        QCOMPARE(e.confidence->enteredByPerson, false);
        QVERIFY(!e.readiness);
    }
};

QTEST_GUILESS_MAIN(TestClientModeDraft)
#include "tst_clientmodedraft.moc"
