// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/Workspace.h"

#include "domain/Domain.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "workspace/SessionDraftController.h"

namespace continuum {

Workspace::Workspace(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
    qRegisterMetaType<RecordChange>();
}

Workspace::~Workspace()
{
    lock();
}

Vault& Workspace::vault()
{
    Q_ASSERT(m_vault);
    return *m_vault;
}

Domain& Workspace::domain()
{
    Q_ASSERT(m_domain);
    return *m_domain;
}

Status Workspace::open(std::unique_ptr<Vault> vault, const UnlockRecord& how)
{
    if (!vault || !vault->isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("no unlocked vault"));
    lock();
    m_vault = std::move(vault);
    m_domain = std::make_unique<Domain>(m_vault->database(), m_clock);
    forwardServiceSignals();

    // Wrong entries could not be written while the vault was locked; they are recorded now.
    Status recorded;
    for (const QDateTime& at : how.failedAttemptsBefore) {
        if (auto s = m_domain->audit().recordNow(
                {AuditAction::FailedUnlock, QStringLiteral("vault"), {}, std::nullopt, how.via, at});
            !s && recorded.ok())
            recorded = s;
    }
    QStringList detail;
    if (!how.via.isEmpty())
        detail.append(how.via);
    if (how.withRecoveryKey)
        detail.append(QStringLiteral("recovery key"));
    if (auto s = m_domain->audit().recordNow({AuditAction::Unlock,
                                              QStringLiteral("vault"),
                                              {},
                                              std::nullopt,
                                              detail.join(QStringLiteral(", ")),
                                              std::nullopt});
        !s && recorded.ok())
        recorded = s;
    Q_EMIT opened();
    return recorded;
}

void Workspace::forwardServiceSignals()
{
    Domain& d = *m_domain;
    connect(&d.clients(), &ClientService::clientAdded, this, [this](ClientId id) {
        Q_EMIT recordChanged({RecordChange::Kind::Client, id, id.value});
    });
    connect(&d.clients(), &ClientService::clientChanged, this, [this](ClientId id) {
        Q_EMIT recordChanged({RecordChange::Kind::Client, id, id.value});
    });
    connect(&d.clients(), &ClientService::clientRemoved, this, [this](ClientId id) {
        Q_EMIT recordChanged({RecordChange::Kind::Client, id, id.value});
    });
    connect(&d.goals(), &GoalService::goalChanged, this, [this](ClientId client, GoalId goal) {
        Q_EMIT recordChanged({RecordChange::Kind::Goal, client, goal.value});
    });
    // A draft's own autosave is announced as draftSaved, not as a change to the work lists.
    connect(&d.sessions(), &SessionService::sessionChanged, this, [this](ClientId client, SessionId session) {
        if (m_savingDraft == 0)
            Q_EMIT recordChanged({RecordChange::Kind::Session, client, session.value});
    });
    connect(&d.sessions(), &SessionService::sessionRemoved, this, [this](ClientId client, SessionId session) {
        Q_EMIT recordChanged({RecordChange::Kind::Session, client, session.value});
    });
    connect(&d.counselor(), &CounselorService::counselorChanged, this, [this] {
        Q_EMIT recordChanged({RecordChange::Kind::Counselor, std::nullopt, 0});
    });
    connect(&d.contacts(), &ContactService::contactChanged, this, [this](ClientId client, ContactId contact) {
        Q_EMIT recordChanged({RecordChange::Kind::Contact,
                              client.isNull() ? std::nullopt : std::optional<ClientId>(client), contact.value});
    });
    connect(&d.contactLists(), &ContactListService::listChanged, this, [this](ContactList) {
        Q_EMIT recordChanged({RecordChange::Kind::ContactList, std::nullopt, 0});
    });
    connect(&d.positiveChanges(), &PositiveChangeService::positiveChangeChanged, this,
            [this](ClientId client, PositiveChangeId change) {
                Q_EMIT recordChanged({RecordChange::Kind::PositiveChange, client, change.value});
            });
    connect(&d.ladders(), &LadderService::ladderChanged, this, [this](ClientId client, GoalId goal) {
        Q_EMIT recordChanged({RecordChange::Kind::Ladder, client, goal.value});
    });
}

void Workspace::announceDraftSaved(ClientId client, SessionId session)
{
    Q_EMIT draftSaved(client, session);
}

void Workspace::lock()
{
    if (!m_vault)
        return;
    Q_EMIT aboutToLock();
    // Each draft saves as it stands and lets go; a copy, since a draft may unregister itself meanwhile.
    const QList<SessionDraftController*> drafts = m_drafts;
    for (SessionDraftController* draft : drafts)
        draft->vaultLocking();
    m_drafts.clear();
    m_domain.reset(); // its services (and their connections to this) go with it
    m_vault->lock();
    m_vault.reset();
    Q_EMIT locked();
}

namespace {
/// An audit entry that could not be written after the action itself succeeded: the action stands, and
/// the caller must say so ("done, but not recorded"), not report the action as failed.
Status notRecorded(Status audit)
{
    if (audit)
        return audit;
    return makeError(ErrorCode::NotRecorded, audit.error().detail);
}
} // namespace

Status Workspace::backupTo(const QString& file)
{
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    if (auto s = m_vault->backupTo(file); !s)
        return s;
    return notRecorded(m_domain->audit().recordNow(
        {AuditAction::Backup, QStringLiteral("vault"), {}, std::nullopt, {}, std::nullopt}));
}

Status Workspace::changePassphrase(const SecureBytes& newPassphrase)
{
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    const bool afterRecovery = m_vault->openedWithRecoveryKey();
    if (auto s = m_vault->changePassphrase(newPassphrase); !s)
        return s;
    return notRecorded(m_domain->audit().recordNow({AuditAction::ChangePassphrase,
                                                    QStringLiteral("vault"),
                                                    {},
                                                    std::nullopt,
                                                    afterRecovery ? QStringLiteral("after recovery key") : QString(),
                                                    std::nullopt}));
}

Status Workspace::recordRestore(const QString& backupName)
{
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    return notRecorded(m_domain->audit().recordNow(
        {AuditAction::Restore, QStringLiteral("vault"), {}, std::nullopt, backupName, std::nullopt}));
}

Status Workspace::recordDelivery(const QString& action, const QString& recordType, const QUuid& recordUuid,
                                 std::optional<ClientId> client, const QString& detail)
{
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    return notRecorded(m_domain->audit().recordNow({action, recordType, recordUuid, client, detail, std::nullopt}));
}

Status Workspace::discardDraft(SessionId session)
{
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    const QList<SessionDraftController*> drafts = m_drafts;
    for (SessionDraftController* draft : drafts) {
        if (draft->sessionId() == session && !session.isNull())
            return draft->discard();
    }
    return m_domain->sessions().discardDraft(session);
}

void Workspace::registerDraft(SessionDraftController* draft)
{
    if (!m_drafts.contains(draft))
        m_drafts.append(draft);
}

void Workspace::unregisterDraft(SessionDraftController* draft)
{
    m_drafts.removeAll(draft);
}

} // namespace continuum
