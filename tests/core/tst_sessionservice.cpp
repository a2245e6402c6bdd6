// SPDX-License-Identifier: GPL-3.0-or-later
// SessionService: an MI session record keeps every instrument exactly; every refusal names its field and
// writes nothing; signing freezes the record here and in the database's triggers (raw SQL included),
// after which it takes only numbered, signed addenda; the append-only audit log never holds content;
// discarding a draft; the client's session list; signals.
#include "domain/Domain.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "support/DomainFixture.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <string>
#include <utility>

using namespace continuum;
using namespace continuum::test;

namespace continuum {

// Readable failures: QCOMPARE prints these instead of "<unknown>".
static QString rulerText(const std::optional<RulerScore>& r)
{
    return r ? QStringLiteral("%1 ('%2' / '%3')").arg(r->value).arg(r->whyNotLower, r->whatWouldHelp)
             : QStringLiteral("none");
}

char* toString(const SessionGoalEntry& e)
{
    QStringList quotes;
    for (const TalkQuote& q : e.quotes)
        quotes.append(QStringLiteral("%1/%2 '%3'").arg(toKey(q.direction), toKey(q.category), q.quote));
    return qstrdup(qPrintable(QStringLiteral("{goal %1, stage %2, return to use %3, importance %4, confidence %5, "
                                             "readiness %6, quotes [%7]}")
                                  .arg(e.goalId.value)
                                  .arg(e.stage ? toKey(*e.stage) : QStringLiteral("none"))
                                  .arg(e.returnToUse)
                                  .arg(rulerText(e.importance), rulerText(e.confidence), rulerText(e.readiness),
                                       quotes.join(QStringLiteral("; ")))));
}

char* toString(const BalanceItem& b)
{
    return qstrdup(qPrintable(QStringLiteral("{%1: '%2'}").arg(toKey(b.box), b.text)));
}

char* toString(const NoteSection& n)
{
    return qstrdup(qPrintable(QStringLiteral("{%1: '%2'}").arg(n.key, n.body)));
}

char* toString(const Addendum& a)
{
    return qstrdup(qPrintable(QStringLiteral("{%1: '%2' at %3 by '%4'%5}")
                                  .arg(a.number)
                                  .arg(a.body, a.signedAt.toString(Qt::ISODateWithMs), a.signedBy,
                                       a.entersInError ? QStringLiteral(", entered in error") : QString())));
}

char* toString(const SessionSummary& s)
{
    return qstrdup(
        qPrintable(QStringLiteral("{session %1, %2, %3, %4, %5 addenda, %6 goals, follow-up %7}")
                       .arg(s.id.value)
                       .arg(s.date.toString(Qt::ISODate),
                            s.startTime ? s.startTime->toString(QStringLiteral("HH:mm")) : QStringLiteral("-"),
                            s.isSigned ? QStringLiteral("signed") : QStringLiteral("draft"))
                       .arg(s.addenda)
                       .arg(s.goalsDiscussed)
                       .arg(s.followUp ? s.followUp->toString(Qt::ISODate) : QStringLiteral("-"))));
}

} // namespace continuum

namespace {

const QDateTime kNow(QDate(2024, 5, 6), QTime(15, 0), Qt::UTC);
const QDate kToday(2024, 5, 6);
const QDate kSessionDate(2024, 5, 1);

const char* const kSessionTables[] = {"sessions", "session_goals", "talk_quotes",    "balance_items", "note_sections",
                                      "addenda",  "goals",         "goal_revisions", "audit_log"};

/// One unlocked test vault with its domain, owned by one test.
class Env : public DomainFixture
{
public:
    Env()
        : DomainFixture(kNow, kToday)
    {}
    SessionService& sessions() { return domain().sessions(); }
    GoalService& goals() { return domain().goals(); }
    Status nameCounselor() { return domain().counselor().setCounselor(counselor()); }
    static Counselor counselor() { return {QStringLiteral("Sam Okafor"), QStringLiteral("LCSW")}; }
};

/// The whole record-keeping part of the vault: the test's record of "nothing changed".
QMap<QString, QStringList> dumpAll(Database& db)
{
    QMap<QString, QStringList> out;
    for (const char* table : kSessionTables)
        out.insert(QLatin1String(table), dumpTable(db, table));
    return out;
}

qint64 rowsOf(Database& db, const char* sql, SessionId id)
{
    auto st = db.prepare(sql);
    if (!st)
        return -1;
    st->bind(1, id);
    auto row = st->step();
    return row && row.value() ? st->columnInt64(0) : -1;
}

/// Rows under one session in each child table (talk quotes through their goal entries).
QList<qint64> childCounts(Database& db, SessionId id)
{
    return {
        rowsOf(db, "SELECT count(*) FROM session_goals WHERE session_id = ?1", id),
        rowsOf(db,
               "SELECT count(*) FROM talk_quotes WHERE session_goal_id IN "
               "(SELECT id FROM session_goals WHERE session_id = ?1)",
               id),
        rowsOf(db, "SELECT count(*) FROM balance_items WHERE session_id = ?1", id),
        rowsOf(db, "SELECT count(*) FROM note_sections WHERE session_id = ?1", id),
    };
}

Result<ClientId> addClient(Env& env, const QString& chosenName)
{
    Client c;
    c.chosenName = chosenName;
    return env.domain().clients().create(c);
}

Result<GoalId> addGoal(Env& env, ClientId client, const QString& words)
{
    GoalFields f;
    f.clientWords = words;
    f.lifeArea = LifeArea::Health;
    return env.goals().create(client, f, {});
}

/// Quotes of every DARN-CAT category in both directions, each in distinct words.
QList<TalkQuote> everyQuote(const QString& tag)
{
    QList<TalkQuote> out;
    for (TalkDirection d : allValues<TalkDirection>()) {
        for (TalkCategory c : allValues<TalkCategory>())
            out.append({d, c, QStringLiteral("%1 quote %2 %3: in my own words").arg(tag, toKey(d), toKey(c))});
    }
    return out;
}

/// A session record with every part filled. Note sections arrive in reverse order: they are stored in the
/// format's order. variant shifts the stage, setting and times so that a second save changes everything.
SessionContent fullContent(GoalId first, GoalId second, NoteFormat format, int variant)
{
    SessionContent c;
    const QString tag = QStringLiteral("v%1").arg(variant);
    c.date = kSessionDate.addDays(-variant);
    c.startTime = QTime(9 + variant, 30);
    c.durationMinutes = 50 + variant;
    c.setting = allValues<SessionSetting>().at(variant % 5);
    c.processes = allValues<MiProcess>();
    if (variant % 2)
        c.processes.removeAt(1);

    SessionGoalEntry a;
    a.goalId = first;
    a.stage = allValues<StageOfChange>().at(variant % 5);
    a.returnToUse = variant % 2 == 0;
    a.importance = RulerScore{8, tag + QStringLiteral(" importance: because of my daughter"),
                              tag + QStringLiteral(" importance: seeing her more")};
    a.confidence = RulerScore{4, tag + QStringLiteral(" confidence: I did it once before"),
                              tag + QStringLiteral(" confidence: a place to sleep")};
    a.readiness = RulerScore{variant % 11, tag + QStringLiteral(" readiness: I'm tired of this"),
                             tag + QStringLiteral(" readiness: when court is over")};
    a.quotes = everyQuote(tag);
    SessionGoalEntry b;
    b.goalId = second;
    b.stage = allValues<StageOfChange>().at((variant + 2) % 5);
    b.importance = RulerScore{10, QString(), QString()};
    b.quotes = {{TalkDirection::Sustain, TalkCategory::Reasons, tag + QStringLiteral(" it helps me sleep")}};
    c.goals = {a, b};

    for (BalanceBox box : allValues<BalanceBox>())
        c.balance.append({box, QStringLiteral("%1 balance %2").arg(tag, toKey(box))});
    c.balance.append({BalanceBox::ChangeGood, tag + QStringLiteral(" a second good thing about changing")});

    c.changePlan =
        ChangePlan{tag + QStringLiteral(" plan: use with a buddy"),   tag + QStringLiteral(" plan: my kids"),
                   tag + QStringLiteral(" plan: text Dee first"),     tag + QStringLiteral(" plan: Dee answers"),
                   tag + QStringLiteral(" plan: still here in June"), tag + QStringLiteral(" plan: payday weekends")};
    c.noteFormat = format;
    const QStringList keys = noteSectionKeys(format);
    for (qsizetype i = keys.size() - 1; i >= 0; --i)
        c.note.append({keys.at(i), QStringLiteral("%1 note %2 body\nsecond line").arg(tag, keys.at(i))});
    c.nextSteps = tag + QStringLiteral(" next: meet at the van Thursday");
    c.followUp = c.date.addDays(14);
    return c;
}

/// The same content as the vault gives it back: note sections in the format's order.
SessionContent asStored(SessionContent c)
{
    const QStringList keys = noteSectionKeys(c.noteFormat);
    std::sort(c.note.begin(), c.note.end(), [&keys](const NoteSection& x, const NoteSection& y) {
        return keys.indexOf(x.key) < keys.indexOf(y.key);
    });
    return c;
}

/// Every piece of text a session record holds, to look for where it must not be.
QStringList contentTexts(const SessionContent& c)
{
    QStringList out{c.nextSteps};
    for (const SessionGoalEntry& g : c.goals) {
        for (const auto& r : {g.importance, g.confidence, g.readiness}) {
            if (r)
                out << r->whyNotLower << r->whatWouldHelp;
        }
        for (const TalkQuote& q : g.quotes)
            out << q.quote;
    }
    for (const BalanceItem& b : c.balance)
        out << b.text;
    if (c.changePlan) {
        const ChangePlan& p = *c.changePlan;
        out << p.changesIWant << p.mostImportantReasons << p.stepsIPlan << p.howOthersCanHelp << p.howIWillKnow
            << p.whatCouldGetInTheWay;
    }
    for (const NoteSection& n : c.note)
        out << n.body;
    out.removeAll(QString());
    return out;
}

void compareContent(const SessionContent& actual, const SessionContent& expected)
{
    QCOMPARE(actual.date, expected.date);
    QCOMPARE(actual.startTime, expected.startTime);
    QCOMPARE(actual.durationMinutes, expected.durationMinutes);
    QCOMPARE(actual.setting, expected.setting);
    QCOMPARE(actual.processes, expected.processes);
    QCOMPARE(actual.goals, expected.goals);
    QCOMPARE(actual.balance, expected.balance);
    QCOMPARE(actual.changePlan, expected.changePlan);
    QCOMPARE(actual.noteFormat, expected.noteFormat);
    QCOMPARE(actual.note, expected.note);
    QCOMPARE(actual.nextSteps, expected.nextSteps);
    QCOMPARE(actual.followUp, expected.followUp);
    QCOMPARE(actual, expected);
}

enum class Bad {
    ImportanceAbove10,
    ImportanceBelow0,
    ConfidenceAbove10,
    ConfidenceBelow0,
    ReadinessAbove10,
    ReadinessBelow0,
    FollowUpBeforeSession,
    NoDate,
    FutureDate,
    ImplausibleDate,
    ZeroMinutes,
    OverADay,
    EmptyQuote,
    BlankQuote,
    EmptyBalanceItem,
    SectionNotInFormat,
    DuplicateSection,
    DuplicateGoal,
    GoalOfAnotherClient,
    UnknownGoal,
};

enum class Good { Ruler0, Ruler10, OneMinute, FullDay, FollowUpSameDay, Tomorrow, NoOptionalParts };

/// What a raw statement runs against: the full record, one whose goals have no quotes, or a bare one.
enum class Shape { Full, NoQuotes, Bare };

} // namespace

