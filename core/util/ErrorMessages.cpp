// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/ErrorMessages.h"

#include <QCoreApplication>

namespace continuum {

// The context string is spelled out in every QT_TRANSLATE_NOOP: lupdate reads the literal, not the constant.
const char* errorMessageSource(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QT_TRANSLATE_NOOP("ErrorMessages", "That input cannot be used here.");
    case ErrorCode::NotAVault: return QT_TRANSLATE_NOOP("ErrorMessages", "There is no Continuum vault in that folder.");
    case ErrorCode::VaultExists:
        return QT_TRANSLATE_NOOP("ErrorMessages",
                                 "There is already a vault or other files in that folder. Choose another folder. "
                                 "Nothing was changed.");
    case ErrorCode::MissingDatabase:
        return QT_TRANSLATE_NOOP("ErrorMessages",
                                 "The vault's database file is missing or empty, so the vault cannot be opened. "
                                 "Restore it from your latest backup. Nothing was changed.");
    case ErrorCode::PlainDatabase:
        return QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The file in that folder is not encrypted, so Continuum will not open it. Nothing was changed.");
    case ErrorCode::DamagedKeySlots:
        return QT_TRANSLATE_NOOP("ErrorMessages",
                                 "The vault's key-slot file is damaged, so the vault cannot be opened. Restore it "
                                 "from your latest backup. Nothing was changed.");
    case ErrorCode::DamagedVault:
        return QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The vault is damaged and cannot be opened. Restore it from your latest backup. Nothing was changed.");
    case ErrorCode::WrongPassphrase:
        return QT_TRANSLATE_NOOP("ErrorMessages", "The vault did not unlock: that passphrase does not open it. Check "
                                                  "that Caps Lock is off and try again.");
    case ErrorCode::WrongRecoveryKey:
        return QT_TRANSLATE_NOOP("ErrorMessages", "The vault did not unlock: that recovery key does not open it. "
                                                  "Compare it with your printed copy and try again.");
    case ErrorCode::MistypedRecoveryKey:
        return QT_TRANSLATE_NOOP("ErrorMessages",
                                 "That recovery key has a typo. Compare each group of four with your printed copy.");
    case ErrorCode::NewerVersion:
        return QT_TRANSLATE_NOOP("ErrorMessages", "This was saved by a newer version of Continuum. Install the newer "
                                                  "version to open it. Nothing was changed.");
    case ErrorCode::AlreadyOpen:
        return QT_TRANSLATE_NOOP("ErrorMessages",
                                 "The vault is open in another Continuum window, or on another computer that uses "
                                 "this folder. Close it there first.");
    case ErrorCode::DiskFull:
        return QT_TRANSLATE_NOOP("ErrorMessages", "The disk is full. Free some space and try again; nothing was lost.");
    case ErrorCode::Io:
        return QT_TRANSLATE_NOOP("ErrorMessages",
                                 "A file could not be read or written. Check the folder and try again.");
    case ErrorCode::Database:
        return QT_TRANSLATE_NOOP("ErrorMessages", "Something went wrong while reading or saving the vault. Nothing "
                                                  "you entered was lost.");
    case ErrorCode::Constraint:
        return QT_TRANSLATE_NOOP("ErrorMessages",
                                 "The vault did not accept that change because it breaks one of its rules. Nothing "
                                 "was changed.");
    case ErrorCode::Crypto:
        return QT_TRANSLATE_NOOP(
            "ErrorMessages",
            "The computer ran out of memory while protecting the vault. Close other programs and try again.");
    case ErrorCode::BackupDamaged:
        return QT_TRANSLATE_NOOP("ErrorMessages",
                                 "The backup file is damaged or is not a Continuum backup. Nothing was changed.");
    case ErrorCode::Locked: return QT_TRANSLATE_NOOP("ErrorMessages", "The vault is locked. Unlock it and try again.");
    case ErrorCode::Unsupported:
        return QT_TRANSLATE_NOOP("ErrorMessages", "This installation of Continuum is incomplete: its encryption "
                                                  "library is missing or too old. Reinstall Continuum.");
    case ErrorCode::Validation:
        return QT_TRANSLATE_NOOP("ErrorMessages", "One of the values does not fit. Please check the marked field.");
    case ErrorCode::NotFound:
        return QT_TRANSLATE_NOOP("ErrorMessages", "That record is no longer there. It may have been removed.");
    case ErrorCode::SignedRecord:
        return QT_TRANSLATE_NOOP("ErrorMessages",
                                 "This session note is signed and can no longer be changed. Add an addendum instead.");
    case ErrorCode::NotRecorded:
        return QT_TRANSLATE_NOOP("ErrorMessages", "It was done, but the audit log could not record it. Check that "
                                                  "the disk has room, then tell whoever keeps your records.");
    }
    return nullptr;
}

QString errorMessage(ErrorCode code)
{
    const char* source = errorMessageSource(code);
    // A value outside the enum (a cast from a stored integer) still gets a sentence, never an empty one.
    return QCoreApplication::translate(kErrorMessagesContext,
                                       source ? source : errorMessageSource(ErrorCode::Database));
}

QString errorMessage(const Error& error)
{
    if (error.code == ErrorCode::MistypedRecoveryKey && error.index > 0) {
        return QCoreApplication::translate(kErrorMessagesContext,
                                           "That recovery key has a typo in group %1 (counting groups of four "
                                           "from the left). Compare that group with your printed copy.")
            .arg(error.index);
    }
    return errorMessage(error.code);
}

} // namespace continuum
