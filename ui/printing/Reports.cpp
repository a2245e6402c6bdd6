// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/Reports.h"

#include "common/Labels.h"
#include "goals/ReadinessChart.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextObjectInterface>
#include <QTextTable>

namespace continuum::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Reports)
};

constexpr int kChartObject = QTextFormat::UserObject + 1;
enum ChartProperty { ChartPoints = QTextFormat::UserProperty + 1, ChartWidthMm, ChartHeightMm };
// Frames whose content must stay on one page when it fits.
constexpr int kKeepTogether = QTextFormat::UserProperty + 10;

/// Draws a readiness chart inside the text, with the same painting code as the client page.
class ChartObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat& format) override
    {
        const qreal dpi =
            doc->documentLayout()->paintDevice() ? doc->documentLayout()->paintDevice()->logicalDpiX() : 96;
        return {format.doubleProperty(ChartWidthMm) / 25.4 * dpi, format.doubleProperty(ChartHeightMm) / 25.4 * dpi};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int, const QTextFormat& format) override
    {
        QList<ReadinessPoint> points;
        for (const QVariant& v : format.property(ChartPoints).toList()) {
            const QVariantMap m = v.toMap();
            ReadinessPoint p;
            p.date = m.value(QStringLiteral("date")).toDate();
            if (m.contains(QStringLiteral("i")))
                p.importance = m.value(QStringLiteral("i")).toInt();
            if (m.contains(QStringLiteral("c")))
                p.confidence = m.value(QStringLiteral("c")).toInt();
            if (m.contains(QStringLiteral("r")))
                p.readiness = m.value(QStringLiteral("r")).toInt();
            points.append(p);
        }
        QPalette light;
        light.setColor(QPalette::WindowText, Qt::black);
        painter->save();
        // Draw in screen units (96 per inch) scaled to the device, so lines and labels keep their size on
        // a 600 dpi PDF just as on screen.
        const qreal scale = painter->device() ? painter->device()->logicalDpiY() / 96.0 : 1.0;
        painter->translate(rect.topLeft());
        painter->scale(scale, scale);
        QFont small(QStringLiteral("DejaVu Sans"));
        small.setPixelSize(7);
        painter->setFont(small);
        painter->setRenderHint(QPainter::Antialiasing);
        ReadinessChart::paint(*painter, QRectF(QPointF(0, 0), rect.size() / scale), points, light, true);
        painter->restore();
    }
};

QTextCharFormat charFormat(qreal pointSize, bool bold = false, bool italic = false)
{
    QTextCharFormat f;
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    return f;
}

QTextBlockFormat spaced(qreal before, qreal after = 0)
{
    QTextBlockFormat b;
    b.setTopMargin(before);
    b.setBottomMargin(after);
    return b;
}

std::unique_ptr<QTextDocument> newDocument()
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setStyleHint(QFont::SansSerif);
    base.setPointSizeF(10);
    doc->setDefaultFont(base);
    auto* chart = new ChartObject(doc.get());
    doc->documentLayout()->registerHandler(kChartObject, chart);
    return doc;
}

QTextFrame* keepTogetherFrame(QTextCursor& cursor, qreal topMargin)
{
    QTextFrameFormat f;
    f.setProperty(kKeepTogether, true);
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

void insertChart(QTextCursor& cursor, const QList<ReadinessPoint>& trend, qreal widthMm, qreal heightMm)
{
    QVariantList points;
    for (const ReadinessPoint& p : trend) {
        QVariantMap m{{QStringLiteral("date"), p.date}};
        if (p.importance)
            m.insert(QStringLiteral("i"), *p.importance);
        if (p.confidence)
            m.insert(QStringLiteral("c"), *p.confidence);
        if (p.readiness)
            m.insert(QStringLiteral("r"), *p.readiness);
        points.append(m);
    }
    QTextCharFormat f;
    f.setObjectType(kChartObject);
    f.setProperty(ChartPoints, points);
    f.setProperty(ChartWidthMm, widthMm);
    f.setProperty(ChartHeightMm, heightMm);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), f);
}

