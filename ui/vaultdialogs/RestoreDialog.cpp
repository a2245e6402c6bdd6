// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultdialogs/RestoreDialog.h"

#include "UiHooks.h"
#include "common/BackgroundTask.h"
#include "common/ErrorText.h"
#include "common/TimeText.h"
#include "vault/Backup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace continuum::ui {

RestoreDialog::RestoreDialog(const QString& vaultDir, QWidget* parent)
    : QDialog(parent)
    , m_vaultDir(vaultDir)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from Backup"));
    auto* intro = new QLabel(tr("The vault on this computer will be replaced by the backup. Everything written "
                                "since that backup will be gone. The backup is checked in full first; if anything "
                                "is wrong with it, nothing here changes."),
                             this);
    intro->setWordWrap(true);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("backupFileEdit"));
    m_file->setAccessibleName(tr("Backup file"));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseBackupButton"));
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("backupInfoLabel"));
    m_info->setWordWrap(true);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("backupPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase the backup was made with"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("restoreMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = UiHooks::instance().openFileName(
            this, tr("Choose a Backup"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Continuum backups (*.continuum-backup);;All files (*)"));
        if (!file.isEmpty())
            m_file->setText(file);
    });
    connect(m_file, &QLineEdit::textChanged, this, &RestoreDialog::inspect);
    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this] { m_restore->setEnabled(m_fileOk && !m_passphrase->text().isEmpty() && !m_busy); });

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* form = new QFormLayout;
    auto* fileLabel = new QLabel(tr("Backup &file:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(QString(), m_info);
    form->addRow(tr("Its &passphrase:"), m_passphrase);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(560);
    m_restore->setEnabled(false);
}

QString RestoreDialog::backupFile() const
{
    return m_file->text().trimmed();
}

void RestoreDialog::inspect()
{
    m_fileOk = false;
    const QString file = m_file->text().trimmed();
    if (file.isEmpty()) {
        m_info->clear();
    } else if (auto info = Backup::inspect(file)) {
        m_fileOk = true;
        m_info->setText(
            tr("A Continuum backup made %1.").arg(dateTimeText(info->createdAt.toLocalTime(), QLocale::LongFormat)));
    } else {
        m_info->setText(errorText(info.error()));
    }
    m_restore->setEnabled(m_fileOk && !m_passphrase->text().isEmpty() && !m_busy);
}

void RestoreDialog::accept()
{
    if (m_busy || !m_fileOk)
        return;
    if (!UiHooks::instance().confirm(this, windowTitle(),
                                     tr("Replace the vault on this computer with this backup? Anything written "
                                        "since the backup was made will be lost."),
                                     tr("&Replace"))) {
        return;
    }
    if (beforeRestore)
        beforeRestore();
    m_busy = true;
    m_restore->setEnabled(false);
    m_message->setText(tr("Checking the backup and restoring… this takes a moment."));
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromText(m_passphrase->text()));
    const Backup::RestoreOptions options{m_file->text().trimmed(), m_vaultDir, true};
    runInBackground(
        this, [options, secret] { return Backup::restore(options, *secret); },
        [this](Status s) {
            m_busy = false;
            if (s) {
                UiHooks::instance().information(this, windowTitle(),
                                                tr("The vault was restored from the backup. Unlock it with the "
                                                   "passphrase the backup was made with."));
                QDialog::accept();
                return;
            }
            m_message->setText(s.code() == ErrorCode::WrongPassphrase
                                   ? tr("That passphrase does not open this backup. Nothing was changed.")
                                   : errorText(s.error()));
            m_restore->setEnabled(true);
        });
}

void RestoreDialog::reject()
{
    if (!m_busy)
        QDialog::reject();
}

} // namespace continuum::ui
