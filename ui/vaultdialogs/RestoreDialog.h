// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace continuum::ui {

/// Restores the vault from a backup file: the file is checked when chosen (framing and checksum), the
/// passphrase it was made with opens it, and the whole backup is verified before the vault is replaced.
/// The current vault stays untouched unless every check passes.
class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString& vaultDir, QWidget* parent = nullptr);

    /// Emitted before the restore starts, so the caller can lock the open vault first.
    std::function<void()> beforeRestore;

    void accept() override;
    void reject() override;
    bool isBusy() const { return m_busy; }
    /// The backup file chosen (for the audit entry the restored vault gets when it is next opened).
    QString backupFile() const;

private:
    void inspect();

    QString m_vaultDir;
    QLineEdit* m_file;
    QLabel* m_info;
    QLineEdit* m_passphrase;
    QLabel* m_message;
    QPushButton* m_restore;
    bool m_busy = false;
    bool m_fileOk = false;
};

} // namespace continuum::ui
