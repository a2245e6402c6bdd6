// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/BuildInfo.h"

#include "storage/Database.h"

namespace continuum {

namespace {

// Every source file's SPDX line names the same license; LICENSE holds its text.
const QString kLicense = QStringLiteral("GPL-3.0-or-later");

} // namespace

BuildInfo BuildInfo::current()
{
    BuildInfo info{QStringLiteral(CONTINUUM_VERSION), kLicense,
                   makeError(ErrorCode::Unsupported, QStringLiteral("no in-memory connection")),
                   makeError(ErrorCode::Unsupported, QStringLiteral("no in-memory connection"))};
    // The library that will open the vault answers for itself: the package may have been built against
    // one SQLCipher and run with a later one.
    auto opened = Database::open(QStringLiteral(":memory:"), Database::OpenMode::ReadWriteCreate);
    if (!opened) {
        info.sqlcipherVersion = opened.error();
        info.sqliteVersion = opened.error();
        return info;
    }
    Database db = std::move(opened).value();
    auto cipher = db.queryText("PRAGMA cipher_version");
    if (!cipher)
        info.sqlcipherVersion = cipher.error();
    else if (cipher.value().isEmpty()) // plain SQLite ignores a pragma it does not know
        info.sqlcipherVersion =
            makeError(ErrorCode::Unsupported, QStringLiteral("the SQLite library is not SQLCipher"));
    else
        info.sqlcipherVersion = cipher.value();
    info.sqliteVersion = db.queryText("SELECT sqlite_version()");
    return info;
}

} // namespace continuum
