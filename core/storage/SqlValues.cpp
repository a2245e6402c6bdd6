// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqlValues.h"

#include "storage/Database.h"

namespace continuum {

Status runEachWithId(Database& db, std::initializer_list<const char*> statements, qint64 id)
{
    for (const char* sql : statements) {
        auto st = db.prepare(sql);
        if (!st)
            return st.error();
        st->bind(1, id);
        if (auto s = st->run(); !s)
            return s;
    }
    return {};
}

} // namespace continuum
