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

/// Maps an errno from a failed write to DiskFull or Io.
Error ioError(int err, const QString& what);

} // namespace continuum
