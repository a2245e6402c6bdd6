// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/PrintSummaryDialog.h"

#include "UiHooks.h"
#include "common/ErrorText.h"
#include "common/Labels.h"
#include "common/ScreenFit.h"
#include "domain/Domain.h"
#include "printing/ReportActions.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace continuum::ui {

namespace {
enum Action { Preview, Print, Pdf };
}

PrintSummaryDialog::PrintSummaryDialog(Workspace& workspace, ClientId client, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_domain(&workspace.domain())
    , m_client(client)
{
    Domain* domain = m_domain;
    setObjectName(QStringLiteral("printSummaryDialog"));
    setWindowTitle(tr("Print Goal Summary"));
    m_goals = new QListWidget(this);
    m_goals->setObjectName(QStringLiteral("summaryGoalsList"));
    m_goals->setAccessibleName(tr("Goals to include"));
    m_substances = new QCheckBox(tr("Include &substances (only if they want them on the page)"), this);
    m_substances->setObjectName(QStringLiteral("includeSubstancesCheck"));
    if (auto c = domain->clients().client(client))
        m_chosenName = c->chosenName;
    if (auto goals = domain->goals().goalsForClient(client)) {
        for (const Goal& g : goals.value()) {
            auto* item = new QListWidgetItem(g.fields.clientWords + QStringLiteral("  (") + label(g.fields.status) +
                                             QLatin1Char(')'));
            item->setData(Qt::UserRole, g.id.value); // raw; chosenGoals() gives it back typed
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(g.fields.status == GoalStatus::Active ? Qt::Checked : Qt::Unchecked);
            m_goals->addItem(item);
        }
    }
    auto* intro = new QLabel(tr("The summary is for %1 to take home. It shows their chosen name and the goals "
                                "ticked below, in their own words. Legal name, codes and hidden contact details "
                                "never print.")
                                 .arg(m_chosenName),
                             this);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("previewSummaryButton"));
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printSummaryButton"));
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("pdfSummaryButton"));
    connect(preview, &QPushButton::clicked, this, [this] { run(Preview); });
    connect(print, &QPushButton::clicked, this, [this] { run(Print); });
    connect(pdf, &QPushButton::clicked, this, [this] { run(Pdf); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_goals);
    layout->addWidget(m_substances);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(560, 420));
}

QList<GoalId> PrintSummaryDialog::chosenGoals() const
{
    QList<GoalId> out;
    for (int i = 0; i < m_goals->count(); ++i) {
        if (m_goals->item(i)->checkState() == Qt::Checked)
            out.append(GoalId(m_goals->item(i)->data(Qt::UserRole).toLongLong()));
    }
    return out;
}

void PrintSummaryDialog::run(int action)
{
    const QList<GoalId> goals = chosenGoals();
    if (goals.isEmpty()) {
        UiHooks::instance().warning(this, windowTitle(), tr("Tick at least one goal to print."));
        return;
    }
    GoalSummaryOptions options;
    options.goals = goals;
    options.includeSubstances = m_substances->isChecked();
    options.date = QDate::currentDate();
    auto summary = buildGoalSummary(*m_domain, m_client, options);
    if (!summary) {
        UiHooks::instance().warning(this, windowTitle(), errorText(summary.error()));
        return;
    }
    auto doc = goalSummaryDocument(summary.value());
    const PageDecoration decoration{tr("%1 — my plan").arg(m_chosenName), QString()};
    // Recorded through the workspace like every printout: what and for whom, never the content.
    auto client = m_domain->clients().client(m_client);
    const Delivery how = action == Pdf ? Delivery::Pdf : action == Print ? Delivery::Print : Delivery::Preview;
    deliverReport(this, m_workspace, how, *doc, decoration,
                  {QStringLiteral("goal-summary"), client ? client->uuid : QUuid(), m_client,
                   QStringLiteral("%1 goals").arg(goals.size()),
                   tr("plan-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))});
}

} // namespace continuum::ui
