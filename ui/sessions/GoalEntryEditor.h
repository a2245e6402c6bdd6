// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSlider;
class QSpinBox;
class QVBoxLayout;

namespace continuum::ui {

/// One readiness ruler: 0–10 and the client's verbatim answers to "why are you at X and not lower?"
/// and "what would it take to move higher?" (never "why not 10?"). Unasked until ticked.
class RulerEditor final : public QWidget
{
    Q_OBJECT

public:
    RulerEditor(const QString& title, const QString& objectPrefix, QWidget* parent = nullptr);

    void setScore(const std::optional<RulerScore>& score);
    std::optional<RulerScore> score() const;
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();

private:
    void updatePrompts();

    QCheckBox* m_asked;
    QSlider* m_slider;
    QSpinBox* m_value;
    QLineEdit* m_whyNotLower;
    QLineEdit* m_whatWouldHelp;
    QLabel* m_whyLabel;
};

/// What was observed for one goal in one session.
class GoalEntryEditor final : public QGroupBox
{
    Q_OBJECT

public:
    GoalEntryEditor(const SessionGoalEntry& entry, const QString& clientWords, QWidget* parent = nullptr);

    SessionGoalEntry entry() const;
    GoalId goalId() const { return m_goalId; }
    void setClientWords(const QString& words) { setTitle(words); }
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    void changed();
    void removeRequested(continuum::ui::GoalEntryEditor* self);
    void reviseRequested(continuum::GoalId goal);

private:
    void addQuote(const TalkQuote& quote);

    GoalId m_goalId;
    QComboBox* m_stage;
    QCheckBox* m_returnToUse;
    RulerEditor* m_importance;
    RulerEditor* m_confidence;
    RulerEditor* m_readiness;
    QVBoxLayout* m_quotes;
    QList<QWidget*> m_quoteRows;
    QWidget* m_buttons;
    bool m_readOnly = false;
};

} // namespace continuum::ui
