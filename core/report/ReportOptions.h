// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace continuum {

/// How to run a report.
struct ReportOptions {
    int threshold = 10; ///< counts 1..threshold are hidden (CounselorService::smallCellThreshold); at least 1
    QDate today;        ///< the counselor's date, from the workspace clock: "no outcome 30 days after" is from it
};

} // namespace continuum
