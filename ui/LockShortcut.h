// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QObject>

namespace continuum::ui {

/// The lock key (Ctrl+L) from wherever the keyboard is: the main window's Lock action takes it there, but a
/// modal dialog (a profile being edited, a printout being chosen) blocks that window's shortcuts, and a
/// counselor called away must still be able to lock at once. An application-wide event filter that sees
/// the key presses no shortcut took; active only between start() and stop() (while unlocked).
class LockShortcut final : public QObject
{
    Q_OBJECT

public:
    explicit LockShortcut(QObject* parent = nullptr);
    ~LockShortcut() override;

    /// The lock key, as the Lock action shows it.
    static QKeySequence keys();

    void start();
    void stop();

Q_SIGNALS:
    void pressed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_running = false;
};

} // namespace continuum::ui
