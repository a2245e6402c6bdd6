// SPDX-License-Identifier: GPL-3.0-or-later
// GoalService: a negotiated goal keeps every field and the client's own words first; every refusal names
// its field and writes nothing; each change is a revision recording exactly what changed, by whom and
// whether the client agreed; history cannot be rewritten, not even with raw SQL; the three continuum
// positions are equals; the readiness trend; signals; and an audit trail that never holds the goal's words.
#include "domain/Domain.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/DomainFixture.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace continuum;
using namespace continuum::test;

namespace continuum {

// Readable failures: QCOMPARE prints these instead of "<unknown>".
char* toString(const FieldChange& c)
{
    return qstrdup(qPrintable(QStringLiteral("{%1: '%2' -> '%3'}").arg(c.field, c.oldValue, c.newValue)));
}

char* toString(const ReadinessPoint& p)
{
    const auto value = [](const std::optional<int>& v) { return v ? QString::number(*v) : QStringLiteral("none"); };
    return qstrdup(
        qPrintable(QStringLiteral("{session %1, %2, importance %3, confidence %4, readiness %5, %6}")
                       .arg(p.sessionId.value)
                       .arg(p.date.toString(Qt::ISODate), value(p.importance), value(p.confidence), value(p.readiness),
                            p.isSigned ? QStringLiteral("signed") : QStringLiteral("draft"))));
}

} // namespace continuum

namespace {

const QDateTime kNow(QDate(2024, 5, 6), QTime(15, 0), Qt::UTC);
const QDate kToday(2024, 5, 6);
/// A revision the client agreed to, with no reason given.
const RevisionInfo kAgreed{QString(), ClientAgreement::Yes, std::nullopt};

/// One unlocked test vault with its domain, owned by one test.
class Env : public DomainFixture
{
public:
    Env()
        : DomainFixture(kNow, kToday)
    {}
    GoalService& goals() { return domain().goals(); }
    SessionService& sessions() { return domain().sessions(); }
};

QMap<QString, QStringList> dumpGoalTables(Database& db)
{
    QMap<QString, QStringList> out;
    for (const char* table : {"goals", "goal_revisions", "audit_log"})
        out.insert(QLatin1String(table), dumpTable(db, table));
    return out;
}

/// A housing goal with only the client's words.
GoalFields housingGoal()
{
    GoalFields f;
    f.clientWords = QStringLiteral("I want a door that locks");
    f.lifeArea = LifeArea::Housing;
    return f;
}

/// A substance-use goal with every field filled.
GoalFields fullGoal()
{
    GoalFields f;
    f.clientWords = QStringLiteral("I want to stop sharing gear at the river camp");
    f.counselorFraming = QStringLiteral("Reduce injection-related infection risk");
    f.lifeArea = LifeArea::SubstanceUse;
    f.position = ContinuumPosition::SaferUse;
    f.whyItMatters = QStringLiteral("My friend Tomas got hep C last winter");
    f.steps = {QStringLiteral("Pick up a kit at the van on Tuesdays"), QStringLiteral("Keep my own cooker in my bag"),
               QStringLiteral("Ask Dee about the fentanyl test strips")};
    f.whoCanHelp = QStringLiteral("Dee at the outreach van, my sister Ana");
    f.ifItGetsHard = QStringLiteral("Call the van line before I borrow anything");
    f.status = GoalStatus::Active;
    return f;
}

Result<ClientId> addClient(Env& env, const QString& chosenName)
{
    Client c;
    c.chosenName = chosenName;
    return env.domain().clients().create(c);
}

Result<SessionId> addDraft(Env& env, ClientId client, const QDate& date)
{
    SessionContent c;
    c.date = date;
    return env.sessions().createDraft(client, c);
}

/// The goal's audit entries, oldest first.
QList<AuditEntry> auditFor(Env& env, const QUuid& record)
{
    QList<AuditEntry> out;
    const auto all = env.domain().audit().entries(0, 10000);
    if (!all)
        return out;
    for (const AuditEntry& e : all.value()) {
        if (e.recordUuid == record)
            out.prepend(e);
    }
    return out;
}

enum class Bad {
    EmptyWords,
    BlankWords,
    WordsTooLong,
    NoPosition,
    PositionOffSubstanceUse,
    SetAsideWithoutReason,
    SetAsideWithBlankReason,
    TooManySteps,
    SessionOfAnotherClient,
    UnknownSession,
    SignedSession,
    UnknownClient,
};

} // namespace

