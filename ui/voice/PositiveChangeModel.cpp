// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/PositiveChangeModel.h"

#include "voice/VoiceText.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace continuum::ui {

PositiveChangeModel::PositiveChangeModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PositiveChangeModel::setChanges(const QList<PositiveChange>& changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

PositiveChange PositiveChangeModel::changeAt(int row) const
{
    return row >= 0 && row < m_changes.size() ? m_changes.at(row) : PositiveChange();
}

int PositiveChangeModel::rowOf(PositiveChangeId id) const
{
    for (int i = 0; i < m_changes.size(); ++i) {
        if (m_changes.at(i).id == id)
            return i;
    }
    return -1;
}

int PositiveChangeModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int PositiveChangeModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PositiveChangeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PositiveChange& c = m_changes.at(index.row());
    const PositiveChangeRevision& r = c.current;
    switch (role) {
    case IdRole: return c.id.value;
    case EnteredInErrorRole: return r.enteredInError;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Day: return dayText(r.noticedOn);
        case Words: return r.words; // exactly as they said it
        case OnPlan: return r.onPlan ? tr("On their plan") : QString();
        case AddedInColumn:
            return r.enteredInError ? tr("%1 (entered in error)").arg(addedInText(c.addedIn)) : addedInText(c.addedIn);
        }
        break;
    case Qt::ToolTipRole:
        if (r.enteredInError)
            return tr("Entered in error: %1").arg(r.reason);
        if (index.column() == Words)
            return r.words;
        break;
    case Qt::ForegroundRole:
        if (r.enteredInError)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (r.enteredInError) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    default: break;
    }
    return {};
}

QVariant PositiveChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day: return tr("When");
    case Words: return tr("In their words");
    case OnPlan: return tr("Plan");
    case AddedInColumn: return tr("Added in");
    }
    return {};
}

} // namespace continuum::ui
