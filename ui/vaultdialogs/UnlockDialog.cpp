// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultdialogs/UnlockDialog.h"

#include "UiHooks.h"
#include "common/BackgroundTask.h"
#include "common/ErrorText.h"
#include "security/PassphraseStrength.h"
#include "util/OneShotTimer.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace continuum::ui {

UnlockDialog::UnlockDialog(const QString& vaultDir, QWidget* parent)
    : QDialog(parent)
    , m_dir(vaultDir)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(tr("Unlock Continuum"));

    auto* heading = new QLabel(tr("Continuum is locked"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    heading->setFont(big);
    auto* where = new QLabel(QDir::toNativeSeparators(vaultDir), this);
    where->setObjectName(QStringLiteral("vaultPathLabel"));
    where->setEnabled(false);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_recoveryKey = new QLineEdit(this);
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKeyEdit"));
    m_recoveryKey->setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    m_recoveryKey->setAccessibleName(tr("Recovery key"));
    m_recoveryKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_stack = new QStackedWidget(this);
    auto* passPage = new QWidget(this);
    auto* passLayout = new QVBoxLayout(passPage);
    passLayout->setContentsMargins(0, 0, 0, 0);
    auto* passLabel = new QLabel(tr("&Passphrase:"), passPage);
    passLabel->setBuddy(m_passphrase);
    passLayout->addWidget(passLabel);
    passLayout->addWidget(m_passphrase);
    auto* keyPage = new QWidget(this);
    auto* keyLayout = new QVBoxLayout(keyPage);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    auto* keyLabel = new QLabel(tr("&Recovery key (from the page you printed when you set up Continuum):"), keyPage);
    keyLabel->setWordWrap(true);
    keyLabel->setBuddy(m_recoveryKey);
    keyLayout->addWidget(keyLabel);
    keyLayout->addWidget(m_recoveryKey);
    m_stack->addWidget(passPage);
    m_stack->addWidget(keyPage);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("unlockHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hint->hide();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    auto* buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    m_toggle = buttons->addButton(tr("Use the recovery &key"), QDialogButtonBox::ActionRole);
    m_toggle->setObjectName(QStringLiteral("useRecoveryKeyButton"));
    // Beside the message that explains it, not in the button box (which shows every button it lays out).
    m_takeOver = new QPushButton(tr("&Take Over…"), this);
    m_takeOver->setObjectName(QStringLiteral("takeOverLockButton"));
    m_takeOver->setAutoDefault(false);
    m_takeOver->hide();
    auto* quit = buttons->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    quit->setAutoDefault(false);
    m_toggle->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(where);
    layout->addWidget(m_hint);
    layout->addSpacing(8);
    layout->addWidget(m_stack);
    layout->addWidget(m_message);
    layout->addWidget(m_takeOver, 0, Qt::AlignLeft);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(460);

    m_countdown = UiHooks::instance().makeTimer("unlock-wait");
    m_countdown->onTimeout = [this] {
        if (--m_wait <= 0)
            m_wait = 0;
        else
            m_countdown->start(1000);
        updateButton();
    };
    connect(m_unlock, &QPushButton::clicked, this, &UnlockDialog::attempt);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockDialog::attempt);
    connect(m_recoveryKey, &QLineEdit::returnPressed, this, &UnlockDialog::attempt);
    connect(quit, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_toggle, &QPushButton::clicked, this, [this] { setRecoveryMode(!m_recovery); });
    connect(m_takeOver, &QPushButton::clicked, this, &UnlockDialog::takeOver);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateButton);
    connect(m_recoveryKey, &QLineEdit::textChanged, this, &UnlockDialog::updateButton);
    updateButton();
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<Vault> UnlockDialog::takeVault()
{
    return std::move(m_vault);
}

void UnlockDialog::setHint(const QString& hint)
{
    m_hint->setText(hint);
    m_hint->setVisible(!hint.isEmpty());
}

QList<QDateTime> UnlockDialog::takeFailedAttempts()
{
    return std::exchange(m_failedAt, {});
}

void UnlockDialog::prepare()
{
    m_passphrase->clear();
    m_recoveryKey->clear();
    setRecoveryMode(false);
    m_message->clear();
    updateButton();
}

void UnlockDialog::setRecoveryMode(bool on)
{
    m_recovery = on;
    m_stack->setCurrentIndex(on ? 1 : 0);
    m_toggle->setText(on ? tr("Use the &passphrase") : tr("Use the recovery &key"));
    m_message->clear();
    (on ? m_recoveryKey : m_passphrase)->setFocus();
    updateButton();
}

void UnlockDialog::updateButton()
{
    const QLineEdit* field = m_recovery ? m_recoveryKey : m_passphrase;
    m_unlock->setEnabled(!m_busy && m_wait == 0 && !field->text().isEmpty());
    m_unlock->setText(m_wait > 0 ? tr("Try again in %n s", "", m_wait) : tr("&Unlock"));
    m_passphrase->setEnabled(!m_busy);
    m_recoveryKey->setEnabled(!m_busy);
    m_toggle->setEnabled(!m_busy);
}

void UnlockDialog::attempt()
{
    if (m_busy || m_wait > 0)
        return;
    m_busy = true;
    m_takeOver->hide();
    m_message->setText(tr("Unlocking…"));
    updateButton();
    if (m_recovery) {
        // Into locked memory at once, as the passphrase is; parsed and used from there.
        auto key = std::make_shared<SecureBytes>(SecureBytes::fromText(m_recoveryKey->text()));
        runInBackground(
            this, [dir = m_dir, key] { return Vault::unlockWithRecoveryKey(dir, *key); },
            [this](Result<std::unique_ptr<Vault>> r) { finish(std::move(r)); });
    } else {
        auto secret = std::make_shared<SecureBytes>(SecureBytes::fromText(m_passphrase->text()));
        runInBackground(
            this, [dir = m_dir, secret] { return Vault::unlock(dir, *secret); },
            [this](Result<std::unique_ptr<Vault>> r) { finish(std::move(r)); });
    }
}

void UnlockDialog::finish(Result<std::unique_ptr<Vault>> result)
{
    m_busy = false;
    if (result) {
        m_failures = 0;
        m_vault = std::move(result.value());
        m_passphrase->clear();
        m_recoveryKey->clear();
        m_message->clear();
        updateButton();
        Q_EMIT unlocked();
        accept();
        return;
    }
    const ErrorCode code = result.code();
    const bool guess = code == ErrorCode::WrongPassphrase || code == ErrorCode::WrongRecoveryKey;
    m_message->setText(errorText(result.error()));
    if (code == ErrorCode::AlreadyOpen) {
        // Name who holds it. A lock written on another computer never goes stale by itself (a vault
        // folder carried to a new laptop, a renamed machine): offer to take it over.
        if (const auto owner = Vault::lockOwner(m_dir)) {
            if (owner->onThisHost) {
                m_message->setText(tr("The vault is open in another Continuum window on this computer "
                                      "(process %1). Close that one first.")
                                       .arg(owner->pid));
            } else {
                m_message->setText(tr("The vault is marked as open on the computer \"%1\" (process %2). If "
                                      "Continuum is not running there — for example, the vault folder was "
                                      "copied to this computer — you can take it over.")
                                       .arg(owner->host)
                                       .arg(owner->pid));
                m_takeOver->show();
            }
        }
        // The explanation is longer than one line: let the window grow to show all of it.
        layout()->activate();
        adjustSize();
    }
    if (guess) {
        ++m_failures;
        m_failedAt.append(QDateTime::currentDateTimeUtc());
        m_wait = unlockDelaySeconds(m_failures);
        if (m_wait > 0)
            m_countdown->start(1000);
    }
    updateButton();
    QLineEdit* field = m_recovery ? m_recoveryKey : m_passphrase;
    field->selectAll();
    field->setFocus();
}

void UnlockDialog::takeOver()
{
    const auto owner = Vault::lockOwner(m_dir);
    const QString who =
        owner ? tr("the computer \"%1\" (process %2)").arg(owner->host).arg(owner->pid) : tr("another computer");
    if (!UiHooks::instance().confirm(
            this, tr("Take over the vault?"),
            tr("The vault is marked as open on %1. Take it over only if Continuum is not running there: two "
               "computers writing the same vault at once can damage it.")
                .arg(who),
            tr("Take Over")))
        return;
    if (auto s = Vault::breakLock(m_dir); !s) {
        m_message->setText(errorText(s.error()));
        return;
    }
    m_takeOver->hide();
    m_message->clear();
    const QLineEdit* field = m_recovery ? m_recoveryKey : m_passphrase;
    if (!field->text().isEmpty())
        attempt();
}

} // namespace continuum::ui
