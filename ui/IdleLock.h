// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <memory>

namespace continuum {
class OneShotTimer;
}

namespace continuum::ui {

/// Watches the whole application for keyboard, mouse and touch input and says when there has been none
/// for the configured time, so the vault can lock itself. An application-wide event filter: no widget
/// needs to cooperate.
class IdleLock final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMinutes = 5;

    explicit IdleLock(QObject* parent = nullptr);
    ~IdleLock() override;

    /// 0 turns the idle lock off.
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }
    /// Starts watching (after an unlock); stop() while locked.
    void start();
    void stop();

    /// The minutes saved in the preferences (default five).
    static int savedMinutes();
    static void saveMinutes(int minutes);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::unique_ptr<OneShotTimer> m_timer;
    int m_timeoutMs = kDefaultMinutes * 60 * 1000;
    bool m_running = false;
};

/// The desktop's own lock moments, where the session bus offers them: logind's PrepareForSleep (suspend)
/// and the freedesktop or GNOME screensaver's ActiveChanged (screen locked). Only the local D-Bus is used.
class DesktopLockSignals final : public QObject
{
    Q_OBJECT

public:
    explicit DesktopLockSignals(QObject* parent = nullptr);

    /// Which of the three sources could be subscribed to on this desktop.
    QStringList connectedSources() const { return m_sources; }

Q_SIGNALS:
    void lockRequested();

private Q_SLOTS:
    void onPrepareForSleep(bool sleeping);
    void onScreenSaverActive(bool active);

private:
    QStringList m_sources;
};

} // namespace continuum::ui
