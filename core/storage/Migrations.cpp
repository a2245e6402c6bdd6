// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Migrations.h"

#include "storage/Database.h"
#include "storage/Transaction.h"

#include <array>
#include <string>

namespace continuum {

namespace {

// Migration 1: the skeleton every later schema grows from. vault_meta holds facts about the vault
// itself (when it was created, by which program version); the domain tables follow in later steps.
constexpr std::string_view kMigration1 = R"sql(
CREATE TABLE vault_meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) STRICT;
INSERT INTO vault_meta (key, value) VALUES ('schema_created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
)sql";

// Migration 2: the domain. Clients, negotiated goals with immutable revisions, MI session records with
// their instruments, addenda, the audit log, and the counselor. Rules that protect clinical integrity
// live here as triggers, so they hold even for code that bypasses the services:
//  - a signed session (and everything under it) can no longer be updated or deleted;
//  - addenda are only added, to signed sessions, and never changed;
//  - goal revisions and audit entries are append-only.
// The single way through is deleting a client for good: the service writes the client's id into
// purge_authorizations inside its transaction, and the triggers let that client's rows go.
constexpr std::string_view kMigration2 = R"sql(
CREATE TABLE counselor (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    credentials TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
) STRICT;

CREATE TABLE purge_authorizations (
    client_id INTEGER PRIMARY KEY
) STRICT;

CREATE TABLE clients (
    id                  INTEGER PRIMARY KEY,
    uuid                TEXT NOT NULL UNIQUE,
    chosen_name         TEXT NOT NULL CHECK (length(trim(chosen_name)) > 0 AND length(chosen_name) <= 120),
    sort_key            TEXT NOT NULL,
    pronouns            TEXT NOT NULL DEFAULT '',
    legal_name          TEXT NOT NULL DEFAULT '',
    birth_year          INTEGER CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2200),
    birth_date          TEXT,
    agency_code         TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    email               TEXT NOT NULL DEFAULT '',
    address             TEXT NOT NULL DEFAULT '',
    housing             TEXT NOT NULL DEFAULT '',
    housing_recorded_on TEXT,
    safety_flag         INTEGER NOT NULL DEFAULT 0 CHECK (safety_flag IN (0, 1)),
    notes               TEXT NOT NULL DEFAULT '',
    status              TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'archived')),
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
) STRICT;
CREATE INDEX clients_by_sort_key ON clients (sort_key, id);
CREATE INDEX clients_by_status ON clients (status, sort_key);

CREATE TABLE client_substances (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    substance  TEXT NOT NULL CHECK (length(trim(substance)) > 0),
    routes     TEXT NOT NULL DEFAULT '',
    prescribed INTEGER NOT NULL DEFAULT 0 CHECK (prescribed IN (0, 1))
) STRICT;
CREATE INDEX client_substances_by_client ON client_substances (client_id, position);

-- Search over names and codes; case, accents and diacritics folded by the tokenizer. Contentless: the
-- index keeps tokens, not a second copy of the names.
CREATE VIRTUAL TABLE client_search USING fts5 (
    names, legal,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TABLE sessions (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    client_id        INTEGER NOT NULL REFERENCES clients (id),
    session_date     TEXT NOT NULL,
    start_time       TEXT,
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440),
    setting          TEXT CHECK (setting IS NULL OR setting IN ('office', 'outreach', 'phone', 'video', 'home')),
    processes        TEXT NOT NULL DEFAULT '',
    note_format      TEXT NOT NULL CHECK (note_format IN ('dap', 'soap', 'birp', 'free')),
    next_steps       TEXT NOT NULL DEFAULT '',
    follow_up_date   TEXT CHECK (follow_up_date IS NULL OR follow_up_date >= session_date),
    change_plan      TEXT,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    signed_at        TEXT,
    signed_by        TEXT,
    CHECK ((signed_at IS NULL) = (signed_by IS NULL))
) STRICT;
CREATE INDEX sessions_by_client ON sessions (client_id, session_date, id);
CREATE INDEX sessions_by_follow_up ON sessions (follow_up_date) WHERE follow_up_date IS NOT NULL;
CREATE INDEX sessions_unsigned ON sessions (created_at) WHERE signed_at IS NULL;

