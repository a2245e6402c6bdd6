// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace continuum {

/// Why a published count is hidden.
enum class SuppressionMark {
    None,          ///< shown as it is (0 included)
    Primary,       ///< a small count, 1..threshold: shown as "<11"
    Complementary, ///< a count above the threshold hidden so that no small count can be worked out: shown as ">10"
    Withheld,      ///< hidden with no hint at all, "*": the last resort when hints alone would give a count away
};

/// A table of counts (row-major, non-negative) and which of its totals are published. A list with a total is
/// rows = n, columns = 1, rowTotals = columnTotals = false, grandTotal = true.
struct SuppressionInput {
    int rows = 0;
    int columns = 0;
    QList<qint64> cells;
    bool rowTotals = true;    ///< each row's sum is published
    bool columnTotals = true; ///< each column's sum is published
    bool grandTotal = true;   ///< the sum of every cell is published
    int threshold = 10;       ///< counts 1..threshold are small; at least 1
    /// Entries to hide whatever their size, because another table of the same report hides the same count:
    /// indexes of cells (row-major), then row totals, column totals and the grand total, in that order.
    QList<int> alsoHide;
};

/// What to hide: one mark per cell and per total (unpublished totals stay None).
struct SuppressionMarks {
    QList<SuppressionMark> cells;
    QList<SuppressionMark> rowTotals;
    QList<SuppressionMark> columnTotals;
    SuppressionMark grandTotal = SuppressionMark::None;

    int count(SuppressionMark mark) const;
};

/// Small-cell suppression for published counts. Primary: every count (cell or total) from 1 to the threshold.
/// Complementary: further counts, smallest first and never a zero, until no hidden count can be worked out:
/// every row, column and total equation with a hidden entry holds at least two, and then an exact audit finds,
/// for each hidden entry, another value consistent with everything published. The audit knows what a reader
/// knows: shown counts, that "<11" means 1..10 and ">10" at least 11, and that the counts add up. The tables
/// are flows (cells between rows and columns, totals between them and the grand total), so whether one entry
/// can take a value is a feasible-flow question, answered exactly with a small max-flow. When no count is left
/// to hide and the hints still pin one (ten "<11" cells adding up to a "<11" total of 10 must all be 1), entries
/// lose their hint (Withheld, zeros included) until nothing is pinned: with every hint gone nothing can be.
class Suppression final
{
public:
    /// InvalidArgument for a threshold below 1, a negative count, or cells that do not fill rows × columns. With a
    /// threshold of 1, "<2" would say "1" outright, so every 1 is withheld ("*") instead.
    static Result<SuppressionMarks> apply(const SuppressionInput& input);

    /// What a hidden count prints as: "<11" for a small count, ">10" for a complementary one (threshold 10), "*"
    /// for a withheld one.
    static QString text(SuppressionMark mark, int threshold);
};

} // namespace continuum
