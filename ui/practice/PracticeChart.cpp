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

PracticeChart::Geometry PracticeChart::geometry() const
{
    const QFontMetricsF fm(font());
    Geometry g;
    g.area = QRectF(rect()).adjusted(2, 2, -2, -2);
    const auto [lowest, highest] = scale();
    for (double v : {lowest, (lowest + highest) / 2.0, highest})
        g.axisWidth = std::max(g.axisWidth, fm.horizontalAdvance(axisText(v)) + 6);
    // The title above, the first and last dates below.
    g.plot = g.area.adjusted(g.axisWidth, fm.height() * 1.5, -4, -(fm.height() + 4));
    g.fits = g.plot.width() >= 20 && g.plot.height() >= 20;
    return g;
}

double PracticeChart::yOf(const Geometry& g, double value) const
{
    const auto [lowest, highest] = scale();
    return g.plot.bottom() - g.plot.height() * (value - lowest) / (highest - lowest);
}

QString PracticeChart::axisText(double value) const
{
    const QString number = QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
    return m_score == MitiSummaryScore::PercentComplexReflections ? tr("%1 %").arg(number) : number;
}

QList<PracticeChart::ThresholdLabel> PracticeChart::thresholdLabels() const
{
    const Geometry g = geometry();
    if (!g.fits || m_values.isEmpty())
        return {};
    const QFontMetricsF fm(font());
    const MitiThreshold t = mitiThreshold(m_score);
    // The good line is the upper one. Its name goes above it and the fair line's below it, so the two names are
    // apart by at least the lines' own distance, however close the lines are and however long the words.
    const std::pair<QString, double> lines[] = {{tr("good (expert opinion)"), yOf(g, drawn(t.good))},
                                                {tr("fair (expert opinion)"), yOf(g, drawn(t.fair))}};
    constexpr qreal kPad = 3;
    constexpr qreal kGap = 2;
    QList<ThresholdLabel> labels;
    for (const auto& [text, y] : lines) {
        // On one line where the plot is wide enough, otherwise wrapped at the spaces: never cut.
        const QRectF need =
            fm.boundingRect(QRectF(0, 0, g.plot.width() - 2 * kPad, 10000), Qt::AlignRight | Qt::TextWordWrap, text);
        QRectF r(0, 0, std::ceil(need.width()) + 2 * kPad, std::ceil(need.height()));
        r.moveRight(g.plot.right());
        if (labels.isEmpty())
            r.moveBottom(y - 1);
        else
            r.moveTop(y + 1);
        labels.append({text, r});
    }
    // Inside the plot, and pushed apart where its edge pushed one onto the other.
    for (ThresholdLabel& l : labels) {
        if (l.rect.top() < g.plot.top())
            l.rect.moveTop(g.plot.top());
        if (l.rect.bottom() > g.plot.bottom())
            l.rect.moveBottom(g.plot.bottom());
    }
    for (qsizetype i = 1; i < labels.size(); ++i) {
        const qreal below = labels.at(i - 1).rect.bottom() + kGap;
        if (labels.at(i).rect.top() < below)
            labels[i].rect.moveTop(below);
    }
    for (qsizetype i = labels.size() - 1; i >= 0; --i) {
        const qreal above = i + 1 < labels.size() ? labels.at(i + 1).rect.top() - kGap : g.plot.bottom();
        if (labels.at(i).rect.bottom() > above)
            labels[i].rect.moveBottom(above);
    }
    // A plot too short for both names keeps those that fit; the caveat under the charts says what the lines are.
    labels.removeIf([&g](const ThresholdLabel& l) { return l.rect.top() < g.plot.top(); });
    return labels;
}

QRectF PracticeChart::emptyTextRect() const
{
    const Geometry g = geometry();
    return g.fits && m_values.isEmpty() ? g.plot : QRectF();
}

void PracticeChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetricsF fm(font());
    const QColor text = palette().color(QPalette::WindowText);
    QColor grid = text;
    grid.setAlphaF(0.18);

    const Geometry g = geometry();
    painter.setPen(text);
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(g.area.left(), g.area.top(), g.area.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                     label(m_score));
    painter.setFont(font());
    if (!g.fits)
        return;
    const QRectF& plot = g.plot;

    // The scale: its ends and middle.
    const auto [lowest, highest] = scale();
    for (double v : {lowest, (lowest + highest) / 2.0, highest}) {
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(plot.left(), yOf(g, v)), QPointF(plot.right(), yOf(g, v)));
        painter.setPen(text);
        painter.drawText(QRectF(g.area.left(), yOf(g, v) - fm.height() / 2, g.axisWidth - 4, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, axisText(v));
    }

    // With nothing to show, the chart says so, and no threshold is drawn across the words.
    if (m_values.isEmpty()) {
        const QString words = tr("No coded recordings yet");
        const QRectF at = emptyTextRect();
        QColor backing = palette().color(QPalette::Window);
        backing.setAlphaF(0.85);
        painter.fillRect(fm.boundingRect(at, Qt::AlignCenter | Qt::TextWordWrap, words).adjusted(-3, 0, 3, 0), backing);
        painter.drawText(at, Qt::AlignCenter | Qt::TextWordWrap, words);
        return;
    }

    // The thresholds, dashed.
    const MitiThreshold t = mitiThreshold(m_score);
    QColor dash = text;
    dash.setAlphaF(0.55);
    painter.setPen(QPen(dash, 1, Qt::DashLine));
    for (double value : {drawn(t.fair), drawn(t.good)})
        painter.drawLine(QPointF(plot.left(), yOf(g, value)), QPointF(plot.right(), yOf(g, value)));

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
        const QPointF at(xOf(i), yOf(g, std::clamp(*v, lowest, highest)));
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
            painter.drawEllipse(QPointF(xOf(i), yOf(g, std::clamp(*v, lowest, highest))), 3, 3);
    }
    painter.setBrush(Qt::NoBrush);

    // Each threshold named, marked as expert opinion, on a backing that keeps the words readable over the line.
    QColor backing = palette().color(QPalette::Window);
    backing.setAlphaF(0.85);
    painter.setPen(text);
    for (const ThresholdLabel& l : thresholdLabels()) {
        painter.fillRect(l.rect, backing);
        painter.drawText(l.rect.adjusted(3, 0, -3, 0), Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, l.text);
    }

    // The first and last dates under the line.
    const QString first = QLocale().toString(m_values.first().first, QLocale::ShortFormat);
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignLeft, first);
    if (n > 1)
        painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt::AlignRight,
                         QLocale().toString(m_values.last().first, QLocale::ShortFormat));
}

} // namespace continuum::ui
