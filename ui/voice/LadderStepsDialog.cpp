// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/LadderStepsDialog.h"

#include "common/ErrorText.h"
#include "common/ScreenFit.h"
#include "domain/LadderService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace continuum::ui {

LadderStepsDialog::LadderStepsDialog(LadderService& service, GoalId goal, const QString& goalWords, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_goal(goal)
{
    setObjectName(QStringLiteral("ladderStepsDialog"));
    setWindowTitle(tr("Their Steps"));
    auto* intro = new QLabel(tr("The small steps they choose toward “%1”, in their own words: one step per line, "
                                "the first step first. They can change them any time; the earlier steps stay in "
                                "the record.")
                                 .arg(goalWords),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_steps = new QPlainTextEdit(this);
    m_steps->setObjectName(QStringLiteral("ladderStepsEdit"));
    m_steps->setAccessibleName(tr("Their steps, one per line, first step first"));
    m_steps->setTabChangesFocus(true);
    m_steps->setMinimumHeight(m_steps->fontMetrics().lineSpacing() * 6 + 12);
    auto* stepsLabel = new QLabel(tr("&Steps:"), this);
    stepsLabel->setBuddy(m_steps);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("ladderReasonEdit"));
    m_reason->setAccessibleName(tr("Why the steps changed (optional)"));
    m_reason->setMaxLength(LadderService::kMaxReason);
    auto* reasonLabel = new QLabel(tr("&Why they changed (optional):"), this);
    reasonLabel->setBuddy(m_reason);
    auto current = service.currentSteps(goal);
    const bool revising = current && current.value();
    if (revising)
        m_steps->setPlainText(current.value()->steps.join(QLatin1Char('\n')));
    reasonLabel->setVisible(revising);
    m_reason->setVisible(revising);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("ladderStepsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveLadderStepsButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LadderStepsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(stepsLabel);
    layout->addWidget(m_steps, 1);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(520, 380));
}

void LadderStepsDialog::accept()
{
    auto saved = m_service.setSteps(m_goal, m_steps->toPlainText().split(QLatin1Char('\n')), m_reason->text());
    if (!saved) {
        m_message->setText(errorText(saved.error()));
        m_message->show();
        m_steps->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace continuum::ui
