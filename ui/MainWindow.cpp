// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "UiHooks.h"
#include "common/BackgroundTask.h"
#include "common/ErrorText.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace continuum::ui {

namespace {
constexpr int kBackupReminderDays = 7;
}

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Continuum"));

    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_backup = file->addAction(tr("&Back Up Vault…"), this, &MainWindow::backUp);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_backup->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_verify = file->addAction(tr("&Check Vault Integrity"), this, &MainWindow::checkIntegrity);
    m_verify->setObjectName(QStringLiteral("verifyAction"));
    file->addSeparator();
    m_changePassphrase = file->addAction(tr("Change &Passphrase…"), this, &MainWindow::changePassphraseRequested);
    m_changePassphrase->setObjectName(QStringLiteral("changePassphraseAction"));
    m_lock = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_lock->setShortcutContext(Qt::ApplicationShortcut);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Continuum"), this, [this] {
        QMessageBox::about(this, tr("About Continuum"),
                           tr("<p><b>Continuum</b> %1</p><p>Offline records for harm-reduction counselors. "
                              "Everything stays encrypted on this computer; Continuum never connects to a network.</p>"
                              "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                               .arg(QStringLiteral(CONTINUUM_VERSION)));
    });

    auto* central = new QWidget(this);
    auto* heading = new QLabel(tr("The vault is unlocked"), central);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    heading->setFont(big);
    m_location = new QLabel(central);
    m_location->setObjectName(QStringLiteral("vaultLocationLabel"));
    m_location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backupState = new QLabel(central);
    m_backupState->setObjectName(QStringLiteral("backupStateLabel"));
    m_backupState->setWordWrap(true);
    m_backupButton = new QPushButton(tr("Back Up &Now…"), central);
    m_backupButton->setObjectName(QStringLiteral("backupButton"));
    connect(m_backupButton, &QPushButton::clicked, this, &MainWindow::backUp);
    auto* verifyButton = new QPushButton(tr("Check &Integrity"), central);
    verifyButton->setObjectName(QStringLiteral("verifyButton"));
    connect(verifyButton, &QPushButton::clicked, this, &MainWindow::checkIntegrity);

    auto* form = new QFormLayout;
    form->addRow(tr("Vault folder:"), m_location);
    form->addRow(tr("Last backup:"), m_backupState);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backupButton);
    buttons->addWidget(verifyButton);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addWidget(heading);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch();
    setCentralWidget(central);
    statusBar();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(900, 620);
    setVault(nullptr, false);
}

MainWindow::~MainWindow() = default;

void MainWindow::setVault(Vault* vault, bool demo)
{
    m_vault = vault;
    setWindowTitle(demo ? tr("Continuum — Demo (nothing here is real)") : tr("Continuum"));
    for (QAction* a : {m_backup, m_verify, m_changePassphrase, m_lock})
        a->setEnabled(vault != nullptr);
    centralWidget()->setVisible(vault != nullptr);
    statusBar()->clearMessage();
    refresh();
}

void MainWindow::refresh()
{
    if (!m_vault) {
        m_location->clear();
        m_backupState->clear();
        return;
    }
    m_location->setText(QDir::toNativeSeparators(m_vault->directory()));
    const auto last = m_vault->lastBackupAt();
    if (!last) {
        m_backupState->setText(tr("Never. Back up to a USB drive you keep somewhere safe."));
        return;
    }
    const QDateTime local = last->toLocalTime();
    const qint64 days = local.date().daysTo(QDate::currentDate());
    QString text = QLocale().toString(local, QLocale::ShortFormat);
    if (days > kBackupReminderDays)
        text += QLatin1Char(' ') + tr("(%n days ago, time for a new one)", "", int(days));
    m_backupState->setText(text);
}

void MainWindow::backUp()
{
    if (!m_vault || m_busy)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("continuum-backup-%1.continuum-backup").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString file = UiHooks::instance().saveFileName(this, tr("Back Up Vault"), suggested,
                                                          tr("Continuum backups (*.continuum-backup)"));
    if (file.isEmpty())
        return;
    m_busy = true;
    statusBar()->showMessage(tr("Backing up…"));
    Vault* vault = m_vault;
    runInBackground(
        this, [vault, file] { return vault->backupTo(file); },
        [this, file](Status s) {
            m_busy = false;
            statusBar()->clearMessage();
            if (s) {
                refresh();
                UiHooks::instance().information(
                    this, tr("Backup finished"),
                    tr("The backup was written to %1. It is encrypted like the vault and opens with the same "
                       "passphrase or recovery key.")
                        .arg(QDir::toNativeSeparators(file)));
            } else {
                UiHooks::instance().warning(this, tr("Backup failed"), errorText(s.error()));
            }
        });
}

void MainWindow::checkIntegrity()
{
    if (!m_vault || m_busy)
        return;
    m_busy = true;
    statusBar()->showMessage(tr("Checking every page of the vault…"));
    Vault* vault = m_vault;
    runInBackground(
        this, [vault] { return vault->checkIntegrity(); },
        [this](Result<IntegrityReport> r) {
            m_busy = false;
            statusBar()->clearMessage();
            if (!r) {
                UiHooks::instance().warning(this, tr("Integrity check"), errorText(r.error()));
            } else if (r->ok) {
                UiHooks::instance().information(this, tr("Integrity check"),
                                                tr("The vault is sound: every page decrypts and is unchanged."));
            } else {
                UiHooks::instance().warning(this, tr("Integrity check"),
                                            tr("The vault has damage in %n place(s). Keep working only after "
                                               "restoring your latest backup.",
                                               "", int(r->problems.size())));
            }
        });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_busy) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace continuum::ui
