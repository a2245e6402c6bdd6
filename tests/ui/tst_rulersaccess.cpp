// SPDX-License-Identifier: GPL-3.0-or-later
// Access (issue 14): a readiness ruler is read and set without a mouse and without seeing the slider — its
// number box and slider are named with the ruler and what its ends mean, describe the ruler as it would be saved
// ("7 out of 10", "not asked", or the error for a number outside 0–10) and announce every change; the keyboard
// alone sets it and the draft saves it. The readiness chart on a person's page has a text equivalent: a table
// Tab reaches from the chart, one row per session, with the goal and the person's words exactly as stored.
#include "MainWindow.h"
#include "UiHooks.h"
#include "domain/Domain.h"
#include "goals/ReadinessChart.h"
#include "goals/ReadinessTableModel.h"
#include "sessions/SessionEditor.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "views/ClientPage.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSet>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

// Qt drops every accessibility event while no assistive technology has turned accessibility on: QAccessible::
// updateAccessibility() returns before it reaches an update handler, and the offscreen platform never turns it
// on. As Qt's own accessibility tests do, the test turns it on through the platform's QPlatformAccessibility
// (Qt's platform headers, qt6-base-private-dev); offscreen has no accessibility of its own, so the base class's
// is the one QAccessible::isActive() asks, and initTestCase() checks that it now says yes.
#include <private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

// The person's words, with accents, a combining mark and characters beyond the basic plane: shown byte for byte.
const QString kGoalWords = QStringLiteral("Dejar de usar solo, por mi niña 🌻 — ¿sí?");
const QString kWhyNotLower = QStringLiteral("Por mi niña 🌻 y por mí, Zoe\u0308"); // e + combining diaeresis
const QString kWhatWouldHelp = QStringLiteral("Que Andrés me acompañe 🤝");
const QString kReadinessWhy = QStringLiteral("Ya empecé ✓ (con naloxona)");

const QString kImportanceName = QStringLiteral("Importance, 0 = not at all important, 10 = very important");

struct Fixture {
    QTemporaryDir tmp;
    SystemClock clock;
    Workspace workspace{clock};
    Domain* domain = nullptr;
    ClientId client;
    GoalId goal;
    GoalId otherGoal;

    Fixture()
    {
        if (!workspace.open(test::createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}))
            qFatal("cannot open the test vault");
        domain = &workspace.domain();
        if (!domain->counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")}))
            qFatal("cannot set the counselor");
        Client c;
        c.chosenName = QStringLiteral("Marisol");
        client = domain->clients().create(c).value();
        GoalFields f;
        f.clientWords = kGoalWords;
        f.lifeArea = LifeArea::SubstanceUse;
        f.position = ContinuumPosition::SaferUse;
        goal = domain->goals().create(client, f, {}).value();
        GoalFields other;
        other.clientWords = QStringLiteral("Keep my room");
        other.lifeArea = LifeArea::Housing;
        auto created = domain->goals().create(client, other, {});
        if (!created)
            qFatal("cannot add the second goal: %s", qPrintable(created.error().detail));
        otherGoal = created.value();
    }

    /// A draft with one entry for the goal: confidence 3, the other rulers not asked.
    SessionId draft(const QDate& date)
    {
        SessionContent content;
        content.date = date;
        SessionGoalEntry e;
        e.goalId = goal;
        e.confidence = RulerScore{3, QString(), QString()};
        content.goals = {e};
        return domain->sessions().createDraft(client, content).value();
    }
};

/// Turns Qt's accessibility on or off, as a screen reader starting or stopping would.
void setAccessibilityActive(bool active)
{
    if (QGuiApplicationPrivate::platform_integration)
        QGuiApplicationPrivate::platform_integration->accessibility()->setActive(active);
}

/// What assistive technology was told, as the update handler heard it.
struct Heard {
    QAccessible::Event type;
    QObject* object;
    QVariant value;
};
QList<Heard> g_heard;

void listen(QAccessibleEvent* event)
{
    QVariant value;
    if (event->type() == QAccessible::ValueChanged)
        value = static_cast<QAccessibleValueChangeEvent*>(event)->value();
    g_heard.append({event->type(), event->object(), value});
}

