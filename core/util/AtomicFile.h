// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace continuum {

/// Writes data to path so that a crash leaves either the old file or the new one: a temporary file in
/// the same folder, fsync, rename over path, fsync of the folder. Owner-only permissions.
Status writeFileAtomically(const QString& path, const QByteArray& data);

/// fsyncs a folder so that a rename inside it is durable.
Status syncDirectory(const QString& dirPath);

enum class FileSync { No, Yes };

/// Copies the regular file `from` to a new file `to` (owner-only; refused if `to` exists), in the kernel
/// where it can. With FileSync::Yes the copy is fsynced. A full disk is DiskFull; on any failure the
/// partial copy is removed.
Status copyFile(const QString& from, const QString& to, FileSync sync);

/// Maps an errno from a failed write to DiskFull or Io.
Error ioError(int err, const QString& what);

} // namespace continuum
