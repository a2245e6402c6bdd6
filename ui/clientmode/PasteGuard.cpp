// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientmode/PasteGuard.h"

#include <QAbstractScrollArea>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMouseEvent>
#include <QWidget>

namespace continuum::ui {

namespace {

bool isPasteKey(const QKeyEvent* key)
{
    if (key->matches(QKeySequence::Paste))
        return true;
    // Shift+Insert is Paste on X11 and Windows; matched by hand as well, whatever the platform's key theme says.
    const QKeyCombination combination = key->keyCombination();
    return combination == QKeyCombination(Qt::ShiftModifier, Qt::Key_Insert) ||
           combination == QKeyCombination(Qt::ShiftModifier | Qt::KeypadModifier, Qt::Key_Insert);
}

} // namespace

PasteGuard::PasteGuard(QObject* parent)
    : QObject(parent)
{}

void PasteGuard::guard(QWidget* field)
{
    field->setAcceptDrops(false);
    field->setContextMenuPolicy(Qt::PreventContextMenu);
    field->installEventFilter(this);
    // A multi-line field takes mouse and drop events on its viewport, not on itself.
    if (auto* area = qobject_cast<QAbstractScrollArea*>(field)) {
        area->viewport()->setAcceptDrops(false);
        area->viewport()->installEventFilter(this);
    }
}

bool PasteGuard::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
        // Taken here, the key neither pastes nor reaches a shortcut elsewhere.
        if (isPasteKey(static_cast<QKeyEvent*>(event))) {
            event->accept();
            return true;
        }
        break;
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
        // The middle button pastes the X11 selection.
        if (static_cast<QMouseEvent*>(event)->button() == Qt::MiddleButton)
            return true;
        break;
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop: event->ignore(); return true;
    case QEvent::ContextMenu: return true;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace continuum::ui
