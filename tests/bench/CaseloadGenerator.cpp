// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadGenerator.h"

#include "domain/TextFold.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <QScopeGuard>
#include <QUuid>

#include <sqlite3.h>

#include <string>
#include <vector>

namespace continuum::bench {

namespace {

const char* const kFirst[] = {"Ana", "Bea",  "Chris", "Dee",  "Eli",  "Fern", "Gus",   "Hana",    "Iris",  "Jules",
                              "Kai", "Lena", "Mo",    "Nico", "Ola",  "Pat",  "Quinn", "Rosa",    "Sol",   "Tam",
                              "Uma", "Vic",  "Wren",  "Xavi", "Yara", "Zed",  "José",  "Marisol", "Dani",  "Remy",
                              "Sky", "Ash",  "Noor",  "Teo",  "Lou",  "Ivy",  "Mari",  "Mariana", "Marco", "Maria"};
const char* const kLast[] = {"Ramírez",   "Lindqvist", "Odum",     "Mensah", "Navarro", "Castillo", "Whitford", "Sato",
                             "Delacroix", "Moreau",    "Nakamura", "Öztürk", "Haddad",  "Brandt",   "Nwosu",    "Keane",
                             "Ahearn",    "Benítez",   "Park",     "Nguyen", "Patel",   "Laurent",  "Holloway", "Peña"};
const char* const kWords[] = {
    "met",     "at",       "the",       "drop-in", "talked", "about",     "housing",  "and",   "what",
    "matters", "most",     "this",      "week",    "they",   "described", "feeling",  "tired", "but",
    "hopeful", "plan",     "to",        "call",    "clinic", "tomorrow",  "naloxone", "kit",   "given",
    "safer",   "supplies", "discussed", "goals",   "steps",  "family",    "work",     "sleep", "money"};

QString words(QRandomGenerator& rng, int count)
{
    QString out;
    out.reserve(count * 7);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out.append(QLatin1Char(' '));
        out.append(QString::fromUtf8(kWords[rng.bounded(quint32(std::size(kWords)))]));
    }
    return out;
}

// Note length in words: median about 150, a long tail past 1,000.
int noteWords(QRandomGenerator& rng)
{
    const double u = rng.generateDouble();
    if (u > 0.98)
        return 1000 + int(rng.bounded(800));
    return 40 + int(220 * u * u + rng.bounded(60));
}

} // namespace

