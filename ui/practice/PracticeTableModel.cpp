// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/PracticeTableModel.h"

#include "practice/PracticeLabels.h"

#include <QLocale>

namespace continuum::ui {

namespace {

constexpr ClientRatingQuestion kQuestions[] = {
    ClientRatingQuestion::Listened, ClientRatingQuestion::WorkedOnWhatMatters, ClientRatingQuestion::MoreAble};

std::optional<MitiSummaryScore> scoreOf(int column)
{
    switch (column) {
    case PracticeTableModel::RelationalColumn: return MitiSummaryScore::Relational;
    case PracticeTableModel::TechnicalColumn: return MitiSummaryScore::Technical;
    case PracticeTableModel::PercentComplexColumn: return MitiSummaryScore::PercentComplexReflections;
    case PracticeTableModel::ReflectionToQuestionColumn: return MitiSummaryScore::ReflectionToQuestion;
    default: return std::nullopt;
    }
}

// In a cell, a score that is not computable is a dash (its tooltip and spoken text say so in words); a session
// with no coded recording leaves its MITI cells empty.
const QString kNotComputableMark = QStringLiteral("—");

QString countText(const std::optional<int>& n)
{
    return n ? QLocale().toString(*n) : label(MitiLevel::NotComputable);
}

QString countCell(const std::optional<int>& n)
{
    return n ? QLocale().toString(*n) : kNotComputableMark;
}

} // namespace

PracticeTableModel::PracticeTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void PracticeTableModel::setPoints(const QList<PracticePoint>& points)
{
    beginResetModel();
    m_points = points;
    endResetModel();
}

SessionId PracticeTableModel::sessionAt(int row) const
{
    return row >= 0 && row < m_points.size() ? m_points.at(row).sessionId : SessionId();
}

int PracticeTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_points.size());
}

int PracticeTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PracticeTableModel::cellText(const PracticePoint& p, int column) const
{
    if (auto score = scoreOf(column)) {
        if (!p.codedRecording)
            return {};
        const std::optional<Fraction> value = p.miti.score(*score);
        return value ? scoreText(*score, value) : kNotComputableMark;
    }
    switch (column) {
    case DateColumn: {
        const QString date = QLocale().toString(p.sessionDate, QLocale::ShortFormat);
        return p.sessionSigned ? date : tr("%1 (draft)").arg(date);
    }
    case AdherentColumn: return p.codedRecording ? countCell(p.miti.miAdherent) : QString();
    case NonAdherentColumn: return p.codedRecording ? countCell(p.miti.miNonAdherent) : QString();
    case ItemsRatedColumn: return tr("%1 of %2").arg(p.miaStep.itemsRated).arg(kMiaStepItemCount);
    case ConsistentColumn:
        if (!p.miaStep.consistentAdherence && !p.miaStep.consistentCompetence)
            return QStringLiteral("–");
        return tr("%1 / %2").arg(meanText(p.miaStep.consistentAdherence), meanText(p.miaStep.consistentCompetence));
    case InconsistentColumn: return meanText(p.miaStep.inconsistentAdherence);
    case ClientRatingColumn: {
        if (!p.clientRating)
            return tr("Not rated");
        QStringList answers;
        for (ClientRatingQuestion q : kQuestions) {
            const std::optional<int> a = p.clientRating->rating.answer(q);
            answers.append(a ? QLocale().toString(*a) : QStringLiteral("–"));
        }
        return answers.join(QStringLiteral(" · "));
    }
    default: return {};
    }
}

QString PracticeTableModel::spokenText(const PracticePoint& p, int column) const
{
    if (auto score = scoreOf(column)) {
        if (!p.codedRecording)
            return tr("%1: no recording coded").arg(label(*score));
        return tr("%1: %2, %3 (the manual's suggested thresholds, based on expert opinion: %4)")
            .arg(label(*score), scoreText(*score, p.miti.score(*score)), label(p.miti.level(*score)),
                 thresholdText(*score));
    }
    switch (column) {
    case DateColumn:
        return p.sessionSigned ? tr("Session of %1").arg(QLocale().toString(p.sessionDate, QLocale::LongFormat))
                               : tr("Draft session of %1").arg(QLocale().toString(p.sessionDate, QLocale::LongFormat));
    case AdherentColumn:
        return p.codedRecording ? tr("MI-adherent: %1").arg(countText(p.miti.miAdherent))
                                : tr("MI-adherent: no recording coded");
    case NonAdherentColumn:
        return p.codedRecording ? tr("MI-non-adherent: %1").arg(countText(p.miti.miNonAdherent))
                                : tr("MI-non-adherent: no recording coded");
    case ItemsRatedColumn:
        return tr("MIA:STEP items rated: %1 of %2 (%3 MI-consistent, %4 MI-inconsistent)")
            .arg(p.miaStep.itemsRated)
            .arg(kMiaStepItemCount)
            .arg(p.miaStep.consistentRated)
            .arg(p.miaStep.inconsistentRated);
    case ConsistentColumn:
        return tr("MI-consistent behaviours: mean how much %1, mean how well %2")
            .arg(meanText(p.miaStep.consistentAdherence), meanText(p.miaStep.consistentCompetence));
    case InconsistentColumn:
        return tr("MI-inconsistent behaviours: mean how much %1").arg(meanText(p.miaStep.inconsistentAdherence));
    case ClientRatingColumn: {
        if (!p.clientRating)
            return tr("The person did not rate this session");
        QStringList answers;
        for (ClientRatingQuestion q : kQuestions) {
            const std::optional<int> a = p.clientRating->rating.answer(q);
            answers.append(tr("%1 %2").arg(label(q), a ? clientRatingLabel(*a) : tr("Not answered")));
        }
        return tr("The person's rating: %1").arg(answers.join(QStringLiteral("; ")));
    }
    default: return {};
    }
}

QVariant PracticeTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_points.size())
        return {};
    const PracticePoint& p = m_points.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return cellText(p, index.column());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: return spokenText(p, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == DateColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case SessionIdRole: return p.sessionId.value;
    default: return {};
    }
}

QVariant PracticeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case DateColumn: return tr("Session");
    case RelationalColumn: return tip ? tr("Relational: mean of Partnership and Empathy") : tr("Relational");
    case TechnicalColumn:
        return tip ? tr("Technical: mean of Cultivating change talk and Softening sustain talk") : tr("Technical");
    case PercentComplexColumn: return tip ? tr("Complex reflections as a share of all reflections") : tr("% complex");
    case ReflectionToQuestionColumn: return tip ? tr("Reflections for each question") : tr("R : Q");
    case AdherentColumn:
        return tip ? tr("MI-adherent: Seeking collaboration + Affirm + Emphasizing autonomy") : tr("Adherent");
    case NonAdherentColumn: return tip ? tr("MI-non-adherent: Confront + Persuade") : tr("Non-adherent");
    case ItemsRatedColumn: return tip ? tr("MIA:STEP items you rated") : tr("Rated");
    case ConsistentColumn:
        return tip ? tr("MI-consistent behaviours: mean how much / mean how well") : tr("Consistent");
    case InconsistentColumn: return tip ? tr("MI-inconsistent behaviours: mean how much") : tr("Inconsistent");
    case ClientRatingColumn:
        return tip ? tr("The person's own rating: listened · worked on what matters · more able")
                   : tr("Person's rating");
    default: return {};
    }
}

} // namespace continuum::ui
