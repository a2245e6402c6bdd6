// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportResult.h"

#include <QByteArray>

namespace continuum {

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
    static QByteArray write(const ReportResult& result);
};

} // namespace continuum
