// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTabWidget;

namespace continuum {
class Domain;
class Workspace;
} // namespace continuum

namespace continuum::ui {

class ClientNameLabel;
class GoalListModel;
class ReadinessChart;
class SessionListModel;

/// One person: who they are (as they want to be known), their goals with history and readiness trend,
/// and their session records. A flagged person's contact details are simply absent; only a discreet
/// icon beside the name tells the counselor why.
class ClientPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ClientPage(QWidget* parent = nullptr);

    /// The unlocked workspace (nullptr while locked: the page is cleared and open session windows close).
    void setWorkspace(Workspace* workspace);
    /// Shows a domain without a workspace (the benchmark's unencrypted side): read-only, no session
    /// windows.
    void setDomain(Domain* domain);
    void showClient(ClientId id);
    ClientId clientId() const { return m_client.id; }
    void clear();

    void editProfile();
    void newGoal();
    void reviseGoal();
    void showHistory();
    /// Opens the goal summary printout for this client.
    void printSummary();
    /// Opens the MI session editor: a new record (0) or an existing one.
    void openSession(SessionId id);
    /// Saves every open session draft and closes the editors (before the vault locks).
    void closeSessionEditors();

Q_SIGNALS:
    void clientRemovedFromView();

private:
    void reload();
    /// The session list only (a draft of this person was saved).
    void reloadSessions();
    void showGoal();
    /// The chart of the selected goal only (a session with its rulers was signed).
    void refreshChart();
    GoalId selectedGoal() const;

    Workspace* m_workspace = nullptr;
    Domain* m_domain = nullptr;
    Client m_client;
    bool m_showLegalName = false;
    QPushButton* m_legalNameButton = nullptr;
    ClientNameLabel* m_name;
    QLabel* m_safetyIcon;
    QPushButton* m_archive;
    QTabWidget* m_tabs;
    QLabel* m_profile;
    QListView* m_goalList;
    GoalListModel* m_goals;
    QLabel* m_goalDetail;
    ReadinessChart* m_chart;
    QPushButton* m_reviseGoal;
    QPushButton* m_history;
    QListView* m_sessionList;
    SessionListModel* m_sessions;
};

} // namespace continuum::ui
