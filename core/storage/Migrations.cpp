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

// Migration 7: the caseload list's first screenful from a few pages (issue 17). The list showed a page of
// people in name order with their next follow-up, last contact and active goals; worked out at each
// unlock, that read a table row, a stretch of the sessions index and of the goals index per person, and the
// whole status index to count them: 431 pages to decrypt on a caseload of 10,000. Now:
//  - client_counts holds how many people have each status (the scroll bar's total), kept by triggers in
//    the transaction that adds, archives, restores or deletes someone; seeded from the rows there are;
//  - client_list_rows holds each person's row of the list, clustered in list order (sort key, id), so a
//    screenful is one short range of one b-tree. Its columns are copied from clients, and the three
//    worked-out columns are recomputed by triggers, for one person at a time, from the same views as
//    before (counted_sessions, contacts) whenever a counted session, an entered-in-error addendum or a
//    goal of theirs changes. Drafts change nothing, so an autosave pays nothing here.
// Whatever later becomes a contact (a new arm of the `contacts` view) must refresh last_contact in its
// own triggers the same way, or the list will not see it.
constexpr std::string_view kMigration7 = R"sql(
CREATE TABLE client_counts (
    status TEXT PRIMARY KEY NOT NULL CHECK (status IN ('active', 'inactive', 'archived')),
    n      INTEGER NOT NULL CHECK (n >= 0)
) STRICT, WITHOUT ROWID;
INSERT INTO client_counts (status, n)
    SELECT column1, (SELECT count(*) FROM clients WHERE status = column1)
    FROM (VALUES ('active'), ('inactive'), ('archived'));
CREATE TRIGGER client_counts_insert AFTER INSERT ON clients
BEGIN UPDATE client_counts SET n = n + 1 WHERE status = NEW.status; END;
CREATE TRIGGER client_counts_delete AFTER DELETE ON clients
BEGIN UPDATE client_counts SET n = n - 1 WHERE status = OLD.status; END;
CREATE TRIGGER client_counts_status AFTER UPDATE OF status ON clients WHEN NEW.status <> OLD.status
BEGIN
    UPDATE client_counts SET n = n - 1 WHERE status = OLD.status;
    UPDATE client_counts SET n = n + 1 WHERE status = NEW.status;
END;

CREATE TABLE client_list_rows (
    sort_key       TEXT NOT NULL,
    client_id      INTEGER NOT NULL,
    status         TEXT NOT NULL,
    chosen_name    TEXT NOT NULL,
    pronouns       TEXT NOT NULL,
    agency_code    TEXT NOT NULL,
    safety_flag    INTEGER NOT NULL,
    next_follow_up TEXT,
    last_contact   TEXT,
    active_goals   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (sort_key, client_id)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX client_list_rows_by_client ON client_list_rows (client_id);
INSERT INTO client_list_rows (sort_key, client_id, status, chosen_name, pronouns, agency_code, safety_flag,
                              next_follow_up, last_contact, active_goals)
    SELECT c.sort_key, c.id, c.status, c.chosen_name, c.pronouns, c.agency_code, c.safety_flag,
           (SELECT s.follow_up_date FROM counted_sessions s WHERE s.client_id = c.id
            ORDER BY s.session_date DESC, s.id DESC LIMIT 1),
           (SELECT max(ct.contact_date) FROM contacts ct WHERE ct.client_id = c.id),
           (SELECT count(*) FROM goals g WHERE g.client_id = c.id AND g.status = 'active')
    FROM clients c;

CREATE TRIGGER client_list_client_insert AFTER INSERT ON clients
BEGIN
    INSERT INTO client_list_rows (sort_key, client_id, status, chosen_name, pronouns, agency_code, safety_flag,
                                  next_follow_up, last_contact, active_goals)
    VALUES (NEW.sort_key, NEW.id, NEW.status, NEW.chosen_name, NEW.pronouns, NEW.agency_code, NEW.safety_flag,
            (SELECT follow_up_date FROM counted_sessions WHERE client_id = NEW.id
             ORDER BY session_date DESC, id DESC LIMIT 1),
            (SELECT max(contact_date) FROM contacts WHERE client_id = NEW.id),
            (SELECT count(*) FROM goals WHERE client_id = NEW.id AND status = 'active'));
END;
CREATE TRIGGER client_list_client_update
AFTER UPDATE OF id, sort_key, status, chosen_name, pronouns, agency_code, safety_flag ON clients
BEGIN
    UPDATE client_list_rows SET sort_key = NEW.sort_key, client_id = NEW.id, status = NEW.status,
                                chosen_name = NEW.chosen_name, pronouns = NEW.pronouns,
                                agency_code = NEW.agency_code, safety_flag = NEW.safety_flag
    WHERE client_id = OLD.id;
END;
CREATE TRIGGER client_list_client_delete AFTER DELETE ON clients
BEGIN DELETE FROM client_list_rows WHERE client_id = OLD.id; END;

CREATE TRIGGER client_list_session_insert AFTER INSERT ON sessions WHEN NEW.signed_at IS NOT NULL
BEGIN
    UPDATE client_list_rows SET
        next_follow_up = (SELECT follow_up_date FROM counted_sessions WHERE client_id = NEW.client_id
                          ORDER BY session_date DESC, id DESC LIMIT 1),
        last_contact = (SELECT max(contact_date) FROM contacts WHERE client_id = NEW.client_id)
    WHERE client_id = NEW.client_id;
END;
CREATE TRIGGER client_list_session_update AFTER UPDATE ON sessions
WHEN NEW.signed_at IS NOT NULL OR OLD.signed_at IS NOT NULL
BEGIN
    UPDATE client_list_rows SET
        next_follow_up = (SELECT follow_up_date FROM counted_sessions WHERE client_id = NEW.client_id
                          ORDER BY session_date DESC, id DESC LIMIT 1),
        last_contact = (SELECT max(contact_date) FROM contacts WHERE client_id = NEW.client_id)
    WHERE client_id = NEW.client_id;
    UPDATE client_list_rows SET
        next_follow_up = (SELECT follow_up_date FROM counted_sessions WHERE client_id = OLD.client_id
                          ORDER BY session_date DESC, id DESC LIMIT 1),
        last_contact = (SELECT max(contact_date) FROM contacts WHERE client_id = OLD.client_id)
    WHERE client_id = OLD.client_id AND OLD.client_id <> NEW.client_id;
END;
CREATE TRIGGER client_list_session_delete AFTER DELETE ON sessions WHEN OLD.signed_at IS NOT NULL
BEGIN
    UPDATE client_list_rows SET
        next_follow_up = (SELECT follow_up_date FROM counted_sessions WHERE client_id = OLD.client_id
                          ORDER BY session_date DESC, id DESC LIMIT 1),
        last_contact = (SELECT max(contact_date) FROM contacts WHERE client_id = OLD.client_id)
    WHERE client_id = OLD.client_id;
END;
CREATE TRIGGER client_list_addendum_insert AFTER INSERT ON addenda WHEN NEW.kind = 'entered_in_error'
BEGIN
    UPDATE client_list_rows SET
        next_follow_up = (SELECT follow_up_date FROM counted_sessions
                          WHERE client_id = (SELECT client_id FROM sessions WHERE id = NEW.session_id)
                          ORDER BY session_date DESC, id DESC LIMIT 1),
        last_contact = (SELECT max(contact_date) FROM contacts
                        WHERE client_id = (SELECT client_id FROM sessions WHERE id = NEW.session_id))
    WHERE client_id = (SELECT client_id FROM sessions WHERE id = NEW.session_id);
END;
CREATE TRIGGER client_list_addendum_delete AFTER DELETE ON addenda WHEN OLD.kind = 'entered_in_error'
BEGIN
    UPDATE client_list_rows SET
        next_follow_up = (SELECT follow_up_date FROM counted_sessions
                          WHERE client_id = (SELECT client_id FROM sessions WHERE id = OLD.session_id)
                          ORDER BY session_date DESC, id DESC LIMIT 1),
        last_contact = (SELECT max(contact_date) FROM contacts
                        WHERE client_id = (SELECT client_id FROM sessions WHERE id = OLD.session_id))
    WHERE client_id = (SELECT client_id FROM sessions WHERE id = OLD.session_id);
END;

CREATE TRIGGER client_list_goal_insert AFTER INSERT ON goals WHEN NEW.status = 'active'
BEGIN
    UPDATE client_list_rows SET active_goals = (SELECT count(*) FROM goals WHERE client_id = NEW.client_id
                                                AND status = 'active')
    WHERE client_id = NEW.client_id;
END;
CREATE TRIGGER client_list_goal_update AFTER UPDATE OF client_id, status ON goals
WHEN NEW.client_id <> OLD.client_id OR NEW.status <> OLD.status
BEGIN
    UPDATE client_list_rows SET active_goals = (SELECT count(*) FROM goals WHERE client_id = NEW.client_id
                                                AND status = 'active')
    WHERE client_id = NEW.client_id;
    UPDATE client_list_rows SET active_goals = (SELECT count(*) FROM goals WHERE client_id = OLD.client_id
                                                AND status = 'active')
    WHERE client_id = OLD.client_id AND OLD.client_id <> NEW.client_id;
END;
CREATE TRIGGER client_list_goal_delete AFTER DELETE ON goals WHEN OLD.status = 'active'
BEGIN
    UPDATE client_list_rows SET active_goals = (SELECT count(*) FROM goals WHERE client_id = OLD.client_id
                                                AND status = 'active')
    WHERE client_id = OLD.client_id;
END;
)sql";

