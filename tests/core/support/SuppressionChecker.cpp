// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/SuppressionChecker.h"

#include <algorithm>
#include <vector>

namespace continuum::test {

namespace {

struct Interval {
    qint64 low;
    qint64 high;
};

/// Σ sign·x = 0 over a list of (variable, sign).
using Equation = std::vector<std::pair<int, int>>;

class Search
{
public:
    Search(std::vector<Equation> equations, qint64 budget)
        : m_equations(std::move(equations))
        , m_budget(budget)
    {}

    /// Whether some integer assignment within the domains satisfies every equation.
    bool feasible(std::vector<Interval> domains) { return solve(domains); }
    bool exhausted() const { return m_budget <= 0; }

private:
    static bool tighten(std::vector<Interval>& d)
    {
        return std::all_of(d.begin(), d.end(), [](const Interval& i) { return i.low <= i.high; });
    }

    /// Bounds propagation to a fixed point; false when a domain empties.
    bool propagate(std::vector<Interval>& d) const
    {
        bool changed = true;
        while (changed) {
            changed = false;
            for (const Equation& eq : m_equations) {
                // sign·x_k = -Σ_{i≠k} sign_i·x_i
                qint64 sumLow = 0;
                qint64 sumHigh = 0;
                for (const auto& [v, sign] : eq) {
                    const Interval& i = d[static_cast<size_t>(v)];
                    sumLow += sign > 0 ? i.low : -i.high;
                    sumHigh += sign > 0 ? i.high : -i.low;
                }
                if (sumLow > 0 || sumHigh < 0)
                    return false;
                for (const auto& [v, sign] : eq) {
                    Interval& i = d[static_cast<size_t>(v)];
                    const qint64 ownLow = sign > 0 ? i.low : -i.high;
                    const qint64 ownHigh = sign > 0 ? i.high : -i.low;
                    // own = -(rest), rest in [sumLow-ownLow, sumHigh-ownHigh]
                    const qint64 restLow = sumLow - ownLow;
                    const qint64 restHigh = sumHigh - ownHigh;
                    qint64 low = sign > 0 ? -restHigh : restLow;
                    qint64 high = sign > 0 ? -restLow : restHigh;
                    if (low > i.low) {
                        i.low = low;
                        changed = true;
                    }
                    if (high < i.high) {
                        i.high = high;
                        changed = true;
                    }
                    if (i.low > i.high)
                        return false;
                }
            }
        }
        return true;
    }

    bool solve(std::vector<Interval>& d)
    {
        if (--m_budget <= 0)
            return false;
        if (!tighten(d) || !propagate(d))
            return false;
        int pick = -1;
        for (size_t v = 0; v < d.size(); ++v) {
            const qint64 width = d[v].high - d[v].low;
            if (width > 0 && (pick < 0 || width < d[static_cast<size_t>(pick)].high - d[static_cast<size_t>(pick)].low))
                pick = static_cast<int>(v);
        }
        if (pick < 0)
            return true; // every variable fixed and every equation holds (propagation checked the sums)
        const Interval whole = d[static_cast<size_t>(pick)];
        const qint64 mid = whole.low + (whole.high - whole.low) / 2;
        for (const Interval half : {Interval{whole.low, mid}, Interval{mid + 1, whole.high}}) {
            std::vector<Interval> branch = d;
            branch[static_cast<size_t>(pick)] = half;
            if (solve(branch))
                return true;
            if (m_budget <= 0)
                return false;
        }
        return false;
    }

    std::vector<Equation> m_equations;
    qint64 m_budget;
};

} // namespace

QList<Leak> SuppressionChecker::leaks(const PublishedTable& t, Reader reader)
{
    // Variables: cells, row totals, column totals, grand total (in that order).
    std::vector<const PublishedEntry*> entries;
    std::vector<QString> names;
    for (int r = 0; r < t.rows; ++r) {
        for (int c = 0; c < t.columns; ++c) {
            entries.push_back(&t.cells[r * t.columns + c]);
            names.push_back(QStringLiteral("cell %1,%2").arg(r).arg(c));
        }
    }
    for (int r = 0; r < t.rows; ++r) {
        entries.push_back(&t.rowTotals[r]);
        names.push_back(QStringLiteral("row total %1").arg(r));
    }
    for (int c = 0; c < t.columns; ++c) {
        entries.push_back(&t.columnTotals[c]);
        names.push_back(QStringLiteral("column total %1").arg(c));
    }
    entries.push_back(&t.grandTotal);
    names.push_back(QStringLiteral("grand total"));
    const int cellCount = t.rows * t.columns;
    const int grand = static_cast<int>(entries.size()) - 1;

    std::vector<Equation> equations;
    for (int r = 0; r < t.rows; ++r) {
        Equation eq{{cellCount + r, -1}};
        for (int c = 0; c < t.columns; ++c)
            eq.push_back({r * t.columns + c, +1});
        equations.push_back(eq);
    }
    for (int c = 0; c < t.columns; ++c) {
        Equation eq{{cellCount + t.rows + c, -1}};
        for (int r = 0; r < t.rows; ++r)
            eq.push_back({r * t.columns + c, +1});
        equations.push_back(eq);
    }
    Equation byRows{{grand, -1}};
    for (int r = 0; r < t.rows; ++r)
        byRows.push_back({cellCount + r, +1});
    equations.push_back(byRows);
    Equation byColumns{{grand, -1}};
    for (int c = 0; c < t.columns; ++c)
        byColumns.push_back({cellCount + t.rows + c, +1});
    equations.push_back(byColumns);

    const qint64 cap = 4 * t.grandTotal.truth + 4 * (t.threshold + 1) + 100;
    std::vector<Interval> knowledge;
    for (const PublishedEntry* e : entries) {
        switch (e->kind) {
        case PublishedEntry::Kind::Shown: knowledge.push_back({e->truth, e->truth}); break;
        case PublishedEntry::Kind::Small: knowledge.push_back({1, t.threshold}); break;
        case PublishedEntry::Kind::Large:
            knowledge.push_back({reader == Reader::Strong ? t.threshold + 1 : 0, cap});
            break;
        case PublishedEntry::Kind::Hidden:
        case PublishedEntry::Kind::Unpublished: knowledge.push_back({0, cap}); break;
        }
    }

    QList<Leak> found;
    for (size_t v = 0; v < entries.size(); ++v) {
        const PublishedEntry::Kind kind = entries[v]->kind;
        if (kind == PublishedEntry::Kind::Shown || kind == PublishedEntry::Kind::Unpublished)
            continue;
        const qint64 truth = entries[v]->truth;
        bool other = false;
        bool gaveUp = false;
        for (const Interval side : {Interval{knowledge[v].low, truth - 1}, Interval{truth + 1, knowledge[v].high}}) {
            if (side.low > side.high)
                continue;
            std::vector<Interval> d = knowledge;
            d[v] = side;
            Search search(equations, 200000);
            if (search.feasible(d)) {
                other = true;
                break;
            }
            gaveUp = gaveUp || search.exhausted();
        }
        if (!other)
            found.append({names[v], truth, gaveUp});
    }
    return found;
}

} // namespace continuum::test
