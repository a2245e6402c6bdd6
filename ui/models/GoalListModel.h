// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/GoalService.h"

#include <QAbstractListModel>

namespace continuum::ui {

/// One client's goals as they stand now, in the client's words, with status and continuum position.
class GoalListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    /// GoalIdRole holds the raw id (a qint64); goalIdAt() gives it back typed.
    enum Role { GoalIdRole = Qt::UserRole + 1, StatusRole, LifeAreaRole, RevisionRole };

    explicit GoalListModel(QObject* parent = nullptr);

    /// Shows clientId's goals from service; (nullptr, ClientId()) empties the model.
    void setClient(GoalService* service, ClientId clientId);
    Goal goalAt(int row) const { return m_goals.value(row); }
    int rowOf(GoalId id) const;
    /// The goal on index's row (a null id for an invalid index).
    static GoalId goalIdAt(const QModelIndex& index);
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    GoalService* m_service = nullptr;
    ClientId m_client;
    QList<Goal> m_goals;
};

/// One client's session records, newest first.
class SessionListModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    /// SessionIdRole holds the raw id (a qint64); sessionIdAt() gives it back typed.
    enum Role { SessionIdRole = Qt::UserRole + 1, SignedRole };

    explicit SessionListModel(QObject* parent = nullptr);

    void setSessions(const QList<SessionSummary>& sessions);
    SessionSummary sessionAt(int row) const { return m_sessions.value(row); }
    /// The session on index's row (a null id for an invalid index).
    static SessionId sessionIdAt(const QModelIndex& index);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<SessionSummary> m_sessions;
};

} // namespace continuum::ui
