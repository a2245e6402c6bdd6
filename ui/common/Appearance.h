// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

class QApplication;

namespace continuum::ui {

/// Light, dark or whatever the desktop uses, and a text size, kept in this computer's settings (not in
/// the vault: they belong to the screen, not to the records).
enum class Theme { System, Light, Dark };

struct AppearanceSettings {
    Theme theme = Theme::System;
    int textPercent = 100; ///< 100 follows the system's font size; 80 to 200
};

AppearanceSettings loadAppearance();
void saveAppearance(const AppearanceSettings& settings);

/// The palette used for a theme (System: the style's own). Text on its background meets WCAG 2.2 AA.
QPalette paletteFor(Theme theme, const QPalette& systemPalette);

/// Applies the settings to the running application: palette and font size, at once, to every window.
/// The desktop's own palette, style and font size are remembered the first time, so that "follow the
/// system" and 100 % go back to them.
void applyAppearance(QApplication& app, const AppearanceSettings& settings);

/// The language chosen in Preferences ("" = the system's), read at start.
QString savedLanguage();

} // namespace continuum::ui
