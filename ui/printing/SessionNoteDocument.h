// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <memory>

class QTextDocument;

namespace continuum::ui {

/// The clinician-facing session note, signed or a draft, with its addenda, as a document ready to
/// paginate (printing/PageRenderer.h).
std::unique_ptr<QTextDocument> sessionNoteDocument(const SessionNoteData& data);

} // namespace continuum::ui