CREATE TABLE goals (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    client_id          INTEGER NOT NULL REFERENCES clients (id),
    created_at         TEXT NOT NULL,
    created_in_session INTEGER REFERENCES sessions (id),
    -- the current state, kept equal to the latest revision for listing without a join
    current_revision   INTEGER NOT NULL DEFAULT 0,
    status             TEXT NOT NULL DEFAULT 'active'
                       CHECK (status IN ('active', 'paused', 'achieved', 'set_aside'))
) STRICT;
CREATE INDEX goals_by_client ON goals (client_id, status);

CREATE TABLE goal_revisions (
    id                 INTEGER PRIMARY KEY,
    goal_id            INTEGER NOT NULL REFERENCES goals (id),
    revision           INTEGER NOT NULL CHECK (revision >= 1),
    client_words       TEXT NOT NULL CHECK (length(trim(client_words)) > 0),
    counselor_framing  TEXT NOT NULL DEFAULT '',
    life_area          TEXT NOT NULL CHECK (life_area IN ('safety', 'health', 'housing', 'income',
                                                          'relationships', 'legal', 'substance_use', 'other')),
    continuum_position TEXT CHECK (continuum_position IS NULL
                                   OR (life_area = 'substance_use'
                                       AND continuum_position IN ('safer_use', 'managed_use', 'abstinence'))),
    why_it_matters     TEXT NOT NULL DEFAULT '',
    steps              TEXT NOT NULL DEFAULT '[]',
    who_can_help       TEXT NOT NULL DEFAULT '',
    if_it_gets_hard    TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL CHECK (status IN ('active', 'paused', 'achieved', 'set_aside')),
    status_reason      TEXT NOT NULL DEFAULT '',
    changes            TEXT NOT NULL DEFAULT '[]',
    reason             TEXT NOT NULL DEFAULT '',
    client_agreed      INTEGER NOT NULL CHECK (client_agreed IN (0, 1)),
    revised_at         TEXT NOT NULL,
    revised_by         TEXT NOT NULL,
    -- a discarded draft unlinks the revisions negotiated in it (the one update the trigger below allows)
    session_id         INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    UNIQUE (goal_id, revision)
) STRICT;

CREATE TABLE session_goals (
    id                      INTEGER PRIMARY KEY,
    session_id              INTEGER NOT NULL REFERENCES sessions (id),
    goal_id                 INTEGER NOT NULL REFERENCES goals (id),
    position                INTEGER NOT NULL,
    stage                   TEXT CHECK (stage IS NULL OR stage IN ('precontemplation', 'contemplation',
                                                                   'preparation', 'action', 'maintenance')),
    return_to_use           INTEGER NOT NULL DEFAULT 0 CHECK (return_to_use IN (0, 1)),
    importance              INTEGER CHECK (importance IS NULL OR importance BETWEEN 0 AND 10),
    importance_why_not_lower TEXT NOT NULL DEFAULT '',
    importance_what_would_help TEXT NOT NULL DEFAULT '',
    confidence              INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 10),
    confidence_why_not_lower TEXT NOT NULL DEFAULT '',
    confidence_what_would_help TEXT NOT NULL DEFAULT '',
    readiness               INTEGER CHECK (readiness IS NULL OR readiness BETWEEN 0 AND 10),
    readiness_why_not_lower TEXT NOT NULL DEFAULT '',
    readiness_what_would_help TEXT NOT NULL DEFAULT '',
    UNIQUE (session_id, goal_id)
) STRICT;
CREATE INDEX session_goals_by_goal ON session_goals (goal_id);

CREATE TABLE talk_quotes (
    id              INTEGER PRIMARY KEY,
    session_goal_id INTEGER NOT NULL REFERENCES session_goals (id),
    position        INTEGER NOT NULL,
    direction       TEXT NOT NULL CHECK (direction IN ('change', 'sustain')),
    category        TEXT NOT NULL CHECK (category IN ('desire', 'ability', 'reasons', 'need', 'commitment',
                                                      'activation', 'taking_steps')),
    quote           TEXT NOT NULL CHECK (length(trim(quote)) > 0)
) STRICT;
CREATE INDEX talk_quotes_by_entry ON talk_quotes (session_goal_id, position);

