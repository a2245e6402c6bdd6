// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ErrorText.h"

#include <QCoreApplication>

namespace continuum::ui {

namespace {
struct ErrorTextTr {
    Q_DECLARE_TR_FUNCTIONS(ErrorText)
};
} // namespace

QString errorText(const Error& error)
{
    switch (error.code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::WrongRecoveryKey:
        return ErrorTextTr::tr("That did not unlock the vault. Check that Caps Lock is off and try again.");
    case ErrorCode::MistypedRecoveryKey:
        return ErrorTextTr::tr("That recovery key has a typo. Compare each group of four with your printed copy.");
    case ErrorCode::NotAVault: return ErrorTextTr::tr("There is no Continuum vault in that folder.");
    case ErrorCode::PlainDatabase:
        return ErrorTextTr::tr(
            "The file in that folder is not encrypted, so Continuum will not open it. Nothing was changed.");
    case ErrorCode::MissingDatabase:
    case ErrorCode::DamagedKeySlots:
    case ErrorCode::DamagedVault:
        return ErrorTextTr::tr(
            "The vault is damaged and cannot be opened. Restore it from your latest backup. Nothing was changed.");
    case ErrorCode::BackupDamaged:
        return ErrorTextTr::tr("The backup file is damaged or is not a Continuum backup. Nothing was changed.");
    case ErrorCode::NewerVersion:
        return ErrorTextTr::tr(
            "This vault was saved by a newer version of Continuum. Install the newer version to open it. "
            "Nothing was changed.");
    case ErrorCode::AlreadyOpen:
        return ErrorTextTr::tr("The vault is already open in another Continuum window. Close that one first.");
    case ErrorCode::DiskFull:
        return ErrorTextTr::tr("The disk is full. Free some space and try again; what you typed is still here.");
    case ErrorCode::VaultExists: return ErrorTextTr::tr("There is already a vault or other files in that folder.");
    case ErrorCode::InvalidArgument: return ErrorTextTr::tr("That cannot be used here.");
    case ErrorCode::Locked: return ErrorTextTr::tr("The vault is locked. Unlock it and try again.");
    case ErrorCode::Io: return ErrorTextTr::tr("A file could not be read or written. Check the folder and try again.");
    case ErrorCode::Crypto:
        return ErrorTextTr::tr(
            "The computer ran out of memory while protecting the vault. Close other programs and try again.");
    case ErrorCode::Unsupported:
        return ErrorTextTr::tr("This installation of Continuum is incomplete (its encryption library is missing).");
    case ErrorCode::Validation: return ErrorTextTr::tr("Please check the highlighted field.");
    case ErrorCode::NotFound: return ErrorTextTr::tr("That record is no longer there. It may have been removed.");
    case ErrorCode::SignedRecord:
        return ErrorTextTr::tr("This session note is signed and can no longer be changed. Add an addendum instead.");
    case ErrorCode::Constraint:
    case ErrorCode::Database: break;
    }
    return ErrorTextTr::tr("Something went wrong while saving or reading the vault. Nothing you typed was lost.");
}

} // namespace continuum::ui
