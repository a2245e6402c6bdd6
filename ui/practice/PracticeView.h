// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordIds.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace continuum {
class Domain;
class Workspace;
} // namespace continuum

namespace continuum::ui {

class PracticeChart;
class PracticeTableModel;

/// "My practice": the counselor's own trends over the sessions they reviewed (a table, and charts of the
/// relational and technical globals, % complex reflections and reflections to questions with the manual's
/// thresholds marked as expert opinion), with the person's own rating beside each session, and the skills
/// plan with the date of the next review. It says plainly that only the counselor sees it; nothing here is
/// printed with a person's record. A row opens that session's self-review.
class PracticeView final : public QWidget
{
    Q_OBJECT

public:
    /// The workspace must stay open as long as the view lives (the main window's lifetime).
    explicit PracticeView(Workspace& workspace, QWidget* parent = nullptr);

    /// Reads the reviews, the ratings and the skills plan again.
    void reload();
    PracticeTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// Opens the self-review of the session in the table's current row.
    void openCurrentReview();
    /// Saves the skills plan as written (a new revision).
    void saveSkillsPlan();

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Reloads now if shown, or when next shown.
    void changed();
    void loadSkillsPlan();

    Workspace& m_workspace;
    Domain& m_domain;
    bool m_stale = true;
    bool m_planEdited = false; ///< the plan's fields hold what the counselor typed, not yet saved
    QLabel* m_nextReview;
    QTabWidget* m_tabs;
    PracticeTableModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QList<PracticeChart*> m_charts;
    QPlainTextEdit* m_plan;
    QCheckBox* m_hasNextReview;
    QDateEdit* m_nextReviewDate;
    QPushButton* m_savePlan;
    QLabel* m_planState;
    QListWidget* m_planHistory;
};

} // namespace continuum::ui
