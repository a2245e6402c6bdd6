// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTimer>

#include <functional>

namespace continuum {

/// Calls back once, some time after start(): a QTimer in the program, a hand-driven one in tests, so
/// that no test of autosave or a delay depends on how busy the machine is.
class OneShotTimer
{
public:
    virtual ~OneShotTimer() = default;
    /// (Re)starts the countdown; onTimeout runs when it ends, unless stopped or restarted first.
    virtual void start(int milliseconds) = 0;
    virtual void stop() = 0;
    virtual bool isActive() const = 0;

    std::function<void()> onTimeout;
};

/// The real one.
class QtOneShotTimer final : public OneShotTimer
{
public:
    QtOneShotTimer()
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            if (onTimeout)
                onTimeout();
        });
    }
    void start(int milliseconds) override { m_timer.start(milliseconds); }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }

private:
    QTimer m_timer;
};

/// A timer that fires only when told to (tests).
class ManualTimer final : public OneShotTimer
{
public:
    void start(int milliseconds) override
    {
        m_active = true;
        m_interval = milliseconds;
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    int interval() const { return m_interval; }
    /// Runs the callback as if the time had passed; false if the timer was not running.
    bool fire()
    {
        if (!m_active)
            return false;
        m_active = false;
        if (onTimeout)
            onTimeout();
        return true;
    }

private:
    bool m_active = false;
    int m_interval = 0;
};

} // namespace continuum
