// SPDX-License-Identifier: GPL-3.0-or-later
// Today, as a counselor meets it after a mistaken New Session: every unsigned draft is listed with its
// age; activating one opens that draft itself in the session window and selects the person in the list;
// a draft can be discarded from Today, after a question that can be answered no.
#include "MainWindow.h"
#include "UiHooks.h"
#include "domain/Domain.h"
#include "models/ClientListModel.h"
#include "sessions/SessionEditor.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "views/ClientPage.h"
#include "views/TodayView.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(15, 30), Qt::UTC);

int discardsAudited(Workspace& ws)
{
    int n = 0;
    const QList<AuditEntry> entries = ws.domain().audit().entries(0, 500).value();
    for (const AuditEntry& e : entries)
        n += e.action == AuditAction::DiscardDraft ? 1 : 0;
    return n;
}

} // namespace

class TestToday : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        // Real plurals come from the English translation the app ships.
        QVERIFY2(m_english.load(QStringLiteral(CONTINUUM_EN_QM)), CONTINUUM_EN_QM);
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }

    void cleanup() { UiHooks::reset(); }

    void draftAges_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("text");
        QTest::addRow("today") << 0 << QStringLiteral("started today");
        QTest::addRow("yesterday") << 1 << QStringLiteral("started yesterday");
        QTest::addRow("negative (a clock set back)") << -2 << QStringLiteral("started today");
        QTest::addRow("two days") << 2 << QStringLiteral("started 2 days ago");
        QTest::addRow("a month") << 31 << QStringLiteral("started 31 days ago");
    }

    void draftAges()
    {
        QFETCH(int, days);
        QFETCH(QString, text);
        QCOMPARE(TodayView::draftAge(days), text);
    }

    // A large caseload's work lists run into thousands: each heading counts everyone, shows the first
    // kRowsPerSection and says how many more (building every row made Today take a second after unlock).
    void aLongWorkListShowsItsFirstRowsAndHowManyMore()
    {
        QTemporaryDir tmp;
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        FixedClock clock(kNow.addDays(-60));
        Workspace ws(clock);
        QVERIFY(ws.open(std::move(created.vault), {}).ok());
        const int people = TodayView::kRowsPerSection + 70;
        for (int i = 0; i < people; ++i) {
            Client c;
            c.chosenName = QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(ws.domain().clients().create(c).ok());
        }
        clock.set(kNow);
        TodayView today(ws);
        auto* tree = child<QTreeWidget>(&today, "todayTree");
        QTreeWidgetItem* heading = nullptr;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0).startsWith(QStringLiteral("Not seen for")))
                heading = tree->topLevelItem(i);
        }
        QVERIFY(heading);
        QVERIFY2(heading->text(0).endsWith(QStringLiteral("(%1)").arg(people)), qPrintable(heading->text(0)));
        QCOMPARE(heading->childCount(), TodayView::kRowsPerSection + 1);
        QTreeWidgetItem* more = heading->child(TodayView::kRowsPerSection);
        QCOMPARE(more->text(0), QStringLiteral("…and 70 more (the client list shows everyone)"));
        QVERIFY(!(more->flags() & Qt::ItemIsSelectable));
        QCOMPARE(more->data(0, Qt::UserRole + 1), QVariant()); // no person behind it
        QCOMPARE(heading->child(0)->text(0), QStringLiteral("Person 000"));
    }

    void everyDraftListedOpenedAndDiscarded()
    {
        QTemporaryDir tmp;
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        FixedClock clock(kNow.addDays(-3));
        Workspace ws(clock);
        QVERIFY(ws.open(std::move(created.vault), {}).ok());
        Domain& d = ws.domain();
        QVERIFY(d.counselor().setCounselor({QStringLiteral("Sam Okafor"), QStringLiteral("LCSW")}).ok());
        // Enough people that Rosa is not on the list's first page.
        for (int i = 0; i < ClientListModel::kPageSize + 20; ++i) {
            Client c;
            c.chosenName = QStringLiteral("Person %1").arg(i, 3, 10, QLatin1Char('0'));
            QVERIFY(d.clients().create(c).ok());
        }
        Client rosa;
        rosa.chosenName = QStringLiteral("Rosa");
        const ClientId rosaId = d.clients().create(rosa).value();
        SessionContent c;
        c.date = clock.today();
        const SessionId old = d.sessions().createDraft(rosaId, c).value();
        clock.set(kNow);
        c.date = clock.today();
        const SessionId fresh = d.sessions().createDraft(rosaId, c).value();

        MainWindow window(ws);
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tree = child<QTreeWidget>(&window, "todayTree");
        QVERIFY(tree);
        QList<QTreeWidgetItem*> drafts = rowsOf(tree, QStringLiteral("Session notes not yet signed"));
        QCOMPARE(drafts.size(), 2); // the one started today too, not only drafts older than a day
        QVERIFY2(drafts.at(0)->text(1).endsWith(QStringLiteral("started 3 days ago")),
                 qPrintable(drafts.at(0)->text(1)));
        QVERIFY2(drafts.at(1)->text(1).endsWith(QStringLiteral("started today")), qPrintable(drafts.at(1)->text(1)));
        saveScreenshot(&window, QStringLiteral("today-drafts"));

        // Enter on a draft opens that draft, not the person's goals; the person is selected in the list.
        tree->setCurrentItem(drafts.at(1));
        QTest::keyClick(tree, Qt::Key_Return);
        auto* stack = child<QStackedWidget>(&window, "contentStack");
        QCOMPARE(stack->currentWidget(), window.findChild<ClientPage*>());
        QTRY_COMPARE(window.findChildren<SessionEditor*>().size(), 1);
        QCOMPARE(window.findChildren<SessionEditor*>().first()->sessionId(), fresh);
        auto* list = child<QTableView>(&window, "clientListView");
        QVERIFY(list->currentIndex().isValid());
        QCOMPARE(ClientListModel::clientIdAt(list->currentIndex()), rosaId);
        for (SessionEditor* editor : window.findChildren<SessionEditor*>())
            QVERIFY(editor->close());

        // Discard the old one: asked first; "no" keeps it.
        window.showToday();
        drafts = rowsOf(tree, QStringLiteral("Session notes not yet signed"));
        tree->setCurrentItem(drafts.at(0));
        auto* discard = child<QPushButton>(&window, "discardDraftButton");
        QVERIFY(discard->isEnabled());
        QStringList asked;
        UiHooks::instance().confirm = [&asked](QWidget*, const QString&, const QString& text, const QString&) {
            asked.append(text);
            return false;
        };
        discard->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked.first().contains(QStringLiteral("Rosa")), qPrintable(asked.first()));
        QVERIFY(d.sessions().session(old).ok());
        QCOMPARE(discardsAudited(ws), 0);

        UiHooks::instance().confirm = [&asked](QWidget*, const QString&, const QString& text, const QString&) {
            asked.append(text);
            return true;
        };
        tree->setCurrentItem(rowsOf(tree, QStringLiteral("Session notes not yet signed")).at(0));
        discard->click();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(d.sessions().session(old).code(), ErrorCode::NotFound);
        QCOMPARE(discardsAudited(ws), 1);
        drafts = rowsOf(tree, QStringLiteral("Session notes not yet signed"));
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first()->text(0), QStringLiteral("Rosa"));
        QVERIFY(drafts.first()->text(1).endsWith(QStringLiteral("started today")));

        // Not a draft row: nothing to discard.
        tree->setCurrentItem(tree->topLevelItem(0));
        QVERIFY(!discard->isEnabled());
    }

private:
    QTranslator m_english;
};

QTEST_MAIN(TestToday)
#include "tst_today.moc"
