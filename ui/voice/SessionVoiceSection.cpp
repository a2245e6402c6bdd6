// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/SessionVoiceSection.h"

#include "common/ErrorText.h"
#include "domain/Domain.h"
#include "sessions/SessionEditor.h"
#include "sessions/SessionForm.h"
#include "voice/LadderStepsDialog.h"
#include "voice/VoiceText.h"
#include "workspace/SessionDraftController.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

namespace {

// A few lines of what this session added; the page lists everything.
void fitList(QListWidget* list)
{
    list->setVisible(list->count() > 0);
    const int lines = std::clamp(list->count(), 1, 4);
    list->setFixedHeight(list->fontMetrics().lineSpacing() * lines + 2 * list->frameWidth() + 8);
}

} // namespace

SessionVoiceSection::SessionVoiceSection(Workspace& workspace, SessionEditor& editor, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("sessionVoiceSection"));
    m_words = new QLineEdit(this);
    m_words->setObjectName(QStringLiteral("sessionChangeEdit"));
    m_words->setAccessibleName(tr("A change they count, in their words"));
    m_words->setPlaceholderText(tr("As they say it, e.g. what they did differently"));
    m_words->setMaxLength(PositiveChangeService::kMaxWords);
    auto* wordsLabel = new QLabel(tr("A chan&ge they count:"), this);
    wordsLabel->setBuddy(m_words);
    m_onPlan = new QCheckBox(tr("On their plan"), this);
    m_onPlan->setObjectName(QStringLiteral("sessionChangeOnPlanCheck"));
    m_onPlan->setToolTip(tr("Tick only if they want it on the plan they take home."));
    m_add = new QPushButton(tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addSessionChangeButton"));
    m_add->setAccessibleName(tr("Add the change they count"));
    connect(m_add, &QPushButton::clicked, this, &SessionVoiceSection::addChange);
    connect(m_words, &QLineEdit::returnPressed, this, &SessionVoiceSection::addChange);
    m_added = new QListWidget(this);
    m_added->setObjectName(QStringLiteral("sessionChangeList"));
    m_added->setAccessibleName(tr("Changes they counted in this session"));
    m_added->setWordWrap(true);

    m_goal = new QComboBox(this);
    m_goal->setObjectName(QStringLiteral("sessionLadderGoalCombo"));
    m_goal->setAccessibleName(tr("The goal whose steps they mark"));
    m_goal->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_goal->setMinimumContentsLength(10);
    auto* goalLabel = new QLabel(tr("W&here they are on their steps:"), this);
    goalLabel->setBuddy(m_goal);
    m_step = new QComboBox(this);
    m_step->setObjectName(QStringLiteral("sessionLadderStepCombo"));
    m_step->setAccessibleName(tr("The step they are on now, as they see it"));
    m_step->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_step->setMinimumContentsLength(10);
    m_mark = new QPushButton(tr("Mark"), this);
    m_mark->setObjectName(QStringLiteral("markSessionStepButton"));
    m_mark->setAccessibleName(tr("Mark where they are on their steps"));
    m_setSteps = new QPushButton(tr("Steps…"), this);
    m_setSteps->setObjectName(QStringLiteral("sessionSetStepsButton"));
    m_setSteps->setAccessibleName(tr("Set their steps for this goal"));
    connect(m_goal, &QComboBox::currentIndexChanged, this, &SessionVoiceSection::refreshSteps);
    connect(m_mark, &QPushButton::clicked, this, &SessionVoiceSection::markStep);
    connect(m_setSteps, &QPushButton::clicked, this, [this] {
        const GoalId goal(m_goal->currentData().toLongLong());
        if (goal.isNull() || !usable())
            return;
        LadderStepsDialog dialog(m_workspace.domain().ladders(), goal, m_goal->currentText(), this);
        if (dialog.exec() == QDialog::Accepted)
            refreshSteps();
    });
    m_marks = new QListWidget(this);
    m_marks->setObjectName(QStringLiteral("sessionMarkList"));
    m_marks->setAccessibleName(tr("Steps marked in this session"));
    m_marks->setWordWrap(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sessionVoiceMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    // Labels above their rows, so the section is no wider than the rest of the form.
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_words, 1);
    addRow->addWidget(m_onPlan);
    addRow->addWidget(m_add);
    auto* markRow = new QHBoxLayout;
    markRow->addWidget(m_goal, 1);
    markRow->addWidget(m_step, 1);
    markRow->addWidget(m_mark);
    markRow->addWidget(m_setSteps);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(wordsLabel);
    layout->addLayout(addRow);
    layout->addWidget(m_added);
    layout->addWidget(goalLabel);
    layout->addLayout(markRow);
    layout->addWidget(m_marks);
    layout->addWidget(m_message);
    fitList(m_added);
    fitList(m_marks);

    // A new record becomes a draft, a draft is saved: what this session added is listed under its id.
    connect(&editor.draft(), &SessionDraftController::saved, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&workspace, &Workspace::recordChanged, this, [this](const RecordChange& change) {
        if (isVisible() && change.client == m_editor.clientId() &&
            (change.kind == RecordChange::Kind::PositiveChange || change.kind == RecordChange::Kind::Ladder ||
             change.kind == RecordChange::Kind::Goal))
            refresh();
    });
}

bool SessionVoiceSection::usable() const
{
    // Nothing is read or written once the vault has locked or the record is signed.
    return m_workspace.isOpen() && m_editor.draft().isAttached() && !m_editor.isSigned();
}

