// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/PageRenderer.h"

#include "printing/ChartObject.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextFrame>

#include <memory>

namespace continuum::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PageRenderer)
};
} // namespace

QPageSize defaultPageSize()
{
    switch (QLocale().territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::PuertoRico: return QPageSize(QPageSize::Letter);
    default: return QPageSize(QPageSize::A4);
    }
}

int renderDocument(QTextDocument& source, QPagedPaintDevice& device, const PageDecoration& decoration)
{
    // Lay out a copy against the device itself, so fonts and the chart measure as they will print.
    std::unique_ptr<QTextDocument> doc(source.clone());
    const QString pageOfText = source.property(kPageOfProperty).toString(); // clone() does not copy properties
    doc->documentLayout()->setPaintDevice(&device);
    ChartObject::registerWith(*doc);
    const qreal dpi = device.logicalDpiY();
    const QRectF paper(0, 0, device.width(), device.height());
    const qreal margin = 15.0 / 25.4 * dpi; // 15 mm all round
    QFont headerFont(QStringLiteral("DejaVu Sans"));
    headerFont.setPointSizeF(8);
    const qreal headerHeight =
        QFontMetricsF(headerFont, &device).height() * (decoration.draftMark.isEmpty() ? 2.2 : 3.4);
    const QRectF content = paper.adjusted(margin, margin + headerHeight, -margin, -margin);
    doc->setPageSize(content.size());

    // Keep goals and signature blocks whole: a frame that straddles a page boundary and would fit on
    // one page starts on the next. Repeat until nothing moves.
    const qreal pageHeight = content.height();
    for (int pass = 0; pass < 50; ++pass) {
        bool moved = false;
        for (QTextFrame* frame : doc->rootFrame()->childFrames()) {
            if (!frame->frameFormat().property(kKeepTogetherProperty).toBool())
                continue;
            const QRectF r = doc->documentLayout()->frameBoundingRect(frame);
            if (r.height() >= pageHeight * 0.95)
                continue; // taller than a page: it will break between lines
            const int firstPage = int(r.top() / pageHeight);
            const int lastPage = int((r.bottom() - 1) / pageHeight);
            if (firstPage == lastPage)
                continue;
            QTextFrameFormat f = frame->frameFormat();
            if (f.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)
                continue;
            f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            frame->setFrameFormat(f);
            moved = true;
            break; // everything after it moved; measure again
        }
        if (!moved)
            break;
    }
    const int pages = qMax(1, doc->pageCount());

    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        painter.save();
        painter.setFont(headerFont);
        painter.setPen(QColor(60, 60, 60));
        const QRectF headerRect(margin, margin, paper.width() - 2 * margin, headerHeight);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignTop, decoration.header);
        const QString pageOf = pageOfText.isEmpty() ? Tr::tr("Page %1 of %2") : pageOfText;
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignTop, pageOf.arg(page + 1).arg(pages));
        if (!decoration.draftMark.isEmpty()) {
            QFont mark = headerFont;
            mark.setBold(true);
            mark.setPointSizeF(10);
            painter.setFont(mark);
            painter.setPen(QColor(170, 30, 30));
            painter.drawText(headerRect.adjusted(0, 0, 0, -headerHeight * 0.2), Qt::AlignHCenter | Qt::AlignBottom,
                             decoration.draftMark);
        }
        painter.setPen(QPen(QColor(160, 160, 160), dpi / 150.0));
        const qreal rule = margin + headerHeight * 0.88;
        painter.drawLine(QPointF(margin, rule), QPointF(paper.width() - margin, rule));
        painter.restore();

        painter.save();
        painter.translate(content.left(), content.top() - page * pageHeight);
        const QRectF clip(0, page * pageHeight, content.width(), pageHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = clip;
        ctx.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, ctx);
        painter.restore();
    }
    painter.end();
    return pages;
}

} // namespace continuum::ui
