// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-driven timers for the widgets that measure a person's time (the idle lock, the wait after wrong
// unlock entries): a test makes that time pass by firing them, instead of sleeping and hoping the machine
// is not too busy.
#pragma once

#include "UiHooks.h"
#include "util/OneShotTimer.h"

#include <QByteArray>
#include <QList>

#include <memory>

namespace continuum::test {

/// While one exists, every timer made through UiHooks::makeTimer is hand-driven and listed here by its
/// purpose; destroying it puts real timers back (for widgets created afterwards).
class ManualTimers
{
public:
    class Timer final : public OneShotTimer
    {
    public:
        Timer(ManualTimers* owner, QByteArray purpose)
            : m_owner(owner)
            , m_purpose(std::move(purpose))
        {}
        ~Timer() override
        {
            if (m_owner)
                m_owner->m_timers.removeOne(this);
        }
        void start(int milliseconds) override
        {
            m_active = true;
            m_interval = milliseconds;
        }
        void stop() override { m_active = false; }
        bool isActive() const override { return m_active; }
        int interval() const { return m_interval; }
        const QByteArray& purpose() const { return m_purpose; }
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
        friend class ManualTimers;
        ManualTimers* m_owner;
        QByteArray m_purpose;
        bool m_active = false;
        int m_interval = 0;
    };

    ManualTimers()
    {
        ui::UiHooks::instance().makeTimer = [this](const char* purpose) -> std::unique_ptr<OneShotTimer> {
            auto timer = std::make_unique<Timer>(this, QByteArray(purpose));
            m_timers.append(timer.get());
            return timer;
        };
    }
    ~ManualTimers()
    {
        for (Timer* t : std::as_const(m_timers))
            t->m_owner = nullptr;
        ui::UiHooks::instance().makeTimer = [](const char*) -> std::unique_ptr<OneShotTimer> {
            return std::make_unique<QtOneShotTimer>();
        };
    }
    ManualTimers(const ManualTimers&) = delete;
    ManualTimers& operator=(const ManualTimers&) = delete;

    /// The most recently made live timer for `purpose`, or null.
    Timer* find(const char* purpose) const
    {
        for (auto it = m_timers.crbegin(); it != m_timers.crend(); ++it) {
            if ((*it)->purpose() == purpose)
                return *it;
        }
        return nullptr;
    }

private:
    QList<Timer*> m_timers;
};

} // namespace continuum::test
