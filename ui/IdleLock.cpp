// SPDX-License-Identifier: GPL-3.0-or-later
#include "IdleLock.h"

#include "UiHooks.h"
#include "util/OneShotTimer.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QEvent>
#include <QSettings>

namespace continuum::ui {

IdleLock::IdleLock(QObject* parent)
    : QObject(parent)
    , m_timer(UiHooks::instance().makeTimer("idle-lock"))
{
    m_timer->onTimeout = [this] {
        if (m_running)
            Q_EMIT idle();
    };
    qApp->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
    if (m_running)
        start();
}

void IdleLock::start()
{
    m_running = true;
    if (m_timeoutMs > 0)
        m_timer->start(m_timeoutMs);
    else
        m_timer->stop();
}

void IdleLock::stop()
{
    m_running = false;
    m_timer->stop();
}

int IdleLock::savedMinutes()
{
    return QSettings().value(QStringLiteral("security/idleLockMinutes"), kDefaultMinutes).toInt();
}

void IdleLock::saveMinutes(int minutes)
{
    QSettings().setValue(QStringLiteral("security/idleLockMinutes"), minutes);
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_running && m_timeoutMs > 0) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TabletPress: m_timer->start(m_timeoutMs); break;
        default: break;
        }
    }
    return QObject::eventFilter(watched, event);
}

DesktopLockSignals::DesktopLockSignals(QObject* parent)
    : QObject(parent)
{
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected() &&
        system.connect(QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
                       QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"), this,
                       SLOT(onPrepareForSleep(bool)))) {
        m_sources.append(QStringLiteral("logind"));
    }
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        if (session.connect(QString(), QStringLiteral("/org/freedesktop/ScreenSaver"),
                            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
                            SLOT(onScreenSaverActive(bool)))) {
            m_sources.append(QStringLiteral("freedesktop-screensaver"));
        }
        if (session.connect(QString(), QStringLiteral("/org/gnome/ScreenSaver"),
                            QStringLiteral("org.gnome.ScreenSaver"), QStringLiteral("ActiveChanged"), this,
                            SLOT(onScreenSaverActive(bool)))) {
            m_sources.append(QStringLiteral("gnome-screensaver"));
        }
    }
}

void DesktopLockSignals::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        Q_EMIT lockRequested();
}

void DesktopLockSignals::onScreenSaverActive(bool active)
{
    if (active)
        Q_EMIT lockRequested();
}

} // namespace continuum::ui
