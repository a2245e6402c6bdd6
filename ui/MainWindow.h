// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordIds.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTableView;
class QTimer;

namespace continuum {
class Workspace;
} // namespace continuum

namespace continuum::ui {

class ClientListModel;
class ClientPage;
class CodePage;
class ContactsView;
class TodayView;

/// The counselor's main window: the caseload on the left with search-as-you-type, Today or one person
/// on the right, and the session windows opened from them. One is made for each unlocked vault and goes
/// when it locks (AppController), so no view of it ever holds a vault that is closed: its widgets work on
/// the workspace they were given and need no "is it still open?" checks.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    /// The workspace must be open, and stay open for as long as the window does.
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;

    void setDemo(bool demo);
    /// Before the vault locks: stops what could still reach it (the search timer), keeps the window's
    /// size for the next unlock, hides the session windows and empties the window, so that its last
    /// painted pixels hold no record. The window is then hidden and deleted by its owner.
    void prepareForLock();

    QAction* lockAction() const { return m_lock; }
    /// A backup or check is running on the vault; locking waits for it.
    bool isBusy() const { return m_busy; }
    ClientListModel* clientModel() const { return m_clientModel; }

    void showToday();
    /// The Contacts view in the right-hand side.
    void showContacts();
    /// The contact entry dialog: with this client, or (none given) with the default in Preferences.
    void recordContact(std::optional<ClientId> client);
    /// The page of the person known by this agency code, in the right-hand side.
    void openCode(const QString& code);
    void openClient(ClientId id);
    void newClient();
    /// The MI session window for a record of this person (0: a new one); an open one is brought forward.
    void openSession(ClientId client, SessionId session);
    /// The person's goal summary printout.
    void printSummary(ClientId client);

Q_SIGNALS:
    /// A backup or integrity check that was reading the vault on another thread has finished.
    void busyEnded();
    void lockRequested();
    void changePassphraseRequested();
    void preferencesRequested();
    void restoreRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void backUp();
    void checkIntegrity();
    void refreshBackupState();
    void applySearch();
    void selectInList(ClientId id);
    /// The list, or in its place a sentence saying why it is empty and what to do.
    void updateListArea();
    QString emptyListText() const;
    void saveWindowState() const;

    Workspace& m_workspace;
    bool m_demo = false;
    bool m_busy = false;
    QAction* m_lock = nullptr;
    QAction* m_backup = nullptr;
    QAction* m_verify = nullptr;
    QAction* m_changePassphrase = nullptr;
    QAction* m_newClient = nullptr;
    QAction* m_find = nullptr;
    QAction* m_today = nullptr;
    QAction* m_recordContact = nullptr;
    QAction* m_showContacts = nullptr;
    QAction* m_preferences = nullptr;
    QAction* m_restore = nullptr;
    QAction* m_print = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_legalNames = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QTableView* m_clientView = nullptr;
    QLabel* m_emptyList = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QMenu* m_fileMenu = nullptr;
    ClientListModel* m_clientModel = nullptr;
    QStackedWidget* m_stack = nullptr;
    TodayView* m_todayView = nullptr;
    ClientPage* m_clientPage = nullptr;
    ContactsView* m_contactsView = nullptr;
    CodePage* m_codePage = nullptr;
    QLabel* m_backupState = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace continuum::ui
