// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"

#include <QAbstractTableModel>
#include <QList>

namespace continuum::ui {

/// The changes a person counts, one row each, as the client page's timeline shows them (newest first, as
/// given): the day, their words exactly as written, whether it is on their plan, where it was added. A change
/// entered in error (listed only when asked for) says so and is greyed.
class PositiveChangeModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Day, Words, OnPlan, AddedInColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EnteredInErrorRole };

    explicit PositiveChangeModel(QObject* parent = nullptr);

    void setChanges(const QList<PositiveChange>& changes);
    const QList<PositiveChange>& changes() const { return m_changes; }
    /// The change in row (a default one for a row that is not there).
    PositiveChange changeAt(int row) const;
    /// The row of a change, or -1.
    int rowOf(PositiveChangeId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PositiveChange> m_changes;
};

} // namespace continuum::ui
