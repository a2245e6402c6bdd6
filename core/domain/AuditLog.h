// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class Clock;
class Database;

/// What happened, in stable keys (the UI translates them).
namespace AuditAction {
inline const QString Create = QStringLiteral("create");
inline const QString Update = QStringLiteral("update");
inline const QString Revise = QStringLiteral("revise");
inline const QString Archive = QStringLiteral("archive");
inline const QString Reactivate = QStringLiteral("reactivate");
inline const QString MarkInactive = QStringLiteral("mark-inactive");
inline const QString Sign = QStringLiteral("sign");
inline const QString Addend = QStringLiteral("addend");
inline const QString DiscardDraft = QStringLiteral("discard-draft");
inline const QString RevealContact = QStringLiteral("reveal-contact");
inline const QString Purge = QStringLiteral("purge");
inline const QString Print = QStringLiteral("print");
inline const QString Export = QStringLiteral("export");
inline const QString Backup = QStringLiteral("backup");
inline const QString Unlock = QStringLiteral("unlock");
inline const QString FailedUnlock = QStringLiteral("failed-unlock");
inline const QString ChangePassphrase = QStringLiteral("change-passphrase");
inline const QString Restore = QStringLiteral("restore");
/// The laptop handed to the person for client mode, and given back (the detail says how: "passphrase", "lock").
inline const QString HandOver = QStringLiteral("hand-over");
inline const QString HandBack = QStringLiteral("hand-back");
} // namespace AuditAction

/// One thing to record. detail is a short technical note ("revision 3", "addendum 2"), never content.
struct AuditEvent {
    QString action;
    QString recordType; ///< "client", "goal", "session", "vault"…
    QUuid recordUuid;
    std::optional<ClientId> clientId;
    QString detail;
    std::optional<QDateTime> at; ///< when it happened, if not now (failed unlocks reported later)
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action;
    QString recordType;
    QUuid recordUuid;
    std::optional<ClientId> clientId;
    QString detail;

    friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

/// The append-only audit log. Services record into it inside their own transactions, so a change and
/// its entry commit together or not at all.
class AuditLog final : public QObject
{
    Q_OBJECT

public:
    AuditLog(Database& db, const Clock& clock, QObject* parent = nullptr);

    /// Appends one entry, inside the caller's transaction if one is open.
    Status record(const AuditEvent& event);
    /// Appends and commits one entry on its own (print, export, backup, unlock).
    Status recordNow(const AuditEvent& event);

    /// Newest first, paged; optionally only one client's entries.
    Result<QList<AuditEntry>> entries(int offset, int limit, std::optional<ClientId> client = std::nullopt);
    Result<qint64> count();

Q_SIGNALS:
    void appended();

private:
    QString actor();

    Database& m_db;
    const Clock& m_clock;
};

} // namespace continuum
