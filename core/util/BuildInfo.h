// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QString>

namespace continuum {

/// What this program is and what it runs on, for `continuum --version` and the About box. The window adds
/// Qt's own version (qVersion()) and words the license; core only names it.
struct BuildInfo {
    QString version;                  ///< Continuum's, the project's version in CMake: "0.1.0"
    QString license;                  ///< the SPDX identifier of Continuum's license: "GPL-3.0-or-later"
    Result<QString> sqlcipherVersion; ///< as the SQLCipher library in this process reports it: "4.6.1 community"
    Result<QString> sqliteVersion;    ///< the SQLite inside that library: "3.46.1"

    /// Reads the versions now, from the libraries loaded (not from the headers built against): an in-memory
    /// connection asked for PRAGMA cipher_version and sqlite_version(). A library that is plain SQLite gives
    /// an Unsupported error in sqlcipherVersion.
    static BuildInfo current();
};

} // namespace continuum
