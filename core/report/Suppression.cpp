// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Suppression.h"

#include <algorithm>
#include <deque>
#include <limits>
#include <vector>

namespace continuum {

namespace {

/// The entries of a table, cells first, then row totals, column totals and the grand total, each one an arc of
/// a circulation: the grand total runs from node "in" to node "out", a row total from "out" to its row, a cell
/// from its row to its column, a column total from its column back to "in". Flow conservation at every node is
/// exactly "the parts add up to the total", so the published table is a circulation with bounds on each arc.
class Layout
{
public:
    Layout(int rows, int columns)
        : m_rows(rows)
        , m_columns(columns)
    {}
    int cell(int r, int c) const { return r * m_columns + c; }
    int rowTotal(int r) const { return m_rows * m_columns + r; }
    int columnTotal(int c) const { return m_rows * m_columns + m_rows + c; }
    int grand() const { return m_rows * m_columns + m_rows + m_columns; }
    int count() const { return grand() + 1; }

    // Nodes: 0 = out, 1 = in, rows, columns.
    static constexpr int kOut = 0;
    static constexpr int kIn = 1;
    int rowNode(int r) const { return 2 + r; }
    int columnNode(int c) const { return 2 + m_rows + c; }
    int nodes() const { return 2 + m_rows + m_columns; }
    /// The arc (from, to) of an entry.
    std::pair<int, int> arc(int entry) const
    {
        if (entry < m_rows * m_columns)
            return {rowNode(entry / m_columns), columnNode(entry % m_columns)};
        if (entry < rowTotal(0) + m_rows)
            return {kOut, rowNode(entry - rowTotal(0))};
        if (entry < grand())
            return {columnNode(entry - columnTotal(0)), kIn};
        return {kIn, kOut};
    }

private:
    int m_rows;
    int m_columns;
};

/// Max flow (Edmonds–Karp) on a graph of a few dozen nodes: all an audit needs.
class FlowNetwork
{
public:
    explicit FlowNetwork(int nodes)
        : m_adjacent(static_cast<size_t>(nodes))
    {}
    void addEdge(int from, int to, qint64 capacity)
    {
        m_adjacent[static_cast<size_t>(from)].push_back(static_cast<int>(m_edges.size()));
        m_edges.push_back({to, capacity});
        m_adjacent[static_cast<size_t>(to)].push_back(static_cast<int>(m_edges.size()));
        m_edges.push_back({from, 0});
    }
    qint64 maxFlow(int source, int sink)
    {
        qint64 total = 0;
        const size_t n = m_adjacent.size();
        while (true) {
            std::vector<int> via(n, -1);
            std::deque<int> queue{source};
            std::vector<bool> seen(n, false);
            seen[static_cast<size_t>(source)] = true;
            while (!queue.empty() && !seen[static_cast<size_t>(sink)]) {
                const int u = queue.front();
                queue.pop_front();
                for (int e : m_adjacent[static_cast<size_t>(u)]) {
                    const Edge& edge = m_edges[static_cast<size_t>(e)];
                    if (edge.capacity > 0 && !seen[static_cast<size_t>(edge.to)]) {
                        seen[static_cast<size_t>(edge.to)] = true;
                        via[static_cast<size_t>(edge.to)] = e;
                        queue.push_back(edge.to);
                    }
                }
            }
            if (!seen[static_cast<size_t>(sink)])
                return total;
            qint64 push = std::numeric_limits<qint64>::max();
            for (int v = sink; v != source; v = m_edges[static_cast<size_t>(via[static_cast<size_t>(v)] ^ 1)].to)
                push = std::min(push, m_edges[static_cast<size_t>(via[static_cast<size_t>(v)])].capacity);
            for (int v = sink; v != source; v = m_edges[static_cast<size_t>(via[static_cast<size_t>(v)] ^ 1)].to) {
                m_edges[static_cast<size_t>(via[static_cast<size_t>(v)])].capacity -= push;
                m_edges[static_cast<size_t>(via[static_cast<size_t>(v)] ^ 1)].capacity += push;
            }
            total += push;
        }
    }

private:
    struct Edge {
        int to;
        qint64 capacity;
    };
    std::vector<std::vector<int>> m_adjacent;
    std::vector<Edge> m_edges;
};

struct Bounds {
    qint64 low = 0;
    qint64 high = 0;
};

class Suppressor
{
public:
    explicit Suppressor(const SuppressionInput& in)
        : m_in(in)
        , m_layout(in.rows, in.columns)
    {
        const int n = m_layout.count();
        m_value.assign(static_cast<size_t>(n), 0);
        m_published.assign(static_cast<size_t>(n), false);
        m_mark.assign(static_cast<size_t>(n), SuppressionMark::None);
        qint64 sum = 0;
        for (int r = 0; r < in.rows; ++r) {
            for (int c = 0; c < in.columns; ++c) {
                const qint64 v = in.cells[m_layout.cell(r, c)];
                at(m_value, m_layout.cell(r, c)) = v;
                at(m_value, m_layout.rowTotal(r)) += v;
                at(m_value, m_layout.columnTotal(c)) += v;
                at(m_value, m_layout.grand()) += v;
                at(m_published, m_layout.cell(r, c)) = true;
                sum += v;
            }
        }
        for (int r = 0; r < in.rows; ++r)
            at(m_published, m_layout.rowTotal(r)) = in.rowTotals;
        for (int c = 0; c < in.columns; ++c)
            at(m_published, m_layout.columnTotal(c)) = in.columnTotals;
        at(m_published, m_layout.grand()) = in.grandTotal;
        // No feasible alternative needs more than every count twice over plus a step per entry.
        m_infinity = 2 * sum + static_cast<qint64>(in.threshold + 2) * n + 16;
        buildEquations();
    }

