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

Result<ContactIdentity> CounselorService::defaultContactIdentity()
{
    auto stored = setting(SettingKey::DefaultContactIdentity);
    if (!stored)
        return stored.error();
    return fromKey<ContactIdentity>(stored.value()).value_or(ContactIdentity::Anonymous);
}

Status CounselorService::setDefaultContactIdentity(ContactIdentity identity)
{
    return setSetting(SettingKey::DefaultContactIdentity, toKey(identity));
}

Result<int> CounselorService::smallCellThreshold()
{
    auto stored = setting(SettingKey::SmallCellThreshold);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int value = stored->toInt(&ok);
    if (!ok || value < kMinSmallCellThreshold || value > kMaxSmallCellThreshold)
        return kDefaultSmallCellThreshold;
    return value;
}

Status CounselorService::setSmallCellThreshold(int threshold)
{
    if (threshold < kMinSmallCellThreshold || threshold > kMaxSmallCellThreshold)
        return validationError({Field::SmallCellThreshold, ValidationReason::OutOfRange},
                               QStringLiteral("small cells are suppressed from 1 to 50"));
    return setSetting(SettingKey::SmallCellThreshold, QString::number(threshold));
}

} // namespace continuum
