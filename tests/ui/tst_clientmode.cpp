// SPDX-License-Identifier: GPL-3.0-or-later
// Client mode (issue 15): the counselor hands the laptop over for one person, who answers the readiness rulers
// by keyboard or mouse and rates the session; the answers land in the draft marked as theirs; giving the
// laptop back takes the counselor's passphrase. And the escape test, as an attacker would try it: no shortcut,
// menu, right-click, drop, paste or dialog reaches another person's data or a file; the lock key and the idle
// lock still lock, leaving no window of the vault behind.
#include "AppController.h"
#include "IdleLock.h"
#include "MainWindow.h"
#include "UiHooks.h"
#include "clientmode/ClientModeDialog.h"
#include "domain/Domain.h"
#include "sessions/SessionEditor.h"
#include "support/ManualTimers.h"
#include "support/UiTestSupport.h"
#include "vault/Vault.h"
#include "vaultdialogs/UnlockDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScreen>
#include <QShortcut>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUrl>

#include <functional>
#include <memory>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

const QString kPassphrase = QStringLiteral("walk the long way home");
// Names and words of two other people, distinctive enough that any appearance of them is found.
const QStringList kOtherPeople = {QStringLiteral("Zebulon Quartzfield"), QStringLiteral("Ottoline Vexworth")};
const QString kOtherWords = QStringLiteral("Xylophone-secret goal of someone else");

void unlockByTyping(AppController& app)
{
    auto* pass = child<QLineEdit>(app.unlockDialog(), "passphraseEdit");
    QVERIFY(pass);
    QTest::keyClicks(pass, kPassphrase);
    QTest::keyClick(pass, Qt::Key_Return);
    QTRY_VERIFY(app.mainWindow() && app.mainWindow()->isVisible());
}

/// The real program on a new vault, unlocked by typing; Marisol with two goals in a new session draft, and two
/// other people whose names and words must never show in client mode.
struct ClientModeApp {
    ManualTimers timers; // before the program: its idle lock is hand-driven
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("vault"));
    std::unique_ptr<AppController> app;
    ClientId marisol;
    GoalId firstGoal;
    GoalId secondGoal;
    QPointer<SessionEditor> editor;

    bool setUp()
    {
        auto created = Vault::create(dir, SecureBytes::fromText(kPassphrase), KdfParams::cheapestForTests());
        if (!created)
            return false;
        created->vault->lock();
        app = std::make_unique<AppController>(AppController::Options{dir, KdfParams::cheapestForTests()});
        app->start();
        unlockByTyping(*app);
        if (QTest::currentTestFailed())
            return false;
        Domain& d = *app->domain();
        if (!d.counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")}))
            return false;
        const auto person = [&d](const QString& name, const QStringList& goals, QList<GoalId>* ids) {
            Client c;
            c.chosenName = name;
            auto id = d.clients().create(c);
            for (const QString& words : goals) {
                GoalFields f;
                f.clientWords = words;
                f.lifeArea = LifeArea::Housing;
                auto g = d.goals().create(id.value(), f, {});
                if (ids)
                    ids->append(g.value());
            }
            return id.value();
        };
        for (const QString& other : kOtherPeople)
            person(other, {kOtherWords + QStringLiteral(" of ") + other}, nullptr);
        QList<GoalId> goals;
        marisol =
            person(QStringLiteral("Marisol"),
                   {QStringLiteral("Keep my room at the shelter"), QStringLiteral("See my sister on Sundays")}, &goals);
        firstGoal = goals.at(0);
        secondGoal = goals.at(1);
        app->mainWindow()->openSession(marisol, SessionId());
        const QList<SessionEditor*> editors = app->mainWindow()->findChildren<SessionEditor*>();
        if (editors.size() != 1)
            return false;
        editor = editors.first();
        editor->addGoal(firstGoal);
        editor->addGoal(secondGoal);
        return QTest::qWaitForWindowExposed(editor);
    }

    /// Hands over from the session window's bar, as the counselor does; client mode in the language of words
    /// when given (installed once the button is found, so it opens in those words).
    ClientModeDialog* handOver(QTranslator* words = nullptr)
    {
        auto* button = child<QPushButton>(editor, "handOverButton");
        if (!button || !button->isVisible() || button->text() != QStringLiteral("Hand &Over to Marisol…"))
            return nullptr;
        if (words && !QCoreApplication::installTranslator(words))
            return nullptr;
        button->click();
        ClientModeDialog* dialog = editor->clientMode();
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    SessionRecord stored() const { return app->domain()->sessions().session(editor->sessionId()).value(); }
};

QWidget* currentPage(ClientModeDialog* dialog)
{
    return child<QStackedWidget>(dialog, "clientModePages")->currentWidget();
}

/// Every window on screen but `allowed`, by class and name.
QStringList visibleIntruders(const QWidget* allowed)
{
    QStringList out;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != allowed && w->isVisible())
            out.append(
                QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName()));
    }
    if (QApplication::activePopupWidget())
        out.append(QStringLiteral("a popup"));
    return out;
}

