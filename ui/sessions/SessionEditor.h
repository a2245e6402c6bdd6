// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "util/Result.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace continuum {
class Domain;
class SessionDraftController;
class Workspace;
} // namespace continuum

namespace continuum::ui {

class ClientModeDialog;
class SessionForm;
class SignedSessionView;

/// The window around an MI session record: a title and state, the form (SessionForm: when and where, the
/// goals discussed with stage, rulers and talk, decisional balance, change plan, the note, next steps and
/// follow-up, addenda), and a bar that never scrolls away with the actions and whether the draft is saved.
/// Drafts save by themselves every few seconds and whenever focus moves, and can be discarded; signing (after
/// being shown what the record lacks) freezes the record, which then reads as a document (SignedSessionView)
/// and takes only numbered addenda, one of which may mark it entered in error. The workflow lives in a
/// SessionDraftController; this window shows and edits.
class SessionEditor final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveMs = 3000;

    /// sessionId == 0 starts a new record for clientId (saved as a draft on the first change).
    SessionEditor(Workspace& workspace, ClientId clientId, SessionId sessionId, QWidget* parent = nullptr);
    ~SessionEditor() override;

    SessionId sessionId() const;
    ClientId clientId() const { return m_clientId; }
    bool isDirty() const;
    bool isSigned() const;
    SessionDraftController& draft() { return *m_draft; }
    SessionForm& form() { return *m_form; }

    /// Saves before the vault locks. A follow-up before the session date (kept in the form, marked, and
    /// left out of the autosaves) is then moved into the next steps as text, so nothing typed is lost.
    bool saveBeforeLock();
    /// Saves a dirty draft now (autosave, focus change, lock, close). True when nothing is left unsaved.
    bool saveNow();
    /// Shows what the record lacks (or, when nothing does, asks for confirmation), saves, and signs. Going
    /// back instead shows the first section with something missing.
    void sign();
    /// Asks for the text of the next addendum and adds it (signed records only).
    void addAddendum();
    /// Asks for confirmation, then discards the draft and closes the window (drafts only).
    void discardDraft();
    /// Asks for the reason, then marks the signed record entered in error with a signed addendum.
    void markEnteredInError();
    /// Saves the draft, then hands the laptop over to the person: client mode (ui/clientmode), whose answers come
    /// back into this form marked as theirs. Drafts only.
    void handOverToPerson();
    /// Client mode while it is open; null otherwise.
    ClientModeDialog* clientMode() const;
    /// Adds one of the client's goals to this session.
    void addGoal(GoalId goal);
    /// Creates a goal from within this session (linked to it) and adds it.
    void newGoal();
    /// Revises one of the goals discussed, the revision linked to this session.
    void reviseGoal(GoalId goal);

    /// Exactly what the form shows.
    SessionContent content() const;
    enum PrintHow { PreviewNote, PrintNote, PdfNote };
    /// Preview, print or save the clinician-facing note (saving the draft first).
    void printNote(PrintHow how);

Q_SIGNALS:
    void saved(continuum::SessionId id);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void load();
    void markDirty();
    void updateState();
    void refreshClientGoals();
    void showSaveState();
    /// A new record starts with the goals worked on in the person's latest session (not its ratings or
    /// words: those are today's), when they are still active.
    QList<SessionGoalEntry> carriedOverGoals() const;
    QMap<GoalId, QString> goalWords() const;
    /// Why a save was refused, in the counselor's words (never core's English detail).
    QString saveProblemText(const Error& error) const;
    /// Hands the draft what it may save now (the form less a field in error).
    void handOver();

    Workspace& m_workspace;
    SessionDraftController* m_draft;
    ClientId m_clientId;
    bool m_loading = false;
    QLabel* m_title;
    QLabel* m_state;
    SessionForm* m_form;
    SignedSessionView* m_document;
    QPushButton* m_sign;
    QPushButton* m_discard;
    QPushButton* m_addendum;
    QPushButton* m_enteredInError;
    QPushButton* m_handOver;
    QLabel* m_message;
    QString m_personName;
    QPointer<ClientModeDialog> m_clientMode;
};

} // namespace continuum::ui
