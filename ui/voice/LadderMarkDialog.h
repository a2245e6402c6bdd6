// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QListWidget;

namespace continuum {
class LadderService;
}

namespace continuum::ui {

/// Marks where a person is on their steps for a goal, as they say it: one of their steps (the arrow keys
/// move, Enter saves) and the day.
class LadderMarkDialog final : public QDialog
{
    Q_OBJECT

public:
    LadderMarkDialog(LadderService& service, GoalId goal, const LadderRevision& steps, int suggestedStep,
                     QWidget* parent = nullptr);

    void accept() override;

private:
    LadderService& m_service;
    GoalId m_goal;
    QListWidget* m_steps;
    QDateEdit* m_day;
    QLabel* m_message;
};

} // namespace continuum::ui
