// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/Practice.h"

#include <QAbstractTableModel>
#include <QList>

namespace continuum::ui {

/// The sessions the counselor reviewed, oldest first: the date, the MITI summary scores (when a recording
/// was coded), how many MIA:STEP items were rated with their means, and the person's own rating beside it.
/// The text equivalent of the practice charts: every value a chart draws is a cell here.
class PracticeTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        RelationalColumn,
        TechnicalColumn,
        PercentComplexColumn,
        ReflectionToQuestionColumn,
        AdherentColumn,
        NonAdherentColumn,
        ItemsRatedColumn,
        ConsistentColumn,
        InconsistentColumn,
        ClientRatingColumn,
        ColumnCount
    };
    enum Role { SessionIdRole = Qt::UserRole + 1 };

    explicit PracticeTableModel(QObject* parent = nullptr);

    void setPoints(const QList<PracticePoint>& points);
    const QList<PracticePoint>& points() const { return m_points; }
    SessionId sessionAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(const PracticePoint& p, int column) const;
    QString spokenText(const PracticePoint& p, int column) const;

    QList<PracticePoint> m_points;
};

} // namespace continuum::ui
