// SPDX-License-Identifier: GPL-3.0-or-later
// ClientService: every field kept, every refusal named and harmless, the safety flag, archiving, the
// deliberate purge (and the triggers that let only the purge through), search and its summaries.
#include "domain/Domain.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace continuum;
using namespace continuum::test;

Q_DECLARE_METATYPE(continuum::Client)
Q_DECLARE_METATYPE(continuum::StatusFilter)

namespace continuum {

// Readable failures: QCOMPARE prints these instead of "<unknown>".
static QString dateText(const std::optional<QDate>& d)
{
    return d ? d->toString(Qt::ISODate) : QStringLiteral("none");
}

char* toString(const ClientSummary& s)
{
    return qstrdup(qPrintable(QStringLiteral("{id %1, '%2', '%3', code '%4', flag %5, %6, follow-up %7, last %8, "
                                             "goals %9, legal '%10'}")
                                  .arg(s.id.value)
                                  .arg(s.chosenName, s.pronouns, s.agencyCode)
                                  .arg(s.safetyFlag)
                                  .arg(toKey(s.status), dateText(s.nextFollowUp), dateText(s.lastContact))
                                  .arg(s.activeGoals)
                                  .arg(s.matchedLegalName)));
}

static QString describe(const Client& c)
{
    QStringList subs;
    for (const SubstanceUse& s : c.substances) {
        QStringList routes;
        for (SubstanceRoute r : s.routes)
            routes.append(toKey(r));
        subs.append(s.substance + QLatin1Char('[') + routes.join(QLatin1Char(',')) +
                    (s.prescribed ? QStringLiteral("; prescribed]") : QStringLiteral("]")));
    }
    return QStringList{QString::number(c.id.value),
                       c.uuid.toString(),
                       c.chosenName,
                       c.pronouns,
                       c.legalName,
                       c.birthYear ? QString::number(*c.birthYear) : QStringLiteral("none"),
                       dateText(c.birthDate),
                       c.agencyCode,
                       c.phone,
                       c.email,
                       c.address,
                       c.housing,
                       dateText(c.housingRecordedOn),
                       subs.join(QLatin1Char(' ')),
                       c.safetyFlag ? QStringLiteral("flagged") : QStringLiteral("unflagged"),
                       QString::number(c.notes.size()) + QStringLiteral(" chars of notes"),
                       toKey(c.status),
                       c.createdAt.toString(Qt::ISODateWithMs),
                       c.updatedAt.toString(Qt::ISODateWithMs),
                       c.contactHidden ? QStringLiteral("hidden") : QStringLiteral("shown")}
        .join(QStringLiteral(" | "));
}

char* toString(const Client& c)
{
    return qstrdup(qPrintable(describe(c)));
}

} // namespace continuum

namespace {

const QDateTime kNow(QDate(2025, 3, 14), QTime(15, 0), Qt::UTC);

// Every table of the schema, so "nothing changed" and "nothing of them remains" cover them all.
const char* const kTables[] = {"vault_meta",
                               "clients",
                               "client_substances",
                               "client_search",
                               "goals",
                               "goal_revisions",
                               "sessions",
                               "session_goals",
                               "talk_quotes",
                               "balance_items",
                               "note_sections",
                               "addenda",
                               "audit_log",
                               "purge_authorizations",
                               "counselor",
                               "settings",
                               "client_name_trigrams"};

/// One test's vault, clock and services.
class Env
{
public:
    Env()
        : clock(kNow)
    {
        created = createTestVault(tmp.filePath(QStringLiteral("vault")));
        domain = std::make_unique<Domain>(created.vault->database(), clock);
    }

    Database& db() { return created.vault->database(); }
    ClientService& clients() { return domain->clients(); }
    QDate today() const { return clock.today(); }

