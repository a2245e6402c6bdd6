// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <array>
#include <string>

namespace continuum {

namespace {

// Migration 1: the skeleton every later schema grows from. vault_meta holds facts about the vault
// itself (when it was created, by which program version); the domain tables follow in later steps.
constexpr std::string_view kMigration1 = R"sql(
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) STRICT;
INSERT INTO vault_meta (key, value) VALUES ('schema_created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
)sql";

constexpr std::array kMigrations{
    Migration{1, "schema skeleton", kMigration1},
};

} // namespace

std::span<const Migration> schemaMigrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return kMigrations.back().version;
}

Status migrate(Database& db, std::span<const Migration> migrations, int upTo)
{
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    const int last = migrations.empty() ? 0 : migrations.back().version;
    if (current.value() > last) {
        return makeError(ErrorCode::NewerVersion, QStringLiteral("schema version %1 is newer than this program's %2")
                                                      .arg(current.value())
                                                      .arg(last));
    }
    const int target = upTo < 0 ? last : upTo;
    for (const Migration& m : migrations) {
        if (m.version <= current.value() || m.version > target)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto s = db.exec(m.sql); !s)
            return makeError(s.code(), QStringLiteral("migration %1: %2").arg(m.version).arg(s.error().detail));
        // PRAGMA takes no bound parameters; the version is our own integer constant, never input.
        const std::string pragma = "PRAGMA user_version = " + std::to_string(m.version);
        if (auto s = db.exec(pragma); !s)
            return s;
        if (auto s = tx->commit(); !s)
            return s;
    }
    return {};
}

} // namespace continuum
