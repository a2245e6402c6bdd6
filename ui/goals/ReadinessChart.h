// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/GoalService.h"

#include <QWidget>

class QFontMetricsF;
class QPainter;

namespace continuum::ui {

/// The readiness rulers of one goal across sessions: importance, confidence and readiness as three
/// lines on a 0–10 scale. paint() is the same code for the screen and for printouts. On screen, resting
/// the pointer on a point shows its value and the person's own words. Tab stops on it (with a visible ring),
/// so a screen reader reads its description; its text equivalent is a ReadinessTableModel in a table.
class ReadinessChart final : public QWidget
{
    Q_OBJECT

public:
    /// One entry of the legend: the line's name and where it is drawn (sample line and name).
    struct LegendEntry {
        QString name;
        QRectF rect;
    };

    explicit ReadinessChart(QWidget* parent = nullptr);

    void setPoints(const QList<ReadinessPoint>& points);
    const QList<ReadinessPoint>& points() const { return m_points; }

    /// Draws the chart into rect with the given palette colours; usable on any QPaintDevice.
    static void paint(QPainter& painter, const QRectF& rect, const QList<ReadinessPoint>& points,
                      const QPalette& palette, bool showLegend = true);
    /// The legend paint() draws in rect with these font metrics: one entry per line, wrapped onto as many
    /// rows as the width needs, at the bottom of rect.
    static QList<LegendEntry> legendLayout(const QFontMetricsF& fm, const QRectF& rect);
    /// What the tooltip says at pos (widget coordinates): the values and words of the points there, or
    /// an empty string.
    QString toolTipAt(const QPoint& pos) const;

    QSize sizeHint() const override { return {360, 160}; }
    QSize minimumSizeHint() const override { return {200, 110}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QList<ReadinessPoint> m_points;
};

} // namespace continuum::ui
