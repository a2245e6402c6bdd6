// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Vault.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace continuum {
class OneShotTimer;
}

namespace continuum::ui {

/// Unlock with the passphrase or the recovery key. A wrong entry gets one plain message, never a hint
/// about which part was wrong, and repeated failures wait longer and longer before the next try.
class UnlockDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit UnlockDialog(const QString& vaultDir, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    std::unique_ptr<Vault> takeVault();
    /// Back to the passphrase, fields empty; failures are kept (a lock does not reset the delay).
    void prepare();
    bool isBusy() const { return m_busy; }
    /// A line under the heading (the demo shows its passphrase there).
    void setHint(const QString& hint);
    int failures() const { return m_failures; }
    /// When each wrong entry since the last successful unlock happened, for the audit log; cleared by reading.
    QList<QDateTime> takeFailedAttempts();

Q_SIGNALS:
    void unlocked();

private:
    void attempt();
    void setRecoveryMode(bool on);
    void finish(Result<std::unique_ptr<Vault>> result);
    void updateButton();
    /// After the counselor confirms: removes a lock left by another computer or a process that is gone,
    /// then tries again with what is typed.
    void takeOver();

    QString m_dir;
    QStackedWidget* m_stack = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_recoveryKey = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_toggle = nullptr;
    QPushButton* m_takeOver = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_hint = nullptr;
    std::unique_ptr<OneShotTimer> m_countdown; ///< ticks once a second while a wait runs
    std::unique_ptr<Vault> m_vault;
    QList<QDateTime> m_failedAt;
    int m_failures = 0;
    int m_wait = 0;
    bool m_busy = false;
    bool m_recovery = false;
};

} // namespace continuum::ui
