// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDate>

namespace continuum {

class Database;

/// A realistic, clearly fictional caseload for `continuum --demo`: a few dozen people with goals in their
/// own words, revisions and MI sessions spread over several months, some signed with addenda, some drafts,
/// follow-ups due, overdue and ahead. Deterministic for a given seed. Written through the domain services,
/// so it obeys every rule a real caseload does.
struct DemoOptions {
    int clients = 36;
    quint32 seed = 20261128;
    QDate today = QDate::currentDate();
    int months = 8;
};

Status populateDemoCaseload(Database& db, const DemoOptions& options);

} // namespace continuum