/// A label-and-text row, left out when the text is empty.
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

std::optional<int> latest(const QList<ReadinessPoint>& trend, std::optional<int> ReadinessPoint::*member)
{
    for (auto it = trend.crbegin(); it != trend.crend(); ++it) {
        if ((*it).*member)
            return (*it).*member;
    }
    return std::nullopt;
}

} // namespace

std::unique_ptr<QTextDocument> goalSummaryDocument(const GoalSummaryData& data)
{
    auto doc = newDocument();
    doc->setMetaInformation(QTextDocument::DocumentTitle, Tr::tr("My plan — %1").arg(data.chosenName));
    QTextCursor cursor(doc.get());
    const QTextCharFormat title = charFormat(15, true);
    const QTextCharFormat small = charFormat(8.5);
    const QTextCharFormat labelFmt = charFormat(8, true);
    const QTextCharFormat body = charFormat(9.5);
    const QTextCharFormat words = charFormat(11, true);

    cursor.setBlockFormat(spaced(0, 2));
    cursor.insertText(Tr::tr("My plan"), title);
    cursor.insertBlock(spaced(0, 0));
    cursor.insertText(data.chosenName + QStringLiteral(" · ") + QLocale().toString(data.date, QLocale::LongFormat),
                      body);
    if (!data.agencyName.isEmpty() || !data.agencyContact.isEmpty()) {
        cursor.insertBlock(spaced(1, 0));
        QStringList agency{data.agencyName};
        agency.append(data.agencyContact.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        agency.removeAll(QString());
        cursor.insertText(agency.join(QStringLiteral(" · ")), small);
    }

    for (const GoalSummaryData::GoalBlock& goal : data.goals) {
        QTextFrame* frame = keepTogetherFrame(cursor, 6);
        QTextCursor in = frame->firstCursorPosition();
        // With a trend, a third column holds the small chart beside the words, so four goals fit a page.
        const bool chart = goal.trend.size() > 1;
        QTextTable* table =
            in.insertTable(1, chart ? 3 : 2, chart ? plainTable(3, {22, 53, 25}) : plainTable(2, {22, 78}));
        QTextCursor c = table->cellAt(0, 0).firstCursorPosition();
        c.insertText(Tr::tr("What I want"), labelFmt);
        c = table->cellAt(0, 1).firstCursorPosition();
        c.insertText(goal.fields.clientWords, words);
        int r = 1;
        row(table, r, Tr::tr("Why it matters to me"), goal.fields.whyItMatters, labelFmt, body);
        QStringList steps;
        for (const QString& step : goal.fields.steps)
            steps.append(QStringLiteral("•  ") + step);
        row(table, r, Tr::tr("My next steps"), steps.join(QLatin1Char('\n')), labelFmt, body);
        row(table, r, Tr::tr("Who can help"), goal.fields.whoCanHelp, labelFmt, body);
        row(table, r, Tr::tr("If it gets hard"), goal.fields.ifItGetsHard, labelFmt, body);
        const auto importance = latest(goal.trend, &ReadinessPoint::importance);
        const auto confidence = latest(goal.trend, &ReadinessPoint::confidence);
        QStringList feel;
        if (importance)
            feel.append(Tr::tr("How important: %1 out of 10").arg(*importance));
        if (confidence)
            feel.append(Tr::tr("How confident: %1 out of 10").arg(*confidence));
        row(table, r, Tr::tr("How I feel about it now"), feel.join(QLatin1Char('\n')), labelFmt, body);
        if (chart) {
            table->mergeCells(0, 2, table->rows(), 1);
            QTextCursor cell = table->cellAt(0, 2).firstCursorPosition();
            QTextBlockFormat centred;
            centred.setAlignment(Qt::AlignHCenter);
            cell.setBlockFormat(centred);
            insertChart(cell, goal.trend, 42, 22);
        }
        cursor = QTextCursor(doc.get());
        cursor.movePosition(QTextCursor::End);
    }

    if (!data.substances.isEmpty()) {
        cursor.insertBlock(spaced(10, 0));
        cursor.insertText(Tr::tr("Substances we talked about: "), labelFmt);
        cursor.insertText(data.substances.join(QStringLiteral(", ")), body);
    }

    // The closing: always together, never alone at the top of an otherwise empty page if avoidable.
    QTextFrame* sign = keepTogetherFrame(cursor, 12);
    QTextCursor s = sign->firstCursorPosition();
    s.setBlockFormat(spaced(0, 8));
    s.insertText(Tr::tr("We made this plan together."), charFormat(11, true));
    QTextTable* lines = s.insertTable(2, 2, plainTable(2, {50, 50}));
    lines->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("\n______________________________"), body);
    lines->cellAt(0, 1).firstCursorPosition().insertText(QStringLiteral("\n______________________________"), body);
    lines->cellAt(1, 0).firstCursorPosition().insertText(data.chosenName, small);
    lines->cellAt(1, 1).firstCursorPosition().insertText(
        data.counselor.isEmpty() ? Tr::tr("Counselor") : data.counselor, small);
    return doc;
}

