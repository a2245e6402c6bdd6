// SPDX-License-Identifier: GPL-3.0-or-later
// The reports engine on the real migrated schema: contacts recorded through ContactService, MI sessions and
// goals through their services, then every indicator of both shipped reports compared with counts worked out
// by hand from the fixture below; periods that include or exclude boundary days; corrections and contacts
// entered in error; definition files that are wrong in every way; the CSV export and its audit entry.
#include "domain/Domain.h"
#include "report/ReportCatalog.h"
#include "report/ReportCsvWriter.h"
#include "report/ReportEngine.h"
#include "report/ReportExport.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <ctime>
#include <memory>

using namespace continuum;
using namespace continuum::test;

Q_DECLARE_METATYPE(continuum::Period)

namespace {

// What must never leave in an export.
const QString kNameA = QStringLiteral("Zephyrine");
const QString kLegalA = QStringLiteral("Quillon Ardwick");
const QString kAgencyCodeA = QStringLiteral("AGC-4417");
const QString kNameB = QStringLiteral("Marisol");
const QString kNameC = QStringLiteral("Thaddeus");
const QString kCode = QStringLiteral("CODE-9931");
const QString kNote = QStringLiteral("secretnote5521");

QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(12, 0), Qt::UTC);
}

/// One vault in a workspace, owned by one test, with the fixture below recorded in it.
class Env
{
public:
    Env()
        : m_clock(at(2025, 10, 15))
        , m_workspace(m_clock)
    {
        m_clock.setToday(QDate(2025, 10, 15));
        auto created = createTestVault(m_tmp.filePath(QStringLiteral("vault")));
        if (created.vault)
            m_ok = m_workspace.open(std::move(created.vault), UnlockRecord{}).ok();
    }

    bool isValid() const { return m_ok; }
    Workspace& workspace() { return m_workspace; }
    Domain& domain() { return m_workspace.domain(); }
    Database& db() { return m_workspace.vault().database(); }
    FixedClock& clock() { return m_clock; }
    QString path(const QString& name) const { return m_tmp.filePath(name); }

    ContactListItemId item(const QString& list, const QString& label)
    {
        auto id = Query(db(), "SELECT id FROM contact_list_items WHERE list = ?1 AND label = ?2", list, label)
                      .one(readInt64, {"list item", 0});
        return ContactListItemId{id.value_or(0)};
    }

    ClientId client(const QString& name, const QString& legal = {}, const QString& code = {})
    {
        Client c;
        c.chosenName = name;
        c.legalName = legal;
        c.agencyCode = code;
        return domain().clients().create(c).value_or(ClientId{});
    }

    ContactId contact(ContactDraft d)
    {
        auto id = domain().contacts().record(d);
        if (!id)
            qWarning("record: %s", qPrintable(id.error().detail));
        return id.value_or(ContactId{});
    }

    QString fail;

private:
    QTemporaryDir m_tmp;
    FixedClock m_clock;
    Workspace m_workspace;
    bool m_ok = false;
};

ContactDraft draft(ContactIdentity identity, const QDateTime& when)
{
    ContactDraft d;
    d.identity = identity;
    d.occurredAt = when;
    d.setting = ContactSetting::Outreach;
    return d;
}

