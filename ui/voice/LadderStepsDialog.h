// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace continuum {
class LadderService;
}

namespace continuum::ui {

/// Sets the small steps a person chooses for a goal, in their words, one per line, first step first. Setting
/// them again keeps the earlier steps and the marks made on them; a reason may be given, never required.
class LadderStepsDialog final : public QDialog
{
    Q_OBJECT

public:
    LadderStepsDialog(LadderService& service, GoalId goal, const QString& goalWords, QWidget* parent = nullptr);

    void accept() override;

private:
    LadderService& m_service;
    GoalId m_goal;
    QPlainTextEdit* m_steps;
    QLineEdit* m_reason;
    QLabel* m_message;
};

} // namespace continuum::ui