class TestSessionService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField_data()
    {
        QTest::addColumn<NoteFormat>("format");
        QTest::addColumn<NoteFormat>("savedFormat");
        QTest::addColumn<int>("variant");
        const QList<NoteFormat> formats = allValues<NoteFormat>();
        for (int i = 0; i < formats.size(); ++i) {
            const NoteFormat next = formats.at((i + 1) % formats.size());
            QTest::addRow("%s then %s", qPrintable(toKey(formats.at(i))), qPrintable(toKey(next)))
                << formats.at(i) << next << i;
        }
    }
    void roundTripsEveryField()
    {
        QFETCH(NoteFormat, format);
        QFETCH(NoteFormat, savedFormat);
        QFETCH(int, variant);
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        auto g1 = addGoal(env, client.value(), QStringLiteral("I want to keep my teeth"));
        auto g2 = addGoal(env, client.value(), QStringLiteral("I want to see my kids on Sundays"));
        QVERIFY(g1.ok() && g2.ok());

        const SessionContent content = fullContent(g1.value(), g2.value(), format, variant);
        QCOMPARE(content.note.size(), noteSectionKeys(format).size());
        auto id = env.sessions().createDraft(client.value(), content);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        auto record = env.sessions().session(id.value());
        QVERIFY2(record.ok(), qPrintable(record.error().detail));
        compareContent(record->content, asStored(content));
        if (QTest::currentTestFailed())
            return;
        QStringList keys;
        for (const NoteSection& n : record->content.note)
            keys.append(n.key);
        QCOMPARE(keys, noteSectionKeys(format));
        QCOMPARE(record->id, id.value());
        QCOMPARE(record->clientId, client.value());
        QVERIFY(!record->uuid.isNull());
        QCOMPARE(record->createdAt, kNow);
        QCOMPARE(record->updatedAt, kNow);
        QVERIFY(!record->isSigned());
        QCOMPARE(record->signedBy, QString());
        QVERIFY(record->addenda.isEmpty());

        // The autosave path replaces everything, leaving nothing of the first version behind.
        env.clock().advanceSecs(300);
        SessionContent saved = fullContent(g2.value(), g1.value(), savedFormat, variant + 1);
        saved.goals.first().quotes.removeLast();
        saved.balance.removeFirst();
        auto s = env.sessions().saveDraft(id.value(), saved);
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        record = env.sessions().session(id.value());
        QVERIFY2(record.ok(), qPrintable(record.error().detail));
        compareContent(record->content, asStored(saved));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(record->createdAt, kNow);
        QCOMPARE(record->updatedAt, kNow.addSecs(300));
        QCOMPARE(childCounts(env.db(), id.value()),
                 (QList<qint64>{2, qint64(saved.goals.at(0).quotes.size() + saved.goals.at(1).quotes.size()),
                                qint64(saved.balance.size()), qint64(saved.note.size())}));

        // And back to nothing optional at all.
        SessionContent minimal;
        minimal.date = kToday;
        minimal.noteFormat = format;
        QVERIFY(env.sessions().saveDraft(id.value(), minimal).ok());
        compareContent(env.sessions().session(id.value())->content, minimal);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(childCounts(env.db(), id.value()), (QList<qint64>{0, 0, 0, 0}));
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<Bad>("bad");
        QTest::addColumn<FieldReason>("failure");
        QTest::addRow("importance 11") << Bad::ImportanceAbove10
                                       << FieldReason{Field::Importance, ValidationReason::OutOfRange};
        QTest::addRow("importance -1") << Bad::ImportanceBelow0
                                       << FieldReason{Field::Importance, ValidationReason::OutOfRange};
        QTest::addRow("confidence 11") << Bad::ConfidenceAbove10
                                       << FieldReason{Field::Confidence, ValidationReason::OutOfRange};
        QTest::addRow("confidence -1") << Bad::ConfidenceBelow0
                                       << FieldReason{Field::Confidence, ValidationReason::OutOfRange};
        QTest::addRow("readiness 11") << Bad::ReadinessAbove10
                                      << FieldReason{Field::Readiness, ValidationReason::OutOfRange};
        QTest::addRow("readiness -1") << Bad::ReadinessBelow0
                                      << FieldReason{Field::Readiness, ValidationReason::OutOfRange};
        QTest::addRow("follow-up before the session")
            << Bad::FollowUpBeforeSession << FieldReason{Field::FollowUp, ValidationReason::BeforeSessionDate};
        QTest::addRow("no date") << Bad::NoDate << FieldReason{Field::SessionDate, ValidationReason::Required};
        QTest::addRow("in the future") << Bad::FutureDate
                                       << FieldReason{Field::SessionDate, ValidationReason::InTheFuture};
        QTest::addRow("implausibly old") << Bad::ImplausibleDate
                                         << FieldReason{Field::SessionDate, ValidationReason::NotPlausible};
        QTest::addRow("0 minutes") << Bad::ZeroMinutes
                                   << FieldReason{Field::DurationMinutes, ValidationReason::OutOfRange};
        QTest::addRow("1441 minutes") << Bad::OverADay
                                      << FieldReason{Field::DurationMinutes, ValidationReason::OutOfRange};
        QTest::addRow("empty quote") << Bad::EmptyQuote << FieldReason{Field::Quotes, ValidationReason::Empty};
        QTest::addRow("blank quote") << Bad::BlankQuote << FieldReason{Field::Quotes, ValidationReason::Empty};
        QTest::addRow("empty balance item")
            << Bad::EmptyBalanceItem << FieldReason{Field::Balance, ValidationReason::Empty};
        QTest::addRow("subjective in a DAP note")
            << Bad::SectionNotInFormat << FieldReason{Field::Note, ValidationReason::NotInFormat};
        QTest::addRow("a section twice") << Bad::DuplicateSection
                                         << FieldReason{Field::Note, ValidationReason::Duplicate};
        QTest::addRow("a goal twice") << Bad::DuplicateGoal << FieldReason{Field::Goals, ValidationReason::Duplicate};
        QTest::addRow("another client's goal")
            << Bad::GoalOfAnotherClient << FieldReason{Field::Goals, ValidationReason::NotThisClients};
        QTest::addRow("unknown goal") << Bad::UnknownGoal
                                      << FieldReason{Field::Goals, ValidationReason::NotThisClients};
    }
    void refusalsWriteNothing()
    {
        QFETCH(Bad, bad);
        QFETCH(FieldReason, failure);
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        auto other = addClient(env, QStringLiteral("Sol"));
        QVERIFY(client.ok() && other.ok());
        auto g1 = addGoal(env, client.value(), QStringLiteral("I want to keep my teeth"));
        auto g2 = addGoal(env, client.value(), QStringLiteral("I want to see my kids"));
        auto foreign = addGoal(env, other.value(), QStringLiteral("Sol's own goal"));
        QVERIFY(g1.ok() && g2.ok() && foreign.ok());
        auto draft =
            env.sessions().createDraft(client.value(), fullContent(g1.value(), g2.value(), NoteFormat::Dap, 0));
        QVERIFY2(draft.ok(), qPrintable(draft.error().detail));

        SessionContent c = fullContent(g1.value(), g2.value(), NoteFormat::Dap, 1);
        SessionGoalEntry& entry = c.goals.first();
        switch (bad) {
        case Bad::ImportanceAbove10: entry.importance->value = 11; break;
        case Bad::ImportanceBelow0: entry.importance->value = -1; break;
        case Bad::ConfidenceAbove10: entry.confidence->value = 11; break;
        case Bad::ConfidenceBelow0: entry.confidence->value = -1; break;
        case Bad::ReadinessAbove10: entry.readiness->value = 11; break;
        case Bad::ReadinessBelow0: entry.readiness->value = -1; break;
        case Bad::FollowUpBeforeSession: c.followUp = c.date.addDays(-1); break;
        case Bad::NoDate:
            c.date = QDate();
            c.followUp.reset();
            break;
        case Bad::FutureDate:
            c.date = kToday.addDays(2);
            c.followUp.reset();
            break;
        case Bad::ImplausibleDate: c.date = QDate(1999, 12, 31); break;
        case Bad::ZeroMinutes: c.durationMinutes = 0; break;
        case Bad::OverADay: c.durationMinutes = 1441; break;
        case Bad::EmptyQuote: entry.quotes[3].quote.clear(); break;
        case Bad::BlankQuote: entry.quotes[3].quote = QStringLiteral(" \n\t "); break;
        case Bad::EmptyBalanceItem: c.balance[2].text = QStringLiteral("   "); break;
        case Bad::SectionNotInFormat: c.note.append({QStringLiteral("subjective"), QStringLiteral("felt okay")}); break;
        case Bad::DuplicateSection: c.note.append({QStringLiteral("plan"), QStringLiteral("a second plan")}); break;
        case Bad::DuplicateGoal: c.goals.append(c.goals.first()); break;
        case Bad::GoalOfAnotherClient: entry.goalId = foreign.value(); break;
        case Bad::UnknownGoal: entry.goalId = GoalId(424242); break;
        }

        QSignalSpy changed(&env.sessions(), &SessionService::sessionChanged);
        const auto before = dumpAll(env.db());
        auto created = env.sessions().createDraft(client.value(), c);
        QVERIFY(!created.ok());
        QCOMPARE(created.code(), ErrorCode::Validation);
        QCOMPARE(created.error().failure(), failure);
        QCOMPARE(dumpAll(env.db()), before);

        const Status saved = env.sessions().saveDraft(draft.value(), c);
        QVERIFY(!saved.ok());
        QCOMPARE(saved.code(), ErrorCode::Validation);
        QCOMPARE(saved.error().failure(), failure);
        QCOMPARE(dumpAll(env.db()), before);
        QCOMPARE(changed.count(), 0);
    }

    // The limits themselves are allowed: the refusals above are on the boundary, not beside it.
    void edgesAreAccepted_data()
    {
        QTest::addColumn<Good>("good");
        QTest::addRow("rulers at 0") << Good::Ruler0;
        QTest::addRow("rulers at 10") << Good::Ruler10;
        QTest::addRow("1 minute") << Good::OneMinute;
        QTest::addRow("1440 minutes") << Good::FullDay;
        QTest::addRow("follow-up the same day") << Good::FollowUpSameDay;
        QTest::addRow("dated tomorrow (time zones)") << Good::Tomorrow;
        QTest::addRow("nothing optional") << Good::NoOptionalParts;
    }
    void edgesAreAccepted()
    {
        QFETCH(Good, good);
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY(client.ok());
        auto g1 = addGoal(env, client.value(), QStringLiteral("I want to keep my teeth"));
        auto g2 = addGoal(env, client.value(), QStringLiteral("I want to see my kids"));
        QVERIFY(g1.ok() && g2.ok());
        SessionContent c = fullContent(g1.value(), g2.value(), NoteFormat::Soap, 0);
        switch (good) {
        case Good::Ruler0:
        case Good::Ruler10:
            for (SessionGoalEntry& e : c.goals) {
                const int v = good == Good::Ruler0 ? 0 : 10;
                e.importance = e.confidence = e.readiness = RulerScore{v, QString(), QString()};
            }
            break;
        case Good::OneMinute: c.durationMinutes = 1; break;
        case Good::FullDay: c.durationMinutes = 1440; break;
        case Good::FollowUpSameDay: c.followUp = c.date; break;
        case Good::Tomorrow:
            c.date = kToday.addDays(1);
            c.followUp = c.date;
            break;
        case Good::NoOptionalParts:
            c = SessionContent();
            c.date = kToday;
            break;
        }
        auto id = env.sessions().createDraft(client.value(), c);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        compareContent(env.sessions().session(id.value())->content, asStored(c));
        if (QTest::currentTestFailed())
            return;
    }

    void unknownClientAndSession()
    {
        Env env;
        QVERIFY(env.isValid());
        SessionContent c;
        c.date = kToday;
        const auto before = dumpAll(env.db());
        auto created = env.sessions().createDraft(ClientId(424242), c);
        QCOMPARE(created.code(), ErrorCode::Validation);
        QCOMPARE(created.error().failure(), FieldReason(Field::Client, ValidationReason::NoSuchRecord));
        QCOMPARE(env.sessions().session(SessionId(7)).code(), ErrorCode::NotFound);
        QCOMPARE(env.sessions().saveDraft(SessionId(7), c).code(), ErrorCode::NotFound);
        QCOMPARE(env.sessions().sign(SessionId(7)).code(), ErrorCode::NotFound);
        QCOMPARE(env.sessions().discardDraft(SessionId(7)).code(), ErrorCode::NotFound);
        QCOMPARE(env.sessions().addAddendum(SessionId(7), QStringLiteral("x")).code(), ErrorCode::NotFound);
        QCOMPARE(dumpAll(env.db()), before);
    }

    void signingNeedsACounselor()
    {
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY(client.ok());
        SessionContent c;
        c.date = kSessionDate;
        auto id = env.sessions().createDraft(client.value(), c);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));
        const auto before = dumpAll(env.db());
        const Status s = env.sessions().sign(id.value());
        QCOMPARE(s.code(), ErrorCode::Validation);
        QCOMPARE(s.error().failure(), FieldReason(Field::Counselor, ValidationReason::Required));
        QCOMPARE(dumpAll(env.db()), before);
        QVERIFY(!env.sessions().session(id.value())->isSigned());
    }

    void signingFreezesTheRecord()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.nameCounselor().ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY(client.ok());
        auto g1 = addGoal(env, client.value(), QStringLiteral("I want to keep my teeth"));
        auto g2 = addGoal(env, client.value(), QStringLiteral("I want to see my kids"));
        QVERIFY(g1.ok() && g2.ok());
        const SessionContent content = fullContent(g1.value(), g2.value(), NoteFormat::Birp, 0);
        auto id = env.sessions().createDraft(client.value(), content);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));

        env.clock().advanceSecs(1800);
        const Status s = env.sessions().sign(id.value());
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        auto record = env.sessions().session(id.value());
        QVERIFY2(record.ok(), qPrintable(record.error().detail));
        QVERIFY(record->isSigned());
        QCOMPARE(record->signedAt, std::optional<QDateTime>(kNow.addSecs(1800)));
        QCOMPARE(record->signedBy, QStringLiteral("Sam Okafor, LCSW"));
        QCOMPARE(record->signedBy, Env::counselor().signature());
        compareContent(record->content, asStored(content));
        if (QTest::currentTestFailed())
            return;

        // Through the service: every change refused with SignedRecord, nothing written.
        QSignalSpy changed(&env.sessions(), &SessionService::sessionChanged);
        QSignalSpy removed(&env.sessions(), &SessionService::sessionRemoved);
        const auto before = dumpAll(env.db());
        env.clock().advanceSecs(60);
        SessionContent edited = content;
        edited.nextSteps = QStringLiteral("rewritten after signing");
        QCOMPARE(env.sessions().saveDraft(id.value(), edited).code(), ErrorCode::SignedRecord);
        QCOMPARE(env.sessions().saveDraft(id.value(), content).code(), ErrorCode::SignedRecord);
        QCOMPARE(env.sessions().discardDraft(id.value()).code(), ErrorCode::SignedRecord);
        QCOMPARE(env.sessions().sign(id.value()).code(), ErrorCode::SignedRecord);
        QCOMPARE(dumpAll(env.db()), before);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(env.sessions().session(id.value()).value(), record.value());
    }

    void rawSqlCannotChangeASignedRecord_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<Shape>("shape");
        QTest::addColumn<bool>("visibleOnDraft"); // false where the statement rewrites a value with itself
        const auto row = [](const char* name, const char* sql, Shape shape = Shape::Full, bool visible = true) {
            QTest::newRow(name) << QString::fromUtf8(sql) << shape << visible;
        };
        row("sessions: date", "UPDATE sessions SET session_date = '2024-04-20' WHERE id = :session");
        row("sessions: start time", "UPDATE sessions SET start_time = '23:59' WHERE id = :session");
        row("sessions: duration", "UPDATE sessions SET duration_minutes = 5 WHERE id = :session");
        row("sessions: setting", "UPDATE sessions SET setting = 'phone' WHERE id = :session");
        row("sessions: processes", "UPDATE sessions SET processes = '' WHERE id = :session");
        row("sessions: note format", "UPDATE sessions SET note_format = 'free' WHERE id = :session");
        row("sessions: next steps", "UPDATE sessions SET next_steps = 'rewritten' WHERE id = :session");
        row("sessions: follow-up", "UPDATE sessions SET follow_up_date = NULL WHERE id = :session");
        row("sessions: change plan", "UPDATE sessions SET change_plan = NULL WHERE id = :session");
        row("sessions: created at", "UPDATE sessions SET created_at = '2020-01-01T00:00:00.000Z' WHERE id = :session");
        row("sessions: updated at", "UPDATE sessions SET updated_at = '2030-01-01T00:00:00.000Z' WHERE id = :session");
        row("sessions: client", "UPDATE sessions SET client_id = :client WHERE id = :session");
        row("sessions: uuid", "UPDATE sessions SET uuid = 'not-the-same' WHERE id = :session");
        row("sessions: unsign", "UPDATE sessions SET signed_at = NULL, signed_by = NULL WHERE id = :session",
            Shape::Full, false);
        row("sessions: same values", "UPDATE sessions SET next_steps = next_steps WHERE id = :session", Shape::Full,
            false);
        row("sessions: re-sign", "UPDATE sessions SET signed_at = '2030-01-01T00:00:00.000Z', signed_by = 'Someone "
                                 "Else' WHERE id = :session");
        row("sessions: delete", "DELETE FROM sessions WHERE id = :session", Shape::Bare);
        row("session_goals: insert",
            "INSERT INTO session_goals (session_id, goal_id, position) VALUES (:session, :goal, 9)");
        row("session_goals: importance", "UPDATE session_goals SET importance = 10 WHERE session_id = :session");
        row("session_goals: verbatim answer",
            "UPDATE session_goals SET confidence_why_not_lower = 'x' WHERE session_id = :session");
        row("session_goals: stage", "UPDATE session_goals SET stage = 'maintenance' WHERE session_id = :session");
        row("session_goals: return to use",
            "UPDATE session_goals SET return_to_use = 1 - return_to_use WHERE session_id = :session");
        row("session_goals: delete", "DELETE FROM session_goals WHERE session_id = :session", Shape::NoQuotes);
        row("talk_quotes: insert",
            "INSERT INTO talk_quotes (session_goal_id, position, direction, category, quote) "
            "SELECT id, 99, 'sustain', 'need', 'added later' FROM session_goals WHERE session_id = :session");
        row("talk_quotes: quote", "UPDATE talk_quotes SET quote = 'x' WHERE session_goal_id IN "
                                  "(SELECT id FROM session_goals WHERE session_id = :session)");
        row("talk_quotes: category",
            "UPDATE talk_quotes SET category = 'need', direction = 'sustain' WHERE session_goal_id IN "
            "(SELECT id FROM session_goals WHERE session_id = :session)");
        row("talk_quotes: delete", "DELETE FROM talk_quotes WHERE session_goal_id IN (SELECT id FROM session_goals "
                                   "WHERE session_id = :session)");
        row("balance_items: insert",
            "INSERT INTO balance_items (session_id, position, box, item) VALUES (:session, 9, 'change_good', 'added')");
        row("balance_items: item", "UPDATE balance_items SET item = 'x' WHERE session_id = :session");
        row("balance_items: box", "UPDATE balance_items SET box = 'change_good' WHERE session_id = :session");
        row("balance_items: delete", "DELETE FROM balance_items WHERE session_id = :session");
        row("note_sections: insert", "INSERT INTO note_sections (session_id, position, section_key, body) VALUES "
                                     "(:session, 9, 'plan', 'later')");
        row("note_sections: body", "UPDATE note_sections SET body = 'rewritten' WHERE session_id = :session");
        row("note_sections: key", "UPDATE note_sections SET section_key = 'other' WHERE session_id = :session");
        row("note_sections: delete", "DELETE FROM note_sections WHERE session_id = :session");
    }
    void rawSqlCannotChangeASignedRecord()
    {
        QFETCH(QString, sql);
        QFETCH(Shape, shape);
        QFETCH(bool, visibleOnDraft);
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.nameCounselor().ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        auto other = addClient(env, QStringLiteral("Sol"));
        QVERIFY(client.ok() && other.ok());
        auto g1 = addGoal(env, client.value(), QStringLiteral("I want to keep my teeth"));
        auto g2 = addGoal(env, client.value(), QStringLiteral("I want to see my kids"));
        auto spare = addGoal(env, client.value(), QStringLiteral("I want a bank account"));
        QVERIFY(g1.ok() && g2.ok() && spare.ok());

        SessionContent content;
        content.date = kSessionDate;
        if (shape != Shape::Bare) {
            content = fullContent(g1.value(), g2.value(), NoteFormat::Dap, 0);
            if (shape == Shape::NoQuotes) {
                for (SessionGoalEntry& e : content.goals)
                    e.quotes.clear();
            }
        }
        auto signedId = env.sessions().createDraft(client.value(), content);
        auto draftId = env.sessions().createDraft(client.value(), content);
        QVERIFY(signedId.ok() && draftId.ok());
        QVERIFY(env.sessions().sign(signedId.value()).ok());
        const SessionRecord signedRecord = env.sessions().session(signedId.value()).value();

        const auto run = [&](SessionId session) -> Status {
            auto st = env.db().prepare(sql.toStdString());
            if (!st)
                return st.error();
            for (const auto& [name, value] :
                 {std::pair{":session", session.value}, std::pair{":client", other.value().value},
                  std::pair{":goal", spare.value().value}}) {
                if (const int index = st->parameterIndex(name))
                    st->bind(index, value);
            }
            return st->run();
        };

        // The service is not involved: the database itself refuses.
        const auto before = dumpAll(env.db());
        const Status refused = run(signedId.value());
        QCOMPARE(refused.code(), ErrorCode::Constraint);
        QVERIFY2(refused.error().detail.contains(QStringLiteral("immutable")), qPrintable(refused.error().detail));
        QCOMPARE(dumpAll(env.db()), before);
        QCOMPARE(env.sessions().session(signedId.value()).value(), signedRecord);

        // The very same statement on a draft goes through and changes something.
        const Status allowed = run(draftId.value());
        QVERIFY2(allowed.ok(), qPrintable(allowed.error().detail));
        QVERIFY(env.db().changes() > 0);
        if (visibleOnDraft)
            QVERIFY(dumpAll(env.db()) != before);
        QCOMPARE(env.sessions().session(signedId.value()).value(), signedRecord);
    }

    void addendaAreNumberedAndSigned()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.nameCounselor().ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY(client.ok());
        SessionContent c;
        c.date = kSessionDate;
        auto id = env.sessions().createDraft(client.value(), c);
        QVERIFY2(id.ok(), qPrintable(id.error().detail));

        // A draft is edited, not addended.
        auto before = dumpAll(env.db());
        auto onDraft = env.sessions().addAddendum(id.value(), QStringLiteral("too early"));
        QCOMPARE(onDraft.code(), ErrorCode::Validation);
        QCOMPARE(onDraft.error().failure(), FieldReason(Field::Addendum, ValidationReason::NotSignedYet));
        QCOMPARE(dumpAll(env.db()), before);

        QVERIFY(env.sessions().sign(id.value()).ok());
        before = dumpAll(env.db());
        for (const QString& empty : {QString(), QStringLiteral("  \n\t ")}) {
            auto refused = env.sessions().addAddendum(id.value(), empty);
            QCOMPARE(refused.code(), ErrorCode::Validation);
            QCOMPARE(refused.error().failure(), FieldReason(Field::Addendum, ValidationReason::Required));
        }
        QCOMPARE(dumpAll(env.db()), before);

        QSignalSpy changed(&env.sessions(), &SessionService::sessionChanged);
        QList<Addendum> expected;
        for (int n = 1; n <= 3; ++n) {
            env.clock().advanceSecs(3600);
            const QString body = QStringLiteral("Addendum %1: the client called to correct the date of court").arg(n);
            auto number = env.sessions().addAddendum(id.value(), QStringLiteral("  ") + body + QStringLiteral("\n"));
            QVERIFY2(number.ok(), qPrintable(number.error().detail));
            QCOMPARE(number.value(), n);
            expected.append({n, body, env.clock().now(), Env::counselor().signature()});
        }
        QCOMPARE(changed.count(), 3);
        auto record = env.sessions().session(id.value());
        QVERIFY2(record.ok(), qPrintable(record.error().detail));
        QCOMPARE(record->addenda, expected);
        QCOMPARE(env.sessions().sessionsForClient(client.value())->first().addenda, 3);

        // Audit: one "addend" entry per addendum, numbered.
        QStringList details;
        const QList<AuditEntry> audit = env.domain().audit().entries(0, 100).value();
        for (const AuditEntry& e : audit) {
            if (e.action == AuditAction::Addend && e.recordUuid == record->uuid)
                details.prepend(e.detail);
        }
        QCOMPARE(details, (QStringList{QStringLiteral("addendum 1"), QStringLiteral("addendum 2"),
                                       QStringLiteral("addendum 3")}));
    }

    void rawSqlCannotTouchAddenda_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("onDraft");
        QTest::addRow("update body") << QStringLiteral("UPDATE addenda SET body = 'rewritten'") << false;
        QTest::addRow("update signer") << QStringLiteral("UPDATE addenda SET signed_by = 'Someone Else'") << false;
        QTest::addRow("renumber") << QStringLiteral("UPDATE addenda SET number = number + 10") << false;
        QTest::addRow("delete all") << QStringLiteral("DELETE FROM addenda") << false;
        QTest::addRow("delete the last") << QStringLiteral("DELETE FROM addenda WHERE number = 2") << false;
        QTest::addRow("insert on a draft")
            << QStringLiteral("INSERT INTO addenda (session_id, number, body, signed_at, signed_by) "
                              "VALUES (:session, 1, 'sneaked in', '2024-05-06T15:00:00.000Z', 'Sam Okafor')")
            << true;
    }
    void rawSqlCannotTouchAddenda()
    {
        QFETCH(QString, sql);
        QFETCH(bool, onDraft);
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.nameCounselor().ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY(client.ok());
        SessionContent c;
        c.date = kSessionDate;
        auto signedId = env.sessions().createDraft(client.value(), c);
        auto draftId = env.sessions().createDraft(client.value(), c);
        QVERIFY(signedId.ok() && draftId.ok());
        QVERIFY(env.sessions().sign(signedId.value()).ok());
        QVERIFY(env.sessions().addAddendum(signedId.value(), QStringLiteral("first correction")).ok());
        QVERIFY(env.sessions().addAddendum(signedId.value(), QStringLiteral("second correction")).ok());

        const auto before = dumpAll(env.db());
        auto st = env.db().prepare(sql.toStdString());
        QVERIFY(st.ok());
        if (const int index = st->parameterIndex(":session"))
            st->bind(index, onDraft ? draftId.value() : signedId.value());
        const Status s = st->run();
        QCOMPARE(s.code(), ErrorCode::Constraint);
        QVERIFY2(s.error().detail.contains(QStringLiteral("addenda")), qPrintable(s.error().detail));
        QCOMPARE(dumpAll(env.db()), before);
    }

    void rawSqlCannotTouchTheAuditLog_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("delete all") << QStringLiteral("DELETE FROM audit_log");
        QTest::addRow("delete one") << QStringLiteral(
            "DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)");
        QTest::addRow("action") << QStringLiteral("UPDATE audit_log SET action = 'x'");
        QTest::addRow("detail") << QStringLiteral("UPDATE audit_log SET detail = 'x'");
        QTest::addRow("actor") << QStringLiteral("UPDATE audit_log SET actor = 'someone else'");
        QTest::addRow("when") << QStringLiteral("UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z'");
        QTest::addRow("anonymise without a purge")
            << QStringLiteral("UPDATE audit_log SET client_id = NULL, record_uuid = NULL WHERE client_id IS NOT NULL");
    }
    void rawSqlCannotTouchTheAuditLog()
    {
        QFETCH(QString, sql);
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.nameCounselor().ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY(client.ok());
        SessionContent c;
        c.date = kSessionDate;
        auto id = env.sessions().createDraft(client.value(), c);
        QVERIFY(id.ok());
        QVERIFY(env.sessions().sign(id.value()).ok());

        const auto before = dumpAll(env.db());
        QVERIFY(before.value(QStringLiteral("audit_log")).size() >= 3);
        const Status s = env.db().exec(sql.toStdString());
        QCOMPARE(s.code(), ErrorCode::Constraint);
        QVERIFY2(s.error().detail.contains(QStringLiteral("append-only")), qPrintable(s.error().detail));
        QCOMPARE(dumpAll(env.db()), before);
    }

    void auditRecordsActionsButNeverContent()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.nameCounselor().ok());
        const QString chosenName = QStringLiteral("Marisol Quintero-Vance");
        auto client = addClient(env, chosenName);
        QVERIFY(client.ok());
        auto g1 = addGoal(env, client.value(), QStringLiteral("I want to keep my teeth"));
        auto g2 = addGoal(env, client.value(), QStringLiteral("I want to see my kids"));
        QVERIFY(g1.ok() && g2.ok());
        const SessionContent first = fullContent(g1.value(), g2.value(), NoteFormat::Soap, 0);
        const SessionContent second = fullContent(g1.value(), g2.value(), NoteFormat::Dap, 1);
        auto id = env.sessions().createDraft(client.value(), first);
        QVERIFY(id.ok());
        QVERIFY(env.sessions().saveDraft(id.value(), second).ok());
        QVERIFY(env.sessions().sign(id.value()).ok());
        const QString addendum = QStringLiteral("Marisol phoned: the court date moved to the ninth");
        QVERIFY(env.sessions().addAddendum(id.value(), addendum).ok());
        auto discarded = env.sessions().createDraft(client.value(), first);
        QVERIFY(discarded.ok());
        QVERIFY(env.sessions().discardDraft(discarded.value()).ok());

        const QUuid uuid = env.sessions().session(id.value())->uuid;
        QStringList actions;
        const QList<AuditEntry> audit = env.domain().audit().entries(0, 1000).value();
        for (const AuditEntry& e : audit) {
            if (e.recordUuid == uuid) {
                actions.prepend(e.action);
                QCOMPARE(e.recordType, QStringLiteral("session"));
                QCOMPARE(e.clientId, std::optional<ClientId>(client.value()));
                QCOMPARE(e.actor, Env::counselor().name);
            }
        }
        QVERIFY2(actions.contains(AuditAction::Create), qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY2(actions.contains(AuditAction::Sign), qPrintable(actions.join(QLatin1Char(','))));
        QVERIFY2(actions.contains(AuditAction::Addend), qPrintable(actions.join(QLatin1Char(','))));
        QCOMPARE(actions.first(), AuditAction::Create);

        QStringList needles = contentTexts(first) + contentTexts(second);
        needles << addendum << chosenName << QStringLiteral("Marisol") << QStringLiteral("Quintero");
        QVERIFY(needles.size() > 40);
        const QStringList rows = dumpTable(env.db(), "audit_log");
        QVERIFY(rows.size() >= 6);
        for (const QString& row : rows) {
            for (const QString& needle : needles)
                QVERIFY2(!row.contains(needle, Qt::CaseInsensitive),
                         qPrintable(row + QStringLiteral(" holds ") + needle));
        }
    }

    void discardRemovesTheDraftButKeepsItsGoals()
    {
        Env env;
        QVERIFY(env.isValid());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY(client.ok());
        auto g1 = addGoal(env, client.value(), QStringLiteral("I want to keep my teeth"));
        QVERIFY(g1.ok());
        SessionContent bare;
        bare.date = kSessionDate;
        auto draft = env.sessions().createDraft(client.value(), bare);
        auto kept = env.sessions().createDraft(client.value(), bare);
        QVERIFY(draft.ok() && kept.ok());

        // A goal negotiated inside the draft, then discussed in it (and in the draft that stays).
        GoalFields f;
        f.clientWords = QStringLiteral("I want to get my ID back");
        f.lifeArea = LifeArea::Legal;
        auto born = env.goals().create(client.value(), f,
                                       {QStringLiteral("came up today"), ClientAgreement::Yes, draft.value()});
        QVERIFY2(born.ok(), qPrintable(born.error().detail));
        QCOMPARE(env.goals().goal(born.value())->createdInSession, std::optional<SessionId>(draft.value()));
        // An older goal revised inside the draft too.
        GoalFields revised;
        revised.clientWords = QStringLiteral("I want to keep my teeth, and see a dentist");
        revised.lifeArea = LifeArea::Health;
        QVERIFY(env.goals()
                    .revise(g1.value(), revised, {QStringLiteral("dentist"), ClientAgreement::Yes, draft.value()})
                    .ok());
        const SessionContent full = fullContent(g1.value(), born.value(), NoteFormat::Free, 0);
        QVERIFY(env.sessions().saveDraft(draft.value(), full).ok());
        QVERIFY(env.sessions().saveDraft(kept.value(), full).ok());
        const QList<qint64> keptChildren = childCounts(env.db(), kept.value());
        QVERIFY(keptChildren.at(1) > 0);

        QSignalSpy removed(&env.sessions(), &SessionService::sessionRemoved);
        const Status s = env.sessions().discardDraft(draft.value());
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<ClientId>(), client.value());
        QCOMPARE(removed.at(0).at(1).value<SessionId>(), draft.value());

        QCOMPARE(env.sessions().session(draft.value()).code(), ErrorCode::NotFound);
        QCOMPARE(childCounts(env.db(), draft.value()), (QList<qint64>{0, 0, 0, 0}));
        QCOMPARE(childCounts(env.db(), kept.value()), keptChildren);

        auto goal = env.goals().goal(born.value());
        QVERIFY2(goal.ok(), qPrintable(goal.error().detail));
        QCOMPARE(goal->createdInSession, std::nullopt);
        QCOMPARE(goal->fields.clientWords, f.clientWords);
        // The revisions stay, word for word; only their link to the discarded draft is gone.
        auto bornHistory = env.goals().history(born.value());
        QVERIFY2(bornHistory.ok(), qPrintable(bornHistory.error().detail));
        QCOMPARE(bornHistory->size(), 1);
        QCOMPARE(bornHistory->first().fields.clientWords, f.clientWords);
        QCOMPARE(bornHistory->first().reason, QStringLiteral("came up today"));
        QCOMPARE(bornHistory->first().sessionId, std::nullopt);
        auto g1History = env.goals().history(g1.value());
        QVERIFY2(g1History.ok(), qPrintable(g1History.error().detail));
        QCOMPARE(g1History->size(), 2);
        QCOMPARE(g1History->last().fields.clientWords, revised.clientWords);
        QCOMPARE(g1History->last().sessionId, std::nullopt);
        QCOMPARE(env.sessions().sessionsForClient(client.value())->size(), 1);

        bool audited = false;
        const QList<AuditEntry> audit = env.domain().audit().entries(0, 100).value();
        for (const AuditEntry& e : audit)
            audited = audited || e.action == AuditAction::DiscardDraft;
        QVERIFY(audited);
    }

    void discardLeavesNothingOfTheDraft()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.nameCounselor().ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        auto g1 = addGoal(env, client.value(), QStringLiteral("I want to keep my teeth"));
        auto g2 = addGoal(env, client.value(), QStringLiteral("I want to see my kids"));
        QVERIFY(client.ok() && g1.ok() && g2.ok());
        const SessionContent full = fullContent(g1.value(), g2.value(), NoteFormat::Soap, 0);
        auto draft = env.sessions().createDraft(client.value(), full);
        QVERIFY2(draft.ok(), qPrintable(draft.error().detail));
        const QUuid uuid = env.sessions().session(draft.value())->uuid;
        const auto before = dumpAll(env.db());
        QVERIFY(childCounts(env.db(), draft.value()).at(1) > 0);

        QVERIFY(env.sessions().discardDraft(draft.value()).ok());
        // Not a row of it anywhere: the session, its goal entries, quotes, balance, note; no addenda.
        QCOMPARE(rowsOf(env.db(), "SELECT count(*) FROM sessions WHERE id = ?1", draft.value()), 0);
        QCOMPARE(childCounts(env.db(), draft.value()), (QList<qint64>{0, 0, 0, 0}));
        QCOMPARE(dumpTable(env.db(), "sessions"), QStringList());
        for (const char* table : {"session_goals", "talk_quotes", "balance_items", "note_sections", "addenda"})
            QVERIFY2(dumpTable(env.db(), table).isEmpty(), table);
        const auto after = dumpAll(env.db());
        QCOMPARE(after.value(QStringLiteral("goals")), before.value(QStringLiteral("goals")));

        // One audit entry says a draft was discarded; it holds nothing of what the draft said.
        QList<AuditEntry> discards;
        const QList<AuditEntry> audit = env.domain().audit().entries(0, 100).value();
        for (const AuditEntry& e : audit) {
            if (e.action == AuditAction::DiscardDraft)
                discards.append(e);
        }
        QCOMPARE(discards.size(), 1);
        QCOMPARE(discards.first().recordUuid, uuid);
        QCOMPARE(discards.first().recordType, QStringLiteral("session"));
        QCOMPARE(discards.first().clientId, std::optional<ClientId>(client.value()));
        QCOMPARE(discards.first().detail, QString());
        QCOMPARE(after.value(QStringLiteral("audit_log")).size(), before.value(QStringLiteral("audit_log")).size() + 1);
        for (const QString& row : after.value(QStringLiteral("audit_log"))) {
            for (const QString& needle : contentTexts(full))
                QVERIFY2(!row.contains(needle), qPrintable(row + QStringLiteral(" holds ") + needle));
        }

        // Gone is gone: a second discard finds nothing, and writes nothing.
        QCOMPARE(env.sessions().discardDraft(draft.value()).code(), ErrorCode::NotFound);
        QCOMPARE(dumpAll(env.db()), after);
    }

    void enteredInErrorIsASignedAddendum()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.nameCounselor().ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY(client.ok());
        SessionContent c;
        c.date = kSessionDate;
        c.followUp = kSessionDate.addDays(7);
        auto id = env.sessions().createDraft(client.value(), c);
        QVERIFY(id.ok());

        // A draft is discarded, not entered in error.
        auto before = dumpAll(env.db());
        auto onDraft = env.sessions().markEnteredInError(id.value(), QStringLiteral("started by mistake"));
        QCOMPARE(onDraft.code(), ErrorCode::Validation);
        QCOMPARE(onDraft.error().failure(), FieldReason(Field::EnteredInError, ValidationReason::NotSignedYet));
        QCOMPARE(dumpAll(env.db()), before);
        QCOMPARE(env.sessions().markEnteredInError(SessionId(4242), QStringLiteral("why")).code(), ErrorCode::NotFound);

        QVERIFY(env.sessions().sign(id.value()).ok());
        QVERIFY(env.sessions().addAddendum(id.value(), QStringLiteral("called back about the date")).ok());
        QVERIFY(!env.sessions().session(id.value())->enteredInError());
        QVERIFY(!env.sessions().isEnteredInError(id.value()).value());

        // The reason is required.
        before = dumpAll(env.db());
        for (const QString& empty : {QString(), QStringLiteral(" \n\t ")}) {
            auto refused = env.sessions().markEnteredInError(id.value(), empty);
            QCOMPARE(refused.code(), ErrorCode::Validation);
            QCOMPARE(refused.error().failure(), FieldReason(Field::EnteredInErrorReason, ValidationReason::Required));
        }
        auto tooLong =
            env.sessions().markEnteredInError(id.value(), QString(SessionService::kMaxText + 1, QLatin1Char('x')));
        QCOMPARE(tooLong.code(), ErrorCode::Validation);
        QCOMPARE(tooLong.error().failure(), FieldReason(Field::EnteredInErrorReason, ValidationReason::TooLong));
        QCOMPARE(dumpAll(env.db()), before);

        QSignalSpy changed(&env.sessions(), &SessionService::sessionChanged);
        env.clock().advanceSecs(600);
        const QString reason = QStringLiteral("This was Dana's session, written in Rae's chart");
        auto number =
            env.sessions().markEnteredInError(id.value(), QStringLiteral(" ") + reason + QStringLiteral("\n"));
        QVERIFY2(number.ok(), qPrintable(number.error().detail));
        QCOMPARE(number.value(), 2); // numbered like any addendum
        QCOMPARE(changed.count(), 1);

        auto record = env.sessions().session(id.value());
        QVERIFY2(record.ok(), qPrintable(record.error().detail));
        QVERIFY(record->enteredInError());
        QCOMPARE(record->content.followUp, c.followUp); // the record itself is untouched
        QCOMPARE(record->addenda.size(), 2);
        QCOMPARE(record->addenda.at(0).entersInError, false);
        const Addendum expected{2, reason, env.clock().now(), Env::counselor().signature(), true};
        QCOMPARE(record->addenda.at(1), expected);
        QVERIFY(env.sessions().isEnteredInError(id.value()).value());
        QVERIFY(env.sessions().sessionsForClient(client.value())->first().enteredInError);

        // Not twice.
        before = dumpAll(env.db());
        auto again = env.sessions().markEnteredInError(id.value(), QStringLiteral("still wrong"));
        QCOMPARE(again.code(), ErrorCode::Validation);
        QCOMPARE(again.error().failure(), FieldReason(Field::EnteredInError, ValidationReason::AlreadyDone));
        QCOMPARE(dumpAll(env.db()), before);
        // Nor behind the service's back: the database holds one per session, and the signed row stays locked.
        QCOMPARE(env.db()
                     .exec("INSERT INTO addenda (session_id, number, body, signed_at, signed_by, kind) "
                           "SELECT id, 9, 'x', '2024-05-06T15:00:00.000Z', 'x', 'entered_in_error' FROM sessions")
                     .code(),
                 ErrorCode::Constraint);
        QCOMPARE(env.db().exec("UPDATE addenda SET kind = 'note'").code(), ErrorCode::Constraint);
        QCOMPARE(env.db().exec("UPDATE sessions SET follow_up_date = NULL").code(), ErrorCode::Constraint);
        QCOMPARE(env.db()
                     .exec("INSERT INTO addenda (session_id, number, body, signed_at, signed_by, kind) "
                           "SELECT id, 9, 'x', '2024-05-06T15:00:00.000Z', 'x', 'mistake' FROM sessions")
                     .code(),
                 ErrorCode::Constraint);
        QCOMPARE(dumpAll(env.db()), before);

        // The audit names the addendum and its kind, never the reason.
        QStringList details;
        const QList<AuditEntry> audit = env.domain().audit().entries(0, 100).value();
        for (const AuditEntry& e : audit) {
            if (e.action == AuditAction::Addend && e.recordUuid == record->uuid)
                details.prepend(e.detail);
        }
        QCOMPARE(details, (QStringList{QStringLiteral("addendum 1"), QStringLiteral("addendum 2: entered in error")}));
        for (const QString& row : dumpTable(env.db(), "audit_log"))
            QVERIFY2(!row.contains(QStringLiteral("Dana")), qPrintable(row));
    }

    void sessionsForClientNewestFirst()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.nameCounselor().ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        auto other = addClient(env, QStringLiteral("Sol"));
        QVERIFY(client.ok() && other.ok());
        auto g1 = addGoal(env, client.value(), QStringLiteral("I want to keep my teeth"));
        auto g2 = addGoal(env, client.value(), QStringLiteral("I want to see my kids"));
        QVERIFY(g1.ok() && g2.ok());

        const auto add = [&](ClientId who, const QDate& date, int goals) {
            SessionContent c;
            c.date = date;
            c.startTime = QTime(10, 15);
            c.setting = SessionSetting::Video;
            c.followUp = date.addDays(7);
            if (goals > 0)
                c.goals.append(SessionGoalEntry{g1.value(), {}, false, {}, {}, {}, {}});
            if (goals > 1)
                c.goals.append(SessionGoalEntry{g2.value(), {}, false, {}, {}, {}, {}});
            return env.sessions().createDraft(who, c);
        };
        auto april = add(client.value(), QDate(2024, 4, 2), 2);
        auto march = add(client.value(), QDate(2024, 3, 2), 0);
        auto mayEarly = add(client.value(), QDate(2024, 5, 1), 1);
        auto mayLate = add(client.value(), QDate(2024, 5, 1), 0);
        auto others = add(other.value(), QDate(2024, 5, 3), 0);
        QVERIFY(april.ok() && march.ok() && mayEarly.ok() && mayLate.ok() && others.ok());
        QVERIFY(env.sessions().sign(april.value()).ok());
        QVERIFY(env.sessions().addAddendum(april.value(), QStringLiteral("one")).ok());
        QVERIFY(env.sessions().addAddendum(april.value(), QStringLiteral("two")).ok());
        QVERIFY(env.sessions().sign(mayEarly.value()).ok());

        const auto summary = [](SessionId id, const QDate& date, bool isSigned, int addenda, int goals) {
            return SessionSummary{id,       date,    QTime(10, 15), SessionSetting::Video,
                                  isSigned, addenda, goals,         date.addDays(7)};
        };
        auto list = env.sessions().sessionsForClient(client.value());
        QVERIFY2(list.ok(), qPrintable(list.error().detail));
        QCOMPARE(list.value(), (QList<SessionSummary>{
                                   summary(mayLate.value(), QDate(2024, 5, 1), false, 0, 0),
                                   summary(mayEarly.value(), QDate(2024, 5, 1), true, 0, 1),
                                   summary(april.value(), QDate(2024, 4, 2), true, 2, 2),
                                   summary(march.value(), QDate(2024, 3, 2), false, 0, 0),
                               }));
        QCOMPARE(env.sessions().sessionsForClient(ClientId(424242)).value(), QList<SessionSummary>());
    }

    void changeSignals()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.nameCounselor().ok());
        auto client = addClient(env, QStringLiteral("Rae"));
        QVERIFY(client.ok());
        QSignalSpy changed(&env.sessions(), &SessionService::sessionChanged);
        QSignalSpy removed(&env.sessions(), &SessionService::sessionRemoved);
        QVERIFY(changed.isValid() && removed.isValid());
        const auto last = [&changed] {
            const QList<QVariant> args = changed.last();
            return std::pair{args.at(0).value<ClientId>(), args.at(1).value<SessionId>()};
        };

        SessionContent c;
        c.date = kSessionDate;
        auto id = env.sessions().createDraft(client.value(), c);
        QVERIFY(id.ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(last(), std::pair(client.value(), id.value()));
        c.nextSteps = QStringLiteral("call Tuesday");
        QVERIFY(env.sessions().saveDraft(id.value(), c).ok());
        QCOMPARE(changed.count(), 2);
        QVERIFY(env.sessions().sign(id.value()).ok());
        QCOMPARE(changed.count(), 3);
        QVERIFY(env.sessions().addAddendum(id.value(), QStringLiteral("a correction")).ok());
        QCOMPARE(changed.count(), 4);
        QCOMPARE(last(), std::pair(client.value(), id.value()));
        QCOMPARE(removed.count(), 0);

        // Refusals are silent.
        QVERIFY(!env.sessions().saveDraft(id.value(), c).ok());
        QVERIFY(!env.sessions().sign(id.value()).ok());
        QVERIFY(!env.sessions().discardDraft(id.value()).ok());
        SessionContent undated;
        QVERIFY(!env.sessions().createDraft(client.value(), undated).ok());
        QCOMPARE(changed.count(), 4);
        QCOMPARE(removed.count(), 0);

        auto draft = env.sessions().createDraft(client.value(), c);
        QVERIFY(draft.ok());
        QVERIFY(env.sessions().discardDraft(draft.value()).ok());
        QCOMPARE(changed.count(), 5);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.first().at(0).value<ClientId>(), client.value());
        QCOMPARE(removed.first().at(1).value<SessionId>(), draft.value());
    }
};

QTEST_GUILESS_MAIN(TestSessionService)
#include "tst_sessionservice.moc"
