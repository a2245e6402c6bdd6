// SPDX-License-Identifier: GPL-3.0-or-later
// The person's own voice in the window (issue 15): a change they count added by keyboard on their page, in a
// session and with a contact, seen on the timeline with where it was added; corrected with the earlier wording
// kept, and entered in error (kept, hidden); a change added in a draft goes when the draft is discarded; their
// steps set, marked in a session and on their page, drawn and listed as a table; the printed plan with
// "Changes I have made" on and off, read back with pdftotext, one page with the newest few and a count of
// the rest.
#include "UiHooks.h"
#include "contacts/ContactEditorDialog.h"
#include "domain/Domain.h"
#include "printing/PrintSummaryDialog.h"
#include "printing/Reports.h"
#include "report/ReportData.h"
#include "sessions/SessionEditor.h"
#include "sessions/SessionForm.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "views/ClientPage.h"
#include "voice/LadderChart.h"
#include "voice/LadderMarkModel.h"
#include "voice/PlanChangesFit.h"
#include "voice/PositiveChangeModel.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
const QDate kToday(2026, 3, 2);

struct Fixture {
    QTemporaryDir tmp;
    FixedClock clock{kNow};
    Workspace workspace{clock};
    Domain* domain = nullptr;
    ClientId client;
    GoalId goal;

    Fixture()
    {
        clock.setToday(kToday);
        if (!workspace.open(test::createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}))
            qFatal("cannot open the test vault");
        domain = &workspace.domain();
        (void)domain->counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")});
        Client c;
        c.chosenName = QStringLiteral("Marisol Vega");
        client = domain->clients().create(c).value();
        GoalFields f;
        f.clientWords = QStringLiteral("Stop using alone");
        f.lifeArea = LifeArea::SubstanceUse;
        f.position = ContinuumPosition::SaferUse;
        f.steps = {QStringLiteral("Tell Marco when I use")};
        goal = domain->goals().create(client, f, {}).value();
    }

    /// The client page, told of every change as the main window tells it.
    std::unique_ptr<ClientPage> page()
    {
        auto p = std::make_unique<ClientPage>(*domain);
        QObject::connect(&workspace, &Workspace::recordChanged, p.get(),
                         [page = p.get()](const RecordChange& change) { page->recordChanged(change); });
        p->showClient(client);
        p->resize(900, 640);
        p->show();
        return p;
    }

    QStringList timelineWords()
    {
        QStringList out;
        const auto changes = domain->positiveChanges().changesOfClient(client);
        for (const PositiveChange& c : changes.value())
            out.append(c.current.words);
        return out;
    }
};

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString pdfText(const QString& pdf)
{
    return run(QStringLiteral(PDFTOTEXT), {pdf, QStringLiteral("-")}).simplified();
}

/// The first page as a picture in $CONTINUUM_SCREENSHOT_DIR, when that is set, for a look.
void renderFirstPage(const QString& pdf, const QString& name)
{
    const QString dir = qEnvironmentVariable("CONTINUUM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    run(QStringLiteral(PDFTOPPM), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"),
                                   QStringLiteral("-singlefile"), QStringLiteral("-f"), QStringLiteral("1"),
                                   QStringLiteral("-l"), QStringLiteral("1"), pdf, QDir(dir).filePath(name)});
}

int pageCount(const QString& pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral(PDFINFO), {pdf})).captured(1).toInt();
}

