// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Suppression.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace continuum {

/// One indicator's counts, ready to show: row and column labels, integer cells, the totals it publishes, and
/// what suppression hides. Show entries through the *Text() functions, which print hidden counts as "<11",
/// ">10" or "*"; the raw numbers are there for tests and must never be shown or exported.
///
/// Shapes: no breakdown is one cell and no totals (the cell is the total); one breakdown is a column of cells
/// and a grand total (hasGrandTotal only); two breakdowns have row totals, column totals and a grand total.
/// Counts of distinct people publish no totals at all (one person can be in two rows).
struct ReportTable {
    QString indicatorId;
    QString title;
    QString description;
    QString measureLabel; ///< what a cell counts: "Kits"
    QString rowHeader;    ///< the row breakdown's name, empty for none
    QString columnHeader; ///< the column breakdown's name, empty for none
    QStringList rowKeys;  ///< stored keys (an enumerated value or a list label), for the UI's own words
    QStringList rowLabels;
    QStringList columnKeys;
    QStringList columnLabels;
    QList<qint64> cells; ///< row-major
    bool hasRowTotals = false;
    bool hasColumnTotals = false;
    bool hasGrandTotal = false;
    QList<qint64> rowTotals;
    QList<qint64> columnTotals;
    qint64 grandTotal = 0;
    int threshold = 10;
    SuppressionMarks marks;
    /// What each entry counts (source, measure and conditions), the same in every table that publishes the same
    /// number: cells (row-major), row totals, column totals, grand total; empty for an entry not published.
    QStringList entryKeys;

    int rows() const { return static_cast<int>(rowLabels.size()); }
    int columns() const { return static_cast<int>(columnLabels.size()); }
    qint64 cell(int row, int column) const { return cells.value(row * columns() + column); }
    SuppressionMark cellMark(int row, int column) const;

    QString cellText(int row, int column) const;
    QString rowTotalText(int row) const;
    QString columnTotalText(int column) const;
    QString grandTotalText() const;
    /// Whether anything in the table is hidden (the UI and the export print the legend then).
    bool anythingHidden() const;
};

} // namespace continuum
