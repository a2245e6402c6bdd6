// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace continuum::ui {

namespace {

// What a window manager typically adds around a window: a title bar and thin borders. Qt only knows
// the real frame once the window is shown, so a window is sized to leave this much room.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;

const QScreen* screenFor(const QWidget* window)
{
    if (window) {
        if (const QWidget* parent = window->parentWidget(); parent && parent->window()->screen())
            return parent->window()->screen();
        if (window->screen())
            return window->screen();
    }
    return QGuiApplication::primaryScreen();
}

} // namespace

QRect usableArea(const QWidget* window)
{
    const QScreen* screen = screenFor(window);
    return screen ? screen->availableGeometry() : QRect(0, 0, 1280, 720);
}

void fitToScreen(QWidget* window, QSize preferred)
{
    const QRect area = usableArea(window);
    const QSize room(qMax(200, area.width() - kFrameWidth), qMax(200, area.height() - kFrameHeight));
    QSize size = preferred.boundedTo(room);
    // A layout's minimum can be larger than the room; the window then still may not exceed the
    // screen, so the minimum gives way (the content scrolls).
    window->setMinimumSize(window->minimumSize().boundedTo(room));
    size = size.expandedTo(window->minimumSizeHint().boundedTo(room));
    window->resize(size);
    QRect frame(QPoint(0, 0), size + QSize(kFrameWidth, kFrameHeight));
    const QWidget* parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    const QPoint centre = parent && parent->isVisible() ? parent->frameGeometry().center() : area.center();
    frame.moveCenter(centre);
    // Keep the whole frame on the screen.
    frame.moveLeft(qBound(area.left(), frame.left(), area.right() - frame.width() + 1));
    frame.moveTop(qBound(area.top(), frame.top(), area.bottom() - frame.height() + 1));
    window->move(frame.topLeft());
}

bool fitsOnScreen(const QWidget* window)
{
    const QRect area = usableArea(window);
    return area.contains(window->frameGeometry());
}

} // namespace continuum::ui