/// The value changes announced for `object` since the list was last cleared.
QList<QVariant> valueChangesOf(const QObject* object)
{
    QList<QVariant> out;
    for (const Heard& h : g_heard) {
        if (h.type == QAccessible::ValueChanged && h.object == object)
            out.append(h.value);
    }
    return out;
}

QString accessibleText(QWidget* w, QAccessible::Text t)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(t) : QStringLiteral("(no accessible interface)");
}

/// The person's words as the table quotes them, in UTF-8.
QByteArray quoted(const QString& words)
{
    return QStringLiteral("“%1”").arg(words).toUtf8();
}

/// Presses key on whatever has the keyboard focus, as a person would.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* focus = QApplication::focusWidget();
    QVERIFY2(focus, "nothing has the keyboard focus");
    QTest::keyClick(focus, key, modifiers);
}

} // namespace

class TestRulersAccess : public QObject
{
    Q_OBJECT

    QAccessible::UpdateHandler m_previousHandler = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        setAccessibilityActive(true);
        QVERIFY2(QAccessible::isActive(), "accessibility could not be turned on: no event would be heard");
    }

    void cleanupTestCase() { setAccessibilityActive(false); }

    void init()
    {
        g_heard.clear();
        m_previousHandler = QAccessible::installUpdateHandler(&listen);
    }

    void cleanup()
    {
        QAccessible::installUpdateHandler(m_previousHandler);
        UiHooks::reset();
    }

    void aRulerIsNamedWithItsEndsAndDescribedWithItsValue()
    {
        Fixture fx;
        const SessionId id = fx.draft(QDate::currentDate());
        SessionEditor editor(fx.workspace, fx.client, id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* entry = child<QWidget>(&editor, QStringLiteral("goalEntry_%1").arg(fx.goal.value));
        QVERIFY(entry);

        // Each ruler by name, with what 0 and 10 mean: the number box and the slider alike.
        const QList<std::pair<QString, QString>> names{
            {QStringLiteral("importance"), kImportanceName},
            {QStringLiteral("confidence"), QStringLiteral("Confidence, 0 = not at all confident, 10 = very confident")},
            {QStringLiteral("readiness"), QStringLiteral("Readiness, 0 = not at all ready, 10 = very ready")},
        };
        for (const auto& [key, name] : names) {
            auto* spin = child<QSpinBox>(entry, key + QStringLiteral("Spin"));
            auto* slider = child<QSlider>(entry, key + QStringLiteral("Slider"));
            QCOMPARE(accessibleText(spin, QAccessible::Name), name);
            QCOMPARE(accessibleText(slider, QAccessible::Name), name);
            QCOMPARE(QAccessible::queryAccessibleInterface(spin)->role(), QAccessible::SpinBox);
            QCOMPARE(QAccessible::queryAccessibleInterface(slider)->role(), QAccessible::Slider);
        }

        // Not asked is said so, though the box shows a number; an asked ruler is its number out of 10.
        auto* importance = child<QSpinBox>(entry, "importanceSpin");
        QCOMPARE(accessibleText(importance, QAccessible::Description), QStringLiteral("not asked"));
        QCOMPARE(accessibleText(child<QSlider>(entry, "importanceSlider"), QAccessible::Description),
                 QStringLiteral("not asked"));
        QCOMPARE(accessibleText(child<QCheckBox>(entry, "importanceAskedCheck"), QAccessible::Description),
                 QStringLiteral("not asked"));
        auto* confidence = child<QSpinBox>(entry, "confidenceSpin");
        QCOMPARE(accessibleText(confidence, QAccessible::Description), QStringLiteral("3 out of 10"));
        QCOMPARE(accessibleText(confidence, QAccessible::Value), QStringLiteral("3"));
        QAccessibleValueInterface* value = QAccessible::queryAccessibleInterface(confidence)->valueInterface();
        QVERIFY(value);
        QCOMPARE(value->currentValue().toInt(), 3);
        QCOMPARE(value->minimumValue().toInt(), 0);

        // At the ends, the end's meaning is said with the number; each change is announced once.
        g_heard.clear();
        confidence->setValue(0);
        QCOMPARE(accessibleText(confidence, QAccessible::Description),
                 QStringLiteral("0 out of 10, not at all confident"));
        confidence->setValue(10);
        QCOMPARE(accessibleText(confidence, QAccessible::Description), QStringLiteral("10 out of 10, very confident"));
        QCOMPARE(valueChangesOf(confidence), (QList<QVariant>{QVariant(0), QVariant(10)}));
        editor.close();
    }

    // The three rulers of a goal line up however long their titles and prompts ("Why 10 and not lower?"): every
    // slider starts at one place, and every answer box at another, also after a number changes.
    void theRulersLineUp()
    {
        Fixture fx;
        const SessionId id = fx.draft(QDate::currentDate());
        SessionEditor editor(fx.workspace, fx.client, id);
        editor.resize(1100, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        auto* entry = child<QWidget>(&editor, QStringLiteral("goalEntry_%1").arg(fx.goal.value));
        QVERIFY(entry);
        const QStringList keys{QStringLiteral("importance"), QStringLiteral("confidence"), QStringLiteral("readiness")};
        const auto leftEdges = [&](const QString& suffix) {
            QSet<int> xs;
            for (const QString& key : keys) {
                auto* w = child<QWidget>(entry, key + suffix);
                if (w && w->isVisible())
                    xs.insert(w->mapTo(entry, QPoint(0, 0)).x());
            }
            return xs;
        };
        for (int importance : {3, 10, 0}) {
            child<QSpinBox>(entry, "importanceSpin")->setValue(importance);
            child<QSpinBox>(entry, "readinessSpin")->setValue(7);
            QApplication::processEvents();
            QCOMPARE(leftEdges(QStringLiteral("Slider")).size(), 1);
            QVERIFY2(leftEdges(QStringLiteral("WhyNotLowerEdit")).size() +
                             leftEdges(QStringLiteral("WhatWouldHelpEdit")).size() >=
                         1,
                     "no answer box showing");
            QSet<int> answers = leftEdges(QStringLiteral("WhyNotLowerEdit"));
            answers.unite(leftEdges(QStringLiteral("WhatWouldHelpEdit")));
            QCOMPARE(answers.size(), 1);
        }
    }

    void theKeyboardAloneSetsARulerAndTheDraftSavesIt()
    {
        Fixture fx;
        const SessionId id = fx.draft(QDate::currentDate());
        SessionEditor editor(fx.workspace, fx.client, id);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* entry = child<QWidget>(&editor, QStringLiteral("goalEntry_%1").arg(fx.goal.value));
        QVERIFY(entry);
        auto* asked = child<QCheckBox>(entry, "importanceAskedCheck");
        auto* slider = child<QSlider>(entry, "importanceSlider");
        auto* spin = child<QSpinBox>(entry, "importanceSpin");
        auto* why = child<QLineEdit>(entry, "importanceWhyNotLowerEdit");

        // Tab reaches the check box, and from it the number box (through the slider, which Tab leaves).
        asked->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), asked);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), slider);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), spin);
        QVERIFY(!asked->isChecked());

        // A number typed is the ruler: asked, described and announced as it is typed.
        g_heard.clear();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("7"));
        QCOMPARE(spin->text(), QStringLiteral("7"));
        QVERIFY(asked->isChecked());
        QCOMPARE(accessibleText(spin, QAccessible::Description), QStringLiteral("7 out of 10"));
        QCOMPARE(accessibleText(slider, QAccessible::Description), QStringLiteral("7 out of 10"));
        QCOMPARE(valueChangesOf(spin), QList<QVariant>{QVariant(7)});
        QVERIFY(editor.saveNow());
        QCOMPARE(fx.domain->sessions().session(id)->content.goals.at(0).importance->value, 7);

        // The keys a number box and a ruler take: Up, Page Up, Home, End, Down.
        const QList<std::tuple<Qt::Key, int, QString>> keys{
            {Qt::Key_Up, 8, QStringLiteral("8 out of 10")},
            {Qt::Key_PageUp, 10, QStringLiteral("10 out of 10, very important")},
            {Qt::Key_Home, 0, QStringLiteral("0 out of 10, not at all important")},
            {Qt::Key_End, 10, QStringLiteral("10 out of 10, very important")},
            {Qt::Key_Down, 9, QStringLiteral("9 out of 10")},
            {Qt::Key_PageDown, 0, QStringLiteral("0 out of 10, not at all important")},
            {Qt::Key_Up, 1, QStringLiteral("1 out of 10")},
        };
        for (const auto& [key, number, words] : keys) {
            g_heard.clear();
            press(key);
            QCOMPARE(QApplication::focusWidget(), spin);
            QCOMPARE(spin->text(), QString::number(number));
            QCOMPARE(slider->value(), number);
            QCOMPARE(accessibleText(spin, QAccessible::Description), words);
            QVERIFY2(!valueChangesOf(spin).isEmpty(), qPrintable(words));
        }
        QVERIFY(editor.saveNow());
        QCOMPARE(fx.domain->sessions().session(id)->content.goals.at(0).importance->value, 1);

        // "12" is out of range: said so, announced, and never saved — not as 12 and not as the "1" on the way.
        press(Qt::Key_A, Qt::ControlModifier);
        g_heard.clear();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("12"));
        QCOMPARE(spin->text(), QStringLiteral("12"));
        const QString error = accessibleText(spin, QAccessible::Description);
        QCOMPARE(error, spin->property("fieldError").toString());
        QVERIFY2(error.contains(QStringLiteral("0 to 10")) && error.contains(QStringLiteral("12")), qPrintable(error));
        QCOMPARE(child<QLabel>(entry, "importanceErrorLabel")->text(), error);
        QVERIFY(!valueChangesOf(spin).isEmpty());
        QCOMPARE(accessibleText(slider, QAccessible::Description), QStringLiteral("1 out of 10")); // what stands
        press(Qt::Key_Return);
        QCOMPARE(spin->text(), QStringLiteral("12"));
        QCOMPARE(accessibleText(spin, QAccessible::Description), error);
        QVERIFY(editor.saveNow());
        QCOMPARE(fx.domain->sessions().session(id)->content.goals.at(0).importance->value, 1);

        // A number on the ruler again: the error goes, from the description too.
        press(Qt::Key_A, Qt::ControlModifier);
        g_heard.clear();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4"));
        QCOMPARE(accessibleText(spin, QAccessible::Description), QStringLiteral("4 out of 10"));
        QVERIFY(spin->property("fieldError").toString().isEmpty());
        QVERIFY(!valueChangesOf(spin).isEmpty());

        // Tab leaves the number box for the answer; Shift+Tab goes back through it to the slider, whose arrows
        // move the ruler, and Tab leaves the slider again.
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), why);
        QTest::keyClicks(why, QStringLiteral("For my kids"));
        press(Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), spin);
        press(Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), slider);
        g_heard.clear();
        press(Qt::Key_Left);
        QCOMPARE(spin->text(), QStringLiteral("3"));
        QCOMPARE(accessibleText(slider, QAccessible::Description), QStringLiteral("3 out of 10"));
        QCOMPARE(accessibleText(spin, QAccessible::Description), QStringLiteral("3 out of 10"));
        QVERIFY(!valueChangesOf(slider).isEmpty());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), spin);
        QVERIFY(editor.saveNow());
        auto stored = fx.domain->sessions().session(id);
        QCOMPARE(stored->content.goals.at(0).importance->value, 3);
        QCOMPARE(stored->content.goals.at(0).importance->whyNotLower, QStringLiteral("For my kids"));

        // Space on the check box takes the ruler back to not asked, and says so.
        asked->setFocus(Qt::BacktabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), asked);
        g_heard.clear();
        press(Qt::Key_Space);
        QVERIFY(!asked->isChecked());
        QCOMPARE(accessibleText(spin, QAccessible::Description), QStringLiteral("not asked"));
        QCOMPARE(accessibleText(asked, QAccessible::Description), QStringLiteral("not asked"));
        QVERIFY(!valueChangesOf(spin).isEmpty());
        QVERIFY(editor.saveNow());
        QVERIFY(!fx.domain->sessions().session(id)->content.goals.at(0).importance.has_value());

        // A ruler not asked before is asked by typing its number.
        auto* readinessAsked = child<QCheckBox>(entry, "readinessAskedCheck");
        readinessAsked->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), readinessAsked);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), child<QSpinBox>(entry, "readinessSpin"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("6"));
        QVERIFY(readinessAsked->isChecked());
        QVERIFY(editor.saveNow());
        QCOMPARE(fx.domain->sessions().session(id)->content.goals.at(0).readiness->value, 6);
        editor.close();
    }

    void theChartHasATableTheKeyboardReaches()
    {
        Fixture fx;
        // Two sessions with rulers for the goal: one signed, a later one still a draft.
        SessionContent first;
        first.date = QDate::currentDate().addDays(-14);
        SessionGoalEntry e;
        e.goalId = fx.goal;
        e.importance = RulerScore{7, kWhyNotLower, kWhatWouldHelp};
        e.confidence = RulerScore{4, QString(), QString()};
        first.goals = {e};
        const SessionId signedId = fx.domain->sessions().createDraft(fx.client, first).value();
        QVERIFY(fx.domain->sessions().sign(signedId).ok());
        SessionContent second;
        second.date = QDate::currentDate();
        e = SessionGoalEntry();
        e.goalId = fx.goal;
        e.importance = RulerScore{8, QString(), QString()};
        e.readiness = RulerScore{5, kReadinessWhy, QString()};
        second.goals = {e};
        QVERIFY(fx.domain->sessions().createDraft(fx.client, second).ok());

        ClientPage page(*fx.domain);
        page.resize(1100, 700);
        page.showClient(fx.client);
        auto* tabs = child<QTabWidget>(&page, "clientTabs");
        tabs->setCurrentIndex(1); // Goals
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));

        auto* chart = child<ReadinessChart>(&page, "readinessChart");
        auto* table = child<QTableView>(&page, "readinessTable");
        QVERIFY(chart && table);
        QVERIFY(table->isVisible());
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(chart->points().size(), 2);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->columnCount(), int(ReadinessTableModel::ColumnCount));
        // A row shows whole at this size, under its column names.
        QVERIFY2(table->viewport()->height() >= table->rowHeight(0), qPrintable(QString::number(table->height())));
        QCOMPARE(table->model()->headerData(ReadinessTableModel::ImportanceColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Importance"));

        const auto cell = [table](int row, int column) { return table->model()->index(row, column).data().toString(); };
        QCOMPARE(cell(0, ReadinessTableModel::DateColumn), QLocale().toString(first.date, QLocale::ShortFormat));
        QCOMPARE(cell(1, ReadinessTableModel::DateColumn),
                 QLocale().toString(second.date, QLocale::ShortFormat) + QStringLiteral(" (draft)"));
        QCOMPARE(
            table->model()->index(1, ReadinessTableModel::DateColumn).data(ReadinessTableModel::ValueRole).toDate(),
            second.date);
        for (int row : {0, 1})
            QCOMPARE(cell(row, ReadinessTableModel::GoalColumn).toUtf8(), kGoalWords.toUtf8());
        QCOMPARE(cell(0, ReadinessTableModel::ImportanceColumn), QStringLiteral("7"));
        QCOMPARE(cell(0, ReadinessTableModel::ConfidenceColumn), QStringLiteral("4"));
        QCOMPARE(cell(0, ReadinessTableModel::ReadinessColumn), QStringLiteral("not asked"));
        QCOMPARE(cell(1, ReadinessTableModel::ImportanceColumn), QStringLiteral("8"));
        QCOMPARE(cell(1, ReadinessTableModel::ConfidenceColumn), QStringLiteral("not asked"));
        QCOMPARE(cell(1, ReadinessTableModel::ReadinessColumn), QStringLiteral("5"));
        const QByteArray words0 = cell(0, ReadinessTableModel::WordsColumn).toUtf8();
        QVERIFY2(words0.contains(quoted(kWhyNotLower)), words0.constData());
        QVERIFY2(words0.contains(quoted(kWhatWouldHelp)), words0.constData());
        QVERIFY2(!words0.contains(kReadinessWhy.toUtf8()), words0.constData()); // each session its own words
        const QByteArray words1 = cell(1, ReadinessTableModel::WordsColumn).toUtf8();
        QVERIFY2(words1.contains(quoted(kReadinessWhy)), words1.constData());
        QVERIFY2(words1.startsWith("Readiness"), words1.constData());

        // What a screen reader reads: the table's name, and each cell with the words as stored.
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(table);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Table);
        QCOMPARE(iface->text(QAccessible::Name),
                 QStringLiteral("Readiness rulers over time, as a table, oldest first"));
        QAccessibleTableInterface* grid = iface->tableInterface();
        QVERIFY(grid);
        QCOMPARE(grid->rowCount(), 2);
        QAccessibleInterface* goalCell = grid->cellAt(1, ReadinessTableModel::GoalColumn);
        QVERIFY(goalCell);
        QCOMPARE(goalCell->text(QAccessible::Name).toUtf8(), kGoalWords.toUtf8());
        QCOMPARE(grid->cellAt(0, ReadinessTableModel::ImportanceColumn)->text(QAccessible::Name),
                 QStringLiteral("7 out of 10"));

        // Keyboard only: from the list of goals, Tab comes to the chart (its description read) and then the
        // table; arrows move in the table and Tab leaves it.
        auto* goals = child<QListView>(&page, "goalList");
        goals->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), goals);
        int tabs_ = 0;
        while (QApplication::focusWidget() != chart && tabs_++ < 5)
            press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), chart);
        QVERIFY(accessibleText(chart, QAccessible::Description).contains(QStringLiteral("importance 7")));
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), table);
        press(Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), 1);
        press(Qt::Key_Tab);
        QVERIFY(QApplication::focusWidget() != table);
        QVERIFY(QApplication::focusWidget() != chart);
        press(Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), table);
        press(Qt::Key_Backtab);
        QCOMPARE(QApplication::focusWidget(), chart);
        saveScreenshot(&page, QStringLiteral("rulers-chart-table"));

        // Another goal, with no rulers yet: no rows, none left over from the first goal.
        goals->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), goals);
        QCOMPARE(goals->model()->rowCount(), 2);
        press(Qt::Key_Down);
        QCOMPARE(goals->currentIndex().row(), 1);
        QCOMPARE(table->model()->rowCount(), 0);
        QVERIFY(chart->points().isEmpty());
        press(Qt::Key_Up);
        QCOMPARE(table->model()->rowCount(), 2);

        // A person no longer shown leaves nothing in the table.
        page.clear();
        QCOMPARE(table->model()->rowCount(), 0);
    }

    // The table reads well in the main window as it opens on a laptop screen, in English and in Spanish: every
    // column at least as wide as its heading, the goal and the person's words wrapped in columns wide enough to
    // read, each row as tall as its words, and room for a row without scrolling.
    void theTableReadsWellOnALaptopScreen_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::addColumn<QString>("language");
        for (const QSize& screen : {QSize(1366, 768), QSize(1280, 720)}) {
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("es")})
                QTest::addRow("%dx%d %s", screen.width(), screen.height(), qPrintable(language)) << screen << language;
        }
    }

    void theTableReadsWellOnALaptopScreen()
    {
        QFETCH(QSize, screen);
        QFETCH(QString, language);
        QTranslator spanish;
        if (language == QStringLiteral("es")) {
            QVERIFY2(spanish.load(QStringLiteral(CONTINUUM_ES_QM)), CONTINUUM_ES_QM);
            QVERIFY(QCoreApplication::installTranslator(&spanish));
        }
        const auto uninstall = qScopeGuard([&spanish] { QCoreApplication::removeTranslator(&spanish); });
        Fixture fx;
        // A signed session with answers of a sentence or two, and a later draft.
        SessionContent first;
        first.date = QDate::currentDate().addDays(-14);
        SessionGoalEntry e;
        e.goalId = fx.goal;
        e.importance =
            RulerScore{7,
                       QStringLiteral("Porque quiero estar para mi niña cuando salga de la escuela, y porque la última "
                                      "vez que usé solo me asusté mucho 🌻"),
                       kWhatWouldHelp};
        e.confidence = RulerScore{4, QString(), QString()};
        first.goals = {e};
        const SessionId signedId = fx.domain->sessions().createDraft(fx.client, first).value();
        QVERIFY(fx.domain->sessions().sign(signedId).ok());
        SessionContent second;
        second.date = QDate::currentDate();
        e = SessionGoalEntry();
        e.goalId = fx.goal;
        e.readiness = RulerScore{5, kReadinessWhy, QString()};
        second.goals = {e};
        QVERIFY(fx.domain->sessions().createDraft(fx.client, second).ok());

        // The main window as the program first opens it on this screen: 1100x700, shrunk to fit under the title
        // bar (what fitToScreen gives; the test's screen is 1366x768, so the smaller one is sized here).
        MainWindow window(fx.workspace);
        window.resize(std::min(1100, screen.width()), std::min(700, screen.height() - 48));
        window.openClient(fx.client);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tabs = child<QTabWidget>(&window, "clientTabs");
        tabs->setCurrentIndex(1); // Goals
        auto* table = child<QTableView>(&window, "readinessTable");
        QVERIFY(table);
        QTRY_VERIFY(table->isVisible());
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        saveScreenshot(
            &window,
            QStringLiteral("rulers-chart-table-%1x%2-%3").arg(screen.width()).arg(screen.height()).arg(language));
        if (language == QStringLiteral("es"))
            QVERIFY2(table->model()->headerData(ReadinessTableModel::ImportanceColumn, Qt::Horizontal).toString() !=
                         QStringLiteral("Importance"),
                     "the Spanish words did not load");

        QHeaderView* header = table->horizontalHeader();
        const QFontMetrics fm = table->fontMetrics();
        for (int column = 0; column < table->model()->columnCount(); ++column) {
            const QString heading = table->model()->headerData(column, Qt::Horizontal).toString();
            QVERIFY2(table->columnWidth(column) >= header->sectionSizeHint(column),
                     qPrintable(QStringLiteral("“%1” is %2 px wide; its heading needs %3")
                                    .arg(heading)
                                    .arg(table->columnWidth(column))
                                    .arg(header->sectionSizeHint(column))));
        }
        // The goal and the person's words: a dozen letters to a line at the least, never a word a line.
        for (int column : {int(ReadinessTableModel::GoalColumn), int(ReadinessTableModel::WordsColumn)})
            QVERIFY2(table->columnWidth(column) >= 12 * fm.averageCharWidth(),
                     qPrintable(QString::number(table->columnWidth(column))));
        QCOMPARE(table->horizontalScrollBar()->maximum(), 0); // nothing off to the side
        // A date is never broken over lines (a "(draft)" after it may go to the next).
        const int margins = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QDate date = table->model()
                                   ->index(row, ReadinessTableModel::DateColumn)
                                   .data(ReadinessTableModel::ValueRole)
                                   .toDate();
            const QString text = QLocale().toString(date, QLocale::ShortFormat);
            QVERIFY2(table->columnWidth(ReadinessTableModel::DateColumn) >= fm.horizontalAdvance(text) + margins,
                     qPrintable(text));
        }

        // Every cell shows whole: what the style needs to draw its words, wrapped at the column's width, fits the
        // row (asked of the style itself, not of the view's delegate).
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int column = 0; column < table->model()->columnCount(); ++column) {
                const QModelIndex index = table->model()->index(row, column);
                QStyleOptionViewItem option;
                option.initFrom(table);
                option.widget = table;
                option.rect = QRect(0, 0, table->columnWidth(column), table->rowHeight(row));
                option.text = index.data().toString();
                option.font = table->font();
                option.fontMetrics = fm;
                option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::WrapText;
                const QSize need = table->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), table);
                QVERIFY2(need.height() <= table->rowHeight(row),
                         qPrintable(QStringLiteral("row %1, “%2”: %3 px high, its words need %4")
                                        .arg(row)
                                        .arg(option.text)
                                        .arg(table->rowHeight(row))
                                        .arg(need.height())));
            }
        }
        // At least the first row shows whole without scrolling.
        QVERIFY2(
            table->viewport()->height() >= table->rowHeight(0),
            qPrintable(
                QStringLiteral("%1 px for a row of %2").arg(table->viewport()->height()).arg(table->rowHeight(0))));
        window.prepareForLock();
    }
};

QTEST_MAIN(TestRulersAccess)
#include "tst_rulersaccess.moc"
