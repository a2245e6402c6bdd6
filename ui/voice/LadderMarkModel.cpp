// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/LadderMarkModel.h"

#include "voice/VoiceText.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace continuum::ui {

LadderMarkModel::LadderMarkModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void LadderMarkModel::setMarks(const QList<LadderMark>& marks)
{
    beginResetModel();
    m_marks = marks;
    endResetModel();
}

LadderMark LadderMarkModel::markAt(int row) const
{
    return row >= 0 && row < m_marks.size() ? m_marks.at(row) : LadderMark();
}

int LadderMarkModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_marks.size());
}

int LadderMarkModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LadderMarkModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LadderMark& m = m_marks.at(index.row());
    switch (role) {
    case IdRole: return m.id.value;
    case EnteredInErrorRole: return m.enteredInError;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case Day: return dayText(m.markedOn);
        case Step: return stepPlaceText(m.step, m.stepCount);
        case StepWords: return m.stepWords;
        case AddedInColumn:
            return m.enteredInError ? tr("%1 (entered in error)").arg(addedInText(m.addedIn)) : addedInText(m.addedIn);
        }
        break;
    case Qt::ToolTipRole:
        if (m.enteredInError)
            return tr("Entered in error: %1").arg(m.enteredInErrorReason);
        break;
    case Qt::ForegroundRole:
        if (m.enteredInError)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::FontRole:
        if (m.enteredInError) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        break;
    default: break;
    }
    return {};
}

QVariant LadderMarkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Day: return tr("When");
    case Step: return tr("Where they are");
    case StepWords: return tr("The step, in their words");
    case AddedInColumn: return tr("Added in");
    }
    return {};
}

} // namespace continuum::ui
