// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"

#include <QWidget>

class QPainter;

namespace continuum::ui {

/// Where a person marked themselves on their steps over time: the day across, the step up (the first step
/// at the bottom, numbered as they count them). Marks on the steps as they are now are filled and joined;
/// marks made on earlier steps are hollow. It draws what they marked, nothing more: no goal line, no colour
/// for better or worse. The table beside it (LadderMarkModel) says the same in words.
class LadderChart final : public QWidget
{
    Q_OBJECT

public:
    explicit LadderChart(QWidget* parent = nullptr);

    /// The current steps (revision and how many), and the marks to draw (entered in error left out by the
    /// caller), oldest first.
    void setLadder(int currentRevision, int stepCount, const QList<LadderMark>& marks);
    const QList<LadderMark>& marks() const { return m_marks; }

    /// Draws into rect with the palette's colours; usable on any paint device.
    static void paint(QPainter& painter, const QRectF& rect, int currentRevision, int stepCount,
                      const QList<LadderMark>& marks, const QPalette& palette);
    /// Where paint() puts each mark's point in rect, in the order given.
    static QList<QPointF> markPositions(const QFontMetricsF& fm, const QRectF& rect, int stepCount,
                                        const QList<LadderMark>& marks);
    /// What the drawing shows, in a sentence (its accessible description).
    static QString summary(int stepCount, const QList<LadderMark>& marks);

    QSize sizeHint() const override { return {360, 150}; }
    QSize minimumSizeHint() const override { return {200, 100}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_revision = 0;
    int m_stepCount = 0;
    QList<LadderMark> m_marks;
};

} // namespace continuum::ui
