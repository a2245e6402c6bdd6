// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QGroupBox>

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QVBoxLayout;

namespace continuum::ui {

class RulerEditor;

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
    /// True while a ruler's number box holds something outside 0–10.
    bool hasError() const;

Q_SIGNALS:
    void changed();
    void removeRequested(continuum::ui::GoalEntryEditor* self);
    void reviseRequested(continuum::GoalId goal);

private:
    void addQuote(const TalkQuote& quote);

    GoalId m_goalId;
    QComboBox* m_stage;
    QCheckBox* m_returnToUse;
    std::vector<std::pair<std::optional<RulerScore> SessionGoalEntry::*, RulerEditor*>> m_rulers;
    QVBoxLayout* m_quotes;
    QList<QWidget*> m_quoteRows;
    QWidget* m_buttons;
    bool m_readOnly = false;
};

} // namespace continuum::ui
