// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/GoalListModel.h"

#include "common/Labels.h"

#include <QLocale>

namespace continuum::ui {

GoalListModel::GoalListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void GoalListModel::setClient(GoalService* service, ClientId clientId)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    m_client = clientId;
    if (m_service) {
        connect(m_service, &GoalService::goalChanged, this, [this](ClientId client, GoalId) {
            if (client == m_client)
                reload();
        });
    }
    reload();
}

void GoalListModel::reload()
{
    beginResetModel();
    m_goals.clear();
    if (m_service && !m_client.isNull()) {
        if (auto goals = m_service->goalsForClient(m_client))
            m_goals = goals.value();
    }
    endResetModel();
}

int GoalListModel::rowOf(GoalId id) const
{
    for (qsizetype i = 0; i < m_goals.size(); ++i) {
        if (m_goals.at(i).id == id)
            return int(i);
    }
    return -1;
}

GoalId GoalListModel::goalIdAt(const QModelIndex& index)
{
    return GoalId(index.data(GoalIdRole).toLongLong());
}

int GoalListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_goals.size());
}

QVariant GoalListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Goal& g = m_goals.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString detail = label(g.fields.lifeArea);
        if (g.fields.position)
            detail += QStringLiteral(" · ") + label(*g.fields.position);
        if (g.fields.status != GoalStatus::Active)
            detail += QStringLiteral(" · ") + label(g.fields.status);
        return QString(g.fields.clientWords + QLatin1Char('\n') + detail);
    }
    case Qt::ToolTipRole: return g.fields.clientWords;
    case GoalIdRole: return g.id.value;
    case StatusRole: return toKey(g.fields.status);
    case LifeAreaRole: return toKey(g.fields.lifeArea);
    case RevisionRole: return g.revision;
    default: return {};
    }
}

SessionListModel::SessionListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void SessionListModel::setSessions(const QList<SessionSummary>& sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

SessionId SessionListModel::sessionIdAt(const QModelIndex& index)
{
    return SessionId(index.data(SessionIdRole).toLongLong());
}

int SessionListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

QVariant SessionListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionSummary& s = m_sessions.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QLocale().toString(s.date, QLocale::LongFormat);
        if (s.setting)
            text += QStringLiteral(" · ") + label(*s.setting);
        text += QStringLiteral(" · ") + (s.isSigned ? tr("signed") : tr("draft"));
        if (s.enteredInError)
            text += QStringLiteral(" · ") + tr("entered in error");
        if (s.addenda > 0)
            text += QStringLiteral(" · ") + tr("%n addendum(s)", "", s.addenda);
        if (s.followUp)
            text +=
                QStringLiteral(" · ") + tr("follow-up %1").arg(QLocale().toString(*s.followUp, QLocale::ShortFormat));
        return text;
    }
    case SessionIdRole: return s.id.value;
    case SignedRole: return s.isSigned;
    default: return {};
    }
}

} // namespace continuum::ui
