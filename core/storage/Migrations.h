// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <span>
#include <string_view>

namespace continuum {

class Database;

/// One numbered schema step. Versions start at 1 and have no gaps; PRAGMA user_version holds the last applied.
struct Migration {
    int version;
    std::string_view description;
    std::string_view sql;
};

/// Every migration of this build, in order.
std::span<const Migration> schemaMigrations();

/// The schema version this build writes.
int latestSchemaVersion();

/// Applies the migrations after the database's user_version, each in its own transaction together with
/// the user_version bump. NewerVersion, with nothing written, if the database is ahead of the list.
/// upTo limits how far to go (tests build vaults as an earlier version wrote them).
Status migrate(Database& db, std::span<const Migration> migrations, int upTo = -1);

} // namespace continuum
