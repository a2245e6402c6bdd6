// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/KeySlot.h"
#include "domain/Records.h"
#include "vault/Vault.h"

#include <QWizard>

#include <memory>

namespace continuum::ui {

class PassphraseFields;

/// First run: choose a passphrase (twice, with a strength hint), create the vault, see the recovery key
/// once with Copy and Print, and type part of it back before going on.
class CreateVaultWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { PassphrasePage, RecoveryKeyPage, ConfirmKeyPage, CounselorPage };

    CreateVaultWizard(const QString& vaultDir, const KdfParams& kdf, QWidget* parent = nullptr);
    ~CreateVaultWizard() override;

    /// The created, unlocked vault, once the wizard has finished.
    std::unique_ptr<Vault> takeVault();
    QString vaultDir() const { return m_dir; }
    /// The counselor's name and credentials from the last page, for signing and printing.
    Counselor counselor() const;

    // For the pages.
    void createVault(PassphraseFields* fields);
    bool isCreated() const { return m_vault != nullptr; }
    bool isBusy() const { return m_busy; }
    QString recoveryKey() const { return m_recoveryKey; }
    QString lastError() const { return m_error; }

    void reject() override;

Q_SIGNALS:
    void creationFinished();

private:
    QString m_dir;
    KdfParams m_kdf;
    std::unique_ptr<Vault> m_vault;
    QString m_recoveryKey;
    QString m_error;
    bool m_busy = false;
};

} // namespace continuum::ui
