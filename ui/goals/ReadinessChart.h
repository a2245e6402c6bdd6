// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/GoalService.h"

#include <QWidget>

class QPainter;

namespace continuum::ui {

/// The readiness rulers of one goal across sessions: importance, confidence and readiness as three
/// lines on a 0–10 scale. paint() is the same code for the screen and for printouts.
class ReadinessChart final : public QWidget
{
    Q_OBJECT

public:
    explicit ReadinessChart(QWidget* parent = nullptr);

    void setPoints(const QList<ReadinessPoint>& points);
    const QList<ReadinessPoint>& points() const { return m_points; }

    /// Draws the chart into rect with the given palette colours; usable on any QPaintDevice.
    static void paint(QPainter& painter, const QRectF& rect, const QList<ReadinessPoint>& points,
                      const QPalette& palette, bool showLegend = true);

    QSize sizeHint() const override { return {360, 160}; }
    QSize minimumSizeHint() const override { return {200, 110}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<ReadinessPoint> m_points;
};

} // namespace continuum::ui
