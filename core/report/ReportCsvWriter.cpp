// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportCsvWriter.h"

#include <QStringList>

namespace continuum {

namespace {

QString field(QString text)
{
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!text.isEmpty() && formulaStarts.contains(text.front()) &&
        !(text.front() == QLatin1Char('-') && text.size() == 1))
        text.prepend(QLatin1Char('\''));
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void line(QByteArray& out, const QStringList& fields)
{
    QStringList quoted;
    for (const QString& f : fields)
        quoted << field(f);
    out += quoted.join(QLatin1Char(',')).toUtf8();
    out += "\r\n";
}

void writeTable(QByteArray& out, const ReportTable& t, const QString& totalWord)
{
    line(out, {t.title});
    if (!t.description.isEmpty())
        line(out, {t.description});
    const bool oneColumn = t.columnHeader.isEmpty();
    QStringList header{t.rowHeader};
    header += t.columnLabels;
    if (t.hasRowTotals)
        header << totalWord;
    line(out, header);
    for (int r = 0; r < t.rows(); ++r) {
        QStringList row{t.rowLabels.at(r)};
        for (int c = 0; c < t.columns(); ++c)
            row << t.cellText(r, c);
        if (t.hasRowTotals)
            row << t.rowTotalText(r);
        line(out, row);
    }
    if (t.hasColumnTotals) {
        QStringList total{totalWord};
        for (int c = 0; c < t.columns(); ++c)
            total << t.columnTotalText(c);
        if (t.hasGrandTotal)
            total << t.grandTotalText();
        line(out, total);
    } else if (t.hasGrandTotal && oneColumn) {
        line(out, {totalWord, t.grandTotalText()});
    }
    out += "\r\n";
}

} // namespace

QByteArray ReportCsvWriter::write(const ReportResult& result, const ReportCsvWords& words)
{
    QByteArray out;
    const int t = result.threshold;
    line(out, {words.report, result.title});
    line(out, {words.reportId, result.reportId});
    line(out,
         {words.period,
          QString(words.periodRange).arg(result.period.firstText(), result.period.lastText(), result.period.key())});
    line(out, {words.threshold, QString::number(t)});
    line(out, {words.hiddenCounts,
               !words.hiddenCountsText.isEmpty()
                   ? words.hiddenCountsText
                   : QStringLiteral("%1 is a count from 1 to %2. %3 is a count above %2, hidden so that no small count "
                                    "can be worked out from the totals. * is a count hidden for the same reason.")
                         .arg(Suppression::text(SuppressionMark::Primary, t))
                         .arg(t)
                         .arg(Suppression::text(SuppressionMark::Complementary, t))});
    out += "\r\n";
    for (const ReportTable& table : result.tables)
        writeTable(out, table, words.total);
    return out;
}

} // namespace continuum