Result<GeneratedCaseload> generateCaseload(Database& db, const CaseloadSize& size, quint32 seed, const QDate& today)
{
    QRandomGenerator rng(seed);
    GeneratedCaseload out;
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto counselor =
        db.prepare("INSERT OR REPLACE INTO counselor (id, name, credentials) VALUES (1, 'Bench Counselor', 'CADC')");
    if (auto s = counselor->run(); !s)
        return s.error();
    auto client = db.prepare(
        "INSERT INTO clients (id, uuid, chosen_name, sort_key, pronouns, agency_code, status, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)");
    auto search = db.prepare("INSERT INTO client_search (rowid, names, legal) VALUES (?1, ?2, '')");
    auto trigrams = db.prepare("INSERT INTO client_name_trigrams (rowid, names) VALUES (?1, ?2)");
    auto goal = db.prepare("INSERT INTO goals (id, uuid, client_id, created_at, current_revision, status) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    auto revision = db.prepare(
        "INSERT INTO goal_revisions (goal_id, revision, client_words, life_area, continuum_position, why_it_matters, "
        "steps, status, changes, reason, client_agreement, revised_at, revised_by) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, '[\"Call the clinic\"]', ?7, '[]', '', 'yes', ?8, 'Bench Counselor, CADC')");
    auto session =
        db.prepare("INSERT INTO sessions (id, uuid, client_id, session_date, duration_minutes, setting, "
                   "processes, note_format, next_steps, follow_up_date, created_at, updated_at) "
                   "VALUES (?1, ?2, ?3, ?4, 45, 'office', 'engaging,evoking', 'dap', 'Check in', ?5, ?6, ?6)");
    auto note =
        db.prepare("INSERT INTO note_sections (session_id, position, section_key, body) VALUES (?1, ?2, ?3, ?4)");
    auto entry = db.prepare("INSERT INTO session_goals (session_id, goal_id, position, stage, importance, "
                            "importance_why_not_lower, confidence, readiness) VALUES (?1, ?2, 0, 'contemplation', "
                            "?3, 'For my family', ?4, ?5)");
    auto quote = db.prepare("INSERT INTO talk_quotes (session_goal_id, position, direction, category, quote) "
                            "VALUES (?1, 0, 'change', 'desire', 'I want to be around for my kids')");
    auto sign = db.prepare("UPDATE sessions SET signed_at = ?2, signed_by = 'Bench Counselor, CADC' WHERE id = ?1");
    auto audit = db.prepare("INSERT INTO audit_log (at, actor, action, record_type, record_uuid, client_id) "
                            "VALUES (?1, 'Bench Counselor', ?2, 'session', ?3, ?4)");
    for (auto* st : {&client, &search, &trigrams, &goal, &revision, &session, &note, &entry, &quote, &sign, &audit}) {
        if (!*st)
            return st->error();
    }
    const QDateTime start(today.addYears(-5), QTime(9, 0), Qt::UTC);
    const auto run = [](Result<Statement>& st) { return st->run(); };

    // Clients. The first one is the busiest: 100 sessions.
    for (int c = 1; c <= size.clients; ++c) {
        const QString name = QString::fromUtf8(kFirst[rng.bounded(quint32(std::size(kFirst)))]) + QLatin1Char(' ') +
                             QString::fromUtf8(kLast[rng.bounded(quint32(std::size(kLast)))]);
        const QString code = QStringLiteral("HR-%1").arg(c, 5, 10, QLatin1Char('0'));
        client->reset();
        client->bind(1, qint64(c))
            .bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(3, name)
            .bind(4, foldForSearch(name))
            .bind(5, QStringLiteral("they/them"))
            .bind(6, code)
            .bind(7, c % 10 == 0 ? QStringLiteral("archived") : QStringLiteral("active"))
            .bind(8, storedTimestamp(start.addDays(rng.bounded(365))));
        if (auto s = run(client); !s)
            return s.error();
        search->reset();
        search->bind(1, qint64(c)).bind(2, name + QLatin1Char(' ') + code);
        if (auto s = run(search); !s)
            return s.error();
        // The index that finds a name from the middle of a word, as ClientService writes it.
        trigrams->reset();
        trigrams->bind(1, qint64(c)).bind(2, name + QLatin1Char(' ') + code);
        if (auto s = run(trigrams); !s)
            return s.error();
    }
    // Goals: evenly over clients, three revisions on average.
    QList<qint64> goalOwner(size.goals + 1);
    for (int g = 1; g <= size.goals; ++g) {
        const qint64 owner = g <= 5 ? 1 : 1 + qint64(rng.bounded(quint32(size.clients)));
        goalOwner[g] = owner;
        const int revisions = 1 + int(rng.bounded(5));
        goal->reset();
        goal->bind(1, qint64(g))
            .bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(3, owner)
            .bind(4, storedTimestamp(start))
            .bind(5, revisions)
            .bind(6, QStringLiteral("active"));
        if (auto s = run(goal); !s)
            return s.error();
        for (int r = 1; r <= revisions; ++r) {
            revision->reset();
            revision->bind(1, qint64(g))
                .bind(2, r)
                .bind(3, QStringLiteral("Use with someone around ") + words(rng, 6))
                .bind(4, QStringLiteral("substance_use"))
                .bind(5, r % 2 ? QStringLiteral("safer_use") : QStringLiteral("managed_use"))
                .bind(6, words(rng, 10))
                .bind(7, QStringLiteral("active"))
                .bind(8, storedTimestamp(start.addDays(r * 30)));
            if (auto s = run(revision); !s)
                return s.error();
        }
    }
    out.busiestClient = ClientId(1);
    out.busiestGoal = GoalId(1);
    // Sessions: 100 for the busiest client, the rest spread over everyone.
    for (int s = 1; s <= size.sessions; ++s) {
        const qint64 owner = s <= 100 ? 1 : 1 + qint64(rng.bounded(quint32(size.clients)));
        const QDate date = start.date().addDays(s <= 100 ? s * 18 : int(rng.bounded(5 * 365)));
        session->reset();
        session->bind(1, qint64(s))
            .bind(2, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(3, owner)
            .bind(4, date.toString(Qt::ISODate))
            .bind(5, date.addDays(14).toString(Qt::ISODate))
            .bind(6, storedTimestamp(QDateTime(date, QTime(15, 0), Qt::UTC)));
        if (auto r = run(session); !r)
            return r.error();
        const int total = noteWords(rng);
        const QStringList keys{QStringLiteral("data"), QStringLiteral("assessment"), QStringLiteral("plan")};
        for (int k = 0; k < 3; ++k) {
            note->reset();
            note->bind(1, qint64(s)).bind(2, k).bind(3, keys.at(k)).bind(4, words(rng, total / 3 + 1));
            if (auto r = run(note); !r)
                return r.error();
        }
        const qint64 g = s <= 100 ? 1 + (s % 5) : 1 + qint64(rng.bounded(quint32(size.goals)));
        if (goalOwner[g] == owner) {
            entry->reset();
            entry->bind(1, qint64(s))
                .bind(2, g)
                .bind(3, int(rng.bounded(11)))
                .bind(4, int(rng.bounded(11)))
                .bind(5, int(rng.bounded(11)));
            if (auto r = run(entry); !r)
                return r.error();
            quote->reset();
            quote->bind(1, db.lastInsertRowId());
            if (auto r = run(quote); !r)
                return r.error();
        }
        if (rng.bounded(10) != 0) {
            sign->reset();
            sign->bind(1, qint64(s)).bind(2, storedTimestamp(QDateTime(date, QTime(16, 0), Qt::UTC)));
            if (auto r = run(sign); !r)
                return r.error();
        }
    }
    for (int a = 1; a <= size.auditEntries; ++a) {
        audit->reset();
        audit->bind(1, storedTimestamp(start.addSecs(qint64(a) * 1500)))
            .bind(2, a % 3 ? QStringLiteral("create") : QStringLiteral("sign"))
            .bind(3, QUuid::createUuid().toString(QUuid::WithoutBraces))
            .bind(4, 1 + qint64(rng.bounded(quint32(size.clients))));
        if (auto r = run(audit); !r)
            return r.error();
    }
    out.searchPrefix = QStringLiteral("mari");
    if (auto s = tx->commit(); !s)
        return s.error();
    return out;
}

} // namespace continuum::bench

