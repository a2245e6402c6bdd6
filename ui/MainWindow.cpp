// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AboutDialog.h"
#include "LockShortcut.h"
#include "UiHooks.h"
#include "clients/ClientEditorDialog.h"
#include "common/BackgroundTask.h"
#include "common/ErrorText.h"
#include "common/FocusRingDelegate.h"
#include "common/ScreenFit.h"
#include "common/TimeText.h"
#include "contacts/CodePage.h"
#include "contacts/ContactEditorDialog.h"
#include "contacts/ContactHistoryList.h"
#include "contacts/ContactsView.h"
#include "domain/Domain.h"
#include "models/ClientListModel.h"
#include "practice/PracticeView.h"
#include "printing/PrintSummaryDialog.h"
#include "reports/ReportDialog.h"
#include "sessions/SessionEditor.h"
#include "vault/Vault.h"
#include "views/ClientPage.h"
#include "views/TodayView.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

namespace {
constexpr int kBackupReminderDays = 7;
// Long enough to coalesce a burst of typing, short enough to feel immediate.
constexpr int kSearchDelayMs = 120;
// The room the client list's Name column keeps, in average characters: a short name with pronouns.
constexpr int kNameColumnChars = 18;

/// A menu or option name as it reads on screen: "&New Client…" is "New Client…", "&&" is "&".
QString shownText(QString text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1); // the next character (a second '&' included) stays
    }
    return text;
}
} // namespace

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Continuum"));

    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    m_newClient = file->addAction(tr("&New Client…"), this, &MainWindow::newClient);
    m_newClient->setObjectName(QStringLiteral("newClientAction"));
    m_newClient->setShortcut(QKeySequence::New);
    m_recordContact = file->addAction(tr("Record Con&tact…"), this, [this] { recordContact(std::nullopt); });
    m_recordContact->setObjectName(QStringLiteral("recordContactAction"));
    m_recordContact->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_recordContact->setToolTip(tr("Record a harm-reduction contact: anonymous, coded or with a client (%1)")
                                    .arg(m_recordContact->shortcut().toString(QKeySequence::NativeText)));
    file->addSeparator();
    m_backup = file->addAction(tr("&Back Up Vault…"), this, &MainWindow::backUp);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_backup->setShortcut(QKeySequence(tr("Ctrl+Shift+B")));
    m_print = file->addAction(tr("&Print Goal Summary…"), this, [this] {
        if (m_stack->currentWidget() == m_clientPage)
            m_clientPage->printSummary();
    });
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    QAction* reports = file->addAction(tr("Rep&orts…"), this, [this] {
        ReportDialog dialog(m_workspace, this);
        dialog.exec();
    });
    reports->setObjectName(QStringLiteral("reportsAction"));
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_restore = file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreRequested);
    m_restore->setObjectName(QStringLiteral("restoreAction"));
    m_verify = file->addAction(tr("&Check Vault Integrity"), this, &MainWindow::checkIntegrity);
    m_verify->setObjectName(QStringLiteral("verifyAction"));
    file->addSeparator();
    m_changePassphrase = file->addAction(tr("Change &Passphrase…"), this, &MainWindow::changePassphraseRequested);
    m_changePassphrase->setObjectName(QStringLiteral("changePassphraseAction"));
    m_lock = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(LockShortcut::keys());
    m_lock->setShortcutContext(Qt::ApplicationShortcut);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::preferencesRequested);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_today = view->addAction(tr("&Today"), this, &MainWindow::showToday);
    m_today->setObjectName(QStringLiteral("todayAction"));
    m_today->setShortcut(QKeySequence(tr("Ctrl+1")));
    m_showContacts = view->addAction(tr("&Contacts"), this, &MainWindow::showContacts);
    m_showContacts->setObjectName(QStringLiteral("contactsAction"));
    m_showContacts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    // The counselor's own practice: theirs alone, never part of a person's record.
    QAction* showPractice = view->addAction(tr("My &Practice"), this, [this] {
        if (auto* practice = findChild<PracticeView*>(QStringLiteral("practiceView"))) {
            m_stack->setCurrentWidget(practice);
            m_print->setEnabled(false);
            practice->table()->setFocus();
        }
    });
    showPractice->setObjectName(QStringLiteral("practiceAction"));
    showPractice->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_find = view->addAction(tr("&Find Client"), this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Continuum"), this, [this] {
        AboutDialog dialog(AboutDialog::Facts::current(), this);
        dialog.exec();
    });
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_today);
    toolbar->addAction(m_newClient);
    toolbar->addAction(m_recordContact);
    toolbar->addAction(m_showContacts);
    toolbar->addSeparator();
    toolbar->addAction(m_backup);
    toolbar->addAction(m_lock);

    // Left: the caseload.
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("clientSearchEdit"));
    m_search->setPlaceholderText(tr("Find by name or code (Ctrl+F)"));
    m_search->setAccessibleName(tr("Find client"));
    m_search->setClearButtonEnabled(true);
    m_legalNames = new QCheckBox(tr("Also legal &names"), this);
    m_legalNames->setObjectName(QStringLiteral("searchLegalNamesCheck"));
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusFilter->setAccessibleName(tr("Which clients"));
    m_statusFilter->addItem(tr("Current"), int(StatusFilter::Current));
    m_statusFilter->addItem(tr("Archived"), int(StatusFilter::Archived));
    m_statusFilter->addItem(tr("Everyone"), int(StatusFilter::All));
    m_clientModel = new ClientListModel(this);
    m_clientView = new QTableView(this);
    m_clientView->setObjectName(QStringLiteral("clientListView"));
    m_clientView->setAccessibleName(tr("Clients"));
    m_clientView->setModel(m_clientModel);
    m_clientView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clientView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clientView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clientView->setAlternatingRowColors(true);
    m_clientView->setShowGrid(false);
    m_clientView->verticalHeader()->hide();
    m_clientView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clientView->horizontalHeader()->setSectionResizeMode(ClientListModel::NameColumn, QHeaderView::Stretch);
    m_clientView->horizontalHeader()->setHighlightSections(false);
    // The name is the column that matters: it takes the room left, and the list asks for enough room that it
    // keeps at least a short name's width however long the other columns' headings run in the window's
    // language (up to half the screen; the other columns fit their contents).
    const auto keepRoomForNames = [this] {
        const QHeaderView* header = m_clientView->horizontalHeader();
        int width = m_clientView->fontMetrics().averageCharWidth() * kNameColumnChars;
        for (int column = 0; column < header->count(); ++column) {
            if (column != ClientListModel::NameColumn && !header->isSectionHidden(column))
                width += header->sectionSize(column);
        }
        width += 2 * m_clientView->frameWidth() +
                 m_clientView->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_clientView);
        m_clientView->setMinimumWidth(std::min(width, usableArea(this).width() / 2));
    };
    connect(m_clientView->horizontalHeader(), &QHeaderView::sectionResized, this,
            [keepRoomForNames](int column, int, int) {
                if (column != ClientListModel::NameColumn)
                    keepRoomForNames();
            });
    keepRoomForNames();
    m_clientView->setTabKeyNavigation(false);
    FocusRingDelegate::install(m_clientView);
    // An empty list says why, and what to do, instead of showing a blank box.
    m_emptyList = new QLabel(this);
    m_emptyList->setObjectName(QStringLiteral("clientListEmptyLabel"));
    m_emptyList->setTextFormat(Qt::PlainText); // it quotes what was typed into the search
    m_emptyList->setWordWrap(true);
    m_emptyList->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_emptyList->setMargin(12);
    m_emptyList->setAutoFillBackground(true);
    m_emptyList->setBackgroundRole(QPalette::Base);
    m_emptyList->setForegroundRole(QPalette::Text);
    m_emptyList->setFrameShape(QFrame::StyledPanel);
    m_listStack = new QStackedWidget(this);
    m_listStack->setObjectName(QStringLiteral("clientListStack"));
    m_listStack->addWidget(m_clientView);
    m_listStack->addWidget(m_emptyList);
    connect(m_clientModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateListArea);
    connect(m_clientModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateListArea);
    connect(m_clientModel, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateListArea);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_legalNames, &QCheckBox::toggled, this, &MainWindow::applySearch);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applySearch);
    // Enter in the search field opens the first match; Down moves into the list.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        applySearch();
        if (m_clientModel->rowCount() > 0) {
            m_clientView->setCurrentIndex(m_clientModel->index(0, 0));
            openClient(ClientListModel::clientIdAt(m_clientModel->index(0, 0)));
        }
    });
    connect(m_clientView, &QTableView::activated, this,
            [this](const QModelIndex& index) { openClient(ClientListModel::clientIdAt(index)); });
    connect(m_clientView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& index) {
                if (index.isValid())
                    openClient(ClientListModel::clientIdAt(index));
            });
    connect(m_clientModel, &ClientListModel::failed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 8000); });

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 0, 8);
    leftLayout->addWidget(m_search);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_legalNames);
    filters->addStretch();
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_listStack, 1);
    // Tab goes through the left side as it reads: search, which clients, legal names, the list.
    setTabOrder(m_search, m_statusFilter);
    setTabOrder(m_statusFilter, m_legalNames);
    setTabOrder(m_legalNames, m_clientView);

    // Right: Today, or one person.
    m_todayView = new TodayView(workspace, this);
    m_clientPage = new ClientPage(workspace.domain(), this);
    // The person's goals show the keyboard focus like every other list.
    if (auto* goals = m_clientPage->findChild<QListView*>(QStringLiteral("goalList")))
        FocusRingDelegate::install(goals);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("contentStack"));
    m_stack->addWidget(m_todayView);
    m_stack->addWidget(m_clientPage);
    m_contactsView = new ContactsView(workspace.domain(), this);
    m_stack->addWidget(m_contactsView);
    m_codePage = new CodePage(workspace.domain(), this);
    m_stack->addWidget(m_codePage);
    m_stack->addWidget(new PracticeView(workspace, this));
    connect(m_contactsView, &ContactsView::codePageRequested, this, &MainWindow::openCode);
    connect(m_todayView, &TodayView::openClient, this, &MainWindow::openClient);
    connect(m_todayView, &TodayView::openCode, this, &MainWindow::openCode);
    connect(m_todayView, &TodayView::openSession, this, [this](ClientId client, SessionId session) {
        openClient(client);
        openSession(client, session);
    });
    connect(m_clientPage, &ClientPage::clientRemovedFromView, this, &MainWindow::showToday);
    connect(m_clientPage, &ClientPage::sessionRequested, this, &MainWindow::openSession);
    connect(m_clientPage, &ClientPage::printRequested, this, &MainWindow::printSummary);

    auto* split = new QSplitter(this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    split->addWidget(left);
    split->addWidget(m_stack);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    setCentralWidget(split);

    m_backupState = new QLabel(this);
    m_backupState->setObjectName(QStringLiteral("backupStateLabel"));
    statusBar()->addPermanentWidget(m_backupState);

    QSettings settings;
    // A geometry saved on a larger screen is not restored past the edges of this one.
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()) || !fitsOnScreen(this))
        fitToScreen(this, QSize(1100, 700));
    if (!split->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        split->setSizes({440, 660});

    // A change the work lists show reloads them; a draft's autosave touches only what shows that draft:
    // Today's unsigned notes, that person's row in place (the list keeps its rows, scroll position and
    // selection) and, if it is open, their page's list of sessions.
    m_clientModel->setService(&workspace.domain().clients());
    connect(&workspace, &Workspace::recordChanged, this, [this](const RecordChange& change) {
        if (change.kind == RecordChange::Kind::Session || change.kind == RecordChange::Kind::Goal) {
            m_todayView->refresh();
            if (change.client)
                m_clientModel->refreshRow(*change.client);
        }
        if (change.kind == RecordChange::Kind::Contact)
            m_todayView->refresh();
        m_contactsView->recordChanged(change);
        m_clientPage->recordChanged(change);
        m_codePage->recordChanged(change);
    });
    connect(&workspace, &Workspace::draftSaved, this, [this](ClientId client, SessionId) {
        m_todayView->refresh();
        m_clientModel->refreshRow(client);
        m_clientPage->draftSaved(client);
    });
    m_print->setEnabled(false);
    m_stack->setCurrentWidget(m_todayView);
    refreshBackupState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDemo(bool demo)
{
    m_demo = demo;
    // The platform adds " — Continuum" (the display name) to every title that does not end with it.
    setWindowTitle(demo ? tr("Demo (nothing here is real)") : tr("Continuum"));
}

void MainWindow::prepareForLock()
{
    m_searchDelay->stop();
    saveWindowState();
    for (SessionEditor* editor : findChildren<SessionEditor*>()) {
        editor->setAttribute(Qt::WA_DeleteOnClose, false); // it goes with this window
        editor->hide();
    }
    // setText, not clear(): clear() keeps what was typed in the field's undo history.
    m_search->setText(QString());
    centralWidget()->hide();
    statusBar()->clearMessage();
    m_backupState->clear();
}

void MainWindow::applySearch()
{
    m_searchDelay->stop();
    m_clientModel->setStatusFilter(static_cast<StatusFilter>(m_statusFilter->currentData().toInt()));
    m_clientModel->setQuery(m_search->text(), m_legalNames->isChecked());
}

void MainWindow::updateListArea()
{
    const QString text = emptyListText();
    m_emptyList->setText(text);
    m_listStack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget*>(m_clientView) : m_emptyList);
}

