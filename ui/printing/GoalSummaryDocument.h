// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/PageRenderer.h"
#include "report/ReportData.h"

#include <QStringList>

#include <memory>

class QTextDocument;

namespace continuum::ui {

/// What a goal summary printed, told apart: the program's fixed texts (in the printout's language) and the
/// person's own words (exactly as stored), for the reading level the print dialog shows.
struct GoalSummaryTexts {
    QString language;   ///< the language the fixed texts are in ("en", "es")
    QStringList fixed;  ///< every fixed text on the page, as printed (a "%1" not yet filled in)
    QStringList theirs; ///< every piece of their words on the page
};

/// The client's one-page goal summary, first person and plain words, as a document ready to paginate
/// (printing/PageRenderer.h). Its fixed texts and dates are in data.language (the client's language for
/// printouts; empty: the window's), their words exactly as stored. With texts, notes which is which.
std::unique_ptr<QTextDocument> goalSummaryDocument(const GoalSummaryData& data, GoalSummaryTexts* texts = nullptr);

/// The header and "page x of y" of each page of the summary, in the same language as its texts.
PageDecoration goalSummaryDecoration(const GoalSummaryData& data);

} // namespace continuum::ui
