// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <utility>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimeEdit;
class QVBoxLayout;

namespace continuum::ui {

class GoalEntryEditor;

/// The fields of an MI session record, built from descriptions of the record (the note's sections come from
/// the note format, the rulers from one row each, the balance and talk categories from their enums) and
/// read back through the same descriptions. A list of sections on the left scrolls the form to a section
/// and shows which one is in view. It knows nothing of the vault: the window gives it the client's goals
/// and saves what it reads back.
class SessionForm final : public QWidget
{
    Q_OBJECT

public:
    enum class Section { About, Goals, Balance, Plan, Note, NextSteps, Addenda, Voice };

    explicit SessionForm(QWidget* parent = nullptr);
    ~SessionForm() override;

    /// Shows `content` (without announcing a change).
    void setContent(const SessionContent& content);
    /// Exactly what the form shows.
    SessionContent content() const;
    /// What may be saved now: content() less a field shown in error (a follow-up before the session date),
    /// which stays in the form, marked, until it is put right.
    SessionContent savableContent() const;
    /// Greys out session dates after `latest` in the calendar (a record cannot be in the future).
    void setLatestSessionDate(QDate latest);
    /// The message beside the follow-up date, empty when it is fine.
    QString followUpError() const;

    /// The client's goals (id and the client's words), for the goal picker and the entries' titles.
    void setClientGoals(const QList<std::pair<GoalId, QString>>& goals);
    /// Adds an entry for one of the client's goals (nothing if it is already there).
    void addGoal(GoalId goal);
    bool hasGoal(GoalId goal) const;

    /// A signed record: every field read-only, the note and answers still selectable.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// The addenda of a signed record, one text each (the section shows only when there are some).
    void setAddenda(const QStringList& addenda);
    /// The "Changes they count" section's content, which the window makes (it needs the vault: ui/voice's
    /// SessionVoiceSection); the section shows only once it is set. The form takes ownership.
    void setVoiceSection(QWidget* section);

    /// Writes the rulers (with the person's reasons) and the change-talk quotes of every goal discussed into
    /// the note's first section (data, subjective, behavior or the free note), after what is there, as plain
    /// text to edit. False, with a message beside the button, when there is nothing to add.
    bool addRulersAndQuotesToNote();
    /// The text addRulersAndQuotesToNote() would add (empty when nothing is recorded).
    QString rulersAndQuotesText() const;

    /// Scrolls the form so that `section` is at the top, and selects it in the section list.
    void showSection(Section section);
    /// The section at the top of the view (the one the section list highlights).
    Section sectionInView() const;
    QScrollArea* scrollArea() const { return m_scroll; }

Q_SIGNALS:
    /// Something was edited (never sent by setContent).
    void changed();
    void newGoalRequested();
    void reviseGoalRequested(continuum::GoalId goal);

private:
    QGroupBox* addSection(Section section, QWidget* content);
    void setSectionVisible(Section section, bool visible);
    void edited();
    void rebuildNote(NoteFormat format, const QList<NoteSection>& keep);
    GoalEntryEditor* addGoalEntry(const SessionGoalEntry& entry);
    void refreshGoalPicker();
    void updateFollowUp();
    void followScroll();

    bool m_loading = false;
    bool m_readOnly = false;
    QListWidget* m_sections;
    QScrollArea* m_scroll;
    QWidget* m_body;
    QList<std::pair<Section, QGroupBox*>> m_sectionBoxes;

    QDateEdit* m_date;
    QCheckBox* m_hasTime;
    QTimeEdit* m_time;
    QSpinBox* m_duration;
    QComboBox* m_setting;
    QList<std::pair<MiProcess, QCheckBox*>> m_processes;

    QList<std::pair<GoalId, QString>> m_clientGoals;
    QVBoxLayout* m_goalEntries;
    QList<GoalEntryEditor*> m_entries;
    QWidget* m_goalButtons;
    QComboBox* m_goalPicker;
    QPushButton* m_addGoal;
    QPushButton* m_newGoal;

    QList<std::pair<BalanceBox, QPlainTextEdit*>> m_balance;
    QGroupBox* m_plan;
    std::vector<std::pair<QString ChangePlan::*, QPlainTextEdit*>> m_planFields;

    QComboBox* m_format;
    QVBoxLayout* m_noteLayout;
    QList<std::pair<QString, QPlainTextEdit*>> m_noteFields;
    QList<QLabel*> m_noteTitles;
    QPushButton* m_addToNote;
    QLabel* m_addToNoteMessage;

    QPlainTextEdit* m_nextSteps;
    QCheckBox* m_hasFollowUp;
    QDateEdit* m_followUp;
    QLabel* m_followUpError;

    QListWidget* m_addenda;
};

} // namespace continuum::ui
