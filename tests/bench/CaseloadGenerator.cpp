// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadGenerator.h"

#include "domain/TextFold.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <QUuid>

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
