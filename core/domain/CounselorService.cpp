// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CounselorService.h"

#include "domain/AuditLog.h"
#include "domain/RecordTables.h"
#include "storage/Query.h"
#include "storage/Transaction.h"

namespace continuum {

namespace {
constexpr int kMaxCounselorName = 200;
} // namespace

CounselorService::CounselorService(Database& db, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
{}

Result<std::optional<Counselor>> CounselorService::counselor()
{
    return readCounselor(m_db);
}

Status CounselorService::setCounselor(const Counselor& counselor)
{
    const QString name = counselor.name.trimmed();
    if (name.isEmpty())
        return validationError({Field::CounselorName, ValidationReason::Required},
                               QStringLiteral("the counselor's name is required"));
    if (name.size() > kMaxCounselorName)
        return validationError({Field::CounselorName, ValidationReason::TooLong},
                               QStringLiteral("the name is too long"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const RecordTable<Counselor>& table = counselorTable();
    if (auto s = Query(m_db, table.upsertSql()).bindWith([&](Statement& st) { table.bindInsert(st, counselor); }).run();
        !s)
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
    auto value = Query(m_db, "SELECT value FROM settings WHERE key = ?1", key).first(readText);
    if (!value)
        return value.error();
    return value->value_or(QString());
}

Status CounselorService::setSetting(const QString& key, const QString& value)
{
    if (auto s = Query(m_db,
                       "INSERT INTO settings (key, value) VALUES (?1, ?2) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                       key, value)
                     .run();
        !s)
        return s;
    Q_EMIT settingChanged(key);
    return {};
}

} // namespace continuum
