// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class AuditLog;
class Clock;
class Database;

/// Whether a read may include the contact details that a client's safety flag hides.
enum class ContactAccess {
    HideIfFlagged, ///< the default: flagged clients come back with contact details empty and contactHidden set
    Reveal,        ///< the caller explicitly asked; recorded in the audit log
};

/// Which clients a list or search covers.
enum class StatusFilter { Current, Archived, All }; ///< Current = active and inactive

/// A page of the caseload: search text (empty lists everyone), legal names only when asked for.
struct ClientQuery {
    QString text;
    bool includeLegalName = false;
    StatusFilter statuses = StatusFilter::Current;
    int offset = 0;
    int limit = 50;
};

/// People on the caseload: create, edit, archive, search; a deliberate, audited delete that removes
/// every trace. Every write is one transaction; validation names the field.
class ClientService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxChosenName = 120;
    static constexpr int kMaxShortField = 200;
    static constexpr int kMaxNotes = 20000;
    static constexpr int kMaxPageSize = 500;

    ClientService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent = nullptr);

    /// Adds a client; returns its id. Only the chosen name is required.
    Result<ClientId> create(const Client& client);
    /// Saves every editable field. A record read with its contact hidden keeps its stored contact details.
    Status update(const Client& client);
    Result<Client> client(ClientId id, ContactAccess access = ContactAccess::HideIfFlagged);
    /// Archive, reactivate or mark inactive. Archiving is how a client leaves the caseload. An optional
    /// short reason (at most kMaxShortField characters) goes into the audit entry, after the status key.
    Status setStatus(ClientId id, ClientStatus status, const QString& reason = {});
    /// Deletes the client and every goal, session and addendum of theirs, for good. Deliberate: the
    /// chosen name must be typed back exactly. Audit entries about them become anonymous tombstones.
    Status purge(ClientId id, const QString& typedChosenName);

    /// A page of the caseload, sorted by chosen name (accents folded).
    Result<QList<ClientSummary>> search(const ClientQuery& query);
    /// How many clients the query matches (ignores offset and limit).
    Result<int> count(const ClientQuery& query);

Q_SIGNALS:
    void clientAdded(continuum::ClientId id);
    void clientChanged(continuum::ClientId id);
    void clientRemoved(continuum::ClientId id);

private:
    Status validate(const Client& client) const;
    Status writeChildren(const Client& client, ClientId id, bool replace);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace continuum
