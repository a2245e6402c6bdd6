// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Transaction.h"

#include "storage/Database.h"

#include <sqlite3.h>

#include <utility>

namespace continuum {

Result<Transaction> Transaction::begin(Database& db)
{
    // IMMEDIATE takes the write lock now, so a conflict shows at BEGIN rather than half-way through.
    if (auto s = db.exec("BEGIN IMMEDIATE"); !s)
        return s.error();
    return Transaction(&db);
}

Transaction::~Transaction()
{
    rollback();
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

Status Transaction::commit()
{
    if (!m_db)
        return makeError(ErrorCode::Database, QStringLiteral("transaction already finished"));
    Status s = m_db->exec("COMMIT");
    if (!s) {
        rollback();
        return s;
    }
    m_db = nullptr;
    return {};
}

void Transaction::rollback()
{
    if (m_db && m_db->isOpen() && sqlite3_get_autocommit(m_db->handle()) == 0)
        (void)m_db->exec("ROLLBACK");
    m_db = nullptr;
}

} // namespace continuum
