// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AuditLog.h"

#include "domain/RecordTables.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace continuum {

AuditLog::AuditLog(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

QString AuditLog::actor()
{
    auto counselor = readCounselor(m_db);
    if (counselor && counselor.value() && !counselor.value()->name.isEmpty())
        return counselor.value()->name;
    return QStringLiteral("(counselor not yet named)");
}

Status AuditLog::record(const AuditEvent& event)
{
    const AuditEntry entry{0,
                           event.at.value_or(m_clock.now()),
                           actor(),
                           event.action,
                           event.recordType,
                           event.recordUuid,
                           event.clientId,
                           event.detail};
    if (auto id = insertRecord(m_db, auditTable(), entry); !id)
        return id.error();
    Q_EMIT appended();
    return {};
}

Status AuditLog::recordNow(const AuditEvent& event)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = record(event); !s)
        return s;
    return tx->commit();
}

Result<QList<AuditEntry>> AuditLog::entries(int offset, int limit, std::optional<ClientId> client)
{
    static const std::string sql =
        auditTable().select("WHERE ?1 IS NULL OR al.client_id = ?1 ORDER BY al.id DESC LIMIT ?2 OFFSET ?3");
    return Query(m_db, sql, client, limit, offset).all(auditTable());
}

Result<qint64> AuditLog::count()
{
    return m_db.queryInt("SELECT count(*) FROM audit_log");
}

} // namespace continuum
