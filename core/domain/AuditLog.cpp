// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/AuditLog.h"

#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace continuum {

namespace {
constexpr int kMaxCounselorName = 200;

} // namespace

AuditLog::AuditLog(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

QString AuditLog::actor()
{
    auto name = m_db.queryText("SELECT name FROM counselor WHERE id = 1");
    if (name && !name.value().isEmpty())
        return name.value();
    return QStringLiteral("(counselor not yet named)");
}

Status AuditLog::record(const AuditEvent& event)
{
    auto st = m_db.prepare("INSERT INTO audit_log (at, actor, action, record_type, record_uuid, client_id, detail) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    if (!st)
        return st.error();
    st->bind(1, storedTimestamp(event.at.value_or(m_clock.now())))
        .bind(2, actor())
        .bind(3, event.action)
        .bind(4, event.recordType)
        .bind(5, event.recordUuid.isNull() ? std::nullopt
                                           : std::optional<QString>(event.recordUuid.toString(QUuid::WithoutBraces)))
        .bind(6, event.clientId)
        .bind(7, event.detail);
    if (auto s = st->run(); !s)
        return s;
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
    auto st = m_db.prepare("SELECT id, at, actor, action, record_type, record_uuid, client_id, detail FROM audit_log "
                           "WHERE ?1 IS NULL OR client_id = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3");
    if (!st)
        return st.error();
    st->bind(1, client).bind(2, limit).bind(3, offset);
    QList<AuditEntry> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        AuditEntry e;
        e.id = st->columnInt64(0);
        e.at = QDateTime::fromString(st->columnText(1), Qt::ISODateWithMs);
        e.actor = st->columnText(2);
        e.action = st->columnText(3);
        e.recordType = st->columnText(4);
        e.recordUuid = QUuid::fromString(st->columnText(5));
        if (!st->columnIsNull(6))
            e.clientId = st->columnInt64(6);
        e.detail = st->columnText(7);
        out.append(e);
    }
    return out;
}

Result<qint64> AuditLog::count()
{
    return m_db.queryInt("SELECT count(*) FROM audit_log");
}

CounselorService::CounselorService(Database& db, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
{}

Result<std::optional<Counselor>> CounselorService::counselor()
{
    auto st = m_db.prepare("SELECT name, credentials FROM counselor WHERE id = 1");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Counselor>();
    return std::optional<Counselor>(Counselor{st->columnText(0), st->columnText(1)});
}

Status CounselorService::setCounselor(const Counselor& counselor)
{
    const QString name = counselor.name.trimmed();
    if (name.isEmpty())
        return validationError(QStringLiteral("name"), QStringLiteral("the counselor's name is required"));
    if (name.size() > kMaxCounselorName)
        return validationError(QStringLiteral("name"), QStringLiteral("the name is too long"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto st = m_db.prepare("INSERT INTO counselor (id, name, credentials) VALUES (1, ?1, ?2) "
                           "ON CONFLICT (id) DO UPDATE SET name = excluded.name, credentials = excluded.credentials");
    if (!st)
        return st.error();
    st->bind(1, name).bind(2, counselor.credentials.trimmed());
    if (auto s = st->run(); !s)
        return s;
    if (auto s = m_audit.record({AuditAction::Update, QStringLiteral("counselor"), {}, std::nullopt, {}, std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT counselorChanged();
    return {};
}

Result<QString> CounselorService::setting(const QString& key)
{
    auto st = m_db.prepare("SELECT value FROM settings WHERE key = ?1");
    if (!st)
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->columnText(0) : QString();
}

Status CounselorService::setSetting(const QString& key, const QString& value)
{
    auto st = m_db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                           "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    st->bind(1, key).bind(2, value);
    if (auto s = st->run(); !s)
        return s;
    Q_EMIT settingChanged(key);
    return {};
}

} // namespace continuum
