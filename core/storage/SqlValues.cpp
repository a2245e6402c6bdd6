// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlValues.h"

#include "storage/Query.h"

namespace continuum {

Status runEachWithId(Database& db, std::initializer_list<const char*> statements, qint64 id)
{
    for (const char* sql : statements) {
        if (auto s = Query(db, sql, id).run(); !s)
            return s;
    }
    return {};
}

} // namespace continuum