    QTemporaryDir tmp;
    FixedClock clock;
    Vault::Created created;
    std::unique_ptr<Domain> domain;
};

/// The first column of the first row of sql; named parameters :a :b :c bound when present. -1 on error.
qint64 scalar(Database& db, const char* sql, qint64 a = 0, qint64 b = 0, qint64 c = 0)
{
    auto st = db.prepare(sql);
    if (!st) {
        qWarning("%s: %s", sql, qPrintable(st.error().detail));
        return -1;
    }
    const std::pair<const char*, qint64> params[] = {{":a", a}, {":b", b}, {":c", c}};
    for (const auto& [name, value] : params) {
        if (const int index = st->parameterIndex(name); index > 0)
            st->bind(index, value);
    }
    auto row = st->step();
    if (!row || !row.value()) {
        qWarning("%s: %s", sql, row ? "no row" : qPrintable(row.error().detail));
        return -1;
    }
    return st->columnInt64(0);
}

/// The same with one typed id as :a.
template<typename Tag>
qint64 scalar(Database& db, const char* sql, RecordId<Tag> a)
{
    return scalar(db, sql, a.value);
}

/// Every row of every table as text: the test's record of "nothing in the vault changed".
QString dumpVault(Database& db)
{
    QStringList out;
    for (const char* table : kTables) {
        const std::string sql = std::string("SELECT rowid, * FROM ") + table + " ORDER BY rowid";
        auto st = db.prepare(sql);
        if (!st)
            return QStringLiteral("<%1: %2>").arg(QLatin1String(table), st.error().detail);
        out.append(QLatin1String(table));
        while (true) {
            auto row = st->step();
            if (!row)
                return QStringLiteral("<%1: %2>").arg(QLatin1String(table), row.error().detail);
            if (!row.value())
                break;
            QStringList cells;
            for (int i = 0; i < st->columnCount(); ++i)
                cells.append(st->columnIsNull(i) ? QStringLiteral("NULL") : st->columnText(i));
            out.append(cells.join(QLatin1Char('|')));
        }
    }
    return out.join(QLatin1Char('\n'));
}

/// Row counts per table, as one line that diffs readably.
QString tableCounts(Database& db)
{
    QStringList out;
    for (const char* table : kTables) {
        const std::string sql = std::string("SELECT count(*) FROM ") + table;
        auto n = db.queryInt(sql);
        out.append(QLatin1String(table) + QLatin1Char('=') +
                   (n ? QString::number(n.value()) : QStringLiteral("error: ") + n.error().detail));
    }
    return out.join(QLatin1Char(' '));
}

QStringList namesOf(const QList<ClientSummary>& rows)
{
    QStringList out;
    for (const ClientSummary& s : rows)
        out.append(s.chosenName);
    return out;
}

Client named(const QString& name)
{
    Client c;
    c.chosenName = name;
    return c;
}

/// A client with every field filled in, as a counselor might enter it (with stray spaces).
Client everyField(const QDate& today)
{
    Client c;
    c.chosenName = QStringLiteral("  Ana Ramírez ");
    c.pronouns = QStringLiteral("she/her ");
    c.legalName = QStringLiteral(" Ana María Ramírez Soto");
    c.birthYear = 1987;
    c.birthDate = QDate(1987, 4, 2);
    c.agencyCode = QStringLiteral("HR-0042");
    c.phone = QStringLiteral("+1 555 0100");
    c.email = QStringLiteral("ana@example.org");
    c.address = QStringLiteral("12 rue Saint-Denis\nApt 3");
    c.housing = QStringLiteral("shelter");
    c.housingRecordedOn = today.addDays(-30);
    c.substances = {
        {QStringLiteral("fentanyl"), {SubstanceRoute::Inject, SubstanceRoute::Smoke}, false},
        {QStringLiteral("methadone"), {SubstanceRoute::Swallow}, true},
        {QStringLiteral(" crystal meth "),
         {SubstanceRoute::Snort, SubstanceRoute::Other, SubstanceRoute::Smoke},
         false},
        {QStringLiteral("alcohol"), {}, false},
    };
    c.notes = QStringLiteral("  Prefers afternoons.\nLikes the outreach van.  ");
    c.status = ClientStatus::Inactive;
    return c;
}

/// What the service should store for c: short fields and substance names trimmed, notes as typed.
Client stored(Client c)
{
    for (QString* s :
         {&c.chosenName, &c.pronouns, &c.legalName, &c.agencyCode, &c.phone, &c.email, &c.address, &c.housing})
        *s = s->trimmed();
    for (SubstanceUse& s : c.substances)
        s.substance = s.substance.trimmed();
    return c;
}

/// A client with goals, revisions, drafts, a signed session with addenda, quotes, balance items, a change
/// plan, note sections, a substance, a safety flag and a revealed contact: every table they can reach.
struct History {
    ClientId client;
    QList<GoalId> goals;
    QList<SessionId> sessions;
    SessionId signedSession;
    QList<QUuid> uuids; ///< the client's, their goals' and their sessions'
};

SessionContent richSession(const QDate& date, const QList<GoalId>& goals, const QString& tag)
{
    SessionContent c;
    c.date = date;
    c.startTime = QTime(10, 30);
    c.durationMinutes = 50;
    c.setting = SessionSetting::Outreach;
    c.processes = {MiProcess::Engaging, MiProcess::Evoking};
    for (GoalId g : goals) {
        SessionGoalEntry e;
        e.goalId = g;
        e.stage = StageOfChange::Preparation;
        e.importance = RulerScore{7, tag + QStringLiteral(": my kids"), QStringLiteral("a place to stay")};
        e.confidence = RulerScore{4, QStringLiteral("I did it before"), QString()};
        e.quotes = {{TalkDirection::Change, TalkCategory::Desire, tag + QStringLiteral(": I want to be around")},
                    {TalkDirection::Sustain, TalkCategory::Need, QStringLiteral("I need it to sleep")}};
        c.goals.append(e);
    }
    c.balance = {{BalanceBox::StatusQuoGood, QStringLiteral("it calms me")},
                 {BalanceBox::ChangeGood, tag + QStringLiteral(": more money for food")}};
    c.changePlan = ChangePlan{
        QStringLiteral("carry naloxone"), QStringLiteral("my friends"), QString(), QString(), QString(), QString()};
    c.noteFormat = NoteFormat::Dap;
    c.note = {{QStringLiteral("data"), tag + QStringLiteral(" met at the van")},
              {QStringLiteral("plan"), QStringLiteral("follow up next week")}};
    c.nextSteps = QStringLiteral("bring the housing form");
    c.followUp = date.addDays(7);
    return c;
}

void buildHistory(Env& env, const QString& name, History* out)
{
    Domain& d = *env.domain;
    const QDate today = env.today();
    if (!d.counselor().counselor().value()) {
        const Status named = d.counselor().setCounselor({QStringLiteral("Robin Case"), QStringLiteral("MSW")});
        QVERIFY2(named.ok(), qPrintable(named.error().detail));
    }
    Client c = everyField(today);
    c.chosenName = name;
    c.safetyFlag = true;
    auto id = d.clients().create(c);
    QVERIFY2(id.ok(), qPrintable(id.error().detail));
    out->client = *id;
    auto revealed = d.clients().client(*id, ContactAccess::Reveal);
    QVERIFY2(revealed.ok(), qPrintable(revealed.error().detail));
    out->uuids.append(revealed->uuid);

    GoalFields safer;
    safer.clientWords = name + QStringLiteral(": use with someone around");
    safer.lifeArea = LifeArea::SubstanceUse;
    safer.position = ContinuumPosition::SaferUse;
    safer.steps = {QStringLiteral("text a friend"), QStringLiteral("carry naloxone")};
    auto g1 = d.goals().create(*id, safer, {QStringLiteral("first agreed"), ClientAgreement::Yes, std::nullopt});
    QVERIFY2(g1.ok(), qPrintable(g1.error().detail));
    out->goals.append(*g1);

    auto draft = d.sessions().createDraft(*id, richSession(today.addDays(-3), {*g1}, name));
    QVERIFY2(draft.ok(), qPrintable(draft.error().detail));
    out->sessions.append(*draft);

    GoalFields housing;
    housing.clientWords = name + QStringLiteral(": somewhere of my own");
    housing.lifeArea = LifeArea::Housing;
    auto g2 = d.goals().create(*id, housing, {QString(), ClientAgreement::Yes, *draft});
    QVERIFY2(g2.ok(), qPrintable(g2.error().detail));
    out->goals.append(*g2);

    safer.position = ContinuumPosition::ManagedUse;
    Status revised = d.goals().revise(*g1, safer, {QStringLiteral("moved along"), ClientAgreement::Yes, *draft});
    QVERIFY2(revised.ok(), qPrintable(revised.error().detail));
    safer.status = GoalStatus::Paused;
    revised = d.goals().revise(*g1, safer, {QStringLiteral("a break"), ClientAgreement::No, std::nullopt});
    QVERIFY2(revised.ok(), qPrintable(revised.error().detail));

    auto signedId = d.sessions().createDraft(*id, richSession(today.addDays(-1), {*g1, *g2}, name));
    QVERIFY2(signedId.ok(), qPrintable(signedId.error().detail));
    out->sessions.append(*signedId);
    out->signedSession = *signedId;
    const Status signedOk = d.sessions().sign(*signedId);
    QVERIFY2(signedOk.ok(), qPrintable(signedOk.error().detail));
    for (const QString& body : {QStringLiteral("phoned back"), QStringLiteral("form sent")}) {
        auto n = d.sessions().addAddendum(*signedId, body);
        QVERIFY2(n.ok(), qPrintable(n.error().detail));
    }

    auto later = d.sessions().createDraft(*id, richSession(today, {*g2}, name));
    QVERIFY2(later.ok(), qPrintable(later.error().detail));
    out->sessions.append(*later);

    const Status inactive = d.clients().setStatus(*id, ClientStatus::Inactive);
    QVERIFY2(inactive.ok(), qPrintable(inactive.error().detail));

    for (GoalId g : std::as_const(out->goals))
        out->uuids.append(d.goals().goal(g)->uuid);
    for (SessionId s : std::as_const(out->sessions))
        out->uuids.append(d.sessions().session(s)->uuid);
}

/// How many rows of each table belong to a client, by the parents they hang from.
struct OwnedRows {
    const char* table;
    const char* sql; ///< :a is the client
};
const OwnedRows kOwned[] = {
    {"clients", "SELECT count(*) FROM clients WHERE id = :a"},
    {"client_substances", "SELECT count(*) FROM client_substances WHERE client_id = :a"},
    {"client_search", "SELECT count(*) FROM client_search WHERE rowid = :a"},
    {"client_name_trigrams", "SELECT count(*) FROM client_name_trigrams WHERE rowid = :a"},
    {"goals", "SELECT count(*) FROM goals WHERE client_id = :a"},
    {"goal_revisions",
     "SELECT count(*) FROM goal_revisions WHERE goal_id IN (SELECT id FROM goals WHERE client_id = :a)"},
    {"sessions", "SELECT count(*) FROM sessions WHERE client_id = :a"},
    {"session_goals",
     "SELECT count(*) FROM session_goals WHERE session_id IN (SELECT id FROM sessions WHERE client_id = :a)"},
    {"talk_quotes", "SELECT count(*) FROM talk_quotes WHERE session_goal_id IN (SELECT g.id FROM session_goals g "
                    "JOIN sessions s ON s.id = g.session_id WHERE s.client_id = :a)"},
    {"balance_items",
     "SELECT count(*) FROM balance_items WHERE session_id IN (SELECT id FROM sessions WHERE client_id = :a)"},
    {"note_sections",
     "SELECT count(*) FROM note_sections WHERE session_id IN (SELECT id FROM sessions WHERE client_id = :a)"},
    {"addenda", "SELECT count(*) FROM addenda WHERE session_id IN (SELECT id FROM sessions WHERE client_id = :a)"},
    {"audit_log", "SELECT count(*) FROM audit_log WHERE client_id = :a"},
};

QString ownedCounts(Database& db, ClientId client)
{
    QStringList out;
    for (const OwnedRows& o : kOwned)
        out.append(QLatin1String(o.table) + QLatin1Char('=') + QString::number(scalar(db, o.sql, client)));
    return out.join(QLatin1Char(' '));
}

/// Everything the services show of a history, to prove it untouched.
QString describeHistory(Env& env, const History& h)
{
    Database& db = env.db();
    QStringList parts{ownedCounts(db, h.client)};
    parts.append(describe(env.clients().client(h.client, ContactAccess::HideIfFlagged).value()));
    for (GoalId g : h.goals) {
        const auto revisions = env.domain->goals().history(g);
        for (const GoalRevision& r : revisions.value())
            parts.append(r.fields.clientWords + QLatin1Char('|') + r.reason + QLatin1Char('|') +
                         r.revisedAt.toString(Qt::ISODateWithMs));
    }
    for (SessionId s : h.sessions) {
        const auto record = env.domain->sessions().session(s);
        const SessionRecord& r = record.value();
        parts.append(QString::number(r.content.goals.size()) + QLatin1Char('|') + QString::number(r.addenda.size()) +
                     QLatin1Char('|') + r.content.note.value(0).body + QLatin1Char('|') +
                     (r.signedAt ? r.signedAt->toString(Qt::ISODateWithMs) : QStringLiteral("draft")));
    }
    return parts.join(QLatin1Char('\n'));
}

/// A roster for the search tests: accents, shared prefixes, codes, legal names, one archived.
struct RosterEntry {
    QString name;
    QString agencyCode;
    QString legalName;
    ClientStatus status;
};
const QList<RosterEntry>& roster()
{
    static const QList<RosterEntry> r{
        {QStringLiteral("José Ñandú"), {}, {}, ClientStatus::Active},
        {QStringLiteral("Joséphine Ortiz"), {}, {}, ClientStatus::Inactive},
        {QStringLiteral("Ana Ramírez"), QStringLiteral("HR-0042"), QStringLiteral("Ana María Ramírez Soto"),
         ClientStatus::Active},
        {QStringLiteral("Ramón Díaz"), {}, {}, ClientStatus::Active},
        {QStringLiteral("Abraham Cole"), {}, {}, ClientStatus::Active},
        {QStringLiteral("Orla Byrne"), {}, {}, ClientStatus::Active},
        {QStringLiteral("Victor Hale"), {}, {}, ClientStatus::Active},
        {QStringLiteral("Marcus Lee"), QStringLiteral("HR-0107"), {}, ClientStatus::Active},
        {QStringLiteral("Sam"), {}, QStringLiteral("Samantha Quinn"), ClientStatus::Active},
        {QStringLiteral("François Müller"), {}, QStringLiteral("Frank Miller"), ClientStatus::Active},
        {QStringLiteral("Zoë Ng"), {}, {}, ClientStatus::Active},
        {QStringLiteral("Émile Dubois"), {}, QStringLiteral("Emil Dubois"), ClientStatus::Archived},
    };
    return r;
}

void createRoster(Env& env)
{
    // Created out of alphabetical order, so sorting cannot come from insertion order.
    QList<RosterEntry> entries = roster();
    std::reverse(entries.begin(), entries.end());
    for (const RosterEntry& e : std::as_const(entries)) {
        Client c = named(e.name);
        c.agencyCode = e.agencyCode;
        c.legalName = e.legalName;
        c.status = e.status;
        auto id = env.clients().create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
    }
}

/// Everyone on the roster but the archived Émile, in the order the list shows them: accents and case
/// ignored ("José Ñandú" sorts as "jose nandu", before "josephine"), worked out by hand.
QStringList currentRosterSorted()
{
    return {QStringLiteral("Abraham Cole"), QStringLiteral("Ana Ramírez"),     QStringLiteral("François Müller"),
            QStringLiteral("José Ñandú"),   QStringLiteral("Joséphine Ortiz"), QStringLiteral("Marcus Lee"),
            QStringLiteral("Orla Byrne"),   QStringLiteral("Ramón Díaz"),      QStringLiteral("Sam"),
            QStringLiteral("Victor Hale"),  QStringLiteral("Zoë Ng")};
}

} // namespace

