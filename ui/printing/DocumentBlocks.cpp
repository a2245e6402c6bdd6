// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/DocumentBlocks.h"

#include "printing/ChartObject.h"
#include "printing/PageRenderer.h"

#include <QFont>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace continuum::ui::blocks {

std::unique_ptr<QTextDocument> newDocument()
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setStyleHint(QFont::SansSerif);
    base.setPointSizeF(10);
    doc->setDefaultFont(base);
    ChartObject::registerWith(*doc);
    return doc;
}

QTextCharFormat charFormat(qreal pointSize, bool bold, bool italic)
{
    QTextCharFormat f;
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    return f;
}

QTextBlockFormat spaced(qreal before, qreal after)
{
    QTextBlockFormat b;
    b.setTopMargin(before);
    b.setBottomMargin(after);
    return b;
}

QTextFrame* keepTogetherFrame(QTextCursor& cursor, qreal topMargin)
{
    QTextFrameFormat f;
    f.setProperty(kKeepTogetherProperty, true);
    f.setTopMargin(topMargin);
    f.setBorder(0);
    f.setPadding(0);
    return cursor.insertFrame(f);
}

QTextTableFormat plainTable(int columns, const QList<qreal>& percents)
{
    QTextTableFormat t;
    t.setBorder(0);
    t.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    t.setCellPadding(1.5);
    t.setCellSpacing(0);
    t.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> widths;
    for (int i = 0; i < columns; ++i)
        widths.append(QTextLength(QTextLength::PercentageLength, percents.value(i, 100.0 / columns)));
    t.setColumnWidthConstraints(widths);
    return t;
}

void row(QTextTable* table, int& r, const QString& label, const QString& text, const QTextCharFormat& labelFormat,
         const QTextCharFormat& textFormat)
{
    if (text.trimmed().isEmpty())
        return;
    table->appendRows(1);
    QTextCursor c = table->cellAt(r, 0).firstCursorPosition();
    c.insertText(label, labelFormat);
    c = table->cellAt(r, 1).firstCursorPosition();
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (int i = 0; i < paragraphs.size(); ++i) {
        if (i > 0)
            c.insertBlock();
        c.insertText(paragraphs.at(i), textFormat);
    }
    ++r;
}

} // namespace continuum::ui::blocks