namespace continuum::bench {

namespace {

// bench_rand(row, draw): a deterministic pseudo-random number in [0, 2^31) for one draw of one row
// (splitmix64 over the seed, the row and the draw), so the contacts are written set by set in SQL and
// still come out the same for a seed.
void benchRand(sqlite3_context* context, int, sqlite3_value** args)
{
    const auto seed = *static_cast<const quint64*>(sqlite3_user_data(context));
    quint64 z = seed + quint64(sqlite3_value_int64(args[0])) * 0x9E3779B97F4A7C15ull +
                quint64(sqlite3_value_int64(args[1])) * 0xD1B54A32D192ED03ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    sqlite3_result_int64(context, sqlite3_int64(z & 0x7FFFFFFF));
}

// A version-4 uuid (as SQL) from draws draw to draw + 6 of row.
std::string uuidSql(const char* row, int draw)
{
    std::string out = "printf('%08x-%04x-4%03x-%x%03x-%06x%06x'";
    const char* const ranges[] = {"", " % 65536", " % 4096", " % 4 + 8", " % 4096", " % 16777216", " % 16777216"};
    for (int i = 0; i < 7; ++i)
        out += ", bench_rand(" + std::string(row) + ", " + std::to_string(draw + i) + ")" + ranges[i];
    return out + ")";
}

// One chunk of contacts, ids ?1 to ?2: the first revision of each with its person and rows, then the header
// moves to it; then a few corrections and entries in error as second revisions, their rows copied. Within
// the chunk: ?3 the first day of the five years, ?4 their length in days, ?5 the number of contacts,
// ?6 the first contact's id, ?7 the number of clients.
std::vector<std::string> contactSteps()
{
    return {
        "DELETE FROM temp.bench_contact_gen",
        "WITH RECURSIVE n (i) AS (SELECT ?1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2) "
        "INSERT INTO temp.bench_contact_gen (id, at, day, kind, client, code, corrected) "
        "SELECT i, at, substr(at, 1, 10), "
        "       CASE WHEN bench_rand(i, 0) % 100 < 30 THEN 'anonymous' WHEN bench_rand(i, 1) % 2 = 0 THEN 'known' "
        "            ELSE 'coded' END, "
        "       1 + bench_rand(i, 2) % ?7, "
        // about 3,000 codes, some much more frequent than others (two letters and a birth year)
        "       char(65 + c % 26, 65 + c / 26 % 26) || '-' || (1950 + c * 7 % 55), "
        "       CASE WHEN bench_rand(i, 26) % 1000 < 7 THEN 1 + (bench_rand(i, 27) % 3 = 0) ELSE 0 END "
        "FROM (SELECT i, strftime('%Y-%m-%dT%H:%M:%S.000Z', ?3, '+' || ((i - ?6) * ?4 / ?5) || ' days', "
        "                         '+' || (32400 + bench_rand(i, 3) % 36000) || ' seconds') AS at, "
        "             (bench_rand(i, 4) % 1000) * (bench_rand(i, 4) % 1000) * 3000 / 1000000 AS c FROM n)",
        "INSERT INTO contact_records (id, uuid, created_at, created_by) SELECT id, " + uuidSql("id", 100) +
            ", at, 'Bench Counselor, CADC' FROM temp.bench_contact_gen",
        "INSERT INTO contact_revisions (contact_id, revision, identity, occurred_at, occurred_on, setting, "
        "duration_minutes, naloxone_shown, note, revised_at, revised_by) "
        "SELECT id, 1, kind, at, day, "
        "       CASE WHEN bench_rand(id, 5) % 20 = 0 THEN NULL ELSE CASE WHEN s < 45 THEN 'outreach' "
        "            WHEN s < 75 THEN 'drop_in' WHEN s < 85 THEN 'office' WHEN s < 93 THEN 'phone' "
        "            WHEN s < 97 THEN 'home' ELSE 'other' END END, "
        "       CASE WHEN bench_rand(id, 6) % 100 < 40 THEN 2 + bench_rand(id, 7) % 44 END, "
        "       CASE WHEN bench_rand(id, 16) % 100 < 17 THEN bench_rand(id, 20) % 10 < 6 END, "
        "       CASE WHEN kind <> 'anonymous' AND bench_rand(id, 8) % 100 < 15 THEN "
        "            CASE bench_rand(id, 28) % 4 WHEN 0 THEN 'Asked about the clinic hours.' "
        "            WHEN 1 THEN 'Wants to come back for wound care.' WHEN 2 THEN 'Shelter has beds this week.' "
        "            ELSE 'Picked up for a friend too.' END ELSE '' END, "
        "       at, 'Bench Counselor, CADC' "
        "FROM (SELECT *, bench_rand(id, 29) % 100 AS s FROM temp.bench_contact_gen)",
        "INSERT INTO contact_people (revision_id, client_id, client_code) "
        "SELECT r.id, CASE WHEN g.kind = 'known' THEN g.client END, CASE WHEN g.kind = 'coded' THEN g.code END "
        "FROM temp.bench_contact_gen g JOIN contact_revisions r ON r.contact_id = g.id AND r.revision = 1 "
        "WHERE g.kind <> 'anonymous'",
        // supplies in about two contacts of three: syringes most often, up to three kinds
        "INSERT INTO contact_supplies (revision_id, item_id, label, quantity) "
        "SELECT r.id, li.id, li.label, CASE WHEN li.position = 1 THEN 10 + bench_rand(g.id, 30 + k.n) % 91 "
        "       ELSE 1 + bench_rand(g.id, 30 + k.n) % 20 END "
        "FROM temp.bench_contact_gen g JOIN contact_revisions r ON r.contact_id = g.id AND r.revision = 1 "
        "JOIN (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) k "
        "JOIN contact_list_items li ON li.list = 'supply' AND li.position = CASE k.n "
        "     WHEN 1 THEN CASE WHEN bench_rand(g.id, 10) % 100 < 60 THEN 1 ELSE 2 + bench_rand(g.id, 11) % 10 END "
        "     WHEN 2 THEN 2 + bench_rand(g.id, 13) % 10 "
        "     ELSE 2 + (bench_rand(g.id, 13) % 10 + 1 + bench_rand(g.id, 15) % 9) % 10 END "
        "WHERE bench_rand(g.id, 9) % 100 < 65 AND (k.n = 1 OR (k.n = 2 AND bench_rand(g.id, 12) % 100 < 50) "
        "      OR (k.n = 3 AND bench_rand(g.id, 12) % 100 < 50 AND bench_rand(g.id, 14) % 100 < 40)) "
        "  AND (k.n = 1 OR li.position <> CASE WHEN bench_rand(g.id, 10) % 100 < 60 THEN 1 "
        "                                    ELSE 2 + bench_rand(g.id, 11) % 10 END)",
        "INSERT INTO contact_naloxone (revision_id, item_id, label, doses_per_kit, kits, single_doses) "
        "SELECT r.id, li.id, li.label, li.doses_per_kit, "
        "       CASE WHEN bench_rand(g.id, 18) % 10 = 0 THEN 0 ELSE 1 + bench_rand(g.id, 19) % 3 END, "
        "       CASE WHEN bench_rand(g.id, 18) % 10 = 0 THEN 1 + bench_rand(g.id, 19) % 2 ELSE 0 END "
        "FROM temp.bench_contact_gen g JOIN contact_revisions r ON r.contact_id = g.id AND r.revision = 1 "
        "JOIN contact_list_items li ON li.list = 'naloxone_product' AND li.position = "
        "     CASE WHEN bench_rand(g.id, 17) % 100 < 70 THEN 1 WHEN bench_rand(g.id, 17) % 100 < 80 THEN 2 "
        "          WHEN bench_rand(g.id, 17) % 100 < 95 THEN 3 ELSE 4 END "
        "WHERE bench_rand(g.id, 16) % 100 < 17",
        "INSERT INTO contact_drug_checks (revision_id, item_id, label, expected, result, plan_words, plan_use_less, "
        "plan_with_someone, plan_naloxone_near, plan_not_use, plan_no_change) "
        "SELECT r.id, li.id, li.label, "
        "       CASE bench_rand(g.id, 40) % 5 WHEN 0 THEN 'down' WHEN 1 THEN 'pressed pill' WHEN 2 THEN 'crystal' "
        "            WHEN 3 THEN 'powder' ELSE '' END, "
        "       CASE WHEN bench_rand(g.id, 41) % 100 < 45 THEN 'positive' WHEN bench_rand(g.id, 41) % 100 < 85 "
        "            THEN 'negative' WHEN bench_rand(g.id, 41) % 100 < 90 THEN 'invalid' ELSE 'not_sure' END, "
        "       CASE WHEN bench_rand(g.id, 42) % 3 = 0 THEN 'Going slow, not alone.' ELSE '' END, "
        "       bench_rand(g.id, 43) % 2, bench_rand(g.id, 44) % 2, bench_rand(g.id, 45) % 2, "
        "       bench_rand(g.id, 46) % 5 = 0, bench_rand(g.id, 47) % 6 = 0 "
        "FROM temp.bench_contact_gen g JOIN contact_revisions r ON r.contact_id = g.id AND r.revision = 1 "
        "JOIN contact_list_items li ON li.list = 'checking_method' AND li.position = "
        "     CASE WHEN bench_rand(g.id, 48) % 100 < 60 THEN 1 WHEN bench_rand(g.id, 48) % 100 < 80 THEN 2 "
        "          WHEN bench_rand(g.id, 48) % 100 < 88 THEN 3 WHEN bench_rand(g.id, 48) % 100 < 96 THEN 4 ELSE 5 END "
        "WHERE bench_rand(g.id, 21) % 100 < 8",
        "INSERT INTO contact_overdoses (revision_id, whose, occurred_on, naloxone_doses, called_911, outcome) "
        "SELECT r.id, CASE WHEN bench_rand(g.id, 50) % 10 < 7 THEN 'witnessed' ELSE 'own' END, "
        "       date(g.day, '-' || (bench_rand(g.id, 51) % 14) || ' days'), "
        "       CASE WHEN bench_rand(g.id, 52) % 10 > 0 THEN bench_rand(g.id, 53) % 4 END, "
        "       CASE WHEN bench_rand(g.id, 54) % 5 > 0 THEN bench_rand(g.id, 55) % 2 END, "
        "       CASE WHEN bench_rand(g.id, 56) % 100 < 70 THEN 'survived' WHEN bench_rand(g.id, 56) % 100 < 90 "
        "            THEN 'went_to_hospital' WHEN bench_rand(g.id, 56) % 100 < 92 THEN 'died' ELSE 'not_known' END "
        "FROM temp.bench_contact_gen g JOIN contact_revisions r ON r.contact_id = g.id AND r.revision = 1 "
        "WHERE bench_rand(g.id, 22) % 1000 < 15",
        "INSERT INTO contact_referrals (revision_id, referral_uuid, item_id, label) "
        "SELECT r.id, " +
            uuidSql("g.id", 200) +
            ", li.id, li.label "
            "FROM temp.bench_contact_gen g JOIN contact_revisions r ON r.contact_id = g.id AND r.revision = 1 "
            "JOIN contact_list_items li ON li.list = 'referral_type' AND li.position = 1 + bench_rand(g.id, 24) % 11 "
            "WHERE bench_rand(g.id, 23) % 100 < 7",
        "UPDATE contact_records SET current_revision = 1 WHERE id BETWEEN ?1 AND ?2",
        // what came of most referrals, one to five weeks on
        "INSERT INTO referral_outcomes (referral_uuid, outcome, recorded_at, recorded_by) "
        "SELECT f.referral_uuid, CASE WHEN bench_rand(g.id, 60) % 10 < 5 THEN 'connected' "
        "       WHEN bench_rand(g.id, 60) % 10 < 7 THEN 'not_connected' WHEN bench_rand(g.id, 60) % 10 < 9 "
        "       THEN 'still_waiting' ELSE 'declined' END, "
        "       strftime('%Y-%m-%dT%H:%M:%S.000Z', g.at, '+' || (7 + bench_rand(g.id, 61) % 30) || ' days'), "
        "       'Bench Counselor, CADC' "
        "FROM temp.bench_contact_gen g JOIN contact_revisions r ON r.contact_id = g.id AND r.revision = 1 "
        "JOIN contact_referrals f ON f.revision_id = r.id WHERE bench_rand(g.id, 25) % 10 < 6",
        // a few corrections (the length) and entries in error, each a second revision carrying every row
        "INSERT INTO contact_revisions (contact_id, revision, identity, occurred_at, occurred_on, setting, "
        "duration_minutes, naloxone_shown, note, status, reason, revised_at, revised_by) "
        "SELECT r.contact_id, 2, r.identity, r.occurred_at, r.occurred_on, r.setting, "
        "       CASE WHEN g.corrected = 1 THEN coalesce(r.duration_minutes, 10) + 5 ELSE r.duration_minutes END, "
        "       r.naloxone_shown, r.note, CASE WHEN g.corrected = 2 THEN 'entered_in_error' ELSE 'counted' END, "
        "       CASE WHEN g.corrected = 2 THEN 'Recorded twice' ELSE 'The length was wrong' END, "
        "       strftime('%Y-%m-%dT%H:%M:%S.000Z', r.occurred_at, '+1 hours'), r.revised_by "
        "FROM temp.bench_contact_gen g JOIN contact_revisions r ON r.contact_id = g.id AND r.revision = 1 "
        "WHERE g.corrected > 0",
        "INSERT INTO contact_people (revision_id, client_id, client_code) "
        "SELECT r2.id, p.client_id, p.client_code FROM temp.bench_contact_gen g "
        "JOIN contact_revisions r1 ON r1.contact_id = g.id AND r1.revision = 1 "
        "JOIN contact_revisions r2 ON r2.contact_id = g.id AND r2.revision = 2 "
        "JOIN contact_people p ON p.revision_id = r1.id WHERE g.corrected > 0",
        "INSERT INTO contact_supplies (revision_id, item_id, label, quantity) "
        "SELECT r2.id, x.item_id, x.label, x.quantity FROM temp.bench_contact_gen g "
        "JOIN contact_revisions r1 ON r1.contact_id = g.id AND r1.revision = 1 "
        "JOIN contact_revisions r2 ON r2.contact_id = g.id AND r2.revision = 2 "
        "JOIN contact_supplies x ON x.revision_id = r1.id WHERE g.corrected > 0",
        "INSERT INTO contact_naloxone (revision_id, item_id, label, doses_per_kit, kits, single_doses) "
        "SELECT r2.id, x.item_id, x.label, x.doses_per_kit, x.kits, x.single_doses FROM temp.bench_contact_gen g "
        "JOIN contact_revisions r1 ON r1.contact_id = g.id AND r1.revision = 1 "
        "JOIN contact_revisions r2 ON r2.contact_id = g.id AND r2.revision = 2 "
        "JOIN contact_naloxone x ON x.revision_id = r1.id WHERE g.corrected > 0",
        "INSERT INTO contact_drug_checks (revision_id, item_id, label, expected, result, plan_words, plan_use_less, "
        "plan_with_someone, plan_naloxone_near, plan_not_use, plan_no_change) "
        "SELECT r2.id, x.item_id, x.label, x.expected, x.result, x.plan_words, x.plan_use_less, x.plan_with_someone, "
        "       x.plan_naloxone_near, x.plan_not_use, x.plan_no_change FROM temp.bench_contact_gen g "
        "JOIN contact_revisions r1 ON r1.contact_id = g.id AND r1.revision = 1 "
        "JOIN contact_revisions r2 ON r2.contact_id = g.id AND r2.revision = 2 "
        "JOIN contact_drug_checks x ON x.revision_id = r1.id WHERE g.corrected > 0",
        "INSERT INTO contact_overdoses (revision_id, whose, occurred_on, naloxone_doses, called_911, outcome) "
        "SELECT r2.id, x.whose, x.occurred_on, x.naloxone_doses, x.called_911, x.outcome FROM temp.bench_contact_gen g "
        "JOIN contact_revisions r1 ON r1.contact_id = g.id AND r1.revision = 1 "
        "JOIN contact_revisions r2 ON r2.contact_id = g.id AND r2.revision = 2 "
        "JOIN contact_overdoses x ON x.revision_id = r1.id WHERE g.corrected > 0",
        "INSERT INTO contact_referrals (revision_id, referral_uuid, item_id, label) "
        "SELECT r2.id, x.referral_uuid, x.item_id, x.label FROM temp.bench_contact_gen g "
        "JOIN contact_revisions r1 ON r1.contact_id = g.id AND r1.revision = 1 "
        "JOIN contact_revisions r2 ON r2.contact_id = g.id AND r2.revision = 2 "
        "JOIN contact_referrals x ON x.revision_id = r1.id WHERE g.corrected > 0",
        "UPDATE contact_records SET current_revision = 2 "
        "WHERE id IN (SELECT id FROM temp.bench_contact_gen WHERE corrected > 0)",
    };
}

} // namespace

Result<int> generateContacts(Database& db, int count, quint32 seed, const QDate& today)
{
    if (count <= 0)
        return 0;
    static quint64 seedValue = 0;
    seedValue = seed;
    if (sqlite3_create_function_v2(db.handle(), "bench_rand", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, &seedValue,
                                   benchRand, nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, QString::fromUtf8(sqlite3_errmsg(db.handle())));
    const auto unregister = qScopeGuard([&db] {
        sqlite3_create_function_v2(db.handle(), "bench_rand", 2, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr,
                                   nullptr);
    });
    if (auto s = db.exec("CREATE TEMP TABLE IF NOT EXISTS bench_contact_gen (id INTEGER PRIMARY KEY, at TEXT, "
                         "day TEXT, kind TEXT, client INTEGER, code TEXT, corrected INTEGER)");
        !s)
        return s.error();
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    const auto firstId = db.queryInt("SELECT coalesce(max(id), 0) + 1 FROM contact_records");
    const auto clients = db.queryInt("SELECT count(*) FROM clients");
    if (!firstId || !clients)
        return !firstId ? firstId.error() : clients.error();
    const QDate first = today.addYears(-5);
    constexpr int kChunk = 25000;
    const std::vector<std::string> steps = contactSteps();
    for (qint64 from = firstId.value(); from < firstId.value() + count; from += kChunk) {
        const qint64 to = std::min<qint64>(from + kChunk, firstId.value() + count) - 1;
        for (const std::string& sql : steps) {
            auto st = db.cached(sql);
            if (!st)
                return st.error();
            for (const auto& [name, value] :
                 {std::pair{"?1", from}, std::pair{"?2", to}, std::pair{"?4", first.daysTo(today)},
                  std::pair{"?5", qint64(count)}, std::pair{"?6", firstId.value()},
                  std::pair{"?7", std::max<qint64>(1, clients.value())}}) {
                if (const int index = st->parameterIndex(name); index > 0)
                    st->bind(index, value);
            }
            if (const int index = st->parameterIndex("?3"); index > 0)
                st->bind(index, first.toString(Qt::ISODate));
            if (auto s = st->run(); !s)
                return makeError(s.code(), s.error().detail + QStringLiteral(" in: ") + QString::fromStdString(sql));
        }
    }
    if (auto s = db.exec("DROP TABLE temp.bench_contact_gen"); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    return count;
}

} // namespace continuum::bench