/// Runs act and returns every window other than `allowed` that showed meanwhile, including one that ran its own
/// event loop (a menu's or a file dialog's exec()): a watchdog inside that loop notes and closes it, so the test
/// fails instead of hanging.
QStringList intrudersDuring(const QWidget* allowed, const std::function<void()>& act)
{
    QStringList seen;
    QTimer watchdog;
    watchdog.setInterval(5);
    QObject::connect(&watchdog, &QTimer::timeout, [&seen, allowed] {
        const QStringList now = visibleIntruders(allowed);
        if (now.isEmpty())
            return;
        seen.append(now);
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w == allowed || !w->isVisible())
                continue;
            if (auto* d = qobject_cast<QDialog*>(w))
                d->reject();
            w->hide();
        }
    });
    watchdog.start();
    act();
    for (int i = 0; i < 5; ++i)
        QTest::qWait(2);
    watchdog.stop();
    seen.append(visibleIntruders(allowed));
    seen.removeDuplicates();
    return seen;
}

/// Any text on screen in the dialog that names someone else or their words.
QString otherPersonShown(const QWidget* dialog)
{
    QList<QWidget*> widgets = dialog->findChildren<QWidget*>();
    widgets.append(const_cast<QWidget*>(dialog));
    for (QWidget* w : widgets) {
        if (!w->isVisible())
            continue;
        QStringList texts = {w->windowTitle(), w->accessibleName(), w->toolTip()};
        if (auto* l = qobject_cast<QLabel*>(w))
            texts.append(l->text());
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            texts.append(b->text());
        if (auto* e = qobject_cast<QLineEdit*>(w))
            texts.append(e->text());
        for (const QString& t : texts) {
            for (const QString& other : kOtherPeople) {
                if (t.contains(other) || t.contains(other.section(QLatin1Char(' '), 0, 0)) ||
                    t.contains(QStringLiteral("Xylophone")))
                    return QStringLiteral("%1 shows \"%2\"").arg(w->objectName(), t);
            }
        }
    }
    return {};
}

/// Picks a ruler number as someone at the keyboard would: Home, the right arrow `value` times, Space.
void pickByKeyboard(QWidget* page, const QString& ruler, int value)
{
    auto* first = child<QPushButton>(page, ruler + QStringLiteral("Button_0"));
    QVERIFY(first);
    first->setFocus();
    QTest::keyClick(first, Qt::Key_Home);
    for (int i = 0; i < value; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
    QWidget* focused = QApplication::focusWidget();
    QCOMPARE(focused, child<QPushButton>(page, ruler + QStringLiteral("Button_%1").arg(value)));
    // Moving is not picking.
    QVERIFY(!static_cast<QPushButton*>(focused)->isChecked());
    QTest::keyClick(focused, Qt::Key_Space);
    QVERIFY(static_cast<QPushButton*>(focused)->isChecked());
}

/// Goes forward with Next until the page named `name` shows.
bool nextUntil(ClientModeDialog* dialog, const QString& name)
{
    auto* next = child<QPushButton>(dialog, "clientModeNextButton");
    for (int i = 0; i < 20 && currentPage(dialog)->objectName() != name; ++i) {
        if (!next->isVisible())
            return false;
        next->click();
    }
    return currentPage(dialog)->objectName() == name;
}

/// Types the passphrase on the give-back step and presses Enter.
void giveBackWith(ClientModeDialog* dialog, const QString& passphrase)
{
    auto* field = child<QLineEdit>(dialog, "clientModePassphraseEdit");
    QVERIFY(field && field->isVisible());
    QCOMPARE(field->echoMode(), QLineEdit::Password);
    QTest::keyClicks(field, passphrase);
    QTest::keyClick(field, Qt::Key_Return);
}

/// The hand-over and hand-back entries of the audit log, oldest first, as "action session-uuid detail".
QStringList handOverEntries(Domain& domain)
{
    QStringList out;
    const auto entries = domain.audit().entries(0, 200);
    if (!entries)
        return {QStringLiteral("<no audit log>")};
    for (const AuditEntry& e : entries.value()) {
        if (e.action == AuditAction::HandOver || e.action == AuditAction::HandBack)
            out.prepend(QStringLiteral("%1 %2 %3 %4")
                            .arg(e.action, e.recordType, e.recordUuid.toString(QUuid::WithoutBraces), e.detail)
                            .trimmed());
    }
    return out;
}

/// After a lock: only the unlock window is on screen (no hidden window shown again, no client mode left).
void onlyTheUnlockWindowShows(AppController& app)
{
    QTRY_VERIFY(app.vault() == nullptr);
    QTRY_VERIFY(app.unlockDialog() && app.unlockDialog()->isVisible());
    QTRY_COMPARE(visibleIntruders(app.unlockDialog()), QStringList());
}

/// A ruler's end words ("0 = not at all ready") broken over two lines on a page where both ends would fit side
/// by side on one line under the buttons; empty when none is.
QString endWordsWrappedWithRoomToSpare(QWidget* page)
{
    auto* low = page->findChild<QLabel*>(QStringLiteral("clientModeLowEnd"));
    auto* high = page->findChild<QLabel*>(QStringLiteral("clientModeHighEnd"));
    const QList<QWidget*> rows = page->findChildren<QWidget*>(QRegularExpression(QStringLiteral("Choices$")));
    if (!low || !high || rows.size() != 1)
        return QStringLiteral("%1 has no end words under one row of buttons").arg(page->objectName());
    // What each needs on one line: its words and its own margins.
    const auto oneLine = [](const QLabel* l) {
        const QMargins m = l->contentsMargins();
        return l->fontMetrics().horizontalAdvance(l->text()) + m.left() + m.right() + 2 * l->margin();
    };
    const int room = rows.first()->width();
    constexpr int kSpacing = 24; // more than any style puts between the two
    if (oneLine(low) + oneLine(high) + kSpacing > room)
        return {}; // too long for one line each: wrapping is right
    for (const QLabel* l : {low, high}) {
        if (l->width() < oneLine(l) || l->height() >= 2 * l->fontMetrics().lineSpacing())
            return QStringLiteral("“%1” on %2 wraps in %3 px (needs %4 on one line; the row has %5)")
                .arg(l->text(), page->objectName())
                .arg(l->width())
                .arg(oneLine(l))
                .arg(room);
    }
    return {};
}

/// A button whose words seem to fill it: less than half a line of room on either side of them, or narrower than
/// its words and the style's own padding.
QString buttonWithoutPadding(const QPushButton* b)
{
    QStyleOptionButton option;
    option.initFrom(b);
    option.text = b->text();
    const QFontMetrics fm = b->fontMetrics();
    const QSize words = fm.size(Qt::TextShowMnemonic, b->text());
    const int needs = std::max(b->style()->sizeFromContents(QStyle::CT_PushButton, &option, words, b).width(),
                               words.width() + fm.height());
    if (b->width() >= needs)
        return {};
    return QStringLiteral("“%1” is %2 px wide for words of %3 px (it needs %4)")
        .arg(b->text())
        .arg(b->width())
        .arg(words.width())
        .arg(needs);
}

} // namespace