    Result<SuppressionMarks> run()
    {
        for (int v = 0; v < m_layout.count(); ++v) {
            if (at(m_published, v) && at(m_value, v) >= 1 && at(m_value, v) <= m_in.threshold)
                at(m_mark, v) = SuppressionMark::Primary;
        }
        for (int v : m_in.alsoHide) {
            if (v < 0 || v >= m_layout.count() || !at(m_published, v) || hidden(v))
                continue;
            // Hidden elsewhere: hidden here too, with the hint that stays true (">10"; a zero keeps none).
            at(m_mark, v) =
                at(m_value, v) > m_in.threshold ? SuppressionMark::Complementary : SuppressionMark::Withheld;
        }
        while (true) {
            while (pairUp()) {
            }
            const int leak = firstDetermined();
            if (leak < 0)
                break;
            // With a threshold of 1, "<2" is exactly 1: no partner helps, only withholding the hint.
            if (bounds(leak).low == bounds(leak).high) {
                at(m_mark, leak) = SuppressionMark::Withheld;
                continue;
            }
            const int partner = partnerFor(leak);
            if (partner >= 0) {
                at(m_mark, partner) = SuppressionMark::Complementary;
                continue;
            }
            const int withheld = withholdFor(leak);
            if (withheld < 0)
                return makeError(ErrorCode::Unsupported, QStringLiteral("an entry stays pinned with every hint gone"));
            at(m_mark, withheld) = SuppressionMark::Withheld;
        }
        return marks();
    }

private:
    template<typename T>
    static typename std::vector<T>::reference at(std::vector<T>& v, int i)
    {
        return v[static_cast<size_t>(i)];
    }
    template<typename T>
    static T at(const std::vector<T>& v, int i)
    {
        return v[static_cast<size_t>(i)];
    }

    bool hidden(int v) const { return at(m_mark, v) != SuppressionMark::None; }
    /// A count that may be hidden to protect another: published, shown, and above zero (so above the
    /// threshold: the small ones are already hidden). Zeros are never hidden: ">10" would be untrue.
    bool candidate(int v) const { return at(m_published, v) && !hidden(v) && at(m_value, v) > 0; }

    void buildEquations()
    {
        const int rows = m_in.rows;
        const int columns = m_in.columns;
        if (m_in.rowTotals) {
            for (int r = 0; r < rows; ++r) {
                std::vector<int> eq;
                for (int c = 0; c < columns; ++c)
                    eq.push_back(m_layout.cell(r, c));
                eq.push_back(m_layout.rowTotal(r));
                m_equations.push_back(eq);
            }
        }
        if (m_in.columnTotals) {
            for (int c = 0; c < columns; ++c) {
                std::vector<int> eq;
                for (int r = 0; r < rows; ++r)
                    eq.push_back(m_layout.cell(r, c));
                eq.push_back(m_layout.columnTotal(c));
                m_equations.push_back(eq);
            }
        }
        if (m_in.grandTotal) {
            if (m_in.rowTotals) {
                std::vector<int> eq;
                for (int r = 0; r < rows; ++r)
                    eq.push_back(m_layout.rowTotal(r));
                eq.push_back(m_layout.grand());
                m_equations.push_back(eq);
            }
            if (m_in.columnTotals) {
                std::vector<int> eq;
                for (int c = 0; c < columns; ++c)
                    eq.push_back(m_layout.columnTotal(c));
                eq.push_back(m_layout.grand());
                m_equations.push_back(eq);
            }
            if (!m_in.rowTotals && !m_in.columnTotals) {
                std::vector<int> eq;
                for (int v = 0; v < rows * columns; ++v)
                    eq.push_back(v);
                eq.push_back(m_layout.grand());
                m_equations.push_back(eq);
            }
        }
    }

