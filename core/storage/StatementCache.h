// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace continuum {

/// The prepared statements of one connection, kept for the next caller of the same SQL: an autosave
/// prepares its dozen statements once per unlock instead of once per save. Owned by Database, and shared
/// with the Statements it lends, so that one handed back after the connection closed is finalized rather
/// than kept. The bookkeeping is locked: a connection may also be used from a worker thread (backup).
class StatementCache final
{
public:
    /// The statements of one SQL text. Its address stays fixed for the life of the cache.
    struct Slot {
        std::string sql;
        std::vector<sqlite3_stmt*> idle;
    };

    /// A statement lent out, or SQLite's result code when it could not be prepared.
    struct Lent {
        sqlite3_stmt* stmt = nullptr;
        Slot* slot = nullptr;
        int rc = 0;
    };

    explicit StatementCache(sqlite3* db)
        : m_db(db)
    {}
    ~StatementCache();
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    /// An idle statement for sql, or a new one prepared with SQLITE_PREPARE_PERSISTENT when every one
    /// for this SQL is already lent (a query run while iterating over the same query).
    Lent lend(std::string_view sql);
    /// Resets the statement and clears its bindings, so no bound value outlives its use, and keeps it for
    /// the next caller; finalizes it instead once the cache is closed.
    void giveBack(Slot* slot, sqlite3_stmt* stmt);
    /// Finalizes every idle statement now and every lent one when it comes back, so the connection can
    /// close. Lends nothing afterwards.
    void close();

    /// How many statements were prepared, and how many lends were served by an idle one.
    int prepared() const;
    int reused() const;

private:
    mutable std::mutex m_mutex;
    sqlite3* m_db = nullptr;
    bool m_closed = false;
    // Keys view the SQL held by their slot.
    std::unordered_map<std::string_view, std::unique_ptr<Slot>> m_slots;
    int m_prepared = 0;
    int m_reused = 0;
};

} // namespace continuum