/// Types text as key presses, accented letters too (QTest::keyClicks takes ASCII only): each character is a
/// key event carrying it, as a keyboard with that layout sends.
void type(QWidget* w, const QString& text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 0x80)
            QTest::keyClick(w, char(ch.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

/// The words shown in a view's column, top to bottom.
QStringList column(const QTreeView* view, int col)
{
    QStringList out;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        out.append(view->model()->index(r, col).data().toString());
    return out;
}

} // namespace

class TestVoiceUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCoreApplication::setOrganizationName(QStringLiteral("ContinuumTests"));
    }
    void cleanup() { UiHooks::reset(); }

    void theModelsPassQtsChecks()
    {
        Fixture fx;
        PositiveChangeModel changes;
        QAbstractItemModelTester changesTester(&changes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NewPositiveChange c;
        c.client = fx.client;
        c.words = QStringLiteral("ate breakfast");
        QVERIFY(fx.domain->positiveChanges().add(c).ok());
        changes.setChanges(fx.domain->positiveChanges().changesOfClient(fx.client).value());
        QCOMPARE(changes.rowCount(), 1);
        QCOMPARE(changes.index(0, PositiveChangeModel::Words).data().toString(), QStringLiteral("ate breakfast"));
        QCOMPARE(changes.index(0, PositiveChangeModel::AddedInColumn).data().toString(), QStringLiteral("Their page"));
        changes.setChanges({});
        QCOMPARE(changes.rowCount(), 0);

        LadderMarkModel marks;
        QAbstractItemModelTester marksTester(&marks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(fx.domain->ladders().setSteps(fx.goal, {QStringLiteral("One"), QStringLiteral("Two")}).ok());
        NewLadderMark m;
        m.goal = fx.goal;
        m.step = 1;
        QVERIFY(fx.domain->ladders().mark(m).ok());
        marks.setMarks(fx.domain->ladders().marks(fx.goal).value());
        QCOMPARE(marks.index(0, LadderMarkModel::Step).data().toString(), QStringLiteral("step 2 of 2"));
        QCOMPARE(marks.index(0, LadderMarkModel::StepWords).data().toString(), QStringLiteral("Two"));
    }

    void aChangeIsAddedByKeyboardOnTheirPage()
    {
        Fixture fx;
        auto page = fx.page();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        auto* tabs = child<QTabWidget>(page.get(), "clientTabs");
        // Alt+H opens the tab; Alt+Y goes to the line; the words, then Enter.
        QTest::keyClick(page.get(), Qt::Key_H, Qt::AltModifier);
        QTRY_COMPARE(tabs->currentWidget()->objectName(), QStringLiteral("voicePanel"));
        QTest::keyClick(page.get(), Qt::Key_Y, Qt::AltModifier);
        auto* words = child<QLineEdit>(page.get(), "newChangeEdit");
        QTRY_VERIFY(words->hasFocus());
        // Enter with nothing typed: refused in words, nothing written.
        QTest::keyClick(words, Qt::Key_Return);
        auto* message = child<QLabel>(page.get(), "changesMessage");
        QVERIFY(message->isVisible());
        QCOMPARE(message->text(), QStringLiteral("Write the change they count, in their own words."));
        QVERIFY(fx.timelineWords().isEmpty());

        type(words, QStringLiteral("  Dormí bajo techo, ¡tres noches!  "));
        QTest::keyClick(words, Qt::Key_Return);
        QCOMPARE(fx.timelineWords(), QStringList{QStringLiteral("Dormí bajo techo, ¡tres noches!")});
        QVERIFY(words->text().isEmpty());
        QVERIFY(!message->isVisible());
        auto* timeline = child<QTreeView>(page.get(), "changeTimeline");
        QCOMPARE(column(timeline, PositiveChangeModel::Words),
                 QStringList{QStringLiteral("Dormí bajo techo, ¡tres noches!")});
        QCOMPARE(column(timeline, PositiveChangeModel::Day), QStringList{QStringLiteral("3/2/26")});
        QCOMPARE(column(timeline, PositiveChangeModel::OnPlan), QStringList{QString()});

        // An earlier day, on their plan: listed by the day it happened, newest first.
        QTest::keyClicks(words, QStringLiteral("carried naloxone all week"));
        auto* day = child<QDateEdit>(page.get(), "newChangeDayEdit");
        day->setDate(QDate(2026, 2, 20));
        child<QCheckBox>(page.get(), "newChangeOnPlanCheck")->setChecked(true);
        child<QPushButton>(page.get(), "addChangeButton")->click();
        QCOMPARE(column(timeline, PositiveChangeModel::Words),
                 (QStringList{QStringLiteral("Dormí bajo techo, ¡tres noches!"),
                              QStringLiteral("carried naloxone all week")}));
        QCOMPARE(column(timeline, PositiveChangeModel::OnPlan),
                 (QStringList{QString(), QStringLiteral("On their plan")}));
        saveScreenshot(page.get(), QStringLiteral("70-changes-tab"));
    }

    void aCorrectionKeepsTheEarlierWordingAndAnErrorIsHidden()
    {
        Fixture fx;
        NewPositiveChange c;
        c.client = fx.client;
        c.words = QStringLiteral("used with a frend around");
        const PositiveChangeId id = fx.domain->positiveChanges().add(c).value();
        auto page = fx.page();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));
        child<QTabWidget>(page.get(), "clientTabs")->setCurrentWidget(child<QWidget>(page.get(), "voicePanel"));
        auto* timeline = child<QTreeView>(page.get(), "changeTimeline");
        timeline->setCurrentIndex(timeline->model()->index(0, PositiveChangeModel::Words));

        // A correction without a reason is refused in the dialog, which stays with what was typed.
        WITH_DIALOG(
            QStringLiteral("correctChangeDialog"),
            [&] { child<QPushButton>(page.get(), "correctChangeButton")->click(); },
            [&](QDialog* d) {
                auto* words = child<QPlainTextEdit>(d, "changeWordsEdit");
                words->setPlainText(QStringLiteral("used with a friend around"));
                child<QPushButton>(d, "saveChangeButton")->click();
                QVERIFY(d->isVisible());
                QCOMPARE(child<QLabel>(d, "changeDialogMessage")->text(),
                         QStringLiteral("Say why it changed: the reason stays with the record, next to what it "
                                        "said before."));
                QTest::keyClicks(child<QLineEdit>(d, "changeReasonEdit"), QStringLiteral("spelling"));
                child<QPushButton>(d, "saveChangeButton")->click();
            });
        QCOMPARE(fx.timelineWords(), QStringList{QStringLiteral("used with a friend around")});
        auto history = fx.domain->positiveChanges().history(id);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->first().words, QStringLiteral("used with a frend around"));
        QCOMPARE(column(timeline, PositiveChangeModel::Words),
                 QStringList{QStringLiteral("used with a friend around")});

        // On their plan, by the button: no reason asked.
        timeline->setCurrentIndex(timeline->model()->index(0, PositiveChangeModel::Words));
        auto* plan = child<QPushButton>(page.get(), "changeOnPlanButton");
        QCOMPARE(plan->text(), QStringLiteral("Put on Pla&n"));
        plan->click();
        QVERIFY(fx.domain->positiveChanges().change(id)->current.onPlan);
        QCOMPARE(plan->text(), QStringLiteral("Take off Pla&n"));

        // Entered in error: kept, gone from the timeline, back only when asked for.
        timeline->setCurrentIndex(timeline->model()->index(0, PositiveChangeModel::Words));
        WITH_DIALOG(
            QStringLiteral("enteredInErrorDialog"),
            [&] { child<QPushButton>(page.get(), "changeEnteredInErrorButton")->click(); },
            [&](QDialog* d) {
                QTest::keyClicks(child<QLineEdit>(d, "enteredInErrorReasonEdit"), QStringLiteral("someone else's"));
                child<QPushButton>(d, "confirmEnteredInErrorButton")->click();
            });
        QCOMPARE(timeline->model()->rowCount(), 0);
        QVERIFY(fx.domain->positiveChanges().change(id)->current.enteredInError);
        child<QCheckBox>(page.get(), "showChangesInErrorCheck")->setChecked(true);
        QCOMPARE(column(timeline, PositiveChangeModel::AddedInColumn),
                 QStringList{QStringLiteral("Their page (entered in error)")});
        timeline->setCurrentIndex(timeline->model()->index(0, PositiveChangeModel::Words));
        QVERIFY(!child<QPushButton>(page.get(), "correctChangeButton")->isEnabled());
    }

    void aChangeAddedInADraftIsOnTheTimelineAndGoesWithTheDraft()
    {
        Fixture fx;
        auto page = fx.page();
        auto* editor = new SessionEditor(fx.workspace, fx.client, SessionId());
        QPointer<SessionEditor> guard(editor);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto* section = child<QGroupBox>(editor, "section_voice");
        QVERIFY(section && section->isVisible());
        auto* words = child<QLineEdit>(editor, "sessionChangeEdit");
        QVERIFY(editor->sessionId().isNull());
        // Refused with nothing typed: no draft is made for it.
        words->setFocus();
        QTest::keyClick(words, Qt::Key_Return);
        QVERIFY(editor->sessionId().isNull());
        QCOMPARE(child<QLabel>(editor, "sessionVoiceMessage")->text(),
                 QStringLiteral("Write the change they count, in their own words."));

        QTest::keyClicks(words, QStringLiteral("ate breakfast before the clinic"));
        QTest::keyClick(words, Qt::Key_Return);
        // Saved at once, linked to the draft the record became.
        const SessionId session = editor->sessionId();
        QVERIFY(!session.isNull());
        auto added = fx.domain->positiveChanges().changesOfSession(session);
        QCOMPARE(added->size(), 1);
        QCOMPARE(added->first().current.words, QStringLiteral("ate breakfast before the clinic"));
        QCOMPARE(added->first().current.noticedOn, kToday);
        auto* list = child<QListWidget>(editor, "sessionChangeList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("ate breakfast before the clinic"));
        QVERIFY(words->text().isEmpty());

        // On their page, with where it was added.
        auto* timeline = child<QTreeView>(page.get(), "changeTimeline");
        QCOMPARE(column(timeline, PositiveChangeModel::Words),
                 QStringList{QStringLiteral("ate breakfast before the clinic")});
        QCOMPARE(column(timeline, PositiveChangeModel::AddedInColumn), QStringList{QStringLiteral("Session, 3/2/26")});
        saveScreenshot(editor, QStringLiteral("71-session-changes"));

        // Discarding the draft takes it along, as the question says: nothing of it is kept.
        UiHooks::instance().confirm = [](QWidget*, const QString&, const QString&, const QString&) { return true; };
        editor->discardDraft();
        QTRY_VERIFY(guard.isNull());
        QVERIFY(fx.timelineWords().isEmpty());
        QCOMPARE(timeline->model()->rowCount(), 0);
    }

    void stepsAreMarkedInASessionAndOnTheirPage()
    {
        Fixture fx;
        QVERIFY(fx.domain->ladders()
                    .setSteps(fx.goal, {QStringLiteral("Keep naloxone in my bag"), QStringLiteral("Tell Marco"),
                                        QStringLiteral("Use with someone around")})
                    .ok());
        auto page = fx.page();
        auto* editor = new SessionEditor(fx.workspace, fx.client, SessionId());
        QPointer<SessionEditor> guard(editor);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto* goal = child<QComboBox>(editor, "sessionLadderGoalCombo");
        auto* step = child<QComboBox>(editor, "sessionLadderStepCombo");
        QCOMPARE(goal->currentText(), QStringLiteral("Stop using alone"));
        QCOMPARE(step->count(), 3);
        QCOMPARE(step->itemText(1), QStringLiteral("2. Tell Marco"));
        step->setCurrentIndex(1);
        child<QPushButton>(editor, "markSessionStepButton")->click();
        const SessionId session = editor->sessionId();
        QVERIFY(!session.isNull());
        auto marks = fx.domain->ladders().marksOfSession(session);
        QCOMPARE(marks->size(), 1);
        QCOMPARE(marks->first().step, 1);
        QCOMPARE(child<QListWidget>(editor, "sessionMarkList")->item(0)->text(),
                 QStringLiteral("“Stop using alone”: step 2 of 3, “Tell Marco”"));

        // On their page: the mark in the table and the drawing; another mark by keyboard, a step higher.
        child<QTabWidget>(page.get(), "clientTabs")->setCurrentWidget(child<QWidget>(page.get(), "voicePanel"));
        auto* table = child<QTreeView>(page.get(), "ladderMarkTable");
        QCOMPARE(column(table, LadderMarkModel::StepWords), QStringList{QStringLiteral("Tell Marco")});
        QCOMPARE(column(table, LadderMarkModel::AddedInColumn), QStringList{QStringLiteral("Session, 3/2/26")});
        fx.clock.setToday(kToday.addDays(3));
        fx.clock.set(kNow.addDays(3));
        WITH_DIALOG(
            QStringLiteral("ladderMarkDialog"),
            [&] { child<QPushButton>(page.get(), "markLadderStepButton")->click(); },
            [&](QDialog* d) {
                auto* steps = child<QListWidget>(d, "ladderStepList");
                QCOMPARE(steps->currentRow(), 1); // where they were last
                QTest::keyClick(steps, Qt::Key_Down);
                QTest::keyClick(steps, Qt::Key_Return);
            });
        QCOMPARE(column(table, LadderMarkModel::Step),
                 (QStringList{QStringLiteral("step 2 of 3"), QStringLiteral("step 3 of 3")}));
        auto* chart = child<LadderChart>(page.get(), "ladderChart");
        QCOMPARE(chart->marks().size(), 2);
        const QList<QPointF> at =
            LadderChart::markPositions(QFontMetricsF(chart->font()), QRectF(0, 0, 400, 200), 3, chart->marks());
        QVERIFY(at.at(1).y() < at.at(0).y()); // the later mark, a step up, is drawn higher
        QVERIFY(at.at(1).x() > at.at(0).x()); // and further along
        QVERIFY(chart->accessibleDescription().contains(QStringLiteral("step 3 of 3")));
        saveScreenshot(page.get(), QStringLiteral("72-steps"));
        editor->close();
    }

    void aContactWithAKnownPersonTakesAChange()
    {
        Fixture fx;
        ContactEditorDialog known(*fx.domain, ContactId(), fx.client);
        auto* change = child<QLineEdit>(&known, "contactChangeEdit");
        QVERIFY(change->isEnabled());
        QTest::keyClicks(change, QStringLiteral("carried naloxone to the party"));
        known.accept();
        QCOMPARE(known.result(), int(QDialog::Accepted));
        auto added = fx.domain->positiveChanges().changesOfClient(fx.client);
        QCOMPARE(added->size(), 1);
        QCOMPARE(added->first().current.words, QStringLiteral("carried naloxone to the party"));
        QCOMPARE(added->first().addedIn.contact, std::optional<ContactId>(known.savedId()));

        // Anonymous: the line is off; words typed before switching are refused, never dropped or saved.
        ContactEditorDialog anonymous(*fx.domain, ContactId(), fx.client);
        auto* line = child<QLineEdit>(&anonymous, "contactChangeEdit");
        QTest::keyClicks(line, QStringLiteral("slept indoors"));
        auto* identity = child<QComboBox>(&anonymous, "contactIdentityCombo");
        identity->setCurrentIndex(identity->findData(int(ContactIdentity::Anonymous)));
        QVERIFY(!line->isEnabled());
        const qint64 before = fx.domain->contacts().contactsOfClient(fx.client)->size();
        anonymous.accept();
        QVERIFY(anonymous.result() != int(QDialog::Accepted));
        QCOMPARE(child<QLabel>(&anonymous, "contactEditorMessage")->text(),
                 QStringLiteral("A change they count is kept in a known person's record. Choose the person, or "
                                "clear the change."));
        QCOMPARE(fx.domain->positiveChanges().changesOfClient(fx.client)->size(), 1);
        QCOMPARE(fx.domain->contacts().contactsOfClient(fx.client)->size(), before);
    }

    void thePrintedPlanShowsTheirChangesOnlyWhenChosen_data()
    {
        QTest::addColumn<bool>("full");
        QTest::addColumn<QPageSize::PageSizeId>("paper");
        QTest::addRow("one goal, Letter") << false << QPageSize::Letter;
        QTest::addRow("four goals with charts, Letter") << true << QPageSize::Letter;
        QTest::addRow("four goals with charts, A4") << true << QPageSize::A4;
    }
    void thePrintedPlanShowsTheirChangesOnlyWhenChosen()
    {
        QFETCH(bool, full);
        QFETCH(QPageSize::PageSizeId, paper);
        Fixture fx;
        if (full) {
            for (const char* words : {"Test what I buy with strips", "Get on the list for supportive housing",
                                      "See my daughter every other Sunday"}) {
                GoalFields f;
                f.clientWords = QString::fromUtf8(words);
                f.whyItMatters = QStringLiteral("Because I want to be around for my daughter and my mom.");
                f.lifeArea = LifeArea::Housing;
                f.steps = {QStringLiteral("Call on Monday"), QStringLiteral("Bring my ID")};
                f.whoCanHelp = QStringLiteral("Dee at the drop-in");
                f.ifItGetsHard = QStringLiteral("Call the warm line");
                QVERIFY(fx.domain->goals().create(fx.client, f, {}).ok());
            }
            // As full as a typical plan: four goals, each with a ruler trend (a small chart) from two sessions.
            const QList<Goal> goals = fx.domain->goals().goalsForClient(fx.client).value();
            QCOMPARE(goals.size(), 4);
            for (const QDate& day : {QDate(2026, 1, 10), QDate(2026, 2, 10)}) {
                SessionContent session;
                session.date = day;
                session.noteFormat = NoteFormat::Dap;
                for (const Goal& g : goals) {
                    SessionGoalEntry e;
                    e.goalId = g.id;
                    e.importance = RulerScore{day.month() + 5, QStringLiteral("My daughter"), {}};
                    e.confidence = RulerScore{day.month() + 3, {}, {}};
                    session.goals.append(e);
                }
                QVERIFY(fx.domain->sessions().sign(fx.domain->sessions().createDraft(fx.client, session).value()).ok());
            }
        }
        PositiveChangeService& changes = fx.domain->positiveChanges();
        const auto add = [&](const QString& words, QDate on, bool onPlan) {
            NewPositiveChange c;
            c.client = fx.client;
            c.words = words;
            c.noticedOn = on;
            c.onPlan = onPlan;
            return changes.add(c).value();
        };
        for (int i = 1; i <= 7; ++i)
            add(QStringLiteral("On-plan change number %1").arg(i), QDate(2026, 1, 1 + i * 4), true);
        add(QStringLiteral("Kept off the page"), QDate(2026, 2, 27), false);
        const PositiveChangeId wrong = add(QStringLiteral("Entered by mistake"), QDate(2026, 2, 28), true);
        QVERIFY(changes.markEnteredInError(wrong, QStringLiteral("wrong person")).ok());
        const PageDecoration decoration{QStringLiteral("Marisol Vega — my plan"), {}};

        // Off: no section at all.
        GoalSummaryOptions off;
        off.date = kToday;
        auto data = buildGoalSummary(*fx.domain, fx.client, off);
        QVERIFY(data.ok());
        auto doc = goalSummaryDocument(data.value());
        const QString offPdf = fx.tmp.filePath(QStringLiteral("off.pdf"));
        QVERIFY(writePdf(*doc, offPdf, decoration, QPageSize(paper)).ok());
        const QString offText = pdfText(offPdf);
        QVERIFY2(offText.contains(QStringLiteral("What I want")), qPrintable(offText));
        QVERIFY(!offText.contains(QStringLiteral("Changes I have made")));
        QVERIFY(!offText.contains(QStringLiteral("On-plan change")));
        QCOMPARE(pageCount(offPdf), 1);

        // On: at most the five newest on-plan changes, as many as leave the plan on one page, each with its
        // month, and how many more there are.
        GoalSummaryOptions on = off;
        on.includeChanges = true;
        data = buildGoalSummary(*fx.domain, fx.client, on);
        QVERIFY(data.ok());
        QCOMPARE(data->changes.size(), GoalSummaryOptions::kDefaultMaxChanges);
        QCOMPARE(data->moreChanges, 2);
        QVERIFY(fitPlanChangesToPages(data.value()));
        const int shown = int(data->changes.size());
        QCOMPARE(shown + data->moreChanges, 7);
        if (!full)
            QCOMPARE(shown, GoalSummaryOptions::kDefaultMaxChanges); // room to spare: nothing taken off
        doc = goalSummaryDocument(data.value());
        const QString onPdf = fx.tmp.filePath(QStringLiteral("on.pdf"));
        QVERIFY(writePdf(*doc, onPdf, decoration, QPageSize(paper)).ok());
        renderFirstPage(onPdf, QStringLiteral("73-plan-with-changes-") + QString::fromLatin1(QTest::currentDataTag()));
        const QString onText = pdfText(onPdf);
        QStringList expected{QStringLiteral("Changes I have made")};
        for (int i = 7; i > 7 - shown; --i)
            expected.append(QStringLiteral("On-plan change number %1 · January 2026").arg(i));
        expected << QStringLiteral("…and %1 more in my record.").arg(7 - shown)
                 << QStringLiteral("We made this plan together.");
        const QString order = orderProblem(onText, expected);
        QVERIFY2(order.isEmpty(), qPrintable(order + QStringLiteral(" in: ") + onText));
        for (int i = 7 - shown; i >= 1; --i)
            QVERIFY(!onText.contains(QStringLiteral("On-plan change number %1").arg(i)));
        for (const char* never : {"Kept off the page", "Entered by mistake"})
            QVERIFY2(!onText.contains(QString::fromUtf8(never)), never);
        QCOMPARE(pageCount(onPdf), 1);
        QCOMPARE(goalSummaryPages(data.value(), QPageSize(paper)), 1);
    }

    void thePrintDialogHasTheChoice()
    {
        Fixture fx;
        {
            PrintSummaryDialog none(fx.workspace, fx.client);
            auto* box = child<QCheckBox>(&none, "includeChangesCheck");
            QVERIFY(!box->isEnabled());
            QVERIFY(!box->isChecked());
        }
        NewPositiveChange c;
        c.client = fx.client;
        c.words = QStringLiteral("Llamé a mi hermana 📞");
        c.noticedOn = QDate(2026, 2, 14);
        c.onPlan = true;
        QVERIFY(fx.domain->positiveChanges().add(c).ok());
        QSettings().setValue(QStringLiteral("privacy/pdfWarningShown"), true);
        for (const bool include : {true, false}) {
            PrintSummaryDialog dialog(fx.workspace, fx.client);
            auto* box = child<QCheckBox>(&dialog, "includeChangesCheck");
            QVERIFY(box->isEnabled());
            QVERIFY(box->isChecked()); // each change on the plan was their choice
            box->setChecked(include);
            const QString pdf = fx.tmp.filePath(include ? QStringLiteral("with.pdf") : QStringLiteral("without.pdf"));
            UiHooks::instance().saveFileName = [pdf](QWidget*, const QString&, const QString&, const QString&) {
                return pdf;
            };
            UiHooks::instance().information = [](QWidget*, const QString&, const QString&) {};
            child<QPushButton>(&dialog, "pdfSummaryButton")->click();
            QTRY_VERIFY(QFileInfo::exists(pdf));
            const QString text = pdfText(pdf);
            QCOMPARE(text.contains(QStringLiteral("Changes I have made")), include);
            QCOMPARE(text.contains(QStringLiteral("Llamé a mi hermana")), include);
            QCOMPARE(text.contains(QStringLiteral("February 2026")), include);
        }
    }
};

QTEST_MAIN(TestVoiceUi)
#include "tst_voiceui.moc"
