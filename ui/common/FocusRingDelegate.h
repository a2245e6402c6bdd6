// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace continuum::ui {

/// Draws the row that has keyboard focus inside a clear frame round the whole row (every column), with at
/// least 3:1 contrast (WCAG 2.2, 1.4.11) against the row's own background and against the rows around it,
/// also when the row is selected: one colour when the palette has one that does both, else two rings, the
/// outer one standing out from the list and the inner one from the selected row. Styles' own focus marks are
/// faint or absent (Fusion draws none on a selected row), so someone moving through a list by keyboard
/// cannot see where they are.
class FocusRingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kRingWidth = 2;

    /// The colours of the frame: outer stands out from the list's background, inner from the row's own
    /// (the same colour when one does both).
    struct Ring {
        QColor outer;
        QColor inner;
    };

    explicit FocusRingDelegate(QObject* parent = nullptr);

    /// Gives view this delegate (owned by the view), and repaints the view when the focus or the current
    /// row moves (views repaint only the current cell). Call after the view has its model.
    static void install(QAbstractItemView* view);

    /// The ring's colours on a row drawn with this palette, selected or not.
    static Ring ringColors(const QPalette& palette, bool selected);
    /// WCAG contrast ratio between two colours, 1 to 21.
    static qreal contrast(const QColor& a, const QColor& b);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace continuum::ui
