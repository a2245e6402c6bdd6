// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRect>
#include <QSize>

class QWidget;

namespace continuum::ui {

/// The area a window may use on the screen it will open on (the screen under its parent, else the
/// primary screen): the screen's available geometry, less room for the window manager's frame.
QRect usableArea(const QWidget* window);

/// Sizes a top-level window or dialog to `preferred`, shrunk to the usable area of its screen, and
/// centres it there (over its parent when it has one). A window never opens larger than the screen;
/// its content scrolls or wraps instead. Call it once, before the window is first shown.
void fitToScreen(QWidget* window, QSize preferred);

/// True if the window's frame lies inside the usable area of its screen (what tests check).
bool fitsOnScreen(const QWidget* window);

} // namespace continuum::ui
