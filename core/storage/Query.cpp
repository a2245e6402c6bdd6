// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Query.h"

namespace continuum {

Result<bool> Query::step()
{
    if (!m_st)
        return m_st.error();
    return m_st->step();
}

Status Query::run()
{
    auto row = step();
    if (!row)
        return row.error();
    return {};
}

Result<qint64> Query::insert()
{
    if (auto s = run(); !s)
        return s.error();
    return m_db.lastInsertRowId();
}

qint64 readInt64(const Statement& st)
{
    return st.columnInt64(0);
}

int readInt(const Statement& st)
{
    return st.columnInt(0);
}

QString readText(const Statement& st)
{
    return st.columnText(0);
}

} // namespace continuum
