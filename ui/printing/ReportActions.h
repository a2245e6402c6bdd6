// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/Reports.h" // the documents these deliver, and PageDecoration

class QWidget;

namespace continuum::ui {

/// Preview, print or save as PDF, the same layout each way. Each returns true when the document went
/// out (printed or written), so the caller can record it in the audit log.
void previewReport(QWidget* parent, QTextDocument& doc, const PageDecoration& decoration);
bool printReport(QWidget* parent, QTextDocument& doc, const PageDecoration& decoration);
/// Warns once (per computer) that a PDF is not encrypted, then asks where to save it.
bool exportReportPdf(QWidget* parent, QTextDocument& doc, const PageDecoration& decoration,
                     const QString& suggestedName);

} // namespace continuum::ui
