// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTreeView;

namespace continuum {
class Domain;
}

namespace continuum::ui {

class LadderChart;
class LadderMarkModel;

/// The steps a person set for one of their goals, on their page: the steps in their words, first step first;
/// where they marked themselves over time, drawn (LadderChart) and as a table the keyboard reaches; setting
/// the steps again, marking where they are, and marking a mark entered in error.
class LadderPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LadderPanel(Domain& domain, QWidget* parent = nullptr);

    void setClient(ClientId client);
    void clear();
    /// The client's goals again (one was added or its words revised), keeping the chosen one.
    void reloadGoals();
    /// The chosen goal's steps and marks again.
    void reload();

    GoalId currentGoal() const;
    void selectGoal(GoalId goal);
    void setSteps();
    void markWhereTheyAre();
    void markEnteredInError();

private:
    void updateButtons();

    Domain& m_domain;
    ClientId m_client;
    std::optional<LadderRevision> m_steps;
    QComboBox* m_goal;
    QListWidget* m_stepList;
    LadderChart* m_chart;
    LadderMarkModel* m_marks;
    QTreeView* m_table;
    QPushButton* m_set;
    QPushButton* m_mark;
    QPushButton* m_inError;
    QLabel* m_message;
};

} // namespace continuum::ui
