// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportDocument.h"

#include "printing/DocumentBlocks.h"
#include "report/Suppression.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <limits>

namespace continuum::ui {

using namespace blocks;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportDocument)
};

/// A full-width grid with thin rules: counts are read across and down, so unlike the other printouts the
/// cells are ruled. The first column holds the labels.
QTextTableFormat gridTable(int columns, int headerRows)
{
    QTextTableFormat format;
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    format.setBorder(1);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(QColor(0x88, 0x88, 0x88));
    format.setBorderCollapse(true);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setHeaderRowCount(headerRows);
    QList<QTextLength> widths;
    const qreal labelWidth = columns > 2 ? 34 : 60;
    widths.append(QTextLength(QTextLength::PercentageLength, labelWidth));
    for (int c = 1; c < columns; ++c)
        widths.append(QTextLength(QTextLength::PercentageLength, (100 - labelWidth) / (columns - 1)));
    format.setColumnWidthConstraints(widths);
    return format;
}

void put(QTextTable* table, int row, int column, const QString& text, const QTextCharFormat& format,
         Qt::Alignment alignment = Qt::AlignLeft)
{
    QTextCursor c = table->cellAt(row, column).firstCursorPosition();
    QTextBlockFormat block = c.blockFormat();
    block.setAlignment(alignment);
    c.setBlockFormat(block);
    c.insertText(text, format);
}

void writeTable(QTextCursor& cursor, const ReportTable& t)
{
    const QTextCharFormat heading = charFormat(11, true);
    const QTextCharFormat small = charFormat(8.5, false, true);
    const QTextCharFormat head = charFormat(9, true);
    const QTextCharFormat body = charFormat(9.5);
    const QTextCharFormat total = charFormat(9.5, true);

    cursor.insertBlock(spaced(12, 2));
    cursor.insertText(t.title, heading);
    if (!t.description.isEmpty()) {
        cursor.insertBlock(spaced(0, 2));
        cursor.insertText(t.description, small);
    }
    if (t.rows() == 0 || t.columns() == 0) {
        cursor.insertBlock(spaced(2, 0));
        cursor.insertText(Tr::tr("Nothing to count in this period."), body);
        return;
    }

    const bool noBreakdown = t.rowHeader.isEmpty();
    const bool totalRow = t.hasColumnTotals || (t.hasGrandTotal && t.columnHeader.isEmpty() && !noBreakdown);
    const int columns = 1 + t.columns() + (t.hasRowTotals ? 1 : 0);
    const int rows = (noBreakdown ? 0 : 1) + t.rows() + (totalRow ? 1 : 0);
    QTextTable* table = cursor.insertTable(rows, columns, gridTable(columns, noBreakdown ? 0 : 1));
    int r = 0;
    if (!noBreakdown) {
        put(table, r, 0, t.rowHeader, head);
        for (int c = 0; c < t.columns(); ++c)
            put(table, r, 1 + c, t.columnLabels.at(c), head, Qt::AlignRight);
        if (t.hasRowTotals)
            put(table, r, columns - 1, Tr::tr("Total"), head, Qt::AlignRight);
        ++r;
    }
    for (int row = 0; row < t.rows(); ++row, ++r) {
        put(table, r, 0, t.rowLabels.at(row), body);
        for (int c = 0; c < t.columns(); ++c)
            put(table, r, 1 + c, t.cellText(row, c), body, Qt::AlignRight);
        if (t.hasRowTotals)
            put(table, r, columns - 1, t.rowTotalText(row), total, Qt::AlignRight);
    }
    if (totalRow) {
        put(table, r, 0, Tr::tr("Total"), total);
        if (t.hasColumnTotals) {
            for (int c = 0; c < t.columns(); ++c)
                put(table, r, 1 + c, t.columnTotalText(c), total, Qt::AlignRight);
            if (t.hasRowTotals)
                put(table, r, columns - 1, t.grandTotalText(), total, Qt::AlignRight);
        } else {
            put(table, r, 1, t.grandTotalText(), total, Qt::AlignRight);
        }
    }
    cursor.movePosition(QTextCursor::End);
}

bool anyWithheld(const ReportResult& result)
{
    for (const ReportTable& t : result.tables) {
        if (t.marks.count(SuppressionMark::Withheld) > 0)
            return true;
    }
    return false;
}

} // namespace

QString periodText(const Period& period)
{
    const QLocale locale;
    switch (period.kind()) {
    case Period::Kind::Month:
        return Tr::tr("%1 %2").arg(locale.standaloneMonthName(period.first().month()),
                                   QString::number(period.first().year()));
    case Period::Kind::Quarter:
        return Tr::tr("%1 to %2 %3")
            .arg(locale.standaloneMonthName(period.first().month()), locale.standaloneMonthName(period.last().month()),
                 QString::number(period.first().year()));
    case Period::Kind::Year: return QString::number(period.first().year());
    case Period::Kind::Custom: break;
    }
    if (period.first() == period.last())
        return locale.toString(period.first(), QLocale::LongFormat);
    return Tr::tr("%1 to %2")
        .arg(locale.toString(period.first(), QLocale::LongFormat), locale.toString(period.last(), QLocale::LongFormat));
}

