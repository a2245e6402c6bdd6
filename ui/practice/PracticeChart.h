// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/Practice.h"

#include <QRectF>
#include <QWidget>

class QPainter;

namespace continuum::ui {

/// One MITI 4.2.1 summary score over the reviewed sessions that coded a recording: a line across the
/// sessions in date order, with the manual's fair and good thresholds as dashed lines labelled as expert
/// opinion. A session whose score is not computable leaves a gap. Drawn with QPainter; the accessible
/// description says every value in words, and the practice table holds the same values as text.
class PracticeChart final : public QWidget
{
    Q_OBJECT

public:
    explicit PracticeChart(MitiSummaryScore score, QWidget* parent = nullptr);

    void setPoints(const QList<PracticePoint>& points);
    MitiSummaryScore score() const { return m_score; }
    /// The values drawn, in order (sessions with a coded recording; nothing where not computable).
    const QList<std::pair<QDate, std::optional<double>>>& values() const { return m_values; }

    /// The lowest and highest value the scale shows.
    std::pair<double, double> scale() const;

    /// A threshold's name as drawn: its words and where they go.
    struct ThresholdLabel {
        QString text;
        QRectF rect;
    };
    /// Where the thresholds' names are drawn at the chart's present size and font: each beside its dashed line,
    /// never over another. None while there is nothing to show (the chart then says so, and draws no lines).
    QList<ThresholdLabel> thresholdLabels() const;
    /// Where "No coded recordings yet" is drawn; empty when there are values.
    QRectF emptyTextRect() const;

    QSize sizeHint() const override { return {380, 200}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// Where everything goes at the present size: the drawing area, the plot inside it and the scale's width.
    struct Geometry {
        QRectF area;
        QRectF plot;
        qreal axisWidth = 0;
        bool fits = false; ///< false when too small to draw a plot at all
    };
    Geometry geometry() const;
    double yOf(const Geometry& g, double value) const;
    QString axisText(double value) const;
    /// The value as the chart draws it: a percentage for % complex reflections, otherwise the value.
    double drawn(const Fraction& f) const;

    MitiSummaryScore m_score;
    QList<std::pair<QDate, std::optional<double>>> m_values;
};

} // namespace continuum::ui
