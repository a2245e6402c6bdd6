// SPDX-License-Identifier: GPL-3.0-or-later
#include "goals/ReadinessChart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace continuum::ui {

namespace {

struct Series {
    std::optional<int> ReadinessPoint::*member;
    QColor colour;
    Qt::PenStyle style;
    QString name;
};

} // namespace

ReadinessChart::ReadinessChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("readinessChart"));
    setAccessibleName(tr("Readiness rulers over time"));
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
}

void ReadinessChart::paint(QPainter& painter, const QRectF& rect, const QList<ReadinessPoint>& points,
                           const QPalette& palette, bool showLegend)
{
    painter.save();
    const QFontMetricsF fm(painter.font());
    const qreal legendHeight = showLegend ? fm.height() + 4 : 0;
    const qreal axisWidth = fm.horizontalAdvance(QStringLiteral("10")) + 6;
    const QRectF plot = rect.adjusted(axisWidth, fm.height() / 2, -fm.horizontalAdvance(QStringLiteral("0")),
                                      -(fm.height() + 4 + legendHeight));
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

    const QList<Series> series{
        {&ReadinessPoint::importance, QColor(0x1f, 0x77, 0xb4), Qt::SolidLine, tr("Importance")},
        {&ReadinessPoint::confidence, QColor(0xd6, 0x61, 0x1e), Qt::DashLine, tr("Confidence")},
        {&ReadinessPoint::readiness, QColor(0x2c, 0x9c, 0x4a), Qt::DotLine, tr("Readiness")},
    };
    if (points.isEmpty()) {
        painter.setPen(text);
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, tr("No rulers recorded yet"));
        painter.restore();
        return;
    }
    const auto xOf = [&](qsizetype i) {
        return points.size() == 1 ? plot.center().x()
                                  : plot.left() + plot.width() * qreal(i) / qreal(points.size() - 1);
    };
    for (const Series& s : series) {
        QPainterPath path;
        bool started = false;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const std::optional<int>& v = points.at(i).*s.member;
            if (!v)
                continue;
            const QPointF at(xOf(i), plot.bottom() - plot.height() * *v / 10.0);
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
                painter.drawEllipse(QPointF(xOf(i), plot.bottom() - plot.height() * *v / 10.0), 3, 3);
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
        qreal x = plot.left();
        const qreal y = rect.bottom() - legendHeight / 2;
        for (const Series& s : series) {
            painter.setPen(QPen(s.colour, 2, s.style));
            painter.drawLine(QPointF(x, y), QPointF(x + 18, y));
            painter.setPen(text);
            const qreal w = fm.horizontalAdvance(s.name);
            painter.drawText(QRectF(x + 22, y - fm.height() / 2, w + 2, fm.height()), Qt::AlignVCenter, s.name);
            x += 22 + w + 16;
        }
    }
    painter.restore();
}

} // namespace continuum::ui
