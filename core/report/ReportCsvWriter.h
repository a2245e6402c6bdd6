// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportResult.h"

#include <QByteArray>
#include <QString>

namespace continuum {

/// The fixed words of a report's CSV file. English by default; the window words them in the reader's language
/// (ui/reports/ReportDocument.h, csvWords), as it words the report's labels. The counts, the marks and the period's
/// dates and key are the same in every language.
struct ReportCsvWords {
    QString report = QStringLiteral("Report");
    QString reportId = QStringLiteral("Report id");
    QString period = QStringLiteral("Period");
    /// The period's value: %1 its first day and %2 its last (ISO dates), %3 its key ("2025-Q3").
    QString periodRange = QStringLiteral("%1 to %2 (%3)");
    QString threshold = QStringLiteral("Suppression threshold");
    QString hiddenCounts = QStringLiteral("Hidden counts");
    /// What the marks mean. Empty: an English sentence for the report's threshold.
    QString hiddenCountsText;
    QString total = QStringLiteral("Total");
};

/// A report as CSV (RFC 4180: CRLF line ends, every field quoted, quotes doubled; UTF-8 without a byte-order
/// mark). A header block names the report, the period and the suppression threshold and explains the marks;
/// then each table: its title and description, a header row, one row per row label with its total, and a
/// total row. Hidden counts print as in the preview ("<11", ">10", "*"). Holds the report's labels and counts
/// only: no name, code, note or date other than the period's first and last day, and no warnings (their
/// counts are not suppressed). A field a spreadsheet would run as a formula (starting with =, +, -, @) is
/// prefixed with an apostrophe.
class ReportCsvWriter final
{
public:
    static QByteArray write(const ReportResult& result, const ReportCsvWords& words = {});
};

} // namespace continuum
