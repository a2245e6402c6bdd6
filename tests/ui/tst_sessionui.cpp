// SPDX-License-Identifier: GPL-3.0-or-later
// The MI session editor: record rulers and quotes, autosave, sign, addenda, a refused save that keeps
// what was typed, and a lock in the middle of typing that loses nothing.
#include "MainWindow.h"
#include "UiHooks.h"
#include "common/ScreenFit.h"
#include "domain/AuditLog.h"
#include "domain/Domain.h"
#include "sessions/SessionEditor.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "views/ClientPage.h"
#include "workspace/Workspace.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

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
    GoalId goal;

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
        QCoreApplication::setOrganizationName(QStringLiteral("ContinuumTests")); // the PDF warning's setting
    }
    void cleanup() { UiHooks::reset(); }

    void recordAutosaveSignAndAddend()
    {
        Fixture fx;
        auto* editor = new SessionEditor(fx.workspace, fx.client, SessionId());
        QPointer<SessionEditor> guard(editor);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor));

        child<QCheckBox>(editor, QStringLiteral("process_evoking"))->setChecked(true);
        auto* picker = child<QComboBox>(editor, QStringLiteral("goalPickerCombo"));
        QCOMPARE(picker->count(), 1);
        child<QPushButton>(editor, QStringLiteral("addGoalToSessionButton"))->click();
        auto* entry = child<QWidget>(editor, QStringLiteral("goalEntry_%1").arg(fx.goal.value));
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
        QVERIFY(!id.isNull());
        auto stored = fx.domain->sessions().session(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->content.goals.size(), 1);
        QCOMPARE(stored->content.goals.at(0).importance->value, 7);
        QCOMPARE(stored->content.goals.at(0).importance->whyNotLower, QStringLiteral("My daughter"));
        QCOMPARE(stored->content.goals.at(0).quotes.at(0).category, TalkCategory::Need);
        QCOMPARE(stored->content.note.at(0).body, QStringLiteral("Met at the drop-in."));
        QVERIFY(stored->content.processes.contains(MiProcess::Evoking));

        // A follow-up before the session: the calendar starts at the session date, so it comes from moving
        // the session date past it. It is marked at the field and kept as typed; the rest still saves.
        auto* sessionDate = child<QDateEdit>(editor, QStringLiteral("sessionDateEdit"));
        auto* followUp = child<QDateEdit>(editor, QStringLiteral("followUpEdit"));
        const QDate today = QDate::currentDate();
        sessionDate->setDate(today.addDays(-10));
        child<QCheckBox>(editor, QStringLiteral("hasFollowUpCheck"))->setChecked(true);
        followUp->setDate(today.addDays(-5));
        QVERIFY(editor->saveNow());
        QCOMPARE(fx.domain->sessions().session(id)->content.followUp, std::optional<QDate>(today.addDays(-5)));
        sessionDate->setDate(today);
        auto* followUpError = child<QLabel>(editor, QStringLiteral("followUpErrorLabel"));
        QVERIFY(!followUpError->isHidden());
        QVERIFY(followUpError->text().contains(QStringLiteral("before the session date")));
        QTest::keyClicks(child<QPlainTextEdit>(editor, QStringLiteral("nextStepsEdit")),
                         QStringLiteral("Call Friday."));
        QVERIFY(editor->saveNow());
        stored = fx.domain->sessions().session(id);
        QCOMPARE(stored->content.date, today);
        QCOMPARE(stored->content.nextSteps, QStringLiteral("Call Friday."));
        QVERIFY(!stored->content.followUp.has_value());
        QCOMPARE(followUp->date(), today.addDays(-5)); // still on screen as typed
        QVERIFY(child<QLabel>(editor, QStringLiteral("sessionMessage"))->text().contains(QStringLiteral("follow-up")));
        QCOMPARE(child<QPlainTextEdit>(editor, QStringLiteral("note_data"))->toPlainText(),
                 QStringLiteral("Met at the drop-in."));
        followUp->setDate(today.addDays(7));
        QVERIFY(followUpError->isHidden());
        QVERIFY(editor->saveNow());
        QCOMPARE(fx.domain->sessions().session(id)->content.followUp, std::optional<QDate>(today.addDays(7)));

        // Sign: the record lacks a setting and more, so the question lists them and says what signing
        // means; signed anyway, the record is frozen and reads as a document.
        QString asked;
        UiHooks::instance().confirmOrGoBack = [&asked](QWidget*, const QString&, const QString& text, const QString&,
                                                       const QString&) {
            asked = text;
            return true;
        };
        child<QPushButton>(editor, QStringLiteral("signSessionButton"))->click();
        QVERIFY(asked.contains(QStringLiteral("Robin Okafor, CADC")));
        QVERIFY(asked.contains(QStringLiteral("addenda")));
        QVERIFY(asked.contains(QStringLiteral("No setting")));
        QVERIFY(editor->isSigned());
        QVERIFY(!child<QWidget>(editor, QStringLiteral("sessionForm"))->isVisible());
        auto* document = child<QWidget>(editor, QStringLiteral("signedSessionView"));
        QVERIFY(document->isVisible());
        QVERIFY(!child<QPushButton>(editor, QStringLiteral("signSessionButton"))->isVisible());

        WITH_DIALOG(
            QStringLiteral("addendumDialog"),
            [&] { child<QPushButton>(editor, QStringLiteral("addAddendumButton"))->click(); },
            [](QDialog* d) {
                QTest::keyClicks(child<QPlainTextEdit>(d, QStringLiteral("addendumEdit")),
                                 QStringLiteral("She called later to say she is safe."));
                child<QPushButton>(d, QStringLiteral("signAddendumButton"))->click();
            });
        const QString shown = editor->findChild<QTextBrowser*>(QStringLiteral("signedSessionView"))->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("She called later to say she is safe.")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("1 addendum")));
        saveScreenshot(editor, QStringLiteral("21-session-signed"));
        stored = fx.domain->sessions().session(id);
        QCOMPARE(stored->addenda.size(), 1);
        QCOMPARE(stored->addenda.at(0).number, 1);
        editor->close();
        QTRY_VERIFY(guard.isNull());
    }

    void theWindowFitsWithItsActionsInView()
    {
        Fixture fx;
        for (const bool signRecord : {false, true}) {
            auto* editor = new SessionEditor(fx.workspace, fx.client, SessionId());
            editor->show();
            QVERIFY(QTest::qWaitForWindowExposed(editor));
            if (signRecord) {
                child<QPushButton>(editor, QStringLiteral("addGoalToSessionButton"))->click();
                UiHooks::instance().confirmOrGoBack = [](QWidget*, const QString&, const QString&, const QString&,
                                                         const QString&) { return true; };
                editor->sign();
                QVERIFY(editor->isSigned());
            }
            QVERIFY2(usableArea(editor).contains(editor->geometry()), "the window is larger than the screen");
            const QStringList always{QStringLiteral("previewNoteButton"), QStringLiteral("printNoteButton"),
                                     QStringLiteral("pdfNoteButton"), QStringLiteral("closeSessionButton")};
            QStringList names = always;
            names.append(signRecord
                             ? QStringList{QStringLiteral("addAddendumButton"), QStringLiteral("enteredInErrorButton")}
                             : QStringList{QStringLiteral("signSessionButton"), QStringLiteral("discardDraftButton")});
            for (const QString& name : names) {
                auto* button = child<QPushButton>(editor, name);
                QVERIFY2(button->isVisible(), qPrintable(name));
                const QRect inWindow(button->mapTo(editor, QPoint(0, 0)), button->size());
                QVERIFY2(editor->rect().contains(inWindow), qPrintable(name));
            }
            auto* state = child<QLabel>(editor, QStringLiteral("sessionStateLabel"));
            QVERIFY(state->isVisible());
            QVERIFY(editor->rect().contains(QRect(state->mapTo(editor, QPoint(0, 0)), state->size())));
            // A draft is a form with its section list; a signed record reads as a document.
            QCOMPARE(child<QWidget>(editor, QStringLiteral("sessionSectionList"))->isVisible(), !signRecord);
            QCOMPARE(child<QWidget>(editor, QStringLiteral("signedSessionView"))->isVisible(), signRecord);
            // The bar is outside the scroll area: scrolling the form cannot move it.
            QVERIFY(!child<QScrollArea>(editor, QStringLiteral("sessionFormScroll"))
                         ->isAncestorOf(child<QPushButton>(editor, QStringLiteral("closeSessionButton"))));
            saveScreenshot(editor,
                           signRecord ? QStringLiteral("22-session-signed-fit") : QStringLiteral("22-session-new-fit"));
            editor->close();
            QApplication::processEvents();
        }
    }

    void lockInTheMiddleOfTypingLosesNothing()
    {
        Fixture fx;
        // What AppController does at a lock: the window is emptied, the workspace locks (each draft being
        // edited saves as it stands), then the window goes. The vault is opened again to read what was kept.
        const auto lockAndReopen = [&fx](std::unique_ptr<MainWindow> window) {
            window->prepareForLock();
            fx.workspace.lock();
            window.reset();
            auto vault = Vault::unlock(fx.tmp.filePath(QStringLiteral("v")), test::secret(test::testPassphrase()));
            QVERIFY(vault.ok());
            QVERIFY(fx.workspace.open(std::move(vault.value()), {}).ok());
            fx.domain = &fx.workspace.domain();
        };
        auto window = std::make_unique<MainWindow>(fx.workspace);
        window->show();
        window->openClient(fx.client);
        child<ClientPage>(window.get(), QStringLiteral("clientPage"))->openSession(SessionId());
        auto* editor = window->findChild<SessionEditor*>();
        QVERIFY(editor);
        QTest::keyClicks(child<QPlainTextEdit>(editor, QStringLiteral("note_data")),
                         QStringLiteral("Typed just before the lock"));
        QVERIFY(editor->isDirty()); // the autosave timer has not fired yet
        lockAndReopen(std::move(window));
        QVERIFY(fx.workspace.isOpen());
        auto sessions = fx.domain->sessions().sessionsForClient(fx.client);
        QVERIFY(sessions.ok());
        QCOMPARE(sessions->size(), 1);
        auto stored = fx.domain->sessions().session(sessions->at(0).id);
        QCOMPARE(stored->content.note.at(0).body, QStringLiteral("Typed just before the lock"));

        // A draft the service refuses as it stands (follow-up before the session) is still kept on lock.
        window = std::make_unique<MainWindow>(fx.workspace);
        window->show();
        window->openClient(fx.client);
        child<ClientPage>(window.get(), QStringLiteral("clientPage"))->openSession(SessionId());
        editor = window->findChild<SessionEditor*>();
        QVERIFY(editor);
        QTest::keyClicks(child<QPlainTextEdit>(editor, QStringLiteral("note_data")), QStringLiteral("Second visit"));
        child<QDateEdit>(editor, QStringLiteral("sessionDateEdit"))->setDate(QDate::currentDate().addDays(-5));
        child<QCheckBox>(editor, QStringLiteral("hasFollowUpCheck"))->setChecked(true);
        child<QDateEdit>(editor, QStringLiteral("followUpEdit"))->setDate(QDate::currentDate().addDays(-2));
        child<QDateEdit>(editor, QStringLiteral("sessionDateEdit"))->setDate(QDate::currentDate());
        QVERIFY(!child<QLabel>(editor, QStringLiteral("followUpErrorLabel"))->isHidden());
        lockAndReopen(std::move(window));
        QVERIFY(fx.workspace.isOpen());
        sessions = fx.domain->sessions().sessionsForClient(fx.client);
        QCOMPARE(sessions->size(), 2);
        stored = fx.domain->sessions().session(sessions->at(0).id);
        QCOMPARE(stored->content.note.at(0).body, QStringLiteral("Second visit"));
        QVERIFY(!stored->content.followUp.has_value());
        QVERIFY(stored->content.nextSteps.contains(QStringLiteral("Follow-up wanted on")));
    }

    void ctrlShiftNStartsANewSessionOnAPersonsPage()
    {
        Fixture fx;
        MainWindow window(fx.workspace);
        window.show();
        window.openClient(fx.client);
        auto* page = child<ClientPage>(&window, QStringLiteral("clientPage"));
        QVERIFY(child<QPushButton>(page, QStringLiteral("newSessionButton"))
                    ->toolTip()
                    .contains(QKeySequence(QStringLiteral("Ctrl+Shift+N")).toString(QKeySequence::NativeText)));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QCOMPARE(window.findChildren<SessionEditor*>().size(), 0);
        // Focus in the caseload list beside the page, where it is after opening the person.
        QWidget* outside = nullptr;
        for (auto* view : window.findChildren<QAbstractItemView*>()) {
            if (!page->isAncestorOf(view) && view->isVisible())
                outside = view;
        }
        QVERIFY(outside);
        outside->setFocus();
        QTest::keySequence(outside, QKeySequence(QStringLiteral("Ctrl+Shift+N")));
        QTRY_COMPARE(window.findChildren<SessionEditor*>().size(), 1);
        QCOMPARE(window.findChild<SessionEditor*>()->sessionId(), SessionId(0));
    }

    void aRefusedSaveIsExplainedInPlainWords()
    {
        Fixture fx;
        auto* editor = new SessionEditor(fx.workspace, fx.client, SessionId());
        editor->show();
        // More than one record can hold (core refuses it as "too long").
        child<QPlainTextEdit>(editor, QStringLiteral("note_data"))->setPlainText(QString(20001, QLatin1Char('x')));
        QVERIFY(!editor->saveNow());
        const QString message = child<QLabel>(editor, QStringLiteral("sessionMessage"))->text();
        QVERIFY2(message.contains(QStringLiteral("too long to keep in one record")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("too long.")), qPrintable(message)); // core's own detail
        QCOMPARE(fx.domain->sessions().sessionsForClient(fx.client)->size(), 0);
        editor->setAttribute(Qt::WA_DeleteOnClose, false);
        delete editor;
    }

    void aNoteSavedAsPdfFromTheWindowIsAudited()
    {
        Fixture fx;
        UiHooks::instance().information = [](QWidget*, const QString&, const QString&) {};
        auto* editor = new SessionEditor(fx.workspace, fx.client, SessionId());
        editor->show();
        QTest::keyClicks(child<QPlainTextEdit>(editor, QStringLiteral("note_data")), QStringLiteral("Met at noon."));
        const QString pdf = fx.tmp.filePath(QStringLiteral("note.pdf"));
        QString suggested;
        UiHooks::instance().saveFileName = [&](QWidget*, const QString&, const QString& offered, const QString&) {
            suggested = offered;
            return pdf;
        };
        child<QPushButton>(editor, QStringLiteral("pdfNoteButton"))->click();
        QVERIFY(QFileInfo(pdf).size() > 0);
        QVERIFY2(
            suggested.endsWith(QStringLiteral("session-note-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))),
            qPrintable(suggested));
        auto audit = fx.domain->audit().entries(0, 1);
        QCOMPARE(audit->first().action, AuditAction::Export);
        QCOMPARE(audit->first().recordType, QStringLiteral("session"));
        QCOMPARE(audit->first().recordUuid, fx.domain->sessions().session(editor->sessionId())->uuid);
        // Cancelled: nothing more is recorded.
        UiHooks::instance().saveFileName = [](QWidget*, const QString&, const QString&, const QString&) {
            return QString();
        };
        const qint64 last = audit->first().id;
        child<QPushButton>(editor, QStringLiteral("pdfNoteButton"))->click();
        QCOMPARE(fx.domain->audit().entries(0, 1)->first().id, last);
        editor->setAttribute(Qt::WA_DeleteOnClose, false);
        delete editor;
    }
};

QTEST_MAIN(TestSessionUi)
#include "tst_sessionui.moc"
