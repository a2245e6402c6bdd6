// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "domain/Records.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUuid>

#include <memory>
#include <optional>

namespace continuum {

class Clock;
class Domain;
class SessionDraftController;
class Vault;

/// What changed in the vault, for the views that show it.
struct RecordChange {
    /// Contact: a harm-reduction contact (client set for a known client only); ContactList: one of the
    /// agency's contact lists (id 0). PositiveChange: a change a person counts (id: the change); Ladder: the
    /// steps a person set for a goal, or a mark on them (id: the goal).
    enum class Kind { Client, Goal, Session, Counselor, Contact, ContactList, PositiveChange, Ladder };
    Kind kind = Kind::Client;
    std::optional<ClientId> client;
    qint64 id = 0; ///< the client, goal, session or contact id, raw: kind says which
};

/// How the vault was unlocked, for the audit log.
struct UnlockRecord {
    bool withRecoveryKey = false;
    QList<QDateTime> failedAttemptsBefore; ///< wrong entries while it was locked, recorded now
    QString via;                           ///< "window", "command line"
};

/// The unlocked vault and everything that lives as long as it does: the domain services over its
/// database, the clock, the drafts being edited. One object for the life of the program; it is open
/// between open() and lock(). Views observe its events instead of holding the vault themselves, and
/// the vault-level actions (unlock, backup, passphrase change, print, export) are audited here, so the
/// window and the command line record the same things. No widgets: core/ only.
class Workspace final : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(const Clock& clock, QObject* parent = nullptr);
    ~Workspace() override;
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    /// Takes an unlocked vault and records the unlock (and earlier failed attempts). An audit entry
    /// that cannot be written is returned as an error; the vault stays open (the counselor is told).
    Status open(std::unique_ptr<Vault> vault, const UnlockRecord& how);
    bool isOpen() const { return m_vault != nullptr; }

    /// Only while open.
    Vault& vault();
    Domain& domain();
    const Clock& clock() const { return m_clock; }

    /// Saves every draft being edited (each as it stands, so nothing typed is lost), closes the database,
    /// wipes the key. Announces aboutToLock() before and locked() after. Nothing if already locked.
    void lock();

    /// A backup of the open vault, recorded in the audit log.
    Status backupTo(const QString& file);
    /// A new passphrase for the open vault, recorded in the audit log.
    Status changePassphrase(const SecureBytes& newPassphrase);
    /// Records that this vault was restored from a backup (named by its file name only).
    Status recordRestore(const QString& backupName);
    /// Records that a printout or export of a record left the program (never its content).
    Status recordDelivery(const QString& action, const QString& recordType, const QUuid& recordUuid,
                          std::optional<ClientId> client, const QString& detail = {});

    /// Discards an unsigned draft (the caller has asked the counselor first). If a window is editing it,
    /// its controller discards it, so that nothing autosaves it again and the window hears discarded().
    Status discardDraft(SessionId session);

    /// Drafts being edited register themselves, so that lock() saves them first.
    void registerDraft(SessionDraftController* draft);
    void unregisterDraft(SessionDraftController* draft);

Q_SIGNALS:
    void opened();
    /// A draft was saved (by autosave or explicitly): only the views that show drafts need to know.
    void draftSaved(continuum::ClientId client, continuum::SessionId session);
    /// A record changed in a way the work lists and pages show (not a draft autosave).
    void recordChanged(const continuum::RecordChange& change);
    void aboutToLock();
    void locked();

private:
    friend class SessionDraftController;
    void announceDraftSaved(ClientId client, SessionId session);
    void forwardServiceSignals();

    const Clock& m_clock;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Domain> m_domain;
    QList<SessionDraftController*> m_drafts;
    int m_savingDraft = 0; ///< a draft save in progress: its sessionChanged is not a recordChanged
};

} // namespace continuum

Q_DECLARE_METATYPE(continuum::RecordChange)
