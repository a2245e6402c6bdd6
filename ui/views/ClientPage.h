// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;
class QTabWidget;
class QTableView;

namespace continuum {
class Domain;
struct RecordChange;
} // namespace continuum

namespace continuum::ui {

class ClientNameLabel;
class ContactHistoryList;
class GoalListModel;
class ReadinessChart;
class ReadinessTableModel;
class SessionListModel;
class VoicePanel;

/// One person: who they are (as they want to be known), their goals with history and readiness trend (drawn,
/// and as a table the keyboard reaches), and their session records. A flagged person's contact details are
/// simply absent; only a discreet icon beside the name tells the counselor why.
class ClientPage final : public QWidget
{
    Q_OBJECT

public:
    /// A page over an open domain; it lives no longer than the domain does (the main window that holds
    /// it is made for one unlocked vault and goes when it locks). Session windows and printouts, which
    /// need the workspace, are asked of the window through sessionRequested() and printRequested().
    explicit ClientPage(Domain& domain, QWidget* parent = nullptr);

    void showClient(ClientId id);
    ClientId clientId() const { return m_client.id; }
    void clear();

    void editProfile();
    void newGoal();
    void reviseGoal();
    void showHistory();
    /// Asks for this person's goal summary printout.
    void printSummary();
    /// The contact entry dialog, with this person.
    void recordContact();
    /// Asks for the MI session window: a new record (0) or an existing one.
    void openSession(SessionId id);

    /// The workspace's events, forwarded by the window: what this page shows is reloaded.
    void recordChanged(const RecordChange& change);
    /// A draft of someone was autosaved: only this person's list of sessions can show it.
    void draftSaved(ClientId client);

Q_SIGNALS:
    void clientRemovedFromView();
    void sessionRequested(continuum::ClientId client, continuum::SessionId session);
    void printRequested(continuum::ClientId client);

private:
    void reload();
    /// The session list only (a draft of this person was saved).
    void reloadSessions();
    /// The Contacts tab only.
    void reloadContacts();
    void showGoal();
    /// The chart of the selected goal only (a session with its rulers was signed).
    void refreshChart();
    GoalId selectedGoal() const;

    Domain& m_domain;
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
    ReadinessTableModel* m_chartValues; ///< the chart's text equivalent
    QTableView* m_chartTable;
    QPushButton* m_reviseGoal;
    QPushButton* m_history;
    QListView* m_sessionList;
    SessionListModel* m_sessions;
    ContactHistoryList* m_contactList = nullptr;
    VoicePanel* m_voice = nullptr;
};

} // namespace continuum::ui