    int hiddenIn(const std::vector<int>& eq) const
    {
        return static_cast<int>(std::count_if(eq.begin(), eq.end(), [this](int v) { return hidden(v); }));
    }

    /// The simple rule: an equation with exactly one hidden entry gives it away, so hide a second one, the
    /// smallest count, preferring one whose other equation also needs a partner. True if it hid one.
    bool pairUp()
    {
        for (const std::vector<int>& eq : m_equations) {
            if (hiddenIn(eq) != 1)
                continue;
            int best = -1;
            bool bestPairs = false;
            for (int v : eq) {
                if (!candidate(v))
                    continue;
                const bool pairs = needsPartner(v, eq);
                if (best < 0 || at(m_value, v) < at(m_value, best) ||
                    (at(m_value, v) == at(m_value, best) && pairs && !bestPairs)) {
                    best = v;
                    bestPairs = pairs;
                }
            }
            if (best >= 0) {
                at(m_mark, best) = SuppressionMark::Complementary;
                return true;
            }
        }
        return false;
    }

    /// Whether v lies in an equation other than `except` that has exactly one hidden entry.
    bool needsPartner(int v, const std::vector<int>& except) const
    {
        for (const std::vector<int>& eq : m_equations) {
            if (&eq == &except)
                continue;
            if (std::find(eq.begin(), eq.end(), v) != eq.end() && hiddenIn(eq) == 1)
                return true;
        }
        return false;
    }

    /// What a reader knows of an entry.
    Bounds bounds(int v) const
    {
        if (!at(m_published, v))
            return {0, m_infinity};
        switch (at(m_mark, v)) {
        case SuppressionMark::Primary: return {1, m_in.threshold};
        case SuppressionMark::Complementary: return {m_in.threshold + 1, m_infinity};
        case SuppressionMark::Withheld: return {0, m_infinity};
        case SuppressionMark::None: break;
        }
        return {at(m_value, v), at(m_value, v)};
    }

    /// Whether some table consistent with what is published has entry `fixed` equal to `value`: a feasible
    /// circulation with lower bounds, by the usual reduction to one max flow.
    bool feasible(int fixed, qint64 value) const
    {
        const int nodes = m_layout.nodes();
        const int source = nodes;
        const int sink = nodes + 1;
        FlowNetwork net(nodes + 2);
        std::vector<qint64> excess(static_cast<size_t>(nodes), 0);
        for (int v = 0; v < m_layout.count(); ++v) {
            Bounds b = v == fixed ? Bounds{value, value} : bounds(v);
            if (b.low > b.high)
                return false;
            const auto [from, to] = m_layout.arc(v);
            net.addEdge(from, to, b.high - b.low);
            at(excess, to) += b.low;
            at(excess, from) -= b.low;
        }
        qint64 needed = 0;
        for (int node = 0; node < nodes; ++node) {
            if (at(excess, node) > 0) {
                net.addEdge(source, node, at(excess, node));
                needed += at(excess, node);
            } else if (at(excess, node) < 0) {
                net.addEdge(node, sink, -at(excess, node));
            }
        }
        return net.maxFlow(source, sink) == needed;
    }

    /// Whether a reader can work out the hidden entry v: no value next to the true one is consistent. The
    /// values an entry can take form an unbroken range (the constraints are a network matrix), so checking
    /// both neighbours is enough.
    bool determined(int v) const
    {
        const Bounds b = bounds(v);
        const qint64 value = at(m_value, v);
        return !((value - 1 >= b.low && feasible(v, value - 1)) || (value + 1 <= b.high && feasible(v, value + 1)));
    }

    int firstDetermined() const
    {
        // Small counts first: they are what the suppression is for.
        for (SuppressionMark kind :
             {SuppressionMark::Primary, SuppressionMark::Complementary, SuppressionMark::Withheld}) {
            for (int v = 0; v < m_layout.count(); ++v) {
                if (at(m_mark, v) == kind && determined(v))
                    return v;
            }
        }
        return -1;
    }

