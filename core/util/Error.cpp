// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Error.h"

namespace continuum {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::NotAVault: return QStringLiteral("not-a-vault");
    case ErrorCode::VaultExists: return QStringLiteral("vault-exists");
    case ErrorCode::MissingDatabase: return QStringLiteral("missing-database");
    case ErrorCode::PlainDatabase: return QStringLiteral("plain-database");
    case ErrorCode::DamagedKeySlots: return QStringLiteral("damaged-key-slots");
    case ErrorCode::DamagedVault: return QStringLiteral("damaged-vault");
    case ErrorCode::WrongPassphrase: return QStringLiteral("wrong-passphrase");
    case ErrorCode::WrongRecoveryKey: return QStringLiteral("wrong-recovery-key");
    case ErrorCode::MistypedRecoveryKey: return QStringLiteral("mistyped-recovery-key");
    case ErrorCode::NewerVersion: return QStringLiteral("newer-version");
    case ErrorCode::AlreadyOpen: return QStringLiteral("already-open");
    case ErrorCode::DiskFull: return QStringLiteral("disk-full");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::Constraint: return QStringLiteral("constraint");
    case ErrorCode::Crypto: return QStringLiteral("crypto");
    case ErrorCode::BackupDamaged: return QStringLiteral("backup-damaged");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Validation: return QStringLiteral("validation");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::SignedRecord: return QStringLiteral("signed-record");
    case ErrorCode::NotRecorded: return QStringLiteral("not-recorded");
    }
    return QStringLiteral("unknown");
}

} // namespace continuum