class TestGoalService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createKeepsEveryField()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.domain().counselor().setCounselor({QStringLiteral("Jordan Lee"), QString()}).ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        auto draft = addDraft(env, client.value(), QDate(2024, 5, 6));
        QVERIFY2(draft.ok(), qPrintable(draft.error().detail));

        const GoalFields fields = fullGoal();
        const RevisionInfo info{QStringLiteral("agreed at the first meeting"), ClientAgreement::Yes, draft.value()};
        auto id = env.goals().create(client.value(), fields, info);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));

        auto goal = env.goals().goal(id.value());
        QVERIFY2(goal.ok(), qPrintable(goal.error().detail));
        QCOMPARE(goal->id, id.value());
        QVERIFY(!goal->uuid.isNull());
        QCOMPARE(goal->clientId, client.value());
        QCOMPARE(goal->fields.clientWords, fields.clientWords);
        QCOMPARE(goal->fields.counselorFraming, fields.counselorFraming);
        QCOMPARE(goal->fields.lifeArea, LifeArea::SubstanceUse);
        QCOMPARE(goal->fields.position, std::optional<ContinuumPosition>(ContinuumPosition::SaferUse));
        QCOMPARE(goal->fields.whyItMatters, fields.whyItMatters);
        QCOMPARE(goal->fields.steps, fields.steps);
        QCOMPARE(goal->fields.whoCanHelp, fields.whoCanHelp);
        QCOMPARE(goal->fields.ifItGetsHard, fields.ifItGetsHard);
        QCOMPARE(goal->fields.status, GoalStatus::Active);
        QCOMPARE(goal->fields.statusReason, QString());
        QCOMPARE(goal->fields, fields);
        QCOMPARE(goal->revision, 1);
        QCOMPARE(goal->createdAt, kNow);
        QCOMPARE(goal->updatedAt, kNow);
        QCOMPARE(goal->createdInSession, std::optional<SessionId>(draft.value()));

        auto history = env.goals().history(id.value());
        QVERIFY2(history.ok(), qPrintable(history.error().detail));
        QCOMPARE(history->size(), 1);
        const GoalRevision& first = history->first();
        QCOMPARE(first.goalId, id.value());
        QCOMPARE(first.number, 1);
        QCOMPARE(first.fields, fields);
        QVERIFY(first.changes.isEmpty());
        QCOMPARE(first.reason, info.reason);
        QCOMPARE(first.clientAgreement, std::optional<ClientAgreement>(ClientAgreement::Yes));
        QCOMPARE(first.revisedAt, kNow);
        QCOMPARE(first.revisedBy, QStringLiteral("Jordan Lee"));
        QCOMPARE(first.sessionId, std::optional<SessionId>(draft.value()));

        auto list = env.goals().goalsForClient(client.value());
        QVERIFY2(list.ok(), qPrintable(list.error().detail));
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first(), goal.value());
    }

    void createTrimsWhitespaceAndBlankSteps()
    {
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        GoalFields f = housingGoal();
        f.clientWords = QStringLiteral("  I want a door that locks \n");
        f.steps = {QStringLiteral(" call the housing worker "), QStringLiteral("   "), QString(),
                   QStringLiteral("visit")};
        auto id = env.goals().create(client.value(), f, {});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        auto goal = env.goals().goal(id.value());
        QVERIFY2(goal.ok(), qPrintable(goal.error().detail));
        QCOMPARE(goal->fields.clientWords, QStringLiteral("I want a door that locks"));
        QCOMPARE(goal->fields.steps, (QStringList{QStringLiteral("call the housing worker"), QStringLiteral("visit")}));
        QCOMPARE(goal->createdInSession, std::nullopt);
    }

    void everyLifeArea_data()
    {
        QTest::addColumn<LifeArea>("area");
        for (LifeArea a : allValues<LifeArea>())
            QTest::addRow("%s", qPrintable(toKey(a))) << a;
    }
    void everyLifeArea()
    {
        QFETCH(LifeArea, area);
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        GoalFields f = housingGoal();
        f.lifeArea = area;
        if (area == LifeArea::SubstanceUse)
            f.position = ContinuumPosition::ManagedUse;
        auto id = env.goals().create(client.value(), f, {});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        auto goal = env.goals().goal(id.value());
        QVERIFY2(goal.ok(), qPrintable(goal.error().detail));
        QCOMPARE(goal->fields.lifeArea, area);
        QCOMPARE(goal->fields.position, f.position);
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<Bad>("bad");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<FieldReason>("failure");
        QTest::addColumn<bool>("alsoRevise");

        const ErrorCode v = ErrorCode::Validation;
        QTest::addRow("no client words") << Bad::EmptyWords << v
                                         << FieldReason{Field::ClientWords, ValidationReason::Required} << true;
        QTest::addRow("client words only whitespace")
            << Bad::BlankWords << v << FieldReason{Field::ClientWords, ValidationReason::Required} << true;
        QTest::addRow("client words too long")
            << Bad::WordsTooLong << v << FieldReason{Field::ClientWords, ValidationReason::TooLong} << true;
        QTest::addRow("substance use without a position")
            << Bad::NoPosition << v << FieldReason{Field::Position, ValidationReason::Required} << true;
        QTest::addRow("position on a housing goal")
            << Bad::PositionOffSubstanceUse << v << FieldReason{Field::Position, ValidationReason::NotApplicable}
            << true;
        QTest::addRow("set aside without a reason")
            << Bad::SetAsideWithoutReason << v << FieldReason{Field::StatusReason, ValidationReason::NeedsReason}
            << true;
        QTest::addRow("set aside with a blank reason")
            << Bad::SetAsideWithBlankReason << v << FieldReason{Field::StatusReason, ValidationReason::NeedsReason}
            << true;
        QTest::addRow("too many steps") << Bad::TooManySteps << v
                                        << FieldReason{Field::Steps, ValidationReason::TooMany} << true;
        QTest::addRow("session of another client")
            << Bad::SessionOfAnotherClient << v << FieldReason{Field::Session, ValidationReason::NotThisClients}
            << true;
        QTest::addRow("unknown session") << Bad::UnknownSession << v
                                         << FieldReason{Field::Session, ValidationReason::NotThisClients} << true;
        QTest::addRow("signed session") << Bad::SignedSession << ErrorCode::SignedRecord << FieldReason() << true;
        QTest::addRow("unknown client") << Bad::UnknownClient << v
                                        << FieldReason{Field::Client, ValidationReason::NoSuchRecord} << false;
    }
    void refusalsWriteNothing()
    {
        QFETCH(Bad, bad);
        QFETCH(ErrorCode, code);
        QFETCH(FieldReason, failure);
        QFETCH(bool, alsoRevise);

        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.domain().counselor().setCounselor({QStringLiteral("Jordan Lee"), QStringLiteral("CADC")}).ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        auto other = addClient(env, QStringLiteral("Sol"));
        QVERIFY(client.ok() && other.ok());
        auto ownDraft = addDraft(env, client.value(), QDate(2024, 5, 1));
        auto otherDraft = addDraft(env, other.value(), QDate(2024, 5, 1));
        auto signedSession = addDraft(env, client.value(), QDate(2024, 4, 1));
        QVERIFY(ownDraft.ok() && otherDraft.ok() && signedSession.ok());
        QVERIFY(env.sessions().sign(signedSession.value()).ok());
        auto existing = env.goals().create(client.value(), housingGoal(),
                                           {QStringLiteral("first"), ClientAgreement::Yes, ownDraft.value()});
        QVERIFY2(existing.ok(), qPrintable(existing.error().detail));

        ClientId target = client.value();
        GoalFields f = housingGoal();
        RevisionInfo info{QStringLiteral("talked it over"), ClientAgreement::Yes, std::nullopt};
        switch (bad) {
        case Bad::EmptyWords: f.clientWords.clear(); break;
        case Bad::BlankWords: f.clientWords = QStringLiteral("  \t\n "); break;
        case Bad::WordsTooLong: f.clientWords = QString(GoalService::kMaxText + 1, QLatin1Char('w')); break;
        case Bad::NoPosition: f.lifeArea = LifeArea::SubstanceUse; break;
        case Bad::PositionOffSubstanceUse: f.position = ContinuumPosition::Abstinence; break;
        case Bad::SetAsideWithoutReason: f.status = GoalStatus::SetAside; break;
        case Bad::SetAsideWithBlankReason:
            f.status = GoalStatus::SetAside;
            f.statusReason = QStringLiteral("   ");
            break;
        case Bad::TooManySteps:
            for (int i = 0; i <= GoalService::kMaxSteps; ++i)
                f.steps.append(QStringLiteral("step %1").arg(i));
            break;
        case Bad::SessionOfAnotherClient: info.sessionId = otherDraft.value(); break;
        case Bad::UnknownSession: info.sessionId = SessionId(424242); break;
        case Bad::SignedSession: info.sessionId = signedSession.value(); break;
        case Bad::UnknownClient: target = ClientId(424242); break;
        }

        QSignalSpy changed(&env.goals(), &GoalService::goalChanged);
        const auto before = dumpGoalTables(env.db());
        const qint64 goalsBefore = rowCount(env.db(), "goals");
        const qint64 revisionsBefore = rowCount(env.db(), "goal_revisions");
        const qint64 auditBefore = rowCount(env.db(), "audit_log");

        auto created = env.goals().create(target, f, info);
        QVERIFY(!created.ok());
        QCOMPARE(created.code(), code);
        QCOMPARE(created.error().failure(), failure);
        QCOMPARE(rowCount(env.db(), "goals"), goalsBefore);
        QCOMPARE(rowCount(env.db(), "goal_revisions"), revisionsBefore);
        QCOMPARE(rowCount(env.db(), "audit_log"), auditBefore);
        QCOMPARE(dumpGoalTables(env.db()), before);

        if (alsoRevise) {
            const Status revised = env.goals().revise(existing.value(), f, info);
            QVERIFY(!revised.ok());
            QCOMPARE(revised.code(), code);
            QCOMPARE(revised.error().failure(), failure);
            QCOMPARE(dumpGoalTables(env.db()), before);
            QCOMPARE(env.goals().goal(existing.value())->revision, 1);
        }
        QCOMPARE(changed.count(), 0);
    }

    // A revision that moves the goal along the continuum says why; other changes may leave it blank.
    void aMoveAlongTheContinuumNeedsAReason_data()
    {
        QTest::addColumn<std::optional<ContinuumPosition>>("from");
        QTest::addColumn<ContinuumPosition>("to");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("accepted");
        const auto safer = std::optional<ContinuumPosition>(ContinuumPosition::SaferUse);
        QTest::addRow("no reason") << safer << ContinuumPosition::ManagedUse << QString() << false;
        QTest::addRow("only spaces") << safer << ContinuumPosition::Abstinence << QStringLiteral(" \t\n ") << false;
        QTest::addRow("to not placed yet, no reason") << safer << ContinuumPosition::NotPlaced << QString() << false;
        QTest::addRow("housing goal becomes substance use, no reason")
            << std::optional<ContinuumPosition>() << ContinuumPosition::SaferUse << QString() << false;
        QTest::addRow("with a reason") << safer << ContinuumPosition::ManagedUse
                                       << QStringLiteral("wants to try weekends only") << true;
        QTest::addRow("from not placed yet, with a reason")
            << std::optional<ContinuumPosition>(ContinuumPosition::NotPlaced) << ContinuumPosition::Abstinence
            << QStringLiteral("decided over the holidays") << true;
    }
    void aMoveAlongTheContinuumNeedsAReason()
    {
        QFETCH(std::optional<ContinuumPosition>, from);
        QFETCH(ContinuumPosition, to);
        QFETCH(QString, reason);
        QFETCH(bool, accepted);
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        GoalFields f = from ? fullGoal() : housingGoal();
        f.position = from;
        auto id = env.goals().create(client.value(), f, {});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        QSignalSpy changed(&env.goals(), &GoalService::goalChanged);
        const auto before = dumpGoalTables(env.db());

        f.lifeArea = LifeArea::SubstanceUse;
        f.position = to;
        const Status s = env.goals().revise(id.value(), f, {reason, ClientAgreement::Yes, std::nullopt});
        if (!accepted) {
            QVERIFY(!s.ok());
            QCOMPARE(s.code(), ErrorCode::Validation);
            QCOMPARE(s.error().failure(), FieldReason(Field::RevisionReason, ValidationReason::NeedsReason));
            QCOMPARE(dumpGoalTables(env.db()), before);
            QCOMPARE(changed.count(), 0);
            return;
        }
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        const auto history = env.goals().history(id.value()).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().reason, reason.trimmed());
        QCOMPARE(history.last().fields.position, std::optional<ContinuumPosition>(to));

        // A change that does not move the goal needs no reason.
        f.whoCanHelp = QStringLiteral("my cousin Lu");
        QVERIFY(env.goals().revise(id.value(), f, kAgreed).ok());
        QCOMPARE(env.goals().goal(id.value())->revision, 3);
    }

    // Whether the client agreed is asked, never assumed: a revision without an answer is refused, and each
    // answer is kept as given.
    void aRevisionNeedsTheClientsAnswer_data()
    {
        QTest::addColumn<std::optional<ClientAgreement>>("answer");
        QTest::addRow("unanswered") << std::optional<ClientAgreement>();
        for (ClientAgreement a : allValues<ClientAgreement>())
            QTest::addRow("%s", qPrintable(toKey(a))) << std::optional<ClientAgreement>(a);
    }
    void aRevisionNeedsTheClientsAnswer()
    {
        QFETCH(std::optional<ClientAgreement>, answer);
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        GoalFields f = housingGoal();
        auto id = env.goals().create(client.value(), f, {});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const auto before = dumpGoalTables(env.db());

        f.whyItMatters = QStringLiteral("winter is coming");
        const Status s = env.goals().revise(id.value(), f, {QStringLiteral("we talked"), answer, std::nullopt});
        if (!answer) {
            QVERIFY(!s.ok());
            QCOMPARE(s.code(), ErrorCode::Validation);
            QCOMPARE(s.error().failure(), FieldReason(Field::Agreement, ValidationReason::NeedsAnswer));
            QCOMPARE(dumpGoalTables(env.db()), before);
            return;
        }
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        const auto history = env.goals().history(id.value()).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(1).clientAgreement, answer);
        auto stored = env.db().prepare("SELECT client_agreement FROM goal_revisions WHERE revision = 2");
        QVERIFY(stored.ok());
        QVERIFY(stored->step().value());
        QCOMPARE(stored->columnText(0), toKey(*answer));
    }

    // A new goal is the client's own words; the answer may be given or left open, never filled in for them.
    void aNewGoalKeepsTheAnswerAsGiven()
    {
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        auto open = env.goals().create(client.value(), housingGoal(), {});
        auto given = env.goals().create(client.value(), fullGoal(), {QString(), ClientAgreement::NotDiscussed, {}});
        QVERIFY(open.ok() && given.ok());
        QCOMPARE(env.goals().history(open.value())->first().clientAgreement, std::nullopt);
        QCOMPARE(env.goals().history(given.value())->first().clientAgreement,
                 std::optional<ClientAgreement>(ClientAgreement::NotDiscussed));
    }

    // The schema holds the same line for code that bypasses the service.
    void schemaRefusesALaterRevisionWithoutAnAnswer_data()
    {
        QTest::addColumn<QString>("agreement");
        QTest::addRow("null") << QString();
        QTest::addRow("unknown answer") << QStringLiteral("maybe");
        QTest::addRow("old boolean") << QStringLiteral("1");
    }
    void schemaRefusesALaterRevisionWithoutAnAnswer()
    {
        QFETCH(QString, agreement);
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        auto id = env.goals().create(client.value(), housingGoal(), {});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const auto before = dumpGoalTables(env.db());
        auto st = env.db().prepare("INSERT INTO goal_revisions (goal_id, revision, client_words, life_area, status, "
                                   "client_agreement, revised_at, revised_by) "
                                   "VALUES (?1, 2, 'raw', 'housing', 'active', ?2, '2024-05-06', 'test')");
        QVERIFY(st.ok());
        st->bind(1, id.value()).bind(2, agreement.isNull() ? std::optional<QString>() : std::optional(agreement));
        QCOMPARE(st->run().code(), ErrorCode::Constraint);
        QCOMPARE(dumpGoalTables(env.db()), before);
    }

    void unknownGoal()
    {
        Env env;
        QVERIFY(env.isValid());
        QCOMPARE(env.goals().goal(GoalId(99)).code(), ErrorCode::NotFound);
        QCOMPARE(env.goals().history(GoalId(99)).code(), ErrorCode::NotFound);
        QCOMPARE(env.goals().revise(GoalId(99), housingGoal(), {}).code(), ErrorCode::NotFound);
        QCOMPARE(rowCount(env.db(), "goal_revisions"), 0);
    }

    void revisionsRecordExactlyWhatChanged()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.domain().counselor().setCounselor({QStringLiteral("Jordan Lee"), QString()}).ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        auto firstSession = addDraft(env, client.value(), QDate(2024, 5, 1));
        auto secondSession = addDraft(env, client.value(), QDate(2024, 5, 6));
        QVERIFY(firstSession.ok() && secondSession.ok());

        GoalFields f = fullGoal(); // safer use
        auto id = env.goals().create(client.value(), f,
                                     {QStringLiteral("first plan"), ClientAgreement::Yes, firstSession.value()});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const QList<GoalRevision> afterCreate = env.goals().history(id.value()).value();

        // safer use -> abstinence, agreed, in a session.
        env.clock().advanceSecs(3600);
        const QDateTime second = env.clock().now();
        f.position = ContinuumPosition::Abstinence;
        Status s = env.goals().revise(
            id.value(), f,
            {QStringLiteral("  wants a break over the summer  "), ClientAgreement::Yes, secondSession.value()});
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        const QList<GoalRevision> afterSecond = env.goals().history(id.value()).value();

        // abstinence -> managed use: the other direction, recorded exactly the same way; not agreed this time.
        env.clock().advanceSecs(86400);
        const QDateTime third = env.clock().now();
        f.position = ContinuumPosition::ManagedUse;
        s = env.goals().revise(id.value(), f,
                               {QStringLiteral("weekends only for now"), ClientAgreement::No, std::nullopt});
        QVERIFY2(s.ok(), qPrintable(s.error().detail));

        // Several fields at once: only those appear, in the order of GoalService::fieldNames().
        env.clock().advanceSecs(86400);
        const QDateTime fourth = env.clock().now();
        const GoalFields beforeFourth = f;
        f.steps = {QStringLiteral("Pick up a kit at the van on Tuesdays"), QStringLiteral("Carry naloxone")};
        f.whoCanHelp = QStringLiteral("Dee");
        f.status = GoalStatus::Paused;
        f.statusReason = QStringLiteral("moving shelters this month");
        s = env.goals().revise(id.value(), f,
                               {QStringLiteral("pausing while moving"), ClientAgreement::Yes, std::nullopt});
        QVERIFY2(s.ok(), qPrintable(s.error().detail));

        auto history = env.goals().history(id.value());
        QVERIFY2(history.ok(), qPrintable(history.error().detail));
        QCOMPARE(history->size(), 4);
        for (int i = 0; i < history->size(); ++i)
            QCOMPARE(history->at(i).number, i + 1);

        // Earlier revisions are exactly as they were.
        QCOMPARE(history->at(0), afterCreate.at(0));
        QCOMPARE(history->at(1), afterSecond.at(1));

        const GoalRevision& r2 = history->at(1);
        QCOMPARE(r2.changes, (QList<FieldChange>{{QStringLiteral("position"), QStringLiteral("safer_use"),
                                                  QStringLiteral("abstinence")}}));
        QCOMPARE(r2.reason, QStringLiteral("wants a break over the summer"));
        QCOMPARE(r2.clientAgreement, std::optional<ClientAgreement>(ClientAgreement::Yes));
        QCOMPARE(r2.revisedAt, second);
        QCOMPARE(r2.revisedBy, QStringLiteral("Jordan Lee"));
        QCOMPARE(r2.sessionId, std::optional<SessionId>(secondSession.value()));
        QCOMPARE(r2.fields.position, std::optional<ContinuumPosition>(ContinuumPosition::Abstinence));

        const GoalRevision& r3 = history->at(2);
        QCOMPARE(r3.changes, (QList<FieldChange>{{QStringLiteral("position"), QStringLiteral("abstinence"),
                                                  QStringLiteral("managed_use")}}));
        QCOMPARE(r3.reason, QStringLiteral("weekends only for now"));
        QCOMPARE(r3.clientAgreement, std::optional<ClientAgreement>(ClientAgreement::No));
        QCOMPARE(r3.revisedAt, third);
        QCOMPARE(r3.sessionId, std::nullopt);

        const GoalRevision& r4 = history->at(3);
        QCOMPARE(
            r4.changes,
            (QList<FieldChange>{
                {QStringLiteral("steps"), beforeFourth.steps.join(QLatin1Char('\n')), f.steps.join(QLatin1Char('\n'))},
                {QStringLiteral("whoCanHelp"), beforeFourth.whoCanHelp, QStringLiteral("Dee")},
                {QStringLiteral("status"), QStringLiteral("active"), QStringLiteral("paused")},
                {QStringLiteral("statusReason"), QString(), QStringLiteral("moving shelters this month")},
            }));
        QCOMPARE(r4.revisedAt, fourth);
        QCOMPARE(r4.fields, f);

        // The goal is its latest revision.
        auto goal = env.goals().goal(id.value());
        QVERIFY2(goal.ok(), qPrintable(goal.error().detail));
        QCOMPARE(goal->revision, 4);
        QCOMPARE(goal->fields, history->last().fields);
        QCOMPARE(goal->updatedAt, fourth);
        QCOMPARE(goal->createdAt, kNow);
        QCOMPARE(goal->createdInSession, std::optional<SessionId>(firstSession.value()));

        // No score anywhere: a change is a field with its old and new text, nothing else.
        auto st = env.db().prepare("SELECT changes FROM goal_revisions WHERE goal_id = ?1 ORDER BY revision");
        QVERIFY(st.ok());
        st->bind(1, id.value());
        int rows = 0;
        while (st->step().value()) {
            ++rows;
            for (const QJsonValue& change : QJsonDocument::fromJson(st->columnText(0).toUtf8()).array()) {
                QStringList keys = change.toObject().keys();
                keys.sort();
                QCOMPARE(keys, (QStringList{QStringLiteral("field"), QStringLiteral("new"), QStringLiteral("old")}));
            }
        }
        QCOMPARE(rows, 4);
        for (const char* table : {"goals", "goal_revisions"}) {
            auto columns = env.db().prepare(std::string("SELECT name FROM pragma_table_info('") + table + "')");
            QVERIFY(columns.ok());
            while (columns->step().value()) {
                const QString name = columns->columnText(0);
                for (const char* word :
                     {"score", "rank", "progress", "better", "worse", "direction", "fail", "relapse"})
                    QVERIFY2(!name.contains(QLatin1String(word)), qPrintable(name));
            }
        }
    }

    void identicalRevisionRecordsNothing()
    {
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        auto id = env.goals().create(client.value(), fullGoal(), {});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));

        QSignalSpy changed(&env.goals(), &GoalService::goalChanged);
        const auto before = dumpGoalTables(env.db());
        env.clock().advanceSecs(60);
        // The same fields, with stray whitespace and blank steps that normalise away.
        GoalFields same = fullGoal();
        same.clientWords = QStringLiteral("  ") + same.clientWords + QStringLiteral(" ");
        same.steps.append(QStringLiteral("   "));
        const Status s =
            env.goals().revise(id.value(), same, {QStringLiteral("nothing new"), ClientAgreement::No, std::nullopt});
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        QCOMPARE(dumpGoalTables(env.db()), before);
        QCOMPARE(env.goals().goal(id.value())->revision, 1);
        QCOMPARE(changed.count(), 0);
    }

    void everyStatusIsAllowed_data()
    {
        QTest::addColumn<GoalStatus>("status");
        for (GoalStatus s : allValues<GoalStatus>())
            QTest::addRow("%s", qPrintable(toKey(s))) << s;
    }
    void everyStatusIsAllowed()
    {
        QFETCH(GoalStatus, status);
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));

        GoalFields f = housingGoal();
        f.status = status;
        if (status == GoalStatus::SetAside)
            f.statusReason = QStringLiteral("I'd rather focus on my kids right now");
        // Created in that status, and revised into it from another.
        auto created = env.goals().create(client.value(), f, {});
        QVERIFY2(created.ok(), qPrintable(created.error().detail));
        QCOMPARE(env.goals().goal(created.value())->fields.status, status);

        GoalFields start = housingGoal();
        start.status = status == GoalStatus::Active ? GoalStatus::Paused : GoalStatus::Active;
        auto revised = env.goals().create(client.value(), start, {});
        QVERIFY2(revised.ok(), qPrintable(revised.error().detail));
        const Status s = env.goals().revise(revised.value(), f, kAgreed);
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        auto goal = env.goals().goal(revised.value());
        QCOMPARE(goal->fields.status, status);
        QCOMPARE(goal->fields.statusReason, f.statusReason);
        auto st = env.db().prepare("SELECT status FROM goals WHERE id = ?1");
        QVERIFY(st.ok());
        st->bind(1, revised.value());
        QVERIFY(st->step().value());
        QCOMPARE(st->columnText(0), toKey(status));
    }

    void thereIsNoFailedStatus()
    {
        QStringList keys;
        for (GoalStatus s : allValues<GoalStatus>())
            keys.append(toKey(s));
        QCOMPARE(keys, (QStringList{QStringLiteral("active"), QStringLiteral("paused"), QStringLiteral("achieved"),
                                    QStringLiteral("set_aside")}));
        QCOMPARE(fromKey<GoalStatus>(QStringLiteral("failed")), std::nullopt);

        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        auto id = env.goals().create(client.value(), housingGoal(), {});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const auto before = dumpGoalTables(env.db());
        QCOMPARE(env.db().exec("UPDATE goals SET status = 'failed'").code(), ErrorCode::Constraint);
        QCOMPARE(dumpGoalTables(env.db()), before);
    }

    void rawSqlCannotRewriteHistory_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("client words") << QStringLiteral("UPDATE goal_revisions SET client_words = 'x'");
        QTest::addRow("position") << QStringLiteral("UPDATE goal_revisions SET continuum_position = 'abstinence'");
        QTest::addRow("reason") << QStringLiteral("UPDATE goal_revisions SET reason = 'x'");
        QTest::addRow("client agreed") << QStringLiteral("UPDATE goal_revisions SET client_agreement = 'no'");
        QTest::addRow("revised by") << QStringLiteral("UPDATE goal_revisions SET revised_by = 'someone else'");
        QTest::addRow("changes") << QStringLiteral("UPDATE goal_revisions SET changes = '[]'");
        QTest::addRow("unlink the session") << QStringLiteral("UPDATE goal_revisions SET session_id = NULL");
        QTest::addRow("unlink and rewrite")
            << QStringLiteral("UPDATE goal_revisions SET session_id = NULL, client_words = 'x'");
        QTest::addRow("delete all") << QStringLiteral("DELETE FROM goal_revisions");
        QTest::addRow("delete the latest") << QStringLiteral("DELETE FROM goal_revisions WHERE revision = 2");
    }
    void rawSqlCannotRewriteHistory()
    {
        QFETCH(QString, sql);
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        auto draft = addDraft(env, client.value(), kToday);
        QVERIFY2(draft.ok(), qPrintable(draft.error().detail));
        GoalFields f = fullGoal();
        auto id = env.goals().create(client.value(), f, {QStringLiteral("first"), ClientAgreement::Yes, draft.value()});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        f.position = ContinuumPosition::ManagedUse;
        QVERIFY(env.goals()
                    .revise(id.value(), f, {QStringLiteral("changed her mind"), ClientAgreement::Yes, draft.value()})
                    .ok());

        const auto before = dumpGoalTables(env.db());
        const auto history = env.goals().history(id.value()).value();
        const Status s = env.db().exec(sql.toStdString());
        QCOMPARE(s.code(), ErrorCode::Constraint);
        QVERIFY2(s.error().detail.contains(QStringLiteral("never rewritten")), qPrintable(s.error().detail));
        QCOMPARE(dumpGoalTables(env.db()), before);
        QCOMPARE(env.goals().history(id.value()).value(), history);
    }

    void equalPositions()
    {
        const QList<ContinuumPosition> positions = allValues<ContinuumPosition>();
        QCOMPARE(positions.size(), 4);
        QStringList keys;
        for (ContinuumPosition p : positions)
            keys.append(toKey(p));
        QCOMPARE(keys, (QStringList{QStringLiteral("safer_use"), QStringLiteral("managed_use"),
                                    QStringLiteral("abstinence"), QStringLiteral("not_placed")}));

        // No trigger knows one position from another: none of them names a position.
        Env env;
        QVERIFY(env.isValid());
        auto st = env.db().prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'");
        QVERIFY(st.ok());
        int triggers = 0;
        while (st->step().value()) {
            ++triggers;
            const QString sql = st->columnText(1);
            for (const QString& key : keys)
                QVERIFY2(!sql.contains(key), qPrintable(st->columnText(0)));
        }
        QVERIFY(triggers > 0);
    }

    void movesInEveryDirectionAreRecordedAlike_data()
    {
        QTest::addColumn<ContinuumPosition>("from");
        QTest::addColumn<ContinuumPosition>("to");
        for (ContinuumPosition a : allValues<ContinuumPosition>()) {
            for (ContinuumPosition b : allValues<ContinuumPosition>()) {
                if (a != b)
                    QTest::addRow("%s to %s", qPrintable(toKey(a)), qPrintable(toKey(b))) << a << b;
            }
        }
    }
    void movesInEveryDirectionAreRecordedAlike()
    {
        QFETCH(ContinuumPosition, from);
        QFETCH(ContinuumPosition, to);
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        GoalFields f = fullGoal();
        f.position = from;
        auto id = env.goals().create(client.value(), f, {});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const QUuid uuid = env.goals().goal(id.value())->uuid;

        f.position = to;
        const Status there = env.goals().revise(
            id.value(), f, {QStringLiteral("the client's choice"), ClientAgreement::Yes, std::nullopt});
        QVERIFY2(there.ok(), qPrintable(there.error().detail));
        f.position = from;
        const Status back = env.goals().revise(
            id.value(), f, {QStringLiteral("the client's choice"), ClientAgreement::Yes, std::nullopt});
        QVERIFY2(back.ok(), qPrintable(back.error().detail));

        auto history = env.goals().history(id.value());
        QVERIFY2(history.ok(), qPrintable(history.error().detail));
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(1).changes, (QList<FieldChange>{{QStringLiteral("position"), toKey(from), toKey(to)}}));
        QCOMPARE(history->at(2).changes, (QList<FieldChange>{{QStringLiteral("position"), toKey(to), toKey(from)}}));
        QCOMPARE(history->at(1).fields.position, std::optional<ContinuumPosition>(to));
        QCOMPARE(history->at(2).fields.position, std::optional<ContinuumPosition>(from));

        // The audit trail says the same thing whichever way the client moved.
        const QList<AuditEntry> audit = auditFor(env, uuid);
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit.at(1).action, AuditAction::Revise);
        QCOMPARE(audit.at(1).detail, QStringLiteral("revision 2"));
        QCOMPARE(audit.at(2).detail, QStringLiteral("revision 3"));

        // The schema takes a revision at any position, bypassing the service.
        auto st = env.db().prepare("INSERT INTO goal_revisions (goal_id, revision, client_words, life_area, "
                                   "continuum_position, status, client_agreement, revised_at, revised_by) "
                                   "VALUES (?1, 4, 'raw', 'substance_use', ?2, 'active', 'yes', '2024-05-06', 'test')");
        QVERIFY(st.ok());
        st->bind(1, id.value()).bind(2, toKey(to));
        const Status raw = st->run();
        QVERIFY2(raw.ok(), qPrintable(raw.error().detail));
    }

    void readinessTrend()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.domain().counselor().setCounselor({QStringLiteral("Jordan Lee"), QString()}).ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        auto goal = env.goals().create(client.value(), housingGoal(), {});
        auto otherGoal = env.goals().create(client.value(), fullGoal(), {});
        QVERIFY(goal.ok() && otherGoal.ok());
        QCOMPARE(env.goals().readinessTrend(goal.value()).value(), QList<ReadinessPoint>());

        const auto entry = [](GoalId g, std::optional<int> importance, std::optional<int> confidence,
                              std::optional<int> readiness) {
            SessionGoalEntry e;
            e.goalId = g;
            if (importance)
                e.importance = RulerScore{*importance, QStringLiteral("it matters"), QStringLiteral("a key")};
            if (confidence)
                e.confidence = RulerScore{*confidence, QString(), QString()};
            if (readiness)
                e.readiness = RulerScore{*readiness, QString(), QString()};
            return e;
        };
        const auto session = [&](const QDate& date, const QList<SessionGoalEntry>& goals) {
            SessionContent c;
            c.date = date;
            c.goals = goals;
            return env.sessions().createDraft(client.value(), c);
        };
        // Created out of date order, two on one day; one session without this goal.
        auto march = session(QDate(2024, 3, 1), {entry(goal.value(), 3, 2, std::nullopt)});
        auto february = session(QDate(2024, 2, 1), {entry(goal.value(), 5, std::nullopt, std::nullopt)});
        auto marchLater =
            session(QDate(2024, 3, 1), {entry(otherGoal.value(), 9, 9, 9), entry(goal.value(), 0, 10, 7)});
        auto unrelated = session(QDate(2024, 2, 15), {entry(otherGoal.value(), 4, 4, 4)});
        auto empty = session(QDate(2024, 1, 1), {entry(goal.value(), std::nullopt, std::nullopt, std::nullopt)});
        QVERIFY(march.ok() && february.ok() && marchLater.ok() && unrelated.ok() && empty.ok());
        QVERIFY(env.sessions().sign(march.value()).ok());

        auto trend = env.goals().readinessTrend(goal.value());
        QVERIFY2(trend.ok(), qPrintable(trend.error().detail));
        const QList<ReadinessPoint> expected{
            {empty.value(), QDate(2024, 1, 1), std::nullopt, std::nullopt, std::nullopt, false},
            {february.value(), QDate(2024, 2, 1), 5, std::nullopt, std::nullopt, false},
            {march.value(), QDate(2024, 3, 1), 3, 2, std::nullopt, true},
            {marchLater.value(), QDate(2024, 3, 1), 0, 10, 7, false},
        };
        QCOMPARE(trend.value(), expected);

        // With the person's words, for the chart's tooltips: the same points, and the answers beside them.
        auto withWords = env.goals().readinessTrend(goal.value(), TrendWords::Include);
        QVERIFY2(withWords.ok(), qPrintable(withWords.error().detail));
        QCOMPARE(withWords->size(), expected.size());
        QCOMPARE(withWords->at(1).importance, std::optional<int>(5));
        QCOMPARE(withWords->at(1).importanceWords, (RulerWords{QStringLiteral("it matters"), QStringLiteral("a key")}));
        QCOMPARE(withWords->at(1).confidenceWords, RulerWords());
        QCOMPARE(withWords->at(3).readiness, std::optional<int>(7));
        QCOMPARE(trend->at(1).importanceWords, RulerWords()); // omitted unless asked for
    }

    void goalChangedSignal()
    {
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        QSignalSpy changed(&env.goals(), &GoalService::goalChanged);
        QVERIFY(changed.isValid());

        GoalFields f = housingGoal();
        auto id = env.goals().create(client.value(), f, {});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<ClientId>(), client.value());
        QCOMPARE(changed.at(0).at(1).value<GoalId>(), id.value());

        f.whyItMatters = QStringLiteral("winter is coming");
        QVERIFY(env.goals().revise(id.value(), f, kAgreed).ok());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(1).at(0).value<ClientId>(), client.value());
        QCOMPARE(changed.at(1).at(1).value<GoalId>(), id.value());

        // Nothing changed, or refused: no signal.
        QVERIFY(env.goals().revise(id.value(), f, {}).ok());
        f.clientWords.clear();
        QVERIFY(!env.goals().revise(id.value(), f, {}).ok());
        QCOMPARE(changed.count(), 2);
    }

    void auditHasEntriesButNoWords()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.domain().counselor().setCounselor({QStringLiteral("Jordan Lee"), QString()}).ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));

        GoalFields f = fullGoal();
        const QString createReason = QStringLiteral("negotiated over coffee at the drop-in");
        auto id = env.goals().create(client.value(), f, {createReason, ClientAgreement::Yes, std::nullopt});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const GoalFields first = f;
        f.position = ContinuumPosition::Abstinence;
        f.whyItMatters = QStringLiteral("I want to be there for Mateo's birthday");
        const QString reviseReason = QStringLiteral("after the hospital stay in April");
        QVERIFY(env.goals().revise(id.value(), f, {reviseReason, ClientAgreement::Yes, std::nullopt}).ok());
        f.status = GoalStatus::SetAside;
        f.statusReason = QStringLiteral("the shelter closed and everything is up in the air");
        QVERIFY(env.goals().revise(id.value(), f, {QString(), ClientAgreement::No, std::nullopt}).ok());

        const QUuid uuid = env.goals().goal(id.value())->uuid;
        const QList<AuditEntry> audit = auditFor(env, uuid);
        QCOMPARE(audit.size(), 3);
        const QStringList actions{audit.at(0).action, audit.at(1).action, audit.at(2).action};
        QCOMPARE(actions, (QStringList{AuditAction::Create, AuditAction::Revise, AuditAction::Revise}));
        const QStringList details{audit.at(0).detail, audit.at(1).detail, audit.at(2).detail};
        QCOMPARE(details, (QStringList{QStringLiteral("revision 1"), QStringLiteral("revision 2"),
                                       QStringLiteral("revision 3")}));
        for (const AuditEntry& e : audit) {
            QCOMPARE(e.recordType, QStringLiteral("goal"));
            QCOMPARE(e.clientId, std::optional<ClientId>(client.value()));
            QCOMPARE(e.actor, QStringLiteral("Jordan Lee"));
        }

        QStringList words{createReason,  reviseReason,       f.whyItMatters, f.statusReason, first.whyItMatters,
                          f.clientWords, f.counselorFraming, f.whoCanHelp,   f.ifItGetsHard};
        words += f.steps;
        const QStringList rows = dumpTable(env.db(), "audit_log");
        QVERIFY(rows.size() >= 3);
        for (const QString& row : rows) {
            for (const QString& w : words)
                QVERIFY2(!row.contains(w, Qt::CaseInsensitive), qPrintable(row));
        }
    }

    // A revision is signed by whom the sessions are signed by: the counselor's name with credentials.
    void revisedByIsTheCounselorSignature()
    {
        Env env;
        QVERIFY(env.isValid());
        const Counselor counselor{QStringLiteral("Alex Rivera"), QStringLiteral("CADC-II")};
        QVERIFY(env.domain().counselor().setCounselor(counselor).ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        GoalFields f = housingGoal();
        auto id = env.goals().create(client.value(), f, {});
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        f.whoCanHelp = QStringLiteral("the housing worker");
        QVERIFY(env.goals().revise(id.value(), f, kAgreed).ok());
        auto draft = addDraft(env, client.value(), kToday);
        QVERIFY(draft.ok());
        QVERIFY(env.sessions().sign(draft.value()).ok());

        const auto history = env.goals().history(id.value()).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).revisedBy, counselor.signature());
        QCOMPARE(history.at(1).revisedBy, counselor.signature());
        QCOMPARE(history.at(1).revisedBy, env.sessions().session(draft.value())->signedBy);
    }
};

QTEST_GUILESS_MAIN(TestGoalService)
#include "tst_goalservice.moc"
