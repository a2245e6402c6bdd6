// SPDX-License-Identifier: GPL-3.0-or-later
// The caseload as a counselor uses it: add a person, find them by typing, open them, write a goal in
// their words, revise it, read its history, and see Today's work. Screens are saved as PNGs for review.
#include "MainWindow.h"
#include "UiHooks.h"
#include "demo/DemoCaseload.h"
#include "domain/Domain.h"
#include "models/ClientListModel.h"
#include "storage/Database.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "views/ClientPage.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

class TestCaseloadUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void demoCaseloadLooksLikeAWorkingCaseload()
    {
        QTemporaryDir tmp;
        auto created = test::createTestVault(tmp.filePath(QStringLiteral("demo")));
        DemoOptions options;
        options.today = QDate::currentDate();
        QVERIFY(populateDemoCaseload(created.vault->database(), options).ok());
        SystemClock clock;
        Workspace workspace(clock);
        QVERIFY(workspace.open(std::move(created.vault), {}).ok());
        Domain& domain = workspace.domain();
        QCOMPARE(domain.clients().count({QString(), false, StatusFilter::All, 0, 50}).value(), options.clients);
        Database& db = workspace.vault().database();
        QVERIFY(db.queryInt("SELECT count(*) FROM sessions").value() > options.clients * 3);
        QVERIFY(db.queryInt("SELECT count(*) FROM sessions WHERE signed_at IS NULL").value() > 0);
        QVERIFY(db.queryInt("SELECT count(*) FROM addenda").value() > 0);
        QVERIFY(db.queryInt("SELECT count(*) FROM goal_revisions WHERE revision > 1").value() > 0);
        QVERIFY(domain.caseload().followUpsThisWeek().value().size() > 0);
        QVERIFY(domain.caseload().followUpsOverdue().value().size() > 0);

        // The person with the most sessions, on the goals tab, with a trend to see.
        const ClientId busiest(
            db.queryInt("SELECT client_id FROM sessions GROUP BY client_id ORDER BY count(*) DESC LIMIT 1").value());
        MainWindow window(workspace);
        window.setDemo(true);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.windowTitle().contains(QStringLiteral("Demo")));
        saveScreenshot(&window, QStringLiteral("15-demo-today"));
        window.openClient(busiest);
        auto* page = child<ClientPage>(&window, "clientPage");
        child<QTabWidget>(page, "clientTabs")->setCurrentIndex(1);
        auto* goals = child<QListView>(page, "goalList");
        QVERIFY(goals->model()->rowCount() > 0);
        goals->setCurrentIndex(goals->model()->index(0, 0));
        QApplication::processEvents();
        saveScreenshot(&window, QStringLiteral("16-demo-client-goals"));
    }

    void addFindAndWorkWithAClient()
    {
        QTemporaryDir tmp;
        SystemClock clock;
        Workspace workspace(clock);
        QVERIFY(workspace.open(test::createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
        Domain& domain = workspace.domain();
        QVERIFY(domain.counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")}).ok());
        for (const char* name : {"Ana Ramírez", "Bea Lindqvist", "Chris Odum", "Dee Mensah", "Eli Navarro"}) {
            Client c;
            c.chosenName = QString::fromUtf8(name);
            QVERIFY(domain.clients().create(c).ok());
        }
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* list = child<QTableView>(&window, "clientListView");
        QCOMPARE(list->model()->rowCount(), 5);
        saveScreenshot(&window, QStringLiteral("10-today"));

        // New client: only the chosen name is needed; an empty one is refused in place.
        WITH_DIALOG(
            QStringLiteral("clientEditorDialog"), [&] { window.newClient(); },
            [](QDialog* d) {
                child<QPushButton>(d, "saveClientButton")->click();
                QVERIFY(d->isVisible());
                QVERIFY(!child<QLabel>(d, "clientEditorMessage")->text().isEmpty());
                // keyClicks types ASCII only; the accents go in as an input method would put them.
                child<QLineEdit>(d, "chosenNameEdit")->insert(QStringLiteral("José Ñandú"));
                QTest::keyClicks(child<QLineEdit>(d, "pronounsEdit"), QStringLiteral("he/him"));
                QTest::keyClicks(child<QLineEdit>(d, "phoneEdit"), QStringLiteral("555-0199"));
                child<QCheckBox>(d, "safetyFlagCheck")->setChecked(true);
                saveScreenshot(d, QStringLiteral("11-new-client"));
                child<QPushButton>(d, "saveClientButton")->click();
            });
        QCOMPARE(list->model()->rowCount(), 6);
        auto* page = child<ClientPage>(&window, "clientPage");
        QCOMPARE(child<QStackedWidget>(&window, "contentStack")->currentWidget(), page);
        QCOMPARE(child<QLabel>(page, "clientNameLabel")->text(), QStringLiteral("José Ñandú (he/him)"));
        // The legal name only when asked for.
        Client withLegal = domain.clients().client(page->clientId()).value();
        withLegal.legalName = QStringLiteral("Josef Legalname");
        QVERIFY(domain.clients().update(withLegal).ok());
        QVERIFY(!child<QLabel>(page, "profileLabel")->text().contains(QStringLiteral("Legalname")));
        child<QPushButton>(page, "legalNameButton")->click();
        QVERIFY(child<QLabel>(page, "profileLabel")->text().contains(QStringLiteral("Legalname")));
        child<QPushButton>(page, "legalNameButton")->click();
        QVERIFY(!child<QLabel>(page, "profileLabel")->text().contains(QStringLiteral("Legalname")));
        // Flagged: the phone number is nowhere on the page, only a discreet icon.
        QVERIFY(!child<QLabel>(page, "profileLabel")->text().contains(QStringLiteral("555-0199")));
        QVERIFY(!child<QLabel>(page, "safetyIcon")->isHidden());

        // Search as you type, accents folded.
        auto* search = child<QLineEdit>(&window, "clientSearchEdit");
        QTest::keyClicks(search, QStringLiteral("jose"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("na"));
        QTRY_COMPARE(list->model()->rowCount(), 2); // Ñandú and Navarro
        search->clear();
        QTRY_COMPARE(list->model()->rowCount(), 6);

        // A goal in their words; the continuum picker only for substance use.
        auto* tabs = child<QTabWidget>(page, "clientTabs");
        tabs->setCurrentIndex(1);
        WITH_DIALOG(
            QStringLiteral("goalEditorDialog"), [&] { child<QPushButton>(page, "newGoalButton")->click(); },
            [](QDialog* d) {
                QTest::keyClicks(child<QPlainTextEdit>(d, "clientWordsEdit"),
                                 QStringLiteral("Use with someone around, not alone"));
                QTest::keyClicks(child<QPlainTextEdit>(d, "whyItMattersEdit"),
                                 QStringLiteral("I want to see my kid grow up"));
                auto* area = child<QComboBox>(d, "lifeAreaCombo");
                QVERIFY(!child<QWidget>(d, "continuumPicker")->isEnabled());
                area->setCurrentIndex(area->findData(QStringLiteral("substance_use")));
                QVERIFY(child<QWidget>(d, "continuumPicker")->isEnabled());
                child<QRadioButton>(d, "position_safer_use")->setChecked(true);
                auto* steps = child<QPlainTextEdit>(d, "stepsEdit");
                QTest::keyClicks(steps, QStringLiteral("Tell Marco when I use"));
                QTest::keyClick(steps, Qt::Key_Return);
                QTest::keyClicks(steps, QStringLiteral("Keep naloxone in my bag"));
                saveScreenshot(d, QStringLiteral("12-new-goal"));
                child<QPushButton>(d, "saveGoalButton")->click();
            });
        auto* goals = child<QListView>(page, "goalList");
        QCOMPARE(goals->model()->rowCount(), 1);
        QVERIFY(child<QLabel>(page, "goalDetailLabel")->text().contains(QStringLiteral("see my kid grow up")));
        saveScreenshot(&window, QStringLiteral("13-client-goals"));

        // Revise: moving along the continuum is a revision with a reason, never a score.
        WITH_DIALOG(
            QStringLiteral("goalEditorDialog"), [&] { child<QPushButton>(page, "reviseGoalButton")->click(); },
            [](QDialog* d) {
                child<QRadioButton>(d, "position_managed_use")->setChecked(true);
                QTest::keyClicks(child<QLineEdit>(d, "revisionReasonEdit"),
                                 QStringLiteral("They want to cut down weekdays"));
                child<QRadioButton>(d, "agreement_yes")->setChecked(true);
                child<QPushButton>(d, "saveGoalButton")->click();
            });
        const GoalId goalId(goals->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong());
        auto history = domain.goals().history(goalId);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(1).changes.size(), 1);
        QCOMPARE(history->at(1).changes.at(0).newValue, QStringLiteral("managed_use"));

        WITH_DIALOG(
            QStringLiteral("goalHistoryDialog"), [&] { child<QPushButton>(page, "goalHistoryButton")->click(); },
            [](QDialog* d) {
                auto* tree = child<QTreeWidget>(d, "goalHistoryTree");
                QCOMPARE(tree->topLevelItemCount(), 2);
                saveScreenshot(d, QStringLiteral("14-goal-history"));
                d->reject();
            });

        // Before the vault locks (and the window goes), the window keeps nothing on screen: the search
        // typed, the caseload and the page are no longer shown.
        QTest::keyClicks(child<QLineEdit>(&window, "clientSearchEdit"), QStringLiteral("Ana"));
        window.prepareForLock();
        QVERIFY(child<QLineEdit>(&window, "clientSearchEdit")->text().isEmpty());
        QVERIFY(!list->isVisible());
        QVERIFY(!page->isVisible());
    }
};

QTEST_MAIN(TestCaseloadUi)
#include "tst_caseloadui.moc"