CREATE TABLE balance_items (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    position   INTEGER NOT NULL,
    box        TEXT NOT NULL CHECK (box IN ('status_quo_good', 'status_quo_not_so_good', 'change_good',
                                            'change_not_so_good')),
    item       TEXT NOT NULL CHECK (length(trim(item)) > 0)
) STRICT;
CREATE INDEX balance_items_by_session ON balance_items (session_id, position);

CREATE TABLE note_sections (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES sessions (id),
    position    INTEGER NOT NULL,
    section_key TEXT NOT NULL,
    body        TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX note_sections_by_session ON note_sections (session_id, position);

CREATE TABLE addenda (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions (id),
    number     INTEGER NOT NULL CHECK (number >= 1),
    body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
    signed_at  TEXT NOT NULL,
    signed_by  TEXT NOT NULL,
    UNIQUE (session_id, number)
) STRICT;

-- Who did what to which record, when. Never note text, never names: record ids and an action only.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    record_type TEXT NOT NULL DEFAULT '',
    record_uuid TEXT,
    client_id   INTEGER,
    detail      TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audit_by_client ON audit_log (client_id);
CREATE INDEX audit_by_at ON audit_log (at);

-- Signed sessions are immutable.
CREATE TRIGGER sessions_signed_no_update BEFORE UPDATE ON sessions
WHEN OLD.signed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;

CREATE TRIGGER sessions_signed_no_delete BEFORE DELETE ON sessions
WHEN OLD.signed_at IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM purge_authorizations WHERE client_id = OLD.client_id)
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;

CREATE TRIGGER session_goals_signed_no_insert BEFORE INSERT ON session_goals
WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;
CREATE TRIGGER session_goals_signed_no_update BEFORE UPDATE ON session_goals
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
  OR (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;
CREATE TRIGGER session_goals_signed_no_delete BEFORE DELETE ON session_goals
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM purge_authorizations p JOIN sessions s ON s.client_id = p.client_id
                 WHERE s.id = OLD.session_id)
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;

