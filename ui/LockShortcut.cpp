// SPDX-License-Identifier: GPL-3.0-or-later
#include "LockShortcut.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace continuum::ui {

LockShortcut::LockShortcut(QObject* parent)
    : QObject(parent)
{}

LockShortcut::~LockShortcut()
{
    stop();
}

QKeySequence LockShortcut::keys()
{
    return QKeySequence(tr("Ctrl+L"));
}

void LockShortcut::start()
{
    if (m_running)
        return;
    m_running = true;
    QCoreApplication::instance()->installEventFilter(this);
}

void LockShortcut::stop()
{
    if (!m_running)
        return;
    m_running = false;
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool LockShortcut::eventFilter(QObject* watched, QEvent* event)
{
    // A key press reaches several objects on its way (the focus widget, then its parents); the first is
    // enough, and it is taken so no line edit types an "l".
    if (event->type() == QEvent::KeyPress && watched->isWidgetType()) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (QKeySequence(key->keyCombination()) == keys()) {
            Q_EMIT pressed();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace continuum::ui