std::unique_ptr<QTextDocument> sessionNoteDocument(const SessionNoteData& data)
{
    auto doc = newDocument();
    const SessionRecord& rec = data.record;
    const SessionContent& c = rec.content;
    doc->setMetaInformation(QTextDocument::DocumentTitle, Tr::tr("Session note — %1").arg(data.chosenName));
    QTextCursor cursor(doc.get());
    const QTextCharFormat title = charFormat(15, true);
    const QTextCharFormat heading = charFormat(11, true);
    const QTextCharFormat labelFmt = charFormat(9, true);
    const QTextCharFormat body = charFormat(9.5);
    const QTextCharFormat quote = charFormat(9.5, false, true);

    cursor.setBlockFormat(spaced(0, 4));
    cursor.insertText(Tr::tr("MI session note"), title);
    QTextTable* head = cursor.insertTable(1, 2, plainTable(2, {25, 75}));
    int r = 0;
    row(head, r, Tr::tr("Client"), data.chosenName, labelFmt, body);
    row(head, r, Tr::tr("Agency code"), data.agencyCode, labelFmt, body);
    QString when = QLocale().toString(c.date, QLocale::LongFormat);
    if (c.startTime)
        when += QStringLiteral(", ") + QLocale().toString(*c.startTime, QLocale::ShortFormat);
    row(head, r, Tr::tr("Date"), when, labelFmt, body);
    if (c.durationMinutes)
        row(head, r, Tr::tr("Duration"), Tr::tr("%1 minutes").arg(*c.durationMinutes), labelFmt, body);
    if (c.setting)
        row(head, r, Tr::tr("Setting"), label(*c.setting), labelFmt, body);
    QStringList processes;
    for (MiProcess p : c.processes)
        processes.append(label(p));
    row(head, r, Tr::tr("MI processes"), processes.join(QStringLiteral(", ")), labelFmt, body);
    head->removeRows(head->rows() - 1, 1); // the empty row the table started with
    cursor.movePosition(QTextCursor::End);

    for (const SessionGoalEntry& e : c.goals) {
        QTextFrame* frame = keepTogetherFrame(cursor, 8);
        QTextCursor in = frame->firstCursorPosition();
        in.setBlockFormat(spaced(0, 2));
        in.insertText(Tr::tr("Goal: %1").arg(data.goalWords.value(e.goalId)), heading);
        QTextTable* t = in.insertTable(1, 2, plainTable(2, {25, 75}));
        int gr = 0;
        QString stage = e.stage ? label(*e.stage) : QString();
        if (e.returnToUse)
            stage += (stage.isEmpty() ? QString() : QStringLiteral("; ")) +
                     Tr::tr("described a return to use (part of the cycle)");
        row(t, gr, Tr::tr("Stage observed"), stage, labelFmt, body);
        const auto ruler = [&](const QString& name, const std::optional<RulerScore>& s) {
            if (!s)
                return;
            QString text = Tr::tr("%1 of 10").arg(s->value);
            if (!s->whyNotLower.isEmpty())
                text += QLatin1Char('\n') + Tr::tr("Why %1 and not lower: “%2”").arg(s->value).arg(s->whyNotLower);
            if (!s->whatWouldHelp.isEmpty())
                text += QLatin1Char('\n') + Tr::tr("What would help move higher: “%1”").arg(s->whatWouldHelp);
            row(t, gr, name, text, labelFmt, body);
        };
        ruler(Tr::tr("Importance"), e.importance);
        ruler(Tr::tr("Confidence"), e.confidence);
        ruler(Tr::tr("Readiness"), e.readiness);
        QStringList change, sustain;
        for (const TalkQuote& q : e.quotes) {
            const QString line = QStringLiteral("%1: “%2”").arg(label(q.category), q.quote);
            (q.direction == TalkDirection::Change ? change : sustain).append(line);
        }
        row(t, gr, Tr::tr("Change talk"), change.join(QLatin1Char('\n')), labelFmt, quote);
        row(t, gr, Tr::tr("Sustain talk"), sustain.join(QLatin1Char('\n')), labelFmt, quote);
        t->removeRows(t->rows() - 1, 1);
        cursor = QTextCursor(doc.get());
        cursor.movePosition(QTextCursor::End);
    }

    if (!c.balance.isEmpty()) {
        QTextFrame* frame = keepTogetherFrame(cursor, 8);
        QTextCursor in = frame->firstCursorPosition();
        in.setBlockFormat(spaced(0, 2));
        in.insertText(Tr::tr("Decisional balance"), heading);
        QTextTableFormat grid = plainTable(2, {50, 50});
        grid.setBorder(0.5);
        grid.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        grid.setCellPadding(3);
        QTextTable* t = in.insertTable(2, 2, grid);
        const QList<BalanceBox> boxes = allValues<BalanceBox>();
        for (int i = 0; i < boxes.size(); ++i) {
            QTextCursor cell = t->cellAt(i / 2, i % 2).firstCursorPosition();
            cell.insertText(label(boxes.at(i)), labelFmt);
            for (const BalanceItem& b : c.balance) {
                if (b.box == boxes.at(i)) {
                    cell.insertBlock();
                    cell.insertText(QStringLiteral("•  ") + b.text, body);
                }
            }
        }
        cursor = QTextCursor(doc.get());
        cursor.movePosition(QTextCursor::End);
    }

    if (c.changePlan && !c.changePlan->isEmpty()) {
        QTextFrame* frame = keepTogetherFrame(cursor, 8);
        QTextCursor in = frame->firstCursorPosition();
        in.setBlockFormat(spaced(0, 2));
        in.insertText(Tr::tr("Change plan"), heading);
        QTextTable* t = in.insertTable(1, 2, plainTable(2, {30, 70}));
        int pr = 0;
        row(t, pr, Tr::tr("The changes I want to make"), c.changePlan->changesIWant, labelFmt, body);
        row(t, pr, Tr::tr("The most important reasons"), c.changePlan->mostImportantReasons, labelFmt, body);
        row(t, pr, Tr::tr("The steps I plan to take"), c.changePlan->stepsIPlan, labelFmt, body);
        row(t, pr, Tr::tr("How other people can help"), c.changePlan->howOthersCanHelp, labelFmt, body);
        row(t, pr, Tr::tr("How I will know my plan is working"), c.changePlan->howIWillKnow, labelFmt, body);
        row(t, pr, Tr::tr("What could get in the way"), c.changePlan->whatCouldGetInTheWay, labelFmt, body);
        t->removeRows(t->rows() - 1, 1);
        cursor = QTextCursor(doc.get());
        cursor.movePosition(QTextCursor::End);
    }

    if (!c.note.isEmpty()) {
        cursor.insertBlock(spaced(10, 2));
        cursor.insertText(Tr::tr("Note (%1)").arg(label(c.noteFormat)), heading);
        for (const NoteSection& n : c.note) {
            cursor.insertBlock(spaced(4, 0));
            cursor.insertText(noteSectionTitle(n.key), labelFmt);
            for (const QString& para : n.body.split(QLatin1Char('\n'))) {
                cursor.insertBlock(spaced(0, 0));
                cursor.insertText(para, body);
            }
        }
    }
    if (!c.nextSteps.isEmpty() || c.followUp) {
        cursor.insertBlock(spaced(10, 2));
        cursor.insertText(Tr::tr("Next steps"), heading);
        if (!c.nextSteps.isEmpty()) {
            cursor.insertBlock(spaced(0, 0));
            cursor.insertText(c.nextSteps, body);
        }
        if (c.followUp) {
            cursor.insertBlock(spaced(2, 0));
            cursor.insertText(Tr::tr("Follow-up: %1").arg(QLocale().toString(*c.followUp, QLocale::LongFormat)), body);
        }
    }

    QTextFrame* sign = keepTogetherFrame(cursor, 14);
    QTextCursor s = sign->firstCursorPosition();
    if (rec.signedAt) {
        s.insertText(Tr::tr("Signed by %1 on %2")
                         .arg(rec.signedBy, QLocale().toString(rec.signedAt->toLocalTime(), QLocale::LongFormat)),
                     heading);
    } else {
        s.insertText(Tr::tr("Draft — not signed"), heading);
    }
    cursor = QTextCursor(doc.get());
    cursor.movePosition(QTextCursor::End);
    for (const Addendum& a : rec.addenda) {
        QTextFrame* frame = keepTogetherFrame(cursor, 10);
        QTextCursor in = frame->firstCursorPosition();
        in.insertText(Tr::tr("Addendum %1 — signed by %2 on %3")
                          .arg(a.number)
                          .arg(a.signedBy, QLocale().toString(a.signedAt.toLocalTime(), QLocale::LongFormat)),
                      labelFmt);
        for (const QString& para : a.body.split(QLatin1Char('\n'))) {
            in.insertBlock(spaced(0, 0));
            in.insertText(para, body);
        }
        cursor = QTextCursor(doc.get());
        cursor.movePosition(QTextCursor::End);
    }
    return doc;
}

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
    doc->documentLayout()->setPaintDevice(&device);
    doc->documentLayout()->registerHandler(kChartObject, new ChartObject(doc.get()));
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
            if (!frame->frameFormat().property(kKeepTogether).toBool())
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
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignTop, Tr::tr("Page %1 of %2").arg(page + 1).arg(pages));
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

Status writePdf(QTextDocument& doc, const QString& file, const PageDecoration& decoration, const QPageSize& pageSize,
                int* pages)
{
    const QString partial = file + QStringLiteral(".part");
    {
        QPdfWriter writer(partial);
        writer.setPageSize(pageSize);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Continuum"));
        writer.setTitle(doc.metaInformation(QTextDocument::DocumentTitle));
        const int n = renderDocument(doc, writer, decoration);
        if (pages)
            *pages = n;
    }
    QFile written(partial);
    if (!written.exists() || written.size() == 0) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, QStringLiteral("the PDF could not be written to ") + file);
    }
    QFile::remove(file);
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return makeError(ErrorCode::Io, QStringLiteral("the PDF could not be moved to ") + file);
    }
    return {};
}

} // namespace continuum::ui

#include "Reports.moc"
