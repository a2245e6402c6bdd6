// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "storage/RecordTable.h"

namespace continuum {

struct AuditEntry;

// How each kind of record is stored: one column list per table (in RecordTables.cpp), from which its
// INSERT, UPDATE, SELECT list, binds and row reader all follow. A field added to a record is one line
// there and a migration. The services keep what is theirs: validation, immutability, audit, signals.
//
// Child tables take their parent's id as ?1 and a position as ?2 (see insertChildren).

/// clients, keyed by id. sort_key is written from the chosen name and never read back.
const RecordTable<Client>& clientTable();
/// client_substances: ?1 client_id, ?2 position.
const RecordTable<SubstanceUse>& substanceTable();

/// goals: a goal's identity; its fields are its current revision's. The UPDATE keeps the goal's
/// current revision number and status in step with the revision just added.
const RecordTable<Goal>& goalTable();
/// goal_revisions, append-only.
const RecordTable<GoalRevision>& goalRevisionTable();

/// sessions: the UPDATE writes a draft's content; signed_at and signed_by are read only (set by signing).
const RecordTable<SessionRecord>& sessionTable();
/// session_goals: ?1 session_id, ?2 position.
const RecordTable<SessionGoalEntry>& sessionGoalTable();
/// talk_quotes: ?1 session_goal_id, ?2 position.
const RecordTable<TalkQuote>& talkQuoteTable();
/// balance_items: ?1 session_id, ?2 position.
const RecordTable<BalanceItem>& balanceItemTable();
/// note_sections: ?1 session_id, ?2 the section's place in its note format.
const RecordTable<NoteSection>& noteSectionTable();
/// addenda: ?1 session_id; the number is the next one for that session.
const RecordTable<Addendum>& addendumTable();

/// audit_log, append-only.
const RecordTable<AuditEntry>& auditTable();
/// counselor: the one row (id 1); written with upsertSql().
const RecordTable<Counselor>& counselorTable();
/// The counselor on record, nullopt until named (signatures, the audit log's actor).
Result<std::optional<Counselor>> readCounselor(Database& db);
/// Who did it, as records carry it: the counselor's signature ("Sam Okafor, LCSW"), or "(counselor not yet
/// named)" before Preferences names them.
QString counselorSignature(Database& db);

} // namespace continuum
