// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/KeySlot.h"
#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace continuum {

/// Single-file backups. Layout: the 16-byte magic "CONTINUUM-BACKUP", a big-endian uint32 format
/// version, a big-endian uint32 header length, the JSON header (vault id, schema version, time, snapshot
/// size, key slots), the encrypted database snapshot, a BLAKE2b-256 checksum of everything before it,
/// and (format 2) a BLAKE2b-256 MAC of magic, header and checksum keyed from the vault's data key.
/// The snapshot stays encrypted with the vault's data key, so the file is as safe at rest as the vault.
/// The checksum has no key: it proves the file is whole, not who wrote it. The MAC, checked once a
/// passphrase has unsealed the data key, proves the header is the one the vault wrote. Restore accepts
/// formats 1 and 2. The snapshot is an SQLCipher database under the data key, either the vault file's own
/// pages copied as they are (write-ahead-log mode in its header) or, in backups from before that and where
/// the page copy cannot be used, a copy made with SQLite's online backup; restore reads both alike, and
/// earlier versions of the program restore either.
namespace Backup {

constexpr int kFormatVersion = 2;

struct Info {
    QUuid vaultId;
    int schemaVersion = 0;
    QDateTime createdAt;
    qint64 snapshotBytes = 0;
    KeySlotFile keySlots;
};

/// Reads and checks a backup's framing and checksum without any key. BackupDamaged for anything short,
/// foreign or corrupted; NewerVersion for a format this build does not know.
Result<Info> inspect(const QString& file);

struct RestoreOptions {
    QString backupFile;
    QString vaultDir;
    bool overwrite = false; ///< replace an existing vault at vaultDir; refused without it
};

/// Verifies the whole backup (framing, checksum, key with the given passphrase, SQLCipher and SQLite
/// integrity, schema version) in a temporary folder beside vaultDir, and only then moves it into place.
/// On any failure nothing at vaultDir changes.
Status restore(const RestoreOptions& options, const SecureBytes& passphrase);
Status restoreWithRecoveryKey(const RestoreOptions& options, const SecureBytes& typedKey);

} // namespace Backup
} // namespace continuum