class TestClientService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void roundTrip_data()
    {
        const QDate today = kNow.date();
        QTest::addColumn<Client>("input");

        QTest::addRow("chosen name only") << named(QStringLiteral("Sky"));
        QTest::addRow("chosen name trimmed") << named(QStringLiteral(" \t Sky Blue \n"));
        QTest::addRow("every field") << everyField(today);
        Client flagged = everyField(today);
        flagged.safetyFlag = true;
        flagged.status = ClientStatus::Active;
        QTest::addRow("every field, safety flag") << flagged;
        Client limits = named(QStringLiteral("  ") + QString(ClientService::kMaxChosenName, QLatin1Char('x')) +
                              QStringLiteral(" "));
        limits.notes = QString(ClientService::kMaxNotes, QLatin1Char('n'));
        limits.pronouns = QString(ClientService::kMaxShortField, QLatin1Char('p'));
        limits.birthYear = today.year();
        limits.birthDate = today;
        limits.housingRecordedOn = today;
        QTest::addRow("at every limit") << limits;
        Client oldest = named(QStringLiteral("Nan"));
        oldest.birthYear = 1900;
        oldest.birthDate = QDate(1900, 1, 1);
        oldest.status = ClientStatus::Archived;
        QTest::addRow("oldest plausible birth, archived") << oldest;
        Client unicode = named(QStringLiteral("Zoë 🌻 Ng"));
        unicode.pronouns = QStringLiteral("they/them");
        unicode.substances = {{QStringLiteral("kratom"), {SubstanceRoute::Swallow}, false}};
        QTest::addRow("emoji and diaeresis") << unicode;
    }

    void roundTrip()
    {
        QFETCH(Client, input);
        Env env;
        QSignalSpy added(&env.clients(), &ClientService::clientAdded);
        const qint64 auditBefore = env.domain->audit().count().value();

        auto id = env.clients().create(input);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.at(0).at(0).value<ClientId>(), *id);

        auto read = env.clients().client(*id, ContactAccess::Reveal);
        QVERIFY2(read.ok(), qPrintable(read.error().detail));
        QVERIFY(!read->uuid.isNull());
        Client expected = stored(input);
        expected.id = *id;
        expected.uuid = read->uuid;
        expected.createdAt = kNow;
        expected.updatedAt = kNow;
        QCOMPARE(*read, expected);

        // One "create" entry that names the record and the client, and (for a flagged client) the reveal.
        auto entries = env.domain->audit().entries(0, 10);
        QVERIFY(entries.ok());
        const qsizetype written = input.safetyFlag ? 2 : 1;
        QCOMPARE(entries->size(), written);
        QCOMPARE(env.domain->audit().count().value(), auditBefore + written);
        const AuditEntry& create = entries->last();
        QCOMPARE(create.action, AuditAction::Create);
        QCOMPARE(create.recordType, QStringLiteral("client"));
        QCOMPARE(create.recordUuid, read->uuid);
        QCOMPARE(create.clientId, std::optional<ClientId>(*id));
        QVERIFY(!create.detail.contains(expected.chosenName.left(3)));
    }

    void updateReplacesEveryField()
    {
        Env env;
        auto id = env.clients().create(everyField(env.today()));
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        auto before = env.clients().client(*id);
        QVERIFY(before.ok());

        env.clock.advanceSecs(3600);
        Client changed = *before;
        changed.chosenName = QStringLiteral(" Anita ");
        changed.pronouns = QStringLiteral("she/they");
        changed.legalName.clear();
        changed.birthYear.reset();
        changed.birthDate.reset();
        changed.agencyCode = QStringLiteral("HR-0099");
        changed.phone.clear();
        changed.email = QStringLiteral("anita@example.org");
        changed.address = QStringLiteral("the river camp");
        changed.housing = QStringLiteral("outside");
        changed.housingRecordedOn = env.today();
        changed.substances = {{QStringLiteral("cannabis"), {SubstanceRoute::Smoke, SubstanceRoute::Swallow}, true}};
        changed.notes = QStringLiteral("new notes");
        changed.status = ClientStatus::Active;
        QSignalSpy changedSpy(&env.clients(), &ClientService::clientChanged);
        const Status s = env.clients().update(changed);
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        QCOMPARE(changedSpy.count(), 1);
        QCOMPARE(changedSpy.at(0).at(0).value<ClientId>(), *id);

        auto after = env.clients().client(*id);
        QVERIFY(after.ok());
        Client expected = stored(changed);
        expected.updatedAt = env.clock.now();
        QCOMPARE(*after, expected);
        QCOMPARE(after->createdAt, kNow);
        QCOMPARE(scalar(env.db(), "SELECT count(*) FROM client_substances WHERE client_id = :a", *id), 1);

        // The search index follows the name and the code.
        QCOMPARE(env.clients().count({QStringLiteral("ramírez")}).value(), 0);
        QCOMPARE(env.clients().count({QStringLiteral("HR-0042")}).value(), 0);
        QCOMPARE(env.clients().count({QStringLiteral("anita")}).value(), 1);
        QCOMPARE(env.clients().count({QStringLiteral("0099")}).value(), 1);

        auto last = env.domain->audit().entries(0, 1);
        QCOMPARE(last->first().action, AuditAction::Update);
        QCOMPARE(last->first().clientId, std::optional<ClientId>(*id));

        Client ghost = named(QStringLiteral("Nobody"));
        ghost.id = ClientId(id->value + 1000);
        QCOMPARE(env.clients().update(ghost).code(), ErrorCode::NotFound);
        QCOMPARE(env.clients().client(ClientId(id->value + 1000)).code(), ErrorCode::NotFound);
    }

    void refusals_data()
    {
        const QDate today = kNow.date();
        QTest::addColumn<Client>("input");
        QTest::addColumn<FieldReason>("failure");

        const auto with = [](auto change) {
            Client c = named(QStringLiteral("Valid Name"));
            change(c);
            return c;
        };
        QTest::addRow("empty chosen name") << with([](Client& c) { c.chosenName.clear(); })
                                           << FieldReason{Field::ChosenName, ValidationReason::Required};
        QTest::addRow("whitespace-only chosen name")
            << with([](Client& c) { c.chosenName = QStringLiteral(" \t\n\u00a0 "); })
            << FieldReason{Field::ChosenName, ValidationReason::Required};
        QTest::addRow("chosen name too long")
            << with([](Client& c) { c.chosenName = QString(ClientService::kMaxChosenName + 1, QLatin1Char('x')); })
            << FieldReason{Field::ChosenName, ValidationReason::TooLong};
        QTest::addRow("birth year 1899") << with([](Client& c) { c.birthYear = 1899; })
                                         << FieldReason{Field::BirthYear, ValidationReason::NotPlausible};
        QTest::addRow("birth year next year") << with([&today](Client& c) { c.birthYear = today.year() + 1; })
                                              << FieldReason{Field::BirthYear, ValidationReason::NotPlausible};
        QTest::addRow("birth year negative") << with([](Client& c) { c.birthYear = -5; })
                                             << FieldReason{Field::BirthYear, ValidationReason::NotPlausible};
        QTest::addRow("birth date tomorrow") << with([&today](Client& c) { c.birthDate = today.addDays(1); })
                                             << FieldReason{Field::BirthDate, ValidationReason::NotPlausible};
        QTest::addRow("birth date 1899") << with([](Client& c) { c.birthDate = QDate(1899, 12, 31); })
                                         << FieldReason{Field::BirthDate, ValidationReason::NotPlausible};
        QTest::addRow("birth date invalid") << with([](Client& c) { c.birthDate = QDate(); })
                                            << FieldReason{Field::BirthDate, ValidationReason::NotPlausible};
        QTest::addRow("birth year and date disagree") << with([](Client& c) {
            c.birthYear = 1990;
            c.birthDate = QDate(1991, 5, 1);
        }) << FieldReason{Field::BirthYear, ValidationReason::DoesNotMatch};
        QTest::addRow("substance without a name") << with([](Client& c) {
            c.substances = {{QStringLiteral("alcohol"), {}, false}, {QString(), {SubstanceRoute::Inject}, false}};
        }) << FieldReason{Field::Substances, ValidationReason::Empty};
        QTest::addRow("substance named with spaces") << with([](Client& c) {
            c.substances = {{QStringLiteral("   "), {SubstanceRoute::Smoke}, true}};
        }) << FieldReason{Field::Substances, ValidationReason::Empty};
        QTest::addRow("notes too long") << with([](Client& c) {
            c.notes = QString(ClientService::kMaxNotes + 1, QLatin1Char('n'));
        }) << FieldReason{Field::Notes, ValidationReason::TooLong};
        QTest::addRow("pronouns too long")
            << with([](Client& c) { c.pronouns = QString(ClientService::kMaxShortField + 1, QLatin1Char('p')); })
            << FieldReason{Field::Pronouns, ValidationReason::TooLong};
        QTest::addRow("legal name too long")
            << with([](Client& c) { c.legalName = QString(ClientService::kMaxShortField + 1, QLatin1Char('l')); })
            << FieldReason{Field::LegalName, ValidationReason::TooLong};
        QTest::addRow("address too long") << with([](Client& c) { c.address = QString(1001, QLatin1Char('a')); })
                                          << FieldReason{Field::Address, ValidationReason::TooLong};
        QTest::addRow("housing recorded tomorrow")
            << with([&today](Client& c) { c.housingRecordedOn = today.addDays(1); })
            << FieldReason{Field::HousingRecordedOn, ValidationReason::InTheFuture};
        QTest::addRow("housing recorded on no real date")
            << with([](Client& c) { c.housingRecordedOn = QDate(); })
            << FieldReason{Field::HousingRecordedOn, ValidationReason::NotPlausible};
    }

    void refusals()
    {
        QFETCH(Client, input);
        QFETCH(FieldReason, failure);
        Env env;
        // A client already on file, so an update has something to (not) change.
        auto existing = env.clients().create(everyField(env.today()));
        QVERIFY2(existing.ok(), qPrintable(existing.error().detail));
        const Client before = env.clients().client(*existing, ContactAccess::Reveal).value();
        const QString vaultBefore = dumpVault(env.db());
        const QString countsBefore = tableCounts(env.db());
        QSignalSpy added(&env.clients(), &ClientService::clientAdded);
        QSignalSpy changed(&env.clients(), &ClientService::clientChanged);

        auto created = env.clients().create(input);
        QVERIFY(!created.ok());
        QCOMPARE(created.code(), ErrorCode::Validation);
        QCOMPARE(created.error().failure(), failure);
        QVERIFY(!created.error().detail.isEmpty());

        Client edit = input;
        edit.id = *existing;
        edit.uuid = before.uuid;
        const Status updated = env.clients().update(edit);
        QCOMPARE(updated.code(), ErrorCode::Validation);
        QCOMPARE(updated.error().failure(), failure);

        QCOMPARE(tableCounts(env.db()), countsBefore);
        QCOMPARE(dumpVault(env.db()), vaultBefore);
        QCOMPARE(added.count(), 0);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(env.clients().client(*existing, ContactAccess::Reveal).value(), before);
    }

    void safetyFlagHidesContact()
    {
        Env env;
        Client c = everyField(env.today());
        c.safetyFlag = true;
        auto id = env.clients().create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const qint64 auditBefore = env.domain->audit().count().value();

        auto hidden = env.clients().client(*id);
        QVERIFY(hidden.ok());
        QVERIFY(hidden->contactHidden);
        QCOMPARE(hidden->phone, QString());
        QCOMPARE(hidden->email, QString());
        QCOMPARE(hidden->address, QString());
        // Only the contact details are withheld.
        QCOMPARE(hidden->chosenName, QStringLiteral("Ana Ramírez"));
        QCOMPARE(hidden->legalName, QStringLiteral("Ana María Ramírez Soto"));
        QCOMPARE(hidden->substances.size(), 4);
        QCOMPARE(env.domain->audit().count().value(), auditBefore); // reading hidden records nothing

        auto shown = env.clients().client(*id, ContactAccess::Reveal);
        QVERIFY(shown.ok());
        QVERIFY(!shown->contactHidden);
        QCOMPARE(shown->phone, QStringLiteral("+1 555 0100"));
        QCOMPARE(shown->email, QStringLiteral("ana@example.org"));
        QCOMPARE(shown->address, QStringLiteral("12 rue Saint-Denis\nApt 3"));
        QCOMPARE(env.domain->audit().count().value(), auditBefore + 1);
        const AuditEntry reveal = env.domain->audit().entries(0, 1)->first();
        QCOMPARE(reveal.action, QStringLiteral("reveal-contact"));
        QCOMPARE(reveal.clientId, std::optional<ClientId>(*id));
        QCOMPARE(reveal.recordUuid, shown->uuid);
        QCOMPARE(reveal.detail, QString()); // never the details themselves

        // The summary never carries contact details at all; it shows that the flag is set.
        auto rows = env.clients().search({});
        QCOMPARE(rows->size(), 1);
        QVERIFY(rows->first().safetyFlag);
    }

    void updateOfHiddenRecordKeepsContact()
    {
        Env env;
        Client c = everyField(env.today());
        c.safetyFlag = true;
        auto id = env.clients().create(c);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));

        Client hidden = env.clients().client(*id).value();
        QVERIFY(hidden.contactHidden);
        hidden.pronouns = QStringLiteral("they/them");
        hidden.notes = QStringLiteral("moved shelters");
        const qint64 auditBefore = env.domain->audit().count().value();
        const Status s = env.clients().update(hidden);
        QVERIFY2(s.ok(), qPrintable(s.error().detail));

        // The update is audited as an update; nobody saw the contact details, so no reveal is recorded.
        auto entries = env.domain->audit().entries(0, 10);
        QStringList actions;
        for (qsizetype i = 0; i < env.domain->audit().count().value() - auditBefore; ++i)
            actions.append(entries->at(i).action);
        QCOMPARE(actions, QStringList{AuditAction::Update});

        const Client shown = env.clients().client(*id, ContactAccess::Reveal).value();
        QCOMPARE(shown.pronouns, QStringLiteral("they/them"));
        QCOMPARE(shown.notes, QStringLiteral("moved shelters"));
        QCOMPARE(shown.phone, QStringLiteral("+1 555 0100"));
        QCOMPARE(shown.email, QStringLiteral("ana@example.org"));
        QCOMPARE(shown.address, QStringLiteral("12 rue Saint-Denis\nApt 3"));

        // A record read with the details shown may change (or clear) them.
        Client edit = shown;
        edit.phone.clear();
        edit.address = QStringLiteral("a new safe address");
        QVERIFY(env.clients().update(edit).ok());
        const Client again = env.clients().client(*id, ContactAccess::Reveal).value();
        QCOMPARE(again.phone, QString());
        QCOMPARE(again.email, QStringLiteral("ana@example.org"));
        QCOMPARE(again.address, QStringLiteral("a new safe address"));
    }

    void unflaggedClientsAreNeverHidden()
    {
        Env env;
        auto id = env.clients().create(everyField(env.today()));
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const qint64 auditBefore = env.domain->audit().count().value();
        const Client plain = env.clients().client(*id).value();
        QVERIFY(!plain.contactHidden);
        QCOMPARE(plain.phone, QStringLiteral("+1 555 0100"));
        QCOMPARE(plain.email, QStringLiteral("ana@example.org"));
        QCOMPARE(plain.address, QStringLiteral("12 rue Saint-Denis\nApt 3"));
        QCOMPARE(env.clients().client(*id, ContactAccess::Reveal).value(), plain);
        QCOMPARE(env.domain->audit().count().value(), auditBefore);

        // Setting the flag hides the details from then on; clearing it shows them again.
        Client flag = plain;
        flag.safetyFlag = true;
        QVERIFY(env.clients().update(flag).ok());
        QVERIFY(env.clients().client(*id)->contactHidden);
        QCOMPARE(env.clients().client(*id)->phone, QString());
        Client unflag = env.clients().client(*id, ContactAccess::Reveal).value();
        unflag.safetyFlag = false;
        QVERIFY(env.clients().update(unflag).ok());
        QVERIFY(!env.clients().client(*id)->contactHidden);
        QCOMPARE(env.clients().client(*id)->phone, QStringLiteral("+1 555 0100"));
    }

    void archiveAndReactivate_data()
    {
        QTest::addColumn<StatusFilter>("filter");
        QTest::addColumn<QStringList>("whileArchived");
        QTest::addColumn<QStringList>("afterReactivation");
        const QString a = QStringLiteral("Ana"), b = QStringLiteral("Bo"), c = QStringLiteral("Cy");
        QTest::addRow("current") << StatusFilter::Current << QStringList{a, c} << QStringList{a, b, c};
        QTest::addRow("archived") << StatusFilter::Archived << QStringList{b} << QStringList{};
        QTest::addRow("all") << StatusFilter::All << QStringList{a, b, c} << QStringList{a, b, c};
    }

    void archiveAndReactivate()
    {
        QFETCH(StatusFilter, filter);
        QFETCH(QStringList, whileArchived);
        QFETCH(QStringList, afterReactivation);
        Env env;
        QList<ClientId> ids;
        for (const QString& n : {QStringLiteral("Cy"), QStringLiteral("Bo"), QStringLiteral("Ana")})
            ids.append(env.clients().create(named(n)).value());
        const ClientId bo = ids.at(1);
        QVERIFY(env.clients().setStatus(ids.at(0), ClientStatus::Inactive).ok()); // inactive stays current

        QSignalSpy changed(&env.clients(), &ClientService::clientChanged);
        QVERIFY(env.clients().setStatus(bo, ClientStatus::Archived).ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<ClientId>(), bo);
        QCOMPARE(env.clients().client(bo)->status, ClientStatus::Archived);
        QCOMPARE(env.domain->audit().entries(0, 1)->first().action, AuditAction::Archive);

        for (const QString& text : {QString(), QStringLiteral("bo")}) {
            ClientQuery q{text, false, filter, 0, 50};
            const QStringList expected = text.isEmpty() ? whileArchived : whileArchived.filter(QStringLiteral("Bo"));
            QCOMPARE(namesOf(env.clients().search(q).value()), expected);
            QCOMPARE(env.clients().count(q).value(), expected.size());
        }

        QVERIFY(env.clients().setStatus(bo, ClientStatus::Active).ok());
        QCOMPARE(env.domain->audit().entries(0, 1)->first().action, AuditAction::Reactivate);
        QCOMPARE(env.clients().client(bo)->status, ClientStatus::Active);
        ClientQuery q{QString(), false, filter, 0, 50};
        QCOMPARE(namesOf(env.clients().search(q).value()), afterReactivation);
        QCOMPARE(env.clients().count(q).value(), afterReactivation.size());

        const QString vault = dumpVault(env.db());
        QCOMPARE(env.clients().setStatus(ClientId(ids.last().value + 99), ClientStatus::Archived).code(),
                 ErrorCode::NotFound);
        QCOMPARE(dumpVault(env.db()), vault);
    }

    void purgeNeedsTheChosenNameTypedBack_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addRow("nothing") << QString();
        QTest::addRow("blank") << QStringLiteral("   ");
        QTest::addRow("lower case") << QStringLiteral("ana ramírez");
        QTest::addRow("accent left out") << QStringLiteral("Ana Ramirez");
        QTest::addRow("first name only") << QStringLiteral("Ana");
        QTest::addRow("double space") << QStringLiteral("Ana  Ramírez");
        QTest::addRow("the legal name") << QStringLiteral("Ana María Ramírez Soto");
        QTest::addRow("the agency code") << QStringLiteral("HR-0042");
        QTest::addRow("decomposed accent") << QStringLiteral("Ana Rami\u0301rez");
    }

    void purgeNeedsTheChosenNameTypedBack()
    {
        QFETCH(QString, typed);
        Env env;
        History h;
        buildHistory(env, QStringLiteral("Ana Ramírez"), &h);
        if (QTest::currentTestFailed())
            return;
        const QString before = dumpVault(env.db());
        QSignalSpy removed(&env.clients(), &ClientService::clientRemoved);

        const Status s = env.clients().purge(h.client, typed);
        QCOMPARE(s.code(), ErrorCode::Validation);
        QCOMPARE(s.error().failure(), FieldReason(Field::PurgeConfirmation, ValidationReason::DoesNotMatch));
        QCOMPARE(dumpVault(env.db()), before);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(scalar(env.db(), "SELECT count(*) FROM purge_authorizations"), 0);

        QCOMPARE(env.clients().purge(ClientId(h.client.value + 1000), QStringLiteral("Ana Ramírez")).code(),
                 ErrorCode::NotFound);
        QCOMPARE(dumpVault(env.db()), before);
    }

    void purgeRemovesEveryTraceOfOneClient()
    {
        Env env;
        History a, b;
        buildHistory(env, QStringLiteral("Ana Ramírez"), &a);
        buildHistory(env, QStringLiteral("Bea Quispe"), &b);
        if (QTest::currentTestFailed())
            return;
        Database& db = env.db();

        // Every kind of row exists for both, so the checks below can see each one go (or stay).
        for (const OwnedRows& o : kOwned) {
            QVERIFY2(scalar(db, o.sql, a.client) > 0, o.table);
            QVERIFY2(scalar(db, o.sql, b.client) > 0, o.table);
        }
        const QString ownedA = ownedCounts(db, a.client);
        const QString ownedB = ownedCounts(db, b.client);
        QCOMPARE(ownedA, ownedB); // the same history, so any leftover or over-deletion shows as a difference

        QList<qint64> auditAboutA;
        {
            auto st = db.prepare("SELECT id FROM audit_log WHERE client_id = :a ORDER BY id");
            st->bind(st->parameterIndex(":a"), a.client);
            while (st->step().value())
                auditAboutA.append(st->columnInt64(0));
        }
        QVERIFY(auditAboutA.size() >= 10);
        const QString auditRowsBefore = [&db] {
            QStringList rows;
            auto st = db.prepare("SELECT id, at, actor, action, record_type, detail FROM audit_log ORDER BY id");
            while (st->step().value()) {
                rows.append(QStringList{st->columnText(0), st->columnText(1), st->columnText(2), st->columnText(3),
                                        st->columnText(4), st->columnText(5)}
                                .join(QLatin1Char('|')));
            }
            return rows.join(QLatin1Char('\n'));
        }();
        const qint64 auditBefore = env.domain->audit().count().value();
        const QString bBefore = describeHistory(env, b);
        QSignalSpy removed(&env.clients(), &ClientService::clientRemoved);

        const Status purged = env.clients().purge(a.client, QStringLiteral("Ana Ramírez"));
        QVERIFY2(purged.ok(), qPrintable(purged.error().detail));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<ClientId>(), a.client);

        // Nothing of A remains, by parent or by id.
        for (const OwnedRows& o : kOwned)
            QVERIFY2(scalar(db, o.sql, a.client) == 0, o.table);
        for (GoalId g : std::as_const(a.goals)) {
            QCOMPARE(scalar(db, "SELECT count(*) FROM goal_revisions WHERE goal_id = :a", g), 0);
            QCOMPARE(scalar(db, "SELECT count(*) FROM session_goals WHERE goal_id = :a", g), 0);
        }
        for (SessionId s : std::as_const(a.sessions)) {
            for (const char* sql : {"SELECT count(*) FROM session_goals WHERE session_id = :a",
                                    "SELECT count(*) FROM balance_items WHERE session_id = :a",
                                    "SELECT count(*) FROM note_sections WHERE session_id = :a",
                                    "SELECT count(*) FROM addenda WHERE session_id = :a",
                                    "SELECT count(*) FROM goal_revisions WHERE session_id = :a"})
                QVERIFY2(scalar(db, sql, s) == 0, sql);
        }
        QCOMPARE(scalar(db, "SELECT count(*) FROM talk_quotes WHERE session_goal_id NOT IN (SELECT id FROM "
                            "session_goals)"),
                 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM purge_authorizations"), 0);
        QCOMPARE(env.clients().client(a.client).code(), ErrorCode::NotFound);
        QCOMPARE(env.clients().count({QStringLiteral("ana"), false, StatusFilter::All}).value(), 0);
        QCOMPARE(env.clients().count({QStringLiteral("bea"), false, StatusFilter::All}).value(), 1);
        for (const QUuid& u : std::as_const(a.uuids)) {
            auto st = db.prepare("SELECT count(*) FROM audit_log WHERE record_uuid = ?1");
            st->bind(1, u.toString(QUuid::WithoutBraces));
            QVERIFY(st->step().value());
            QCOMPARE(st->columnInt64(0), 0);
        }

        // Every table shrank by exactly A's rows: B and everything else untouched.
        QCOMPARE(ownedCounts(db, b.client), ownedB);
        QCOMPARE(env.domain->goals().goalsForClient(b.client)->size(), b.goals.size());
        QCOMPARE(env.domain->sessions().sessionsForClient(b.client)->size(), b.sessions.size());
        const QString bAfter = describeHistory(env, b);
        QCOMPARE(bAfter, bBefore);
        QCOMPARE(scalar(db, "SELECT count(*) FROM clients"), 1);

        // A's audit entries stay, anonymous: same when, who, what; no client and no record.
        QCOMPARE(env.domain->audit().count().value(), auditBefore + 1);
        for (qint64 entry : std::as_const(auditAboutA)) {
            QCOMPARE(scalar(db, "SELECT client_id IS NULL AND record_uuid IS NULL FROM audit_log WHERE id = :a", entry),
                     1);
        }
        const QString auditRowsAfter = [&db] {
            QStringList rows;
            auto st = db.prepare("SELECT id, at, actor, action, record_type, detail FROM audit_log WHERE action != "
                                 "'purge' ORDER BY id");
            while (st->step().value()) {
                rows.append(QStringList{st->columnText(0), st->columnText(1), st->columnText(2), st->columnText(3),
                                        st->columnText(4), st->columnText(5)}
                                .join(QLatin1Char('|')));
            }
            return rows.join(QLatin1Char('\n'));
        }();
        QCOMPARE(auditRowsAfter, auditRowsBefore);

        // The purge itself is recorded, and names no one.
        const AuditEntry purge = env.domain->audit().entries(0, 1)->first();
        QCOMPARE(purge.action, AuditAction::Purge);
        QCOMPARE(purge.recordType, QStringLiteral("client"));
        QCOMPARE(purge.clientId, std::optional<ClientId>());
        QVERIFY(purge.recordUuid.isNull());
        QCOMPARE(purge.detail, QString());
        QCOMPARE(purge.actor, QStringLiteral("Robin Case"));
        QCOMPARE(scalar(db, "SELECT count(*) FROM audit_log WHERE action = 'purge' AND client_id IS NULL AND "
                            "coalesce(record_uuid, '') = ''"),
                 1);
    }

    void rawSqlCannotBypassImmutability_data()
    {
        QTest::addColumn<QString>("sql");
        // :s the signed session, :g a goal with revisions, :c the client. Each must be refused by a trigger
        // (or a foreign key) without the purge's authorisation.
        const QList<std::pair<const char*, const char*>> rows{
            {"delete signed session", "DELETE FROM sessions WHERE id = :s"},
            {"edit signed session", "UPDATE sessions SET next_steps = 'rewritten' WHERE id = :s"},
            {"unsign session", "UPDATE sessions SET signed_at = NULL, signed_by = NULL WHERE id = :s"},
            {"delete goal revisions", "DELETE FROM goal_revisions WHERE goal_id = :g"},
            {"rewrite goal revision", "UPDATE goal_revisions SET client_words = 'rewritten' WHERE goal_id = :g"},
            {"delete addenda", "DELETE FROM addenda WHERE session_id = :s"},
            {"rewrite addendum", "UPDATE addenda SET body = 'rewritten' WHERE session_id = :s"},
            {"delete signed goal entries", "DELETE FROM session_goals WHERE session_id = :s"},
            {"edit signed ruler", "UPDATE session_goals SET importance = 0 WHERE session_id = :s"},
            {"delete signed quotes",
             "DELETE FROM talk_quotes WHERE session_goal_id IN (SELECT id FROM session_goals WHERE session_id = :s)"},
            {"delete signed balance", "DELETE FROM balance_items WHERE session_id = :s"},
            {"delete signed note", "DELETE FROM note_sections WHERE session_id = :s"},
            {"add to signed note",
             "INSERT INTO note_sections (session_id, position, section_key, body) VALUES (:s, 9, 'plan', 'later')"},
            {"anonymise audit", "UPDATE audit_log SET client_id = NULL WHERE client_id = :c"},
            {"anonymise audit as the purge does",
             "UPDATE audit_log SET client_id = NULL, record_uuid = NULL WHERE client_id = :c"},
            {"delete audit", "DELETE FROM audit_log WHERE client_id = :c"},
            {"delete the client row", "DELETE FROM clients WHERE id = :c"},
        };
        for (const auto& [name, sql] : rows)
            QTest::addRow("%s", name) << QString::fromLatin1(sql);
    }

    void rawSqlCannotBypassImmutability()
    {
        QFETCH(QString, sql);
        Env env;
        History h;
        buildHistory(env, QStringLiteral("Ana Ramírez"), &h);
        if (QTest::currentTestFailed())
            return;
        const QString before = dumpVault(env.db());

        const Status s = runWithIds(env.db(), sql, h);
        QCOMPARE(s.code(), ErrorCode::Constraint);
        QCOMPARE(dumpVault(env.db()), before);
    }

    void purgeAuthorizationIsPerClient_data() { rawSqlCannotBypassImmutability_data(); }

    void purgeAuthorizationIsPerClient()
    {
        QFETCH(QString, sql);
        Env env;
        History a, b;
        buildHistory(env, QStringLiteral("Ana Ramírez"), &a);
        buildHistory(env, QStringLiteral("Bea Quispe"), &b);
        if (QTest::currentTestFailed())
            return;
        auto auth = env.db().prepare("INSERT INTO purge_authorizations (client_id) VALUES (?1)");
        auth->bind(1, a.client);
        QVERIFY(auth->run().ok());
        const QString before = dumpVault(env.db());

        // A's authorisation opens nothing of B's.
        const Status s = runWithIds(env.db(), sql, b);
        QCOMPARE(s.code(), ErrorCode::Constraint);
        QCOMPARE(dumpVault(env.db()), before);
    }

    void purgeAuthorizationOpensOnlyItsOwnClient()
    {
        // The control for the two tests above: the same statements do go through for the authorised
        // client, so their refusals are the triggers' doing and not a broken statement.
        Env env;
        History a;
        buildHistory(env, QStringLiteral("Ana Ramírez"), &a);
        if (QTest::currentTestFailed())
            return;
        Database& db = env.db();
        QCOMPARE(runWithIds(db, QStringLiteral("DELETE FROM addenda WHERE session_id = :s"), a).code(),
                 ErrorCode::Constraint);
        auto auth = db.prepare("INSERT INTO purge_authorizations (client_id) VALUES (?1)");
        auth->bind(1, a.client);
        QVERIFY(auth->run().ok());
        for (const char* sql :
             {"DELETE FROM addenda WHERE session_id = :s",
              "DELETE FROM talk_quotes WHERE session_goal_id IN (SELECT id FROM session_goals WHERE "
              "session_id = :s)",
              "DELETE FROM session_goals WHERE session_id = :s", "DELETE FROM balance_items WHERE session_id = :s",
              "DELETE FROM note_sections WHERE session_id = :s",
              "UPDATE goal_revisions SET session_id = session_id WHERE goal_id = :g"}) {
            const Status s = runWithIds(db, QString::fromLatin1(sql), a);
            if (QString::fromLatin1(sql).startsWith(QStringLiteral("UPDATE")))
                QCOMPARE(s.code(), ErrorCode::Constraint); // revisions are never rewritten, even in a purge
            else
                QVERIFY2(s.ok(), qPrintable(QLatin1String(sql) + QStringLiteral(": ") + s.error().detail));
        }
        QVERIFY(runWithIds(db, QStringLiteral("DELETE FROM sessions WHERE id = :s"), a).ok());
        QCOMPARE(scalar(db, "SELECT count(*) FROM sessions WHERE id = :a", a.signedSession), 0);
        // Still only the tombstone form of an audit change, never a rewrite.
        QCOMPARE(runWithIds(db, QStringLiteral("UPDATE audit_log SET action = 'x' WHERE client_id = :c"), a).code(),
                 ErrorCode::Constraint);
        QCOMPARE(runWithIds(db, QStringLiteral("UPDATE audit_log SET client_id = NULL WHERE client_id = :c"), a).code(),
                 ErrorCode::Constraint);
        QVERIFY(runWithIds(db,
                           QStringLiteral("UPDATE audit_log SET client_id = NULL, record_uuid = NULL WHERE "
                                          "client_id = :c"),
                           a)
                    .ok());
    }

    void searchFoldsAccentsCaseAndWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("legal");
        QTest::addColumn<StatusFilter>("statuses");
        QTest::addColumn<QStringList>("expected");
        const auto cur = StatusFilter::Current;
        const QString jose = QStringLiteral("José Ñandú"), josephine = QStringLiteral("Joséphine Ortiz");
        const QString ana = QStringLiteral("Ana Ramírez"), ramon = QStringLiteral("Ramón Díaz");
        const QString orla = QStringLiteral("Orla Byrne"), marcus = QStringLiteral("Marcus Lee");
        const QString francois = QStringLiteral("François Müller"), emile = QStringLiteral("Émile Dubois");

        QTest::addRow("jose") << QStringLiteral("jose") << false << cur << QStringList{jose, josephine};
        QTest::addRow("JOSÉ") << QStringLiteral("JOSÉ") << false << cur << QStringList{jose, josephine};
        QTest::addRow("decomposed José") << QStringLiteral("Jose\u0301") << false << cur
                                         << QStringList{jose, josephine};
        QTest::addRow("nandu") << QStringLiteral("nandu") << false << cur << QStringList{jose};
        QTest::addRow("Ñan") << QStringLiteral("Ñan") << false << cur << QStringList{jose};
        QTest::addRow("ñandú") << QStringLiteral("ñandú") << false << cur << QStringList{jose};
        // Three letters or more match anywhere inside a name: "bra" in Abraham, "mir" in Ramírez.
        const QString abraham = QStringLiteral("Abraham Cole");
        QTest::addRow("ram") << QStringLiteral("ram") << false << cur << QStringList{ana, ramon};
        QTest::addRow("bra inside Abraham") << QStringLiteral("bra") << false << cur << QStringList{abraham};
        QTest::addRow("mir inside Ramírez") << QStringLiteral("mir") << false << cur << QStringList{ana};
        QTest::addRow("MÍR inside Ramírez") << QStringLiteral("MÍR") << false << cur << QStringList{ana};
        QTest::addRow("ndu inside Ñandú") << QStringLiteral("ndu") << false << cur << QStringList{jose};
        QTest::addRow("107 inside a code") << QStringLiteral("107") << false << cur << QStringList{marcus};
        QTest::addRow("two words inside") << QStringLiteral("mir ana") << false << cur << QStringList{ana};
        // Shorter than three letters: the start of a word only ("ra" is inside Abraham, not at a start).
        QTest::addRow("ra: start only") << QStringLiteral("ra") << false << cur << QStringList{ana, ramon};
        // Never inside a legal name: that stays a deliberate, word-start search.
        QTest::addRow("inside a legal name, asked") << QStringLiteral("uinn") << true << cur << QStringList{};
        QTest::addRow("two words") << QStringLiteral("ana ram") << false << cur << QStringList{ana};
        QTest::addRow("two words reversed") << QStringLiteral("RAM ana") << false << cur << QStringList{ana};
        QTest::addRow("inside a word, from three letters")
            << QStringLiteral("aham") << false << cur << QStringList{abraham};
        QTest::addRow("inside a word, not across words") << QStringLiteral("anara") << false << cur << QStringList{};
        QTest::addRow("hr-00") << QStringLiteral("hr-00") << false << cur << QStringList{ana};
        QTest::addRow("0042") << QStringLiteral("0042") << false << cur << QStringList{ana};
        QTest::addRow("hr") << QStringLiteral("hr") << false << cur << QStringList{ana, marcus};
        QTest::addRow("HR-0107") << QStringLiteral("HR-0107") << false << cur << QStringList{marcus};
        QTest::addRow("zoe") << QStringLiteral("zoe") << false << cur << QStringList{QStringLiteral("Zoë Ng")};
        QTest::addRow("muller") << QStringLiteral("muller") << false << cur << QStringList{francois};
        QTest::addRow("francois") << QStringLiteral("FRANÇOIS") << false << cur << QStringList{francois};
        QTest::addRow("no match") << QStringLiteral("xavier") << false << cur << QStringList{};
        QTest::addRow("legal name, not asked") << QStringLiteral("quinn") << false << cur << QStringList{};
        QTest::addRow("legal name, asked")
            << QStringLiteral("quinn") << true << cur << QStringList{QStringLiteral("Sam")};
        QTest::addRow("legal first name, not asked") << QStringLiteral("frank") << false << cur << QStringList{};
        QTest::addRow("legal first name, asked") << QStringLiteral("frank") << true << cur << QStringList{francois};
        QTest::addRow("legal middle name, not asked") << QStringLiteral("maría") << false << cur << QStringList{};
        QTest::addRow("legal middle name, asked") << QStringLiteral("maria soto") << true << cur << QStringList{ana};
        QTest::addRow("archived, current") << QStringLiteral("emile") << false << cur << QStringList{};
        QTest::addRow("archived, archived")
            << QStringLiteral("émile") << false << StatusFilter::Archived << QStringList{emile};
        QTest::addRow("archived, all") << QStringLiteral("du") << false << StatusFilter::All << QStringList{emile};
        QTest::addRow("archived legal name, all")
            << QStringLiteral("emil") << true << StatusFilter::All << QStringList{emile};

        // Hostile input: FTS5 syntax is quoted away, SQL is bound; none of it errors, none of it widens a
        // match. Input with no letters or digits is no search at all (the whole current caseload).
        const QStringList everyone = currentRosterSorted();
        QTest::addRow("empty") << QString() << false << cur << everyone;
        QTest::addRow("whitespace") << QStringLiteral(" \t\n ") << false << cur << everyone;
        QTest::addRow("a quote") << QStringLiteral("\"") << false << cur << everyone;
        QTest::addRow("a star") << QStringLiteral("*") << false << cur << everyone;
        QTest::addRow("punctuation") << QStringLiteral("\"*()-:^{}") << false << cur << everyone;
        QTest::addRow("OR is a word") << QStringLiteral("OR") << false << cur << QStringList{josephine, orla};
        QTest::addRow("OR is not an operator") << QStringLiteral("ana OR zoe") << false << cur << QStringList{};
        QTest::addRow("NOT is not an operator") << QStringLiteral("ana NOT zoe") << false << cur << QStringList{};
        QTest::addRow("NEAR(") << QStringLiteral("NEAR(") << false << cur << QStringList{};
        QTest::addRow("NEAR( with words") << QStringLiteral("NEAR(jose ana, 5)") << false << cur << QStringList{};
        QTest::addRow("SQL injection") << QStringLiteral("'); DROP TABLE clients; --") << false << cur << QStringList{};
        QTest::addRow("quote inside a word") << QStringLiteral("jo\"se") << false << cur << QStringList{};
        QTest::addRow("quoted phrase") << QStringLiteral("\"jose\"") << false << cur << QStringList{jose, josephine};
        QTest::addRow("column filter") << QStringLiteral("legal : quinn") << false << cur << QStringList{};
        QTest::addRow("column set filter") << QStringLiteral("{names legal} : quinn") << false << cur << QStringList{};
        QTest::addRow("caret") << QStringLiteral("^sam") << false << cur << QStringList{QStringLiteral("Sam")};
        QTest::addRow("prefix star inside") << QStringLiteral("j*") << false << cur << QStringList{jose, josephine};
    }

    void searchFoldsAccentsCaseAndWords()
    {
        QFETCH(QString, text);
        QFETCH(bool, legal);
        QFETCH(StatusFilter, statuses);
        QFETCH(QStringList, expected);
        Env env;
        createRoster(env);
        if (QTest::currentTestFailed())
            return;
        const QString before = dumpVault(env.db());

        const ClientQuery query{text, legal, statuses, 0, 50};
        auto rows = env.clients().search(query);
        QVERIFY2(rows.ok(), qPrintable(rows.error().detail));
        QCOMPARE(namesOf(*rows), expected);
        auto n = env.clients().count(query);
        QVERIFY2(n.ok(), qPrintable(n.error().detail));
        QCOMPARE(n.value(), expected.size());
        if (!legal) {
            for (const ClientSummary& s : std::as_const(*rows))
                QCOMPARE(s.matchedLegalName, QString());
        }
        QCOMPARE(dumpVault(env.db()), before); // searching never writes, whatever was typed
    }

    void legalNameShownOnlyWhenItMatched_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("legal");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("legalShown");
        QTest::addRow("matched on the legal name")
            << QStringLiteral("quinn") << true << QStringList{QStringLiteral("Sam")}
            << QStringList{QStringLiteral("Samantha Quinn")};
        QTest::addRow("matched on the legal first name")
            << QStringLiteral("frank") << true << QStringList{QStringLiteral("François Müller")}
            << QStringList{QStringLiteral("Frank Miller")};
        QTest::addRow("matched on the chosen name only")
            << QStringLiteral("françois") << true << QStringList{QStringLiteral("François Müller")}
            << QStringList{QString()};
        QTest::addRow("matched on the agency code only")
            << QStringLiteral("0042") << true << QStringList{QStringLiteral("Ana Ramírez")} << QStringList{QString()};
        QTest::addRow("legal names not asked for")
            << QStringLiteral("fran") << false << QStringList{QStringLiteral("François Müller")}
            << QStringList{QString()};
        QStringList blanks;
        for (qsizetype i = 0; i < currentRosterSorted().size(); ++i)
            blanks.append(QString());
        QTest::addRow("no search text, legal names asked for") << QString() << true << currentRosterSorted() << blanks;
    }

    void legalNameShownOnlyWhenItMatched()
    {
        // ClientSummary::matchedLegalName is "set when the row matched on the legal name": the list never
        // shows a legal name the search did not need.
        QFETCH(QString, text);
        QFETCH(bool, legal);
        QFETCH(QStringList, names);
        QFETCH(QStringList, legalShown);
        Env env;
        createRoster(env);
        if (QTest::currentTestFailed())
            return;
        auto rows = env.clients().search({text, legal, StatusFilter::Current, 0, 50});
        QVERIFY2(rows.ok(), qPrintable(rows.error().detail));
        QCOMPARE(namesOf(*rows), names);
        QStringList shown;
        for (const ClientSummary& s : std::as_const(*rows))
            shown.append(s.matchedLegalName);
        QCOMPARE(shown, legalShown);
    }

    void searchSortsAndPages_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QStringList>("expected"); ///< distinct names in the order shown, worked out by hand
        // Sorted with accents and case ignored: "Ángel" as "angel", "mårten" as "marten"; "Øyvind" keeps its
        // Ø (a letter of its own, not O with a mark), which sorts after z.
        const QStringList everyone{
            QStringLiteral("ana Álvarez"),   QStringLiteral("ana Ébert"),     QStringLiteral("Ángel Martín"),
            QStringLiteral("Ángel ng"),      QStringLiteral("Élodie Martín"), QStringLiteral("Élodie ng"),
            QStringLiteral("émile Martín"),  QStringLiteral("émile ng"),      QStringLiteral("Emma Álvarez"),
            QStringLiteral("Emma Ébert"),    QStringLiteral("Eve Álvarez"),   QStringLiteral("Eve Ébert"),
            QStringLiteral("Marta Martín"),  QStringLiteral("Marta ng"),      QStringLiteral("mårten Álvarez"),
            QStringLiteral("mårten Ébert"),  QStringLiteral("Zoë Álvarez"),   QStringLiteral("Zoë Ébert"),
            QStringLiteral("Øyvind Martín"), QStringLiteral("Øyvind ng")};
        QTest::addRow("everyone, pages of 1") << QString() << 1 << everyone;
        QTest::addRow("everyone, pages of 7") << QString() << 7 << everyone;
        QTest::addRow("everyone, one page") << QString() << 500 << everyone;
        // A word of the name begins with what was typed: ana, Ángel, Álvarez.
        QTest::addRow("'a', pages of 4") << QStringLiteral("a") << 4
                                         << QStringList{
                                                QStringLiteral("ana Álvarez"),    QStringLiteral("ana Ébert"),
                                                QStringLiteral("Ángel Martín"),   QStringLiteral("Ángel ng"),
                                                QStringLiteral("Emma Álvarez"),   QStringLiteral("Eve Álvarez"),
                                                QStringLiteral("mårten Álvarez"), QStringLiteral("Zoë Álvarez")};
        // "é" finds every word beginning with e, accented or not: Ébert, Élodie, émile, Emma, Eve.
        QTest::addRow("'é', pages of 3") << QStringLiteral("é") << 3
                                         << QStringList{QStringLiteral("ana Ébert"),  QStringLiteral("Élodie Martín"),
                                                        QStringLiteral("Élodie ng"),  QStringLiteral("émile Martín"),
                                                        QStringLiteral("émile ng"),   QStringLiteral("Emma Álvarez"),
                                                        QStringLiteral("Emma Ébert"), QStringLiteral("Eve Álvarez"),
                                                        QStringLiteral("Eve Ébert"),  QStringLiteral("mårten Ébert"),
                                                        QStringLiteral("Zoë Ébert")};
        // Marta, mårten and Martín; never "Emma" or "Álvarez", where "mar" is inside a word.
        QTest::addRow("'mar', pages of 2")
            << QStringLiteral("mar") << 2
            << QStringList{QStringLiteral("Ángel Martín"), QStringLiteral("Élodie Martín"),
                           QStringLiteral("émile Martín"), QStringLiteral("Marta Martín"),
                           QStringLiteral("Marta ng"),     QStringLiteral("mårten Álvarez"),
                           QStringLiteral("mårten Ébert"), QStringLiteral("Øyvind Martín")};
    }

    void searchSortsAndPages()
    {
        QFETCH(QString, text);
        QFETCH(int, pageSize);
        QFETCH(QStringList, expected);
        Env env;
        // Twenty names that sort differently folded than raw (accents, case), created out of order, the
        // first two rounds whole and four more from a third: duplicates that only the id can order.
        const QStringList names{
            QStringLiteral("émile Martín"), QStringLiteral("mårten Álvarez"), QStringLiteral("Ángel ng"),
            QStringLiteral("Emma Ébert"),   QStringLiteral("Øyvind Martín"),  QStringLiteral("Zoë Álvarez"),
            QStringLiteral("Élodie ng"),    QStringLiteral("Eve Ébert"),      QStringLiteral("Marta Martín"),
            QStringLiteral("ana Álvarez"),  QStringLiteral("émile ng"),       QStringLiteral("mårten Ébert"),
            QStringLiteral("Ángel Martín"), QStringLiteral("Emma Álvarez"),   QStringLiteral("Øyvind ng"),
            QStringLiteral("Zoë Ébert"),    QStringLiteral("Élodie Martín"),  QStringLiteral("Eve Álvarez"),
            QStringLiteral("Marta ng"),     QStringLiteral("ana Ébert")};
        QMap<QString, QList<ClientId>> idsByName; // each name's clients, oldest first
        for (qsizetype i = 0; i < 44; ++i) {
            const QString& name = names.at(i % names.size());
            auto id = env.clients().create(named(name));
            QVERIFY2(id.ok(), qPrintable(id.error().detail));
            idsByName[name].append(*id);
        }
        // The expected list: the names in the order written above, a name's clients oldest first.
        QList<ClientId> expectedIds;
        for (const QString& name : std::as_const(expected)) {
            QVERIFY2(idsByName.contains(name), qPrintable(name));
            expectedIds.append(idsByName.value(name));
        }
        QVERIFY(expectedIds.size() >= 6);

        const ClientQuery all{text, false, StatusFilter::Current, 0, ClientService::kMaxPageSize};
        QList<ClientId> whole;
        const auto everyone = env.clients().search(all);
        QVERIFY2(everyone.ok(), qPrintable(everyone.error().detail));
        for (const ClientSummary& s : everyone.value())
            whole.append(s.id);
        QCOMPARE(whole, expectedIds);
        QCOMPARE(env.clients().count(all).value(), expectedIds.size());

        QList<ClientId> paged;
        for (int offset = 0;; offset += pageSize) {
            auto page = env.clients().search({text, false, StatusFilter::Current, offset, pageSize});
            QVERIFY2(page.ok(), qPrintable(page.error().detail));
            QVERIFY(page->size() <= pageSize);
            for (const ClientSummary& s : std::as_const(*page)) {
                QVERIFY2(!paged.contains(s.id), "pages overlap");
                paged.append(s.id);
            }
            if (page->size() < pageSize)
                break;
        }
        QCOMPARE(paged, expectedIds);
        // Past the end: an empty page, not an error.
        auto beyond =
            env.clients().search({text, false, StatusFilter::Current, static_cast<int>(expectedIds.size()), pageSize});
        QVERIFY(beyond.ok());
        QCOMPARE(beyond->size(), 0);
    }

    void summaryFields()
    {
        Env env;
        Domain& d = *env.domain;
        QVERIFY(d.counselor().setCounselor({QStringLiteral("Robin Case"), QString()}).ok());
        const QDate t = env.today();
        Client kai = named(QStringLiteral("Kai"));
        kai.pronouns = QStringLiteral("he/they");
        kai.agencyCode = QStringLiteral("HR-7");
        kai.safetyFlag = true;
        kai.phone = QStringLiteral("555");
        const ClientId k = d.clients().create(kai).value();
        const ClientId lee = d.clients().create(named(QStringLiteral("Lee"))).value();

        const auto goal = [&](GoalStatus status) {
            GoalFields f;
            f.clientWords = QStringLiteral("something of mine");
            f.lifeArea = LifeArea::Health;
            f.status = status;
            if (status == GoalStatus::SetAside)
                f.statusReason = QStringLiteral("not now");
            auto id = d.goals().create(k, f, {});
            return id.ok() ? *id : GoalId(0);
        };
        for (GoalStatus status : {GoalStatus::Active, GoalStatus::Active, GoalStatus::Paused, GoalStatus::SetAside})
            QVERIFY(!goal(status).isNull());
        const GoalId reached = goal(GoalStatus::Active);
        QVERIFY(!reached.isNull());
        GoalFields done = d.goals().goal(reached)->fields;
        done.status = GoalStatus::Achieved;
        QVERIFY(d.goals().revise(reached, done, {QStringLiteral("did it"), ClientAgreement::Yes, std::nullopt}).ok());

        const auto session = [&](int daysAgo, std::optional<int> followUpIn) {
            SessionContent c;
            c.date = t.addDays(-daysAgo);
            if (followUpIn)
                c.followUp = t.addDays(*followUpIn);
            auto id = d.sessions().createDraft(k, c);
            return id.ok() ? *id : SessionId(0);
        };
        const auto summaryOf = [&](ClientId id) {
            const auto rows = d.clients().search({QString(), false, StatusFilter::All, 0, 50});
            for (const ClientSummary& s : rows.value()) {
                if (s.id == id)
                    return s;
            }
            return ClientSummary{};
        };
        ClientSummary expected{k,
                               QStringLiteral("Kai"),
                               QStringLiteral("he/they"),
                               QStringLiteral("HR-7"),
                               true,
                               ClientStatus::Active,
                               std::nullopt,
                               std::nullopt,
                               2,
                               QString()};
        QCOMPARE(summaryOf(k), expected);

        // Only signed sessions count as contact: a draft changes neither column.
        QVERIFY(!session(10, -3).isNull());
        QCOMPARE(summaryOf(k), expected);
        const SessionId s2 = session(2, 5);
        QCOMPARE(summaryOf(k), expected);
        QVERIFY(d.sessions().sign(s2).ok());
        expected.nextFollowUp = t.addDays(5);
        expected.lastContact = t.addDays(-2);
        QCOMPARE(summaryOf(k), expected);
        const SessionId s3 = session(5, 20); // created later, dated earlier: not the latest, signed or not
        QVERIFY(d.sessions().sign(s3).ok());
        QCOMPARE(summaryOf(k), expected);

        const SessionId s4 = session(2, 7); // same date as s2, created after it: the latest once signed
        QVERIFY(!s4.isNull());
        QCOMPARE(summaryOf(k), expected); // the draft's follow-up does not replace the signed one
        QVERIFY(d.sessions().sign(s4).ok());
        expected.nextFollowUp = t.addDays(7);
        QCOMPARE(summaryOf(k), expected);

        const SessionId s5 = session(1, std::nullopt);
        QVERIFY(!s5.isNull());
        QCOMPARE(summaryOf(k), expected);
        QVERIFY(d.sessions().sign(s5).ok()); // the latest signed session set no follow-up: none is due
        expected.nextFollowUp.reset();
        expected.lastContact = t.addDays(-1);
        QCOMPARE(summaryOf(k), expected);

        QCOMPARE(summaryOf(lee), (ClientSummary{lee, QStringLiteral("Lee"), QString(), QString(), false,
                                                ClientStatus::Active, std::nullopt, std::nullopt, 0, QString()}));
    }

    void signalsCarryTheId()
    {
        Env env;
        ClientService& c = env.clients();
        QSignalSpy added(&c, &ClientService::clientAdded);
        QSignalSpy changed(&c, &ClientService::clientChanged);
        QSignalSpy removed(&c, &ClientService::clientRemoved);

        const ClientId first = c.create(named(QStringLiteral("First"))).value();
        const ClientId second = c.create(named(QStringLiteral("Second"))).value();
        QCOMPARE(added.count(), 2);
        QCOMPARE(added.at(0).at(0).value<ClientId>(), first);
        QCOMPARE(added.at(1).at(0).value<ClientId>(), second);
        QCOMPARE(changed.count(), 0);

        Client edit = c.client(first).value();
        edit.pronouns = QStringLiteral("she/her");
        QVERIFY(c.update(edit).ok());
        QVERIFY(c.setStatus(second, ClientStatus::Archived).ok());
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.at(0).at(0).value<ClientId>(), first);
        QCOMPARE(changed.at(1).at(0).value<ClientId>(), second);

        // Reads, searches and refused writes announce nothing.
        (void)c.client(first, ContactAccess::Reveal);
        (void)c.search({});
        (void)c.create(named(QString()));
        (void)c.purge(first, QStringLiteral("first"));
        QCOMPARE(added.count(), 2);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(removed.count(), 0);

        QVERIFY(c.purge(second, QStringLiteral("Second")).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<ClientId>(), second);
        QCOMPARE(added.count(), 2);
    }

private:
    /// Runs raw SQL against a history's ids (:s signed session, :g first goal, :c client), bypassing the services.
    static Status runWithIds(Database& db, const QString& sql, const History& h)
    {
        auto st = db.prepare(sql.toStdString());
        if (!st)
            return st.error();
        const std::pair<const char*, qint64> params[] = {
            {":s", h.signedSession.value}, {":g", h.goals.value(0).value}, {":c", h.client.value}};
        for (const auto& [name, value] : params) {
            if (const int index = st->parameterIndex(name); index > 0)
                st->bind(index, value);
        }
        return st->run();
    }
};

QTEST_GUILESS_MAIN(TestClientService)
#include "tst_clientservice.moc"