    bool sharesEquation(int a, int b) const
    {
        for (const std::vector<int>& eq : m_equations) {
            if (std::find(eq.begin(), eq.end(), a) != eq.end() && std::find(eq.begin(), eq.end(), b) != eq.end())
                return true;
        }
        return false;
    }

    /// The smallest count whose hiding sets `leak` free, neighbours first; failing that, the smallest neighbour
    /// (progress: the loop ends when everything that can be hidden is).
    int partnerFor(int leak)
    {
        std::vector<int> order;
        for (int v = 0; v < m_layout.count(); ++v) {
            if (candidate(v))
                order.push_back(v);
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const bool na = sharesEquation(a, leak);
            const bool nb = sharesEquation(b, leak);
            if (na != nb)
                return na;
            return at(m_value, a) < at(m_value, b);
        });
        for (int v : order) {
            at(m_mark, v) = SuppressionMark::Complementary;
            const bool freed = !determined(leak);
            at(m_mark, v) = SuppressionMark::None;
            if (freed)
                return v;
        }
        return order.empty() ? -1 : order.front();
    }

    /// Nothing left to hide: the entry, a zero or a hint whose withholding sets `leak` free, the leak's own
    /// equations first; failing that, the first of them (progress again).
    int withholdFor(int leak)
    {
        std::vector<int> order;
        for (int v = 0; v < m_layout.count(); ++v) {
            if (at(m_published, v) && at(m_mark, v) != SuppressionMark::Withheld)
                order.push_back(v);
        }
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            const bool na = a == leak || sharesEquation(a, leak);
            const bool nb = b == leak || sharesEquation(b, leak);
            return na && !nb;
        });
        for (int v : order) {
            const SuppressionMark before = at(m_mark, v);
            at(m_mark, v) = SuppressionMark::Withheld;
            const bool freed = v == leak || !determined(leak);
            at(m_mark, v) = before;
            if (freed)
                return v;
        }
        return order.empty() ? -1 : order.front();
    }

    SuppressionMarks marks() const
    {
        SuppressionMarks out;
        for (int v = 0; v < m_in.rows * m_in.columns; ++v)
            out.cells.append(at(m_mark, v));
        for (int r = 0; r < m_in.rows; ++r)
            out.rowTotals.append(at(m_mark, m_layout.rowTotal(r)));
        for (int c = 0; c < m_in.columns; ++c)
            out.columnTotals.append(at(m_mark, m_layout.columnTotal(c)));
        out.grandTotal = at(m_mark, m_layout.grand());
        return out;
    }

    const SuppressionInput& m_in;
    Layout m_layout;
    std::vector<qint64> m_value;
    std::vector<bool> m_published;
    std::vector<SuppressionMark> m_mark;
    std::vector<std::vector<int>> m_equations;
    qint64 m_infinity = 0;
};

} // namespace

int SuppressionMarks::count(SuppressionMark mark) const
{
    auto n = cells.count(mark) + rowTotals.count(mark) + columnTotals.count(mark);
    return static_cast<int>(n) + (grandTotal == mark ? 1 : 0);
}

Result<SuppressionMarks> Suppression::apply(const SuppressionInput& input)
{
    if (input.threshold < 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a suppression threshold below 1 (%1) hides nothing").arg(input.threshold));
    if (input.rows < 0 || input.columns < 0 || input.cells.size() != qsizetype(input.rows) * input.columns)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 counts do not fill %2 rows and %3 columns")
                                                         .arg(input.cells.size())
                                                         .arg(input.rows)
                                                         .arg(input.columns));
    for (qint64 v : input.cells) {
        if (v < 0)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("a count below zero (%1)").arg(v));
    }
    if (input.rows == 0 || input.columns == 0) {
        SuppressionMarks none;
        none.rowTotals.fill(SuppressionMark::None, input.rows);
        none.columnTotals.fill(SuppressionMark::None, input.columns);
        return none;
    }
    return Suppressor(input).run();
}

QString Suppression::text(SuppressionMark mark, int threshold)
{
    switch (mark) {
    case SuppressionMark::Primary: return QStringLiteral("<%1").arg(threshold + 1);
    case SuppressionMark::Complementary: return QStringLiteral(">%1").arg(threshold);
    case SuppressionMark::Withheld: return QStringLiteral("*");
    case SuppressionMark::None: break;
    }
    return {};
}

} // namespace continuum
