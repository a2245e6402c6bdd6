// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QTextFormat>

#include <memory>

class QTextCursor;
class QTextDocument;
class QTextFrame;
class QTextTable;

/// The building blocks every printed document is made of, so the documents look alike: the report font,
/// text formats, frames kept on one page, borderless tables, label-and-text rows.
namespace continuum::ui::blocks {

/// An empty document with the report font (DejaVu Sans 10 pt), no margin, and charts enabled.
std::unique_ptr<QTextDocument> newDocument();

QTextCharFormat charFormat(qreal pointSize, bool bold = false, bool italic = false);
/// A paragraph with space before and after it, in points.
QTextBlockFormat spaced(qreal before, qreal after = 0);

/// A frame at the cursor that the page renderer keeps on one page when it fits (a goal, a signature).
QTextFrame* keepTogetherFrame(QTextCursor& cursor, qreal topMargin);

/// A full-width table without borders, its columns in percent of the width (even split where missing).
QTextTableFormat plainTable(int columns, const QList<qreal>& percents);

/// Appends a label-and-text row to a two-column table at row r (then r + 1), left out when the text is
/// empty. Lines of text become paragraphs.
void row(QTextTable* table, int& r, const QString& label, const QString& text, const QTextCharFormat& labelFormat,
         const QTextCharFormat& textFormat);

} // namespace continuum::ui::blocks
