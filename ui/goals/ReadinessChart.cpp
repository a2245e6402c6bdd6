// SPDX-License-Identifier: GPL-3.0-or-later
#include "goals/ReadinessChart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace continuum::ui {

namespace {

struct Series {
    std::optional<int> ReadinessPoint::*member;
    RulerWords ReadinessPoint::*words;
    QColor colour;
    Qt::PenStyle style;
    QString name;
};

QList<Series> allSeries()
{
    return {
        {&ReadinessPoint::importance, &ReadinessPoint::importanceWords, QColor(0x1f, 0x77, 0xb4), Qt::SolidLine,
         ReadinessChart::tr("Importance")},
        {&ReadinessPoint::confidence, &ReadinessPoint::confidenceWords, QColor(0xd6, 0x61, 0x1e), Qt::DashLine,
         ReadinessChart::tr("Confidence")},
        {&ReadinessPoint::readiness, &ReadinessPoint::readinessWords, QColor(0x2c, 0x9c, 0x4a), Qt::DotLine,
         ReadinessChart::tr("Readiness")},
    };
}

constexpr qreal kSampleWidth = 18;
constexpr qreal kSampleGap = 4;
constexpr qreal kEntryGap = 12;
constexpr qreal kHoverRadius = 7;

qreal legendHeight(const QList<ReadinessChart::LegendEntry>& legend, const QRectF& rect)
{
    qreal top = rect.bottom();
    for (const auto& e : legend)
        top = std::min(top, e.rect.top());
    return legend.isEmpty() ? 0 : rect.bottom() - top + 2;
}

/// Where the lines go: rect less the scale on the left, the dates below and the legend under them.
QRectF plotArea(const QFontMetricsF& fm, const QRectF& rect, bool showLegend)
{
    const qreal legend = showLegend ? legendHeight(ReadinessChart::legendLayout(fm, rect), rect) : 0;
    const qreal axisWidth = fm.horizontalAdvance(QStringLiteral("10")) + 6;
    return rect.adjusted(axisWidth, fm.height() / 2, -fm.horizontalAdvance(QStringLiteral("0")),
                         -(fm.height() + 4 + legend));
}

QPointF pointAt(const QRectF& plot, qsizetype i, qsizetype count, int value)
{
    const qreal x = count == 1 ? plot.center().x() : plot.left() + plot.width() * qreal(i) / qreal(count - 1);
    return {x, plot.bottom() - plot.height() * value / 10.0};
}

} // namespace

ReadinessChart::ReadinessChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readinessChart"));
    setAccessibleName(tr("Readiness rulers over time"));
    // Reached by Tab (not by a click, which would only move the ring): the way a screen reader comes to its
    // description, and from there to the table of the same values.
    setFocusPolicy(Qt::TabFocus);
}

void ReadinessChart::setPoints(const QList<ReadinessPoint>& points)
{
    m_points = points;
    QStringList description;
    for (const ReadinessPoint& p : points) {
        description.append(tr("%1: importance %2, confidence %3, readiness %4")
                               .arg(QLocale().toString(p.date, QLocale::ShortFormat),
                                    p.importance ? QString::number(*p.importance) : tr("not asked"),
                                    p.confidence ? QString::number(*p.confidence) : tr("not asked"),
                                    p.readiness ? QString::number(*p.readiness) : tr("not asked")));
    }
    setAccessibleDescription(description.join(QStringLiteral("; ")));
    update();
}

void ReadinessChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(rect()).adjusted(2, 2, -2, -2), m_points, palette());
    if (hasFocus()) {
        // Where the keyboard is: a ring in the palette's highlight, inside the margin the chart leaves.
        painter.setRenderHint(QPainter::Antialiasing, false);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

QString ReadinessChart::toolTipAt(const QPoint& pos) const
{
    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    const QRectF plot = plotArea(QFontMetricsF(font()), area, true);
    QStringList lines;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const ReadinessPoint& p = m_points.at(i);
        QStringList here;
        for (const Series& s : allSeries()) {
            const std::optional<int>& v = p.*s.member;
            if (!v)
                continue;
            const QPointF at = pointAt(plot, i, m_points.size(), *v);
            if (QLineF(at, QPointF(pos)).length() > kHoverRadius)
                continue;
            QString line = tr("%1: %2").arg(s.name).arg(*v);
            const RulerWords& words = p.*s.words;
            if (!words.whyNotLower.isEmpty())
                line += QLatin1Char('\n') + tr("Why not lower: “%1”").arg(words.whyNotLower);
            if (!words.whatWouldHelp.isEmpty())
                line += QLatin1Char('\n') + tr("What would help: “%1”").arg(words.whatWouldHelp);
            here.append(line);
        }
        if (!here.isEmpty())
            lines.append(QLocale().toString(p.date, QLocale::ShortFormat) + QLatin1Char('\n') +
                         here.join(QLatin1Char('\n')));
    }
    return lines.join(QStringLiteral("\n\n"));
}

