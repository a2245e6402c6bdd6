// SPDX-License-Identifier: GPL-3.0-or-later
// The MI session editor: record rulers and quotes, autosave, sign, addenda, a refused save that keeps
// what was typed, and a lock in the middle of typing that loses nothing.
#include "MainWindow.h"
#include "UiHooks.h"
#include "domain/Domain.h"
#include "sessions/SessionEditor.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "views/ClientPage.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

struct Fixture {
    QTemporaryDir tmp;
    SystemClock clock;
    Workspace workspace{clock};
    Domain* domain = nullptr;
    ClientId client = 0;
    GoalId goal = 0;

    Fixture()
    {
        if (!workspace.open(test::createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}))
            qFatal("cannot open the test vault");
        domain = &workspace.domain();
        (void)domain->counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")});
        Client c;
        c.chosenName = QStringLiteral("Marisol");
        c.pronouns = QStringLiteral("she/her");
        client = domain->clients().create(c).value();
        GoalFields f;
        f.clientWords = QStringLiteral("Stop using alone");
        f.lifeArea = LifeArea::SubstanceUse;
        f.position = ContinuumPosition::SaferUse;
        goal = domain->goals().create(client, f, {}).value();
    }
};

} // namespace

class TestSessionUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void cleanup() { UiHooks::reset(); }

    void recordAutosaveSignAndAddend()
    {
        Fixture fx;
        auto* editor = new SessionEditor(fx.workspace, fx.client, 0);
        QPointer<SessionEditor> guard(editor);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor));

        child<QCheckBox>(editor, QStringLiteral("process_evoking"))->setChecked(true);
        auto* picker = child<QComboBox>(editor, QStringLiteral("goalPickerCombo"));
        QCOMPARE(picker->count(), 1);
        child<QPushButton>(editor, QStringLiteral("addGoalToSessionButton"))->click();
        auto* entry = child<QWidget>(editor, QStringLiteral("goalEntry_%1").arg(fx.goal));
        QVERIFY(entry);
        auto* importance = child<QSpinBox>(entry, QStringLiteral("importanceSpin"));
        importance->setValue(7);
        QVERIFY(child<QLabel>(entry, QStringLiteral("importanceWhyNotLowerLabel"))
                    ->text()
                    .contains(QStringLiteral("7 and not lower")));
        QTest::keyClicks(child<QLineEdit>(entry, QStringLiteral("importanceWhyNotLowerEdit")),
                         QStringLiteral("My daughter"));
        child<QSpinBox>(entry, QStringLiteral("confidenceSpin"))->setValue(4);
        child<QPushButton>(entry, QStringLiteral("addChangeTalkButton"))->click();
        auto* category = child<QComboBox>(entry, QStringLiteral("quoteCategoryCombo"));
        category->setCurrentIndex(category->findData(QStringLiteral("need")));
        QTest::keyClicks(child<QLineEdit>(entry, QStringLiteral("quoteEdit")),
                         QStringLiteral("I have to be around for her"));
        QTest::keyClicks(child<QPlainTextEdit>(editor, QStringLiteral("note_data")),
                         QStringLiteral("Met at the drop-in."));
        QVERIFY(editor->isDirty());
        saveScreenshot(editor, QStringLiteral("20-session-editor"));

        // Autosave: within a few seconds the draft is in the vault without anyone pressing Save.
        QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), SessionEditor::kAutosaveMs + 3000);
        const SessionId id = editor->sessionId();
        QVERIFY(id != 0);
        auto stored = fx.domain->sessions().session(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->content.goals.size(), 1);
        QCOMPARE(stored->content.goals.at(0).importance->value, 7);
        QCOMPARE(stored->content.goals.at(0).importance->whyNotLower, QStringLiteral("My daughter"));
        QCOMPARE(stored->content.goals.at(0).quotes.at(0).category, TalkCategory::Need);
        QCOMPARE(stored->content.note.at(0).body, QStringLiteral("Met at the drop-in."));
        QVERIFY(stored->content.processes.contains(MiProcess::Evoking));

        // A follow-up before the session is refused, and what was typed stays on screen.
        child<QCheckBox>(editor, QStringLiteral("hasFollowUpCheck"))->setChecked(true);
        child<QDateEdit>(editor, QStringLiteral("followUpEdit"))->setDate(QDate::currentDate().addDays(-3));
        QVERIFY(!editor->saveNow());
        QVERIFY(!child<QLabel>(editor, QStringLiteral("sessionMessage"))->text().isEmpty());
        QCOMPARE(child<QPlainTextEdit>(editor, QStringLiteral("note_data"))->toPlainText(),
                 QStringLiteral("Met at the drop-in."));
        child<QDateEdit>(editor, QStringLiteral("followUpEdit"))->setDate(QDate::currentDate().addDays(7));
        QVERIFY(editor->saveNow());

        // Sign: a confirmation that says what signing means, then the record is frozen.
        QString asked;
        UiHooks::instance().confirm = [&asked](QWidget*, const QString&, const QString& text, const QString&) {
            asked = text;
            return true;
        };
        child<QPushButton>(editor, QStringLiteral("signSessionButton"))->click();
        QVERIFY(asked.contains(QStringLiteral("Robin Okafor, CADC")));
        QVERIFY(asked.contains(QStringLiteral("addenda")));
        QVERIFY(editor->isSigned());
        QVERIFY(child<QPlainTextEdit>(editor, QStringLiteral("note_data"))->isReadOnly());
        QVERIFY(!child<QPushButton>(editor, QStringLiteral("signSessionButton"))->isVisible());

        WITH_DIALOG(
            QStringLiteral("addendumDialog"),
            [&] { child<QPushButton>(editor, QStringLiteral("addAddendumButton"))->click(); },
            [](QDialog* d) {
                QTest::keyClicks(child<QPlainTextEdit>(d, QStringLiteral("addendumEdit")),
                                 QStringLiteral("She called later to say she is safe."));
                child<QPushButton>(d, QStringLiteral("signAddendumButton"))->click();
            });
        QCOMPARE(child<QListWidget>(editor, QStringLiteral("addendaList"))->count(), 1);
        saveScreenshot(editor, QStringLiteral("21-session-signed"));
        stored = fx.domain->sessions().session(id);
        QCOMPARE(stored->addenda.size(), 1);
        QCOMPARE(stored->addenda.at(0).number, 1);
        editor->close();
        QTRY_VERIFY(guard.isNull());
    }

    void lockInTheMiddleOfTypingLosesNothing()
    {
        Fixture fx;
        MainWindow window;
        window.setWorkspace(&fx.workspace);
        window.show();
        window.openClient(fx.client);
        auto* page = child<ClientPage>(&window, QStringLiteral("clientPage"));
        page->openSession(0);
        auto* editor = page->findChild<SessionEditor*>();
        QVERIFY(editor);
        QTest::keyClicks(child<QPlainTextEdit>(editor, QStringLiteral("note_data")),
                         QStringLiteral("Typed just before the lock"));
        QVERIFY(editor->isDirty());   // the autosave timer has not fired yet
        window.setWorkspace(nullptr); // what a lock does to the window
        QCOMPARE(page->findChild<SessionEditor*>(), nullptr);
        auto sessions = fx.domain->sessions().sessionsForClient(fx.client);
        QVERIFY(sessions.ok());
        QCOMPARE(sessions->size(), 1);
        auto stored = fx.domain->sessions().session(sessions->at(0).id);
        QCOMPARE(stored->content.note.at(0).body, QStringLiteral("Typed just before the lock"));

        // A draft the service refuses as it stands (follow-up before the session) is still kept on lock.
        window.setWorkspace(&fx.workspace);
        window.openClient(fx.client);
        page->openSession(0);
        editor = page->findChild<SessionEditor*>();
        QVERIFY(editor);
        QTest::keyClicks(child<QPlainTextEdit>(editor, QStringLiteral("note_data")), QStringLiteral("Second visit"));
        child<QCheckBox>(editor, QStringLiteral("hasFollowUpCheck"))->setChecked(true);
        child<QDateEdit>(editor, QStringLiteral("followUpEdit"))->setDate(QDate::currentDate().addDays(-2));
        window.setWorkspace(nullptr);
        sessions = fx.domain->sessions().sessionsForClient(fx.client);
        QCOMPARE(sessions->size(), 2);
        stored = fx.domain->sessions().session(sessions->at(0).id);
        QCOMPARE(stored->content.note.at(0).body, QStringLiteral("Second visit"));
        QVERIFY(!stored->content.followUp.has_value());
        QVERIFY(stored->content.nextSteps.contains(QStringLiteral("Follow-up wanted on")));
    }
};

QTEST_MAIN(TestSessionUi)
#include "tst_sessionui.moc"
