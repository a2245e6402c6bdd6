// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "util/OneShotTimer.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

namespace continuum {

class Workspace;

/// The session record being edited, and everything that happens to it: what is dirty, autosave a few
/// seconds after the last change, saving before the vault locks, signing, addenda. The window shows and
/// edits; this decides. Tested with a hand-driven timer and a fixed clock, without a display.
class SessionDraftController final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAutosaveMs = 3000;

    /// session == 0 starts a new record for client, created as a draft on the first save. The timer
    /// defaults to a real one.
    SessionDraftController(Workspace& workspace, ClientId client, SessionId session,
                           std::unique_ptr<OneShotTimer> timer = {}, QObject* parent = nullptr);
    ~SessionDraftController() override;

    /// Reads the record (an existing session). NotFound if it is gone.
    Status load();

    ClientId clientId() const { return m_client; }
    SessionId sessionId() const { return m_record.id; }
    const SessionRecord& record() const { return m_record; }
    /// What the form holds now (saved or not).
    const SessionContent& content() const { return m_content; }
    bool isDirty() const { return m_dirty; }
    bool isSigned() const { return m_record.isSigned(); }
    /// Signed, then entered in error by a signed addendum: still in the record, no longer counted.
    bool enteredInError() const { return m_record.enteredInError(); }
    /// The draft was discarded: nothing of it is left, and this controller saves nothing more.
    bool isDiscarded() const { return m_discarded; }
    /// False once the vault has locked: every action then answers Locked.
    bool isAttached() const { return m_workspace != nullptr; }
    std::optional<QDateTime> lastSavedAt() const { return m_lastSavedAt; }
    /// Why the last save did not happen, until one succeeds.
    std::optional<Error> lastError() const { return m_lastError; }

    /// The form changed: this is the content as it now stands. It is saved kAutosaveMs after the last
    /// change (or at once by saveNow()).
    void edit(const SessionContent& content);
    /// Saves a dirty draft now; nothing to do is success.
    Status saveNow();
    /// Saves before the vault locks. If the draft is refused as it stands (a follow-up before the session
    /// date is the one refusal the form allows), it is saved with that date moved into the next steps as
    /// text (in the words `followUpMovedNote` gives), so nothing typed is lost.
    Status saveBeforeLock();
    /// Saves, then signs with the counselor's signature. The caller has asked the counselor first.
    Status sign();
    /// The next numbered, signed addendum (signed records only); its number.
    Result<int> addAddendum(const QString& text);
    /// Discards the draft (the caller has asked the counselor first): nothing of it is kept, the audit log
    /// records that a draft was discarded, and discarded() follows. A record never saved leaves nothing to
    /// remove. SignedRecord once signed.
    Status discard();
    /// Marks the signed record entered in error with a signed addendum giving the reason (required); its
    /// number. Validation for a draft, an empty reason, or a record already entered in error.
    Result<int> markEnteredInError(const QString& reason);

    /// How the note that carries a refused follow-up date reads (the window gives a translated one).
    std::function<QString(QDate)> followUpMovedNote;

Q_SIGNALS:
    void saved(continuum::SessionId session);
    void saveFailed(const continuum::Error& error);
    /// Dirty, saved, signed, an addendum added, detached: whatever shows the state should look again.
    void stateChanged();
    /// The draft is gone (discarded here or through the workspace): the window showing it should close.
    void discarded();

private:
    friend class Workspace;
    /// The vault is locking: save as it stands, then let go of the workspace.
    void vaultLocking();
    Status save(const SessionContent& content);
    Status fail(const Error& error);
    /// Locked once the workspace is gone or closed; every action starts with it.
    Status requireOpen() const;
    /// After an addendum (a note or "entered in error"): the record read again, saved() announced.
    Result<int> reloadAfterAddendum(Result<int> number);

    Workspace* m_workspace;
    ClientId m_client;
    SessionRecord m_record;
    SessionContent m_content;
    std::unique_ptr<OneShotTimer> m_timer;
    bool m_dirty = false;
    bool m_discarded = false;
    std::optional<QDateTime> m_lastSavedAt;
    std::optional<Error> m_lastError;
};

} // namespace continuum
