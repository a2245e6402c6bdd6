// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/ClientPage.h"

#include "UiHooks.h"
#include "clients/ArchiveClientDialog.h"
#include "clients/ClientEditorDialog.h"
#include "clients/ClientNameLabel.h"
#include "common/ErrorText.h"
#include "common/FocusRingDelegate.h"
#include "common/Labels.h"
#include "common/TimeText.h"
#include "contacts/ContactEditorDialog.h"
#include "contacts/ContactHistoryList.h"
#include "domain/ContactService.h"
#include "domain/Domain.h"
#include "goals/GoalEditorDialog.h"
#include "goals/GoalHistoryDialog.h"
#include "goals/ReadinessChart.h"
#include "goals/ReadinessTableModel.h"
#include "goals/ReadinessTableView.h"
#include "models/GoalListModel.h"
#include "voice/VoicePanel.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace continuum::ui {

namespace {

QString escaped(const QString& s)
{
    return s.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString row(const QString& title, const QString& value)
{
    if (value.trimmed().isEmpty())
        return {};
    return QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
        .arg(escaped(title), escaped(value));
}

} // namespace

ClientPage::ClientPage(Domain& domain, QWidget* parent)
    : QWidget(parent)
    , m_domain(domain)
{
    setObjectName(QStringLiteral("clientPage"));
    m_name = new ClientNameLabel(this);
    m_name->setObjectName(QStringLiteral("clientNameLabel"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_name->setFont(big);
    m_safetyIcon = new QLabel(this);
    m_safetyIcon->setObjectName(QStringLiteral("safetyIcon"));
    m_safetyIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16, 16));
    m_safetyIcon->setToolTip(tr("Contact details are hidden for this person."));
    m_safetyIcon->setAccessibleName(tr("Contact details hidden"));
    auto* edit = new QPushButton(tr("&Edit Profile…"), this);
    edit->setObjectName(QStringLiteral("editProfileButton"));
    connect(edit, &QPushButton::clicked, this, &ClientPage::editProfile);
    m_archive = new QPushButton(this);
    m_archive->setObjectName(QStringLiteral("archiveButton"));
    connect(m_archive, &QPushButton::clicked, this, [this] {
        const bool archived = m_client.status == ClientStatus::Archived;
        QString reason;
        if (!archived) {
            ArchiveClientDialog ask(m_client.chosenName, this);
            if (ask.exec() != QDialog::Accepted)
                return;
            reason = ask.reason();
        }
        const Status s =
            m_domain.clients().setStatus(m_client.id, archived ? ClientStatus::Active : ClientStatus::Archived, reason);
        if (!s)
            UiHooks::instance().warning(this, tr("Archive"), errorText(s.error()));
        reload();
    });
    auto* printSummary = new QPushButton(tr("&Print Summary…"), this);
    printSummary->setObjectName(QStringLiteral("printSummaryButton"));
    printSummary->setToolTip(tr("The client's goal summary, to take home (%1)")
                                 .arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    connect(printSummary, &QPushButton::clicked, this, &ClientPage::printSummary);
    m_legalNameButton = new QPushButton(this);
    m_legalNameButton->setObjectName(QStringLiteral("legalNameButton"));
    m_legalNameButton->hide();
    connect(m_legalNameButton, &QPushButton::clicked, this, [this] {
        m_showLegalName = !m_showLegalName;
        reload();
    });
    // The name takes what room is left and is elided beyond it: a long name never pushes the buttons
    // off screen or widens the window.
    auto* header = new QHBoxLayout;
    header->addWidget(m_name, 1);
    header->addWidget(m_safetyIcon);
    header->addWidget(m_legalNameButton);
    header->addWidget(printSummary);
    header->addWidget(edit);
    header->addWidget(m_archive);

    m_profile = new QLabel(this);
    m_profile->setObjectName(QStringLiteral("profileLabel"));
    m_profile->setTextFormat(Qt::RichText);
    m_profile->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_profile->setWordWrap(true);
    m_profile->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_profile->setMargin(12);

    m_goals = new GoalListModel(this);
    m_goalList = new QListView(this);
    m_goalList->setObjectName(QStringLiteral("goalList"));
    m_goalList->setAccessibleName(tr("Goals"));
    m_goalList->setModel(m_goals);
    m_goalList->setWordWrap(true);
    m_goalList->setAlternatingRowColors(true);
    m_goalList->setSpacing(2);
    m_goalDetail = new QLabel(this);
    m_goalDetail->setObjectName(QStringLiteral("goalDetailLabel"));
    m_goalDetail->setWordWrap(true);
    m_goalDetail->setTextFormat(Qt::RichText);
    m_goalDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_goalDetail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_chart = new ReadinessChart(this);
    // The chart's text equivalent: the same values, with the goal and the person's words, one row per session.
    // Tab goes from the chart to it and out of it again (arrow keys move inside).
    m_chartValues = new ReadinessTableModel(this);
    // Its columns sized to the width it has, every row as tall as the person's words.
    m_chartTable = new ReadinessTableView(this);
    m_chartTable->setObjectName(QStringLiteral("readinessTable"));
    m_chartTable->setAccessibleName(tr("Readiness rulers over time, as a table, oldest first"));
    m_chartTable->setModel(m_chartValues);
    FocusRingDelegate::install(m_chartTable);
    QWidget::setTabOrder(m_chart, m_chartTable);
    auto* newGoalButton = new QPushButton(tr("&New Goal…"), this);
    newGoalButton->setObjectName(QStringLiteral("newGoalButton"));
    m_reviseGoal = new QPushButton(tr("&Revise…"), this);
    m_reviseGoal->setObjectName(QStringLiteral("reviseGoalButton"));
    m_history = new QPushButton(tr("&History…"), this);
    m_history->setObjectName(QStringLiteral("goalHistoryButton"));
    connect(newGoalButton, &QPushButton::clicked, this, &ClientPage::newGoal);
    connect(m_reviseGoal, &QPushButton::clicked, this, &ClientPage::reviseGoal);
    connect(m_history, &QPushButton::clicked, this, &ClientPage::showHistory);
    connect(m_goalList, &QListView::activated, this, &ClientPage::reviseGoal);
    connect(m_goals, &QAbstractItemModel::modelReset, this, [this] {
        if (m_goals->rowCount() > 0 && !m_goalList->currentIndex().isValid())
            m_goalList->setCurrentIndex(m_goals->index(0));
    });
    connect(m_goalList->selectionModel(), &QItemSelectionModel::currentChanged, this, &ClientPage::showGoal);
    connect(m_goals, &QAbstractItemModel::modelReset, this, &ClientPage::showGoal);

    auto* goalsTab = new QWidget(this);
    auto* goalButtons = new QHBoxLayout;
    goalButtons->addWidget(newGoalButton);
    goalButtons->addWidget(m_reviseGoal);
    goalButtons->addWidget(m_history);
    goalButtons->addStretch();
    // The goals and the chosen one's details side by side; under them, across the whole tab, how the person
    // rated it session by session: the chart, and its table of values taking the rest of the height, as the
    // person's words need the width. The counselor can move the line between the two.
    auto* detailBox = new QScrollArea(this);
    detailBox->setObjectName(QStringLiteral("goalDetailBox"));
    detailBox->setWidget(m_goalDetail);
    detailBox->setWidgetResizable(true);
    detailBox->setFrameShape(QFrame::NoFrame);
    detailBox->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailBox->setFocusPolicy(Qt::NoFocus); // the details themselves take the focus, to select their words
    auto* goalSplit = new QSplitter(this);
    goalSplit->addWidget(m_goalList);
    goalSplit->addWidget(detailBox);
    goalSplit->setStretchFactor(0, 2);
    goalSplit->setStretchFactor(1, 3);
    goalSplit->setSizes({200, 300}); // in proportion: the details' own size hint is small, as they scroll
    auto* chartPane = new QWidget(this);
    auto* chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto* chartTitle = new QLabel(tr("How they feel about it, session by session"), this);
    chartLayout->addWidget(chartTitle);
    chartLayout->addWidget(m_chart);
    chartLayout->addWidget(m_chartTable, 1);
    auto* goalsSplit = new QSplitter(Qt::Vertical, this);
    goalsSplit->setObjectName(QStringLiteral("goalsSplit"));
    goalsSplit->addWidget(goalSplit);
    goalsSplit->addWidget(chartPane);
    goalsSplit->setChildrenCollapsible(false);
    goalsSplit->setStretchFactor(0, 2);
    goalsSplit->setStretchFactor(1, 5);
    goalsSplit->setSizes({200, 500}); // in proportion: most of the height to the chart and its table
    auto* goalsLayout = new QVBoxLayout(goalsTab);
    goalsLayout->addLayout(goalButtons);
    goalsLayout->addWidget(goalsSplit, 1);

    m_sessions = new SessionListModel(this);
    m_sessionList = new QListView(this);
    m_sessionList->setObjectName(QStringLiteral("sessionList"));
    m_sessionList->setAccessibleName(tr("Session records"));
    m_sessionList->setModel(m_sessions);
    m_sessionList->setAlternatingRowColors(true);
    auto* newSession = new QPushButton(tr("New &Session…"), this);
    newSession->setObjectName(QStringLiteral("newSessionButton"));
    auto* openSessionButton = new QPushButton(tr("&Open"), this);
    openSessionButton->setObjectName(QStringLiteral("openSessionButton"));
    connect(newSession, &QPushButton::clicked, this, [this] { openSession(SessionId()); });
    // Anywhere in the main window while this person's page shows (the caseload list beside it too).
    const QKeySequence newSessionKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    auto* newSessionShortcut = new QShortcut(newSessionKeys, this);
    connect(newSessionShortcut, &QShortcut::activated, this, [this] { openSession(SessionId()); });
    newSession->setToolTip(
        tr("Start a new session record (%1)").arg(newSessionKeys.toString(QKeySequence::NativeText)));
    connect(openSessionButton, &QPushButton::clicked, this, [this] {
        if (m_sessionList->currentIndex().isValid())
            openSession(SessionListModel::sessionIdAt(m_sessionList->currentIndex()));
    });
    connect(m_sessionList, &QListView::activated, this,
            [this](const QModelIndex& index) { openSession(SessionListModel::sessionIdAt(index)); });
    auto* sessionButtons = new QHBoxLayout;
    sessionButtons->addWidget(newSession);
    sessionButtons->addWidget(openSessionButton);
    sessionButtons->addStretch();
    auto* sessionsTab = new QWidget(this);
    auto* sessionsLayout = new QVBoxLayout(sessionsTab);
    sessionsLayout->addLayout(sessionButtons);
    sessionsLayout->addWidget(m_sessionList);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("clientTabs"));
    m_tabs->addTab(m_profile, tr("&Profile"));
    m_tabs->addTab(goalsTab, tr("&Goals"));
    m_tabs->addTab(sessionsTab, tr("&Sessions"));

    // Harm-reduction contacts with this person (issue 13), newest first.
    m_contactList = new ContactHistoryList(this);
    m_contactList->setObjectName(QStringLiteral("clientContactList"));
    auto* recordContactButton = new QPushButton(tr("Record Con&tact…"), this);
    recordContactButton->setObjectName(QStringLiteral("recordClientContactButton"));
    connect(recordContactButton, &QPushButton::clicked, this, &ClientPage::recordContact);
    auto* correctContact = new QPushButton(tr("Co&rrect…"), this);
    correctContact->setObjectName(QStringLiteral("correctClientContactButton"));
    auto openContact = [this] {
        const ContactId id = m_contactList->currentCorrectable();
        if (id.isNull())
            return;
        ContactEditorDialog dialog(m_domain, id, std::nullopt, this);
        if (dialog.exec() == QDialog::Accepted)
            reloadContacts();
    };
    connect(correctContact, &QPushButton::clicked, this, openContact);
    connect(m_contactList, &QTreeWidget::itemActivated, this, openContact);
    auto* contactButtons = new QHBoxLayout;
    contactButtons->addWidget(recordContactButton);
    contactButtons->addWidget(correctContact);
    contactButtons->addStretch();
    auto* contactsTab = new QWidget(this);
    auto* contactsLayout = new QVBoxLayout(contactsTab);
    contactsLayout->addLayout(contactButtons);
    contactsLayout->addWidget(m_contactList);
    m_tabs->addTab(contactsTab, tr("&Contacts"));
    // The changes they count and the steps they set (issue 15), in their words.
    m_voice = new VoicePanel(domain, this);
    m_tabs->addTab(m_voice, tr("C&hanges"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);
}

void ClientPage::openSession(SessionId id)
{
    if (!m_client.id.isNull())
        Q_EMIT sessionRequested(m_client.id, id);
}

void ClientPage::recordChanged(const RecordChange& change)
{
    if (!change.client || *change.client != m_client.id)
        return;
    m_voice->recordChanged(change);
    if (change.kind == RecordChange::Kind::PositiveChange || change.kind == RecordChange::Kind::Ladder)
        return; // the Changes tab only
    if (change.kind != RecordChange::Kind::Goal)
        reload();
    // A signed (or discarded) session changes the rulers the goal chart draws.
    if (change.kind == RecordChange::Kind::Session)
        refreshChart();
}

void ClientPage::recordContact()
{
    if (m_client.id.isNull())
        return;
    ContactEditorDialog dialog(m_domain, ContactId(), m_client.id, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadContacts();
}

void ClientPage::reloadContacts()
{
    m_contactList->clear();
    if (m_client.id.isNull())
        return;
    if (auto contacts = m_domain.contacts().contactsOfClient(m_client.id))
        m_contactList->setContacts(*contacts);
}

void ClientPage::draftSaved(ClientId client)
{
    // An autosave shows only in the list of sessions (its date, goals discussed, follow-up).
    if (client == m_client.id)
        reloadSessions();
}

void ClientPage::reloadSessions()
{
    if (m_client.id.isNull())
        return;
    if (auto sessions = m_domain.sessions().sessionsForClient(m_client.id))
        m_sessions->setSessions(sessions.value());
}

void ClientPage::clear()
{
    m_client = Client();
    m_name->setName({});
    m_profile->clear();
    m_goalDetail->clear();
    m_chart->setPoints({});
    m_chartValues->setPoints({}, {});
    m_goals->setClient(nullptr, ClientId());
    m_sessions->setSessions({});
    m_contactList->clear();
    m_voice->clear();
    m_safetyIcon->hide();
}

void ClientPage::showClient(ClientId id)
{
    m_showLegalName = false;
    m_client.id = id;
    reload();
    m_goals->setClient(&m_domain.goals(), id);
    m_voice->setClient(id);
}

void ClientPage::reload()
{
    if (m_client.id.isNull())
        return;
    auto c = m_domain.clients().client(m_client.id);
    if (!c) {
        clear();
        Q_EMIT clientRemovedFromView();
        return;
    }
    m_client = c.value();
    m_name->setName(nameWithPronouns(m_client.chosenName, m_client.pronouns));
    m_safetyIcon->setVisible(m_client.safetyFlag);
    m_archive->setText(m_client.status == ClientStatus::Archived ? tr("Bring &Back") : tr("&Archive…"));
    reloadContacts();

    QString html = QStringLiteral("<table>");
    html += row(tr("Status"), label(m_client.status));
    html += row(tr("Agency code"), m_client.agencyCode);
    // The legal name stays hidden unless asked for, and is hidden again when another person is opened.
    if (m_showLegalName)
        html += row(tr("Legal name"), m_client.legalName);
    m_legalNameButton->setVisible(!m_client.legalName.isEmpty());
    m_legalNameButton->setText(m_showLegalName ? tr("Hide &legal name") : tr("Show &legal name"));
    if (m_client.birthYear)
        html += row(tr("Birth year"), QString::number(*m_client.birthYear));
    html += row(tr("Phone"), m_client.phone);
    html += row(tr("Email"), m_client.email);
    html += row(tr("Address"), m_client.address);
    if (!m_client.housing.isEmpty()) {
        html += row(tr("Housing"), m_client.housingRecordedOn
                                       ? tr("%1 (as of %2)")
                                             .arg(m_client.housing,
                                                  QLocale().toString(*m_client.housingRecordedOn, QLocale::ShortFormat))
                                       : m_client.housing);
    }
    QStringList substances;
    for (const SubstanceUse& s : m_client.substances) {
        QStringList routes;
        for (SubstanceRoute r : s.routes)
            routes.append(label(r).toLower());
        QString line = s.substance;
        if (!routes.isEmpty())
            line += QStringLiteral(" (") + routes.join(QStringLiteral(", ")) + QLatin1Char(')');
        if (s.prescribed)
            line += QLatin1Char(' ') + tr("prescribed");
        substances.append(line);
    }
    html += row(tr("Substances"), substances.join(QLatin1Char('\n')));
    html += row(tr("Notes"), m_client.notes);
    html += QStringLiteral("</table>");
    m_profile->setText(html);
    reloadSessions();
}

GoalId ClientPage::selectedGoal() const
{
    const QModelIndex current = m_goalList->currentIndex();
    return GoalListModel::goalIdAt(current);
}

void ClientPage::showGoal()
{
    const GoalId id = selectedGoal();
    m_reviseGoal->setEnabled(!id.isNull());
    m_history->setEnabled(!id.isNull());
    if (id.isNull()) {
        m_goalDetail->setText(
            m_goals->rowCount() == 0 ? tr("No goals yet. Goals are written in the person's own words.") : QString());
        m_chart->setPoints({});
        m_chartValues->setPoints({}, {});
        return;
    }
    const Goal g = m_goals->goalAt(m_goalList->currentIndex().row());
    QString html = QStringLiteral("<p style='font-size:large'>%1</p><table>").arg(escaped(g.fields.clientWords));
    html += row(goalFieldTitle(QStringLiteral("whyItMatters")), g.fields.whyItMatters);
    html += row(goalFieldTitle(QStringLiteral("lifeArea")), label(g.fields.lifeArea));
    if (g.fields.position)
        html += row(goalFieldTitle(QStringLiteral("position")), label(*g.fields.position));
    html += row(goalFieldTitle(QStringLiteral("steps")), g.fields.steps.join(QLatin1Char('\n')));
    html += row(goalFieldTitle(QStringLiteral("whoCanHelp")), g.fields.whoCanHelp);
    html += row(goalFieldTitle(QStringLiteral("ifItGetsHard")), g.fields.ifItGetsHard);
    html += row(goalFieldTitle(QStringLiteral("status")),
                g.fields.statusReason.isEmpty() ? label(g.fields.status)
                                                : tr("%1: %2").arg(label(g.fields.status), g.fields.statusReason));
    html += row(goalFieldTitle(QStringLiteral("counselorFraming")), g.fields.counselorFraming);
    html += QStringLiteral("</table>");
    m_goalDetail->setText(html);
    refreshChart();
}

void ClientPage::refreshChart()
{
    const GoalId id = selectedGoal();
    if (id.isNull()) {
        m_chart->setPoints({});
        m_chartValues->setPoints({}, {});
        return;
    }
    if (auto trend = m_domain.goals().readinessTrend(id, TrendWords::Include)) {
        m_chart->setPoints(trend.value());
        m_chartValues->setPoints(m_goals->goalAt(m_goalList->currentIndex().row()).fields.clientWords, trend.value());
    } else {
        // Nothing rather than another goal's rulers under this goal's words.
        m_chart->setPoints({});
        m_chartValues->setPoints({}, {});
    }
}

void ClientPage::editProfile()
{
    if (m_client.id.isNull())
        return;
    ClientEditorDialog dialog(&m_domain.clients(), m_client, this);
    dialog.exec();
}

void ClientPage::newGoal()
{
    if (m_client.id.isNull())
        return;
    GoalEditorDialog dialog(&m_domain.goals(), m_client.id, Goal(), std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        const int r = m_goals->rowOf(dialog.savedId());
        if (r >= 0)
            m_goalList->setCurrentIndex(m_goals->index(r));
    }
}

void ClientPage::reviseGoal()
{
    const GoalId id = selectedGoal();
    if (id.isNull())
        return;
    const Goal g = m_goals->goalAt(m_goalList->currentIndex().row());
    GoalEditorDialog dialog(&m_domain.goals(), m_client.id, g, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted) {
        const int r = m_goals->rowOf(id);
        if (r >= 0)
            m_goalList->setCurrentIndex(m_goals->index(r));
    }
}

void ClientPage::printSummary()
{
    if (!m_client.id.isNull())
        Q_EMIT printRequested(m_client.id);
}

void ClientPage::showHistory()
{
    const GoalId id = selectedGoal();
    if (id.isNull())
        return;
    auto history = m_domain.goals().history(id);
    if (!history) {
        UiHooks::instance().warning(this, tr("Goal History"), errorText(history.error()));
        return;
    }
    GoalHistoryDialog dialog(history.value(), this);
    dialog.exec();
}

} // namespace continuum::ui
