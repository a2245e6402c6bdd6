// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace continuum::ui {

namespace {

QAbstractScrollArea* enclosingScrollArea(const QWidget* w)
{
    for (QWidget* p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        if (auto* area = qobject_cast<QAbstractScrollArea*>(p))
            return area;
    }
    return nullptr;
}

bool hasKeyboardFocus(const QWidget* w)
{
    const QWidget* focus = QApplication::focusWidget();
    return w->hasFocus() || (focus && w->isAncestorOf(focus));
}

} // namespace

WheelGuard::WheelGuard(QObject* parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("wheelGuard"));
}

void WheelGuard::install(QCoreApplication* app)
{
    if (!app || app->findChild<WheelGuard*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    app->installEventFilter(new WheelGuard(app));
}

bool WheelGuard::isGuarded(const QObject* object)
{
    // A scroll bar is a slider too, but the wheel is what it is for.
    if (qobject_cast<const QScrollBar*>(object))
        return false;
    return qobject_cast<const QAbstractSlider*>(object) || qobject_cast<const QAbstractSpinBox*>(object) ||
           qobject_cast<const QComboBox*>(object);
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Polish) {
        if (auto* w = qobject_cast<QWidget*>(watched); w && isGuarded(w) && w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel || !isGuarded(watched))
        return false;
    auto* control = static_cast<QWidget*>(watched);
    if (hasKeyboardFocus(control))
        return false; // a focused control is being worked with: the wheel is for it
    auto* wheel = static_cast<QWheelEvent*>(event);
    if (QAbstractScrollArea* area = enclosingScrollArea(control)) {
        QWidget* viewport = area->viewport();
        QWheelEvent scroll(viewport->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                           wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(), wheel->modifiers(),
                           wheel->phase(), wheel->inverted(), wheel->source());
        QCoreApplication::sendEvent(viewport, &scroll);
    }
    event->accept();
    return true;
}

} // namespace continuum::ui
