// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;

namespace continuum {
class Domain;
class Workspace;
} // namespace continuum

namespace continuum::ui {

/// Chooses what goes on a client's goal summary (which goals; substances only if ticked) and previews,
/// prints or saves it. Each print and PDF is recorded in the audit log, never its content.
class PrintSummaryDialog final : public QDialog
{
    Q_OBJECT

public:
    PrintSummaryDialog(Workspace& workspace, ClientId client, QWidget* parent = nullptr);

    QList<GoalId> chosenGoals() const;

private:
    void run(int action);
    /// The reading level of what would print now: the fixed texts in the printout's language, and their words.
    void updateReadingLevel();

    Workspace& m_workspace;
    Domain* m_domain;
    ClientId m_client;
    QString m_chosenName;
    QListWidget* m_goals;
    QCheckBox* m_substances;
    QCheckBox* m_changes; ///< "Changes I have made": the changes they want on their plan
    QLabel* m_reading;    ///< the reading grade of the fixed texts and of their words
};

} // namespace continuum::ui
