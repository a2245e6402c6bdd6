// SPDX-License-Identifier: GPL-3.0-or-later
// The wheel never changes a value by accident: over a ruler slider, a stage combo, a spin box or a date
// that does not have focus it scrolls the form; once the control has focus, it is for the control.
#include "common/WheelGuard.h"
#include "sessions/SessionForm.h"
#include "support/UiTestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QWheelEvent>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

/// What the control holds, as text, whatever kind it is.
QString valueOf(const QWidget* w)
{
    if (auto* combo = qobject_cast<const QComboBox*>(w))
        return QString::number(combo->currentIndex());
    if (auto* date = qobject_cast<const QDateEdit*>(w))
        return date->date().toString(Qt::ISODate);
    if (auto* spin = qobject_cast<const QSpinBox*>(w))
        return spin->text();
    if (auto* slider = qobject_cast<const QAbstractSlider*>(w))
        return QString::number(slider->value());
    return {};
}

void turnWheel(QWidget* w, int delta)
{
    const QPointF pos(w->width() / 2.0, w->height() / 2.0);
    QWheelEvent wheel(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &wheel);
}

} // namespace

class TestWheelGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        WheelGuard::install(qApp);
        WheelGuard::install(qApp); // a second call adds nothing
        QCOMPARE(qApp->findChildren<WheelGuard*>().size(), 1);
    }

    void theWheelScrollsUnlessTheControlHasFocus_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addRow("ruler slider") << QStringLiteral("importanceSlider");
        QTest::addRow("ruler number") << QStringLiteral("importanceSpin");
        QTest::addRow("stage combo") << QStringLiteral("stageCombo");
        QTest::addRow("duration spin box") << QStringLiteral("durationSpin");
        QTest::addRow("session date") << QStringLiteral("sessionDateEdit");
        QTest::addRow("setting combo") << QStringLiteral("settingCombo");
    }

    void theWheelScrollsUnlessTheControlHasFocus()
    {
        QFETCH(QString, name);
        SessionForm form;
        form.setClientGoals({{GoalId(11), QStringLiteral("Stop using alone")}});
        SessionContent c;
        c.date = QDate(2024, 3, 14);
        c.durationMinutes = 30;
        SessionGoalEntry e;
        e.goalId = GoalId(11);
        e.importance = RulerScore{5, QString(), QString()};
        c.goals = {e};
        form.setContent(c);
        form.resize(900, 300); // the form is taller than this: it scrolls
        form.show();
        QApplication::setActiveWindow(&form);
        QVERIFY(QTest::qWaitForWindowActive(&form));

        auto* control = child<QWidget>(&form, name);
        QVERIFY(control);
        QCOMPARE(control->focusPolicy(), Qt::StrongFocus); // the wheel does not give it focus
        QScrollBar* bar = form.scrollArea()->verticalScrollBar();
        QVERIFY(bar->maximum() > 0);
        form.scrollArea()->ensureWidgetVisible(control);
        const int scrolled = bar->value();
        QVERIFY(scrolled < bar->maximum());
        child<QListWidget>(&form, "sessionSectionList")->setFocus();
        QTRY_VERIFY(!control->hasFocus());

        const QString before = valueOf(control);
        turnWheel(control, -120);
        QCOMPARE(valueOf(control), before);
        QVERIFY2(bar->value() > scrolled, "the form did not scroll");
        QVERIFY(!control->hasFocus());

        // With focus, the wheel is for the control.
        control->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(control->hasFocus());
        const int still = bar->value();
        turnWheel(control, -120);
        QVERIFY2(valueOf(control) != before, qPrintable(valueOf(control)));
        QCOMPARE(bar->value(), still);
    }

    void theScrollBarsAndListsStillTakeTheWheel()
    {
        SessionForm form;
        form.resize(900, 300);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QScrollBar* bar = form.scrollArea()->verticalScrollBar();
        QVERIFY(!WheelGuard::isGuarded(bar));
        QVERIFY(!WheelGuard::isGuarded(form.scrollArea()));
        turnWheel(form.scrollArea()->viewport(), -120);
        QVERIFY(bar->value() > 0);
    }
};

QTEST_MAIN(TestWheelGuard)
#include "tst_wheelguard.moc"
