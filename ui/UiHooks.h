// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>
#include <memory>

class QPrinter;
class QWidget;

namespace continuum {
class OneShotTimer;
}

namespace continuum::ui {

/// The few modal dialogs that tests must answer, behind replaceable functions. The defaults show the
/// real dialogs; tests install answers. No test code lives in the widgets themselves.
struct UiHooks {
    std::function<QString(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)>
        saveFileName;
    std::function<QString(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)>
        openFileName;
    std::function<void(QWidget* parent, const QString& title, const QString& text)> information;
    std::function<void(QWidget* parent, const QString& title, const QString& text)> warning;
    /// true to go ahead
    std::function<bool(QWidget* parent, const QString& title, const QString& text, const QString& action)> confirm;
    /// A question whose safe answer is to go back (`back`, the default button, also Escape) rather than
    /// cancel; true to go ahead with `action`.
    std::function<bool(QWidget* parent, const QString& title, const QString& text, const QString& action,
                       const QString& back)>
        confirmOrGoBack;
    /// true when the counselor chose a printer (or PDF) and pressed Print
    std::function<bool(QPrinter* printer, QWidget* parent)> choosePrinter;
    /// Shows a print preview; paint draws the pages on the printer it is given.
    std::function<void(QWidget* parent, const std::function<void(QPrinter*)>& paint)> preview;
    /// The timers that measure a person's time (the idle lock, the wait after wrong unlock entries): real
    /// ones, or hand-driven ones in tests, so no test depends on how busy the machine is. `purpose` names
    /// which ("idle-lock", "unlock-wait"), for a test to find it.
    std::function<std::unique_ptr<OneShotTimer>(const char* purpose)> makeTimer;

    static UiHooks& instance();
    /// Puts the real dialogs back.
    static void reset();
};

} // namespace continuum::ui