/// The fixture. Q3 2025 is 2025-07-01..2025-09-30; today is 2025-10-15.
///  c1 known A  07-01 (first day) outreach, shown how: Syringes 20, Cookers 5; Nasal 4 mg 2 kits + 1 single
///  c2 known A  09-30 (last day) drop-in: check FTS positive, plans use less + with someone; referral MOUD, connected
///  c3 coded    08-10 no setting, shown unanswered: Nasal 8 mg 1 kit; check FTS no result; referral Medical care
///  c4 anon     08-11 shown how: overdose witnessed 2 doses survived (a reversal); own, no naloxone, not known
///  c5 anon     06-30 (day before) Syringes 100        c6 anon 10-01 (day after) Syringes 100
///  c7 anon     08-12 Syringes 50, entered in error
///  c8 known B  08-13 Syringes 7, corrected to Syringes 9 at the office
///  c9 coded    09-01 office
/// Sessions: B 08-20, C 07-15, C 10-02 (after). Goals: A substance use / safer use set 08-05; B housing set
/// 08-05, achieved 09-10; C health set 06-15, achieved 07-20.
QString buildFixture(Env& env)
{
    if (auto s = env.domain().counselor().setCounselor({QStringLiteral("Sam Okafor"), QStringLiteral("LCSW")}); !s)
        return s.error().detail;
    const ClientId a = env.client(kNameA, kLegalA, kAgencyCodeA);
    const ClientId b = env.client(kNameB);
    const ClientId c = env.client(kNameC);
    if (a.isNull() || b.isNull() || c.isNull())
        return QStringLiteral("clients");
    const auto syringes = env.item(QStringLiteral("supply"), QStringLiteral("Syringes"));
    const auto cookers = env.item(QStringLiteral("supply"), QStringLiteral("Cookers"));
    const auto nasal4 = env.item(QStringLiteral("naloxone_product"), QStringLiteral("Nasal 4 mg"));
    const auto nasal8 = env.item(QStringLiteral("naloxone_product"), QStringLiteral("Nasal 8 mg"));
    const auto fts = env.item(QStringLiteral("checking_method"), QStringLiteral("Fentanyl test strip"));
    const auto moud = env.item(QStringLiteral("referral_type"), QStringLiteral("Medication for opioid use disorder"));
    const auto medical = env.item(QStringLiteral("referral_type"), QStringLiteral("Medical care"));

    ContactDraft c1 = draft(ContactIdentity::Known, at(2025, 7, 1));
    c1.client = a;
    c1.naloxoneShown = true;
    c1.note = kNote;
    c1.supplies = {{syringes, 20, {}}, {cookers, 5, {}}};
    c1.naloxone = {{nasal4, 2, 1, {}, 0}};
    if (env.contact(c1).isNull())
        return QStringLiteral("c1");

    ContactDraft c2 = draft(ContactIdentity::Known, at(2025, 9, 30));
    c2.client = a;
    c2.setting = ContactSetting::DropIn;
    DrugCheck check;
    check.method = fts;
    check.result = DrugCheckResult::Positive;
    check.planUseLess = true;
    check.planWithSomeone = true;
    check.planWords = kNote;
    c2.drugChecks = {check};
    c2.referrals = {{moud, {}, {}}};
    const ContactId id2 = env.contact(c2);
    if (id2.isNull())
        return QStringLiteral("c2");
    auto referrals = env.domain().contacts().referrals(id2);
    if (!referrals || referrals->size() != 1)
        return QStringLiteral("c2 referrals");
    if (auto s = env.domain().contacts().recordReferralOutcome(referrals->first().referral, ReferralOutcome::Connected);
        !s)
        return s.error().detail;

    ContactDraft c3 = draft(ContactIdentity::Coded, at(2025, 8, 10));
    c3.clientCode = kCode;
    c3.setting.reset();
    c3.note = kNote;
    c3.naloxone = {{nasal8, 1, 0, {}, 0}};
    DrugCheck unread;
    unread.method = fts;
    c3.drugChecks = {unread};
    c3.referrals = {{medical, {}, {}}};
    if (env.contact(c3).isNull())
        return QStringLiteral("c3");

    ContactDraft c4 = draft(ContactIdentity::Anonymous, at(2025, 8, 11));
    c4.naloxoneShown = true;
    OverdoseReport witnessed;
    witnessed.whose = OverdoseWhose::Witnessed;
    witnessed.naloxoneDoses = 2;
    witnessed.called911 = true;
    witnessed.outcome = OverdoseOutcome::Survived;
    OverdoseReport own;
    own.whose = OverdoseWhose::Own;
    own.naloxoneDoses = 0;
    own.outcome = OverdoseOutcome::NotKnown;
    c4.overdoses = {witnessed, own};
    if (env.contact(c4).isNull())
        return QStringLiteral("c4");

    for (const QDateTime& when : {at(2025, 6, 30), at(2025, 10, 1)}) {
        ContactDraft outside = draft(ContactIdentity::Anonymous, when);
        outside.supplies = {{syringes, 100, {}}};
        if (env.contact(outside).isNull())
            return QStringLiteral("outside");
    }

    ContactDraft c7 = draft(ContactIdentity::Anonymous, at(2025, 8, 12));
    c7.supplies = {{syringes, 50, {}}};
    const ContactId id7 = env.contact(c7);
    if (id7.isNull())
        return QStringLiteral("c7");
    if (auto s = env.domain().contacts().markEnteredInError(id7, QStringLiteral("recorded twice")); !s)
        return s.error().detail;

    ContactDraft c8 = draft(ContactIdentity::Known, at(2025, 8, 13));
    c8.client = b;
    c8.supplies = {{syringes, 7, {}}};
    const ContactId id8 = env.contact(c8);
    if (id8.isNull())
        return QStringLiteral("c8");
    c8.supplies = {{syringes, 9, {}}};
    c8.setting = ContactSetting::Office;
    if (auto s = env.domain().contacts().correct(id8, c8, QStringLiteral("miscounted")); !s)
        return s.error().detail;

    ContactDraft c9 = draft(ContactIdentity::Coded, at(2025, 9, 1));
    c9.clientCode = kCode;
    c9.setting = ContactSetting::Office;
    if (env.contact(c9).isNull())
        return QStringLiteral("c9");

    // MI sessions.
    for (const auto& [client, day] :
         {std::pair{b, QDate(2025, 8, 20)}, std::pair{c, QDate(2025, 7, 15)}, std::pair{c, QDate(2025, 10, 2)}}) {
        SessionContent content;
        content.date = day;
        auto session = env.domain().sessions().createDraft(client, content);
        if (!session)
            return session.error().detail;
        if (auto s = env.domain().sessions().sign(session.value()); !s)
            return s.error().detail;
    }

    // Goals, each created (and achieved) on the day the clock says.
    auto goal = [&](ClientId who, LifeArea area, std::optional<ContinuumPosition> position,
                    const QDateTime& when) -> Result<GoalId> {
        env.clock().set(when);
        GoalFields f;
        f.clientWords = QStringLiteral("in my words");
        f.lifeArea = area;
        f.position = position;
        return env.domain().goals().create(who, f, RevisionInfo{});
    };
    auto achieve = [&](GoalId id, LifeArea area, const QDateTime& when) -> Status {
        env.clock().set(when);
        GoalFields f;
        f.clientWords = QStringLiteral("in my words");
        f.lifeArea = area;
        f.status = GoalStatus::Achieved;
        return env.domain().goals().revise(id, f, RevisionInfo{QStringLiteral("done"), ClientAgreement::Yes, {}});
    };
    if (!goal(a, LifeArea::SubstanceUse, ContinuumPosition::SaferUse, at(2025, 8, 5)))
        return QStringLiteral("goal A");
    auto goalB = goal(b, LifeArea::Housing, std::nullopt, at(2025, 8, 5));
    if (!goalB)
        return goalB.error().detail;
    if (auto s = achieve(goalB.value(), LifeArea::Housing, at(2025, 9, 10)); !s)
        return s.error().detail;
    auto goalC = goal(c, LifeArea::Health, std::nullopt, at(2025, 6, 15));
    if (!goalC)
        return goalC.error().detail;
    if (auto s = achieve(goalC.value(), LifeArea::Health, at(2025, 7, 20)); !s)
        return s.error().detail;
    env.clock().set(at(2025, 10, 15));
    return {};
}

/// The raw cells of an indicator as "row/column=value", zeros left out; "" for a single cell's label.
QStringList cellsOf(const ReportResult& result, const QString& indicator)
{
    const ReportTable* t = result.table(indicator);
    if (!t)
        return {QStringLiteral("no table ") + indicator};
    QStringList out;
    for (int r = 0; r < t->rows(); ++r) {
        for (int c = 0; c < t->columns(); ++c) {
            if (t->cell(r, c) == 0)
                continue;
            QString name = t->rowHeader.isEmpty() ? QString() : t->rowKeys.at(r);
            if (!t->columnHeader.isEmpty())
                name += QLatin1Char('/') + t->columnKeys.at(c);
            out << name + QLatin1Char('=') + QString::number(t->cell(r, c));
        }
    }
    return out;
}

ReportDefinition builtIn(const QString& id)
{
    auto catalog = ReportCatalog::load();
    if (!catalog)
        return {};
    return catalog->find(id).value_or(ReportDefinition{});
}

