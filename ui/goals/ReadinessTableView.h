// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTableView>

namespace continuum::ui {

/// The readiness chart's table of values (a ReadinessTableModel) on a person's page, where a window on a laptop
/// screen leaves it a few hundred pixels. The date and the three rulers take what their values need (a "not asked"
/// wraps before the person's words go short); the goal and what the person said share the rest, what they said
/// getting more, every column at least as wide as its heading. Words wrap and every row is as tall as its words, so
/// an answer shows whole: a column a few letters wide, or a word to a line, is never the price of a narrow window
/// (a horizontal scroll bar is).
class ReadinessTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit ReadinessTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    /// Room for the heading and a few rows, so the values read without scrolling at once.
    QSize sizeHint() const override;
    /// The heading and about two lines of a row.
    QSize minimumSizeHint() const override;

    /// Sizes the columns to the width there is, then each row to its words.
    void fitColumns();

protected:
    bool viewportEvent(QEvent* event) override;

private:
    void scheduleFit();
    /// The widest single word in a column (a date counts as one), with the style's margins: the least it takes
    /// to wrap the column's values without breaking a word.
    int widestWord(int column) const;

    bool m_fitScheduled = false;
};

} // namespace continuum::ui
