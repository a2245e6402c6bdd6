// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <memory>

class QTextDocument;

namespace continuum::ui {

/// The client's one-page goal summary, first person and plain words, as a document ready to paginate
/// (printing/PageRenderer.h).
std::unique_ptr<QTextDocument> goalSummaryDocument(const GoalSummaryData& data);

} // namespace continuum::ui
