// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QCoreApplication;

namespace continuum::ui {

/// Keeps the mouse wheel from changing a value by accident. Installed once on the application: a slider,
/// spin box, date or time edit, or combo box takes wheel events only while it has keyboard focus;
/// otherwise the wheel scrolls whatever scroll area holds it, as the counselor meant. Such controls also
/// stop taking focus from the wheel (Qt::StrongFocus instead of Qt::WheelFocus).
class WheelGuard final : public QObject
{
    Q_OBJECT

public:
    explicit WheelGuard(QObject* parent = nullptr);

    /// Installs one guard on `app` (a second call does nothing).
    static void install(QCoreApplication* app);
    /// True for the controls the guard keeps from the wheel while unfocused.
    static bool isGuarded(const QObject* object);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace continuum::ui
