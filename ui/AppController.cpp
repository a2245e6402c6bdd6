// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "IdleLock.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "UiHooks.h"
#include "demo/DemoCaseload.h"
#include "domain/Domain.h"
#include "util/Clock.h"
#include "vault/CreateVaultWizard.h"
#include "vault/NewPassphraseDialog.h"
#include "vault/RestoreDialog.h"
#include "vault/UnlockDialog.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTimer>

namespace continuum::ui {

AppController::AppController(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(std::make_unique<SystemClock>())
{
    m_main = std::make_unique<MainWindow>();
    connect(m_main.get(), &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_main.get(), &MainWindow::changePassphraseRequested, this, &AppController::changePassphrase);
    connect(m_main.get(), &MainWindow::preferencesRequested, this, &AppController::preferences);
    connect(m_main.get(), &MainWindow::restoreRequested, this, &AppController::restore);
    m_idle = new IdleLock(this);
    m_idle->setTimeoutMs(IdleLock::savedMinutes() * 60 * 1000);
    connect(m_idle, &IdleLock::idle, this, &AppController::lock);
    m_desktopLock = new DesktopLockSignals(this);
    connect(m_desktopLock, &DesktopLockSignals::lockRequested, this, &AppController::lock);
}

AppController::~AppController()
{
    m_main->setVault(nullptr, nullptr);
    m_domain.reset();
    if (m_vault)
        m_vault->lock();
}

QString AppController::demoPassphrase()
{
    return QStringLiteral("demo passphrase");
}

void AppController::start()
{
    if (m_options.demo) {
        m_demoDir = std::make_unique<QTemporaryDir>();
        m_options.vaultDir = m_demoDir->filePath(QStringLiteral("demo-vault"));
        auto created =
            Vault::create(m_options.vaultDir, SecureBytes::fromText(demoPassphrase()), KdfParams::interactive());
        if (created) {
            DemoOptions demo;
            demo.today = QDate::currentDate();
            if (auto s = populateDemoCaseload(created->vault->database(), demo); !s)
                qWarning("demo caseload: %s", qPrintable(s.error().detail));
            m_main->setDemo(true);
            opened(std::move(created->vault));
            return;
        }
        qWarning("demo vault: %s", qPrintable(created.error().detail));
    }
    const QDir dir(m_options.vaultDir);
    const bool exists = QFile::exists(VaultFiles::keySlots(m_options.vaultDir)) ||
                        QFile::exists(VaultFiles::database(m_options.vaultDir));
    if (exists || (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        showUnlock();
    else
        showWizard();
}

void AppController::showWizard()
{
    m_wizard = std::make_unique<CreateVaultWizard>(m_options.vaultDir, m_options.kdf);
    connect(m_wizard.get(), &QWizard::accepted, this, [this] {
        auto vault = m_wizard->takeVault();
        const Counselor counselor = m_wizard->counselor();
        m_wizard.release()->deleteLater();
        opened(std::move(vault));
        if (m_domain && !counselor.name.isEmpty())
            (void)m_domain->counselor().setCounselor(counselor);
    });
    connect(m_wizard.get(), &QWizard::rejected, this, [this] {
        if (auto vault = m_wizard->takeVault())
            vault->lock();
        m_wizard.release()->deleteLater();
        QCoreApplication::quit();
    });
    m_wizard->show();
}

void AppController::showUnlock()
{
    if (!m_unlock) {
        m_unlock = std::make_unique<UnlockDialog>(m_options.vaultDir);
        if (m_options.demo)
            m_unlock->setHint(tr("This is the demo. Its passphrase is: %1").arg(demoPassphrase()));
        connect(m_unlock.get(), &UnlockDialog::unlocked, this,
                [this] { opened(m_unlock->takeVault(), m_unlock->takeFailedAttempts()); });
        connect(m_unlock.get(), &QDialog::rejected, qApp, &QCoreApplication::quit);
    }
    m_unlock->prepare();
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void AppController::opened(std::unique_ptr<Vault> vault, const QList<QDateTime>& failedAttempts)
{
    if (!vault)
        return;
    m_vault = std::move(vault);
    m_domain = std::make_unique<Domain>(m_vault->database(), *m_clock);
    // Wrong entries could not be written while the vault was locked; they are recorded now.
    for (const QDateTime& at : failedAttempts)
        (void)m_domain->audit().recordNow(
            {AuditAction::FailedUnlock, QStringLiteral("vault"), {}, std::nullopt, {}, at});
    (void)m_domain->audit().recordNow({AuditAction::Unlock,
                                       QStringLiteral("vault"),
                                       {},
                                       std::nullopt,
                                       m_vault->openedWithRecoveryKey() ? QStringLiteral("recovery key") : QString(),
                                       std::nullopt});
    if (m_vault->keySlotProblem()) {
        // The vault opens; the counselor must know the printed recovery key no longer does.
        UiHooks::instance().warning(
            nullptr, tr("Recovery key missing"),
            tr("This vault's key file no longer holds its recovery key (it was removed or damaged). The vault "
               "opens with your passphrase, but your printed recovery key will not open it. To have a recovery "
               "key again, restore the vault from a recent backup, or ask your IT contact to restore the file "
               "keyslots.json from one."));
    }
    if (m_vault->openedWithRecoveryKey()) {
        auto* dialog = new NewPassphraseDialog(m_vault.get(), NewPassphraseDialog::Mode::AfterRecovery);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, &AppController::showMain);
        connect(this, &AppController::vaultLocked, dialog, &QWidget::close);
        dialog->show();
        return;
    }
    showMain();
}

void AppController::showMain()
{
    if (!m_vault)
        return;
    m_main->setVault(m_vault.get(), m_domain.get());
    m_idle->start();
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    Q_EMIT vaultOpened();
}

void AppController::lock()
{
    if (!m_vault)
        return;
    const auto passphraseDialogs = QApplication::topLevelWidgets();
    for (QWidget* w : passphraseDialogs) {
        if (auto* d = qobject_cast<NewPassphraseDialog*>(w); d && d->isBusy()) {
            QTimer::singleShot(200, this, &AppController::lock); // sealing the new slot; lock right after
            return;
        }
    }
    if (m_main->isBusy()) {
        // A backup or check is reading the vault on another thread; lock as soon as it is done.
        QTimer::singleShot(200, this, &AppController::lock);
        return;
    }
    m_idle->stop();
    // Close every dialog and window but the main one, which locking empties and hides.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* d = qobject_cast<NewPassphraseDialog*>(w)) {
            d->forceClose(); // it refuses an ordinary close after a recovery unlock
            continue;
        }
        if (w != m_main.get() && w != m_unlock.get() && w->isVisible() && qobject_cast<QDialog*>(w))
            qobject_cast<QDialog*>(w)->reject();
    }
    m_main->setVault(nullptr, nullptr);
    m_main->hide();
    m_domain.reset();
    m_vault->lock();
    m_vault.reset();
    Q_EMIT vaultLocked();
    showUnlock();
}

void AppController::preferences()
{
    if (!m_domain)
        return;
    PreferencesDialog dialog(m_domain.get(), m_main.get());
    connect(this, &AppController::vaultLocked, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        m_idle->setTimeoutMs(dialog.idleMinutes() * 60 * 1000);
}

void AppController::restore()
{
    // Not while a backup or integrity check is reading the vault on another thread.
    if (!m_vault || m_options.demo || m_main->isBusy())
        return;
    RestoreDialog dialog(m_options.vaultDir, m_main.get());
    // The vault being replaced must be closed: drafts saved, key wiped, lock released.
    dialog.beforeRestore = [this] {
        if (!m_vault)
            return; // a retry after a refused passphrase: already closed
        m_idle->stop();
        m_main->setVault(nullptr, nullptr);
        m_domain.reset();
        m_vault->lock();
        m_vault.reset();
        Q_EMIT vaultLocked();
    };
    dialog.exec();
    if (!m_vault) {
        m_main->hide();
        showUnlock();
    }
}

void AppController::changePassphrase()
{
    if (!m_vault || m_main->isBusy())
        return;
    auto* dialog = new NewPassphraseDialog(m_vault.get(), NewPassphraseDialog::Mode::Change, m_main.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &AppController::vaultLocked, dialog, &QWidget::close);
    dialog->open();
}

} // namespace continuum::ui
