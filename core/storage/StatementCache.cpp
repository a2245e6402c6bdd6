// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/StatementCache.h"

#include <sqlite3.h>

namespace continuum {

StatementCache::~StatementCache()
{
    close();
}

StatementCache::Lent StatementCache::lend(std::string_view sql)
{
    Slot* slot = nullptr;
    {
        const std::lock_guard lock(m_mutex);
        if (m_closed || !m_db)
            return {nullptr, nullptr, SQLITE_MISUSE};
        auto it = m_slots.find(sql);
        if (it == m_slots.end()) {
            auto created = std::make_unique<Slot>();
            created->sql.assign(sql);
            it = m_slots.emplace(std::string_view(created->sql), std::move(created)).first;
        }
        slot = it->second.get();
        if (!slot->idle.empty()) {
            sqlite3_stmt* stmt = slot->idle.back();
            slot->idle.pop_back();
            ++m_reused;
            return {stmt, slot, SQLITE_OK};
        }
        ++m_prepared;
    }
    // Prepared outside the lock: the slot stays where it is, and the connection has its own mutex.
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, slot->sql.data(), static_cast<int>(slot->sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return {nullptr, nullptr, rc};
    }
    return {stmt, slot, SQLITE_OK};
}

void StatementCache::giveBack(Slot* slot, sqlite3_stmt* stmt)
{
    if (!stmt)
        return;
    // The statement is the caller's alone until it is back in the list.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    {
        const std::lock_guard lock(m_mutex);
        if (!m_closed && slot) {
            slot->idle.push_back(stmt);
            return;
        }
    }
    sqlite3_finalize(stmt);
}

void StatementCache::close()
{
    std::vector<sqlite3_stmt*> idle;
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
        for (auto& [sql, slot] : m_slots) {
            idle.insert(idle.end(), slot->idle.begin(), slot->idle.end());
            slot->idle.clear();
        }
    }
    for (sqlite3_stmt* stmt : idle)
        sqlite3_finalize(stmt);
}

int StatementCache::prepared() const
{
    const std::lock_guard lock(m_mutex);
    return m_prepared;
}

int StatementCache::reused() const
{
    const std::lock_guard lock(m_mutex);
    return m_reused;
}

} // namespace continuum
