// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace continuum::test {

/// One entry of a published table, as a reader sees it.
struct PublishedEntry {
    enum class Kind {
        Shown,       ///< the number is printed
        Small,       ///< printed "<T+1": the reader knows 1..T
        Large,       ///< printed ">T": the reader knows at least T+1 (a weak reader: only at least 0)
        Hidden,      ///< hidden with no hint: at least 0
        Unpublished, ///< a total the table does not print: at least 0
    };
    Kind kind = Kind::Shown;
    qint64 truth = 0; ///< the real value, for the checker's verdict (never used as knowledge unless Shown)
};

/// A published table of counts (rows × columns), its row totals, column totals and grand total.
struct PublishedTable {
    int rows = 0;
    int columns = 0;
    int threshold = 10;
    QList<PublishedEntry> cells; ///< row-major
    QList<PublishedEntry> rowTotals;
    QList<PublishedEntry> columnTotals;
    PublishedEntry grandTotal;
};

/// A hidden entry whose value a reader can work out.
struct Leak {
    QString entry; ///< "cell 2,3", "row total 1", "column total 0", "grand total"
    qint64 value = 0;
    bool inconclusive = false; ///< the search gave up: counted as a leak, to stay on the safe side
};

/// An attacker written apart from core/report/Suppression (no code shared): for every hidden entry, it asks
/// whether any table of non-negative integers that agrees with everything printed (shown numbers, what "<11"
/// and ">10" tell, every row, column and grand-total sum) gives that entry another value than its real one.
/// Method: integer bounds propagation over the sum equations, then depth-first search splitting one domain in
/// two, for a witness below and a witness above the real value. Sound for finding leaks: propagation only removes
/// values no integer solution has, and the search is exhaustive (it splits domains, it never guesses), so
/// "no witness" means the entry really is determined. Unbounded entries are capped far above any real value
/// (four times the real grand total plus a margin), which can only hide a witness, never invent one: a cap
/// makes the checker stricter, not looser. A search that exceeds its budget counts as a leak.
class SuppressionChecker final
{
public:
    enum class Reader {
        Strong, ///< knows ">T" means at least T+1
        Weak,   ///< treats ">T" as "some count", as the issue's checker does
    };

    static QList<Leak> leaks(const PublishedTable& table, Reader reader = Reader::Strong);
};

} // namespace continuum::test
