// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

namespace continuum {

class Database;

/// BEGIN IMMEDIATE … COMMIT. Rolls back on destruction unless commit() succeeded, so an early return
/// can never leave a transaction open.
class Transaction final
{
public:
    static Result<Transaction> begin(Database& db);

    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Commits; the result must be checked (a failed commit is rolled back).
    Status commit();
    void rollback();

private:
    explicit Transaction(Database* db)
        : m_db(db)
    {}
    Database* m_db = nullptr;
};

} // namespace continuum
