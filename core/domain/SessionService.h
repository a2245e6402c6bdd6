// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class AuditLog;
class Clock;
class Database;

/// MI session records. A record is a draft until signed; signing freezes it (here and in the database's
/// triggers), after which it takes only numbered, signed addenda.
class SessionService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxText = 20000;
    static constexpr int kMaxQuote = 2000;

    SessionService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent = nullptr);

    Result<SessionId> createDraft(ClientId client, const SessionContent& content);
    /// Replaces a draft's content (the autosave path). SignedRecord once signed.
    Status saveDraft(SessionId id, const SessionContent& content);
    /// Removes a draft that was started by mistake, with everything under it, and records that it was
    /// discarded (never what it said). Signed records cannot be discarded.
    Status discardDraft(SessionId id);
    /// Signs as the counselor on record; the counselor must have been named.
    Status sign(SessionId id);
    /// Adds the next numbered addendum to a signed record, signed now. Returns its number.
    Result<int> addAddendum(SessionId id, const QString& body);
    /// Marks a signed record entered in error with the next numbered, signed addendum, whose text is the
    /// reason (required). The record stays, but no longer counts as contact, for follow-ups or in trends.
    /// Validation for a draft, an empty reason, or a record already entered in error. Returns its number.
    Result<int> markEnteredInError(SessionId id, const QString& reason);
    /// Whether a signed addendum entered this record in error.
    Result<bool> isEnteredInError(SessionId id);

    Result<SessionRecord> session(SessionId id);
    /// A client's sessions, newest first.
    Result<QList<SessionSummary>> sessionsForClient(ClientId client);

Q_SIGNALS:
    void sessionChanged(continuum::ClientId client, continuum::SessionId session);
    void sessionRemoved(continuum::ClientId client, continuum::SessionId session);

private:
    Status validate(ClientId client, const SessionContent& c);
    Status writeContent(SessionId id, const SessionContent& c, bool replace);
    struct Header {
        ClientId client;
        QUuid uuid;
        bool isSigned = false;
    };
    Result<Header> header(SessionId id);
    Result<int> appendAddendum(SessionId id, const Header& h, const QString& body, bool entersInError);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace continuum
