// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace continuum {
class Workspace;
}

namespace continuum::ui {

class PassphraseFields;

/// Sets a new passphrase on an unlocked vault. After a recovery-key unlock it is required (no current
/// passphrase asked, no way around it); from the menu it first confirms the current passphrase.
class NewPassphraseDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { AfterRecovery, Change };

    NewPassphraseDialog(Workspace* workspace, Mode mode, QWidget* parent = nullptr);

    void reject() override;
    bool isBusy() const { return m_busy; }
    /// Closes it even after a recovery unlock (the vault is locking; it will ask again next time).
    void forceClose();

Q_SIGNALS:
    /// The new slot is sealed (or the attempt failed): a lock that was waiting can go ahead.
    void busyEnded();

private:
    void save();

    Workspace* m_workspace;
    Mode m_mode;
    QLineEdit* m_current = nullptr;
    PassphraseFields* m_fields = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    bool m_busy = false;
};

} // namespace continuum::ui
