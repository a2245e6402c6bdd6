// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Validation.h"

#include <QString>

namespace continuum {

/// What went wrong, as a code the UI and the command line turn into their own words.
enum class ErrorCode {
    InvalidArgument,     ///< the caller passed something unusable (empty path, passphrase too short)
    NotAVault,           ///< the folder holds no Continuum vault
    VaultExists,         ///< refusing to create or restore over an existing vault
    MissingDatabase,     ///< key slots present but the database file is missing or empty
    PlainDatabase,       ///< the database file is unencrypted SQLite, never accepted
    DamagedKeySlots,     ///< the key-slot file cannot be read or parsed
    DamagedVault,        ///< the database cannot be read with the right key, or fails an integrity check
    WrongPassphrase,     ///< the passphrase does not open any slot
    WrongRecoveryKey,    ///< a well-formed recovery key that does not open the recovery slot
    MistypedRecoveryKey, ///< the recovery key's checksum does not match: a typo, caught before any key derivation
    NewerVersion,        ///< written by a newer Continuum; left untouched
    AlreadyOpen,         ///< another process (or window) holds the vault's lock
    DiskFull,            ///< the disk (or the configured page limit) is full
    Io,                  ///< reading or writing a file failed
    Database,            ///< SQLite reported an error not covered above
    Constraint,          ///< a constraint or trigger refused the change
    Crypto,              ///< libsodium failed (out of memory for key derivation, no randomness)
    BackupDamaged,       ///< a backup file is truncated, corrupted or not a Continuum backup
    Locked,              ///< the vault has been locked; reopen it first
    Unsupported,         ///< the library found at run time lacks something required
    Validation,          ///< a value breaks a rule of the domain; Error::field and Error::reason say which and why
    NotFound,            ///< no record with that id
    SignedRecord,        ///< the record is signed and can only take addenda
    NotRecorded,         ///< it was done, but the audit log could not record it
};

/// A failure: a code to act on and a detail for logs and the technical part of a message.
struct Error {
    ErrorCode code = ErrorCode::Database;
    QString detail;
    Field field = Field::None; ///< for Validation: the field at fault, so the window can point at it
    ValidationReason reason = ValidationReason::None; ///< for Validation: why, so the window can say what to do
    int index = 0; ///< which one of several is at fault, from 1 (a recovery-key group); 0 when none is named

    /// The field and reason together, as listed in kValidationFailures.
    FieldReason failure() const { return {field, reason}; }

    friend bool operator==(const Error&, const Error&) = default;
};

/// A stable English identifier for the code, for logs and the command line.
QString errorCodeName(ErrorCode code);

/// A stable English identifier for a field (e.g. "chosenName"), for logs and the command line.
QString fieldName(Field field);

/// A stable English identifier for a validation reason (e.g. "too-long"), for logs and the command line.
QString validationReasonName(ValidationReason reason);

} // namespace continuum
