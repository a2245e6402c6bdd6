// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

namespace continuum::WalCheck {

/// Reads `length` bytes at `offset` into `out`; returns the number read (fewer only at the end of the
/// data), or -1 on an error. check() reads only within `walSize`, so a short read there is an Io error.
using ReadAt = std::function<qint64(qint64 offset, char* out, qint64 length)>;

/// Checks a write-ahead log the way SQLite will replay it, before SQLite is allowed to: the header, the
/// salts and the checksum chain of every frame. SQLite stops replaying at the first frame whose salt or
/// checksum fails, silently; where frames that verify (against the checksum their predecessor stored)
/// follow such a break and a commit is among them, committed transactions would be lost, so the log is
/// DamagedVault. A torn tail of a transaction that never committed is what a crash leaves, and is fine.
///
/// `walSize` is the size of the log, or -1 when there is none (which is for the vault's session marker
/// to judge, not this check). `shmHeader` is the start of the wal-index file beside it (empty when there
/// is none): when it is whole, belongs to this log (same salts) and counts more committed frames than the
/// log can replay, the log lost synced frames: DamagedVault too. Reads nothing but through `read`, writes
/// nothing.
Status check(qint64 walSize, const ReadAt& read, QByteArrayView shmHeader);

/// The same over bytes held in memory (tests, fuzzing). A null `wal` means no log.
Status checkBytes(QByteArrayView wal, QByteArrayView shmHeader);

/// Checks `<dbPath>-wal` and `<dbPath>-shm` on disk. Opens them only if they are regular files (never
/// following a link, never blocking); anything else in their place is DamagedVault.
Status checkFiles(const QString& dbPath);

} // namespace continuum::WalCheck
