// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace continuum {
class Domain;
}

namespace continuum::ui {

class PositiveChangeModel;

/// The changes a person counts, on their page: a line to add one as they say it (the day defaults to today;
/// on their plan only if they want), the timeline newest first with where each was added, and corrections:
/// new words (the earlier wording stays), on or off the plan, entered in error (kept, hidden unless asked).
class ChangesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesPanel(Domain& domain, QWidget* parent = nullptr);

    void setClient(ClientId client);
    void clear();
    /// Reads the timeline again, keeping the selected change selected.
    void reload();

    /// Adds what the line holds; false (with the reason shown, the words kept) when refused.
    bool addChange();
    void correctChange();
    void toggleOnPlan();
    void markEnteredInError();
    PositiveChangeId selectedChange() const;

private:
    void showMessage(const QString& text);
    void updateButtons();

    Domain& m_domain;
    ClientId m_client;
    PositiveChangeModel* m_model;
    QTreeView* m_view;
    QLineEdit* m_words;
    QDateEdit* m_day;
    QCheckBox* m_onPlan;
    QPushButton* m_add;
    QPushButton* m_correct;
    QPushButton* m_planToggle;
    QPushButton* m_inError;
    QCheckBox* m_showInError;
    QLabel* m_message;
};

} // namespace continuum::ui