bool ReadinessChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

QList<ReadinessChart::LegendEntry> ReadinessChart::legendLayout(const QFontMetricsF& fm, const QRectF& rect)
{
    // Entries flow left to right and wrap: a narrow printed chart keeps every name whole.
    const qreal rowHeight = fm.height() + 2;
    QList<QList<LegendEntry>> rows(1);
    qreal x = rect.left();
    for (const Series& s : allSeries()) {
        const qreal w = kSampleWidth + kSampleGap + fm.horizontalAdvance(s.name) + 1;
        if (x > rect.left() && x + w > rect.right()) {
            rows.append(QList<LegendEntry>());
            x = rect.left();
        }
        rows.last().append(LegendEntry{s.name, QRectF(x, 0, w, rowHeight)});
        x += w + kEntryGap;
    }
    QList<LegendEntry> out;
    const qreal top = rect.bottom() - rows.size() * rowHeight;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        for (LegendEntry e : rows.at(r)) {
            e.rect.moveTop(top + r * rowHeight);
            out.append(e);
        }
    }
    return out;
}

void ReadinessChart::paint(QPainter& painter, const QRectF& rect, const QList<ReadinessPoint>& points,
                           const QPalette& palette, bool showLegend)
{
    painter.save();
    const QFontMetricsF fm(painter.font());
    const qreal axisWidth = fm.horizontalAdvance(QStringLiteral("10")) + 6;
    const QRectF plot = plotArea(fm, rect, showLegend);
    const QColor text = palette.color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.18);

    // Scale 0–10 with light lines at 0, 5 and 10.
    painter.setPen(QPen(grid, 1));
    for (int v : {0, 5, 10}) {
        const qreal y = plot.bottom() - plot.height() * v / 10.0;
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(text);
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, axisWidth - 4, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
        painter.setPen(QPen(grid, 1));
    }

    const QList<Series> series = allSeries();
    if (points.isEmpty()) {
        painter.setPen(text);
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, tr("No rulers recorded yet"));
        painter.restore();
        return;
    }
    for (const Series& s : series) {
        QPainterPath path;
        bool started = false;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const std::optional<int>& v = points.at(i).*s.member;
            if (!v)
                continue;
            const QPointF at = pointAt(plot, i, points.size(), *v);
            if (!started)
                path.moveTo(at);
            else
                path.lineTo(at);
            started = true;
        }
        painter.setPen(QPen(s.colour, 2, s.style, Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setBrush(s.colour);
        painter.setPen(Qt::NoPen);
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (const std::optional<int>& v = points.at(i).*s.member)
                painter.drawEllipse(pointAt(plot, i, points.size(), *v), 3, 3);
        }
    }
    // First and last dates under the axis.
    painter.setPen(text);
    const qreal dateY = plot.bottom() + 2;
    painter.drawText(QRectF(plot.left(), dateY, plot.width(), fm.height()), Qt::AlignLeft,
                     QLocale().toString(points.first().date, QLocale::ShortFormat));
    if (points.size() > 1)
        painter.drawText(QRectF(plot.left(), dateY, plot.width(), fm.height()), Qt::AlignRight,
                         QLocale().toString(points.last().date, QLocale::ShortFormat));
    if (showLegend) {
        const QList<LegendEntry> legend = legendLayout(fm, rect);
        for (qsizetype i = 0; i < legend.size() && i < series.size(); ++i) {
            const QRectF& r = legend.at(i).rect;
            const Series& s = series.at(i);
            painter.setPen(QPen(s.colour, 2, s.style));
            painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.left() + kSampleWidth, r.center().y()));
            painter.setPen(text);
            painter.drawText(r.adjusted(kSampleWidth + kSampleGap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                             legend.at(i).name);
        }
    }
    painter.restore();
}

} // namespace continuum::ui
