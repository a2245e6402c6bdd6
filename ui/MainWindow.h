// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QPushButton;

namespace continuum {
class Vault;
}

namespace continuum::ui {

/// The counselor's main window. It shows nothing of the vault while locked: setVault(nullptr) clears
/// every view.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setVault(Vault* vault, bool demo);

    QAction* lockAction() const { return m_lock; }
    /// A backup or check is running on the vault; locking waits for it.
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void lockRequested();
    void changePassphraseRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void backUp();
    void checkIntegrity();
    void refresh();

    Vault* m_vault = nullptr;
    QAction* m_lock = nullptr;
    QAction* m_backup = nullptr;
    QAction* m_verify = nullptr;
    QAction* m_changePassphrase = nullptr;
    QLabel* m_location = nullptr;
    QLabel* m_backupState = nullptr;
    QPushButton* m_backupButton = nullptr;
    bool m_busy = false;
};

} // namespace continuum::ui
