// SPDX-License-Identifier: GPL-3.0-or-later
// The counselor's own practice in the window (issue 15): "Review My Practice…" from a signed session opens
// the self-review; the MIA:STEP ratings are given by keyboard and the wheel never changes one; the MITI
// summary scores are worked out as the counts are typed, beside the thresholds marked as expert opinion;
// the person's own rating sits beside it, read-only; a refused value keeps the dialog open with the reason.
// "My practice" (Ctrl+4) then lists the session with its scores and the person's rating, charts them with
// a description in words, says that only the counselor sees it, and keeps the skills plan.
#include "MainWindow.h"
#include "common/ErrorText.h"
#include "common/ScreenFit.h"
#include "common/WheelGuard.h"
#include "domain/Domain.h"
#include "practice/CountSpinBox.h"
#include "practice/PracticeChart.h"
#include "practice/PracticeTableModel.h"
#include "practice/PracticeView.h"
#include "practice/RatingComboBox.h"
#include "practice/SelfReviewDialog.h"
#include "sessions/SessionEditor.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QWheelEvent>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

struct Fixture {
    QTemporaryDir tmp;
    SystemClock clock;
    Workspace workspace{clock};
    Domain* domain = nullptr;
    ClientId client;
    SessionId signedSession;

    Fixture()
    {
        if (!workspace.open(test::createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}))
            qFatal("cannot open the test vault");
        domain = &workspace.domain();
        if (!domain->counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")}))
            qFatal("cannot name the counselor");
        Client c;
        c.chosenName = QStringLiteral("Marisol");
        client = domain->clients().create(c).value();
        SessionContent content;
        content.date = QDate::currentDate().addDays(-2);
        content.nextSteps = QStringLiteral("meet at the clinic");
        signedSession = domain->sessions().createDraft(client, content).value();
        // The person rated the session in client mode while it was a draft.
        ClientRating rating;
        rating.listened = 5;
        rating.workedOnWhatMatters = 4;
        if (!domain->sessionFeedback().saveClientRating(signedSession, rating))
            qFatal("cannot save the person's rating");
        if (!domain->sessions().sign(signedSession))
            qFatal("cannot sign");
    }
    ~Fixture() { workspace.lock(); }
};

void turnWheel(QWidget* w, int delta)
{
    const QPointF pos(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent wheel(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &wheel);
}

/// Moves a closed combo box down `steps` entries with the arrow key, as a keyboard user does.
void pressDown(QWidget* w, int steps)
{
    w->setFocus();
    for (int i = 0; i < steps; ++i)
        QTest::keyClick(w, Qt::Key_Down);
}

/// Types a number into a spin box by keyboard, replacing what it shows.
void typeNumber(QWidget* spin, const QString& digits)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, digits);
}

} // namespace

class TestPracticeUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        WheelGuard::install(qApp); // as the application does
    }

    void reviewFromASignedSessionByKeyboard()
    {
        Fixture fx;
        auto* editor = new SessionEditor(fx.workspace, fx.client, fx.signedSession);
        editor->setAttribute(Qt::WA_DeleteOnClose, false);
        QScopedPointer<SessionEditor> owner(editor);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QVERIFY(editor->isSigned());
        auto* review = child<QPushButton>(editor, "reviewPracticeButton");
        QVERIFY(review);
        QVERIFY(review->isVisible());
        saveScreenshot(editor, QStringLiteral("practice-signed-session"));
        const SessionRecord before = fx.domain->sessions().session(fx.signedSession).value();

        WITH_DIALOG(
            QStringLiteral("selfReviewDialog"), [&] { review->click(); },
            [&](QDialog* d) {
                QVERIFY(fitsOnScreen(d));
                QVERIFY(
                    child<QLabel>(d, "selfReviewPrivacyNote")->text().contains(QStringLiteral("Only you see this")));
                // The person's own rating, read-only, beside the counselor's.
                QCOMPARE(child<QLabel>(d, "clientRatingAnswer1")->text(), QStringLiteral("5 Very much"));
                QCOMPARE(child<QLabel>(d, "clientRatingAnswer2")->text(), QStringLiteral("4 Mostly"));
                QCOMPARE(child<QLabel>(d, "clientRatingAnswer3")->text(), QStringLiteral("Not answered"));

                // MIA:STEP by keyboard: open questions "5 Quite a bit" / "6 Very good"; closed questions "2 A little".
                auto* openMuch = child<RatingComboBox>(d, "adherence_open_questions");
                auto* openWell = child<RatingComboBox>(d, "competence_open_questions");
                auto* closedMuch = child<RatingComboBox>(d, "adherence_closed_questions");
                QVERIFY(openMuch && openWell && closedMuch);
                QVERIFY(!d->findChild<RatingComboBox*>(QStringLiteral("competence_closed_questions")));
                QCOMPARE(openMuch->accessibleName(), QStringLiteral("Open questions: how much"));
                QCOMPARE(openWell->accessibleName(), QStringLiteral("Open questions: how well"));
                pressDown(openMuch, 5);
                QCOMPARE(openMuch->currentText(), QStringLiteral("5 Quite a bit"));
                pressDown(openWell, 6);
                QCOMPARE(openWell->currentText(), QStringLiteral("6 Very good"));
                // Tab from how much reaches how well of the same behaviour.
                openMuch->setFocus();
                QTest::keyClick(openMuch, Qt::Key_Tab);
                QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(openWell));
                pressDown(closedMuch, 2);
                QCOMPARE(closedMuch->rating(), std::optional<int>(2));

                // The MITI section shows once "I coded a recording" is ticked, from the keyboard.
                auto* coded = child<QCheckBox>(d, "codedRecordingCheck");
                auto* miti = child<QGroupBox>(d, "mitiGroup");
                QVERIFY(!miti->isVisible());
                coded->setFocus();
                QTest::keyClick(coded, Qt::Key_Space);
                QVERIFY(coded->isChecked());
                QVERIFY(miti->isVisible());

                // Hand-computed: SR 12, CR 8, Q 10 -> 40.0 % (fair), 2.0 : 1 (good); globals 4, 3, 5, 4 -> technical
                // 3.5 (fair), relational 4.5 (good).
                auto* rq = child<QLabel>(d, "reflectionToQuestionScore");
                auto* pcr = child<QLabel>(d, "percentComplexReflectionsScore");
                QCOMPARE(rq->text(), QStringLiteral("not computable"));
                typeNumber(child<CountSpinBox>(d, "miti_simple_reflection"), QStringLiteral("12"));
                typeNumber(child<CountSpinBox>(d, "miti_complex_reflection"), QStringLiteral("8"));
                QCOMPARE(pcr->text(), QStringLiteral("40.0 % — fair"));
                QCOMPARE(rq->text(), QStringLiteral("not computable")); // no questions counted yet: not 0, not infinity
                typeNumber(child<CountSpinBox>(d, "miti_question"), QStringLiteral("10"));
                QCOMPARE(rq->text(), QStringLiteral("2.0 : 1 — good"));
                pressDown(child<RatingComboBox>(d, "miti_cultivating_change_talk"), 4);
                pressDown(child<RatingComboBox>(d, "miti_softening_sustain_talk"), 3);
                pressDown(child<RatingComboBox>(d, "miti_partnership"), 5);
                pressDown(child<RatingComboBox>(d, "miti_empathy"), 4);
                QCOMPARE(child<QLabel>(d, "technicalScore")->text(), QStringLiteral("3.5 — fair"));
                QCOMPARE(child<QLabel>(d, "relationalScore")->text(), QStringLiteral("4.5 — good"));
                QCOMPARE(child<QLabel>(d, "miAdherentScore")->text(), QStringLiteral("not computable"));
                typeNumber(child<CountSpinBox>(d, "miti_confront"), QStringLiteral("0"));
                typeNumber(child<CountSpinBox>(d, "miti_persuade"), QStringLiteral("1"));
                QCOMPARE(child<QLabel>(d, "miNonAdherentScore")->text(), QStringLiteral("1"));
                QVERIFY(child<QLabel>(d, "thresholdsCaveat")->text().contains(QStringLiteral("expert opinion")));
                // The form and the core agree.
                auto* dialog = qobject_cast<SelfReviewDialog*>(d);
                QVERIFY(dialog);
                QCOMPARE(*dialog->summary().percentComplexReflections, (Fraction{2, 5}));

                QCoreApplication::processEvents(); // the layout takes in the MITI section
                QVERIFY(miti->height() >= miti->minimumSizeHint().height());
                saveScreenshot(d, QStringLiteral("practice-self-review"));
                auto* note = child<QPlainTextEdit>(d, "selfReviewNoteEdit");
                note->setFocus();
                QTest::keyClicks(note, QStringLiteral("Asked before advising. "));
                child<QPushButton>(d, "saveSelfReviewButton")->click();
            });

        auto saved = fx.domain->selfReviews().review(fx.signedSession);
        QVERIFY(saved && saved.value());
        const SelfReviewContent& c = saved.value()->content;
        QCOMPARE(c.ratings, (QList<MiaStepRating>{{MiaStepItem::OpenQuestions, 5, 6},
                                                  {MiaStepItem::ClosedQuestions, 2, std::nullopt}}));
        QVERIFY(c.codedRecording);
        QCOMPARE(c.miti.count(MitiCount::SimpleReflection), std::optional<int>(12));
        QCOMPARE(c.miti.count(MitiCount::Question), std::optional<int>(10));
        QCOMPARE(c.miti.count(MitiCount::Affirm), std::nullopt); // not counted, not 0
        QCOMPARE(c.miti.global(MitiGlobal::Partnership), std::optional<int>(5));
        QCOMPARE(c.note, QStringLiteral("Asked before advising. "));
        // The signed record itself is as it was.
        QCOMPARE(fx.domain->sessions().session(fx.signedSession).value(), before);

        // Opened again, it shows what was saved.
        SelfReviewDialog again(*fx.domain, fx.signedSession);
        QCOMPARE(again.content(), c);
        QVERIFY(child<QCheckBox>(&again, "codedRecordingCheck")->isChecked());
    }

    // The wheel never changes a rating or a count, whether the control has focus or not.
    void theWheelDoesNotChangeARating()
    {
        Fixture fx;
        SelfReviewDialog dialog(*fx.domain, fx.signedSession);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QCheckBox>(&dialog, "codedRecordingCheck")->setChecked(true);
        auto* spirit = child<RatingComboBox>(&dialog, "adherence_mi_spirit");
        auto* empathy = child<RatingComboBox>(&dialog, "miti_empathy");
        auto* question = child<CountSpinBox>(&dialog, "miti_question");
        QVERIFY(spirit && empathy && question);
        pressDown(spirit, 3);
        question->setCount(7);
        child<QPlainTextEdit>(&dialog, "selfReviewNoteEdit")->setFocus(); // none of them has focus
        for (int delta : {120, -120, 360, -360}) {
            turnWheel(spirit, delta);
            turnWheel(empathy, delta);
            turnWheel(question, delta);
        }
        QCOMPARE(spirit->rating(), std::optional<int>(3));
        QCOMPARE(empathy->rating(), std::nullopt);
        QCOMPARE(question->count(), std::optional<int>(7));
        // With focus, still nothing: a rating changes only by a deliberate key or click.
        for (QWidget* w :
             {static_cast<QWidget*>(spirit), static_cast<QWidget*>(empathy), static_cast<QWidget*>(question)}) {
            w->setFocus();
            QTRY_VERIFY(w->hasFocus());
            turnWheel(w, 120);
            turnWheel(w, -240);
        }
        QCOMPARE(spirit->rating(), std::optional<int>(3));
        QCOMPARE(empathy->rating(), std::nullopt);
        QCOMPARE(question->count(), std::optional<int>(7));
    }

    // A refused value: the dialog stays, says why in the counselor's words, and puts the cursor there.
    void aRefusalKeepsTheDialogOpen()
    {
        Fixture fx;
        SelfReviewDialog dialog(*fx.domain, fx.signedSession);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* note = child<QPlainTextEdit>(&dialog, "selfReviewNoteEdit");
        note->setPlainText(QString(SelfReviewService::kMaxNote + 1, QLatin1Char('x')));
        child<QPushButton>(&dialog, "saveSelfReviewButton")->click();
        QVERIFY(dialog.isVisible());
        auto* message = child<QLabel>(&dialog, "selfReviewMessage");
        QCOMPARE(message->text(), validationText(FieldReason{Field::PracticeNote, ValidationReason::TooLong}));
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(note));
        QVERIFY(fx.domain->selfReviews().review(fx.signedSession).value() == std::nullopt);
        dialog.reject();
    }

    void myPracticeView()
    {
        Fixture fx;
        SelfReviewContent content;
        content.ratings = {{MiaStepItem::MiSpirit, 6, 5}, {MiaStepItem::Confrontation, 1, std::nullopt}};
        content.codedRecording = true;
        content.miti.setGlobal(MitiGlobal::CultivatingChangeTalk, 4);
        content.miti.setGlobal(MitiGlobal::SofteningSustainTalk, 3);
        content.miti.setGlobal(MitiGlobal::Partnership, 5);
        content.miti.setGlobal(MitiGlobal::Empathy, 4);
        content.miti.setCount(MitiCount::SimpleReflection, 12);
        content.miti.setCount(MitiCount::ComplexReflection, 8);
        content.miti.setCount(MitiCount::Question, 10);
        QVERIFY(fx.domain->selfReviews().save(fx.signedSession, content).ok());

        MainWindow window(fx.workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* action = window.findChild<QAction*>(QStringLiteral("practiceAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_4));
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a != action && !a->shortcut().isEmpty())
                QVERIFY2(a->shortcut() != action->shortcut(), qPrintable(a->text()));
        }
        action->trigger();
        auto* view = child<PracticeView>(&window, "practiceView");
        QVERIFY(view);
        QCOMPARE(child<QStackedWidget>(&window, "contentStack")->currentWidget(), static_cast<QWidget*>(view));
        QCOMPARE(child<QLabel>(view, "practicePrivacyNote")->text(),
                 QStringLiteral("Only you see this. It is never printed with a person's record."));

        // The table: one reviewed session, its scores and the person's rating beside.
        PracticeTableModel* model = view->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 1);
        const auto cell = [model](int column) { return model->index(0, column).data().toString(); };
        QCOMPARE(cell(PracticeTableModel::RelationalColumn), QStringLiteral("4.5"));
        QCOMPARE(cell(PracticeTableModel::TechnicalColumn), QStringLiteral("3.5"));
        QCOMPARE(cell(PracticeTableModel::PercentComplexColumn), QStringLiteral("40.0 %"));
        QCOMPARE(cell(PracticeTableModel::ReflectionToQuestionColumn), QStringLiteral("2.0 : 1"));
        QCOMPARE(cell(PracticeTableModel::AdherentColumn), QStringLiteral("—")); // not computable, said in words:
        QVERIFY(model->index(0, PracticeTableModel::AdherentColumn)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("not computable")));
        QCOMPARE(cell(PracticeTableModel::ItemsRatedColumn), QStringLiteral("2 of 16"));
        QCOMPARE(cell(PracticeTableModel::ConsistentColumn), QStringLiteral("6.0 / 5.0"));
        QCOMPARE(cell(PracticeTableModel::InconsistentColumn), QStringLiteral("1.0"));
        QCOMPARE(cell(PracticeTableModel::ClientRatingColumn), QStringLiteral("5 · 4 · –"));
        QVERIFY(model->index(0, PracticeTableModel::RelationalColumn)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("expert opinion")));
        // The table is where the keyboard lands.
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(view->table()));
        QCoreApplication::processEvents();
        saveScreenshot(&window, QStringLiteral("practice-sessions"));

        // The charts: drawn, and described in words with the thresholds named as expert opinion.
        auto* relational = child<PracticeChart>(view, "relationalChart");
        QVERIFY(relational);
        QCOMPARE(relational->values().size(), 1);
        QCOMPARE(*relational->values().at(0).second, 4.5);
        QVERIFY(relational->accessibleDescription().contains(QStringLiteral("4.5, good")));
        QVERIFY(relational->accessibleDescription().contains(QStringLiteral("based on expert opinion")));
        QCOMPARE(*child<PracticeChart>(view, "percentComplexChart")->values().at(0).second, 40.0);
        QCOMPARE(relational->focusPolicy(), Qt::TabFocus);
        auto* tabs = child<QTabWidget>(view, "practiceTabs");
        tabs->setCurrentIndex(1);
        QVERIFY(relational->isVisible());
        saveScreenshot(&window, QStringLiteral("practice-trends"));

        // A review saved elsewhere reaches the view at once.
        SessionContent today;
        today.date = QDate::currentDate();
        const SessionId second = fx.domain->sessions().createDraft(fx.client, today).value();
        SelfReviewContent only;
        only.ratings = {{MiaStepItem::Reflections, 4, 4}};
        QVERIFY(fx.domain->selfReviews().save(second, only).ok());
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(1, PracticeTableModel::RelationalColumn).data().toString(), QString()); // not coded
        QCOMPARE(relational->values().size(), 1); // no recording coded: no point

        // The skills plan, with the next review date.
        tabs->setCurrentIndex(2);
        auto* plan = child<QPlainTextEdit>(view, "skillsPlanEdit");
        plan->setFocus();
        QTest::keyClicks(plan, QStringLiteral("More complex reflections."));
        QCOMPARE(child<QLabel>(view, "skillsPlanState")->text(), QStringLiteral("Not saved yet."));
        auto* hasDate = child<QCheckBox>(view, "nextReviewCheck");
        hasDate->setFocus();
        QTest::keyClick(hasDate, Qt::Key_Space);
        const QDate next = child<QDateEdit>(view, "nextReviewDateEdit")->date();
        child<QPushButton>(view, "saveSkillsPlanButton")->click();
        auto stored = fx.domain->selfReviews().skillsPlan();
        QVERIFY(stored && stored.value());
        QCOMPARE(stored.value()->plan, (SkillsPlan{QStringLiteral("More complex reflections."), next}));
        QCOMPARE(child<QListWidget>(view, "skillsPlanHistory")->count(), 1);
        QVERIFY(
            child<QLabel>(view, "practiceNextReview")->text().contains(QLocale().toString(next, QLocale::LongFormat)));
        saveScreenshot(&window, QStringLiteral("practice-plan"));
        window.prepareForLock();
    }

    // The thresholds' names never cover each other or the words of an empty chart, whatever the size and the
    // language (the Spanish names are twice as long), and each has the room its words need.
    void thresholdNamesNeverOverlap_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << QStringLiteral("en");
        QTest::addRow("Spanish") << QStringLiteral("es");
    }

    void thresholdNamesNeverOverlap()
    {
        QFETCH(QString, language);
        QTranslator spanish;
        if (language == QStringLiteral("es")) {
            QVERIFY2(spanish.load(QStringLiteral(CONTINUUM_ES_QM)), CONTINUUM_ES_QM);
            QVERIFY(QCoreApplication::installTranslator(&spanish));
        }
        const auto uninstall = qScopeGuard([&spanish] { QCoreApplication::removeTranslator(&spanish); });
        // Two coded sessions, each score between its fair and good lines, where the names crowd the most.
        QList<PracticePoint> points;
        for (int i = 0; i < 2; ++i) {
            PracticePoint p;
            p.sessionDate = QDate(2026, 3, 2).addDays(7 * i);
            p.codedRecording = true;
            p.miti.relational = Fraction{15, 4};
            p.miti.technical = Fraction{7, 2};
            p.miti.percentComplexReflections = Fraction{9, 20};
            p.miti.reflectionToQuestion = Fraction{3, 2};
            points.append(p);
        }
        for (MitiSummaryScore score :
             {MitiSummaryScore::Relational, MitiSummaryScore::Technical, MitiSummaryScore::PercentComplexReflections,
              MitiSummaryScore::ReflectionToQuestion}) {
            PracticeChart chart(score);
            const QString good = PracticeChart::tr("good (expert opinion)");
            if (language == QStringLiteral("es"))
                QVERIFY2(good != QStringLiteral("good (expert opinion)"), "the Spanish words did not load");
            const QFontMetricsF fm(chart.font());
            for (const QSize& size : {chart.minimumSizeHint(), chart.sizeHint(), QSize(300, 150), QSize(640, 280)}) {
                const QString where =
                    QStringLiteral("%1 at %2x%3").arg(chart.accessibleName()).arg(size.width()).arg(size.height());
                chart.resize(size);
                chart.setPoints(points);
                const QList<PracticeChart::ThresholdLabel> labels = chart.thresholdLabels();
                QCOMPARE(labels.size(), 2);
                QVERIFY(chart.emptyTextRect().isNull());
                for (qsizetype i = 0; i < labels.size(); ++i) {
                    const PracticeChart::ThresholdLabel& l = labels.at(i);
                    QVERIFY2(QRectF(chart.rect()).contains(l.rect), qPrintable(where + QStringLiteral(": ") + l.text));
                    // The words fit their place, on as many lines as they need.
                    const QRectF words = fm.boundingRect(l.rect.adjusted(3, 0, -3, 0),
                                                         Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, l.text);
                    QVERIFY2(words.height() <= l.rect.height() + 0.5 && words.width() <= l.rect.width() + 0.5,
                             qPrintable(where + QStringLiteral(": “%1” is cut").arg(l.text)));
                    for (qsizetype j = i + 1; j < labels.size(); ++j)
                        QVERIFY2(
                            !l.rect.intersects(labels.at(j).rect),
                            qPrintable(where + QStringLiteral(": “%1” covers “%2”").arg(l.text, labels.at(j).text)));
                }
                QImage drawn(size, QImage::Format_ARGB32);
                drawn.fill(Qt::white);
                chart.render(&drawn);

                // With nothing coded yet: the words, and no threshold name over them.
                chart.setPoints({});
                QVERIFY2(chart.thresholdLabels().isEmpty(), qPrintable(where));
                const QRectF message = chart.emptyTextRect();
                QVERIFY2(!message.isEmpty() && QRectF(chart.rect()).contains(message), qPrintable(where));
                chart.render(&drawn);
            }
        }
        // An empty chart as it shows: its words alone.
        PracticeChart empty(MitiSummaryScore::Relational);
        empty.resize(empty.sizeHint());
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        QVERIFY(empty.thresholdLabels().isEmpty());
        saveScreenshot(&empty, QStringLiteral("practice-chart-empty-%1").arg(language));
        empty.close();

        // Seen in place: the trends tab of the practice view, in this language.
        Fixture fx;
        SelfReviewContent content;
        content.codedRecording = true;
        content.miti.setGlobal(MitiGlobal::CultivatingChangeTalk, 4);
        content.miti.setGlobal(MitiGlobal::SofteningSustainTalk, 3);
        content.miti.setGlobal(MitiGlobal::Partnership, 4);
        content.miti.setGlobal(MitiGlobal::Empathy, 4);
        content.miti.setCount(MitiCount::SimpleReflection, 11);
        content.miti.setCount(MitiCount::ComplexReflection, 9);
        content.miti.setCount(MitiCount::Question, 12);
        QVERIFY(fx.domain->selfReviews().save(fx.signedSession, content).ok());
        PracticeView view(fx.workspace);
        view.resize(1100, 620);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        child<QTabWidget>(&view, "practiceTabs")->setCurrentIndex(1);
        QCoreApplication::processEvents();
        for (PracticeChart* chart : view.findChildren<PracticeChart*>()) {
            const QList<PracticeChart::ThresholdLabel> labels = chart->thresholdLabels();
            QCOMPARE(labels.size(), 2);
            QVERIFY2(!labels.at(0).rect.intersects(labels.at(1).rect), qPrintable(chart->accessibleName()));
        }
        saveScreenshot(&view, QStringLiteral("practice-trends-%1").arg(language));
        view.close();
    }

    // Opening a row's review from the table with the keyboard.
    void enterOpensTheReview()
    {
        Fixture fx;
        SelfReviewContent content;
        content.ratings = {{MiaStepItem::Affirmations, 3, 3}};
        QVERIFY(fx.domain->selfReviews().save(fx.signedSession, content).ok());
        PracticeView view(fx.workspace);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.model()->rowCount(), 1);
        view.table()->setFocus();
        view.table()->setCurrentIndex(view.model()->index(0, 0));
        WITH_DIALOG(
            QStringLiteral("selfReviewDialog"), [&] { QTest::keyClick(view.table(), Qt::Key_Return); },
            [](QDialog* d) {
                QCOMPARE(child<RatingComboBox>(d, "adherence_affirmations")->rating(), std::optional<int>(3));
                d->reject();
            });
    }
};

QTEST_MAIN(TestPracticeUi)
#include "tst_practiceui.moc"