CREATE TRIGGER talk_quotes_signed_no_insert BEFORE INSERT ON talk_quotes
WHEN (SELECT s.signed_at FROM session_goals g JOIN sessions s ON s.id = g.session_id
      WHERE g.id = NEW.session_goal_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;
CREATE TRIGGER talk_quotes_signed_no_update BEFORE UPDATE ON talk_quotes
WHEN (SELECT s.signed_at FROM session_goals g JOIN sessions s ON s.id = g.session_id
      WHERE g.id = OLD.session_goal_id) IS NOT NULL
  OR (SELECT s.signed_at FROM session_goals g JOIN sessions s ON s.id = g.session_id
      WHERE g.id = NEW.session_goal_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;
CREATE TRIGGER talk_quotes_signed_no_delete BEFORE DELETE ON talk_quotes
WHEN (SELECT s.signed_at FROM session_goals g JOIN sessions s ON s.id = g.session_id
      WHERE g.id = OLD.session_goal_id) IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM purge_authorizations p JOIN sessions s ON s.client_id = p.client_id
                 JOIN session_goals g ON g.session_id = s.id WHERE g.id = OLD.session_goal_id)
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;

CREATE TRIGGER balance_items_signed_no_insert BEFORE INSERT ON balance_items
WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;
CREATE TRIGGER balance_items_signed_no_update BEFORE UPDATE ON balance_items
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
  OR (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;
CREATE TRIGGER balance_items_signed_no_delete BEFORE DELETE ON balance_items
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM purge_authorizations p JOIN sessions s ON s.client_id = p.client_id
                 WHERE s.id = OLD.session_id)
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;

CREATE TRIGGER note_sections_signed_no_insert BEFORE INSERT ON note_sections
WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;
CREATE TRIGGER note_sections_signed_no_update BEFORE UPDATE ON note_sections
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
  OR (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;
CREATE TRIGGER note_sections_signed_no_delete BEFORE DELETE ON note_sections
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM purge_authorizations p JOIN sessions s ON s.client_id = p.client_id
                 WHERE s.id = OLD.session_id)
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;

-- Addenda: only on signed sessions, never changed, removed only with their client.
CREATE TRIGGER addenda_only_on_signed BEFORE INSERT ON addenda
WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NULL
BEGIN SELECT RAISE(ABORT, 'addenda follow signed session records only'); END;
CREATE TRIGGER addenda_no_update BEFORE UPDATE ON addenda
BEGIN SELECT RAISE(ABORT, 'addenda are immutable'); END;
CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda
WHEN NOT EXISTS (SELECT 1 FROM purge_authorizations p JOIN sessions s ON s.client_id = p.client_id
                 WHERE s.id = OLD.session_id)
BEGIN SELECT RAISE(ABORT, 'addenda are immutable'); END;

-- Goal history is never rewritten.
CREATE TRIGGER goal_revisions_no_update BEFORE UPDATE ON goal_revisions
WHEN NOT (OLD.session_id IS NOT NULL AND NEW.session_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM sessions WHERE id = OLD.session_id)
          AND NEW.id = OLD.id AND NEW.goal_id = OLD.goal_id AND NEW.revision = OLD.revision
          AND NEW.client_words = OLD.client_words AND NEW.counselor_framing = OLD.counselor_framing
          AND NEW.life_area = OLD.life_area AND NEW.continuum_position IS OLD.continuum_position
          AND NEW.why_it_matters = OLD.why_it_matters AND NEW.steps = OLD.steps
          AND NEW.who_can_help = OLD.who_can_help AND NEW.if_it_gets_hard = OLD.if_it_gets_hard
          AND NEW.status = OLD.status AND NEW.status_reason = OLD.status_reason AND NEW.changes = OLD.changes
          AND NEW.reason = OLD.reason AND NEW.client_agreed = OLD.client_agreed
          AND NEW.revised_at = OLD.revised_at AND NEW.revised_by = OLD.revised_by)
BEGIN SELECT RAISE(ABORT, 'goal revisions are never rewritten'); END;
CREATE TRIGGER goal_revisions_no_delete BEFORE DELETE ON goal_revisions
WHEN NOT EXISTS (SELECT 1 FROM purge_authorizations p JOIN goals g ON g.client_id = p.client_id
                 WHERE g.id = OLD.goal_id)
BEGIN SELECT RAISE(ABORT, 'goal revisions are never rewritten'); END;

-- The audit log only grows. A purged client's entries become anonymous tombstones: the purge may clear
-- their client and record references, and nothing else.
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
WHEN NOT (OLD.client_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM purge_authorizations WHERE client_id = OLD.client_id)
          AND NEW.client_id IS NULL AND NEW.record_uuid IS NULL
          AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.actor = OLD.actor AND NEW.action = OLD.action
          AND NEW.record_type = OLD.record_type AND NEW.detail = OLD.detail)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql";

// Migration 3: the caseload list reads the next follow-up of each person's latest session from the
// index alone (it read a row of the sessions table per person: on a caseload of thousands, a hundred
// scattered pages to decrypt for one screenful), and pages through names without reading rows to
// learn their status.
constexpr std::string_view kMigration3 = R"sql(
DROP INDEX sessions_by_client;
CREATE INDEX sessions_by_client ON sessions (client_id, session_date, id, follow_up_date);
DROP INDEX clients_by_sort_key;
CREATE INDEX clients_by_sort_key ON clients (sort_key, id, status);
)sql";

