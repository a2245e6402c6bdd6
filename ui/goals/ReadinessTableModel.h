// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/GoalService.h"

#include <QAbstractTableModel>
#include <QList>

namespace continuum::ui {

/// The readiness rulers of one goal across sessions, one row per session, oldest first: the text equivalent
/// of the ReadinessChart, which a keyboard and a screen reader reach. Each row reads with the goal and the
/// person's answers in their own words, exactly as stored.
class ReadinessTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        GoalColumn,
        ImportanceColumn,
        ConfidenceColumn,
        ReadinessColumn,
        WordsColumn,
        ColumnCount
    };
    enum Role { SessionIdRole = Qt::UserRole + 1, ValueRole };

    explicit ReadinessTableModel(QObject* parent = nullptr);

    /// The points of the goal in goalWords (the person's words for it), as the chart draws them.
    void setPoints(const QString& goalWords, const QList<ReadinessPoint>& points);
    const QList<ReadinessPoint>& points() const { return m_points; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    /// ValueRole: a ruler column's number (an int), or nothing when the ruler was not asked; the date column's
    /// date (a QDate).
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_goalWords;
    QList<ReadinessPoint> m_points;
};

} // namespace continuum::ui
