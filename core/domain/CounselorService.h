// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class AuditLog;
class Database;

/// Setting keys kept in the vault.
namespace SettingKey {
inline const QString AgencyName = QStringLiteral("agency_name");
inline const QString AgencyContact = QStringLiteral("agency_contact");
inline const QString DefaultNoteFormat = QStringLiteral("default_note_format");
} // namespace SettingKey

/// Keeps the counselor's name and credentials and the vault's settings (agency name and contact, …).
class CounselorService final : public QObject
{
    Q_OBJECT

public:
    CounselorService(Database& db, AuditLog& audit, QObject* parent = nullptr);

    /// nullopt until the counselor has been set (first run).
    Result<std::optional<Counselor>> counselor();
    /// Validation on an empty name.
    Status setCounselor(const Counselor& counselor);

    Result<QString> setting(const QString& key);
    Status setSetting(const QString& key, const QString& value);

Q_SIGNALS:
    void counselorChanged();
    void settingChanged(const QString& key);

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace continuum