QString MainWindow::emptyListText() const
{
    if (m_clientModel->rowCount() > 0)
        return {};
    const QString filter = shownText(m_statusFilter->currentText());
    const QString everyone = shownText(m_statusFilter->itemText(m_statusFilter->findData(int(StatusFilter::All))));
    switch (m_clientModel->emptiness()) {
    case ClientListModel::Emptiness::NotEmpty: return {};
    case ClientListModel::Emptiness::NoClients:
        return tr("No one is on your caseload yet.\n\nAdd the first person you work with: %1 ▸ %2 (%3). Only "
                  "the name they choose is needed.")
            .arg(shownText(m_fileMenu->title()), shownText(m_newClient->text()),
                 m_newClient->shortcut().toString(QKeySequence::NativeText));
    case ClientListModel::Emptiness::NoMatch: {
        QStringList lines{tr("No one matches “%1”.").arg(m_clientModel->queryText().trimmed())};
        if (!m_clientModel->searchesLegalNames())
            lines.append(tr("Legal names are searched only when “%1” is ticked.").arg(shownText(m_legalNames->text())));
        if (m_clientModel->statusFilter() != StatusFilter::All)
            lines.append(tr("Only “%1” is searched; choose “%2” to search everyone.").arg(filter, everyone));
        return lines.join(QStringLiteral("\n\n"));
    }
    case ClientListModel::Emptiness::NoneInFilter:
        return tr("No one under “%1”. Choose “%2” to see everyone.").arg(filter, everyone);
    }
    return {};
}

