// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Appearance.h"

#include <QApplication>
#include <QFont>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace continuum::ui {

namespace {

const QString kThemeKey = QStringLiteral("ui/theme");
const QString kTextKey = QStringLiteral("ui/textPercent");

struct SystemLook {
    QPalette palette;
    qreal pointSize = 0;
    QString styleName;
};

// What the desktop gave the application before any preference was applied, so that "follow the system"
// and 100 % can go back to it.
SystemLook& systemLook()
{
    static SystemLook look;
    return look;
}

} // namespace

AppearanceSettings loadAppearance()
{
    QSettings settings;
    AppearanceSettings a;
    const QString theme = settings.value(kThemeKey).toString();
    a.theme = theme == QStringLiteral("light")  ? Theme::Light
              : theme == QStringLiteral("dark") ? Theme::Dark
                                                : Theme::System;
    a.textPercent = qBound(80, settings.value(kTextKey, 100).toInt(), 200);
    return a;
}

void saveAppearance(const AppearanceSettings& a)
{
    QSettings settings;
    settings.setValue(kThemeKey, a.theme == Theme::Light  ? QStringLiteral("light")
                                 : a.theme == Theme::Dark ? QStringLiteral("dark")
                                                          : QStringLiteral("system"));
    settings.setValue(kTextKey, qBound(80, a.textPercent, 200));
}

QPalette paletteFor(Theme theme, const QPalette& systemPalette)
{
    if (theme == Theme::System)
        return systemPalette;
    QPalette p;
    const bool dark = theme == Theme::Dark;
    // Contrast ratios (WCAG 2.2): text 15.3:1 (light) and 13.9:1 (dark); disabled text stays above 4.5:1;
    // links and highlights above 4.5:1 against their backgrounds.
    const QColor window = dark ? QColor(0x1e, 0x1f, 0x22) : QColor(0xf4, 0xf4, 0xf2);
    const QColor base = dark ? QColor(0x26, 0x27, 0x2b) : QColor(0xff, 0xff, 0xff);
    const QColor alternate = dark ? QColor(0x2d, 0x2e, 0x33) : QColor(0xf0, 0xf1, 0xee);
    const QColor text = dark ? QColor(0xec, 0xec, 0xec) : QColor(0x1a, 0x1a, 0x1a);
    const QColor disabled = dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x5f, 0x5f, 0x5f);
    const QColor button = dark ? QColor(0x32, 0x33, 0x38) : QColor(0xe8, 0xe8, 0xe6);
    const QColor highlight = dark ? QColor(0x7a, 0xb7, 0xff) : QColor(0x1f, 0x5f, 0xa8);
    const QColor highlightText = dark ? QColor(0x10, 0x10, 0x10) : QColor(0xff, 0xff, 0xff);
    const QColor link = dark ? QColor(0x8c, 0xc4, 0xff) : QColor(0x1a, 0x56, 0x9c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternate);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, highlightText);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link);
    p.setColor(QPalette::BrightText, dark ? QColor(0xff, 0x9b, 0x9b) : QColor(0xa1, 0x1d, 0x1d));
    p.setColor(QPalette::Light, dark ? QColor(0x45, 0x46, 0x4c) : QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, dark ? QColor(0x3a, 0x3b, 0x40) : QColor(0xdc, 0xdc, 0xda));
    p.setColor(QPalette::Mid, dark ? QColor(0x5a, 0x5b, 0x61) : QColor(0xa8, 0xa8, 0xa6));
    p.setColor(QPalette::Dark, dark ? QColor(0x12, 0x12, 0x14) : QColor(0x80, 0x80, 0x7e));
    p.setColor(QPalette::Shadow, QColor(0, 0, 0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, dark ? QColor(0x4a, 0x4b, 0x50) : QColor(0xb8, 0xb8, 0xb6));
    return p;
}

void applyAppearance(QApplication& app, const AppearanceSettings& a)
{
    SystemLook& look = systemLook();
    if (look.pointSize <= 0) {
        look.palette = QApplication::palette();
        look.pointSize = QApplication::font().pointSizeF();
        look.styleName = app.style() ? app.style()->name() : QString();
    }
    // A palette of our own needs a style that draws with it (some desktop styles ignore the palette).
    if (a.theme != Theme::System) {
        if (app.style() && app.style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    } else if (!look.styleName.isEmpty() && app.style() && app.style()->name() != look.styleName) {
        QApplication::setStyle(QStyleFactory::create(look.styleName));
    }
    QApplication::setPalette(paletteFor(a.theme, look.palette));
    QFont font = QApplication::font();
    if (look.pointSize > 0)
        font.setPointSizeF(look.pointSize * qBound(80, a.textPercent, 200) / 100.0);
    QApplication::setFont(font);
}

QString savedLanguage()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

} // namespace continuum::ui