QString thresholdText(int threshold)
{
    if (threshold <= 1)
        return Tr::tr("Counts of 1 are shown as %1, and some others too, so that no one can be picked out.")
            .arg(Suppression::text(SuppressionMark::Withheld, threshold));
    return Tr::tr("Counts from 1 to %1 are shown as %2, and some others as %3, so that no one can be picked out.")
        .arg(threshold)
        .arg(Suppression::text(SuppressionMark::Primary, threshold),
             Suppression::text(SuppressionMark::Complementary, threshold));
}

QString legendText(const ReportResult& result)
{
    QString legend = thresholdText(result.threshold);
    if (result.threshold > 1 && anyWithheld(result))
        legend += QLatin1Char(' ') + Tr::tr("A %1 is a count hidden for the same reason.")
                                         .arg(Suppression::text(SuppressionMark::Withheld, result.threshold));
    return legend;
}

ReportCsvWords csvWords(const ReportResult& result)
{
    ReportCsvWords words;
    words.report = Tr::tr("Report", "the first column of an exported report (CSV)");
    words.reportId = Tr::tr("Report id", "the report definition's id, in an exported report (CSV)");
    words.period = Tr::tr("Period", "an exported report's period (CSV)");
    words.periodRange = Tr::tr("%1 to %2 (%3)", "a report's period in a CSV: first day, last day (ISO dates), its key");
    words.threshold = Tr::tr("Suppression threshold", "in an exported report (CSV)");
    words.hiddenCounts = Tr::tr("Hidden counts", "in an exported report (CSV)");
    words.hiddenCountsText = legendText(result);
    words.total = Tr::tr("Total");
    return words;
}

QString warningText(const ReportWarning& warning)
{
    const int n = static_cast<int>(qMin<qint64>(warning.count, std::numeric_limits<int>::max()));
    if (warning.key == QLatin1String("contacts_without_setting"))
        return Tr::tr("%n contacts have no place recorded.", nullptr, n);
    if (warning.key == QLatin1String("referrals_without_outcome"))
        return Tr::tr("%n referrals have no outcome 30 days after the contact.", nullptr, n);
    if (warning.key == QLatin1String("drug_checks_without_result"))
        return Tr::tr("%n drug checks have no result recorded.", nullptr, n);
    if (warning.key == QLatin1String("naloxone_without_shown"))
        return Tr::tr("%n contacts with naloxone given do not say whether the person was shown how to use it.", nullptr,
                      n);
    if (warning.key == QLatin1String("overdoses_without_outcome"))
        return Tr::tr("%n overdoses were reported with no outcome recorded.", nullptr, n);
    // A check added to the engine later: its own words and the number.
    return Tr::tr("%1: %2").arg(warning.text, QLocale().toString(warning.count));
}

std::unique_ptr<QTextDocument> reportDocument(const ReportResult& result, const ReportDocumentOptions& options)
{
    auto doc = newDocument();
    doc->setMetaInformation(QTextDocument::DocumentTitle, result.title);
    QTextCursor cursor(doc.get());
    const QTextCharFormat title = charFormat(15, true);
    const QTextCharFormat heading = charFormat(11, true);
    const QTextCharFormat body = charFormat(9.5);
    const QTextCharFormat small = charFormat(8.5, false, true);

    cursor.setBlockFormat(spaced(0, 2));
    cursor.insertText(result.title, title);
    cursor.insertBlock(spaced(0, 0));
    cursor.insertText(periodText(result.period), charFormat(11));
    if (!result.description.isEmpty()) {
        cursor.insertBlock(spaced(4, 0));
        cursor.insertText(result.description, small);
    }
    cursor.insertBlock(spaced(4, 0));
    cursor.insertText(legendText(result), body);

    if (options.withWarnings) {
        cursor.insertBlock(spaced(12, 2));
        cursor.insertText(Tr::tr("Check before you export"), heading);
        cursor.insertBlock(spaced(0, 2));
        cursor.insertText(Tr::tr("For you only: these are not in the exported files."), small);
        if (result.warnings.isEmpty()) {
            cursor.insertBlock(spaced(2, 0));
            cursor.insertText(Tr::tr("Nothing is missing from the records this report counts."), body);
        }
        for (const ReportWarning& w : result.warnings) {
            QTextBlockFormat item = spaced(2, 0);
            item.setIndent(1);
            cursor.insertBlock(item);
            cursor.insertText(QStringLiteral("•  ") + warningText(w), body);
        }
    }

    for (const ReportTable& t : result.tables)
        writeTable(cursor, t);
    return doc;
}

} // namespace continuum::ui
