// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/PracticeChart.h"

#include "practice/PracticeLabels.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace continuum::ui {

namespace {
const QColor kLine(0x1f, 0x77, 0xb4);
} // namespace

PracticeChart::PracticeChart(MitiSummaryScore score, QWidget* parent)
    : QWidget(parent)
    , m_score(score)
{
    setAccessibleName(tr("%1 over time").arg(label(score)));
    setFocusPolicy(Qt::TabFocus); // reachable, so a screen reader can read its description
    setPoints({});
}

double PracticeChart::drawn(const Fraction& f) const
{
    return m_score == MitiSummaryScore::PercentComplexReflections ? f.toDouble() * 100.0 : f.toDouble();
}

void PracticeChart::setPoints(const QList<PracticePoint>& points)
{
    m_values.clear();
    QStringList description;
    for (const PracticePoint& p : points) {
        if (!p.codedRecording)
            continue;
        const std::optional<Fraction> v = p.miti.score(m_score);
        m_values.append({p.sessionDate, v ? std::optional<double>(drawn(*v)) : std::nullopt});
        const QString date = QLocale().toString(p.sessionDate, QLocale::ShortFormat);
        description.append(v ? tr("%1: %2, %3").arg(date, scoreText(m_score, v), label(p.miti.level(m_score)))
                             : tr("%1: %2").arg(date, label(MitiLevel::NotComputable)));
    }
    const QString thresholds =
        tr("The manual's suggested thresholds, based on expert opinion: %1.").arg(thresholdText(m_score));
    const QString values = description.isEmpty() ? tr("No coded recordings yet.")
                                                 : description.join(QStringLiteral("; ")) + QLatin1Char('.');
    setAccessibleDescription(values + QLatin1Char(' ') + thresholds);
    update();
}

std::pair<double, double> PracticeChart::scale() const
{
    switch (m_score) {
    case MitiSummaryScore::Relational:
    case MitiSummaryScore::Technical: return {1.0, 5.0};
    case MitiSummaryScore::PercentComplexReflections: return {0.0, 100.0};
    case MitiSummaryScore::ReflectionToQuestion: {
        double highest = 3.0; // room above the good threshold (2)
        for (const auto& [date, v] : m_values) {
            if (v)
                highest = std::max(highest, std::ceil(*v));
        }
        return {0.0, highest};
    }
    }
    return {0.0, 1.0};
}

void PracticeChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.18);

    const QRectF area = QRectF(rect()).adjusted(2, 2, -2, -2);
    painter.setPen(text);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     label(m_score));
    painter.setFont(font());

    const auto [lowest, highest] = scale();
    const auto axisText = [this](double v) {
        const QString number = QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
        return m_score == MitiSummaryScore::PercentComplexReflections ? tr("%1 %").arg(number) : number;
    };
    const double middle = (lowest + highest) / 2.0;
    qreal axisWidth = 0;
    for (double v : {lowest, middle, highest})
        axisWidth = std::max(axisWidth, fm.horizontalAdvance(axisText(v)) + 6);
    const QRectF plot = area.adjusted(axisWidth, fm.height() * 1.5, -4, -(fm.height() + 4));
    if (plot.width() < 20 || plot.height() < 20)
        return;
    const auto yOf = [&](double v) { return plot.bottom() - plot.height() * (v - lowest) / (highest - lowest); };

    // The scale: its ends and middle.
    for (double v : {lowest, middle, highest}) {
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        painter.setPen(text);
        painter.drawText(QRectF(area.left(), yOf(v) - fm.height() / 2, axisWidth - 4, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, axisText(v));
    }

    // The thresholds, dashed, each named and marked as expert opinion.
    const MitiThreshold t = mitiThreshold(m_score);
    const std::pair<double, QString> lines[] = {{drawn(t.fair), tr("fair (expert opinion)")},
                                                {drawn(t.good), tr("good (expert opinion)")}};
    for (const auto& [value, name] : lines) {
        QColor dash = text;
        dash.setAlphaF(0.55);
        painter.setPen(QPen(dash, 1, Qt::DashLine));
        painter.drawLine(QPointF(plot.left(), yOf(value)), QPointF(plot.right(), yOf(value)));
        // Named just above its line, at the right end of the plot.
        painter.setPen(text);
        painter.drawText(QRectF(plot.left(), yOf(value) - fm.height() - 1, plot.width() - 2, fm.height()),
                         Qt::AlignRight | Qt::AlignBottom, name);
    }

    if (m_values.isEmpty()) {
        painter.drawText(plot, Qt::AlignCenter | Qt::TextWordWrap, tr("No coded recordings yet"));
        return;
    }
    const qsizetype n = m_values.size();
    const auto xOf = [&](qsizetype i) {
        return n == 1 ? plot.center().x() : plot.left() + plot.width() * qreal(i) / qreal(n - 1);
    };
    // The line breaks where a score is not computable.
    QPainterPath path;
    bool drawing = false;
    for (qsizetype i = 0; i < n; ++i) {
        const std::optional<double>& v = m_values.at(i).second;
        if (!v) {
            drawing = false;
            continue;
        }
        const QPointF at(xOf(i), yOf(std::clamp(*v, lowest, highest)));
        if (drawing)
            path.lineTo(at);
        else
            path.moveTo(at);
        drawing = true;
    }
    painter.setPen(QPen(kLine, 2));
    painter.drawPath(path);
    painter.setBrush(kLine);
    for (qsizetype i = 0; i < n; ++i) {
        if (const std::optional<double>& v = m_values.at(i).second)
            painter.drawEllipse(QPointF(xOf(i), yOf(std::clamp(*v, lowest, highest))), 3, 3);
    }
    // The first and last dates under the line.
    painter.setPen(text);
    const QString first = QLocale().toString(m_values.first().first, QLocale::ShortFormat);
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignLeft, first);
    if (n > 1)
        painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignRight,
                         QLocale().toString(m_values.last().first, QLocale::ShortFormat));
}

} // namespace continuum::ui
