// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Period.h"
#include "report/ReportCsvWriter.h"
#include "report/ReportResult.h"

#include <QString>

#include <memory>

class QTextDocument;

namespace continuum::ui {

/// What a report document holds besides the counts.
struct ReportDocumentOptions {
    /// The data-quality warnings, first: for the counselor's preview only. Their counts are not suppressed, so
    /// a document that leaves the program (PDF) never has them.
    bool withWarnings = false;
};

/// A report as a document ready to show or paginate (printing/PageRenderer.h): the title, the period in words,
/// what the hidden counts mean, the warnings (when asked), then each table with its totals. Every count comes
/// through ReportTable's *Text() functions, so a suppressed one prints as "<11", ">10" or "*".
std::unique_ptr<QTextDocument> reportDocument(const ReportResult& result, const ReportDocumentOptions& options);

/// The period in words: "July 2025", "July to September 2025", "2025", or the first and last day.
QString periodText(const Period& period);

/// "Counts from 1 to 10 are shown as <11, and some others as >10, so that no one can be picked out."
QString thresholdText(int threshold);

/// What the hidden counts mean in this report: thresholdText(), and a sentence for "*" when a table shows one.
/// The preview, the PDF and the CSV all say it in these words.
QString legendText(const ReportResult& result);

/// One warning as a plain sentence with its count: "12 contacts have no place recorded."
QString warningText(const ReportWarning& warning);

/// The CSV file's fixed words ("Report", "Period", "Total", what the hidden counts mean) in the interface's
/// language, as the preview and the PDF show them.
ReportCsvWords csvWords(const ReportResult& result);

} // namespace continuum::ui
