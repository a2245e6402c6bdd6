// SPDX-License-Identifier: GPL-3.0-or-later
// Colours and text size from Preferences: applied at once, back to the system's on request, and readable
// (WCAG 2.2 AA contrast for every text/background pair the palettes define).
#include "common/Appearance.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace continuum::ui;

namespace {

double channel(int c)
{
    const double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { QSettings().clear(); }

    void contrastMeetsAA_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addRow("light") << int(Theme::Light);
        QTest::addRow("dark") << int(Theme::Dark);
    }
    void contrastMeetsAA()
    {
        QFETCH(int, theme);
        const QPalette p = paletteFor(Theme(theme), QPalette());
        struct Pair {
            QPalette::ColorGroup group;
            QPalette::ColorRole fg, bg;
            const char* what;
        };
        const Pair pairs[] = {
            {QPalette::Active, QPalette::WindowText, QPalette::Window, "window text"},
            {QPalette::Active, QPalette::Text, QPalette::Base, "field text"},
            {QPalette::Active, QPalette::Text, QPalette::AlternateBase, "alternate row text"},
            {QPalette::Active, QPalette::ButtonText, QPalette::Button, "button text"},
            {QPalette::Active, QPalette::HighlightedText, QPalette::Highlight, "selected text"},
            {QPalette::Active, QPalette::Link, QPalette::Base, "link"},
            {QPalette::Active, QPalette::ToolTipText, QPalette::ToolTipBase, "tooltip"},
            {QPalette::Active, QPalette::PlaceholderText, QPalette::Base, "placeholder"},
            {QPalette::Active, QPalette::BrightText, QPalette::Window, "warning text"},
            {QPalette::Disabled, QPalette::WindowText, QPalette::Window, "disabled text"},
            {QPalette::Disabled, QPalette::ButtonText, QPalette::Button, "disabled button text"},
        };
        for (const Pair& pair : pairs) {
            const double ratio = contrast(p.color(pair.group, pair.fg), p.color(pair.group, pair.bg));
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("%1: %2:1").arg(QLatin1String(pair.what)).arg(ratio, 0, 'f', 2)));
        }
        // The focus ring and selection are told apart from the background (non-text contrast, 3:1).
        QVERIFY(contrast(p.color(QPalette::Highlight), p.color(QPalette::Base)) >= 3.0);
    }

    void appliedAtOnceAndBackToTheSystem()
    {
        auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
        QVERIFY(app);
        const QColor systemWindow = QApplication::palette().color(QPalette::Window);
        const qreal systemSize = QApplication::font().pointSizeF();
        QVERIFY(systemSize > 0);

        applyAppearance(*app, {Theme::Dark, 150});
        QVERIFY(luminance(QApplication::palette().color(QPalette::Window)) < 0.05);
        QCOMPARE(QApplication::font().pointSizeF(), systemSize * 1.5);
        // A widget made now, and one made before, both follow.
        QWidget w;
        QCOMPARE(w.palette().color(QPalette::Window), QApplication::palette().color(QPalette::Window));

        applyAppearance(*app, {Theme::Light, 100});
        QVERIFY(luminance(QApplication::palette().color(QPalette::Window)) > 0.8);
        QCOMPARE(QApplication::font().pointSizeF(), systemSize);

        applyAppearance(*app, {Theme::System, 100});
        QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    }

    void keptInTheSettings()
    {
        saveAppearance({Theme::Dark, 130});
        const AppearanceSettings a = loadAppearance();
        QCOMPARE(int(a.theme), int(Theme::Dark));
        QCOMPARE(a.textPercent, 130);
        // A value out of range from a hand-edited file is brought back into range.
        QSettings().setValue(QStringLiteral("ui/textPercent"), 900);
        QCOMPARE(loadAppearance().textPercent, 200);
        QSettings().setValue(QStringLiteral("ui/theme"), QStringLiteral("purple"));
        QCOMPARE(int(loadAppearance().theme), int(Theme::System));
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
