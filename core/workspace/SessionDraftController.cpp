// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspace/SessionDraftController.h"

#include "domain/Domain.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QLocale>

namespace continuum {

SessionDraftController::SessionDraftController(Workspace& workspace, ClientId client, SessionId session,
                                               std::unique_ptr<OneShotTimer> timer, QObject* parent)
    : QObject(parent)
    , m_workspace(&workspace)
    , m_client(client)
    , m_timer(timer ? std::move(timer) : std::make_unique<QtOneShotTimer>())
{
    m_record.id = session;
    m_record.clientId = client;
    m_timer->onTimeout = [this] { (void)saveNow(); }; // a failure is kept in lastError() and announced
    followUpMovedNote = [](QDate date) -> QString {
        return QStringLiteral("(Follow-up wanted on %1, before the session date, so not set as a follow-up.)")
            .arg(QLocale().toString(date, QLocale::ShortFormat));
    };
    workspace.registerDraft(this);
}

SessionDraftController::~SessionDraftController()
{
    m_timer->onTimeout = nullptr;
    m_timer->stop();
    if (m_workspace)
        m_workspace->unregisterDraft(this);
}

Status SessionDraftController::load()
{
    if (auto s = requireOpen(); !s)
        return s.error();
    if (m_record.id.isNull())
        return {};
    auto record = m_workspace->domain().sessions().session(m_record.id);
    if (!record)
        return record.error();
    m_record = record.value();
    m_client = m_record.clientId;
    m_content = m_record.content;
    m_dirty = false;
    m_lastError.reset();
    Q_EMIT stateChanged();
    return {};
}

void SessionDraftController::edit(const SessionContent& content)
{
    if (!m_workspace || isSigned() || m_discarded)
        return;
    m_content = content;
    const bool wasDirty = m_dirty;
    m_dirty = true;
    m_timer->start(kAutosaveMs);
    if (!wasDirty)
        Q_EMIT stateChanged();
}

Status SessionDraftController::saveNow()
{
    m_timer->stop();
    if (!m_workspace)
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    if (!m_dirty || isSigned() || m_discarded)
        return {};
    return save(m_content);
}

Status SessionDraftController::save(const SessionContent& content)
{
    if (auto s = requireOpen(); !s)
        return fail(s.error());
    SessionService& sessions = m_workspace->domain().sessions();
    ++m_workspace->m_savingDraft;
    Status s;
    if (m_record.id.isNull()) {
        auto id = sessions.createDraft(m_client, content);
        if (id)
            m_record.id = id.value();
        else
            s = id.error();
    } else {
        s = sessions.saveDraft(m_record.id, content);
    }
    --m_workspace->m_savingDraft;
    if (!s)
        return fail(s.error());
    m_record.content = content;
    m_content = content;
    m_dirty = false;
    m_lastError.reset();
    m_lastSavedAt = m_workspace->clock().now();
    m_workspace->announceDraftSaved(m_client, m_record.id);
    Q_EMIT saved(m_record.id);
    Q_EMIT stateChanged();
    return {};
}

Status SessionDraftController::fail(const Error& error)
{
    m_lastError = error;
    Q_EMIT saveFailed(error);
    Q_EMIT stateChanged();
    return error;
}

Status SessionDraftController::saveBeforeLock()
{
    if (auto s = saveNow(); s || !m_workspace)
        return s;
    SessionContent c = m_content;
    if (c.followUp && *c.followUp < c.date) {
        const QString note = followUpMovedNote ? followUpMovedNote(*c.followUp) : QString();
        c.nextSteps += (c.nextSteps.isEmpty() ? QString() : QStringLiteral("\n")) + note;
        c.followUp.reset();
    }
    return save(c);
}

Status SessionDraftController::sign()
{
    if (auto s = requireOpen(); !s)
        return s.error();
    if (isSigned())
        return makeError(ErrorCode::SignedRecord, QStringLiteral("already signed"));
    if (m_discarded)
        return makeError(ErrorCode::NotFound, QStringLiteral("the draft was discarded"));
    if (m_record.id.isNull())
        m_dirty = true; // a new record is created before it can be signed
    if (auto s = saveNow(); !s)
        return s;
    if (auto s = m_workspace->domain().sessions().sign(m_record.id); !s)
        return s;
    return load();
}

Result<int> SessionDraftController::addAddendum(const QString& text)
{
    if (auto s = requireOpen(); !s)
        return s.error();
    if (!isSigned())
        return validationError({Field::Addendum, ValidationReason::NotSignedYet},
                               QStringLiteral("addenda follow a signed record"));
    return reloadAfterAddendum(m_workspace->domain().sessions().addAddendum(m_record.id, text));
}

Status SessionDraftController::discard()
{
    if (auto s = requireOpen(); !s)
        return s.error();
    if (isSigned())
        return makeError(ErrorCode::SignedRecord, QStringLiteral("signed records cannot be discarded"));
    if (m_discarded)
        return {};
    m_timer->stop();
    if (!m_record.id.isNull()) {
        if (auto s = m_workspace->domain().sessions().discardDraft(m_record.id); !s)
            return s;
    }
    m_discarded = true;
    m_dirty = false;
    m_lastError.reset();
    m_record = SessionRecord();
    m_record.clientId = m_client;
    m_content = SessionContent();
    Q_EMIT discarded();
    Q_EMIT stateChanged();
    return {};
}

Result<int> SessionDraftController::markEnteredInError(const QString& reason)
{
    if (auto s = requireOpen(); !s)
        return s.error();
    if (!isSigned())
        return validationError({Field::EnteredInError, ValidationReason::NotSignedYet},
                               QStringLiteral("a draft is discarded, not entered in error"));
    return reloadAfterAddendum(m_workspace->domain().sessions().markEnteredInError(m_record.id, reason));
}

Status SessionDraftController::requireOpen() const
{
    if (!m_workspace || !m_workspace->isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    return {};
}

Result<int> SessionDraftController::reloadAfterAddendum(Result<int> number)
{
    if (!number)
        return number.error();
    if (auto s = load(); !s)
        return s.error();
    Q_EMIT saved(m_record.id);
    return number;
}

void SessionDraftController::vaultLocking()
{
    if (m_dirty && !isSigned())
        (void)saveBeforeLock(); // a failure is kept in lastError() and announced by saveFailed()
    m_timer->stop();
    m_workspace = nullptr;
    Q_EMIT stateChanged();
}

} // namespace continuum