Result<ReportResult> runReport(Env& env, const QString& id, const Period& period, int threshold = 10)
{
    return ReportEngine(env.db()).run(builtIn(id), period, {threshold, QDate(2025, 10, 15), {}});
}

Period q3()
{
    return Period::quarter(2025, 3).value();
}

/// Each published entry's key, and whether the report hides it.
QHash<QString, bool> hiddenByKey(const ReportResult& r)
{
    QHash<QString, bool> out;
    for (const ReportTable& t : r.tables) {
        const int cells = static_cast<int>(t.cells.size());
        for (int e = 0; e < t.entryKeys.size(); ++e) {
            if (t.entryKeys.at(e).isEmpty())
                continue;
            SuppressionMark m = SuppressionMark::None;
            if (e < cells)
                m = t.marks.cells.value(e);
            else if (e < cells + t.rows())
                m = t.marks.rowTotals.value(e - cells);
            else if (e < cells + t.rows() + t.columns())
                m = t.marks.columnTotals.value(e - cells - t.rows());
            else
                m = t.marks.grandTotal;
            out.insert(t.entryKeys.at(e), m != SuppressionMark::None);
        }
    }
    return out;
}

/// The keys two reports both publish that one hides and the other shows.
QStringList hiddenInOneOnly(const ReportResult& a, const ReportResult& b)
{
    const QHash<QString, bool> inA = hiddenByKey(a);
    const QHash<QString, bool> inB = hiddenByKey(b);
    QStringList out;
    for (auto it = inA.cbegin(); it != inA.cend(); ++it) {
        if (const auto other = inB.constFind(it.key()); other != inB.cend() && other.value() != it.value())
            out << it.key();
    }
    return out;
}

} // namespace

class TestReportEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Local dates are the counselor's: the fixture's noon-UTC moments fall on the same day here.
        qputenv("TZ", "UTC");
        QLocale::setDefault(QLocale::c());
    }

    // Instants (goals' created_at) are compared with the UTC moments the period's local days run between: five
    // hours after midnight UTC where the counselor is five hours behind, and the end is the next day's start.
    void periodInstants()
    {
        const Period q = Period::quarter(2025, 3).value();
        QCOMPARE(q.startInstantText(), QStringLiteral("2025-07-01T00:00:00.000Z"));
        QCOMPARE(q.endInstantText(), QStringLiteral("2025-10-01T00:00:00.000Z"));
        qputenv("TZ", "XST5"); // POSIX: five hours behind UTC, no summer time, no time zone data needed
        tzset();
        QCOMPARE(q.startInstantText(), QStringLiteral("2025-07-01T05:00:00.000Z"));
        QCOMPARE(q.endInstantText(), QStringLiteral("2025-10-01T05:00:00.000Z"));
        const Period day = Period::custom(QDate(2025, 8, 10), QDate(2025, 8, 10)).value();
        QCOMPARE(day.startInstantText(), QStringLiteral("2025-08-10T05:00:00.000Z"));
        QCOMPARE(day.endInstantText(), QStringLiteral("2025-08-11T05:00:00.000Z"));
        qputenv("TZ", "UTC");
        tzset();
        QCOMPARE(q.startInstantText(), QStringLiteral("2025-07-01T00:00:00.000Z"));
    }

    void periods_data()
    {
        QTest::addColumn<Period>("period");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        QTest::addColumn<QString>("key");
        QTest::addRow("february, leap year") << Period::month(2024, 2).value() << QStringLiteral("2024-02-01")
                                             << QStringLiteral("2024-02-29") << QStringLiteral("2024-02");
        QTest::addRow("quarter 4") << Period::quarter(2025, 4).value() << QStringLiteral("2025-10-01")
                                   << QStringLiteral("2025-12-31") << QStringLiteral("2025-Q4");
        QTest::addRow("year") << Period::year(2025).value() << QStringLiteral("2025-01-01")
                              << QStringLiteral("2025-12-31") << QStringLiteral("2025");
        QTest::addRow("custom, one day") << Period::custom(QDate(2025, 3, 9), QDate(2025, 3, 9)).value()
                                         << QStringLiteral("2025-03-09") << QStringLiteral("2025-03-09")
                                         << QStringLiteral("2025-03-09..2025-03-09");
    }
    void periods()
    {
        QFETCH(Period, period);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QFETCH(QString, key);
        QCOMPARE(period.firstText(), first);
        QCOMPARE(period.lastText(), last);
        QCOMPARE(period.key(), key);
    }

    void badPeriods()
    {
        QCOMPARE(Period::month(2025, 13).code(), ErrorCode::InvalidArgument);
        QCOMPARE(Period::month(2025, 0).code(), ErrorCode::InvalidArgument);
        QCOMPARE(Period::quarter(2025, 5).code(), ErrorCode::InvalidArgument);
        QCOMPARE(Period::year(10000).code(), ErrorCode::InvalidArgument);
        auto backwards = Period::custom(QDate(2025, 3, 9), QDate(2025, 3, 8));
        QCOMPARE(backwards.code(), ErrorCode::InvalidArgument);
        QVERIFY2(backwards.error().detail.contains(QStringLiteral("before it starts")),
                 qPrintable(backwards.error().detail));
        QCOMPARE(Period::custom(QDate(), QDate(2025, 3, 8)).code(), ErrorCode::InvalidArgument);
    }

    void builtInCatalog()
    {
        auto catalog = ReportCatalog::load();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().detail));
        QStringList ids;
        for (const ReportDefinition& def : catalog->reports())
            ids << def.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("general"), QStringLiteral("quarterly-grant")}));
        QVERIFY(catalog->problems().isEmpty());
    }

    void agencyFolder()
    {
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        QVERIFY(write(QStringLiteral("a-general.json"),
                      R"({"format": 1, "id": "general", "title": "Our own general report",
                          "indicators": [{"id": "contacts", "title": "Contacts", "source": "contacts"}]})"));
        QVERIFY(write(QStringLiteral("b-extra.json"),
                      R"({"format": 1, "id": "outreach", "title": "Outreach",
                          "indicators": [{"id": "c", "title": "Contacts", "source": "contacts",
                                          "filter": {"setting": ["outreach"]}}]})"));
        QVERIFY(write(QStringLiteral("c-broken.json"), "{\"format\": 1, \"id\": "));
        QVERIFY(
            write(QStringLiteral("d-newer.json"), R"({"format": 2, "id": "future", "title": "F", "indicators": []})"));
        auto catalog = ReportCatalog::load(dir.path());
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().detail));
        QCOMPARE(catalog->reports().size(), 3);
        QCOMPARE(catalog->find(QStringLiteral("general"))->title, QStringLiteral("Our own general report"));
        QVERIFY(catalog->find(QStringLiteral("quarterly-grant")).has_value());
        QVERIFY(catalog->find(QStringLiteral("outreach")).has_value());
        QVERIFY(!catalog->find(QStringLiteral("future")).has_value());
        QCOMPARE(catalog->problems().size(), 2);
        QVERIFY2(catalog->problems().at(0).contains(QStringLiteral("c-broken.json")),
                 qPrintable(catalog->problems().at(0)));
        QVERIFY2(catalog->problems().at(1).contains(QStringLiteral("newer")), qPrintable(catalog->problems().at(1)));
    }

    void badDefinitions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format": 1, "id": "r", "title": "R", "indicators": [)";
        auto one = [&](const char* indicator) -> QByteArray { return head + indicator + "]}"; };
        QTest::addRow("not JSON") << QByteArray("{format: 1") << ErrorCode::InvalidArgument
                                  << QStringLiteral("not valid JSON");
        QTest::addRow("an array") << QByteArray("[]") << ErrorCode::InvalidArgument << QStringLiteral("JSON object");
        QTest::addRow("no format") << QByteArray(R"({"id": "r", "title": "R", "indicators": []})")
                                   << ErrorCode::InvalidArgument << QStringLiteral("no format version");
        QTest::addRow("format as text") << QByteArray(R"({"format": "1", "id": "r", "title": "R", "indicators": []})")
                                        << ErrorCode::InvalidArgument << QStringLiteral("no format version");
        QTest::addRow("newer format") << QByteArray(R"({"format": 2, "id": "r", "title": "R", "indicators": []})")
                                      << ErrorCode::NewerVersion << QStringLiteral("newer than this program reads");
        QTest::addRow("empty report") << QByteArray(R"({"format": 1, "id": "r", "title": "R", "indicators": []})")
                                      << ErrorCode::InvalidArgument << QStringLiteral("no indicators");
        QTest::addRow("no indicators key") << QByteArray(R"({"format": 1, "id": "r", "title": "R"})")
                                           << ErrorCode::InvalidArgument << QStringLiteral("no list of indicators");
        QTest::addRow("bad report id") << QByteArray(
                                              R"({"format": 1, "id": "R; DROP", "title": "R", "indicators": []})")
                                       << ErrorCode::InvalidArgument << QStringLiteral("report id");
        QTest::addRow("no title") << QByteArray(R"({"format": 1, "id": "r", "indicators": []})")
                                  << ErrorCode::InvalidArgument << QStringLiteral("no title");
        QTest::addRow("unknown top key")
            << QByteArray(R"({"format": 1, "id": "r", "title": "R", "sql": "x", "indicators": []})")
            << ErrorCode::InvalidArgument << QStringLiteral("unknown key 'sql'");
        QTest::addRow("unknown source") << one(R"({"id": "x", "title": "X", "source": "clients"})")
                                        << ErrorCode::InvalidArgument << QStringLiteral("unknown source 'clients'");
        QTest::addRow("SQL as a source") << one(R"({"id": "x", "title": "X", "source": "contacts; DROP TABLE goals"})")
                                         << ErrorCode::InvalidArgument << QStringLiteral("unknown source");
        QTest::addRow("unknown measure") << one(R"({"id": "x", "title": "X", "source": "contacts", "measure": "sum"})")
                                         << ErrorCode::InvalidArgument
                                         << QStringLiteral("unknown measure 'sum' for source 'contacts'");
        QTest::addRow("unknown breakdown") << one(R"({"id": "x", "title": "X", "source": "contacts", "rows": "note"})")
                                           << ErrorCode::InvalidArgument << QStringLiteral("unknown breakdown 'note'");
        QTest::addRow("unknown column")
            << one(R"({"id": "x", "title": "X", "source": "supplies", "measure": "quantity", "rows": "item", "columns": "result"})")
            << ErrorCode::InvalidArgument << QStringLiteral("unknown breakdown 'result'");
        QTest::addRow("same twice")
            << one(R"({"id": "x", "title": "X", "source": "supplies", "measure": "quantity", "rows": "item", "columns": "item"})")
            << ErrorCode::InvalidArgument << QStringLiteral("same 'item'");
        QTest::addRow("columns alone")
            << one(R"({"id": "x", "title": "X", "source": "supplies", "measure": "quantity", "columns": "item"})")
            << ErrorCode::InvalidArgument << QStringLiteral("needs a row breakdown");
        QTest::addRow("unknown filter")
            << one(R"({"id": "x", "title": "X", "source": "contacts", "filter": {"name": ["A"]}})")
            << ErrorCode::InvalidArgument << QStringLiteral("cannot filter on unknown 'name'");
        QTest::addRow("unknown filter value")
            << one(R"({"id": "x", "title": "X", "source": "contacts", "filter": {"setting": ["park"]}})")
            << ErrorCode::InvalidArgument << QStringLiteral("unknown value 'park' for 'setting'");
        QTest::addRow("filter not a list")
            << one(R"({"id": "x", "title": "X", "source": "contacts", "filter": {"setting": "home"}})")
            << ErrorCode::InvalidArgument << QStringLiteral("not a list of values");
        QTest::addRow("bad indicator id") << one(R"({"id": "X Y", "title": "X", "source": "contacts"})")
                                          << ErrorCode::InvalidArgument << QStringLiteral("the id 'X Y'");
        QTest::addRow("indicator without title")
            << one(R"({"id": "x", "source": "contacts"})") << ErrorCode::InvalidArgument
            << QStringLiteral("indicator 'x' has no title");
        QTest::addRow("unknown indicator key")
            << one(R"({"id": "x", "title": "X", "source": "contacts", "colums": "setting"})")
            << ErrorCode::InvalidArgument << QStringLiteral("unknown key 'colums'");
        QTest::addRow("duplicate ids")
            << one(R"({"id": "x", "title": "X", "source": "contacts"}, {"id": "x", "title": "Y", "source": "sessions"})")
            << ErrorCode::InvalidArgument << QStringLiteral("two indicators are called 'x'");
        QTest::addRow("indicator not an object")
            << one(R"("contacts")") << ErrorCode::InvalidArgument << QStringLiteral("indicator 1 is not an object");
    }
    void badDefinitions()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, code);
        QFETCH(QString, message);
        auto def = ReportDefinition::parse(json, QStringLiteral("test.json"));
        QVERIFY(!def.ok());
        QCOMPARE(def.code(), code);
        QVERIFY2(def.error().detail.startsWith(QStringLiteral("test.json: ")), qPrintable(def.error().detail));
        QVERIFY2(def.error().detail.contains(message), qPrintable(def.error().detail));
    }

    void runRefusesBadOptions()
    {
        Env env;
        QVERIFY(env.isValid());
        ReportEngine engine(env.db());
        const ReportDefinition def = builtIn(QStringLiteral("general"));
        QCOMPARE(engine.run(def, Period{}, {10, QDate(2025, 10, 15), {}}).code(), ErrorCode::InvalidArgument);
        QCOMPARE(engine.run(def, q3(), {0, QDate(2025, 10, 15), {}}).code(), ErrorCode::InvalidArgument);
        QCOMPARE(engine.run(def, q3(), {10, QDate(), {}}).code(), ErrorCode::InvalidArgument);
        QCOMPARE(engine.run(ReportDefinition{}, q3(), {10, QDate(2025, 10, 15), {}}).code(),
                 ErrorCode::InvalidArgument);
    }

    // Every indicator of the general report, hand-counted from the fixture.
    void generalReport()
    {
        Env env;
        QVERIFY(env.isValid());
        const QString problem = buildFixture(env);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto result = runReport(env, QStringLiteral("general"), q3());
        QVERIFY2(result.ok(), qPrintable(result.error().detail));
        const ReportResult& r = result.value();
        QCOMPARE(r.tables.size(), builtIn(QStringLiteral("general")).indicators.size());
        auto is = [](std::initializer_list<const char*> cells) {
            QStringList out;
            for (const char* c : cells)
                out << QString::fromUtf8(c);
            return out;
        };
        QCOMPARE(cellsOf(r, QStringLiteral("contacts")), is({"=6"}));
        QCOMPARE(cellsOf(r, QStringLiteral("contacts_by_identity")), is({"known=3", "coded=2", "anonymous=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("contacts_by_setting")),
                 is({"outreach/known=1", "outreach/anonymous=1", "drop_in/known=1", "office/known=1", "office/coded=1",
                     "not_recorded/coded=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("anonymous_contacts")), is({"=1"}));
        // A, B (contacts and a session), C (a session only) and the code; anonymous contacts are not people here.
        QCOMPARE(cellsOf(r, QStringLiteral("people_reached")), is({"=4"}));
        QCOMPARE(cellsOf(r, QStringLiteral("people_reached_by_identity")), is({"known=3", "coded=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("supplies_by_type")), is({"Syringes=29", "Cookers=5"}));
        QCOMPARE(cellsOf(r, QStringLiteral("naloxone_kits_by_product")), is({"Nasal 4 mg=2", "Nasal 8 mg=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("naloxone_doses_by_product")), is({"Nasal 4 mg=5", "Nasal 8 mg=2"}));
        QCOMPARE(cellsOf(r, QStringLiteral("shown_naloxone")), is({"=2"}));
        QCOMPARE(cellsOf(r, QStringLiteral("drug_checks")),
                 is({"Fentanyl test strip/positive=1", "Fentanyl test strip/not_recorded=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("drug_check_plans")),
                 is({"use_less=1", "with_someone=1", "not_recorded=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("overdoses")), is({"witnessed=1", "own=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("overdoses_by_outcome")), is({"survived=1", "not_known=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("reversals")), is({"=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("referrals")),
                 is({"Medical care/no_outcome_yet=1", "Medication for opioid use disorder/connected=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("mi_sessions")), is({"=2"}));
        QCOMPARE(cellsOf(r, QStringLiteral("goals_by_life_area")), is({"housing=1", "substance_use=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("goals_by_position")), is({"safer_use=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("goals_achieved")), is({"health=1", "housing=1"}));

        // Every list item shows, used or not, in the list's order; enumerated breakdowns show every value.
        const ReportTable* supplies = r.table(QStringLiteral("supplies_by_type"));
        QCOMPARE(supplies->rowKeys.size(), 11);
        QCOMPARE(supplies->rowKeys.first(), QStringLiteral("Syringes"));
        QCOMPARE(r.table(QStringLiteral("contacts_by_setting"))->rowKeys.size(), 7);

        // Suppression: the small counts are hidden, the rest shown, totals as the shapes say.
        // Cookers (5) is small; Syringes (29), the smaller of its two partners, hides it; the total shows.
        QCOMPARE(supplies->cellText(0, 0), QStringLiteral(">10"));
        QCOMPARE(supplies->cellText(1, 0), QStringLiteral("<11"));
        QCOMPARE(supplies->cellText(2, 0), QStringLiteral("0"));
        QVERIFY(supplies->hasGrandTotal);
        QVERIFY(!supplies->hasRowTotals);
        QCOMPARE(supplies->grandTotal, 34);
        QCOMPARE(supplies->grandTotalText(), QStringLiteral("34"));
        QCOMPARE(r.table(QStringLiteral("contacts"))->cellText(0, 0), QStringLiteral("<11"));
        QVERIFY(r.table(QStringLiteral("people_reached_by_identity"))->hasGrandTotal);
        QCOMPARE(r.table(QStringLiteral("people_reached_by_identity"))->grandTotal, 4);
        // Distinct people do not add up across rows: such a table publishes no totals.
        IndicatorDefinition perProduct{QStringLiteral("p"),
                                       QStringLiteral("P"),
                                       {},
                                       QStringLiteral("naloxone"),
                                       QStringLiteral("people_and_anonymous"),
                                       QStringLiteral("product"),
                                       {},
                                       {}};
        auto people = ReportEngine(env.db()).table(perProduct, q3(), 10);
        QVERIFY2(people.ok(), qPrintable(people.error().detail));
        QVERIFY(!people->hasGrandTotal);
        QCOMPARE(cellsOf(ReportResult{{}, {}, {}, q3(), 10, {people.value()}, {}}, QStringLiteral("p")),
                 is({"Nasal 4 mg=1", "Nasal 8 mg=1"}));
        QVERIFY(r.table(QStringLiteral("drug_checks"))->hasRowTotals);

        // Warnings: c3 has no place, a referral with no outcome 30 days on, a check with no result, and naloxone
        // with "shown how" unanswered. Every overdose has an outcome.
        QStringList warnings;
        for (const ReportWarning& w : r.warnings)
            warnings << QStringLiteral("%1=%2").arg(w.key).arg(w.count);
        QCOMPARE(warnings, is({"contacts_without_setting=1", "referrals_without_outcome=1",
                               "drug_checks_without_result=1", "naloxone_without_shown=1"}));
    }

    void quarterlyGrantReport()
    {
        Env env;
        QVERIFY(env.isValid());
        const QString problem = buildFixture(env);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto result = runReport(env, QStringLiteral("quarterly-grant"), q3());
        QVERIFY2(result.ok(), qPrintable(result.error().detail));
        const ReportResult& r = result.value();
        auto is = [](std::initializer_list<const char*> cells) {
            QStringList out;
            for (const char* c : cells)
                out << QString::fromUtf8(c);
            return out;
        };
        QCOMPARE(r.tables.size(), 12);
        QCOMPARE(cellsOf(r, QStringLiteral("orm_kits")), is({"Nasal 4 mg=2", "Nasal 8 mg=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("orm_doses")), is({"Nasal 4 mg=5", "Nasal 8 mg=2"}));
        QCOMPARE(cellsOf(r, QStringLiteral("orm_trained")), is({"=2"}));
        QCOMPARE(cellsOf(r, QStringLiteral("reversals")), is({"=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("syringes")), is({"Syringes=29"}));
        QCOMPARE(r.table(QStringLiteral("syringes"))->rows(), 1);
        QCOMPARE(cellsOf(r, QStringLiteral("supplies")), is({"Syringes=29", "Cookers=5"}));
        // Syringes (29) hides Cookers (5) in the supplies table; the syringes table, which shows the same count,
        // hides it too, or 34 - 29 would give the 5 away.
        QCOMPARE(r.table(QStringLiteral("supplies"))->cellText(0, 0), QStringLiteral(">10"));
        QCOMPARE(r.table(QStringLiteral("supplies"))->grandTotalText(), QStringLiteral("34"));
        QCOMPARE(r.table(QStringLiteral("syringes"))->cellText(0, 0), QStringLiteral(">10"));
        QCOMPARE(r.table(QStringLiteral("syringes"))->grandTotalText(), QStringLiteral(">10"));
        // Alone, the syringes table has nothing small to hide.
        auto alone =
            ReportEngine(env.db()).table(builtIn(QStringLiteral("quarterly-grant")).indicators.at(4), q3(), 10);
        QVERIFY2(alone.ok(), qPrintable(alone.error().detail));
        QCOMPARE(alone->indicatorId, QStringLiteral("syringes"));
        QCOMPARE(alone->cellText(0, 0), QStringLiteral("29"));
        QCOMPARE(cellsOf(r, QStringLiteral("drug_checking")),
                 is({"Fentanyl test strip/positive=1", "Fentanyl test strip/not_recorded=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("referrals")),
                 is({"Medical care=1", "Medication for opioid use disorder=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("referrals_connected")), is({"connected=1", "no_outcome_yet=1"}));
        QCOMPARE(cellsOf(r, QStringLiteral("unique_people")), is({"=4"}));
        QCOMPARE(cellsOf(r, QStringLiteral("contacts")), is({"=6"}));
        QCOMPARE(cellsOf(r, QStringLiteral("anonymous_contacts")), is({"=1"}));
    }

    // Two reports over the same period, each run with the catalog (ReportOptions::publishedWith): a count one
    // hides, the other hides too, or a reader holding both would see it. Random programs, growing round by round;
    // each report run alone lets some count through, which the check must catch.
    void reportsPublishedTogetherHideAlike()
    {
        Env env;
        QVERIFY(env.isValid());
        auto catalog = ReportCatalog::load();
        QVERIFY(catalog.ok());
        const ReportDefinition general = builtIn(QStringLiteral("general"));
        const ReportDefinition grant = builtIn(QStringLiteral("quarterly-grant"));
        QVERIFY(!general.indicators.isEmpty() && !grant.indicators.isEmpty());
        const auto itemsOf = [&](const char* list) {
            return Query(env.db(), "SELECT id FROM contact_list_items WHERE list = ?1 AND retired = 0",
                         QString::fromLatin1(list))
                .all(readInt64)
                .value_or(QList<qint64>{});
        };
        const QList<qint64> supplies = itemsOf("supply");
        const QList<qint64> products = itemsOf("naloxone_product");
        const QList<qint64> methods = itemsOf("checking_method");
        const QList<qint64> referralTypes = itemsOf("referral_type");
        QVERIFY(!supplies.isEmpty() && !products.isEmpty() && !methods.isEmpty() && !referralTypes.isEmpty());
        QList<ClientId> clients;
        for (int i = 0; i < 12; ++i)
            clients << env.client(QStringLiteral("Person %1").arg(i));
        QRandomGenerator rng(20261130);
        const auto pick = [&](const QList<qint64>& from) { return from.at(rng.bounded(int(from.size()))); };
        const QList<ContactSetting> settings = allValues<ContactSetting>();
        int leaksAlone = 0;
        for (int round = 0; round < 6; ++round) {
            for (int i = 0; i < 25; ++i) {
                // mostly known people, a third anonymous, now and then a code: a small count beside large ones
                const int roll = rng.bounded(30);
                const int who = roll < 19 ? 0 : roll < 20 ? 1 : 2;
                ContactDraft d = draft(who == 0   ? ContactIdentity::Known
                                       : who == 1 ? ContactIdentity::Coded
                                                  : ContactIdentity::Anonymous,
                                       at(2025, 7 + rng.bounded(3), 1 + rng.bounded(28)));
                if (who == 0)
                    d.client = clients.at(rng.bounded(int(clients.size())));
                if (who == 1)
                    d.clientCode = QStringLiteral("C%1").arg(rng.bounded(8));
                if (rng.bounded(5) == 0)
                    d.setting.reset();
                else
                    d.setting = settings.at(rng.bounded(int(settings.size())));
                if (rng.bounded(3) > 0)
                    d.naloxoneShown = rng.bounded(2) == 0;
                for (int n = rng.bounded(3); n > 0; --n)
                    d.supplies.append(
                        {ContactListItemId{pick(supplies)}, 1 + rng.bounded(rng.bounded(2) ? 4 : 40), {}});
                if (rng.bounded(3) == 0)
                    d.naloxone.append({ContactListItemId{pick(products)}, 1 + rng.bounded(3), rng.bounded(2), {}, 0});
                if (rng.bounded(4) == 0) {
                    DrugCheck check;
                    check.method = ContactListItemId{pick(methods)};
                    if (rng.bounded(4) > 0)
                        check.result = allValues<DrugCheckResult>().at(rng.bounded(4));
                    check.planUseLess = rng.bounded(2) == 0;
                    d.drugChecks = {check};
                }
                if (rng.bounded(2) == 0)
                    d.referrals = {{ContactListItemId{pick(referralTypes)}, {}, {}}};
                QVERIFY(!env.contact(d).isNull());
            }
            ReportOptions together{10, QDate(2025, 10, 15), catalog->reports()};
            ReportEngine engine(env.db());
            auto a = engine.run(general, q3(), together);
            auto b = engine.run(grant, q3(), together);
            QVERIFY2(a.ok() && b.ok(), "reports");
            const QStringList leaks = hiddenInOneOnly(a.value(), b.value());
            QVERIFY2(leaks.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(leaks.join(u", "))));
            // The same report's tables, run alone or with the catalog, publish the same numbers.
            QCOMPARE(a->tables.size(), general.indicators.size());
            QCOMPARE(b->tables.size(), grant.indicators.size());
            auto aloneA = engine.run(general, q3(), {10, QDate(2025, 10, 15), {}});
            auto aloneB = engine.run(grant, q3(), {10, QDate(2025, 10, 15), {}});
            QVERIFY(aloneA.ok() && aloneB.ok());
            for (qsizetype t = 0; t < a->tables.size(); ++t) {
                QCOMPARE(a->tables.at(t).indicatorId, aloneA->tables.at(t).indicatorId);
                QCOMPARE(a->tables.at(t).cells, aloneA->tables.at(t).cells);
            }
            leaksAlone += int(hiddenInOneOnly(aloneA.value(), aloneB.value()).size());
        }
        // Run alone, the two reports disagree somewhere: what the check above guards against is real.
        QVERIFY2(leaksAlone > 0, "no round showed a count one report hides and the other shows");
    }

    // A long period reads a revision's rows first, a short one each contact's rows (ReportEngine::isWide): the
    // two ways give the same tables, over the fixture's quarter and over years.
    void wideAndNarrowCountAlike()
    {
        Env env;
        QVERIFY(env.isValid());
        const QString problem = buildFixture(env);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto catalog = ReportCatalog::load();
        QVERIFY(catalog.ok());
        for (const Period& period : {q3(), Period::custom(QDate(2020, 1, 1), QDate(2026, 12, 31)).value()}) {
            for (const ReportDefinition& def : catalog->reports()) {
                ReportEngine wide(env.db());
                wide.setWidePeriodShare(0);
                ReportEngine narrow(env.db());
                narrow.setWidePeriodShare(2);
                auto a = wide.run(def, period, {10, QDate(2025, 10, 15), {}});
                auto b = narrow.run(def, period, {10, QDate(2025, 10, 15), {}});
                QVERIFY(a.ok() && b.ok());
                QCOMPARE(a->warnings, b->warnings);
                QVERIFY(!a->warnings.isEmpty());
                QCOMPARE(a->tables.size(), b->tables.size());
                for (qsizetype t = 0; t < a->tables.size(); ++t) {
                    QCOMPARE(a->tables.at(t).rowKeys, b->tables.at(t).rowKeys);
                    QCOMPARE(a->tables.at(t).columnKeys, b->tables.at(t).columnKeys);
                    QCOMPARE(a->tables.at(t).cells, b->tables.at(t).cells);
                }
            }
        }
    }

    // First and last days count; the days around them do not.
    void periodBoundaries_data()
    {
        QTest::addColumn<Period>("period");
        QTest::addColumn<int>("contacts");
        QTest::addColumn<int>("syringes");
        QTest::addRow("July: c1 on its first day") << Period::month(2025, 7).value() << 1 << 20;
        QTest::addRow("June: c5 on its last day") << Period::month(2025, 6).value() << 1 << 100;
        QTest::addRow("30 Sep to 1 Oct: c2 and c6")
            << Period::custom(QDate(2025, 9, 30), QDate(2025, 10, 1)).value() << 2 << 100;
        QTest::addRow("2 Jul to 29 Sep: neither end")
            << Period::custom(QDate(2025, 7, 2), QDate(2025, 9, 29)).value() << 4 << 9;
        QTest::addRow("the year") << Period::year(2025).value() << 8 << 229;
        QTest::addRow("2024") << Period::year(2024).value() << 0 << 0;
    }
    void periodBoundaries()
    {
        QFETCH(Period, period);
        QFETCH(int, contacts);
        QFETCH(int, syringes);
        Env env;
        QVERIFY(env.isValid());
        const QString problem = buildFixture(env);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto r = runReport(env, QStringLiteral("quarterly-grant"), period);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r->table(QStringLiteral("contacts"))->cell(0, 0), contacts);
        QCOMPARE(r->table(QStringLiteral("syringes"))->cell(0, 0), syringes);
    }

    // A filter value is bound, never spliced: SQL in it matches nothing and changes nothing.
    void filterValuesAreBound()
    {
        Env env;
        QVERIFY(env.isValid());
        const QString problem = buildFixture(env);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto def = ReportDefinition::parse(
            "{\"format\": 1, \"id\": \"r\", \"title\": \"R\", \"indicators\": [{\"id\": \"x\", \"title\": \"X\", "
            "\"source\": \"supplies\", \"measure\": \"quantity\", \"rows\": \"item\", "
            "\"filter\": {\"item\": [\"x\x27) OR 1=1 --\", \"Cookers\"]}}]}",
            QStringLiteral("test"));
        QVERIFY2(def.ok(), qPrintable(def.error().detail));
        auto r = ReportEngine(env.db()).run(def.value(), q3(), {10, QDate(2025, 10, 15), {}});
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(cellsOf(r.value(), QStringLiteral("x")), QStringList{QStringLiteral("Cookers=5")});
        QCOMPARE(r->tables.first().rows(), 2);
    }

    // Larger counts show; a lower threshold hides less.
    void threshold()
    {
        Env env;
        QVERIFY(env.isValid());
        const QString problem = buildFixture(env);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto r = runReport(env, QStringLiteral("general"), q3(), 5);
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        QCOMPARE(r->threshold, 5);
        QCOMPARE(r->table(QStringLiteral("supplies_by_type"))->cellText(1, 0), QStringLiteral("<6"));
        // The same count reads the same in every table that publishes it.
        QCOMPARE(r->table(QStringLiteral("contacts"))->cellText(0, 0),
                 r->table(QStringLiteral("contacts_by_identity"))->grandTotalText());
        QCOMPARE(r->table(QStringLiteral("contacts"))->cellText(0, 0),
                 r->table(QStringLiteral("contacts_by_setting"))->grandTotalText());
        QCOMPARE(r->table(QStringLiteral("mi_sessions"))->cellText(0, 0), QStringLiteral("<6"));
    }

    // The CSV names no one, holds no code, note or date finer than the period, and its export is audited.
    void csvExport()
    {
        Env env;
        QVERIFY(env.isValid());
        const QString problem = buildFixture(env);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QString& id : {QStringLiteral("general"), QStringLiteral("quarterly-grant")}) {
            auto r = runReport(env, id, q3());
            QVERIFY2(r.ok(), qPrintable(r.error().detail));
            const QString file = env.path(id + QStringLiteral(".csv"));
            QVERIFY(!QFile::exists(file));
            auto s = ReportExport::writeCsv(env.workspace(), r.value(), file);
            QVERIFY2(s.ok(), qPrintable(s.error().detail));
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QCOMPARE(bytes, ReportCsvWriter::write(r.value()));
            for (const QString& secret :
                 {kNameA, kLegalA, kAgencyCodeA, kNameB, kNameC, kCode, kNote, QStringLiteral("Sam Okafor"),
                  QStringLiteral("recorded twice"), QStringLiteral("miscounted"), QStringLiteral("in my words")})
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(id + QStringLiteral(" holds ") + secret));
            QVERIFY2(!bytes.toLower().contains("code-"), qPrintable(id));
            // Dates: the period's first and last day only.
            static const QRegularExpression date(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"));
            QSet<QString> dates;
            for (auto it = date.globalMatch(QString::fromUtf8(bytes)); it.hasNext();)
                dates.insert(it.next().captured());
            QCOMPARE(dates, (QSet<QString>{QStringLiteral("2025-07-01"), QStringLiteral("2025-09-30")}));
            // RFC 4180: CRLF everywhere, quoted fields; the header block; hidden counts as in the preview.
            QVERIFY(!bytes.contains("\n") || bytes.count("\n") == bytes.count("\r\n"));
            QVERIFY(bytes.startsWith("\"Report\",\""));
            QVERIFY(bytes.contains("\"Suppression threshold\",\"10\"\r\n"));
            QVERIFY(bytes.contains("\"Period\",\"2025-07-01 to 2025-09-30 (2025-Q3)\"\r\n"));
            QVERIFY(bytes.contains("\"<11\""));
            QVERIFY(bytes.contains("\"Syringes\",\">10\"\r\n"));
            QVERIFY(bytes.contains("\"Total\",\"34\"\r\n"));
        }
        // One audit entry per export: what and when, never its content.
        auto entries =
            Query(env.db(), "SELECT detail, record_type, COALESCE(record_uuid, ''), client_id IS NULL FROM audit_log "
                            "WHERE action = 'export-report' ORDER BY id")
                .all([](const Statement& st) {
                    return QStringList{st.columnText(0), st.columnText(1), st.columnText(2),
                                       QString::number(st.columnInt(3))};
                });
        QVERIFY2(entries.ok(), qPrintable(entries.error().detail));
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).at(0), QStringLiteral("report=general period=2025-Q3 format=csv"));
        QCOMPARE(entries->at(1).at(0), QStringLiteral("report=quarterly-grant period=2025-Q3 format=csv"));
        QCOMPARE(entries->at(0).at(1), QStringLiteral("report"));
        QCOMPARE(entries->at(0).at(3), QStringLiteral("1"));
    }

    void exportWhenLocked()
    {
        Env env;
        QVERIFY(env.isValid());
        auto r = runReport(env, QStringLiteral("general"), q3());
        QVERIFY2(r.ok(), qPrintable(r.error().detail));
        env.workspace().lock();
        const QString file = env.path(QStringLiteral("locked.csv"));
        QCOMPARE(ReportExport::writeCsv(env.workspace(), r.value(), file).code(), ErrorCode::Locked);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(ReportExport::recordExport(env.workspace(), r.value(), QStringLiteral("pdf")).code(),
                 ErrorCode::Locked);
    }

    void csvQuoting()
    {
        ReportResult r;
        r.reportId = QStringLiteral("x");
        r.title = QStringLiteral("A \"quoted\", title");
        r.period = q3();
        ReportTable t;
        t.title = QStringLiteral("=HYPERLINK(\"x\")");
        t.rowHeader = QStringLiteral("Item");
        t.rowKeys = t.rowLabels = QStringList{QStringLiteral("-2 items"), QStringLiteral("Línea")};
        t.columnLabels = QStringList{QStringLiteral("Count")};
        t.cells = {40, 0};
        t.marks.cells = {SuppressionMark::None, SuppressionMark::None};
        t.hasGrandTotal = true;
        t.grandTotal = 40;
        r.tables = {t};
        const QByteArray csv = ReportCsvWriter::write(r);
        QVERIFY2(csv.contains("\"Report\",\"A \"\"quoted\"\", title\"\r\n"), csv.constData());
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\")\"\r\n"), csv.constData());
        QVERIFY2(csv.contains("\"'-2 items\",\"40\"\r\n"), csv.constData());
        QVERIFY2(csv.contains("\"L\xc3\xadnea\",\"0\"\r\n"), csv.constData());
        QVERIFY2(csv.contains("\"Total\",\"40\"\r\n"), csv.constData());
    }
};

QTEST_GUILESS_MAIN(TestReportEngine)
#include "tst_reportengine.moc"
