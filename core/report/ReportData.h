// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/GoalService.h"
#include "domain/Records.h"
#include "util/Result.h"

namespace continuum {

class Domain;

/// What the client's goal summary may show, and nothing more: the chosen name (never the legal name,
/// birth date, agency code or anything the safety flag hides), the chosen goals in the client's words,
/// their ruler trend, the counselor, the agency if set, and substances only when ticked in.
struct GoalSummaryData {
    struct GoalBlock {
        GoalId id;
        GoalFields fields;
        QList<ReadinessPoint> trend;
    };
    QString chosenName;
    /// The language its fixed texts print in (the client's choice, "es"); empty: the counselor's. Their words are
    /// never translated.
    QString language;
    QList<GoalBlock> goals;
    QStringList substances; ///< empty unless the counselor chose to include them
    QString counselor;      ///< "Name, credentials"
    QString agencyName;
    QString agencyContact;
    QDate date;
    /// "Changes I have made": the changes they want on their plan, newest first, when the counselor includes
    /// them (their words and when). Never one entered in error.
    struct ChangeLine {
        QString words;
        QDate on;
    };
    QList<ChangeLine> changes;
    int moreChanges = 0; ///< on-plan changes left off so the page stays one page
};

struct GoalSummaryOptions {
    /// How many of their changes a summary shows at most, so that it stays one page.
    static constexpr int kDefaultMaxChanges = 5;

    QList<GoalId> goals; ///< which goals, in this order; empty means every active goal
    bool includeSubstances = false;
    QDate date;
    bool includeChanges = false; ///< the changes they want on their plan
    int maxChanges = kDefaultMaxChanges;
};

/// Gathers a summary for one client. NotFound for an unknown client; Validation if a chosen goal is not
/// theirs.
Result<GoalSummaryData> buildGoalSummary(Domain& domain, ClientId client, const GoalSummaryOptions& options);

/// Everything the clinician-facing session note prints.
struct SessionNoteData {
    SessionRecord record;
    QString chosenName;
    QString agencyCode;
    QMap<GoalId, QString> goalWords; ///< the client's words for each goal discussed
    QString agencyName;
};

Result<SessionNoteData> buildSessionNote(Domain& domain, SessionId session);

} // namespace continuum
