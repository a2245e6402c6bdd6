// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordIds.h"
#include "util/Result.h"

#include <QDate>

namespace continuum {
class Database;
}

namespace continuum::bench {

/// Caseload sizes for the benchmark: about five years of a busy program at the large size.
struct CaseloadSize {
    const char* name;
    int clients;
    int goals; ///< with three revisions each on average
    int sessions;
    int auditEntries;
};

inline constexpr CaseloadSize kSmall{"small", 500, 2500, 10000, 5000};
inline constexpr CaseloadSize kMedium{"medium", 2000, 10000, 40000, 20000};
inline constexpr CaseloadSize kLarge{"large", 10000, 50000, 200000, 100000};

struct GeneratedCaseload {
    ClientId busiestClient; ///< a client with 100 sessions, for "open a client page"
    GoalId busiestGoal;     ///< one of that client's goals
    QString searchPrefix;   ///< a four-letter prefix that many chosen names share
};

/// Writes a deterministic caseload (seeded) straight into the schema, in one transaction: clients with
/// search entries, goals with revisions, MI sessions with realistic note lengths (median about 150 words,
/// some over 1,000), rulers and quotes, and audit entries. Benchmark-only: the application writes through
/// the domain services.
Result<GeneratedCaseload> generateCaseload(Database& db, const CaseloadSize& size, quint32 seed, const QDate& today);

/// Harm-reduction contacts for five years of a busy program: 500,000 beside the large caseload.
inline constexpr int kContactsFiveYears = 500000;

/// Writes `count` deterministic contacts (seeded) over the five years before today, oldest first, in one
/// transaction, through the schema's own order (header, revision, person, rows, then the header moves on):
/// 30 % anonymous, the rest split between the caseload's clients and about 3,000 agency codes; supplies in
/// about two contacts of three, naloxone in one of six, drug checks, referrals (most with an outcome later),
/// an overdose told about in one of seventy; a few corrections and entries in error. Benchmark-only.
Result<int> generateContacts(Database& db, int count, quint32 seed, const QDate& today);

} // namespace continuum::bench
