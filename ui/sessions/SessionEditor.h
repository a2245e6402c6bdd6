// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "util/Result.h"

#include <QMap>
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
class QSpinBox;
class QTimeEdit;
class QTimer;
class QVBoxLayout;

namespace continuum {
class Domain;
class SessionDraftController;
class Workspace;
} // namespace continuum

namespace continuum::ui {

class GoalEntryEditor;

/// An MI session record: when and where, the MI processes, each goal discussed (stage, the three
/// readiness rulers with the client's own answers, change and sustain talk by DARN-CAT), decisional
/// balance, change plan, the note in the chosen format, next steps and follow-up. Drafts save by
/// themselves every few seconds and whenever focus moves; signing freezes the record, after which only
/// numbered addenda can follow.
class SessionEditor final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveMs = 3000;

    /// sessionId == 0 starts a new record for clientId (saved as a draft on the first change). The
    /// workflow (dirty state, autosave, save before lock, signing, addenda) lives in a
    /// SessionDraftController; this window shows and edits the form.
    SessionEditor(Workspace& workspace, ClientId clientId, SessionId sessionId, QWidget* parent = nullptr);
    ~SessionEditor() override;

    SessionId sessionId() const;
    ClientId clientId() const { return m_clientId; }
    bool isDirty() const;
    bool isSigned() const;
    SessionDraftController& draft() { return *m_draft; }

    /// Saves before the vault locks. If the draft is refused as it stands (a follow-up before the session
    /// date is the one refusal the form allows), it is saved with that date moved into the next steps as
    /// text, so nothing typed is lost.
    bool saveBeforeLock();
    /// Forgets the domain (the vault is locking): no timer or late signal can reach it afterwards.
    void detach();
    /// Saves a dirty draft now (autosave, focus change, lock, close). True when nothing is left unsaved.
    bool saveNow();
    /// Asks for confirmation, saves, and signs.
    void sign();
    /// Asks for the text of the next addendum and adds it (signed records only).
    void addAddendum();
    /// Adds one of the client's goals to this session.
    void addGoal(GoalId goal);
    /// Creates a goal from within this session (linked to it) and adds it.
    void newGoal();
    /// Revises one of the goals discussed, the revision linked to this session.
    void reviseGoal(GoalId goal);

    SessionContent content() const;
    /// Preview, print or save the clinician-facing note (saving the draft first).
    void printNote(int how);
    enum PrintHow { PreviewNote, PrintNote, PdfNote };

Q_SIGNALS:
    void saved(continuum::SessionId id);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void load();
    void markDirty();
    void updateState();
    void rebuildNote(NoteFormat format, const QList<NoteSection>& keep);
    void refreshGoalPicker();
    GoalEntryEditor* addGoalEntry(const SessionGoalEntry& entry, const QString& words);

    void showSaveState();

    Workspace* m_workspace;
    Domain* m_domain;
    SessionDraftController* m_draft;
    ClientId m_clientId;
    bool m_loading = false;
    QLabel* m_title;
    QLabel* m_state;
    QWidget* m_form;
    QDateEdit* m_date;
    QCheckBox* m_hasTime;
    QTimeEdit* m_time;
    QSpinBox* m_duration;
    QComboBox* m_setting;
    QList<QCheckBox*> m_processes;
    QVBoxLayout* m_goalEntries;
    QList<GoalEntryEditor*> m_entries;
    QComboBox* m_goalPicker;
    QPushButton* m_addGoal;
    QPushButton* m_newGoal;
    QMap<BalanceBox, QPlainTextEdit*> m_balance;
    QGroupBox* m_plan;
    std::vector<std::pair<QString ChangePlan::*, QPlainTextEdit*>> m_planFields;
    QComboBox* m_format;
    QVBoxLayout* m_noteLayout;
    QList<QPair<QString, QPlainTextEdit*>> m_noteFields;
    QPlainTextEdit* m_nextSteps;
    QCheckBox* m_hasFollowUp;
    QDateEdit* m_followUp;
    QPushButton* m_sign;
    QPushButton* m_addendum;
    QListWidget* m_addenda;
    QLabel* m_message;
};

} // namespace continuum::ui
