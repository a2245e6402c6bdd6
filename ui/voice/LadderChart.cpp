// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/LadderChart.h"

#include "voice/VoiceText.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <numeric>

namespace continuum::ui {

namespace {

constexpr qreal kRadius = 4.5;

/// As many rows as the most steps any set had, so an earlier, longer set still fits.
int rowsFor(int stepCount, const QList<LadderMark>& marks)
{
    int rows = stepCount;
    for (const LadderMark& m : marks)
        rows = std::max({rows, m.stepCount, m.step + 1});
    return std::max(rows, 1);
}

QRectF plotArea(const QFontMetricsF& fm, const QRectF& rect, int rows)
{
    const qreal axis = fm.horizontalAdvance(QString::number(rows)) + 8;
    return rect.adjusted(axis, fm.height() / 2, -fm.height(), -(fm.height() + 6));
}

} // namespace

LadderChart::LadderChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ladderChart"));
    setAccessibleName(tr("Where they marked themselves on their steps, drawn over time"));
    setAccessibleDescription(summary(0, {}));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void LadderChart::setLadder(int currentRevision, int stepCount, const QList<LadderMark>& marks)
{
    m_revision = currentRevision;
    m_stepCount = stepCount;
    m_marks = marks;
    setAccessibleDescription(summary(stepCount, marks));
    setToolTip(accessibleDescription());
    update();
}

QString LadderChart::summary(int stepCount, const QList<LadderMark>& marks)
{
    if (stepCount == 0)
        return tr("No steps set yet.");
    if (marks.isEmpty())
        return tr("%n step(s) set; no marks yet.", nullptr, stepCount);
    const LadderMark& last = marks.last();
    return tr("%n mark(s), from %1 to %2. The latest, on %3: %4, “%5”.", nullptr, int(marks.size()))
        .arg(dayText(marks.first().markedOn), dayText(last.markedOn), dayText(last.markedOn),
             stepPlaceText(last.step, last.stepCount), last.stepWords);
}

QList<QPointF> LadderChart::markPositions(const QFontMetricsF& fm, const QRectF& rect, int stepCount,
                                          const QList<LadderMark>& marks)
{
    QList<QPointF> out;
    if (marks.isEmpty())
        return out;
    const int rows = rowsFor(stepCount, marks);
    const QRectF plot = plotArea(fm, rect, rows);
    QDate first = marks.first().markedOn;
    QDate last = first;
    for (const LadderMark& m : marks) {
        first = std::min(first, m.markedOn);
        last = std::max(last, m.markedOn);
    }
    const qint64 span = first.daysTo(last);
    const qreal band = plot.height() / rows;
    for (const LadderMark& m : marks) {
        const qreal x = span == 0 ? plot.center().x() : plot.left() + plot.width() * first.daysTo(m.markedOn) / span;
        const qreal y = plot.bottom() - band * (m.step + 0.5);
        out.append({x, y});
    }
    return out;
}

void LadderChart::paint(QPainter& p, const QRectF& rect, int currentRevision, int stepCount,
                        const QList<LadderMark>& marks, const QPalette& palette)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(p.font());
    const QColor text = palette.color(QPalette::Text);
    const QColor faint = palette.color(QPalette::Mid);
    const QColor mark = palette.color(QPalette::Highlight);
    if (stepCount == 0 && marks.isEmpty()) {
        p.setPen(faint);
        p.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, tr("No steps set yet."));
        p.restore();
        return;
    }
    const int rows = rowsFor(stepCount, marks);
    const QRectF plot = plotArea(fm, rect, rows);
    const qreal band = plot.height() / rows;

    // One band per step, numbered as the person counts them (1 at the bottom).
    for (int i = 0; i < rows; ++i) {
        const qreal y = plot.bottom() - band * (i + 0.5);
        p.setPen(QPen(faint, 0.5, Qt::DotLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(rect.left(), y - fm.height() / 2, plot.left() - rect.left() - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(i + 1));
    }
    p.setPen(QPen(faint, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    if (marks.isEmpty()) {
        p.setPen(faint);
        p.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, tr("No marks yet."));
        p.restore();
        return;
    }

    // The first and last days under the line.
    QDate first = marks.first().markedOn;
    QDate last = first;
    for (const LadderMark& m : marks) {
        first = std::min(first, m.markedOn);
        last = std::max(last, m.markedOn);
    }
    p.setPen(text);
    const QRectF dates(plot.left(), plot.bottom() + 3, plot.width(), fm.height());
    p.drawText(dates, Qt::AlignLeft | Qt::AlignTop, dayText(first));
    if (last != first)
        p.drawText(dates, Qt::AlignRight | Qt::AlignTop, dayText(last));

    // Marks of each set of steps joined in order; the current set's filled, earlier sets' hollow.
    const QList<QPointF> at = markPositions(fm, rect, stepCount, marks);
    QList<int> order(marks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&marks](int a, int b) { return marks.at(a).markedOn < marks.at(b).markedOn; });
    QList<int> revisions;
    for (const LadderMark& m : marks) {
        if (!revisions.contains(m.revision))
            revisions.append(m.revision);
    }
    for (int revision : std::as_const(revisions)) {
        const bool current = revision == currentRevision;
        QPainterPath path;
        for (int i : std::as_const(order)) {
            if (marks.at(i).revision != revision)
                continue;
            if (path.elementCount() == 0)
                path.moveTo(at.at(i));
            else
                path.lineTo(at.at(i));
        }
        p.setPen(QPen(current ? mark : faint, current ? 2 : 1, current ? Qt::SolidLine : Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        for (int i : std::as_const(order)) {
            if (marks.at(i).revision != revision)
                continue;
            p.setPen(QPen(current ? mark : text, 1.5));
            p.setBrush(current ? QBrush(mark) : QBrush(palette.color(QPalette::Base)));
            p.drawEllipse(at.at(i), kRadius, kRadius);
        }
    }
    p.restore();
}

void LadderChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    paint(p, QRectF(rect()).adjusted(4, 4, -4, -4), m_revision, m_stepCount, m_marks, palette());
}

} // namespace continuum::ui
