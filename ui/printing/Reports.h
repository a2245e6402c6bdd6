// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"
#include "util/Result.h"

#include <QPageSize>
#include <QString>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace continuum::ui {

/// What every page repeats: who it is about and, for a draft, that it is not signed.
struct PageDecoration {
    QString header;    ///< e.g. the chosen name and the kind of document
    QString draftMark; ///< non-empty: printed on every page, e.g. "Draft — not signed"
};

/// The client's one-page goal summary, first person and plain words, as a document ready to paginate.
std::unique_ptr<QTextDocument> goalSummaryDocument(const GoalSummaryData& data);
/// The clinician-facing session note.
std::unique_ptr<QTextDocument> sessionNoteDocument(const SessionNoteData& data);

/// Lays doc out on device's pages without splitting a goal or a signature block across pages (unless it
/// is taller than a page, and then only between lines), and draws the header with "page x of y" on each.
/// The same code serves the preview, the printer and PDF. Returns the number of pages.
int renderDocument(QTextDocument& doc, QPagedPaintDevice& device, const PageDecoration& decoration);

/// Letter where the locale's country uses it, A4 elsewhere.
QPageSize defaultPageSize();

/// Writes doc to a PDF file (fonts embedded, text selectable). Io or DiskFull on failure.
Status writePdf(QTextDocument& doc, const QString& file, const PageDecoration& decoration,
                const QPageSize& pageSize = defaultPageSize(), int* pages = nullptr);

} // namespace continuum::ui
