// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <QPageSize>

namespace continuum::ui {

/// Keeps the printed plan to the pages it takes without "Changes I have made" (one page for a typical plan):
/// leaves on `data` only as many of the newest changes as fit, on Letter and on A4 alike, and counts the rest
/// in moreChanges ("…and N more in my record"). None may fit beside many long goals; then the section is left
/// out and false is returned, so the window can say why.
bool fitPlanChangesToPages(GoalSummaryData& data);

/// How many pages the goal summary of `data` takes on paper of this size.
int goalSummaryPages(const GoalSummaryData& data, const QPageSize& pageSize);

} // namespace continuum::ui
