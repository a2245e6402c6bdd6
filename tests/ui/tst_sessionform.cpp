// SPDX-License-Identifier: GPL-3.0-or-later
// The session form on its own, with no vault and (for the round trip) no window shown: what it is given
// it gives back, field for field; a ruler number outside 0–10 stays as typed with an error beside it; the
// ruler's questions make sense at 0 and 10 and keep an answer with the number it was given for; a follow-up
// before the session is marked at the field, kept, and left out of what is saved; the section list
// scrolls the form and follows it.
#include "common/Labels.h"
#include "sessions/SessionForm.h"
#include "support/UiTestSupport.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

const QList<std::pair<GoalId, QString>> kGoals{{GoalId(11), QStringLiteral("Stop using alone")},
                                               {GoalId(12), QStringLiteral("Keep my room")}};

/// A record with every field set (and in the order the form lists them).
SessionContent fullRecord(NoteFormat format)
{
    SessionContent c;
    c.date = QDate(2024, 3, 14);
    c.startTime = QTime(10, 30);
    c.durationMinutes = 50;
    c.setting = SessionSetting::Outreach;
    c.processes = allValues<MiProcess>();
    SessionGoalEntry first;
    first.goalId = GoalId(11);
    first.stage = StageOfChange::Preparation;
    first.returnToUse = true;
    first.importance = RulerScore{8, QStringLiteral("My daughter"), QStringLiteral("A ride to the clinic")};
    first.confidence = RulerScore{0, QString(), QStringLiteral("Knowing someone who did it")};
    first.readiness = RulerScore{10, QStringLiteral("I'm done waiting"), QString()};
    first.quotes = {{TalkDirection::Change, TalkCategory::Need, QStringLiteral("I have to be around for her")},
                    {TalkDirection::Sustain, TalkCategory::Reasons, QStringLiteral("It's how I get through the day")},
                    {TalkDirection::Change, TalkCategory::TakingSteps, QStringLiteral("I got a kit yesterday")}};
    SessionGoalEntry second;
    second.goalId = GoalId(12);
    second.stage = StageOfChange::Contemplation;
    second.confidence = RulerScore{3, QStringLiteral("I paid last month"), QStringLiteral("A steady job")};
    c.goals = {first, second};
    for (BalanceBox b : allValues<BalanceBox>()) {
        c.balance.append({b, QStringLiteral("First thing for ") + toKey(b)});
        c.balance.append({b, QStringLiteral("Second thing for ") + toKey(b)});
    }
    c.changePlan = ChangePlan{QStringLiteral("Use with a friend"),    QStringLiteral("My daughter"),
                              QStringLiteral("Call Dee first"),       QStringLiteral("Dee can check on me"),
                              QStringLiteral("No more nights alone"), QStringLiteral("Dee moving away")};
    c.noteFormat = format;
    for (const QString& key : noteSectionKeys(format))
        c.note.append({key, QStringLiteral("Section %1,\nin two lines.").arg(key)});
    c.nextSteps = QStringLiteral("Bring two naloxone kits.");
    c.followUp = QDate(2024, 3, 21);
    return c;
}

QGroupBox* sectionBox(QWidget* form, const char* key)
{
    return child<QGroupBox>(form, QStringLiteral("section_") + QLatin1String(key));
}

} // namespace

class TestSessionForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void roundTripOfAFullRecord_data()
    {
        QTest::addColumn<NoteFormat>("format");
        for (NoteFormat f : allValues<NoteFormat>())
            QTest::addRow("%s", qPrintable(toKey(f))) << f;
    }

    void roundTripOfAFullRecord()
    {
        QFETCH(NoteFormat, format);
        SessionForm form; // never shown
        form.setClientGoals(kGoals);
        QSignalSpy changed(&form, &SessionForm::changed);
        const SessionContent full = fullRecord(format);
        form.setContent(full);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(form.content(), full);
        QCOMPARE(form.savableContent(), full);

        // A second record replaces the first entirely: nothing of the first is left behind.
        SessionContent bare;
        bare.date = QDate(2024, 4, 2);
        bare.noteFormat = format;
        form.setContent(bare);
        QCOMPARE(form.content(), bare);
        form.setContent(full);
        QCOMPARE(form.content(), full);
        QCOMPARE(changed.count(), 0);
    }

    void anEditIsAnnouncedAndReadBack()
    {
        SessionForm form;
        form.setClientGoals(kGoals);
        form.setContent(fullRecord(NoteFormat::Soap));
        QSignalSpy changed(&form, &SessionForm::changed);
        auto* nextSteps = child<QPlainTextEdit>(&form, "nextStepsEdit");
        nextSteps->moveCursor(QTextCursor::End);
        QTest::keyClicks(nextSteps, QStringLiteral(" Soon."));
        QVERIFY(changed.count() > 0);
        QCOMPARE(form.content().nextSteps, QStringLiteral("Bring two naloxone kits. Soon."));
    }

    void anOutOfRangeRulerNumberIsAnErrorNotTruncated()
    {
        SessionForm form;
        form.setClientGoals(kGoals);
        form.setContent(fullRecord(NoteFormat::Dap));
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto* entry = child<QWidget>(&form, "goalEntry_11");
        auto* spin = child<QSpinBox>(entry, "importanceSpin");
        auto* error = child<QLabel>(entry, "importanceErrorLabel");
        QVERIFY(error->isHidden());
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("12"));
        QCOMPARE(spin->text(), QStringLiteral("12"));
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(QStringLiteral("0 to 10")), qPrintable(error->text()));
        QVERIFY(!spin->property("fieldError").toString().isEmpty());
        // What may be saved keeps the last good number, never the "1" typed on the way to "12".
        QCOMPARE(form.content().goals.at(0).importance->value, 8);

        // Enter (or leaving the box) does not turn it into something else either.
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(spin->text(), QStringLiteral("12"));
        QVERIFY(!error->isHidden());
        QCOMPARE(form.content().goals.at(0).importance->value, 8);

        // A number on the ruler clears the error and is taken.
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("9"));
        QVERIFY(error->isHidden());
        QVERIFY(spin->property("fieldError").toString().isEmpty());
        QCOMPARE(form.content().goals.at(0).importance->value, 9);
        QCOMPARE(child<QSlider>(entry, "importanceSlider")->value(), 9);

        // Letters are not taken at all.
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("x"));
        QCOMPARE(form.content().goals.at(0).importance->value, 9);
    }

    void rulerQuestionsMakeSenseAtTheEnds()
    {
        SessionForm form;
        form.setClientGoals(kGoals);
        SessionContent c;
        c.date = QDate(2024, 3, 14);
        SessionGoalEntry e;
        e.goalId = GoalId(11);
        e.importance = RulerScore{5, QString(), QString()};
        c.goals = {e};
        form.setContent(c);
        auto* entry = child<QWidget>(&form, "goalEntry_11");
        auto* spin = child<QSpinBox>(entry, "importanceSpin");
        auto* why = child<QLabel>(entry, "importanceWhyNotLowerLabel");
        auto* help = child<QLabel>(entry, "importanceWhatWouldHelpLabel");
        QCOMPARE(why->text(), QStringLiteral("Why 5 and not lower?"));
        QVERIFY(!why->isHidden());
        QVERIFY(!help->isHidden());

        spin->setValue(0);
        QVERIFY(why->isHidden());
        QVERIFY(child<QLineEdit>(entry, "importanceWhyNotLowerEdit")->isHidden());
        QCOMPARE(help->text(), QStringLiteral("What would it take to move from 0 to a 1?"));
        QVERIFY(!help->isHidden());

        spin->setValue(10);
        QVERIFY(!why->isHidden());
        QCOMPARE(why->text(), QStringLiteral("Why 10 and not lower?"));
        QVERIFY(help->isHidden());
        QVERIFY(child<QLineEdit>(entry, "importanceWhatWouldHelpEdit")->isHidden());
        // Never "why not 10?" anywhere.
        for (const QLabel* l : entry->findChildren<QLabel*>())
            QVERIFY2(!l->text().contains(QStringLiteral("not 10")), qPrintable(l->text()));
    }

    void anAnswerStaysWithTheNumberItWasGivenFor()
    {
        SessionForm form;
        form.setClientGoals(kGoals);
        SessionContent c;
        c.date = QDate(2024, 3, 14);
        SessionGoalEntry e;
        e.goalId = GoalId(11);
        c.goals = {e};
        form.setContent(c);
        auto* entry = child<QWidget>(&form, "goalEntry_11");
        auto* spin = child<QSpinBox>(entry, "importanceSpin");
        auto* why = child<QLabel>(entry, "importanceWhyNotLowerLabel");
        auto* answer = child<QLineEdit>(entry, "importanceWhyNotLowerEdit");
        spin->setValue(8);
        QTest::keyClicks(answer, QStringLiteral("For my kids"));
        QCOMPARE(why->text(), QStringLiteral("Why 8 and not lower?"));

        spin->setValue(6);
        QVERIFY2(why->text().startsWith(QStringLiteral("Why 8 and not lower?")), qPrintable(why->text()));
        QVERIFY2(why->text().contains(QStringLiteral("now 6")), qPrintable(why->text()));
        QCOMPARE(answer->text(), QStringLiteral("For my kids")); // kept, word for word
        QCOMPARE(form.content().goals.at(0).importance->value, 6);
        QCOMPARE(form.content().goals.at(0).importance->whyNotLower, QStringLiteral("For my kids"));

        // Even at 0, where the question is not asked, the answer stays in view with its number.
        spin->setValue(0);
        QVERIFY(!why->isHidden());
        QVERIFY(why->text().startsWith(QStringLiteral("Why 8 and not lower?")));

        // Back at its number it is an ordinary answer again; edited, it is the answer for the number now.
        spin->setValue(8);
        QCOMPARE(why->text(), QStringLiteral("Why 8 and not lower?"));
        spin->setValue(7);
        QTest::keyClicks(answer, QStringLiteral(", and me"));
        QCOMPARE(why->text(), QStringLiteral("Why 7 and not lower?"));
        QCOMPARE(form.content().goals.at(0).importance->whyNotLower, QStringLiteral("For my kids, and me"));
    }

    void aFollowUpBeforeTheSessionIsMarkedKeptAndNotSaved()
    {
        SessionForm form;
        form.setClientGoals(kGoals);
        SessionContent c = fullRecord(NoteFormat::Dap);
        form.setContent(c);
        auto* followUp = child<QDateEdit>(&form, "followUpEdit");
        auto* message = child<QLabel>(&form, "followUpErrorLabel");
        // Impossible dates are greyed out in the calendar.
        QCOMPARE(followUp->minimumDate(), c.date);
        QVERIFY(message->isHidden());
        QVERIFY(form.followUpError().isEmpty());

        // The session date moves past the follow-up: the follow-up keeps its date and says what is wrong.
        child<QDateEdit>(&form, "sessionDateEdit")->setDate(QDate(2024, 3, 25));
        QCOMPARE(followUp->date(), QDate(2024, 3, 21));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("before the session date")), qPrintable(message->text()));
        QCOMPARE(followUp->property("fieldError").toString(), message->text());
        QCOMPARE(form.content().followUp, std::optional<QDate>(QDate(2024, 3, 21)));
        QVERIFY(!form.savableContent().followUp.has_value());
        // Everything else is still saved.
        QCOMPARE(form.savableContent().note, c.note);
        QCOMPARE(form.savableContent().date, QDate(2024, 3, 25));

        // Put right, the mark goes and the date is saved again; the calendar starts at the session date.
        followUp->setDate(QDate(2024, 3, 28));
        QVERIFY(message->isHidden());
        QVERIFY(form.followUpError().isEmpty());
        QCOMPARE(form.savableContent().followUp, std::optional<QDate>(QDate(2024, 3, 28)));
        QCOMPARE(followUp->minimumDate(), QDate(2024, 3, 25));

        // No follow-up asked for: nothing to complain about.
        child<QDateEdit>(&form, "sessionDateEdit")->setDate(QDate(2024, 3, 30));
        QVERIFY(!form.followUpError().isEmpty());
        child<QCheckBox>(&form, "hasFollowUpCheck")->setChecked(false);
        QVERIFY(form.followUpError().isEmpty());
    }

    void theSectionListScrollsTheFormAndFollowsIt()
    {
        SessionForm form;
        form.setClientGoals(kGoals);
        form.setContent(fullRecord(NoteFormat::Soap));
        form.resize(900, 450);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto* list = child<QListWidget>(&form, "sessionSectionList");
        QVERIFY(list->focusPolicy() & Qt::TabFocus);
        QVERIFY(!list->accessibleName().isEmpty());
        QStringList titles;
        for (int row = 0; row < list->count(); ++row) {
            if (!list->item(row)->isHidden())
                titles.append(list->item(row)->data(Qt::AccessibleTextRole).toString());
        }
        QCOMPARE(titles, QStringList({QStringLiteral("About the session"), QStringLiteral("Goals discussed"),
                                      QStringLiteral("Decisional balance"), QStringLiteral("Change plan"),
                                      QStringLiteral("Note"), QStringLiteral("Next steps and follow-up")}));

        QScrollBar* bar = form.scrollArea()->verticalScrollBar();
        QCOMPARE(bar->value(), 0);
        QCOMPARE(form.sectionInView(), SessionForm::Section::About);
        // Choosing "Note" in the list (the keyboard way: the list has focus, arrows move in it).
        list->setCurrentRow(4);
        QVERIFY(bar->value() > 0);
        QCOMPARE(form.sectionInView(), SessionForm::Section::Note);
        QVERIFY(qAbs(bar->value() - sectionBox(&form, "note")->y()) < 20);

        // Scrolling the form moves the highlight.
        bar->setValue(sectionBox(&form, "balance")->y() + 5);
        QCOMPARE(form.sectionInView(), SessionForm::Section::Balance);
        QCOMPARE(list->currentRow(), 2);
        bar->setValue(0);
        QCOMPARE(list->currentRow(), 0);

        // The addenda appear in the list only when there are some.
        form.setAddenda({QStringLiteral("Addendum 1 — she called")});
        QVERIFY(!list->item(6)->isHidden());
        QVERIFY(!sectionBox(&form, "addenda")->isHidden());
    }

    void rulersAndQuotesGoIntoTheNote_data()
    {
        QTest::addColumn<NoteFormat>("format");
        QTest::addColumn<QString>("section");
        QTest::addRow("DAP") << NoteFormat::Dap << QStringLiteral("data");
        QTest::addRow("SOAP") << NoteFormat::Soap << QStringLiteral("subjective");
        QTest::addRow("free") << NoteFormat::Free << QStringLiteral("note");
    }
    void rulersAndQuotesGoIntoTheNote()
    {
        QFETCH(NoteFormat, format);
        QFETCH(QString, section);
        SessionForm form;
        form.setClientGoals(kGoals);
        SessionContent c = fullRecord(format);
        c.note.clear();
        c.note.append({section, QStringLiteral("Met at the drop-in.")});
        form.setContent(c);
        QSignalSpy changed(&form, &SessionForm::changed);
        child<QPushButton>(&form, "addRulersToNoteButton")->click();
        QVERIFY(changed.count() > 0);
        const QString text = child<QPlainTextEdit>(&form, QStringLiteral("note_") + section)->toPlainText();
        const QString expected = QStringLiteral(
            "Met at the drop-in.\n\n"
            "Goal: “Stop using alone”\n"
            "Importance: 8 of 10 — why not lower: “My daughter” — what would help: “A ride to the clinic”\n"
            "Confidence: 0 of 10 — what would help: “Knowing someone who did it”\n"
            "Readiness: 10 of 10 — why not lower: “I'm done waiting”\n"
            "Change talk (Need): “I have to be around for her”\n"
            "Change talk (Taking steps): “I got a kit yesterday”\n\n"
            "Goal: “Keep my room”\n"
            "Confidence: 3 of 10 — why not lower: “I paid last month” — what would help: “A steady job”");
        QCOMPARE(text, expected);
        QVERIFY(!text.contains(QStringLiteral("It's how I get through the day"))); // sustain talk stays out
        QCOMPARE(form.content().note.first().body, expected);
    }

    void withNothingToAddTheNoteIsLeftAndTheButtonSaysWhy()
    {
        SessionForm form;
        form.setClientGoals(kGoals);
        SessionContent c = fullRecord(NoteFormat::Dap);
        for (SessionGoalEntry& e : c.goals) {
            e.importance.reset();
            e.confidence.reset();
            e.readiness.reset();
            e.quotes = {{TalkDirection::Sustain, TalkCategory::Reasons, QStringLiteral("It helps me sleep")}};
        }
        form.setContent(c);
        form.show();
        const QString before = child<QPlainTextEdit>(&form, "note_data")->toPlainText();
        QVERIFY(!form.addRulersAndQuotesToNote());
        QCOMPARE(child<QPlainTextEdit>(&form, "note_data")->toPlainText(), before);
        auto* message = child<QLabel>(&form, "addRulersToNoteMessage");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("No rulers or change talk")));
        // A signed record offers no such button.
        form.setReadOnly(true);
        QVERIFY(!child<QPushButton>(&form, "addRulersToNoteButton")->isVisible());
        QVERIFY(!message->isVisible());
    }
};

QTEST_MAIN(TestSessionForm)
#include "tst_sessionform.moc"