// Migration 8: quick harm-reduction contacts (issue 13). A contact is recorded for a known client, a
// coded client (only the agency's code) or no one (an anonymous tally). contact_people is the only
// table that can link a contact to a person: the header and every other table hold no identifier, and a
// trigger refuses a person row for an anonymous revision. A contact is corrected by a new revision
// that carries all its rows again; revisions and their rows are never rewritten (only a client purge,
// through purge_authorizations, takes the revisions that name that client). Each row snapshots the list
// label it was recorded with, so renaming a list item never rewrites the past. The `contacts` view
// gains the known clients' counted contacts, so "last contact" and "not seen for a while" see them.
constexpr std::string_view kMigration8 = R"sql(
CREATE TABLE contact_list_items (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    list          TEXT NOT NULL CHECK (list IN ('supply', 'naloxone_product', 'checking_method', 'referral_type')),
    label         TEXT NOT NULL CHECK (length(trim(label)) > 0),
    doses_per_kit INTEGER CHECK (doses_per_kit IS NULL OR doses_per_kit >= 1), -- naloxone products only
    position      INTEGER NOT NULL,
    retired       INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    created_at    TEXT NOT NULL,
    CHECK (list = 'naloxone_product' OR doses_per_kit IS NULL)
) STRICT;
CREATE INDEX contact_list_items_by_list ON contact_list_items (list, position, id);
CREATE TRIGGER contact_list_items_no_delete BEFORE DELETE ON contact_list_items
BEGIN SELECT RAISE(ABORT, 'list items are retired, never deleted'); END;
CREATE TRIGGER contact_list_items_fixed_list BEFORE UPDATE OF list, uuid ON contact_list_items
WHEN NEW.list <> OLD.list OR NEW.uuid <> OLD.uuid
BEGIN SELECT RAISE(ABORT, 'a list item stays in its list'); END;

INSERT INTO contact_list_items (uuid, list, label, doses_per_kit, position, created_at)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
           || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
           || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
       column1, column2, column3, column4, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM (VALUES
    ('supply', 'Syringes', NULL, 1), ('supply', 'Cookers', NULL, 2), ('supply', 'Cottons/filters', NULL, 3),
    ('supply', 'Pipes', NULL, 4), ('supply', 'Straws', NULL, 5), ('supply', 'Test strips', NULL, 6),
    ('supply', 'Wound care', NULL, 7), ('supply', 'Safer-sex supplies', NULL, 8), ('supply', 'Hygiene', NULL, 9),
    ('supply', 'Food', NULL, 10), ('supply', 'Sharps container', NULL, 11),
    ('naloxone_product', 'Nasal 4 mg', 2, 1), ('naloxone_product', 'Nasal 8 mg', 2, 2),
    ('naloxone_product', 'Intramuscular', 3, 3), ('naloxone_product', 'Other', 1, 4),
    ('checking_method', 'Fentanyl test strip', NULL, 1), ('checking_method', 'Xylazine test strip', NULL, 2),
    ('checking_method', 'Nitazene test strip', NULL, 3), ('checking_method', 'Reagent test', NULL, 4),
    ('checking_method', 'FTIR', NULL, 5),
    ('referral_type', 'Medical care', NULL, 1), ('referral_type', 'Treatment for substance use', NULL, 2),
    ('referral_type', 'Medication for opioid use disorder', NULL, 3), ('referral_type', 'Mental health', NULL, 4),
    ('referral_type', 'Housing', NULL, 5), ('referral_type', 'Food', NULL, 6), ('referral_type', 'Legal help', NULL, 7),
    ('referral_type', 'Benefits', NULL, 8), ('referral_type', 'Wound care', NULL, 9),
    ('referral_type', 'Testing for HIV/hepatitis C', NULL, 10), ('referral_type', 'Other', NULL, 11));

-- The header holds no identifier of a person.
CREATE TABLE contact_records (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    current_revision INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE contact_revisions (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contact_records (id),
    revision         INTEGER NOT NULL CHECK (revision >= 1),
    identity         TEXT NOT NULL CHECK (identity IN ('known', 'coded', 'anonymous')),
    occurred_at      TEXT NOT NULL, -- UTC ISO-8601
    occurred_on      TEXT NOT NULL, -- the counselor's local date, what reports and Today group by
    setting          TEXT CHECK (setting IS NULL OR setting IN ('outreach', 'drop_in', 'office', 'phone', 'home',
                                                                'other')),
    duration_minutes INTEGER CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 1440),
    naloxone_shown   INTEGER CHECK (naloxone_shown IS NULL OR naloxone_shown IN (0, 1)),
    note             TEXT NOT NULL DEFAULT '' CHECK (identity <> 'anonymous' OR note = ''),
    status           TEXT NOT NULL DEFAULT 'counted' CHECK (status IN ('counted', 'entered_in_error')),
    reason           TEXT NOT NULL DEFAULT '' CHECK (revision = 1 OR length(trim(reason)) > 0),
    revised_at       TEXT NOT NULL,
    revised_by       TEXT NOT NULL,
    UNIQUE (contact_id, revision)
) STRICT;
-- (contact_id, revision) is indexed by its UNIQUE constraint; this one serves reports, Today and the list.
CREATE INDEX contact_revisions_by_day ON contact_revisions (occurred_on, occurred_at, contact_id);

