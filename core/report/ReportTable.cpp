// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportTable.h"

namespace continuum {

namespace {

QString shown(qint64 value, SuppressionMark mark, int threshold)
{
    return mark == SuppressionMark::None ? QString::number(value) : Suppression::text(mark, threshold);
}

} // namespace

SuppressionMark ReportTable::cellMark(int row, int column) const
{
    return marks.cells.value(row * columns() + column, SuppressionMark::None);
}

QString ReportTable::cellText(int row, int column) const
{
    return shown(cell(row, column), cellMark(row, column), threshold);
}

QString ReportTable::rowTotalText(int row) const
{
    return hasRowTotals ? shown(rowTotals.value(row), marks.rowTotals.value(row), threshold) : QString();
}

QString ReportTable::columnTotalText(int column) const
{
    return hasColumnTotals ? shown(columnTotals.value(column), marks.columnTotals.value(column), threshold) : QString();
}

QString ReportTable::grandTotalText() const
{
    return hasGrandTotal ? shown(grandTotal, marks.grandTotal, threshold) : QString();
}

bool ReportTable::anythingHidden() const
{
    return marks.count(SuppressionMark::Primary) + marks.count(SuppressionMark::Complementary) +
               marks.count(SuppressionMark::Withheld) >
           0;
}

} // namespace continuum
