// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"

#include "IdleLock.h"
#include "LockShortcut.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "UiHooks.h"
#include "clientmode/ClientModeDialog.h"
#include "common/ErrorText.h"
#include "demo/DemoCaseload.h"
#include "domain/Domain.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "vaultdialogs/CreateVaultWizard.h"
#include "vaultdialogs/NewPassphraseDialog.h"
#include "vaultdialogs/RestoreDialog.h"
#include "vaultdialogs/UnlockDialog.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

#include <algorithm>

namespace continuum::ui {

namespace {
// How often a lock that happened inside a dialog's event loop looks again for the loop to have returned.
constexpr int kRetryRetireMs = 20;

/// A dialog, or a menu that is not one of the menu bar's, still alive under the window: one of them may
/// still be returning from its event loop.
bool hasModalChildren(const QWidget* window)
{
    if (!window->findChildren<QDialog*>().isEmpty())
        return true;
    const QList<QMenu*> menus = window->findChildren<QMenu*>();
    return std::any_of(menus.cbegin(), menus.cend(),
                       [](const QMenu* m) { return !qobject_cast<QMenuBar*>(m->parentWidget()); });
}
} // namespace

AppController::AppController(Options options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(std::make_unique<SystemClock>())
    , m_workspace(std::make_unique<Workspace>(*m_clock))
{
    m_idle = new IdleLock(this);
    m_idle->setTimeoutMs(IdleLock::savedMinutes() * 60 * 1000);
    connect(m_idle, &IdleLock::idle, this, &AppController::lock);
    m_desktopLock = new DesktopLockSignals(this);
    connect(m_desktopLock, &DesktopLockSignals::lockRequested, this, &AppController::lock);
    // Queued: the key press that asks has returned before the dialogs it came through close.
    m_lockKey = new LockShortcut(this);
    connect(m_lockKey, &LockShortcut::pressed, this, &AppController::lock, Qt::QueuedConnection);
}

AppController::~AppController()
{
    // The drafts being edited save as the workspace locks; their windows go with the main window after.
    if (m_main)
        m_main->prepareForLock();
    m_workspace->lock();
    m_main.reset();
}

Vault* AppController::vault() const
{
    return m_workspace->isOpen() ? &m_workspace->vault() : nullptr;
}

Domain* AppController::domain() const
{
    return m_workspace->isOpen() ? &m_workspace->domain() : nullptr;
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
        if (m_workspace->isOpen() && !counselor.name.isEmpty()) {
            if (auto s = m_workspace->domain().counselor().setCounselor(counselor); !s)
                UiHooks::instance().warning(m_main.get(), tr("Your name was not saved"), errorText(s.error()));
        }
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
    const bool withRecovery = vault->openedWithRecoveryKey();
    // Wrong entries could not be written while the vault was locked; the workspace records them now,
    // with the unlock. If the audit log cannot be written, the counselor hears of it.
    if (auto s = m_workspace->open(std::move(vault), {withRecovery, failedAttempts, QStringLiteral("window")}); !s) {
        if (!m_workspace->isOpen())
            return;
        UiHooks::instance().warning(
            nullptr, tr("Audit log"),
            tr("The unlock could not be written to the audit log: %1").arg(errorText(s.error())));
    }
    if (!m_restoredFrom.isEmpty()) {
        if (auto s = m_workspace->recordRestore(std::exchange(m_restoredFrom, QString())); !s)
            UiHooks::instance().warning(
                nullptr, tr("Audit log"),
                tr("The restore could not be written to the audit log: %1").arg(errorText(s.error())));
    }
    if (m_workspace->vault().keySlotProblem()) {
        // The vault opens; the counselor must know the printed recovery key no longer does.
        UiHooks::instance().warning(
            nullptr, tr("Recovery key missing"),
            tr("This vault's key file no longer holds its recovery key (it was removed or damaged). The vault "
               "opens with your passphrase, but your printed recovery key will not open it. To have a recovery "
               "key again, restore the vault from a recent backup, or ask your IT contact to restore the file "
               "keyslots.json from one."));
    }
    if (withRecovery) {
        auto* dialog = new NewPassphraseDialog(m_workspace.get(), NewPassphraseDialog::Mode::AfterRecovery);
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
    if (!m_workspace->isOpen())
        return;
    // A window of its own for each unlocked vault: its views never outlive the vault they show.
    m_main = std::make_unique<MainWindow>(*m_workspace);
    m_main->setDemo(m_options.demo);
    connect(m_main.get(), &MainWindow::lockRequested, this, &AppController::lock);
    connect(m_main.get(), &MainWindow::changePassphraseRequested, this, &AppController::changePassphrase);
    connect(m_main.get(), &MainWindow::preferencesRequested, this, &AppController::preferences);
    connect(m_main.get(), &MainWindow::restoreRequested, this, &AppController::restore);
    m_idle->start();
    m_lockKey->start();
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    Q_EMIT vaultOpened();
}

void AppController::lock()
{
    if (!m_workspace->isOpen())
        return;
    // Something still works with the vault on another thread (sealing a new passphrase slot, a backup,
    // an integrity check): lock the moment it says it is done, not by polling.
    const auto passphraseDialogs = QApplication::topLevelWidgets();
    for (QWidget* w : passphraseDialogs) {
        if (auto* d = qobject_cast<NewPassphraseDialog*>(w); d && d->isBusy()) {
            connect(d, &NewPassphraseDialog::busyEnded, this, &AppController::lock,
                    Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
            return;
        }
        // Client mode checking the counselor's passphrase (about a second): then locked at once.
        if (auto* c = qobject_cast<ClientModeDialog*>(w); c && c->isBusy()) {
            connect(c, &ClientModeDialog::busyEnded, this, &AppController::lock,
                    Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
            return;
        }
    }
    if (m_main && m_main->isBusy()) {
        connect(m_main.get(), &MainWindow::busyEnded, this, &AppController::lock,
                Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
        return;
    }
    m_idle->stop();
    m_lockKey->stop();
    closeWorkspace();
    showUnlock();
}

void AppController::closeWorkspace(const QWidget* keep)
{
    // Client mode first: closing it shows the windows it hid again, at once, so the loop below finds them as
    // they were and closes what they have open.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* c = qobject_cast<ClientModeDialog*>(w); c && c->isVisible())
            c->done(QDialog::Rejected);
    }
    // Close every dialog and menu the vault's windows have open; their event loops return as rejected.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w == keep)
            continue;
        if (auto* d = qobject_cast<NewPassphraseDialog*>(w)) {
            d->forceClose(); // it refuses an ordinary close after a recovery unlock
            continue;
        }
        if (w == m_unlock.get() || !w->isVisible())
            continue;
        // done(), not reject(): an editor's reject() asks whether to discard what was typed, and a lock
        // does not wait for an answer. What was typed in a client or goal editor is not saved (a half-typed
        // profile or goal revision is not the counselor's decision); a session draft is, by the workspace.
        if (auto* d = qobject_cast<QDialog*>(w))
            d->done(QDialog::Rejected);
        else if (auto* m = qobject_cast<QMenu*>(w))
            m->close();
    }
    if (m_main) {
        m_main->prepareForLock();
        // Paint the emptied window before hiding it, so its backing store holds no records as pixels.
        m_main->repaint();
        m_main->hide();
    }
    // Give up a clipboard or selection this program owns (copied record text).
    if (QClipboard* clipboard = QGuiApplication::clipboard()) {
        if (clipboard->ownsClipboard())
            clipboard->clear(QClipboard::Clipboard);
        if (clipboard->ownsSelection())
            clipboard->clear(QClipboard::Selection);
    }
    // Drafts being edited save now, while their windows still exist.
    m_workspace->lock();
    if (m_main) {
        // Nothing reaches the closed window any more: not the next vault's events, not its own menus.
        m_main->disconnect(this);
        m_workspace->disconnect(m_main.get());
        for (QObject* child : m_main->findChildren<QObject*>())
            m_workspace->disconnect(child);
        retire(m_main.release());
    }
    Q_EMIT vaultLocked();
}

void AppController::retire(QPointer<MainWindow> window)
{
    if (!window)
        return;
    // A dialog or menu the window opened (now closed) may still be returning from its own event loop,
    // on a call stack that runs through the window's code, with the dialog itself on that stack. The
    // window is deleted once every such dialog and menu is gone (they are its children while they last),
    // and from a later turn of the event loop, never from under code of its own that is still running.
    if (!hasModalChildren(window)) {
        window->deleteLater();
        return;
    }
    QTimer::singleShot(kRetryRetireMs, this, [this, window] { retire(window); });
}

void AppController::preferences()
{
    if (!m_workspace->isOpen())
        return;
    PreferencesDialog dialog(m_workspace->domain(), m_main.get());
    connect(this, &AppController::vaultLocked, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        m_idle->setTimeoutMs(dialog.idleMinutes() * 60 * 1000);
}

void AppController::restore()
{
    // Not while a backup or integrity check is reading the vault on another thread.
    if (!m_workspace->isOpen() || m_options.demo || m_main->isBusy())
        return;
    RestoreDialog dialog(m_options.vaultDir, m_main.get());
    // The vault being replaced must be closed: drafts saved, key wiped, lock released.
    dialog.beforeRestore = [this, &dialog] {
        if (!m_workspace->isOpen())
            return; // a retry after a refused passphrase: already closed
        m_idle->stop();
        m_lockKey->stop();
        closeWorkspace(&dialog); // the restore continues in this dialog
    };
    if (dialog.exec() == QDialog::Accepted)
        m_restoredFrom = QFileInfo(dialog.backupFile()).fileName();
    if (!m_workspace->isOpen())
        showUnlock();
}

void AppController::changePassphrase()
{
    if (!m_workspace->isOpen() || m_main->isBusy())
        return;
    auto* dialog = new NewPassphraseDialog(m_workspace.get(), NewPassphraseDialog::Mode::Change, m_main.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &AppController::vaultLocked, dialog, &QWidget::close);
    dialog->open();
}

} // namespace continuum::ui