void SessionVoiceSection::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

QDate SessionVoiceSection::sessionDay() const
{
    const QDate today = m_workspace.domain().positiveChanges().today();
    const QDate day = m_editor.form().content().date;
    return day.isValid() ? std::min(day, today) : today;
}

void SessionVoiceSection::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

SessionId SessionVoiceSection::ensureSession()
{
    // Linked to this session, so the record must exist first (as a new goal from a session does).
    if (m_editor.sessionId().isNull())
        m_editor.draft().edit(m_editor.form().savableContent());
    if (!m_editor.saveNow() || m_editor.sessionId().isNull()) {
        const auto error = m_editor.draft().lastError();
        showMessage(error ? tr("The draft could not be saved, so nothing was added. %1").arg(errorText(*error))
                          : tr("The draft could not be saved, so nothing was added."));
        return SessionId();
    }
    return m_editor.sessionId();
}

bool SessionVoiceSection::addChange()
{
    if (!usable())
        return false;
    NewPositiveChange c;
    c.client = m_editor.clientId();
    c.words = m_words->text();
    c.noticedOn = sessionDay();
    c.onPlan = m_onPlan->isChecked();
    // Checked before the draft is saved for it: a refusal saves nothing.
    if (const Status s = m_workspace.domain().positiveChanges().check(c); !s) {
        showMessage(errorText(s.error()));
        m_words->setFocus();
        return false;
    }
    c.session = ensureSession();
    if (c.session->isNull())
        return false;
    auto id = m_workspace.domain().positiveChanges().add(c);
    if (!id) {
        showMessage(errorText(id.error()));
        m_words->setFocus();
        return false;
    }
    showMessage({});
    m_words->clear();
    m_onPlan->setChecked(false);
    refresh();
    m_words->setFocus();
    return true;
}

bool SessionVoiceSection::markStep()
{
    if (!usable())
        return false;
    NewLadderMark m;
    m.goal = GoalId(m_goal->currentData().toLongLong());
    m.step = m_step->currentIndex();
    m.markedOn = sessionDay();
    if (const Status s = m_workspace.domain().ladders().check(m); !s) {
        showMessage(errorText(s.error()));
        return false;
    }
    m.session = ensureSession();
    if (m.session->isNull())
        return false;
    if (auto id = m_workspace.domain().ladders().mark(m); !id) {
        showMessage(errorText(id.error()));
        return false;
    }
    showMessage({});
    refresh();
    return true;
}

void SessionVoiceSection::refresh()
{
    if (!usable())
        return;
    Domain& domain = m_workspace.domain();
    // The goals discussed in this session first, then the person's other goals.
    const GoalId keep(m_goal->currentData().toLongLong());
    QList<GoalId> discussed;
    for (const SessionGoalEntry& e : m_editor.form().content().goals)
        discussed.append(e.goalId);
    QList<Goal> goals = domain.goals().goalsForClient(m_editor.clientId()).value_or({});
    std::stable_partition(goals.begin(), goals.end(), [&discussed](const Goal& g) { return discussed.contains(g.id); });
    {
        const QSignalBlocker block(m_goal);
        m_goal->clear();
        for (const Goal& g : std::as_const(goals))
            m_goal->addItem(g.fields.clientWords, g.id.value); // raw; read back as a GoalId
        const int i = m_goal->findData(keep.value);
        m_goal->setCurrentIndex(i >= 0 ? i : 0);
    }
    refreshSteps();

    m_added->clear();
    m_marks->clear();
    const SessionId session = m_editor.sessionId();
    if (!session.isNull()) {
        for (const PositiveChange& c : domain.positiveChanges().changesOfSession(session).value_or({})) {
            m_added->addItem(c.current.onPlan ? tr("%1 (on their plan)").arg(c.current.words) : c.current.words);
        }
        for (const LadderMark& m : domain.ladders().marksOfSession(session).value_or({})) {
            QString goalWords;
            for (const Goal& g : std::as_const(goals)) {
                if (g.id == m.goal)
                    goalWords = g.fields.clientWords;
            }
            m_marks->addItem(tr("“%1”: %2, “%3”").arg(goalWords, stepPlaceText(m.step, m.stepCount), m.stepWords));
        }
    }
    fitList(m_added);
    fitList(m_marks);
}

void SessionVoiceSection::refreshSteps()
{
    const int keep = m_step->currentIndex();
    const QSignalBlocker block(m_step);
    m_step->clear();
    const GoalId goal(m_goal->currentData().toLongLong());
    std::optional<LadderRevision> steps;
    if (!goal.isNull() && usable())
        steps = m_workspace.domain().ladders().currentSteps(goal).value_or(std::nullopt);
    if (steps) {
        for (int i = 0; i < steps->steps.size(); ++i)
            m_step->addItem(tr("%1. %2").arg(i + 1).arg(steps->steps.at(i)));
        m_step->setCurrentIndex(std::clamp(keep, 0, int(steps->steps.size()) - 1));
    } else {
        m_step->addItem(goal.isNull() ? tr("No goals yet") : tr("No steps set yet"));
    }
    m_step->setEnabled(steps.has_value());
    m_mark->setEnabled(steps.has_value());
    m_setSteps->setEnabled(!goal.isNull());
    m_goal->setEnabled(m_goal->count() > 0);
}

} // namespace continuum::ui
