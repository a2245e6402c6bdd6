// SPDX-License-Identifier: GPL-3.0-or-later
// LadderService: the steps a person sets for a goal keep their words and order (only the ends trimmed);
// setting them again is a new revision that keeps the old one, and marks made on the old steps still read
// as they did; a mark names one of the current steps or is refused with nothing written; marks go up and
// down alike and are never rewritten, only marked entered in error; a mark made in a draft goes when the
// draft is discarded; everything goes with the person; the audit log never holds a step's words.
#include "domain/Domain.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/DomainFixture.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <string>

using namespace continuum;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
const QDate kToday(2026, 3, 2);

class Env : public DomainFixture
{
public:
    Env()
        : DomainFixture(kNow, kToday)
    {}
    LadderService& ladders() { return domain().ladders(); }
};

QMap<QString, QStringList> dumpLadderTables(Database& db)
{
    QMap<QString, QStringList> out;
    for (const char* table : {"ladder_revisions", "ladder_marks", "audit_log"})
        out.insert(QLatin1String(table), dumpTable(db, table));
    return out;
}

const QStringList kSteps{QStringLiteral("Keep naloxone in my bag"), QStringLiteral("Tell Marco when I use"),
                         QStringLiteral("Use with someone around")};

NewLadderMark markOf(GoalId goal, int step, std::optional<QDate> on = std::nullopt)
{
    NewLadderMark m;
    m.goal = goal;
    m.step = step;
    m.markedOn = on;
    return m;
}

QList<int> stepsOf(const QList<LadderMark>& marks)
{
    QList<int> out;
    for (const LadderMark& m : marks)
        out.append(m.step);
    return out;
}

} // namespace

