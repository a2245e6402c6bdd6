// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/LadderPanel.h"

#include "common/ErrorText.h"
#include "domain/Domain.h"
#include "voice/LadderChart.h"
#include "voice/LadderMarkDialog.h"
#include "voice/LadderMarkModel.h"
#include "voice/LadderStepsDialog.h"
#include "voice/ReasonDialog.h"
#include "voice/VoiceText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace continuum::ui {

LadderPanel::LadderPanel(Domain& domain, QWidget* parent)
    : QWidget(parent)
    , m_domain(domain)
{
    setObjectName(QStringLiteral("ladderPanel"));
    m_goal = new QComboBox(this);
    m_goal->setObjectName(QStringLiteral("ladderGoalCombo"));
    m_goal->setAccessibleName(tr("The goal whose steps are shown"));
    m_goal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_goal->setMinimumContentsLength(16);
    auto* goalLabel = new QLabel(tr("&Which goal:"), this);
    goalLabel->setBuddy(m_goal);
    m_set = new QPushButton(tr("Set S&teps…"), this);
    m_set->setObjectName(QStringLiteral("setLadderStepsButton"));
    m_mark = new QPushButton(tr("Mar&k Where They Are…"), this);
    m_mark->setObjectName(QStringLiteral("markLadderStepButton"));
    connect(m_goal, &QComboBox::currentIndexChanged, this, &LadderPanel::reload);
    connect(m_set, &QPushButton::clicked, this, &LadderPanel::setSteps);
    connect(m_mark, &QPushButton::clicked, this, &LadderPanel::markWhereTheyAre);

    m_stepList = new QListWidget(this);
    m_stepList->setObjectName(QStringLiteral("ladderStepsList"));
    m_stepList->setAccessibleName(tr("Their steps, first step first"));
    m_stepList->setWordWrap(true);
    m_stepList->setSelectionMode(QAbstractItemView::NoSelection);
    m_chart = new LadderChart(this);

    m_marks = new LadderMarkModel(this);
    m_table = new QTreeView(this);
    m_table->setObjectName(QStringLiteral("ladderMarkTable"));
    m_table->setAccessibleName(tr("Where they marked themselves, as a table, oldest first"));
    m_table->setModel(m_marks);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(LadderMarkModel::StepWords, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(LadderMarkModel::Day, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(LadderMarkModel::Step, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(LadderMarkModel::AddedInColumn, QHeaderView::ResizeToContents);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &LadderPanel::updateButtons);
    m_inError = new QPushButton(tr("Mark Entered in Error…"), this);
    m_inError->setObjectName(QStringLiteral("ladderMarkInErrorButton"));
    connect(m_inError, &QPushButton::clicked, this, &LadderPanel::markEnteredInError);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ladderMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(goalLabel);
    top->addWidget(m_goal, 1);
    top->addWidget(m_set);
    top->addWidget(m_mark);
    auto* pictures = new QSplitter(Qt::Horizontal, this);
    pictures->addWidget(m_stepList);
    pictures->addWidget(m_chart);
    pictures->setStretchFactor(0, 2);
    pictures->setStretchFactor(1, 3);
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 1);
    auto* tableButtons = new QVBoxLayout;
    tableButtons->addWidget(m_inError);
    tableButtons->addStretch();
    tableRow->addLayout(tableButtons);
    auto* body = new QSplitter(Qt::Vertical, this);
    auto* tableBox = new QWidget(this);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tableRow);
    body->addWidget(pictures);
    body->addWidget(tableBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(body, 1);
    clear();
}

void LadderPanel::setClient(ClientId client)
{
    m_client = client;
    m_message->hide();
    reloadGoals();
}

void LadderPanel::clear()
{
    m_client = ClientId();
    m_goal->clear();
    m_steps.reset();
    m_stepList->clear();
    m_marks->setMarks({});
    m_chart->setLadder(0, 0, {});
    updateButtons();
}

GoalId LadderPanel::currentGoal() const
{
    return GoalId(m_goal->currentData().toLongLong());
}

void LadderPanel::selectGoal(GoalId goal)
{
    const int i = m_goal->findData(goal.value);
    if (i >= 0)
        m_goal->setCurrentIndex(i);
}

void LadderPanel::reloadGoals()
{
    const GoalId keep = currentGoal();
    {
        const QSignalBlocker block(m_goal);
        m_goal->clear();
        if (!m_client.isNull()) {
            if (auto goals = m_domain.goals().goalsForClient(m_client)) {
                for (const Goal& g : goals.value())
                    m_goal->addItem(g.fields.clientWords, g.id.value); // raw; currentGoal() types it
            }
        }
        const int i = m_goal->findData(keep.value);
        m_goal->setCurrentIndex(i >= 0 ? i : 0);
    }
    reload();
}

void LadderPanel::reload()
{
    m_steps.reset();
    m_stepList->clear();
    const GoalId goal = currentGoal();
    if (goal.isNull()) {
        if (!m_client.isNull())
            m_stepList->addItem(tr("No goals yet. Steps belong to one of their goals."));
        m_marks->setMarks({});
        m_chart->setLadder(0, 0, {});
        updateButtons();
        return;
    }
    auto steps = m_domain.ladders().currentSteps(goal);
    auto marks = m_domain.ladders().marks(goal);
    if (!steps || !marks) {
        m_message->setText(errorText(!steps ? steps.error() : marks.error()));
        m_message->show();
        return;
    }
    m_steps = steps.value();
    if (m_steps) {
        for (int i = 0; i < m_steps->steps.size(); ++i)
            m_stepList->addItem(tr("%1. %2").arg(i + 1).arg(m_steps->steps.at(i)));
    } else {
        m_stepList->addItem(tr("No steps yet. Set Steps writes them down in their words."));
    }
    m_marks->setMarks(marks.value());
    m_chart->setLadder(m_steps ? m_steps->number : 0, m_steps ? int(m_steps->steps.size()) : 0, marks.value());
    updateButtons();
}

void LadderPanel::updateButtons()
{
    m_set->setEnabled(!currentGoal().isNull());
    m_mark->setEnabled(m_steps.has_value());
    m_inError->setEnabled(m_table->currentIndex().isValid());
}

void LadderPanel::setSteps()
{
    const GoalId goal = currentGoal();
    if (goal.isNull())
        return;
    LadderStepsDialog dialog(m_domain.ladders(), goal, m_goal->currentText(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void LadderPanel::markWhereTheyAre()
{
    if (!m_steps)
        return;
    // Suggest where they were last, on these steps; they move from there.
    int suggested = 0;
    const QList<LadderMark>& marks = m_marks->marks();
    if (!marks.isEmpty() && marks.last().revision == m_steps->number)
        suggested = marks.last().step;
    LadderMarkDialog dialog(m_domain.ladders(), currentGoal(), *m_steps, suggested, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void LadderPanel::markEnteredInError()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    const LadderMark m = m_marks->markAt(current.row());
    ReasonDialog dialog(
        tr("Mark Entered in Error"),
        tr("The mark of %1 (%2) stays in the record but is no longer drawn. Say why.")
            .arg(dayText(m.markedOn), stepPlaceText(m.step, m.stepCount)),
        [this, id = m.id](const QString& reason) { return m_domain.ladders().markEnteredInError(id, reason); }, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

} // namespace continuum::ui
