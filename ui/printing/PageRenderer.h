// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPageSize>
#include <QString>
#include <QTextFormat>

class QPagedPaintDevice;
class QTextDocument;

namespace continuum::ui {

/// What every page repeats: who it is about and, for a draft, that it is not signed.
struct PageDecoration {
    QString header;    ///< e.g. the chosen name and the kind of document
    QString draftMark; ///< non-empty: printed on every page, e.g. "Draft — not signed"
};

/// A document property (QObject::setProperty): "Page %1 of %2" in the language the document prints in, when
/// that is not the window's (a client's printout in their language). Absent: the window's words.
inline constexpr char kPageOfProperty[] = "continuumPageOf";

/// A frame property: a top-level frame that carries it (true) starts on a new page rather than being split,
/// when it fits on one page. Documents set it on goals and signature blocks.
inline constexpr int kKeepTogetherProperty = QTextFormat::UserProperty + 10;

/// Lays doc out on device's pages without splitting a frame marked kKeepTogetherProperty across pages
/// (unless it is taller than a page, and then only between lines), and draws the header with "page x of
/// y" on each. The same code serves the preview, the printer and PDF. Returns the number of pages.
int renderDocument(QTextDocument& doc, QPagedPaintDevice& device, const PageDecoration& decoration);

/// Letter where the locale's country uses it, A4 elsewhere.
QPageSize defaultPageSize();

} // namespace continuum::ui