class TestLadders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stepsAreKeptInTheirWordsAndOrder()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.domain().counselor().setCounselor({QStringLiteral("Jordan Lee"), QString()}).ok());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        const GoalId goal = env.addGoal(client, QStringLiteral("A door that locks"));
        QCOMPARE(env.ladders().currentSteps(goal).value(), std::optional<LadderRevision>());
        const QStringList typed{QStringLiteral("  Llamar a la vivienda 🏠 el lunes "),
                                QString(),
                                QStringLiteral("\t"),
                                QStringLiteral("Ask Dee  for a ride"),
                                QStringLiteral("我去看房子"),
                                QStringLiteral("Sign the lease!! ✍️")};
        auto revision = env.ladders().setSteps(goal, typed);
        QVERIFY2(revision.ok(), qPrintable(revision.error().detail));
        QCOMPARE(revision.value(), 1);
        auto now = env.ladders().currentSteps(goal);
        QVERIFY(now.ok() && now.value());
        const QStringList kept{QStringLiteral("Llamar a la vivienda 🏠 el lunes"), QStringLiteral("Ask Dee  for a ride"),
                               QStringLiteral("我去看房子"), QStringLiteral("Sign the lease!! ✍️")};
        QCOMPARE(now.value()->steps, kept);
        QCOMPARE(now.value()->number, 1);
        QCOMPARE(now.value()->goal, goal);
        QCOMPARE(now.value()->revisedBy, QStringLiteral("Jordan Lee"));
        QCOMPARE(now.value()->revisedAt, kNow);
        // The same steps again record nothing.
        const auto before = dumpLadderTables(env.db());
        QCOMPARE(env.ladders().setSteps(goal, kept).value(), 1);
        QCOMPARE(dumpLadderTables(env.db()), before);
    }

    void badStepsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<FieldReason>("failure");
        QTest::addRow("none") << QStringList{} << FieldReason{Field::LadderSteps, ValidationReason::Required};
        QTest::addRow("only blanks") << QStringList{QStringLiteral(" "), QString()}
                                     << FieldReason{Field::LadderSteps, ValidationReason::Required};
        QStringList many;
        for (int i = 0; i <= LadderService::kMaxSteps; ++i)
            many.append(QStringLiteral("step %1").arg(i));
        QTest::addRow("too many") << many << FieldReason{Field::LadderSteps, ValidationReason::TooMany};
        QTest::addRow("too long") << QStringList{QString(LadderService::kMaxStepText + 1, QLatin1Char('x'))}
                                  << FieldReason{Field::LadderSteps, ValidationReason::TooLong};
    }
    void badStepsWriteNothing()
    {
        QFETCH(QStringList, steps);
        QFETCH(FieldReason, failure);
        Env env;
        QVERIFY(env.isValid());
        const GoalId goal = env.addGoal(env.addClient(QStringLiteral("Rae")), QStringLiteral("A door that locks"));
        QVERIFY(env.ladders().setSteps(goal, kSteps).ok());
        const auto before = dumpLadderTables(env.db());
        QSignalSpy changed(&env.ladders(), &LadderService::ladderChanged);
        auto r = env.ladders().setSteps(goal, steps, QStringLiteral("new plan"));
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), ErrorCode::Validation);
        QCOMPARE(r.error().failure(), failure);
        QCOMPARE(dumpLadderTables(env.db()), before);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(env.ladders().setSteps(GoalId(999), kSteps).code(), ErrorCode::NotFound);
        QCOMPARE(dumpLadderTables(env.db()), before);
    }

    void newStepsKeepTheOldMarksReadable()
    {
        Env env;
        QVERIFY(env.isValid());
        const GoalId goal = env.addGoal(env.addClient(QStringLiteral("Rae")), QStringLiteral("Use more safely"),
                                        LifeArea::SubstanceUse, ContinuumPosition::SaferUse);
        QVERIFY(env.ladders().setSteps(goal, kSteps).ok());
        QVERIFY(env.ladders().mark(markOf(goal, 2, QDate(2026, 2, 1))).ok());
        QVERIFY(env.ladders().mark(markOf(goal, 1, QDate(2026, 2, 8))).ok());
        const QStringList newSteps{QStringLiteral("Carry naloxone"), QStringLiteral("Test what I buy")};
        auto second = env.ladders().setSteps(goal, newSteps, QStringLiteral("after the hospital stay"));
        QCOMPARE(second.value(), 2);
        QVERIFY(env.ladders().mark(markOf(goal, 0, QDate(2026, 2, 15))).ok());

        auto marks = env.ladders().marks(goal);
        QVERIFY(marks.ok());
        QCOMPARE(marks->size(), 3);
        QCOMPARE(marks->at(0).revision, 1);
        QCOMPARE(marks->at(0).stepCount, 3);
        QCOMPARE(marks->at(0).stepWords, QStringLiteral("Use with someone around"));
        QCOMPARE(marks->at(1).stepWords, QStringLiteral("Tell Marco when I use"));
        QCOMPARE(marks->at(2).revision, 2);
        QCOMPARE(marks->at(2).stepCount, 2);
        QCOMPARE(marks->at(2).stepWords, QStringLiteral("Carry naloxone"));
        auto history = env.ladders().history(goal);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).steps, kSteps);
        QCOMPARE(history->at(0).reason, QString());
        QCOMPARE(history->at(1).steps, newSteps);
        QCOMPARE(history->at(1).reason, QStringLiteral("after the hospital stay"));
    }

    void marksOutOfRangeWriteNothing_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("daysAhead");
        QTest::addColumn<FieldReason>("failure");
        QTest::addRow("below the first") << -1 << 0 << FieldReason{Field::LadderMark, ValidationReason::OutOfRange};
        QTest::addRow("past the last") << 3 << 0 << FieldReason{Field::LadderMark, ValidationReason::OutOfRange};
        QTest::addRow("an old step that is gone")
            << 2 << 0 << FieldReason{Field::LadderMark, ValidationReason::OutOfRange};
        QTest::addRow("far past") << 1000 << 0 << FieldReason{Field::LadderMark, ValidationReason::OutOfRange};
        QTest::addRow("after today") << 0 << 1 << FieldReason{Field::MarkDate, ValidationReason::InTheFuture};
    }
    void marksOutOfRangeWriteNothing()
    {
        QFETCH(int, step);
        QFETCH(int, daysAhead);
        QFETCH(FieldReason, failure);
        Env env;
        QVERIFY(env.isValid());
        const GoalId goal = env.addGoal(env.addClient(QStringLiteral("Rae")), QStringLiteral("A door that locks"));
        // Three steps first, then two: a step that was the third is no longer there to mark.
        QVERIFY(env.ladders().setSteps(goal, kSteps).ok());
        QVERIFY(env.ladders().mark(markOf(goal, 2)).ok());
        QVERIFY(env.ladders().setSteps(goal, kSteps.mid(0, 2)).ok());
        const auto before = dumpLadderTables(env.db());
        const NewLadderMark m = markOf(goal, step, kToday.addDays(daysAhead));
        QCOMPARE(env.ladders().check(m).error().failure(), failure);
        auto id = env.ladders().mark(m);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().failure(), failure);
        QCOMPARE(dumpLadderTables(env.db()), before);
    }

    void otherRefusalsWriteNothing()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        const ClientId sam = env.addClient(QStringLiteral("Sam"));
        const GoalId noSteps = env.addGoal(rae, QStringLiteral("A door that locks"));
        const GoalId goal = env.addGoal(rae, QStringLiteral("See my daughter"));
        QVERIFY(env.ladders().setSteps(goal, kSteps).ok());
        const SessionId samsSession = env.addDraft(sam);
        const auto before = dumpLadderTables(env.db());
        QCOMPARE(env.ladders().mark(markOf(noSteps, 0)).error().failure(),
                 (FieldReason{Field::LadderMark, ValidationReason::NoSuchRecord}));
        QCOMPARE(env.ladders().mark(markOf(GoalId(999), 0)).code(), ErrorCode::NotFound);
        NewLadderMark others = markOf(goal, 0);
        others.session = samsSession;
        QCOMPARE(env.ladders().mark(others).error().failure(),
                 (FieldReason{Field::Session, ValidationReason::NotThisClients}));
        NewLadderMark old = markOf(goal, 0, QDate(1850, 1, 1));
        QCOMPARE(env.ladders().mark(old).error().failure(),
                 (FieldReason{Field::MarkDate, ValidationReason::NotPlausible}));
        QCOMPARE(dumpLadderTables(env.db()), before);
    }

    void marksGoUpAndDownAlike()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        const GoalId goal = env.addGoal(client, QStringLiteral("Use more safely"), LifeArea::SubstanceUse,
                                        ContinuumPosition::ManagedUse);
        QVERIFY(env.ladders().setSteps(goal, kSteps).ok());
        // Entered out of order; listed by the day marked. A step back is a mark like any other.
        QVERIFY(env.ladders().mark(markOf(goal, 2, QDate(2026, 2, 10))).ok());
        QVERIFY(env.ladders().mark(markOf(goal, 0, QDate(2026, 2, 1))).ok());
        auto back = env.ladders().mark(markOf(goal, 0, QDate(2026, 2, 20)));
        QVERIFY(back.ok());
        QVERIFY(env.ladders().mark(markOf(goal, 1)).ok());
        auto marks = env.ladders().marks(goal);
        QCOMPARE(stepsOf(marks.value()), (QList<int>{0, 2, 0, 1}));
        QCOMPARE(marks->last().markedOn, kToday);
        const LadderMark down = env.ladders().markRecord(back.value()).value();
        QCOMPARE(down.step, 0);
        QCOMPARE(down.enteredInError, false);
    }

    void enteredInErrorIsKeptButNotDrawn()
    {
        Env env;
        QVERIFY(env.isValid());
        const GoalId goal = env.addGoal(env.addClient(QStringLiteral("Rae")), QStringLiteral("A door that locks"));
        QVERIFY(env.ladders().setSteps(goal, kSteps).ok());
        auto wrong = env.ladders().mark(markOf(goal, 2, QDate(2026, 2, 1)));
        QVERIFY(env.ladders().mark(markOf(goal, 1, QDate(2026, 2, 2))).ok());
        QVERIFY(wrong.ok());
        const auto before = dumpLadderTables(env.db());
        QCOMPARE(env.ladders().markEnteredInError(wrong.value(), QStringLiteral("  ")).error().failure(),
                 (FieldReason{Field::ChangeReason, ValidationReason::NeedsReason}));
        QCOMPARE(dumpLadderTables(env.db()), before);
        QVERIFY(env.ladders().markEnteredInError(wrong.value(), QStringLiteral("clicked the wrong step")).ok());
        QCOMPARE(stepsOf(env.ladders().marks(goal).value()), QList<int>{1});
        auto all = env.ladders().marks(goal, EnteredInError::Show);
        QCOMPARE(stepsOf(all.value()), (QList<int>{2, 1}));
        QCOMPARE(all->first().enteredInError, true);
        QCOMPARE(all->first().enteredInErrorReason, QStringLiteral("clicked the wrong step"));
        const auto after = dumpLadderTables(env.db());
        QCOMPARE(env.ladders().markEnteredInError(wrong.value(), QStringLiteral("again")).error().failure(),
                 (FieldReason{Field::LadderMark, ValidationReason::AlreadyDone}));
        QCOMPARE(dumpLadderTables(env.db()), after);
    }

    void rawSqlCannotRewriteSteps_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("rewrite steps") << QStringLiteral("UPDATE ladder_revisions SET steps = '[\"other\"]'");
        QTest::addRow("delete steps") << QStringLiteral("DELETE FROM ladder_revisions");
        QTest::addRow("move a mark") << QStringLiteral("UPDATE ladder_marks SET step = 0");
        QTest::addRow("redate a mark") << QStringLiteral("UPDATE ladder_marks SET marked_on = '2026-01-01'");
        QTest::addRow("delete a mark") << QStringLiteral("DELETE FROM ladder_marks");
        QTest::addRow("bring back a mark")
            << QStringLiteral("UPDATE ladder_marks SET entered_in_error_at = NULL, entered_in_error_by = NULL, "
                              "entered_in_error_reason = NULL WHERE entered_in_error_at IS NOT NULL");
        QTest::addRow("mark an old step")
            << QStringLiteral("INSERT INTO ladder_marks (uuid, ladder_revision_id, step, marked_on, created_at, "
                              "created_by) SELECT 'u', min(id), 0, '2026-03-01', 'x', 'y' FROM ladder_revisions");
        QTest::addRow("mark past the last step")
            << QStringLiteral("INSERT INTO ladder_marks (uuid, ladder_revision_id, step, marked_on, created_at, "
                              "created_by) SELECT 'u', max(id), 2, '2026-03-01', 'x', 'y' FROM ladder_revisions");
        QTest::addRow("an empty step") << QStringLiteral(
            "INSERT INTO ladder_revisions (goal_id, revision, steps, revised_at, revised_by) "
            "SELECT goal_id, 3, '[\"a\", \" \"]', 'x', 'y' FROM ladder_revisions LIMIT 1");
        QTest::addRow("a step that is not words")
            << QStringLiteral("INSERT INTO ladder_revisions (goal_id, revision, steps, revised_at, revised_by) "
                              "SELECT goal_id, 3, '[\"a\", 7]', 'x', 'y' FROM ladder_revisions LIMIT 1");
        QTest::addRow("skip a revision") << QStringLiteral(
            "INSERT INTO ladder_revisions (goal_id, revision, steps, revised_at, revised_by) "
            "SELECT goal_id, 5, '[\"a\"]', 'x', 'y' FROM ladder_revisions LIMIT 1");
        QTest::addRow("no steps") << QStringLiteral(
            "INSERT INTO ladder_revisions (goal_id, revision, steps, revised_at, revised_by) "
            "SELECT goal_id, 3, '[]', 'x', 'y' FROM ladder_revisions LIMIT 1");
    }
    void rawSqlCannotRewriteSteps()
    {
        QFETCH(QString, sql);
        Env env;
        QVERIFY(env.isValid());
        const GoalId goal = env.addGoal(env.addClient(QStringLiteral("Rae")), QStringLiteral("A door that locks"));
        QVERIFY(env.ladders().setSteps(goal, kSteps).ok());
        auto first = env.ladders().mark(markOf(goal, 2));
        QVERIFY(env.ladders().markEnteredInError(first.value(), QStringLiteral("wrong")).ok());
        QVERIFY(env.ladders().setSteps(goal, kSteps.mid(0, 2)).ok());
        QVERIFY(env.ladders().mark(markOf(goal, 1)).ok());
        const auto before = dumpLadderTables(env.db());
        QCOMPARE(env.db().exec(sql.toStdString()).code(), ErrorCode::Constraint);
        QCOMPARE(dumpLadderTables(env.db()), before);
    }

    void discardingADraftTakesItsMarksButNotTheSteps()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        const GoalId goal = env.addGoal(client, QStringLiteral("A door that locks"));
        QVERIFY(env.ladders().setSteps(goal, kSteps).ok());
        const SessionId draft = env.addDraft(client, QDate(2026, 2, 27));
        NewLadderMark inDraft = markOf(goal, 1);
        inDraft.session = draft;
        auto id = env.ladders().mark(inDraft);
        QVERIFY(id.ok());
        QCOMPARE(env.ladders().markRecord(id.value())->addedIn, (AddedIn{draft, std::nullopt, QDate(2026, 2, 27)}));
        QCOMPARE(env.ladders().marksOfSession(draft)->size(), 1);
        QVERIFY(env.ladders().mark(markOf(goal, 0)).ok());
        QVERIFY(env.domain().sessions().discardDraft(draft).ok());
        QCOMPARE(stepsOf(env.ladders().marks(goal, EnteredInError::Show).value()), QList<int>{0});
        QCOMPARE(env.ladders().currentSteps(goal).value()->steps, kSteps);
    }

    void removingAPersonForGoodTakesTheirSteps()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.domain().counselor().setCounselor({QStringLiteral("Jordan Lee"), QString()}).ok());
        const ClientId rae = env.addClient(QStringLiteral("Rae"));
        const ClientId sam = env.addClient(QStringLiteral("Sam"));
        const GoalId raes = env.addGoal(rae, QStringLiteral("A door that locks"));
        const GoalId sams = env.addGoal(sam, QStringLiteral("See my daughter"));
        QVERIFY(env.ladders().setSteps(raes, kSteps).ok());
        QVERIFY(env.ladders().setSteps(raes, kSteps.mid(1)).ok());
        QVERIFY(env.ladders().setSteps(sams, {QStringLiteral("Call her mom")}).ok());
        const SessionId signedSession = env.addDraft(rae);
        QVERIFY(env.domain().sessions().sign(signedSession).ok());
        NewLadderMark inSigned = markOf(raes, 1);
        inSigned.session = signedSession;
        QVERIFY(env.ladders().mark(inSigned).ok());
        QVERIFY(env.ladders().mark(markOf(raes, 0)).ok());
        QVERIFY(env.ladders().mark(markOf(sams, 0)).ok());
        const Status purged = env.domain().clients().purge(rae, QStringLiteral("Rae"));
        QVERIFY2(purged.ok(), qPrintable(purged.error().detail));
        QCOMPARE(rowCount(env.db(), "ladder_revisions"), 1);
        QCOMPARE(rowCount(env.db(), "ladder_marks"), 1);
        QCOMPARE(env.ladders().marks(sams)->size(), 1);
    }

    void theAuditLogHoldsNoStepWords()
    {
        Env env;
        QVERIFY(env.isValid());
        const ClientId client = env.addClient(QStringLiteral("Rae"));
        const GoalId goal = env.addGoal(client, QStringLiteral("A door that locks"));
        const QString reason = QStringLiteral("Marco moved out");
        QVERIFY(env.ladders().setSteps(goal, kSteps).ok());
        QVERIFY(env.ladders().setSteps(goal, kSteps.mid(1), reason).ok());
        auto mark = env.ladders().mark(markOf(goal, 1, QDate(2026, 1, 17)));
        QVERIFY(env.ladders().markEnteredInError(mark.value(), QStringLiteral("Marco's step, not theirs")).ok());
        QStringList actions;
        const auto all = env.domain().audit().entries(0, 1000);
        for (const AuditEntry& e : all.value()) {
            if (e.recordType == QStringLiteral("ladder") || e.recordType == QStringLiteral("ladder-mark")) {
                actions.prepend(e.action);
                QCOMPARE(e.clientId, std::optional<ClientId>(client));
            }
        }
        QCOMPARE(actions, (QStringList{VoiceAuditAction::SetSteps, VoiceAuditAction::SetSteps,
                                       VoiceAuditAction::MarkStep, VoiceAuditAction::EnteredInError}));
        QStringList words = kSteps;
        words << reason << QStringLiteral("Marco") << QStringLiteral("2026-01-17");
        for (const QString& row : dumpTable(env.db(), "audit_log")) {
            for (const QString& w : words)
                QVERIFY2(!row.contains(w, Qt::CaseInsensitive), qPrintable(row));
        }
    }
};

QTEST_GUILESS_MAIN(TestLadders)
#include "tst_ladders.moc"
