// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
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
inline const QString DefaultContactIdentity = QStringLiteral("default_contact_identity");
inline const QString SmallCellThreshold = QStringLiteral("small_cell_threshold");
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

    /// Who a new contact is recorded with unless the counselor chooses: anonymous (the least collected)
    /// until set in Preferences.
    Result<ContactIdentity> defaultContactIdentity();
    Status setDefaultContactIdentity(ContactIdentity identity);

    static constexpr int kDefaultSmallCellThreshold = 10;
    static constexpr int kMinSmallCellThreshold = 1;
    static constexpr int kMaxSmallCellThreshold = 50;
    /// Published counts at or below this are suppressed (10 until set; 1–50).
    Result<int> smallCellThreshold();
    Status setSmallCellThreshold(int threshold);

Q_SIGNALS:
    void counselorChanged();
    void settingChanged(const QString& key);

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace continuum
