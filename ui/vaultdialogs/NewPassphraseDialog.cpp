// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultdialogs/NewPassphraseDialog.h"

#include "UiHooks.h"
#include "common/BackgroundTask.h"
#include "common/ErrorText.h"
#include "common/PassphraseFields.h"
#include "vault/Vault.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

NewPassphraseDialog::NewPassphraseDialog(Workspace* workspace, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("newPassphraseDialog"));
    setWindowTitle(mode == Mode::AfterRecovery ? tr("Set a new passphrase") : tr("Change passphrase"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(mode == Mode::AfterRecovery
                       ? tr("You unlocked Continuum with the recovery key. Choose a new passphrase now; the old one "
                            "stops working. Your recovery key stays the same.")
                       : tr("Your records are not re-encrypted; only the key that opens them is sealed again with the "
                            "new passphrase. The recovery key stays the same."));
    layout->addWidget(intro);
    if (mode == Mode::Change) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPassphraseEdit"));
        m_current->setEchoMode(QLineEdit::Password);
        m_current->setAccessibleName(tr("Current passphrase"));
        auto* form = new QFormLayout;
        form->addRow(tr("C&urrent passphrase:"), m_current);
        layout->addLayout(form);
    }
    m_fields = new PassphraseFields(this);
    // The field is a new passphrase in both modes, and under "Current passphrase:" a bare "Passphrase:" would
    // leave it unclear which one goes where: it is named as such, as its accessible name already is.
    QList<QLabel*> fieldLabels;
    for (auto* label : findChildren<QLabel*>()) {
        if (label->buddy() == m_fields->firstField())
            label->setText(tr("&New passphrase:"));
        if (label->buddy())
            fieldLabels.append(label);
    }
    // The current and the new passphrase sit in two forms: one width for every label lines their fields up.
    int labelWidth = 0;
    for (const QLabel* label : std::as_const(fieldLabels))
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    for (QLabel* label : std::as_const(fieldLabels))
        label->setMinimumWidth(labelWidth);
    layout->addWidget(m_fields);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("newPassphraseMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save passphrase"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("savePassphraseButton"));
    m_save->setDefault(true);
    if (mode == Mode::Change)
        buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    const auto refresh = [this] {
        m_save->setEnabled(!m_busy && m_fields->isAcceptable() && (!m_current || !m_current->text().isEmpty()));
    };
    connect(m_fields, &PassphraseFields::changed, this, refresh);
    if (m_current)
        connect(m_current, &QLineEdit::textChanged, this, refresh);
    connect(m_save, &QPushButton::clicked, this, &NewPassphraseDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewPassphraseDialog::reject);
    refresh();
    (m_current ? m_current : m_fields->firstField())->setFocus();
}

void NewPassphraseDialog::reject()
{
    // After a recovery unlock the old passphrase may be lost: a new one is not optional.
    if (m_mode == Mode::AfterRecovery || m_busy)
        return;
    QDialog::reject();
}

void NewPassphraseDialog::forceClose()
{
    m_workspace = nullptr;
    QDialog::reject();
}

void NewPassphraseDialog::save()
{
    if (m_busy || !m_fields->isAcceptable() || !m_workspace || !m_workspace->isOpen())
        return;
    m_busy = true;
    m_save->setEnabled(false);
    m_message->setText(tr("Saving…"));
    auto current = std::make_shared<SecureBytes>(m_current ? SecureBytes::fromText(m_current->text()) : SecureBytes());
    auto next = std::make_shared<SecureBytes>(m_fields->passphrase());
    const bool check = m_mode == Mode::Change;
    Workspace* workspace = m_workspace;
    runInBackground(
        this,
        [workspace, current, next, check]() -> Status {
            if (check) {
                if (auto s = workspace->vault().verifyPassphrase(*current); !s)
                    return s;
            }
            // Through the workspace: the change is written to the audit log too.
            return workspace->changePassphrase(*next);
        },
        [this](Status s) {
            m_busy = false;
            Q_EMIT busyEnded();
            if (s || s.code() == ErrorCode::NotRecorded) {
                // Changed either way; an entry the audit log could not take is said, not hidden.
                if (!s)
                    UiHooks::instance().warning(this, tr("Audit log"), errorText(s.error()));
                accept();
                return;
            }
            m_message->setText(s.code() == ErrorCode::WrongPassphrase
                                   ? tr("The current passphrase is not right. Nothing was changed.")
                                   : errorText(s.error()));
            m_save->setEnabled(true);
        });
}

} // namespace continuum::ui
