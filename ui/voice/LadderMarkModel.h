// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"

#include <QAbstractTableModel>
#include <QList>

namespace continuum::ui {

/// Where a person marked themselves on their steps, one row per mark, oldest first: the text equivalent of
/// the ladder drawing. Each mark reads with the words of the step it names, from the steps as they were.
class LadderMarkModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Day, Step, StepWords, AddedInColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EnteredInErrorRole };

    explicit LadderMarkModel(QObject* parent = nullptr);

    void setMarks(const QList<LadderMark>& marks);
    const QList<LadderMark>& marks() const { return m_marks; }
    LadderMark markAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LadderMark> m_marks;
};

} // namespace continuum::ui