-- The only table that links a contact to a person.
CREATE TABLE contact_people (
    revision_id INTEGER PRIMARY KEY REFERENCES contact_revisions (id),
    client_id   INTEGER REFERENCES clients (id),
    client_code TEXT,
    CHECK ((client_id IS NULL) <> (client_code IS NULL)),
    CHECK (client_code IS NULL OR length(trim(client_code)) BETWEEN 1 AND 40)
) STRICT;
CREATE INDEX contact_people_by_client ON contact_people (client_id, revision_id) WHERE client_id IS NOT NULL;
CREATE INDEX contact_people_by_code ON contact_people (client_code, revision_id) WHERE client_code IS NOT NULL;

CREATE TABLE contact_supplies (
    id          INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES contact_revisions (id),
    item_id     INTEGER NOT NULL REFERENCES contact_list_items (id),
    label       TEXT NOT NULL,
    quantity    INTEGER NOT NULL CHECK (quantity >= 1)
) STRICT;
CREATE INDEX contact_supplies_by_revision ON contact_supplies (revision_id);

-- Doses given = kits * doses_per_kit + single_doses (doses_per_kit snapshotted like the label).
CREATE TABLE contact_naloxone (
    id            INTEGER PRIMARY KEY,
    revision_id   INTEGER NOT NULL REFERENCES contact_revisions (id),
    item_id       INTEGER NOT NULL REFERENCES contact_list_items (id),
    label         TEXT NOT NULL,
    doses_per_kit INTEGER NOT NULL CHECK (doses_per_kit >= 1),
    kits          INTEGER NOT NULL DEFAULT 0 CHECK (kits >= 0),
    single_doses  INTEGER NOT NULL DEFAULT 0 CHECK (single_doses >= 0),
    CHECK (kits + single_doses >= 1)
) STRICT;
CREATE INDEX contact_naloxone_by_revision ON contact_naloxone (revision_id);

CREATE TABLE contact_drug_checks (
    id                 INTEGER PRIMARY KEY,
    revision_id        INTEGER NOT NULL REFERENCES contact_revisions (id),
    item_id            INTEGER NOT NULL REFERENCES contact_list_items (id),
    label              TEXT NOT NULL,
    expected           TEXT NOT NULL DEFAULT '',
    result             TEXT CHECK (result IS NULL OR result IN ('positive', 'negative', 'invalid', 'not_sure')),
    plan_words         TEXT NOT NULL DEFAULT '',
    plan_use_less      INTEGER NOT NULL DEFAULT 0 CHECK (plan_use_less IN (0, 1)),
    plan_with_someone  INTEGER NOT NULL DEFAULT 0 CHECK (plan_with_someone IN (0, 1)),
    plan_naloxone_near INTEGER NOT NULL DEFAULT 0 CHECK (plan_naloxone_near IN (0, 1)),
    plan_not_use       INTEGER NOT NULL DEFAULT 0 CHECK (plan_not_use IN (0, 1)),
    plan_no_change     INTEGER NOT NULL DEFAULT 0 CHECK (plan_no_change IN (0, 1))
) STRICT;
CREATE INDEX contact_drug_checks_by_revision ON contact_drug_checks (revision_id);

-- A reversal is an overdose with naloxone_doses >= 1 and outcome in ('survived', 'went_to_hospital').
CREATE TABLE contact_overdoses (
    id             INTEGER PRIMARY KEY,
    revision_id    INTEGER NOT NULL REFERENCES contact_revisions (id),
    whose          TEXT NOT NULL CHECK (whose IN ('witnessed', 'own')),
    occurred_on    TEXT,
    naloxone_doses INTEGER CHECK (naloxone_doses IS NULL OR naloxone_doses >= 0),
    called_911     INTEGER CHECK (called_911 IS NULL OR called_911 IN (0, 1)),
    outcome        TEXT CHECK (outcome IS NULL OR outcome IN ('survived', 'went_to_hospital', 'died', 'not_known'))
) STRICT;
CREATE INDEX contact_overdoses_by_revision ON contact_overdoses (revision_id);

CREATE TABLE contact_referrals (
    id            INTEGER PRIMARY KEY,
    revision_id   INTEGER NOT NULL REFERENCES contact_revisions (id),
    referral_uuid TEXT NOT NULL, -- stable across revisions of the contact
    item_id       INTEGER NOT NULL REFERENCES contact_list_items (id),
    label         TEXT NOT NULL
) STRICT;
CREATE INDEX contact_referrals_by_revision ON contact_referrals (revision_id);
CREATE INDEX contact_referrals_by_uuid ON contact_referrals (referral_uuid);

-- Append-only; the latest per referral_uuid counts.
CREATE TABLE referral_outcomes (
    id            INTEGER PRIMARY KEY,
    referral_uuid TEXT NOT NULL,
    outcome       TEXT NOT NULL CHECK (outcome IN ('connected', 'not_connected', 'still_waiting', 'declined')),
    recorded_at   TEXT NOT NULL,
    recorded_by   TEXT NOT NULL
) STRICT;
CREATE INDEX referral_outcomes_by_referral ON referral_outcomes (referral_uuid, id);

-- A revision is written after the one before it; its rows and person come with it, before the header
-- points at it. Once the header points at a revision, nothing is added to it.
CREATE TRIGGER contact_revisions_in_order BEFORE INSERT ON contact_revisions
WHEN NEW.revision <> coalesce((SELECT current_revision FROM contact_records WHERE id = NEW.contact_id), -1) + 1
BEGIN SELECT RAISE(ABORT, 'a contact revision follows the current one'); END;
CREATE TRIGGER contact_records_advance BEFORE UPDATE ON contact_records
WHEN NEW.id <> OLD.id OR NEW.uuid <> OLD.uuid OR NEW.created_at <> OLD.created_at
  OR NEW.created_by <> OLD.created_by OR NEW.current_revision <> OLD.current_revision + 1
  OR NOT EXISTS (SELECT 1 FROM contact_revisions WHERE contact_id = NEW.id AND revision = NEW.current_revision)
BEGIN SELECT RAISE(ABORT, 'a contact moves only to its next revision'); END;
CREATE TRIGGER contact_records_person_present BEFORE UPDATE ON contact_records
WHEN EXISTS (SELECT 1 FROM contact_revisions r WHERE r.contact_id = NEW.id AND r.revision = NEW.current_revision
             AND r.identity <> 'anonymous' AND NOT EXISTS (SELECT 1 FROM contact_people p WHERE p.revision_id = r.id))
BEGIN SELECT RAISE(ABORT, 'a known or coded contact names its person'); END;

CREATE TRIGGER contact_people_matches_identity BEFORE INSERT ON contact_people
WHEN coalesce((SELECT CASE r.identity WHEN 'known' THEN NEW.client_id IS NOT NULL
                                      WHEN 'coded' THEN NEW.client_code IS NOT NULL
                                      ELSE 0 END
               FROM contact_revisions r WHERE r.id = NEW.revision_id), 0) = 0
BEGIN SELECT RAISE(ABORT, 'an anonymous contact names no one; a known one names a client, a coded one a code'); END;

