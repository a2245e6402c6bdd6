// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/LadderMarkDialog.h"

#include "common/ErrorText.h"
#include "common/ScreenFit.h"
#include "domain/LadderService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

LadderMarkDialog::LadderMarkDialog(LadderService& service, GoalId goal, const LadderRevision& steps, int suggestedStep,
                                   QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_goal(goal)
{
    setObjectName(QStringLiteral("ladderMarkDialog"));
    setWindowTitle(tr("Where They Are"));
    auto* intro = new QLabel(tr("Which step are they on now, as they see it?"), this);
    intro->setWordWrap(true);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("ladderStepList"));
    m_steps->setAccessibleName(tr("Their steps, first step first"));
    m_steps->setWordWrap(true);
    for (int i = 0; i < steps.steps.size(); ++i)
        m_steps->addItem(tr("%1. %2").arg(i + 1).arg(steps.steps.at(i)));
    m_steps->setCurrentRow(std::clamp(suggestedStep, 0, int(steps.steps.size()) - 1));
    auto* stepsLabel = new QLabel(tr("&Step:"), this);
    stepsLabel->setBuddy(m_steps);
    m_day = new QDateEdit(service.today(), this);
    m_day->setObjectName(QStringLiteral("ladderMarkDayEdit"));
    m_day->setAccessibleName(tr("Day of the mark"));
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(service.today());
    auto* dayLabel = new QLabel(tr("&Day:"), this);
    dayLabel->setBuddy(m_day);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ladderMarkMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveLadderMarkButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LadderMarkDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_steps, &QListWidget::itemActivated, this, &LadderMarkDialog::accept);
    auto* dayRow = new QHBoxLayout;
    dayRow->addWidget(dayLabel);
    dayRow->addWidget(m_day);
    dayRow->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps, 1);
    layout->addLayout(dayRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_steps->setFocus();
    fitToScreen(this, QSize(460, 360));
}

void LadderMarkDialog::accept()
{
    NewLadderMark m;
    m.goal = m_goal;
    m.step = m_steps->currentRow();
    m.markedOn = m_day->date();
    if (auto id = m_service.mark(m); !id) {
        m_message->setText(errorText(id.error()));
        m_message->show();
        return;
    }
    QDialog::accept();
}

} // namespace continuum::ui
