// SPDX-License-Identifier: GPL-3.0-or-later
// Signing with eyes open, and what follows: what a record lacks is listed before signing (go back or sign
// anyway); Ctrl+Return signs; a signed record reads as a document with its addenda counted; an empty
// addendum or reason is marked at the field; a draft can be discarded (nothing kept, audited) and a signed
// record marked entered in error (a signed addendum, audited); a new session starts with the goals of the
// last one, without its ratings or words.
#include "UiHooks.h"
#include "domain/Domain.h"
#include "sessions/AddendumDialog.h"
#include "sessions/MissingItems.h"
#include "sessions/SessionEditor.h"
#include "sessions/SessionForm.h"
#include "sessions/SignedSessionView.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

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
        client = domain->clients().create(c).value();
        goal = addGoal(QStringLiteral("Stop using alone"));
    }
    GoalId addGoal(const QString& words)
    {
        GoalFields f;
        f.clientWords = words;
        f.lifeArea = LifeArea::Safety;
        return domain->goals().create(client, f, {}).value();
    }
    /// A record with everything a supervisor looks for.
    SessionContent complete() const
    {
        SessionContent c;
        c.date = QDate::currentDate();
        c.durationMinutes = 45;
        c.setting = SessionSetting::Outreach;
        SessionGoalEntry e;
        e.goalId = goal;
        e.stage = StageOfChange::Preparation;
        e.importance = RulerScore{7, QStringLiteral("My daughter"), QStringLiteral("A ride")};
        e.quotes = {{TalkDirection::Change, TalkCategory::Need, QStringLiteral("I have to be around for her")}};
        c.goals = {e};
        for (const QString& key : noteSectionKeys(c.noteFormat))
            c.note.append({key, QStringLiteral("Written for ") + key});
        c.followUp = c.date.addDays(7);
        return c;
    }
    SessionId signedSession(const SessionContent& c)
    {
        const SessionId id = domain->sessions().createDraft(client, c).value();
        if (!domain->sessions().sign(id))
            qFatal("cannot sign");
        return id;
    }
};

SessionEditor* openEditor(Fixture& fx, SessionId id)
{
    auto* editor = new SessionEditor(fx.workspace, fx.client, id);
    editor->show();
    if (!QTest::qWaitForWindowExposed(editor))
        qWarning("the session window did not show");
    return editor;
}

QStringList texts(const QList<MissingItem>& items)
{
    QStringList out;
    for (const MissingItem& m : items)
        out.append(m.text);
    return out;
}

} // namespace