-- Revisions, their person and their rows are never rewritten. A purge (purge_authorizations) deletes
-- the revisions that name the purged client, and every revision of a contact whose current revision
-- names them; their person rows go after them.
CREATE TRIGGER contact_revisions_no_update BEFORE UPDATE ON contact_revisions
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_revisions_no_delete BEFORE DELETE ON contact_revisions
WHEN NOT EXISTS (SELECT 1 FROM contact_people cp JOIN purge_authorizations pa ON pa.client_id = cp.client_id
                 WHERE cp.revision_id = OLD.id)
 AND NOT EXISTS (SELECT 1 FROM contact_records c
                 JOIN contact_revisions r ON r.contact_id = c.id AND r.revision = c.current_revision
                 JOIN contact_people cp ON cp.revision_id = r.id
                 JOIN purge_authorizations pa ON pa.client_id = cp.client_id WHERE c.id = OLD.contact_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;

CREATE TRIGGER contact_people_no_insert_published BEFORE INSERT ON contact_people
WHEN (SELECT r.revision <= c.current_revision FROM contact_revisions r JOIN contact_records c ON c.id = r.contact_id
      WHERE r.id = NEW.revision_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_people_no_update BEFORE UPDATE ON contact_people
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_people_no_delete BEFORE DELETE ON contact_people
WHEN NOT EXISTS (SELECT 1 FROM purge_authorizations WHERE client_id = OLD.client_id)
 AND NOT (EXISTS (SELECT 1 FROM purge_authorizations)
          AND NOT EXISTS (SELECT 1 FROM contact_revisions WHERE id = OLD.revision_id))
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;

CREATE TRIGGER referral_outcomes_no_update BEFORE UPDATE ON referral_outcomes
BEGIN SELECT RAISE(ABORT, 'referral outcomes are added, never rewritten'); END;
CREATE TRIGGER referral_outcomes_no_delete BEFORE DELETE ON referral_outcomes
WHEN NOT (EXISTS (SELECT 1 FROM purge_authorizations)
          AND NOT EXISTS (SELECT 1 FROM contact_referrals WHERE referral_uuid = OLD.referral_uuid))
BEGIN SELECT RAISE(ABORT, 'referral outcomes are added, never rewritten'); END;

-- The rows of a revision follow the same rules as the revision.
CREATE TRIGGER contact_supplies_no_insert_published BEFORE INSERT ON contact_supplies
WHEN (SELECT r.revision <= c.current_revision FROM contact_revisions r JOIN contact_records c ON c.id = r.contact_id
      WHERE r.id = NEW.revision_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_supplies_no_update BEFORE UPDATE ON contact_supplies
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_supplies_no_delete BEFORE DELETE ON contact_supplies
WHEN NOT EXISTS (SELECT 1 FROM contact_people cp JOIN purge_authorizations pa ON pa.client_id = cp.client_id
                 WHERE cp.revision_id = OLD.revision_id)
 AND NOT EXISTS (SELECT 1 FROM contact_revisions o JOIN contact_records c ON c.id = o.contact_id
                 JOIN contact_revisions r ON r.contact_id = c.id AND r.revision = c.current_revision
                 JOIN contact_people cp ON cp.revision_id = r.id
                 JOIN purge_authorizations pa ON pa.client_id = cp.client_id WHERE o.id = OLD.revision_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_naloxone_no_insert_published BEFORE INSERT ON contact_naloxone
WHEN (SELECT r.revision <= c.current_revision FROM contact_revisions r JOIN contact_records c ON c.id = r.contact_id
      WHERE r.id = NEW.revision_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_naloxone_no_update BEFORE UPDATE ON contact_naloxone
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_naloxone_no_delete BEFORE DELETE ON contact_naloxone
WHEN NOT EXISTS (SELECT 1 FROM contact_people cp JOIN purge_authorizations pa ON pa.client_id = cp.client_id
                 WHERE cp.revision_id = OLD.revision_id)
 AND NOT EXISTS (SELECT 1 FROM contact_revisions o JOIN contact_records c ON c.id = o.contact_id
                 JOIN contact_revisions r ON r.contact_id = c.id AND r.revision = c.current_revision
                 JOIN contact_people cp ON cp.revision_id = r.id
                 JOIN purge_authorizations pa ON pa.client_id = cp.client_id WHERE o.id = OLD.revision_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_drug_checks_no_insert_published BEFORE INSERT ON contact_drug_checks
WHEN (SELECT r.revision <= c.current_revision FROM contact_revisions r JOIN contact_records c ON c.id = r.contact_id
      WHERE r.id = NEW.revision_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_drug_checks_no_update BEFORE UPDATE ON contact_drug_checks
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_drug_checks_no_delete BEFORE DELETE ON contact_drug_checks
WHEN NOT EXISTS (SELECT 1 FROM contact_people cp JOIN purge_authorizations pa ON pa.client_id = cp.client_id
                 WHERE cp.revision_id = OLD.revision_id)
 AND NOT EXISTS (SELECT 1 FROM contact_revisions o JOIN contact_records c ON c.id = o.contact_id
                 JOIN contact_revisions r ON r.contact_id = c.id AND r.revision = c.current_revision
                 JOIN contact_people cp ON cp.revision_id = r.id
                 JOIN purge_authorizations pa ON pa.client_id = cp.client_id WHERE o.id = OLD.revision_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_overdoses_no_insert_published BEFORE INSERT ON contact_overdoses
WHEN (SELECT r.revision <= c.current_revision FROM contact_revisions r JOIN contact_records c ON c.id = r.contact_id
      WHERE r.id = NEW.revision_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_overdoses_no_update BEFORE UPDATE ON contact_overdoses
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_overdoses_no_delete BEFORE DELETE ON contact_overdoses
WHEN NOT EXISTS (SELECT 1 FROM contact_people cp JOIN purge_authorizations pa ON pa.client_id = cp.client_id
                 WHERE cp.revision_id = OLD.revision_id)
 AND NOT EXISTS (SELECT 1 FROM contact_revisions o JOIN contact_records c ON c.id = o.contact_id
                 JOIN contact_revisions r ON r.contact_id = c.id AND r.revision = c.current_revision
                 JOIN contact_people cp ON cp.revision_id = r.id
                 JOIN purge_authorizations pa ON pa.client_id = cp.client_id WHERE o.id = OLD.revision_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_referrals_no_insert_published BEFORE INSERT ON contact_referrals
WHEN (SELECT r.revision <= c.current_revision FROM contact_revisions r JOIN contact_records c ON c.id = r.contact_id
      WHERE r.id = NEW.revision_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_referrals_no_update BEFORE UPDATE ON contact_referrals
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;
CREATE TRIGGER contact_referrals_no_delete BEFORE DELETE ON contact_referrals
WHEN NOT EXISTS (SELECT 1 FROM contact_people cp JOIN purge_authorizations pa ON pa.client_id = cp.client_id
                 WHERE cp.revision_id = OLD.revision_id)
 AND NOT EXISTS (SELECT 1 FROM contact_revisions o JOIN contact_records c ON c.id = o.contact_id
                 JOIN contact_revisions r ON r.contact_id = c.id AND r.revision = c.current_revision
                 JOIN contact_people cp ON cp.revision_id = r.id
                 JOIN purge_authorizations pa ON pa.client_id = cp.client_id WHERE o.id = OLD.revision_id)
BEGIN SELECT RAISE(ABORT, 'contact revisions are never rewritten'); END;

-- What the reports read: each contact's current revision, if it counts.
CREATE VIEW current_contact_revisions (contact_id, revision_id, uuid, identity, occurred_on, setting, duration_minutes,
                                       naloxone_shown, person_key) AS
    SELECT c.id, r.id, c.uuid, r.identity, r.occurred_on, r.setting, r.duration_minutes, r.naloxone_shown,
           CASE WHEN p.client_id IS NOT NULL THEN 'client:' || p.client_id
                WHEN p.client_code IS NOT NULL THEN 'code:' || p.client_code END
    FROM contact_revisions r
    JOIN contact_records c ON c.id = r.contact_id AND c.current_revision = r.revision
    LEFT JOIN contact_people p ON p.revision_id = r.id
    WHERE r.status = 'counted';

-- A known client's counted contacts, apart: a query that looks up one person at a time from a column of
-- another table (c.id) reads this and counted_sessions one by one, because SQLite cannot push such a term
-- into a UNION ALL view and would read all of `contacts` instead. `contacts` itself is for lookups by a
-- value (a bound id, NEW.client_id in a trigger), which reach both arms' indexes.
CREATE VIEW known_client_contacts (client_id, contact_date) AS
    SELECT p.client_id, r.occurred_on FROM contact_people p
    JOIN contact_revisions r ON r.id = p.revision_id
    JOIN contact_records c ON c.id = r.contact_id AND c.current_revision = r.revision
    WHERE p.client_id IS NOT NULL AND r.status = 'counted';
DROP VIEW contacts;
CREATE VIEW contacts (client_id, contact_date) AS
    SELECT client_id, session_date FROM counted_sessions
    UNION ALL
    SELECT client_id, contact_date FROM known_client_contacts;

-- The caseload list's last contact (client_list_rows, migration 7) follows a known client's contacts. A new
-- contact can only move it later (one row, whatever the person's history); a correction or an entry in error
-- works it out again, for the client the revision before named and the client the contact names now.
CREATE TRIGGER client_list_contact_new AFTER UPDATE OF current_revision ON contact_records
WHEN OLD.current_revision = 0
BEGIN
    UPDATE client_list_rows SET
        last_contact = nullif(max(coalesce(last_contact, ''),
                                  coalesce((SELECT r.occurred_on FROM contact_revisions r
                                            WHERE r.contact_id = NEW.id AND r.revision = NEW.current_revision
                                              AND r.status = 'counted'), '')), '')
    WHERE client_id = (SELECT p.client_id FROM contact_revisions r JOIN contact_people p ON p.revision_id = r.id
                       WHERE r.contact_id = NEW.id AND r.revision = NEW.current_revision);
END;
CREATE TRIGGER client_list_contact_revision AFTER UPDATE OF current_revision ON contact_records
WHEN OLD.current_revision > 0
BEGIN
    UPDATE client_list_rows SET
        last_contact = (SELECT max(contact_date) FROM contacts WHERE client_id =
                            (SELECT p.client_id FROM contact_revisions r JOIN contact_people p ON p.revision_id = r.id
                             WHERE r.contact_id = NEW.id AND r.revision = NEW.current_revision))
    WHERE client_id = (SELECT p.client_id FROM contact_revisions r JOIN contact_people p ON p.revision_id = r.id
                       WHERE r.contact_id = NEW.id AND r.revision = NEW.current_revision);
    UPDATE client_list_rows SET
        last_contact = (SELECT max(contact_date) FROM contacts WHERE client_id =
                            (SELECT p.client_id FROM contact_revisions r JOIN contact_people p ON p.revision_id = r.id
                             WHERE r.contact_id = NEW.id AND r.revision = OLD.current_revision))
    WHERE client_id = (SELECT p.client_id FROM contact_revisions r JOIN contact_people p ON p.revision_id = r.id
                       WHERE r.contact_id = NEW.id AND r.revision = OLD.current_revision);
END;
)sql";

// Migration 9: reports read a few pages per contact (issue 13). A report over five years of a busy program
// read each contact's current revision through current_contact_revisions: a row of contact_revisions, its
// header and its person, three lookups per contact, 1.2 s for 500,000 contacts. contact_report_rows holds one
// row per contact whose current revision counts, kept by triggers when a contact moves to a new revision or a
// purge deletes one, and its index on the day covers every column a report groups by, so a period is one range
// of one index. It names no one: the person stays in contact_people, joined only by the counts of people. The
// rows of a revision are read by covering indexes too, and a period's signed sessions by their date.
constexpr std::string_view kMigration9 = R"sql(
CREATE TABLE contact_report_rows (
    revision_id    INTEGER PRIMARY KEY,
    contact_id     INTEGER NOT NULL UNIQUE,
    identity       TEXT NOT NULL CHECK (identity IN ('known', 'coded', 'anonymous')),
    occurred_on    TEXT NOT NULL,
    setting        TEXT,
    naloxone_shown INTEGER
) STRICT;
CREATE INDEX contact_report_rows_by_day
    ON contact_report_rows (occurred_on, identity, setting, naloxone_shown, contact_id);
INSERT INTO contact_report_rows (revision_id, contact_id, identity, occurred_on, setting, naloxone_shown)
    SELECT revision_id, contact_id, identity, occurred_on, setting, naloxone_shown FROM current_contact_revisions;

CREATE TRIGGER contact_report_rows_follow AFTER UPDATE OF current_revision ON contact_records
BEGIN
    DELETE FROM contact_report_rows WHERE contact_id = NEW.id;
    INSERT INTO contact_report_rows (revision_id, contact_id, identity, occurred_on, setting, naloxone_shown)
        SELECT r.id, r.contact_id, r.identity, r.occurred_on, r.setting, r.naloxone_shown FROM contact_revisions r
        WHERE r.contact_id = NEW.id AND r.revision = NEW.current_revision AND r.status = 'counted';
END;
CREATE TRIGGER contact_report_rows_purged AFTER DELETE ON contact_revisions
BEGIN
    DELETE FROM contact_report_rows WHERE revision_id = OLD.id;
END;

DROP INDEX contact_supplies_by_revision;
CREATE INDEX contact_supplies_by_revision ON contact_supplies (revision_id, label, quantity);
DROP INDEX contact_naloxone_by_revision;
CREATE INDEX contact_naloxone_by_revision
    ON contact_naloxone (revision_id, label, kits, doses_per_kit, single_doses);

-- The signed sessions of a period (counted_sessions by date) from one range of an index, not every session.
CREATE INDEX sessions_signed_by_date ON sessions (session_date, client_id) WHERE signed_at IS NOT NULL;
)sql";

// Migration 10: the counselor's own practice (issue 15). A self-review of a session belongs to the counselor,
// never to the person's chart: nothing that prints, exports or reports a record reads these tables. It can
// be written for a draft or a signed session and edited later (updated_at); a signed session stays frozen,
// since nothing here changes its rows. The MIA:STEP ratings (public domain) rate MI-consistent items for
// how much (adherence) and how well (competence), MI-inconsistent items for how much only; the MITI 4.2.1
// globals and counts exist only when the counselor coded a recording. The skills plan is a list of
// revisions, never rewritten. The person's own rating of a session (entered by them in client mode) sits
// with the session like other draft content: written only while the session is a draft, frozen once it is
// signed. Every row goes with its session when a draft is discarded or a client purged (ON DELETE CASCADE).
constexpr std::string_view kMigration10 = R"sql(
CREATE TABLE self_reviews (
    id                       INTEGER PRIMARY KEY,
    uuid                     TEXT NOT NULL UNIQUE,
    session_id               INTEGER NOT NULL UNIQUE REFERENCES sessions (id) ON DELETE CASCADE,
    reviewer                 TEXT NOT NULL CHECK (length(trim(reviewer)) > 0),
    created_at               TEXT NOT NULL,
    updated_at               TEXT NOT NULL CHECK (updated_at >= created_at),
    coded_recording          INTEGER NOT NULL DEFAULT 0 CHECK (coded_recording IN (0, 1)),
    cultivating_change_talk  INTEGER CHECK (cultivating_change_talk IS NULL OR cultivating_change_talk BETWEEN 1 AND 5),
    softening_sustain_talk   INTEGER CHECK (softening_sustain_talk IS NULL OR softening_sustain_talk BETWEEN 1 AND 5),
    partnership              INTEGER CHECK (partnership IS NULL OR partnership BETWEEN 1 AND 5),
    empathy                  INTEGER CHECK (empathy IS NULL OR empathy BETWEEN 1 AND 5),
    giving_information       INTEGER CHECK (giving_information IS NULL OR giving_information BETWEEN 0 AND 9999),
    persuade                 INTEGER CHECK (persuade IS NULL OR persuade BETWEEN 0 AND 9999),
    persuade_with_permission INTEGER CHECK (persuade_with_permission IS NULL
                                            OR persuade_with_permission BETWEEN 0 AND 9999),
    question                 INTEGER CHECK (question IS NULL OR question BETWEEN 0 AND 9999),
    simple_reflection        INTEGER CHECK (simple_reflection IS NULL OR simple_reflection BETWEEN 0 AND 9999),
    complex_reflection       INTEGER CHECK (complex_reflection IS NULL OR complex_reflection BETWEEN 0 AND 9999),
    affirm                   INTEGER CHECK (affirm IS NULL OR affirm BETWEEN 0 AND 9999),
    seeking_collaboration    INTEGER CHECK (seeking_collaboration IS NULL OR seeking_collaboration BETWEEN 0 AND 9999),
    emphasizing_autonomy     INTEGER CHECK (emphasizing_autonomy IS NULL OR emphasizing_autonomy BETWEEN 0 AND 9999),
    confront                 INTEGER CHECK (confront IS NULL OR confront BETWEEN 0 AND 9999),
    note                     TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
    CHECK (coded_recording = 1
           OR (cultivating_change_talk IS NULL AND softening_sustain_talk IS NULL AND partnership IS NULL
               AND empathy IS NULL AND giving_information IS NULL AND persuade IS NULL
               AND persuade_with_permission IS NULL AND question IS NULL AND simple_reflection IS NULL
               AND complex_reflection IS NULL AND affirm IS NULL AND seeking_collaboration IS NULL
               AND emphasizing_autonomy IS NULL AND confront IS NULL))
) STRICT;

CREATE TABLE self_review_ratings (
    id             INTEGER PRIMARY KEY,
    self_review_id INTEGER NOT NULL REFERENCES self_reviews (id) ON DELETE CASCADE,
    item           TEXT NOT NULL CHECK (item IN ('mi_spirit', 'open_questions', 'affirmations', 'reflections',
                                                 'fostering_collaboration', 'motivation_to_change',
                                                 'developing_discrepancy', 'pros_and_cons', 'change_planning',
                                                 'client_centred_feedback', 'unsolicited_advice',
                                                 'emphasis_on_abstinence', 'confrontation', 'powerlessness',
                                                 'asserting_authority', 'closed_questions')),
    adherence      INTEGER CHECK (adherence IS NULL OR adherence BETWEEN 1 AND 7),
    competence     INTEGER CHECK (competence IS NULL OR competence BETWEEN 1 AND 7),
    CHECK (adherence IS NOT NULL OR competence IS NOT NULL),
    -- MI-inconsistent behaviours are rated for how much only
    CHECK (competence IS NULL OR item IN ('mi_spirit', 'open_questions', 'affirmations', 'reflections',
                                          'fostering_collaboration', 'motivation_to_change',
                                          'developing_discrepancy', 'pros_and_cons', 'change_planning',
                                          'client_centred_feedback')),
    UNIQUE (self_review_id, item)
) STRICT;

CREATE TABLE skills_plans (
    id          INTEGER PRIMARY KEY,
    revision    INTEGER NOT NULL UNIQUE CHECK (revision >= 1),
    plan        TEXT NOT NULL DEFAULT '' CHECK (length(plan) <= 4000),
    next_review TEXT CHECK (next_review IS NULL OR date(next_review) IS next_review),
    revised_at  TEXT NOT NULL,
    revised_by  TEXT NOT NULL
) STRICT;
CREATE TRIGGER skills_plans_no_update BEFORE UPDATE ON skills_plans
BEGIN SELECT RAISE(ABORT, 'skills plan revisions are never rewritten'); END;
CREATE TRIGGER skills_plans_no_delete BEFORE DELETE ON skills_plans
BEGIN SELECT RAISE(ABORT, 'skills plan revisions are never rewritten'); END;

CREATE TABLE session_client_ratings (
    id                     INTEGER PRIMARY KEY,
    session_id             INTEGER NOT NULL UNIQUE REFERENCES sessions (id) ON DELETE CASCADE,
    listened               INTEGER CHECK (listened IS NULL OR listened BETWEEN 1 AND 5),
    worked_on_what_matters INTEGER CHECK (worked_on_what_matters IS NULL OR worked_on_what_matters BETWEEN 1 AND 5),
    more_able              INTEGER CHECK (more_able IS NULL OR more_able BETWEEN 1 AND 5),
    entered_by             TEXT NOT NULL DEFAULT 'person' CHECK (entered_by = 'person'),
    entered_at             TEXT NOT NULL,
    CHECK (listened IS NOT NULL OR worked_on_what_matters IS NOT NULL OR more_able IS NOT NULL)
) STRICT;
CREATE TRIGGER session_client_ratings_signed_no_insert BEFORE INSERT ON session_client_ratings
WHEN (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;
CREATE TRIGGER session_client_ratings_signed_no_update BEFORE UPDATE ON session_client_ratings
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
  OR (SELECT signed_at FROM sessions WHERE id = NEW.session_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;
CREATE TRIGGER session_client_ratings_signed_no_delete BEFORE DELETE ON session_client_ratings
WHEN (SELECT signed_at FROM sessions WHERE id = OLD.session_id) IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM purge_authorizations p JOIN sessions s ON s.client_id = p.client_id
                 WHERE s.id = OLD.session_id)
BEGIN SELECT RAISE(ABORT, 'signed session records are immutable; add an addendum'); END;
)sql";

// Migration 11: the person's own voice about their progress (issue 15). The changes they count, in their
// words, each a header (whose they are, where they were added) and immutable revisions (a correction or
// "entered in error" is a new revision; the earlier wording stays). The steps they set for a goal (a
// ladder): each set of steps a new revision, never rewritten, and the marks of where they are, each naming
// a step of the set it was made on, so old marks stay readable after the steps change. A mark is never
// rewritten either: it can only be marked entered in error, once, with a reason.
// What goes with what: a change or a mark added in a session goes with that session (a discarded draft
// takes them along, as it takes everything in it; a signed session is removed only with its client); one
// added in a contact only loses the link if that contact goes (a purge of whoever the contact names now);
// the steps go with their goal; everything of a client goes when the client is removed for good.
constexpr std::string_view kMigration11 = R"sql(
CREATE TABLE positive_changes (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    client_id        INTEGER NOT NULL REFERENCES clients (id) ON DELETE CASCADE,
    session_id       INTEGER REFERENCES sessions (id) ON DELETE CASCADE,
    contact_id       INTEGER REFERENCES contact_records (id) ON DELETE SET NULL,
    created_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL,
    current_revision INTEGER NOT NULL DEFAULT 0,
    CHECK (session_id IS NULL OR contact_id IS NULL)
) STRICT;
CREATE INDEX positive_changes_by_client ON positive_changes (client_id, id);
CREATE INDEX positive_changes_by_session ON positive_changes (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX positive_changes_by_contact ON positive_changes (contact_id) WHERE contact_id IS NOT NULL;

CREATE TABLE positive_change_revisions (
    id         INTEGER PRIMARY KEY,
    change_id  INTEGER NOT NULL REFERENCES positive_changes (id) ON DELETE CASCADE,
    revision   INTEGER NOT NULL CHECK (revision >= 1),
    words      TEXT NOT NULL CHECK (length(trim(words)) > 0 AND length(words) <= 1000),
    noticed_on TEXT NOT NULL CHECK (date(noticed_on) IS noticed_on),
    on_plan    INTEGER NOT NULL CHECK (on_plan IN (0, 1)),
    status     TEXT NOT NULL DEFAULT 'recorded' CHECK (status IN ('recorded', 'entered_in_error')),
    reason     TEXT NOT NULL DEFAULT '' CHECK (status = 'recorded' OR length(trim(reason)) > 0),
    revised_at TEXT NOT NULL,
    revised_by TEXT NOT NULL,
    UNIQUE (change_id, revision)
) STRICT;

-- A revision follows the current one, and nothing follows "entered in error". The header moves only to
-- the revision just written; the one other change it takes is losing the link to a contact that is gone.
CREATE TRIGGER positive_change_revisions_in_order BEFORE INSERT ON positive_change_revisions
WHEN NEW.revision <> coalesce((SELECT current_revision FROM positive_changes WHERE id = NEW.change_id), -1) + 1
  OR EXISTS (SELECT 1 FROM positive_changes c JOIN positive_change_revisions r
             ON r.change_id = c.id AND r.revision = c.current_revision
             WHERE c.id = NEW.change_id AND r.status = 'entered_in_error')
BEGIN SELECT RAISE(ABORT, 'a change takes its next revision only, and none once entered in error'); END;
CREATE TRIGGER positive_change_revisions_no_update BEFORE UPDATE ON positive_change_revisions
BEGIN SELECT RAISE(ABORT, 'changes are corrected by new revisions, never rewritten'); END;
CREATE TRIGGER positive_change_revisions_no_delete BEFORE DELETE ON positive_change_revisions
WHEN EXISTS (SELECT 1 FROM positive_changes WHERE id = OLD.change_id)
BEGIN SELECT RAISE(ABORT, 'changes are corrected by new revisions, never rewritten'); END;
CREATE TRIGGER positive_changes_advance BEFORE UPDATE ON positive_changes
WHEN NEW.id <> OLD.id OR NEW.uuid <> OLD.uuid OR NEW.client_id <> OLD.client_id
  OR NEW.session_id IS NOT OLD.session_id OR NEW.created_at <> OLD.created_at OR NEW.created_by <> OLD.created_by
  OR NOT ((NEW.current_revision = OLD.current_revision + 1 AND NEW.contact_id IS OLD.contact_id
           AND EXISTS (SELECT 1 FROM positive_change_revisions
                       WHERE change_id = NEW.id AND revision = NEW.current_revision))
          OR (NEW.current_revision = OLD.current_revision AND OLD.contact_id IS NOT NULL AND NEW.contact_id IS NULL
              AND NOT EXISTS (SELECT 1 FROM contact_records WHERE id = OLD.contact_id)))
BEGIN SELECT RAISE(ABORT, 'a change moves only to its next revision'); END;
CREATE TRIGGER positive_changes_no_delete BEFORE DELETE ON positive_changes
WHEN NOT EXISTS (SELECT 1 FROM purge_authorizations WHERE client_id = OLD.client_id)
 AND NOT (OLD.session_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sessions WHERE id = OLD.session_id))
BEGIN SELECT RAISE(ABORT, 'a change is kept; mark it entered in error instead'); END;

CREATE TABLE ladder_revisions (
    id         INTEGER PRIMARY KEY,
    goal_id    INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    revision   INTEGER NOT NULL CHECK (revision >= 1),
    steps      TEXT NOT NULL CHECK (json_valid(steps) AND json_type(steps) = 'array'
                                    AND json_array_length(steps) BETWEEN 1 AND 20),
    reason     TEXT NOT NULL DEFAULT '',
    revised_at TEXT NOT NULL,
    revised_by TEXT NOT NULL,
    UNIQUE (goal_id, revision)
) STRICT;
CREATE TRIGGER ladder_revisions_in_order BEFORE INSERT ON ladder_revisions
WHEN NEW.revision <> coalesce((SELECT max(revision) FROM ladder_revisions WHERE goal_id = NEW.goal_id), 0) + 1
  OR EXISTS (SELECT 1 FROM json_each(NEW.steps) WHERE type <> 'text' OR length(trim(value)) = 0)
BEGIN SELECT RAISE(ABORT, 'steps follow the ones before, each in words'); END;
CREATE TRIGGER ladder_revisions_no_update BEFORE UPDATE ON ladder_revisions
BEGIN SELECT RAISE(ABORT, 'steps are set again as a new revision, never rewritten'); END;
CREATE TRIGGER ladder_revisions_no_delete BEFORE DELETE ON ladder_revisions
WHEN EXISTS (SELECT 1 FROM goals WHERE id = OLD.goal_id)
BEGIN SELECT RAISE(ABORT, 'steps are set again as a new revision, never rewritten'); END;

CREATE TABLE ladder_marks (
    id                      INTEGER PRIMARY KEY,
    uuid                    TEXT NOT NULL UNIQUE,
    ladder_revision_id      INTEGER NOT NULL REFERENCES ladder_revisions (id) ON DELETE CASCADE,
    step                    INTEGER NOT NULL CHECK (step >= 0),
    marked_on               TEXT NOT NULL CHECK (date(marked_on) IS marked_on),
    session_id              INTEGER REFERENCES sessions (id) ON DELETE CASCADE,
    contact_id              INTEGER REFERENCES contact_records (id) ON DELETE SET NULL,
    created_at              TEXT NOT NULL,
    created_by              TEXT NOT NULL,
    entered_in_error_at     TEXT,
    entered_in_error_by     TEXT,
    entered_in_error_reason TEXT CHECK (entered_in_error_reason IS NULL OR length(trim(entered_in_error_reason)) > 0),
    CHECK (session_id IS NULL OR contact_id IS NULL),
    CHECK ((entered_in_error_at IS NULL) = (entered_in_error_by IS NULL)
           AND (entered_in_error_at IS NULL) = (entered_in_error_reason IS NULL))
) STRICT;
-- The client page draws a goal's marks over time: by set of steps, then by day.
CREATE INDEX ladder_marks_by_revision ON ladder_marks (ladder_revision_id, marked_on, id);
CREATE INDEX ladder_marks_by_session ON ladder_marks (session_id) WHERE session_id IS NOT NULL;
CREATE INDEX ladder_marks_by_contact ON ladder_marks (contact_id) WHERE contact_id IS NOT NULL;

-- A mark names a step of the goal's current steps.
CREATE TRIGGER ladder_marks_on_current_steps BEFORE INSERT ON ladder_marks
WHEN NOT EXISTS (SELECT 1 FROM ladder_revisions r WHERE r.id = NEW.ladder_revision_id
                 AND r.revision = (SELECT max(x.revision) FROM ladder_revisions x WHERE x.goal_id = r.goal_id)
                 AND NEW.step < json_array_length(r.steps))
BEGIN SELECT RAISE(ABORT, 'a mark names one of the current steps'); END;
-- Marked entered in error once (with a reason), or unlinked from a contact that is gone; nothing else.
CREATE TRIGGER ladder_marks_no_update BEFORE UPDATE ON ladder_marks
WHEN NOT (NEW.id = OLD.id AND NEW.uuid = OLD.uuid AND NEW.ladder_revision_id = OLD.ladder_revision_id
          AND NEW.step = OLD.step AND NEW.marked_on = OLD.marked_on AND NEW.session_id IS OLD.session_id
          AND NEW.created_at = OLD.created_at AND NEW.created_by = OLD.created_by
          AND ((OLD.entered_in_error_at IS NULL AND NEW.contact_id IS OLD.contact_id)
               OR (NEW.entered_in_error_at IS OLD.entered_in_error_at
                   AND NEW.entered_in_error_by IS OLD.entered_in_error_by
                   AND NEW.entered_in_error_reason IS OLD.entered_in_error_reason
                   AND OLD.contact_id IS NOT NULL AND NEW.contact_id IS NULL
                   AND NOT EXISTS (SELECT 1 FROM contact_records WHERE id = OLD.contact_id))))
BEGIN SELECT RAISE(ABORT, 'a mark is never rewritten; mark it entered in error instead'); END;
CREATE TRIGGER ladder_marks_no_delete BEFORE DELETE ON ladder_marks
WHEN EXISTS (SELECT 1 FROM ladder_revisions WHERE id = OLD.ladder_revision_id)
 AND NOT (OLD.session_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sessions WHERE id = OLD.session_id))
BEGIN SELECT RAISE(ABORT, 'a mark is never rewritten; mark it entered in error instead'); END;
)sql";

// Migration 12: the person's turn at the keyboard (issue 15). In client mode the person sets their own readiness
// rulers; each ruler of a session goal says whether the person entered it (1) or the counselor did (0, every row
// before this). One flag per ruler, beside its value, rather than a table of who-entered-what: a ruler has one
// author at a time, and the flag travels with the row the way its value and answers do (written while a draft,
// frozen with the rest of the row once signed by the session_goals triggers). A flag without a number is refused.
constexpr std::string_view kMigration12 = R"sql(
ALTER TABLE session_goals ADD COLUMN importance_by_person INTEGER NOT NULL DEFAULT 0
    CHECK (importance_by_person IN (0, 1) AND (importance_by_person = 0 OR importance IS NOT NULL));
ALTER TABLE session_goals ADD COLUMN confidence_by_person INTEGER NOT NULL DEFAULT 0
    CHECK (confidence_by_person IN (0, 1) AND (confidence_by_person = 0 OR confidence IS NOT NULL));
ALTER TABLE session_goals ADD COLUMN readiness_by_person INTEGER NOT NULL DEFAULT 0
    CHECK (readiness_by_person IN (0, 1) AND (readiness_by_person = 0 OR readiness IS NOT NULL));
)sql";

// Migration 13: a client's printouts in the client's language (issue 14). The language their goal summary prints
// its fixed texts in, as a two- or three-letter lowercase code ("es"); NULL, as on every row before this, means
// the counselor's interface language. Their own words are never translated, so nothing else changes.
constexpr std::string_view kMigration13 = R"sql(
ALTER TABLE clients ADD COLUMN print_language TEXT
    CHECK (print_language IS NULL OR (length(print_language) BETWEEN 2 AND 3 AND print_language NOT GLOB '*[^a-z]*'));
)sql";

// Migration 14: the default list items in the counselor's language (issue 14). Migration 8 seeded the contact lists
// in English; each seeded row now carries a stable seed key (unique in its list, never changed), so the interface
// can word an item the agency has not renamed in its own language, while an item the agency added or renamed keeps
// the agency's words as typed. Rows are never deleted, so the seeded rows are still the first 31 ids, created in
// one instant; matching on id, list and that instant leaves an agency's own rows without a key. The labels are
// left as they are: the vault keeps the words it was written with, and older versions read it unchanged.
constexpr std::string_view kMigration14 = R"sql(
ALTER TABLE contact_list_items ADD COLUMN seed_key TEXT
    CHECK (seed_key IS NULL OR (length(seed_key) BETWEEN 1 AND 40 AND seed_key NOT GLOB '*[^a-z0-9_]*'));
UPDATE contact_list_items AS li SET seed_key = (
    SELECT s.column3 FROM (VALUES
        (1, 'supply', 'syringes'), (2, 'supply', 'cookers'), (3, 'supply', 'cottons_filters'), (4, 'supply', 'pipes'),
        (5, 'supply', 'straws'), (6, 'supply', 'test_strips'), (7, 'supply', 'wound_care'),
        (8, 'supply', 'safer_sex'), (9, 'supply', 'hygiene'), (10, 'supply', 'food'),
        (11, 'supply', 'sharps_container'),
        (12, 'naloxone_product', 'nasal_4mg'), (13, 'naloxone_product', 'nasal_8mg'),
        (14, 'naloxone_product', 'intramuscular'), (15, 'naloxone_product', 'other'),
        (16, 'checking_method', 'fentanyl_strip'), (17, 'checking_method', 'xylazine_strip'),
        (18, 'checking_method', 'nitazene_strip'), (19, 'checking_method', 'reagent'), (20, 'checking_method', 'ftir'),
        (21, 'referral_type', 'medical_care'), (22, 'referral_type', 'substance_use_treatment'),
        (23, 'referral_type', 'moud'), (24, 'referral_type', 'mental_health'), (25, 'referral_type', 'housing'),
        (26, 'referral_type', 'food'), (27, 'referral_type', 'legal_help'), (28, 'referral_type', 'benefits'),
        (29, 'referral_type', 'wound_care'), (30, 'referral_type', 'hiv_hcv_testing'),
        (31, 'referral_type', 'other')) AS s
    WHERE s.column1 = li.id AND s.column2 = li.list)
WHERE li.id <= 31 AND li.created_at = (SELECT created_at FROM contact_list_items WHERE id = 1);
CREATE UNIQUE INDEX contact_list_items_by_seed ON contact_list_items (list, seed_key) WHERE seed_key IS NOT NULL;
CREATE TRIGGER contact_list_items_fixed_seed BEFORE UPDATE OF seed_key ON contact_list_items
WHEN NEW.seed_key IS NOT OLD.seed_key
BEGIN SELECT RAISE(ABORT, 'a seeded list item keeps its seed key'); END;
CREATE TRIGGER contact_list_items_seed_on_insert BEFORE INSERT ON contact_list_items
WHEN NEW.seed_key IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'only the seeded list items have a seed key'); END;
)sql";

constexpr std::array kMigrations{
    Migration{1, "schema skeleton", kMigration1},
    Migration{2, "clients, goals, sessions, audit", kMigration2},
    Migration{3, "indexes shaped for the caseload list", kMigration3},
    Migration{4, "only signed sessions count as contact; entered in error", kMigration4},
    Migration{5, "more life areas, not placed yet, the client's agreement as an answer", kMigration5},
    Migration{6, "names found from the middle of a word", kMigration6},
    Migration{7, "the caseload list from a few pages: counts and list rows kept by triggers", kMigration7},
    Migration{8, "harm-reduction contacts: known, coded or anonymous", kMigration8},
    Migration{9, "reports read one index range per period: contact report rows kept by triggers", kMigration9},
    Migration{10, "the counselor's own practice: self-reviews, skills plan, the person's rating", kMigration10},
    Migration{11, "the changes a person counts and the steps they set", kMigration11},
    Migration{12, "readiness rulers the person entered themselves, in client mode", kMigration12},
    Migration{13, "a client's printouts in the client's language", kMigration13},
    Migration{14, "the seeded list items keep a seed key, to show in the counselor's language", kMigration14},
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