void MainWindow::showToday()
{
    m_todayView->refresh();
    m_stack->setCurrentWidget(m_todayView);
    m_print->setEnabled(false);
}

void MainWindow::showContacts()
{
    m_stack->setCurrentWidget(m_contactsView);
    m_print->setEnabled(false);
    m_contactsView->applyFilters();
}

void MainWindow::recordContact(std::optional<ClientId> client)
{
    // The menu and toolbar start from the default in Preferences, even on a person's page: a contact is
    // tied to a person only when the counselor asks (the page's own Record Contact… button).
    ContactEditorDialog dialog(m_workspace.domain(), ContactId(), client, this);
    dialog.exec();
}

void MainWindow::openCode(const QString& code)
{
    m_codePage->showCode(code);
    m_stack->setCurrentWidget(m_codePage);
    m_print->setEnabled(false);
    m_codePage->list()->setFocus();
}

void MainWindow::openClient(ClientId id)
{
    if (id.isNull())
        return;
    if (m_clientPage->clientId() != id)
        m_clientPage->showClient(id);
    m_stack->setCurrentWidget(m_clientPage);
    m_print->setEnabled(true);
    selectInList(id);
}

void MainWindow::selectInList(ClientId id)
{
    // The person opened (from Today, say) is the one selected in the list; if the search or filter leaves
    // them out, nobody is, rather than someone else.
    const int row = m_clientModel->fetchRowOf(id);
    if (row < 0) {
        m_clientView->selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_clientModel->index(row, 0);
    if (m_clientView->currentIndex().row() != row)
        m_clientView->setCurrentIndex(index);
    m_clientView->scrollTo(index);
}

void MainWindow::newClient()
{
    ClientEditorDialog dialog(&m_workspace.domain().clients(), Client(), this);
    if (dialog.exec() == QDialog::Accepted)
        openClient(dialog.savedId());
}

void MainWindow::openSession(ClientId client, SessionId session)
{
    if (client.isNull())
        return;
    // One window per record: bring an open one forward rather than edit it twice.
    if (!session.isNull()) {
        for (SessionEditor* e : findChildren<SessionEditor*>()) {
            if (e->sessionId() == session) {
                e->show();
                e->raise();
                e->activateWindow();
                return;
            }
        }
    }
    auto* editor = new SessionEditor(m_workspace, client, session, this);
    editor->show();
}

void MainWindow::printSummary(ClientId client)
{
    if (client.isNull())
        return;
    PrintSummaryDialog dialog(m_workspace, client, this);
    dialog.exec();
}

void MainWindow::refreshBackupState()
{
    const auto last = m_workspace.vault().lastBackupAt();
    if (!last) {
        m_backupState->setText(tr("Not backed up yet"));
        return;
    }
    const QDateTime local = last->toLocalTime();
    const qint64 days = local.date().daysTo(QDate::currentDate());
    if (days > kBackupReminderDays)
        m_backupState->setText(tr("Last backup %n days ago: time for a new one", "", int(days)));
    else
        m_backupState->setText(tr("Last backup %1").arg(dateTimeText(local)));
}

void MainWindow::backUp()
{
    if (m_busy)
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
    // Through the workspace, which records the backup in the audit log (the lock waits while busy).
    Workspace* workspace = &m_workspace;
    runInBackground(
        this, [workspace, file] { return workspace->backupTo(file); },
        [this, file](Status s) {
            m_busy = false;
            Q_EMIT busyEnded();
            statusBar()->clearMessage();
            if (s || s.code() == ErrorCode::NotRecorded) {
                if (!s)
                    UiHooks::instance().warning(this, tr("Audit log"), errorText(s.error()));
                refreshBackupState();
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
    if (m_busy)
        return;
    m_busy = true;
    statusBar()->showMessage(tr("Checking every page of the vault…"));
    Vault* vault = &m_workspace.vault();
    runInBackground(
        this, [vault] { return vault->checkIntegrity(); },
        [this](Result<IntegrityReport> r) {
            m_busy = false;
            Q_EMIT busyEnded();
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
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    if (auto* split = findChild<QSplitter*>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("mainWindow/splitter"), split->saveState());
}

} // namespace continuum::ui
