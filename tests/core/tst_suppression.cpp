// SPDX-License-Identifier: GPL-3.0-or-later
// Small-cell suppression (core/report/Suppression) checked by an attacker written apart from it
// (support/SuppressionChecker): thousands of random tables and hand-made hard ones, with zero recoverable
// entries allowed; and proof that the attacker does catch a leak when suppression is left half done.
#include "report/Suppression.h"
#include "support/SuppressionChecker.h"

#include <QRandomGenerator>
#include <QTest>

using namespace continuum;
using namespace continuum::test;

Q_DECLARE_METATYPE(continuum::SuppressionInput)

namespace {

PublishedEntry entryFor(qint64 truth, SuppressionMark mark, bool published)
{
    if (!published)
        return {PublishedEntry::Kind::Unpublished, truth};
    switch (mark) {
    case SuppressionMark::Primary: return {PublishedEntry::Kind::Small, truth};
    case SuppressionMark::Complementary: return {PublishedEntry::Kind::Large, truth};
    case SuppressionMark::Withheld: return {PublishedEntry::Kind::Hidden, truth};
    case SuppressionMark::None: break;
    }
    return {PublishedEntry::Kind::Shown, truth};
}

/// What a reader of the suppressed table sees.
PublishedTable publish(const SuppressionInput& in, const SuppressionMarks& marks)
{
    PublishedTable t;
    t.rows = in.rows;
    t.columns = in.columns;
    t.threshold = in.threshold;
    QList<qint64> rowSums(in.rows, 0);
    QList<qint64> columnSums(in.columns, 0);
    qint64 grand = 0;
    for (int r = 0; r < in.rows; ++r) {
        for (int c = 0; c < in.columns; ++c) {
            const qint64 v = in.cells[r * in.columns + c];
            t.cells.append(entryFor(v, marks.cells[r * in.columns + c], true));
            rowSums[r] += v;
            columnSums[c] += v;
            grand += v;
        }
    }
    for (int r = 0; r < in.rows; ++r)
        t.rowTotals.append(entryFor(rowSums[r], marks.rowTotals[r], in.rowTotals));
    for (int c = 0; c < in.columns; ++c)
        t.columnTotals.append(entryFor(columnSums[c], marks.columnTotals[c], in.columnTotals));
    t.grandTotal = entryFor(grand, marks.grandTotal, in.grandTotal);
    return t;
}

/// Marks with only the small counts hidden: suppression stopped after its first step.
SuppressionMarks primaryOnly(const SuppressionInput& in)
{
    auto mark = [&](qint64 v, bool published) {
        return published && v >= 1 && v <= in.threshold ? SuppressionMark::Primary : SuppressionMark::None;
    };
    SuppressionMarks m;
    QList<qint64> rowSums(in.rows, 0);
    QList<qint64> columnSums(in.columns, 0);
    qint64 grand = 0;
    for (int r = 0; r < in.rows; ++r) {
        for (int c = 0; c < in.columns; ++c) {
            const qint64 v = in.cells[r * in.columns + c];
            m.cells.append(mark(v, true));
            rowSums[r] += v;
            columnSums[c] += v;
            grand += v;
        }
    }
    for (qint64 v : rowSums)
        m.rowTotals.append(mark(v, in.rowTotals));
    for (qint64 v : columnSums)
        m.columnTotals.append(mark(v, in.columnTotals));
    m.grandTotal = mark(grand, in.grandTotal);
    return m;
}

QString describe(const SuppressionInput& in, const SuppressionMarks& marks, const QList<Leak>& leaks)
{
    QString s = QStringLiteral("table %1x%2 (totals: rows %3, columns %4, grand %5), threshold %6:\n")
                    .arg(in.rows)
                    .arg(in.columns)
                    .arg(in.rowTotals)
                    .arg(in.columnTotals)
                    .arg(in.grandTotal)
                    .arg(in.threshold);
    for (int r = 0; r < in.rows; ++r) {
        for (int c = 0; c < in.columns; ++c) {
            const SuppressionMark m = marks.cells[r * in.columns + c];
            s += QStringLiteral("%1%2 ")
                     .arg(in.cells[r * in.columns + c])
                     .arg(m == SuppressionMark::Primary         ? QStringLiteral("p")
                          : m == SuppressionMark::Complementary ? QStringLiteral("c")
                          : m == SuppressionMark::Withheld      ? QStringLiteral("w")
                                                                : QString());
        }
        s += QStringLiteral("| %1\n").arg(int(marks.rowTotals[r]));
    }
    for (const Leak& l : leaks)
        s += QStringLiteral("leak: %1 = %2%3\n")
                 .arg(l.entry)
                 .arg(l.value)
                 .arg(l.inconclusive ? QStringLiteral(" (gave up)") : QString());
    return s;
}

SuppressionInput table(int rows, int columns, QList<qint64> cells)
{
    SuppressionInput in;
    in.rows = rows;
    in.columns = columns;
    in.cells = std::move(cells);
    return in;
}

SuppressionInput list(QList<qint64> cells)
{
    SuppressionInput in;
    in.rows = static_cast<int>(cells.size());
    in.columns = 1;
    in.cells = std::move(cells);
    in.rowTotals = false;
    in.columnTotals = false;
    in.grandTotal = true;
    return in;
}

/// Every rule a suppressed table must keep, and none of its hidden entries recoverable.
QString problems(const SuppressionInput& in, const SuppressionMarks& marks)
{
    QString out;
    for (qsizetype i = 0; i < in.cells.size(); ++i) {
        const qint64 v = in.cells[i];
        const SuppressionMark m = marks.cells[i];
        if (v >= 1 && v <= in.threshold && m != SuppressionMark::Primary && m != SuppressionMark::Withheld)
            out += QStringLiteral("small cell %1 shown\n").arg(i);
        if (v == 0 && m != SuppressionMark::None && m != SuppressionMark::Withheld)
            out += QStringLiteral("zero cell %1 marked with a hint\n").arg(i);
        if (m == SuppressionMark::Complementary && v <= in.threshold)
            out += QStringLiteral("cell %1 marked >%2 holds %3\n").arg(i).arg(in.threshold).arg(v);
        if (v > in.threshold && m == SuppressionMark::Primary)
            out += QStringLiteral("large cell %1 marked small\n").arg(i);
    }
    const PublishedTable published = publish(in, marks);
    for (const PublishedEntry& total : published.rowTotals + published.columnTotals + QList{published.grandTotal}) {
        if (total.kind == PublishedEntry::Kind::Shown && total.truth >= 1 && total.truth <= in.threshold)
            out += QStringLiteral("small total %1 shown\n").arg(total.truth);
    }
    const QList<Leak> leaks = SuppressionChecker::leaks(published);
    if (!leaks.isEmpty() || !out.isEmpty())
        out += describe(in, marks, leaks);
    return out;
}

} // namespace