// Migration 4: a draft is not a contact. Only a signed session counts (for follow-ups, last contact, not
// seen for a while, trends), and a signed session can be entered in error by a signed addendum of that
// kind: it stays in the record, but no longer counts. The rule lives in two views, so every query says it
// the same way and a later kind of contact joins `contacts` in one place:
//  - counted_sessions: signed, not entered in error (follow-ups are set by these);
//  - contacts: when the person was seen (today, only counted sessions).
// Signed rows stay untouched: addenda only gain a kind (existing ones are notes), at most one of which
// enters a session in error. The partial indexes keep the work lists reading indexes only (signed_at is
// in the sessions index too, so the views' test of it needs no table row).
constexpr std::string_view kMigration4 = R"sql(
ALTER TABLE addenda ADD COLUMN kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'entered_in_error'));
CREATE UNIQUE INDEX addenda_entered_in_error ON addenda (session_id) WHERE kind = 'entered_in_error';
CREATE INDEX sessions_signed_by_client ON sessions (client_id, session_date, id, follow_up_date, signed_at)
    WHERE signed_at IS NOT NULL;
CREATE VIEW counted_sessions (id, client_id, session_date, follow_up_date) AS
    SELECT s.id, s.client_id, s.session_date, s.follow_up_date FROM sessions s
    WHERE s.signed_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM addenda a WHERE a.session_id = s.id AND a.kind = 'entered_in_error');
CREATE VIEW contacts (client_id, contact_date) AS
    SELECT client_id, session_date FROM counted_sessions;
)sql";

// Migration 5: goals in more life areas (mental health, food, work and learning, children and family),
// "not placed yet" as a continuum position, and the client's agreement to a revision as an answer (yes,
// no, not discussed) instead of a box that was ticked by default. The CHECKs that list areas and
// positions live on goal_revisions, so the table is rebuilt: every row is copied with its id, the old
// yes/no becomes 'yes'/'no', and the append-only triggers (dropped with the old table) are created
// again, reading the new column. A first revision may be unanswered (NULL); a later one never.
constexpr std::string_view kMigration5 = R"sql(
CREATE TABLE goal_revisions_v5 (
    id                 INTEGER PRIMARY KEY,
    goal_id            INTEGER NOT NULL REFERENCES goals (id),
    revision           INTEGER NOT NULL CHECK (revision >= 1),
    client_words       TEXT NOT NULL CHECK (length(trim(client_words)) > 0),
    counselor_framing  TEXT NOT NULL DEFAULT '',
    life_area          TEXT NOT NULL CHECK (life_area IN ('safety', 'health', 'mental_health', 'housing', 'food',
                                                          'income', 'work_learning', 'relationships',
                                                          'children_family', 'legal', 'substance_use', 'other')),
    continuum_position TEXT CHECK (continuum_position IS NULL
                                   OR (life_area = 'substance_use'
                                       AND continuum_position IN ('safer_use', 'managed_use', 'abstinence',
                                                                  'not_placed'))),
    why_it_matters     TEXT NOT NULL DEFAULT '',
    steps              TEXT NOT NULL DEFAULT '[]',
    who_can_help       TEXT NOT NULL DEFAULT '',
    if_it_gets_hard    TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL CHECK (status IN ('active', 'paused', 'achieved', 'set_aside')),
    status_reason      TEXT NOT NULL DEFAULT '',
    changes            TEXT NOT NULL DEFAULT '[]',
    reason             TEXT NOT NULL DEFAULT '',
    client_agreement   TEXT CHECK (client_agreement IS NULL OR client_agreement IN ('yes', 'no', 'not_discussed')),
    revised_at         TEXT NOT NULL,
    revised_by         TEXT NOT NULL,
    -- a discarded draft unlinks the revisions negotiated in it (the one update the trigger below allows)
    session_id         INTEGER REFERENCES sessions (id) ON DELETE SET NULL,
    UNIQUE (goal_id, revision),
    CHECK (revision = 1 OR client_agreement IS NOT NULL)
) STRICT;
INSERT INTO goal_revisions_v5 (id, goal_id, revision, client_words, counselor_framing, life_area,
                               continuum_position, why_it_matters, steps, who_can_help, if_it_gets_hard, status,
                               status_reason, changes, reason, client_agreement, revised_at, revised_by, session_id)
SELECT id, goal_id, revision, client_words, counselor_framing, life_area, continuum_position, why_it_matters, steps,
       who_can_help, if_it_gets_hard, status, status_reason, changes, reason,
       CASE client_agreed WHEN 1 THEN 'yes' ELSE 'no' END, revised_at, revised_by, session_id
