// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FocusRingDelegate.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QItemSelectionModel>
#include <QPainter>
#include <QTreeView>

#include <cmath>

namespace continuum::ui {

namespace {

qreal luminance(const QColor& c)
{
    const auto channel = [](qreal v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

/// Where the row's frame has edges in this cell: a row spans every column, so only the first column draws
/// the left edge and only the last the right one.
struct Edges {
    bool left = true;
    bool right = true;
};

Edges edgesOf(const QAbstractItemView* view, const QModelIndex& index)
{
    Edges e;
    const QAbstractItemModel* model = index.model();
    if (!view || !model || view->selectionBehavior() != QAbstractItemView::SelectRows)
        return e;
    const auto* tree = qobject_cast<const QTreeView*>(view);
    if (tree && tree->isFirstColumnSpanned(index.row(), index.parent()))
        return e;
    int first = -1;
    int last = -1;
    for (int c = 0; c < model->columnCount(index.parent()); ++c) {
        const bool hidden = tree ? tree->isColumnHidden(c) : false;
        if (hidden)
            continue;
        if (first < 0)
            first = c;
        last = c;
    }
    e.left = index.column() == first;
    e.right = index.column() == last;
    return e;
}

} // namespace

FocusRingDelegate::FocusRingDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

void FocusRingDelegate::install(QAbstractItemView* view)
{
    auto* delegate = new FocusRingDelegate(view);
    view->setItemDelegate(delegate);
    view->installEventFilter(delegate);
    if (QItemSelectionModel* selection = view->selectionModel()) {
        connect(selection, &QItemSelectionModel::currentChanged, delegate,
                [view](const QModelIndex&, const QModelIndex&) { view->viewport()->update(); });
    }
}

bool FocusRingDelegate::eventFilter(QObject* watched, QEvent* event)
{
    // The view itself is watched here, not an editor: its events are only looked at, never passed to the
    // editor handling (which would read its Tab as "close this editor").
    if (auto* view = qobject_cast<QAbstractItemView*>(watched)) {
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
            view->viewport()->update();
        return false;
    }
    return QStyledItemDelegate::eventFilter(watched, event);
}

qreal FocusRingDelegate::contrast(const QColor& a, const QColor& b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

FocusRingDelegate::Ring FocusRingDelegate::ringColors(const QPalette& palette, bool selected)
{
    const auto color = [&palette](QPalette::ColorRole role) { return palette.color(QPalette::Active, role); };
    const QColor row = color(selected ? QPalette::Highlight : QPalette::Base);
    const QList<QColor> around{color(QPalette::Base), color(QPalette::AlternateBase)};
    // The palette's own colours first (an unselected row framed in the highlight colour), then black and
    // white, one of which always reaches 3:1 against any single colour.
    const QList<QColor> candidates =
        selected ? QList<QColor>{color(QPalette::Text), color(QPalette::HighlightedText), Qt::black, Qt::white}
                 : QList<QColor>{color(QPalette::Highlight), color(QPalette::Text), Qt::black, Qt::white};
    const auto standsOut = [](const QColor& c, const QList<QColor>& backgrounds) {
        for (const QColor& b : backgrounds) {
            if (contrast(c, b) < 3.0)
                return false;
        }
        return true;
    };
    const auto best = [&](const QList<QColor>& backgrounds) {
        for (const QColor& c : candidates) {
            if (standsOut(c, backgrounds))
                return c;
        }
        return candidates.last();
    };
    const QColor both = best(QList<QColor>(around) << row);
    if (standsOut(both, QList<QColor>(around) << row))
        return {both, both};
    return {best(around), best({row})};
}

void FocusRingDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
    // The view marks only the current cell; with whole rows selected, the whole current row has the focus.
    bool focused = option.state.testFlag(QStyle::State_HasFocus);
    if (view && view->selectionBehavior() == QAbstractItemView::SelectRows) {
        const QModelIndex current = view->currentIndex();
        focused =
            view->hasFocus() && current.isValid() && current.row() == index.row() && current.parent() == index.parent();
    }
    QStyleOptionViewItem plain = option;
    plain.state.setFlag(QStyle::State_HasFocus, false); // ours replaces the style's
    QStyledItemDelegate::paint(painter, plain, index);
    if (!focused)
        return;

    const Ring ring = ringColors(option.palette, option.state.testFlag(QStyle::State_Selected));
    const Edges edges = edgesOf(view, index);
    painter->save();
    painter->setPen(Qt::NoPen);
    const auto frame = [&](const QRect& r, const QColor& c) {
        painter->setBrush(c);
        painter->drawRect(QRect(r.left(), r.top(), r.width(), kRingWidth));
        painter->drawRect(QRect(r.left(), r.bottom() - kRingWidth + 1, r.width(), kRingWidth));
        if (edges.left)
            painter->drawRect(QRect(r.left(), r.top(), kRingWidth, r.height()));
        if (edges.right)
            painter->drawRect(QRect(r.right() - kRingWidth + 1, r.top(), kRingWidth, r.height()));
    };
    frame(option.rect, ring.outer);
    if (ring.inner != ring.outer) {
        // Inside the outer ring: inset on the sides this cell draws, along the row elsewhere.
        frame(option.rect.adjusted(edges.left ? kRingWidth : 0, kRingWidth, edges.right ? -kRingWidth : 0, -kRingWidth),
              ring.inner);
    }
    painter->restore();
}

} // namespace continuum::ui
