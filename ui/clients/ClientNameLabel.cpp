// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientNameLabel.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>

namespace continuum::ui {

namespace {
// Wide enough for most names whole; longer ones are elided rather than pushing the buttons off screen.
constexpr int kPreferredChars = 36;
constexpr int kMinimumChars = 8;
} // namespace

ClientNameLabel::ClientNameLabel(QWidget* parent)
    : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize ClientNameLabel::sizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int full = fm.horizontalAdvance(text()) + 2 * margin() + 2;
    return {std::min(full, fm.averageCharWidth() * kPreferredChars), fm.height() + 2 * margin()};
}

QSize ClientNameLabel::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    const int full = fm.horizontalAdvance(text()) + 2 * margin() + 2;
    return {std::min(full, fm.averageCharWidth() * kMinimumChars), fm.height() + 2 * margin()};
}

void ClientNameLabel::setName(const QString& name)
{
    setText(name);
    setAccessibleName(name);
    updateToolTip();
    updateGeometry();
}

bool ClientNameLabel::isElided() const
{
    return fontMetrics().horizontalAdvance(text()) > contentsRect().width() - 2 * margin();
}

void ClientNameLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    style()->drawItemText(&painter, area, int(alignment()) | Qt::TextSingleLine, palette(), isEnabled(), shown,
                          foregroundRole());
}

void ClientNameLabel::resizeEvent(QResizeEvent* event)
{
    QLabel::resizeEvent(event);
    updateToolTip();
}

void ClientNameLabel::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateToolTip();
}

void ClientNameLabel::updateToolTip()
{
    setToolTip(isElided() ? text() : QString());
}

} // namespace continuum::ui
