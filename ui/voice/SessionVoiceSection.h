// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace continuum {
class Workspace;
struct RecordChange;
} // namespace continuum

namespace continuum::ui {

class SessionEditor;

/// "Changes they count" in the session window: a line to add a change as they say it in the session, and
/// where they are on the steps they set for one of their goals. Both are saved at once, linked to this
/// session (a new record is saved as a draft first), dated the session's day; discarding the draft takes
/// them along, as it takes everything in it. Lists what this session added.
class SessionVoiceSection final : public QWidget
{
    Q_OBJECT

public:
    SessionVoiceSection(Workspace& workspace, SessionEditor& editor, QWidget* parent = nullptr);

    /// Adds what the line holds; false, with the reason shown and the words kept, when refused.
    bool addChange();
    /// Marks the chosen step of the chosen goal.
    bool markStep();
    /// Reads the goals, steps, and what this session added, again.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// The session's id, saving a new record as a draft first; null (with the reason shown) if it cannot be.
    SessionId ensureSession();
    /// The day things added here are dated: the session's, never after today.
    QDate sessionDay() const;
    void refreshSteps();
    void showMessage(const QString& text);
    bool usable() const;

    Workspace& m_workspace;
    SessionEditor& m_editor;
    QLineEdit* m_words;
    QCheckBox* m_onPlan;
    QPushButton* m_add;
    QListWidget* m_added;
    QComboBox* m_goal;
    QComboBox* m_step;
    QPushButton* m_mark;
    QPushButton* m_setSteps;
    QListWidget* m_marks;
    QLabel* m_message;
};

} // namespace continuum::ui
