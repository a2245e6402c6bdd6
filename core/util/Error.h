// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    Validation,          ///< a value breaks a rule of the domain; Error::field names the field
    NotFound,            ///< no record with that id
    SignedRecord,        ///< the record is signed and can only take addenda
    NotRecorded,         ///< it was done, but the audit log could not record it
};

/// A failure: a code to act on and a detail for logs and the technical part of a message.
struct Error {
    ErrorCode code = ErrorCode::Database;
    QString detail;
    QString field; ///< for Validation: the field at fault (e.g. "chosenName"), so the UI can point at it
    int index = 0; ///< which one of several is at fault, from 1 (a recovery-key group); 0 when none is named

    friend bool operator==(const Error&, const Error&) = default;
};

/// A stable English identifier for the code, for logs and the command line.
QString errorCodeName(ErrorCode code);

} // namespace continuum
