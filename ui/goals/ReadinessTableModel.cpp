// SPDX-License-Identifier: GPL-3.0-or-later
#include "goals/ReadinessTableModel.h"

#include <QLocale>

namespace continuum::ui {

namespace {

/// A ruler's column, its value in a point and the person's words beside it.
struct RulerColumn {
    ReadinessTableModel::Column column;
    std::optional<int> ReadinessPoint::*value;
    RulerWords ReadinessPoint::*words;
};

constexpr RulerColumn kRulerColumns[] = {
    {ReadinessTableModel::ImportanceColumn, &ReadinessPoint::importance, &ReadinessPoint::importanceWords},
    {ReadinessTableModel::ConfidenceColumn, &ReadinessPoint::confidence, &ReadinessPoint::confidenceWords},
    {ReadinessTableModel::ReadinessColumn, &ReadinessPoint::readiness, &ReadinessPoint::readinessWords},
};

const RulerColumn* rulerColumn(int column)
{
    for (const RulerColumn& r : kRulerColumns) {
        if (r.column == column)
            return &r;
    }
    return nullptr;
}

} // namespace

ReadinessTableModel::ReadinessTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ReadinessTableModel::setPoints(const QString& goalWords, const QList<ReadinessPoint>& points)
{
    beginResetModel();
    m_goalWords = goalWords;
    m_points = points;
    endResetModel();
}

int ReadinessTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int ReadinessTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReadinessTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReadinessPoint& p = m_points.at(index.row());
    if (role == SessionIdRole)
        return p.sessionId.value;
    if (const RulerColumn* ruler = rulerColumn(index.column())) {
        const std::optional<int>& v = p.*ruler->value;
        switch (role) {
        case ValueRole: return v ? QVariant(*v) : QVariant();
        case Qt::DisplayRole: return v ? QString::number(*v) : tr("not asked");
        case Qt::AccessibleTextRole: return v ? tr("%1 out of 10").arg(*v) : tr("not asked");
        case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
        default: return {};
        }
    }
    if (role == ValueRole)
        return index.column() == DateColumn ? QVariant(p.date) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case DateColumn: {
        const QString date = QLocale().toString(p.date, QLocale::ShortFormat);
        return p.isSigned ? date : tr("%1 (draft)").arg(date);
    }
    case GoalColumn: return m_goalWords;
    case WordsColumn: {
        // Each answer under its ruler and question, in their words exactly as written.
        QStringList lines;
        for (const RulerColumn& r : kRulerColumns) {
            const QString name = headerData(r.column, Qt::Horizontal).toString();
            const RulerWords& words = p.*r.words;
            if (!words.whyNotLower.isEmpty())
                lines.append(tr("%1, why not lower: “%2”").arg(name, words.whyNotLower));
            if (!words.whatWouldHelp.isEmpty())
                lines.append(tr("%1, what would help: “%2”").arg(name, words.whatWouldHelp));
        }
        return lines.join(QLatin1Char('\n'));
    }
    }
    return {};
}

QVariant ReadinessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn: return tr("Date");
    case GoalColumn: return tr("Goal, in their words");
    case ImportanceColumn: return tr("Importance");
    case ConfidenceColumn: return tr("Confidence");
    case ReadinessColumn: return tr("Readiness");
    case WordsColumn: return tr("What they said");
    }
    return {};
}

} // namespace continuum::ui