class TestClientMode : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void cleanup() { UiHooks::reset(); }

    void thePersonAnswersAndGivesTheLaptopBack()
    {
        ClientModeApp fx;
        QVERIFY(fx.setUp());
        // The counselor set readiness for the first goal before handing over: it stays theirs unless the person
        // picks a number of their own.
        auto* entry = child<QWidget>(fx.editor, QStringLiteral("goalEntry_%1").arg(fx.firstGoal.value));
        QVERIFY(entry);
        child<QSpinBox>(entry, "readinessSpin")->setValue(6);

        ClientModeDialog* dialog = fx.handOver();
        QVERIFY(dialog);
        QVERIFY(!fx.editor->sessionId().isNull()); // the draft was saved before handing over
        QVERIFY(dialog->isFullScreen());
        QCOMPARE(dialog->windowModality(), Qt::ApplicationModal);
        QVERIFY(!fx.app->mainWindow()->isVisible());
        QVERIFY(!fx.editor->isVisible());
        QCOMPARE(visibleIntruders(dialog), QStringList());
        QCOMPARE(otherPersonShown(dialog), QString());
        QVERIFY(!dialog->findChild<QMenuBar*>());
        // Large type: more than one and a half times the program's.
        QVERIFY2(dialog->font().pointSizeF() >= QApplication::font().pointSizeF() * 1.5,
                 qPrintable(QString::number(dialog->font().pointSizeF())));
        QCOMPARE(child<QLabel>(dialog, "clientModeNameLabel")->text(), QStringLiteral("Your turn, Marisol"));

        // Importance of the first goal, by keyboard. The goal's words show, read-only.
        QWidget* page = currentPage(dialog);
        QCOMPARE(page->objectName(), QStringLiteral("clientModeRulerPage_%1_importance").arg(fx.firstGoal.value));
        QCOMPARE(child<QLabel>(page, "clientModeGoalWords")->text(), QStringLiteral("Keep my room at the shelter"));
        QCOMPARE(child<QLabel>(page, "clientModeGoalTitle")->text(), QStringLiteral("Your goal 1 of 2, in your words"));
        QCOMPARE(page->findChildren<QLineEdit*>().size(), 2);
        auto* why = child<QLineEdit>(page, "importanceWhyNotLowerEdit");
        auto* help = child<QLineEdit>(page, "importanceWhatWouldHelpEdit");
        QVERIFY(!why->isVisible() && !help->isVisible()); // asked once a number is chosen
        QCOMPARE(page->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^importanceButton_"))).size(), 11);
        QCOMPARE(child<QPushButton>(page, "importanceButton_7")->accessibleName(),
                 QStringLiteral("Importance: 7 out of 10"));
        // Each ruler says what its ends mean (a bare "10 = very" did not say very what).
        QCOMPARE(child<QLabel>(page, "clientModeLowEnd")->text(), QStringLiteral("0 = not at all important"));
        QCOMPARE(child<QLabel>(page, "clientModeHighEnd")->text(), QStringLiteral("10 = very important"));
        QCOMPARE(child<QPushButton>(dialog, "clientModeDoneButton")->text(),
                 QStringLiteral("Done — hand it back to your counselor"));
        pickByKeyboard(page, QStringLiteral("importance"), 7);
        QVERIFY(why->isVisible() && help->isVisible());
        QCOMPARE(child<QLabel>(page, "importanceWhyNotLowerLabel")->text(),
                 QStringLiteral("Why this number and not a lower one?"));
        QTest::keyClicks(why, QStringLiteral("My daughter <b>counts</b> on me"));
        QTest::keyClicks(help, QStringLiteral("A ride to the clinic"));
        // Another number on the same ruler: only one is ever picked.
        pickByKeyboard(page, QStringLiteral("importance"), 9);
        pickByKeyboard(page, QStringLiteral("importance"), 7);
        int checked = 0;
        for (QPushButton* b :
             page->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("^importanceButton_"))))
            checked += b->isChecked() ? 1 : 0;
        QCOMPARE(checked, 1);

        // Confidence, by mouse; its answers stay unasked until then.
        child<QPushButton>(dialog, "clientModeNextButton")->click();
        page = currentPage(dialog);
        QCOMPARE(page->objectName(), QStringLiteral("clientModeRulerPage_%1_confidence").arg(fx.firstGoal.value));
        QCOMPARE(QApplication::focusWidget(), child<QPushButton>(page, "confidenceButton_0"));
        QCOMPARE(child<QLabel>(page, "clientModeHighEnd")->text(), QStringLiteral("10 = very sure"));
        QVERIFY(!child<QLineEdit>(page, "confidenceWhyNotLowerEdit")->isVisible());
        QTest::mouseClick(child<QPushButton>(page, "confidenceButton_4"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(page, "confidenceWhyNotLowerEdit")->isVisible());
        // Back shows what was picked.
        child<QPushButton>(dialog, "clientModeBackButton")->click();
        QVERIFY(child<QPushButton>(currentPage(dialog), "importanceButton_7")->isChecked());
        QCOMPARE(child<QLineEdit>(currentPage(dialog), "importanceWhyNotLowerEdit")->text(),
                 QStringLiteral("My daughter <b>counts</b> on me"));

        // Readiness is left alone; its question says ready for what.
        QVERIFY(nextUntil(dialog, QStringLiteral("clientModeRulerPage_%1_readiness").arg(fx.firstGoal.value)));
        QCOMPARE(child<QLabel>(currentPage(dialog), "clientModeQuestion")->text(),
                 QStringLiteral("How ready are you to make this change?"));
        QCOMPARE(child<QLabel>(currentPage(dialog), "clientModeLowEnd")->text(),
                 QStringLiteral("0 = not at all ready"));
        QCOMPARE(child<QLabel>(currentPage(dialog), "clientModeHighEnd")->text(), QStringLiteral("10 = very ready"));
        // On through the second goal to the questions about the session.
        QVERIFY(nextUntil(dialog, QStringLiteral("clientModeRulerPage_%1_importance").arg(fx.secondGoal.value)));
        QCOMPARE(child<QLabel>(currentPage(dialog), "clientModeGoalWords")->text(),
                 QStringLiteral("See my sister on Sundays"));
        // At 10 there is nothing higher to ask about.
        QTest::mouseClick(child<QPushButton>(currentPage(dialog), "importanceButton_10"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(currentPage(dialog), "importanceWhyNotLowerEdit")->isVisible());
        QVERIFY(!child<QLineEdit>(currentPage(dialog), "importanceWhatWouldHelpEdit")->isVisible());
        QVERIFY(nextUntil(dialog, QStringLiteral("clientModeSessionPage")));
        QVERIFY(!child<QPushButton>(dialog, "clientModeNextButton")->isVisible());
        page = currentPage(dialog);
        QCOMPARE(child<QPushButton>(page, "listenedButton_1")->text(), QStringLiteral("Not at all"));
        QCOMPARE(child<QPushButton>(page, "listenedButton_5")->text(), QStringLiteral("Very much"));
        QTest::mouseClick(child<QPushButton>(page, "listenedButton_5"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(page, "workedOnWhatMattersButton_4"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(page, "moreAbleButton_3"), Qt::LeftButton);

        // Done goes to the give-back step, which wants the counselor's passphrase.
        child<QPushButton>(dialog, "clientModeDoneButton")->click();
        QVERIFY(dialog->isGivingBack());
        QVERIFY(dialog->isVisible());
        giveBackWith(dialog, QStringLiteral("not the passphrase"));
        auto* message = child<QLabel>(dialog, "giveBackMessage");
        QTRY_COMPARE(message->text(), QStringLiteral("That is not the passphrase."));
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isGivingBack());
        QVERIFY(!fx.app->mainWindow()->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "clientModePassphraseEdit")->text(), QString());
        // A second wrong try says the same: no count, no hint.
        giveBackWith(dialog, QStringLiteral("still not it"));
        QTRY_VERIFY(!dialog->isBusy());
        QTRY_COMPARE(message->text(), QStringLiteral("That is not the passphrase."));
        QVERIFY(dialog->isVisible());

        QPointer<ClientModeDialog> guard(dialog);
        giveBackWith(dialog, kPassphrase);
        QTRY_VERIFY(!guard || !guard->isVisible());
        QTRY_VERIFY(!guard); // deleted once done
        QVERIFY(fx.app->mainWindow()->isVisible());
        QVERIFY(fx.editor->isVisible());
        QVERIFY(fx.app->vault() != nullptr);
        // The audit log says when the laptop was in the person's hands and that the passphrase ended it; keys only.
        const QString uuid = fx.stored().uuid.toString(QUuid::WithoutBraces);
        QCOMPARE(handOverEntries(*fx.app->domain()),
                 QStringList({QStringLiteral("hand-over session ") + uuid,
                              QStringLiteral("hand-back session ") + uuid + QStringLiteral(" passphrase")}));

        // In the draft, marked as the person's; the counselor's readiness left as it was.
        const SessionRecord record = fx.stored();
        QCOMPARE(record.content.goals.size(), 2);
        const SessionGoalEntry& first = record.content.goals.at(0);
        QCOMPARE(first.goalId, fx.firstGoal);
        RulerScore importance{7, QStringLiteral("My daughter <b>counts</b> on me"),
                              QStringLiteral("A ride to the clinic")};
        importance.enteredByPerson = true;
        QCOMPARE(first.importance, std::optional<RulerScore>(importance));
        QVERIFY(first.confidence && first.confidence->value == 4 && first.confidence->enteredByPerson);
        QVERIFY(first.readiness && first.readiness->value == 6 && !first.readiness->enteredByPerson);
        const SessionGoalEntry& second = record.content.goals.at(1);
        QVERIFY(second.importance && second.importance->value == 10 && second.importance->enteredByPerson);
        QVERIFY(!second.confidence && !second.readiness);
        auto rating = fx.app->domain()->sessionFeedback().clientRating(fx.editor->sessionId());
        QVERIFY(rating.ok() && rating->has_value());
        QCOMPARE((*rating)->rating.listened, std::optional<int>(5));
        QCOMPARE((*rating)->rating.workedOnWhatMatters, std::optional<int>(4));
        QCOMPARE((*rating)->rating.moreAble, std::optional<int>(3));

        // The session window shows it, marked "entered by Marisol"; the counselor's own ruler has no mark.
        entry = child<QWidget>(fx.editor, QStringLiteral("goalEntry_%1").arg(fx.firstGoal.value));
        QCOMPARE(child<QSpinBox>(entry, "importanceSpin")->value(), 7);
        QCOMPARE(child<QLineEdit>(entry, "importanceWhyNotLowerEdit")->text(),
                 QStringLiteral("My daughter <b>counts</b> on me"));
        auto* mark = child<QLabel>(entry, "importanceByPersonLabel");
        QVERIFY(mark->isVisible());
        QCOMPARE(mark->text(), QStringLiteral("entered by Marisol"));
        QVERIFY(child<QLabel>(entry, "confidenceByPersonLabel")->isVisible());
        QVERIFY(!child<QLabel>(entry, "readinessByPersonLabel")->isVisible());
        // The counselor changes the person's number: it is the counselor's from then on.
        child<QSpinBox>(entry, "importanceSpin")->setValue(8);
        QVERIFY(!mark->isVisible());
        QVERIFY(fx.editor->saveNow());
        QVERIFY(!fx.stored().content.goals.at(0).importance->enteredByPerson);
        QVERIFY(fx.stored().content.goals.at(0).confidence->enteredByPerson);
    }

    // The escape test: everything an attacker at the keyboard might try, from inside client mode.
    void nothingElseCanBeReached()
    {
        ClientModeApp fx;
        QVERIFY(fx.setUp());
        // The program's own keys, gathered from every window (hidden ones too) before handing over.
        QList<QKeySequence> sequences;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            QList<QObject*> objects = w->findChildren<QObject*>();
            objects.append(w);
            for (QObject* o : objects) {
                if (auto* a = qobject_cast<QAction*>(o))
                    sequences.append(a->shortcuts());
                else if (auto* s = qobject_cast<QShortcut*>(o))
                    sequences.append(s->keys());
                else if (auto* b = qobject_cast<QAbstractButton*>(o))
                    sequences.append(b->shortcut());
            }
        }
        QVERIFY2(sequences.size() > 10, "the program's shortcuts were not found");
        const QKeySequence lockKeys(QStringLiteral("Ctrl+L"));
        QVERIFY(sequences.contains(lockKeys));
        sequences.removeAll(lockKeys); // the lock is tried last: it must lock
        for (const char* keys :
             {"Ctrl+F",         "Ctrl+N", "Ctrl+O",    "Ctrl+P",       "Ctrl+S", "Ctrl+Q",      "Ctrl+W", "Ctrl+Tab",
              "Ctrl+Shift+Tab", "Alt+F",  "Alt+E",     "Alt+V",        "Alt+H",  "Alt+G",       "Alt+T",  "Alt+R",
              "Escape",         "Ctrl+V", "Shift+Ins", "Ctrl+Shift+V", "Alt+F4", "Ctrl+Return", "Menu"})
            sequences.append(QKeySequence(QString::fromLatin1(keys)));
        for (int i = 1; i <= 9; ++i)
            sequences.append(QKeySequence(QStringLiteral("Ctrl+%1").arg(i)));
        for (int i = 1; i <= 12; ++i)
            sequences.append(QKeySequence(QStringLiteral("F%1").arg(i)));
        sequences.removeAll(QKeySequence());
        QList<QKeySequence> unique;
        for (const QKeySequence& k : std::as_const(sequences)) {
            if (!unique.contains(k))
                unique.append(k);
        }
        sequences = unique;

        // Copied earlier from someone else's page, say: on entering, the clipboard this program owns is given up.
        QGuiApplication::clipboard()->setText(kOtherPeople.at(0));
        // Only a desktop clipboard knows who owns it (the offscreen one never says this program does); there the
        // text must be gone. Everywhere, the paste checks below show it cannot reach a field.
        const bool owned = QGuiApplication::clipboard()->ownsClipboard();
        ClientModeDialog* dialog = fx.handOver();
        QVERIFY(dialog);
        if (owned)
            QCOMPARE(QGuiApplication::clipboard()->text(), QString());
        QWidget* page = currentPage(dialog);
        QTest::mouseClick(child<QPushButton>(page, "importanceButton_5"), Qt::LeftButton);
        auto* why = child<QLineEdit>(page, "importanceWhyNotLowerEdit");
        QVERIFY(why->isVisible());

        for (const QKeySequence& keys : std::as_const(sequences)) {
            for (bool toDialog : {false, true}) {
                if (dialog->isGivingBack())
                    child<QPushButton>(dialog, "backToQuestionsButton")->click();
                why->setFocus();
                QWidget* target = toDialog ? static_cast<QWidget*>(dialog) : QApplication::focusWidget();
                QVERIFY(target);
                const QString what = QStringLiteral("%1 to %2").arg(keys.toString(), target->objectName());
                const QStringList intruders = intrudersDuring(dialog, [&] { QTest::keySequence(target, keys); });
                QVERIFY2(intruders.isEmpty(), qPrintable(what + QStringLiteral(": ") + intruders.join(u", ")));
                QVERIFY2(dialog->isVisible(), qPrintable(what));
                QVERIFY2(fx.app->vault() != nullptr, qPrintable(what));
                QVERIFY2(!fx.app->mainWindow()->isVisible() && !fx.editor->isVisible(), qPrintable(what));
                const QString shown = otherPersonShown(dialog);
                QVERIFY2(shown.isEmpty(), qPrintable(what + QStringLiteral(": ") + shown));
            }
        }
        // Escape and the window's own close (Alt+F4, the window manager) lead to the give-back step, no further.
        child<QPushButton>(dialog, "backToQuestionsButton")->click();
        QVERIFY(!dialog->isGivingBack());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isGivingBack() && dialog->isVisible());
        child<QPushButton>(dialog, "backToQuestionsButton")->click();
        QCloseEvent close;
        QApplication::sendEvent(dialog, &close);
        QVERIFY(!close.isAccepted());
        QVERIFY(dialog->isGivingBack() && dialog->isVisible());
        QVERIFY(!dialog->close());
        QVERIFY(dialog->isVisible());
        child<QPushButton>(dialog, "backToQuestionsButton")->click();

        // Right-click on everything: no menu.
        QList<QWidget*> everything = dialog->findChildren<QWidget*>();
        everything.append(dialog);
        for (QWidget* w : std::as_const(everything)) {
            const QPoint at(w->width() / 2, w->height() / 2);
            const QStringList intruders = intrudersDuring(dialog, [&] {
                QContextMenuEvent mouse(QContextMenuEvent::Mouse, at, w->mapToGlobal(at));
                QApplication::sendEvent(w, &mouse);
                QContextMenuEvent keyboard(QContextMenuEvent::Keyboard, at, w->mapToGlobal(at));
                QApplication::sendEvent(w, &keyboard);
            });
            QVERIFY2(intruders.isEmpty(), qPrintable(w->objectName() + QStringLiteral(": ") + intruders.join(u", ")));
        }

        // A file or another person's words dropped on any text field: refused.
        {
            // An ordinary field takes the same drop: the check below can tell.
            QMimeData mime;
            mime.setText(kOtherPeople.at(1));
            QLineEdit control;
            QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&control, &enter);
            QVERIFY(enter.isAccepted());
        }
        const QList<QLineEdit*> fields = dialog->findChildren<QLineEdit*>();
        QVERIFY(fields.size() >= 13); // two answers for each of six rulers, and the passphrase
        for (QLineEdit* field : fields) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(fx.dir + QStringLiteral("/vault.db"))});
            mime.setText(kOtherPeople.at(1));
            const QString before = field->text();
            QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction | Qt::MoveAction | Qt::LinkAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QApplication::sendEvent(field, &enter);
            QVERIFY2(!enter.isAccepted(), qPrintable(field->objectName()));
            // Qt moves and drops a drag only onto the widget that took it on entering (a made-up DragMove or Drop
            // cannot even be delivered without a drag under way), so refusing it there keeps a file off the field.
            QCOMPARE(field->text(), before);
        }

        // Someone else's name on the clipboard again (copied by another program, say): no paste of any kind.
        QGuiApplication::clipboard()->setText(kOtherPeople.at(1));
        QLineEdit control; // an ordinary field does paste it: the clipboard really holds it
        control.paste();
        QCOMPARE(control.text(), kOtherPeople.at(1));
        auto* help = child<QLineEdit>(page, "importanceWhatWouldHelpEdit");
        for (QLineEdit* field : {why, help}) {
            field->setText(QString()); // the Alt+letter keys above typed their letters: Alt is not a shortcut here
            field->setFocus();
            QTest::keySequence(field, QKeySequence::Paste);
            QTest::keyClick(field, Qt::Key_V, Qt::ControlModifier);
            QTest::keyClick(field, Qt::Key_Insert, Qt::ShiftModifier);
            QTest::mouseClick(field, Qt::MiddleButton);
            QCOMPARE(field->text(), QString());
            QTest::keyClicks(field, QStringLiteral("typed"));
            QCOMPARE(field->text(), QStringLiteral("typed")); // typing still works
        }
        QCOMPARE(otherPersonShown(dialog), QString());

        // The lock key locks: the unlock window, nothing of the vault left showing, what was typed saved.
        const SessionId session = fx.editor->sessionId();
        why->setFocus();
        QTest::keyClick(why, Qt::Key_L, Qt::ControlModifier);
        onlyTheUnlockWindowShows(*fx.app);
        unlockByTyping(*fx.app);
        auto stored = fx.app->domain()->sessions().session(session);
        QVERIFY(stored.ok());
        RulerScore expected{5, QStringLiteral("typed"), QStringLiteral("typed")};
        expected.enteredByPerson = true;
        QCOMPARE(stored->content.goals.at(0).importance, std::optional<RulerScore>(expected));
    }

    // The idle lock (the same path it takes when nobody touches the laptop) and the give-back step's own Lock
    // button each lock from client mode exactly as Ctrl+L does.
    void locksFromClientMode_data()
    {
        QTest::addColumn<bool>("idle");
        QTest::addRow("idle lock") << true;
        QTest::addRow("Lock Continuum button") << false;
    }
    void locksFromClientMode()
    {
        QFETCH(bool, idle);
        ClientModeApp fx;
        QVERIFY(fx.setUp());
        ClientModeDialog* dialog = fx.handOver();
        QVERIFY(dialog);
        QPointer<ClientModeDialog> guard(dialog);
        const SessionId session = fx.editor->sessionId();
        QWidget* page = currentPage(dialog);
        pickByKeyboard(page, QStringLiteral("importance"), 3);
        QTest::keyClicks(child<QLineEdit>(page, "importanceWhyNotLowerEdit"), QStringLiteral("I tried once"));
        QSignalSpy locked(fx.app.get(), &AppController::vaultLocked);
        if (idle) {
            ManualTimers::Timer* timer = fx.timers.find("idle-lock");
            QVERIFY(timer);
            QVERIFY(timer->fire());
        } else {
            child<QPushButton>(dialog, "clientModeDoneButton")->click();
            QVERIFY(dialog->isGivingBack());
            child<QPushButton>(dialog, "clientModeLockButton")->click();
        }
        QTRY_COMPARE(locked.count(), 1);
        onlyTheUnlockWindowShows(*fx.app);
        QTRY_VERIFY(!guard);
        unlockByTyping(*fx.app);
        auto stored = fx.app->domain()->sessions().session(session);
        QVERIFY(stored.ok());
        QVERIFY(stored->content.goals.at(0).importance);
        QCOMPARE(stored->content.goals.at(0).importance->value, 3);
        QCOMPARE(stored->content.goals.at(0).importance->whyNotLower, QStringLiteral("I tried once"));
        QVERIFY(stored->content.goals.at(0).importance->enteredByPerson);
        const QString uuid = stored->uuid.toString(QUuid::WithoutBraces);
        QCOMPARE(handOverEntries(*fx.app->domain()),
                 QStringList({QStringLiteral("hand-over session ") + uuid,
                              QStringLiteral("hand-back session ") + uuid + QStringLiteral(" lock")}));
    }

    // A lock asked for while the passphrase is being checked waits for the check (the vault it reads stays
    // open until then), then locks.
    void aLockWhileCheckingThePassphraseWaits()
    {
        ClientModeApp fx;
        QVERIFY(fx.setUp());
        ClientModeDialog* dialog = fx.handOver();
        QVERIFY(dialog);
        child<QPushButton>(dialog, "clientModeDoneButton")->click();
        giveBackWith(dialog, QStringLiteral("a wrong one"));
        QVERIFY(dialog->isBusy());
        QSignalSpy locked(fx.app.get(), &AppController::vaultLocked);
        fx.app->lock();
        QVERIFY(fx.app->vault() != nullptr);
        QTRY_COMPARE(locked.count(), 1);
        onlyTheUnlockWindowShows(*fx.app);
    }

    // The page with the most on it (a ruler with both answers asked) fits a 1366×768 laptop screen without
    // scrolling, in the large type. Run on such a screen by CTest (see CMakeLists.txt).
    void everyPageFitsTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addRow("English") << QStringLiteral("en");
        QTest::addRow("Spanish") << QStringLiteral("es"); // longer words: "0 = todavía no es momento"
    }

    void everyPageFitsTheScreen()
    {
        QFETCH(QString, language);
        QTranslator spanish;
        if (language == QStringLiteral("es"))
            QVERIFY2(spanish.load(QStringLiteral(CONTINUUM_ES_QM)), CONTINUUM_ES_QM);
        const auto uninstall = qScopeGuard([&spanish] { QCoreApplication::removeTranslator(&spanish); });
        ClientModeApp fx;
        QVERIFY(fx.setUp());
        // A goal of three long sentences, in the person's words.
        GoalFields f;
        f.clientWords =
            QStringLiteral("I want to keep my room at the shelter through the winter, because it is warm and the "
                           "staff know me. I want to get there before the doors close at nine, even on the "
                           "days I go to see my sister across town. And I want to keep my things safe there.");
        f.lifeArea = LifeArea::Housing;
        auto longGoal = fx.app->domain()->goals().create(fx.marisol, f, {});
        QVERIFY(longGoal.ok());
        fx.editor->addGoal(longGoal.value());
        ClientModeDialog* dialog = fx.handOver(language == QStringLiteral("es") ? &spanish : nullptr);
        QVERIFY(dialog);
        if (language == QStringLiteral("es"))
            QVERIFY2(dialog->windowTitle() != QStringLiteral("Your turn"), "the Spanish words did not load");
        const QRect screen = dialog->screen()->geometry();
        if (qEnvironmentVariableIsSet("CONTINUUM_EXPECT_SCREEN"))
            QCOMPARE(QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height()),
                     qEnvironmentVariable("CONTINUUM_EXPECT_SCREEN"));
        QTRY_COMPARE(dialog->size(), screen.size()); // the whole screen (offscreen leaves it where it was placed)
        auto* pages = child<QStackedWidget>(dialog, "clientModePages");
        for (int i = 0; i < pages->count(); ++i) {
            QWidget* page = pages->widget(i);
            if (page->objectName() == QStringLiteral("clientModeGiveBackPage"))
                child<QPushButton>(dialog, "clientModeDoneButton")->click();
            else
                pages->setCurrentIndex(i);
            // A number in the middle asks both questions: the fullest a ruler's page gets.
            if (page->objectName().startsWith(QStringLiteral("clientModeRulerPage_")))
                QTest::mouseClick(
                    page->findChildren<QPushButton*>(QRegularExpression(QStringLiteral("Button_5$"))).first(),
                    Qt::LeftButton);
            QCoreApplication::processEvents();
            QVERIFY2(
                dialog->minimumSizeHint().height() <= screen.height(),
                qPrintable(
                    QStringLiteral("%1 needs %2 px").arg(page->objectName()).arg(dialog->minimumSizeHint().height())));
            for (QWidget* w : page->findChildren<QWidget*>()) {
                if (!w->isVisible())
                    continue;
                const QRect where(w->mapTo(dialog, QPoint(0, 0)), w->size());
                QVERIFY2(
                    dialog->rect().contains(where),
                    qPrintable(
                        QStringLiteral("%1 on %2 is outside the screen").arg(w->objectName(), page->objectName())));
            }
            // The end words of a ruler on one line wherever the row has room for them.
            if (page->objectName().startsWith(QStringLiteral("clientModeRulerPage_"))) {
                const QString wrapped = endWordsWrappedWithRoomToSpare(page);
                QVERIFY2(wrapped.isEmpty(), qPrintable(wrapped));
            }
            // Every button shows its words with the style's room around them.
            for (QPushButton* b : dialog->findChildren<QPushButton*>()) {
                if (b->isVisible()) {
                    const QString tight = buttonWithoutPadding(b);
                    QVERIFY2(tight.isEmpty(), qPrintable(tight));
                }
            }
            saveScreenshot(dialog, language == QStringLiteral("en") ? QStringLiteral("client-mode-%1").arg(i)
                                                                    : QStringLiteral("client-mode-es-%1").arg(i));
            if (dialog->isGivingBack())
                child<QPushButton>(dialog, "backToQuestionsButton")->click();
        }
    }
};

QTEST_MAIN(TestClientMode)
#include "tst_clientmode.moc"