class TestSessionSign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        // The English forms of "%n addendum(s)" live in the translations, as in the app.
        QVERIFY2(m_english.load(QStringLiteral(CONTINUUM_EN_QM)), CONTINUUM_EN_QM);
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }
    void cleanup() { UiHooks::reset(); }

    void aBareDraftListsEveryMissingItemAndACompleteOneNone()
    {
        const QMap<GoalId, QString> words{{GoalId(5), QStringLiteral("Keep my room")}};
        SessionContent bare;
        bare.date = QDate(2024, 3, 14);
        QCOMPARE(texts(missingBeforeSigning(bare, words)),
                 (QStringList{QStringLiteral("No setting (office, outreach, phone…)"), QStringLiteral("No duration"),
                              QStringLiteral("No goal worked on"), QStringLiteral("Empty note section: Data"),
                              QStringLiteral("Empty note section: Assessment"),
                              QStringLiteral("Empty note section: Plan"), QStringLiteral("No follow-up date")}));
        QCOMPARE(missingBeforeSigning(bare, words).first().section, SessionForm::Section::About);

        // A goal worked on without a stage or a ruler, and a note section of blanks only.
        SessionContent partial = bare;
        partial.setting = SessionSetting::Phone;
        partial.durationMinutes = 20;
        SessionGoalEntry e;
        e.goalId = GoalId(5);
        e.quotes = {{TalkDirection::Change, TalkCategory::Desire, QStringLiteral("I want my own door")}};
        partial.goals = {e};
        partial.noteFormat = NoteFormat::Free;
        partial.note = {{QStringLiteral("note"), QStringLiteral("  \n ")}};
        partial.followUp = QDate(2024, 3, 20);
        const auto missing = missingBeforeSigning(partial, words);
        QCOMPARE(texts(missing), (QStringList{QStringLiteral("Stage not assessed for “Keep my room”"),
                                              QStringLiteral("Rulers not asked for “Keep my room”"),
                                              QStringLiteral("Empty note section: Note")}));
        QCOMPARE(missing.first().section, SessionForm::Section::Goals);
        QCOMPARE(missing.last().section, SessionForm::Section::Note);

        Fixture fx;
        QCOMPARE(texts(missingBeforeSigning(fx.complete(), {{fx.goal, QStringLiteral("Stop using alone")}})),
                 QStringList());
    }

    void goingBackLeavesItUnsignedAtTheFirstMissingSection()
    {
        Fixture fx;
        auto* editor = openEditor(fx, SessionId());
        QPointer<SessionEditor> guard(editor);
        SessionContent c = fx.complete();
        c.goals.first().stage.reset(); // the first thing missing is in Goals discussed
        c.followUp.reset();
        editor->form().setContent(c);
        QCOMPARE(editor->form().sectionInView(), SessionForm::Section::About);
        QString asked, back;
        int confirms = 0;
        UiHooks::instance().confirmOrGoBack = [&](QWidget*, const QString&, const QString& text, const QString&,
                                                  const QString& backLabel) {
            asked = text;
            back = backLabel;
            return false;
        };
        UiHooks::instance().confirm = [&confirms](QWidget*, const QString&, const QString&, const QString&) {
            ++confirms;
            return true;
        };
        child<QPushButton>(editor, QStringLiteral("signSessionButton"))->click();
        QVERIFY2(asked.contains(QStringLiteral("Stage not assessed for “Stop using alone”")), qPrintable(asked));
        QVERIFY(asked.contains(QStringLiteral("No follow-up date")));
        QVERIFY(!asked.contains(QStringLiteral("No setting")));
        QVERIFY(asked.contains(QStringLiteral("Robin Okafor, CADC")));
        QCOMPARE(back, QStringLiteral("&Go Back"));
        QCOMPARE(confirms, 0);
        QVERIFY(!editor->isSigned());
        QVERIFY(child<QWidget>(editor, QStringLiteral("sessionForm"))->isVisible());
        QCOMPARE(editor->form().sectionInView(), SessionForm::Section::Goals);
        const auto sessions = fx.domain->sessions().sessionsForClient(fx.client);
        QCOMPARE(sessions->size(), 1);
        QVERIFY(!sessions->first().isSigned);

        // Sign anyway: a short record is allowed.
        UiHooks::instance().confirmOrGoBack = [](QWidget*, const QString&, const QString&, const QString&,
                                                 const QString&) { return true; };
        editor->sign();
        QVERIFY(editor->isSigned());
        QCOMPARE(confirms, 0);
        QVERIFY(fx.domain->sessions().session(editor->sessionId())->isSigned());
        editor->close();
        QTRY_VERIFY(guard.isNull());
    }

    void aCompleteDraftAsksOnlyTheUsualQuestion()
    {
        Fixture fx;
        auto* editor = openEditor(fx, SessionId());
        editor->form().setContent(fx.complete());
        int goBacks = 0;
        QString asked;
        UiHooks::instance().confirmOrGoBack = [&goBacks](QWidget*, const QString&, const QString&, const QString&,
                                                         const QString&) {
            ++goBacks;
            return false;
        };
        UiHooks::instance().confirm = [&asked](QWidget*, const QString&, const QString& text, const QString&) {
            asked = text;
            return false; // cancelled: nothing signed
        };
        editor->sign();
        QCOMPARE(goBacks, 0);
        QVERIFY(asked.contains(QStringLiteral("Sign this session note?")));
        QVERIFY(!editor->isSigned());
        UiHooks::instance().confirm = [](QWidget*, const QString&, const QString&, const QString&) { return true; };
        editor->sign();
        QVERIFY(editor->isSigned());
        QCOMPARE(fx.domain->sessions().session(editor->sessionId())->content.goals.first().importance->value, 7);
        delete editor;
    }

    void ctrlReturnSigns()
    {
        Fixture fx;
        auto* editor = openEditor(fx, SessionId());
        auto* sign = child<QPushButton>(editor, QStringLiteral("signSessionButton"));
        QVERIFY2(sign->toolTip().contains(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)),
                 qPrintable(sign->toolTip()));
        editor->form().setContent(fx.complete());
        int asked = 0;
        UiHooks::instance().confirm = [&asked](QWidget*, const QString&, const QString&, const QString&) {
            ++asked;
            return true;
        };
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        auto* note = child<QPlainTextEdit>(editor, QStringLiteral("note_data"));
        note->setFocus();
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(asked, 1);
        QVERIFY(editor->isSigned());
        // The key signed; it typed nothing into the note.
        QCOMPARE(fx.domain->sessions().session(editor->sessionId())->content.note.first().body,
                 QStringLiteral("Written for data"));
        // Signed: the shortcut does nothing more.
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(asked, 1);
        delete editor;
    }

    void aSignedSessionReadsAsADocument()
    {
        Fixture fx;
        SessionContent c = fx.complete();
        c.balance.clear();
        c.changePlan.reset();
        c.nextSteps = QStringLiteral("Call <Dee> & check in");
        const SessionId id = fx.signedSession(c);
        QVERIFY(fx.domain->sessions().addAddendum(id, QStringLiteral("She called later.")).ok());

        auto* editor = openEditor(fx, id);
        auto* view = child<SignedSessionView>(editor, QStringLiteral("signedSessionView"));
        QVERIFY(view->isVisible());
        QVERIFY(!child<QWidget>(editor, QStringLiteral("sessionForm"))->isVisible());
        QString t = view->toPlainText();
        QVERIFY2(t.contains(QStringLiteral("1 addendum")) && !t.contains(QStringLiteral("1 addenda")), qPrintable(t));
        for (const QString& expected :
             {QStringLiteral("Signed by Robin Okafor, CADC"), QStringLiteral("45 minutes"), QStringLiteral("Outreach"),
              QStringLiteral("“Stop using alone”"), QStringLiteral("Preparation"), QStringLiteral("7 of 10"),
              QStringLiteral("“My daughter”"), QStringLiteral("“I have to be around for her”"),
              QStringLiteral("Written for assessment"), QStringLiteral("Call <Dee> & check in")}) {
            QVERIFY2(t.contains(expected), qPrintable(expected));
        }
        // Only what was recorded: no empty headings, no "not recorded".
        for (const QString& absent :
             {QStringLiteral("Decisional balance"), QStringLiteral("Change plan"), QStringLiteral("Readiness"),
              QStringLiteral("ot recorded"), QStringLiteral("Entered in error"), QStringLiteral("entered by")}) {
            QVERIFY2(!t.contains(absent), qPrintable(absent));
        }

        QVERIFY(fx.domain->sessions().addAddendum(id, QStringLiteral("Second thought.")).ok());
        delete editor;
        editor = openEditor(fx, id);
        t = child<SignedSessionView>(editor, QStringLiteral("signedSessionView"))->toPlainText();
        QVERIFY2(t.contains(QStringLiteral("2 addenda")), qPrintable(t));
        const QString order = test::orderProblem(
            t, {QStringLiteral("Signed by"), QStringLiteral("Goals discussed"),
                QStringLiteral("Note — DAP (data, assessment, plan)"), QStringLiteral("Next steps"),
                QStringLiteral("Addendum 1 — signed by Robin Okafor, CADC"), QStringLiteral("She called later."),
                QStringLiteral("Addendum 2"), QStringLiteral("Second thought.")});
        QVERIFY2(order.isEmpty(), qPrintable(order));
        saveScreenshot(editor, QStringLiteral("24-session-signed-document"));
        delete editor;
    }

    void aNumberThePersonSetIsMarkedTheirsOnceSigned()
    {
        // Client mode (issue 15) keeps which numbers the person set themselves; the signed record says so
        // beside that number only.
        Fixture fx;
        SessionContent c = fx.complete();
        c.goals[0].importance->enteredByPerson = true;
        c.goals[0].confidence = RulerScore{4, QString(), QString()};
        const SessionId id = fx.signedSession(c);
        QVERIFY(fx.domain->sessions().session(id).value().content.goals.at(0).importance->enteredByPerson);

        auto* editor = openEditor(fx, id);
        const QString t = child<SignedSessionView>(editor, QStringLiteral("signedSessionView"))->toPlainText();
        QVERIFY2(t.contains(QStringLiteral("Importance: 7 of 10 (entered by Marisol)")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("Confidence: 4 of 10")), qPrintable(t));
        QCOMPARE(t.count(QStringLiteral("entered by")), 1);
        delete editor;
    }

    void anEmptyAddendumIsMarkedAtTheField()
    {
        Fixture fx;
        const SessionId id = fx.signedSession(fx.complete());
        auto* editor = openEditor(fx, id);
        WITH_DIALOG(
            QStringLiteral("addendumDialog"),
            [&] { child<QPushButton>(editor, QStringLiteral("addAddendumButton"))->click(); },
            [](QDialog* d) {
                auto* edit = child<QPlainTextEdit>(d, QStringLiteral("addendumEdit"));
                QTest::keyClicks(edit, QStringLiteral("   "));
                child<QPushButton>(d, QStringLiteral("signAddendumButton"))->click();
                QVERIFY(d->isVisible());
                auto* message = child<QLabel>(d, QStringLiteral("addendumErrorLabel"));
                QVERIFY(message->isVisible());
                QVERIFY2(message->text().contains(QStringLiteral("empty")), qPrintable(message->text()));
                QCOMPARE(edit->property("fieldError").toString(), message->text());
                QTest::keyClicks(edit, QStringLiteral("Picked up a kit."));
                QVERIFY(!message->isVisible());
                child<QPushButton>(d, QStringLiteral("signAddendumButton"))->click();
            });
        const auto record = fx.domain->sessions().session(id);
        QCOMPARE(record->addenda.size(), 1);
        QCOMPARE(record->addenda.first().body, QStringLiteral("Picked up a kit.")); // as core keeps it
        QVERIFY(child<SignedSessionView>(editor, QStringLiteral("signedSessionView"))
                    ->toPlainText()
                    .contains(QStringLiteral("Picked up a kit.")));
        delete editor;
    }

    void aDraftCanBeDiscardedAndNothingIsKept()
    {
        Fixture fx;
        auto* editor = openEditor(fx, SessionId());
        QPointer<SessionEditor> guard(editor);
        QTest::keyClicks(child<QPlainTextEdit>(editor, QStringLiteral("note_data")), QStringLiteral("Wrong person"));
        QVERIFY(editor->saveNow());
        const SessionId id = editor->sessionId();
        QVERIFY(!id.isNull());
        auto* discard = child<QPushButton>(editor, QStringLiteral("discardDraftButton"));
        QVERIFY(discard->isVisible());

        // Cancelled: all still there.
        QString asked;
        UiHooks::instance().confirm = [&asked](QWidget*, const QString&, const QString& text, const QString&) {
            asked = text;
            return false;
        };
        discard->click();
        QVERIFY(asked.contains(QStringLiteral("Nothing of it is kept")));
        QVERIFY(!guard.isNull());
        QVERIFY(fx.domain->sessions().session(id).ok());

        UiHooks::instance().confirm = [](QWidget*, const QString&, const QString&, const QString&) { return true; };
        discard->click();
        QTRY_VERIFY(guard.isNull());
        QCOMPARE(fx.domain->sessions().session(id).code(), ErrorCode::NotFound);
        QCOMPARE(fx.domain->sessions().sessionsForClient(fx.client)->size(), 0);
        const auto audit = fx.domain->audit().entries(0, 1);
        QCOMPARE(audit->first().action, AuditAction::DiscardDraft);
        QCOMPARE(audit->first().recordType, QStringLiteral("session"));
        QVERIFY(!audit->first().detail.contains(QStringLiteral("Wrong person")));
    }

    void aSignedRecordCanBeMarkedEnteredInError()
    {
        Fixture fx;
        const SessionId id = fx.signedSession(fx.complete());
        auto* editor = openEditor(fx, id);
        QVERIFY(!child<QPushButton>(editor, QStringLiteral("discardDraftButton"))->isVisible());
        auto* mark = child<QPushButton>(editor, QStringLiteral("enteredInErrorButton"));
        QVERIFY(mark->isVisible());

        // Cancelled: nothing changes.
        WITH_DIALOG(
            QStringLiteral("enteredInErrorDialog"), [&] { mark->click(); }, [](QDialog* d) { d->reject(); });
        QVERIFY(fx.domain->sessions().session(id)->addenda.isEmpty());

        // An empty reason is marked at the field; a reason marks the record.
        WITH_DIALOG(
            QStringLiteral("enteredInErrorDialog"), [&] { mark->click(); },
            [](QDialog* d) {
                auto* button = child<QPushButton>(d, QStringLiteral("signEnteredInErrorButton"));
                button->click();
                QVERIFY(d->isVisible());
                auto* message = child<QLabel>(d, QStringLiteral("addendumErrorLabel"));
                QVERIFY(message->isVisible());
                QVERIFY2(message->text().contains(QStringLiteral("why")), qPrintable(message->text()));
                QTest::keyClicks(child<QPlainTextEdit>(d, QStringLiteral("enteredInErrorReasonEdit")),
                                 QStringLiteral("Recorded under the wrong person"));
                button->click();
            });
        const auto record = fx.domain->sessions().session(id);
        QVERIFY(record->enteredInError());
        QCOMPARE(record->addenda.size(), 1);
        QVERIFY(record->addenda.first().entersInError);
        QCOMPARE(record->addenda.first().signedBy, QStringLiteral("Robin Okafor, CADC"));
        const auto audit = fx.domain->audit().entries(0, 1);
        QCOMPARE(audit->first().action, AuditAction::Addend);
        QCOMPARE(audit->first().detail, QStringLiteral("addendum 1: entered in error"));

        // It says so at the top, with the reason; it cannot be marked twice.
        const QString t = child<SignedSessionView>(editor, QStringLiteral("signedSessionView"))->toPlainText();
        QVERIFY2(t.trimmed().startsWith(QStringLiteral("Entered in error")), qPrintable(t.left(80)));
        QVERIFY(t.left(300).contains(QStringLiteral("“Recorded under the wrong person”")));
        QVERIFY(!mark->isVisible());
        QVERIFY(child<QLabel>(editor, QStringLiteral("sessionStateLabel"))
                    ->text()
                    .contains(QStringLiteral("entered in error")));
        saveScreenshot(editor, QStringLiteral("25-session-entered-in-error"));
        delete editor;
    }

    void aNewSessionStartsWithTheLastSessionsGoals()
    {
        Fixture fx;
        // No earlier session: nothing carried.
        auto* editor = new SessionEditor(fx.workspace, fx.client, SessionId());
        QVERIFY(editor->content().goals.isEmpty());
        delete editor;

        const GoalId setAside = fx.addGoal(QStringLiteral("Find a dentist"));
        SessionContent earlier = fx.complete();
        earlier.date = QDate::currentDate().addDays(-7);
        earlier.followUp = QDate::currentDate();
        SessionGoalEntry other;
        other.goalId = setAside;
        other.stage = StageOfChange::Action;
        earlier.goals.append(other);
        fx.signedSession(earlier);
        GoalFields f = fx.domain->goals().goal(setAside)->fields;
        f.status = GoalStatus::SetAside;
        f.statusReason = QStringLiteral("Not now");
        const Status revised =
            fx.domain->goals().revise(setAside, f, {QStringLiteral("Not now"), ClientAgreement::Yes, std::nullopt});
        QVERIFY2(revised.ok(),
                 qPrintable(fieldName(revised.error().field) + QLatin1Char(' ') + revised.error().detail));

        editor = new SessionEditor(fx.workspace, fx.client, SessionId());
        const SessionContent now = editor->content();
        QCOMPARE(now.goals.size(), 1); // the set-aside goal is not carried over
        SessionGoalEntry expected;
        expected.goalId = fx.goal; // the goal, not its stage, ratings or words
        QCOMPARE(now.goals.first(), expected);
        QCOMPARE(now.date, QDate::currentDate());
        QVERIFY(now.note.isEmpty());
        delete editor;
    }

private:
    QTranslator m_english;
};

QTEST_MAIN(TestSessionSign)
#include "tst_sessionsign.moc"
