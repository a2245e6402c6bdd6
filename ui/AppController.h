// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/KeySlot.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QWidget;

namespace continuum {
class Clock;
class Domain;
class Vault;
class Workspace;
} // namespace continuum

namespace continuum::ui {

class CreateVaultWizard;
class DesktopLockSignals;
class IdleLock;
class LockShortcut;
class MainWindow;
class UnlockDialog;

/// Wires the windows to the vault's life: first run or unlock, the main window while unlocked, and back
/// behind the unlock screen on lock. Owns the unlocked vault.
class AppController final : public QObject
{
    Q_OBJECT

public:
    struct Options {
        QString vaultDir;
        KdfParams kdf = KdfParams::moderate(); ///< for a new vault; tests lower it
        /// A throwaway vault in a temporary folder, filled with a fictional caseload (vaultDir is ignored).
        bool demo = false;
    };

    /// The passphrase of the demo vault, shown on its unlock screen.
    static QString demoPassphrase();

    explicit AppController(Options options, QObject* parent = nullptr);
    ~AppController() override;

    /// Shows the first-run wizard if there is no vault yet, otherwise the unlock screen.
    void start();
    /// Closes the vault (drafts saved, key wiped), closes every window of it and shows the unlock screen.
    void lock();

    /// While unlocked; null otherwise.
    Vault* vault() const;
    Domain* domain() const;
    Workspace& workspace() const { return *m_workspace; }
    /// The window of the unlocked vault; null while locked (a new one is made at each unlock).
    MainWindow* mainWindow() const { return m_main.get(); }
    UnlockDialog* unlockDialog() const { return m_unlock.get(); }
    CreateVaultWizard* wizard() const { return m_wizard.get(); }
    IdleLock* idleLock() const { return m_idle; }

Q_SIGNALS:
    void vaultOpened();
    void vaultLocked();

private:
    void showUnlock();
    void showWizard();
    void opened(std::unique_ptr<Vault> vault, const QList<QDateTime>& failedAttempts = {});
    void showMain();
    /// Closes the vault's dialogs (all but `keep`), menus and windows, then the vault itself.
    void closeWorkspace(const QWidget* keep = nullptr);
    /// Deletes a closed main window once no dialog's event loop is left on the stack.
    void retire(QPointer<MainWindow> window);
    void changePassphrase();
    void preferences();
    void restore();

    Options m_options;
    std::unique_ptr<Clock> m_clock;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<UnlockDialog> m_unlock;
    std::unique_ptr<CreateVaultWizard> m_wizard;
    std::unique_ptr<QTemporaryDir> m_demoDir;
    QString m_restoredFrom; ///< a restore happened: the restored vault records it when next opened
    IdleLock* m_idle = nullptr;
    DesktopLockSignals* m_desktopLock = nullptr;
    LockShortcut* m_lockKey = nullptr;
};

} // namespace continuum::ui