class TestSuppression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textOfMarks()
    {
        QCOMPARE(Suppression::text(SuppressionMark::Primary, 10), QStringLiteral("<11"));
        QCOMPARE(Suppression::text(SuppressionMark::Complementary, 10), QStringLiteral(">10"));
        QCOMPARE(Suppression::text(SuppressionMark::Primary, 5), QStringLiteral("<6"));
        QCOMPARE(Suppression::text(SuppressionMark::Withheld, 10), QStringLiteral("*"));
        QCOMPARE(Suppression::text(SuppressionMark::None, 10), QString());
    }

    void badInput_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QList<qint64>>("cells");
        QTest::addColumn<QString>("message");
        QTest::addRow("threshold 0") << 0 << 1 << QList<qint64>{3} << QStringLiteral("threshold below 1");
        QTest::addRow("threshold -3") << -3 << 1 << QList<qint64>{3} << QStringLiteral("threshold below 1");
        QTest::addRow("negative count") << 10 << 1 << QList<qint64>{-1} << QStringLiteral("below zero");
        QTest::addRow("too few cells") << 10 << 2 << QList<qint64>{3} << QStringLiteral("do not fill");
    }
    void badInput()
    {
        QFETCH(int, threshold);
        QFETCH(int, rows);
        QFETCH(QList<qint64>, cells);
        QFETCH(QString, message);
        SuppressionInput in = table(rows, 1, cells);
        in.threshold = threshold;
        auto marks = Suppression::apply(in);
        QVERIFY(!marks.ok());
        QCOMPARE(marks.code(), ErrorCode::InvalidArgument);
        QVERIFY2(marks.error().detail.contains(message), qPrintable(marks.error().detail));
    }

    void emptyTable()
    {
        auto marks = Suppression::apply(table(0, 3, {}));
        QVERIFY2(marks.ok(), qPrintable(marks.error().detail));
        QCOMPARE(marks->cells.size(), 0);
        QCOMPARE(marks->columnTotals.size(), 3);
    }

    // The checker can fail: primary suppression alone leaves small counts that the totals give away.
    void checkerCatchesPrimaryOnly_data()
    {
        QTest::addColumn<SuppressionInput>("input");
        QTest::addColumn<QString>("leaked");
        QTest::addRow("one small cell in a 2x2") << table(2, 2, {3, 20, 15, 30}) << QStringLiteral("cell 0,0");
        QTest::addRow("list with a total") << list({4, 30, 25}) << QStringLiteral("cell 0,0");
        QTest::addRow("small column of a 3x3")
            << table(3, 3, {2, 40, 50, 5, 60, 70, 8, 80, 90}) << QStringLiteral("cell 0,0");
        QTest::addRow("small row total") << table(2, 2, {3, 0, 20, 30}) << QStringLiteral("cell 0,0");
    }
    void checkerCatchesPrimaryOnly()
    {
        QFETCH(SuppressionInput, input);
        QFETCH(QString, leaked);
        const QList<Leak> leaks = SuppressionChecker::leaks(publish(input, primaryOnly(input)));
        QStringList names;
        for (const Leak& l : leaks)
            names << l.entry;
        QVERIFY2(names.contains(leaked), qPrintable(names.join(QStringLiteral(", "))));
    }

    // Two hidden entries in every row and column is not enough: ">10" beside a total pins a "<11".
    void checkerCatchesTightBound()
    {
        const SuppressionInput in = table(1, 2, {1, 11});
        SuppressionMarks naive;
        naive.cells = {SuppressionMark::Primary, SuppressionMark::Complementary};
        naive.rowTotals = {SuppressionMark::None};
        naive.columnTotals = {SuppressionMark::Primary, SuppressionMark::Complementary};
        naive.grandTotal = SuppressionMark::None;
        const QList<Leak> leaks = SuppressionChecker::leaks(publish(in, naive));
        QVERIFY(!leaks.isEmpty());
        QCOMPARE(leaks.first().entry, QStringLiteral("cell 0,0"));
        QCOMPARE(leaks.first().value, 1);
        // ...and the real suppression does not fall for it.
        auto marks = Suppression::apply(in);
        QVERIFY2(marks.ok(), qPrintable(marks.error().detail));
        const QString p = problems(in, *marks);
        QVERIFY2(p.isEmpty(), qPrintable(p));
    }

    void handMade_data()
    {
        QTest::addColumn<SuppressionInput>("input");
        QTest::addRow("single small count") << list({5});
        QTest::addRow("single large count") << list({50});
        QTest::addRow("single zero") << list({0});
        QTest::addRow("small and large") << list({5, 40});
        QTest::addRow("small beside zeros") << list({3, 0, 0});
        QTest::addRow("two smalls") << list({1, 1});
        QTest::addRow("small at the threshold beside 11") << list({10, 11});
        QTest::addRow("1 beside 11 in a row") << table(1, 2, {1, 11});
        QTest::addRow("1x1 small with totals") << table(1, 1, {7});
        QTest::addRow("small row total") << table(2, 3, {3, 0, 0, 40, 50, 60});
        QTest::addRow("diagonal ones") << table(2, 2, {1, 12, 12, 1});
        QTest::addRow("rectangle with tight totals") << table(2, 2, {10, 11, 11, 10});
        QTest::addRow("all small") << table(3, 3, {1, 2, 3, 4, 5, 6, 7, 8, 9});
        QTest::addRow("all zero") << table(2, 2, {0, 0, 0, 0});
        QTest::addRow("zeros around one small") << table(3, 3, {0, 0, 0, 0, 4, 0, 0, 0, 0});
        QTest::addRow("one small among zeros and a large") << table(3, 3, {0, 0, 0, 0, 4, 30, 0, 0, 0});
        QTest::addRow("ones on the edge of 11") << table(2, 3, {1, 11, 11, 11, 1, 11});
        QTest::addRow("long list of ones") << list({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        QTest::addRow("ten ones adding up to 10") << list({1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
        QTest::addRow("ten ones and zeros") << list({1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 0});
        {
            SuppressionInput in = table(3, 5, {8, 76, 1, 7, 0, 1, 1, 33, 2, 1, 2, 2, 4, 1, 1});
            in.threshold = 2;
            QTest::addRow("two ones under a total of 2") << in;
        }
        {
            SuppressionInput in = table(2, 2, {2, 30, 40, 50});
            in.grandTotal = false;
            QTest::addRow("no grand total") << in;
        }
        {
            SuppressionInput in = table(2, 2, {2, 30, 40, 50});
            in.columnTotals = false;
            QTest::addRow("row totals only") << in;
        }
        {
            SuppressionInput in = table(2, 2, {2, 11, 11, 11});
            in.threshold = 2;
            QTest::addRow("threshold 2") << in;
        }
        {
            SuppressionInput in = table(2, 3, {1, 11, 1, 30, 1, 40});
            in.threshold = 1;
            QTest::addRow("threshold 1") << in;
        }
        {
            SuppressionInput in = list({1, 5, 0});
            in.threshold = 1;
            QTest::addRow("threshold 1, list") << in;
        }
    }
    void handMade()
    {
        QFETCH(SuppressionInput, input);
        auto marks = Suppression::apply(input);
        QVERIFY2(marks.ok(), qPrintable(marks.error().detail));
        const QString p = problems(input, *marks);
        QVERIFY2(p.isEmpty(), qPrintable(p));
        QCOMPARE(SuppressionChecker::leaks(publish(input, *marks), SuppressionChecker::Reader::Weak).size(), 0);
    }

    // Large counts only: nothing to hide, nothing hidden.
    void nothingSmallHidesNothing()
    {
        auto marks = Suppression::apply(table(2, 3, {11, 40, 12, 90, 13, 60}));
        QVERIFY(marks.ok());
        QCOMPARE(marks->count(SuppressionMark::Primary), 0);
        QCOMPARE(marks->count(SuppressionMark::Complementary), 0);
    }

    // The least information lost: the smallest neighbours are hidden, and no more than the rectangle needs.
    void smallestPartnersFirst()
    {
        const SuppressionInput in = table(3, 3, {3, 20, 50, 30, 40, 60, 70, 80, 90});
        auto marks = Suppression::apply(in);
        QVERIFY(marks.ok());
        using M = SuppressionMark;
        const QList<M> expected{M::Primary, M::Complementary, M::None, M::Complementary, M::Complementary,
                                M::None,    M::None,          M::None, M::None};
        QCOMPARE(marks->cells, expected);
        QCOMPARE(marks->count(M::Complementary), 3);
        QCOMPARE(marks->grandTotal, M::None);
    }

    // Thousands of random tables, 1x1 to 6x8, many small counts, zeros and small totals: none leaks.
    void randomTables()
    {
        QRandomGenerator rng(20260413);
        int tables = 0;
        int hidden = 0;
        int leakyControls = 0;
        for (int i = 0; i < 3000; ++i) {
            SuppressionInput in;
            in.rows = 1 + int(rng.bounded(6));
            in.columns = 1 + int(rng.bounded(8));
            in.threshold = rng.bounded(5) == 0 ? 1 + int(rng.bounded(10)) : 10;
            const int shape = int(rng.bounded(6));
            in.rowTotals = shape != 1 && shape != 5;
            in.columnTotals = shape != 2 && shape != 5;
            in.grandTotal = shape != 3;
            const int zeroShare = int(rng.bounded(60));
            const int smallShare = int(rng.bounded(70));
            for (int k = 0; k < in.rows * in.columns; ++k) {
                const int roll = int(rng.bounded(100));
                qint64 v = 0;
                if (roll < zeroShare)
                    v = 0;
                else if (roll < zeroShare + smallShare)
                    v = 1 + rng.bounded(in.threshold);
                else
                    v = in.threshold + 1 + rng.bounded(rng.bounded(2) ? 5 : 80);
                in.cells.append(v);
            }
            auto marks = Suppression::apply(in);
            QVERIFY2(marks.ok(), qPrintable(QString::number(i) + QLatin1Char(' ') + marks.error().detail +
                                            QLatin1Char('\n') + describe(in, primaryOnly(in), {})));
            const QString p = problems(in, *marks);
            QVERIFY2(p.isEmpty(), qPrintable(QStringLiteral("table %1: ").arg(i) + p));
            if (i % 10 == 0) {
                const auto weak = SuppressionChecker::leaks(publish(in, *marks), SuppressionChecker::Reader::Weak);
                QVERIFY2(weak.isEmpty(), qPrintable(describe(in, *marks, weak)));
                // The control: the same table with primary suppression only.
                if (!SuppressionChecker::leaks(publish(in, primaryOnly(in))).isEmpty())
                    ++leakyControls;
            }
            ++tables;
            hidden += marks->count(SuppressionMark::Primary) + marks->count(SuppressionMark::Complementary);
        }
        qInfo("%d random tables, %d hidden entries, none recoverable; %d of 300 controls leak", tables, hidden,
              leakyControls);
        QVERIFY(leakyControls > 100);
    }
};

QTEST_GUILESS_MAIN(TestSuppression)
#include "tst_suppression.moc"