FROM goal_revisions ORDER BY id;
DROP TABLE goal_revisions;
ALTER TABLE goal_revisions_v5 RENAME TO goal_revisions;

CREATE TRIGGER goal_revisions_no_update BEFORE UPDATE ON goal_revisions
WHEN NOT (OLD.session_id IS NOT NULL AND NEW.session_id IS NULL
          AND NOT EXISTS (SELECT 1 FROM sessions WHERE id = OLD.session_id)
          AND NEW.id = OLD.id AND NEW.goal_id = OLD.goal_id AND NEW.revision = OLD.revision
          AND NEW.client_words = OLD.client_words AND NEW.counselor_framing = OLD.counselor_framing
          AND NEW.life_area = OLD.life_area AND NEW.continuum_position IS OLD.continuum_position
          AND NEW.why_it_matters = OLD.why_it_matters AND NEW.steps = OLD.steps
          AND NEW.who_can_help = OLD.who_can_help AND NEW.if_it_gets_hard = OLD.if_it_gets_hard
          AND NEW.status = OLD.status AND NEW.status_reason = OLD.status_reason AND NEW.changes = OLD.changes
          AND NEW.reason = OLD.reason AND NEW.client_agreement IS OLD.client_agreement
          AND NEW.revised_at = OLD.revised_at AND NEW.revised_by = OLD.revised_by)
BEGIN SELECT RAISE(ABORT, 'goal revisions are never rewritten'); END;
CREATE TRIGGER goal_revisions_no_delete BEFORE DELETE ON goal_revisions
WHEN NOT EXISTS (SELECT 1 FROM purge_authorizations p JOIN goals g ON g.client_id = p.client_id
                 WHERE g.id = OLD.goal_id)
BEGIN SELECT RAISE(ABORT, 'goal revisions are never rewritten'); END;
)sql";

// Migration 6: a name is found from the middle of a word ("mir" finds "Ramírez"). A second contentless
// index over chosen names and codes (never legal names), cut into trigrams with accents folded; the
// word-start index stays for one- and two-letter searches and for legal names.
constexpr std::string_view kMigration6 = R"sql(
CREATE VIRTUAL TABLE client_name_trigrams USING fts5 (
    names,
    content = '', contentless_delete = 1,
    tokenize = 'trigram remove_diacritics 1'
);
INSERT INTO client_name_trigrams (rowid, names)
    SELECT id, trim(chosen_name) || ' ' || trim(agency_code) FROM clients;
)sql";

constexpr std::array kMigrations{
    Migration{1, "schema skeleton", kMigration1},
    Migration{2, "clients, goals, sessions, audit", kMigration2},
    Migration{3, "indexes shaped for the caseload list", kMigration3},
    Migration{4, "only signed sessions count as contact; entered in error", kMigration4},
    Migration{5, "more life areas, not placed yet, the client's agreement as an answer", kMigration5},
    Migration{6, "names found from the middle of a word", kMigration6},
};

} // namespace

std::span<const Migration> schemaMigrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return kMigrations.back().version;
}

Status migrate(Database& db, std::span<const Migration> migrations, int upTo)
{
    auto current = db.queryInt("PRAGMA user_version");
    if (!current)
        return current.error();
    const int last = migrations.empty() ? 0 : migrations.back().version;
    if (current.value() > last) {
        return makeError(
            ErrorCode::NewerVersion,
            QStringLiteral("schema version %1 is newer than this program's %2").arg(current.value()).arg(last));
    }
    const int target = upTo < 0 ? last : upTo;
    for (const Migration& m : migrations) {
        if (m.version <= current.value() || m.version > target)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto s = db.exec(m.sql); !s)
            return makeError(s.code(), QStringLiteral("migration %1: %2").arg(m.version).arg(s.error().detail));
        // PRAGMA takes no bound parameters; the version is our own integer constant, never input.
        const std::string pragma = "PRAGMA user_version = " + std::to_string(m.version);
        if (auto s = db.exec(pragma); !s)
            return s;
        if (auto s = tx->commit(); !s)
            return s;
    }
    return {};
}

} // namespace continuum
