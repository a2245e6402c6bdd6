// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ErrorText.h"

#include <QCoreApplication>

namespace continuum::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ErrorText", text);
}
} // namespace

QString errorText(const Error& error)
{
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::WrongRecoveryKey:
        return tr("That did not unlock the vault. Check that Caps Lock is off and try again.");
    case ErrorCode::MistypedRecoveryKey:
        return tr("That recovery key has a typo. Compare each group of four with your printed copy.");
    case ErrorCode::NotAVault: return tr("There is no Continuum vault in that folder.");
    case ErrorCode::PlainDatabase:
        return tr("The file in that folder is not encrypted, so Continuum will not open it. Nothing was changed.");
    case ErrorCode::MissingDatabase:
    case ErrorCode::DamagedKeySlots:
    case ErrorCode::DamagedVault:
        return tr("The vault is damaged and cannot be opened. Restore it from your latest backup. Nothing was changed.");
    case ErrorCode::BackupDamaged:
        return tr("The backup file is damaged or is not a Continuum backup. Nothing was changed.");
    case ErrorCode::NewerVersion:
        return tr("This vault was saved by a newer version of Continuum. Install the newer version to open it. "
                  "Nothing was changed.");
    case ErrorCode::AlreadyOpen:
        return tr("The vault is already open in another Continuum window. Close that one first.");
    case ErrorCode::DiskFull:
        return tr("The disk is full. Free some space and try again; what you typed is still here.");
    case ErrorCode::VaultExists: return tr("There is already a vault or other files in that folder.");
    case ErrorCode::InvalidArgument: return tr("That cannot be used here.");
    case ErrorCode::Locked: return tr("The vault is locked. Unlock it and try again.");
    case ErrorCode::Io: return tr("A file could not be read or written. Check the folder and try again.");
    case ErrorCode::Crypto: return tr("The computer ran out of memory while protecting the vault. Close other programs and try again.");
    case ErrorCode::Unsupported: return tr("This installation of Continuum is incomplete (its encryption library is missing).");
    case ErrorCode::Constraint:
    case ErrorCode::Database: break;
    }
    return tr("Something went wrong while saving or reading the vault. Nothing you typed was lost.");
}

} // namespace continuum::ui
