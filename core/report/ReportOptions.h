// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportDefinition.h"

#include <QDate>
#include <QList>

namespace continuum {

/// How to run a report.
struct ReportOptions {
    int threshold = 10; ///< counts 1..threshold are hidden (CounselorService::smallCellThreshold); at least 1
    QDate today;        ///< the counselor's date, from the workspace clock: "no outcome 30 days after" is from it
    /// Every report the program can publish for a period (the catalog's, in its order). A count one of them
    /// hides is hidden in this report too, so two reports over the same period never show what the other hides:
    /// the hiding is worked out over all of them together, in this order whichever report is run, and is the
    /// same for each. Empty: this report alone.
    QList<ReportDefinition> publishedWith;
};

} // namespace continuum
