// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Appearance.h"

#include "common/FocusRingDelegate.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QFont>
#include <QPainter>
#include <QProxyStyle>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTabBar>

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

/// The style the application draws with, wrapped so that keyboard focus is always visible (WCAG 2.2: a mark
/// that stands out 3:1 from what was there). Some styles draw it too faintly to see (Fusion tints the focus
/// frame of a button, a check box, a tab at a third of its strength, and marks a text box or a list not at
/// all): here it is a solid ring in the palette's highlight colour, or its text colour where the highlight
/// would not stand out from the window.
class FocusRingStyle final : public QProxyStyle
{
public:
    explicit FocusRingStyle(QStyle* base)
        : QProxyStyle(base)
    {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override
    {
        if (element == PE_FrameFocusRect) {
            // Check boxes, radio buttons, tool buttons: drawn whenever the style asks, which is whenever the
            // widget has focus (a click gives focus as visibly as Tab does). Push buttons and tabs get theirs in
            // drawControl, where every style draws them.
            if (!qobject_cast<const QPushButton*>(widget) && !qobject_cast<const QTabBar*>(widget))
                drawRing(painter, option->rect, option->palette, kRingWidth);
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // A text box, a list, a table, a scroll area: the ring on its frame (the viewport covers the rest), so a
        // list with no row to mark, or a text box whose caret is blinking off, still shows it has focus.
        if (element == PE_Frame && (option->state & State_HasFocus) &&
            qobject_cast<const QAbstractScrollArea*>(widget)) {
            const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option);
            const int width = frame ? qBound(1, frame->lineWidth, kRingWidth) : 1;
            drawRing(painter, option->rect, option->palette, width);
        }
    }

    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget) const override
    {
        QProxyStyle::drawControl(element, option, painter, widget);
        // A push button, around its edge; the current tab of a tab bar that has focus, inside its edge (some
        // styles draw neither, or only after a Tab key press).
        if (element == CE_PushButton && (option->state & State_HasFocus)) {
            drawRing(painter, option->rect.adjusted(1, 1, -1, -1), option->palette, kRingWidth);
        } else if (element == CE_TabBarTab) {
            const auto* bar = qobject_cast<const QTabBar*>(widget);
            const bool current = bar && bar->hasFocus() && option->rect == bar->tabRect(bar->currentIndex());
            if ((option->state & State_HasFocus) || current)
                drawRing(painter, option->rect.adjusted(2, 2, -2, -2), option->palette, kRingWidth);
        }
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget) const override
    {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        // A combo box and a slider draw their own focus, faintly or not at all: the ring goes around them.
        if ((control == CC_ComboBox || control == CC_Slider) && (option->state & State_HasFocus))
            drawRing(painter, option->rect, option->palette, kRingWidth);
    }

private:
    static constexpr int kRingWidth = FocusRingDelegate::kRingWidth;

    static QColor ringColor(const QPalette& palette)
    {
        const QColor around = palette.color(QPalette::Active, QPalette::Window);
        const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
        if (FocusRingDelegate::contrast(highlight, around) >= 3.0)
            return highlight;
        return palette.color(QPalette::Active, QPalette::WindowText);
    }

    static void drawRing(QPainter* painter, const QRect& rect, const QPalette& palette, int width)
    {
        if (rect.width() <= 2 * width || rect.height() <= 2 * width)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setPen(Qt::NoPen);
        painter->setBrush(ringColor(palette));
        painter->drawRect(QRect(rect.left(), rect.top(), rect.width(), width));
        painter->drawRect(QRect(rect.left(), rect.bottom() - width + 1, rect.width(), width));
        painter->drawRect(QRect(rect.left(), rect.top() + width, width, rect.height() - 2 * width));
        painter->drawRect(QRect(rect.right() - width + 1, rect.top() + width, width, rect.height() - 2 * width));
        painter->restore();
    }
};

/// Puts the named style (empty: the application's default), wrapped in FocusRingStyle, in place, unless it is
/// there already.
void useStyle(QApplication& app, const QString& name)
{
    if (const auto* current = dynamic_cast<const FocusRingStyle*>(app.style())) {
        const QStyle* base = current->baseStyle();
        if (name.isEmpty() || (base && base->name().compare(name, Qt::CaseInsensitive) == 0))
            return;
    }
    QStyle* base = name.isEmpty() ? nullptr : QStyleFactory::create(name);
    QApplication::setStyle(new FocusRingStyle(base));
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
    // A palette of our own needs a style that draws with it (some desktop styles ignore the palette); the
    // desktop's own style otherwise. Either way with a focus ring that can be seen.
    useStyle(app, a.theme != Theme::System ? QStringLiteral("fusion") : look.styleName);
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
