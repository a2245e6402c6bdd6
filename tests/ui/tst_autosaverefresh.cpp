// SPDX-License-Identifier: GPL-3.0-or-later
// A draft's autosave refreshes what shows it and nothing more: a counselor scrolled past the first page
// of the client list keeps the rows, the scroll position and the selection.
#include "MainWindow.h"
#include "UiHooks.h"
#include "domain/Domain.h"
#include "models/ClientListModel.h"
#include "sessions/SessionEditor.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "views/ClientPage.h"
#include "workspace/SessionDraftController.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;
using namespace continuum::ui;

class TestAutosaveRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void anAutosaveKeepsTheListWhereTheCounselorLeftIt()
    {
        QTemporaryDir tmp;
        SystemClock clock;
        Workspace workspace(clock);
        QVERIFY(workspace.open(test::createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
        const int people = ClientListModel::kPageSize * 2 + 40;
        for (int i = 0; i < people; ++i) {
            Client c;
            c.chosenName = QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(workspace.domain().clients().create(c).ok());
        }

        MainWindow window(workspace);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* view = window.findChild<QTableView*>(QStringLiteral("clientListView"));
        QVERIFY(view);
        auto* model = qobject_cast<ClientListModel*>(view->model());
        QVERIFY(model);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Scroll past the first page (the view fetches more as it goes) and pick someone down there.
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), people);
        const int row = ClientListModel::kPageSize + 70;
        view->setCurrentIndex(model->index(row, 0));
        view->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtCenter);
        QApplication::processEvents();
        const int scroll = view->verticalScrollBar()->value();
        QVERIFY(scroll > 0);
        const ClientId chosen = ClientListModel::clientIdAt(model->index(row, 0));
        QVERIFY(!chosen.isNull());

        // That person's session, typed into and autosaved.
        window.openClient(chosen);
        auto* page = window.findChild<ClientPage*>(QStringLiteral("clientPage"));
        page->openSession(SessionId());
        auto* editor = window.findChild<SessionEditor*>();
        QVERIFY(editor);
        QSignalSpy reset(model, &QAbstractItemModel::modelReset);
        QSignalSpy drafts(&workspace, &Workspace::draftSaved);
        QTest::keyClicks(editor->findChild<QPlainTextEdit*>(QStringLiteral("note_data")),
                         QStringLiteral("Talked about the week."));
        QVERIFY(editor->isDirty());
        QVERIFY(editor->draft().saveNow().ok()); // what the autosave timer does when it runs out
        QCOMPARE(drafts.count(), 1);
        editor->close();
        QApplication::processEvents();

        QCOMPARE(reset.count(), 0);
        QCOMPARE(model->rowCount(), people);
        QCOMPARE(view->currentIndex().row(), row);
        QCOMPARE(ClientListModel::clientIdAt(view->currentIndex()), chosen);
        QCOMPARE(view->verticalScrollBar()->value(), scroll);
    }
};

QTEST_MAIN(TestAutosaveRefresh)
#include "tst_autosaverefresh.moc"
