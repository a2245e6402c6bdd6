// SPDX-License-Identifier: GPL-3.0-or-later
// Power loss, not only process death. tst_crashsafety kills the process, which leaves the page cache to the
// kernel; a power cut also loses every write that was not synced. Here a fault-injecting VFS
// (support/PowerLossVfs) sits under the unchanged core code: each iteration copies a locked template vault,
// unlocks it, commits records through the real services until the power goes at a random write, truncation,
// sync or delete, closes it, puts back what the disk held before each unsynced write, and unlocks it again.
// The vault must not be refused, must pass SQLCipher's and SQLite's integrity checks, and must hold every
// record whose call returned success, with its last acknowledged value (or, for the one call the cut
// interrupted, possibly the value that call was writing).
//
// Cuts are spread over: commits appending to the write-ahead log; explicit checkpoints between commits;
// the automatic checkpoint after 1000 pages of log; a clean close and the moment after it; the first
// unlock of a schema-1 vault (its migrations). After a cut the disk keeps either
// none or a random subset of the unsynced writes, and the wal-index (-shm, memory-mapped, never written
// through the VFS) is left as at the cut, deleted, stale (as at an earlier moment) or zeroed.
//
// Environment:
//   CONTINUUM_POWERLOSS_CUTS   number of power cuts (default below; CI runs that). A stress run of
//                              thousands also needs Qt Test's limit per function lifted:
//                                CONTINUUM_POWERLOSS_CUTS=1000 QTEST_FUNCTION_TIMEOUT=86400000 ./tst_powerloss
//   CONTINUUM_POWERLOSS_SEED   seed of the run; every run prints the one it used.
//   CONTINUUM_POWERLOSS_ONLY   with the seed, replays one iteration (its number as printed on failure).
//   CONTINUUM_POWERLOSS_VERBOSE=1  prints every cut: where it landed and what each file had unsynced.

#include "domain/Domain.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "support/PowerLossVfs.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <iterator>
#include <memory>
#include <optional>

using namespace continuum;
using namespace continuum::test;

#ifndef CONTINUUM_POWERLOSS_DEFAULT_CUTS
#define CONTINUUM_POWERLOSS_DEFAULT_CUTS 150
#endif

namespace {

const QDateTime kNow(QDate(2025, 6, 2), QTime(10, 0), Qt::UTC);
const QString kSchema1Fixture = QStringLiteral(FIXTURE_VAULT_SCHEMA1);
const QString kSchema1Passphrase = QStringLiteral("schema one passphrase");

/// A commit in this build's vaults writes a few pages, two writes each (frame header, page), and a sync:
/// about 15 to 40 counted operations. These spans put most cuts among the first dozen commits.
constexpr quint64 kCommitsSpan = 400;
constexpr quint64 kCheckpointsSpan = 400;
/// Operations on the main database file: the first automatic checkpoint of that workload copies about 600
/// pages (one write each) and syncs; a cut beyond it lands in the second, 1000 frames later.
constexpr quint64 kAutoCheckpointSpan = 700;
/// A failing iteration keeps its files for inspection; after this many the run stops.
constexpr int kMaxFailures = 10;
/// No cut after this many successful calls means the plan was wrong, not the vault.
constexpr int kMaxCalls = 2000;

enum class Scenario { Commits, Checkpoints, AutoCheckpoint, Close, Migration };

QString scenarioName(Scenario s)
{
    switch (s) {
    case Scenario::Commits: return QStringLiteral("commits");
    case Scenario::Checkpoints: return QStringLiteral("commits+checkpoints");
    case Scenario::AutoCheckpoint: return QStringLiteral("autocheckpoint");
    case Scenario::Close: return QStringLiteral("close");
    case Scenario::Migration: return QStringLiteral("migration");
    }
    return {};
}

QString shmName(PowerLossVfs::ShmAfterCut s)
{
    switch (s) {
    case PowerLossVfs::ShmAfterCut::AsAtCut: return QStringLiteral("as at cut");
    case PowerLossVfs::ShmAfterCut::Deleted: return QStringLiteral("deleted");
    case PowerLossVfs::ShmAfterCut::Stale: return QStringLiteral("stale");
    case PowerLossVfs::ShmAfterCut::Zeroed: return QStringLiteral("zeroed");
    }
    return {};
}

enum class Call { CreateClient, UpdateClient, CreateGoal, ReviseGoal, CreateDraft, SaveDraft };

QString callName(Call c)
{
    switch (c) {
    case Call::CreateClient: return QStringLiteral("create client");
    case Call::UpdateClient: return QStringLiteral("update client");
    case Call::CreateGoal: return QStringLiteral("create goal");
    case Call::ReviseGoal: return QStringLiteral("revise goal");
    case Call::CreateDraft: return QStringLiteral("create draft");
    case Call::SaveDraft: return QStringLiteral("save draft");
    }
    return {};
}

struct ClientValue {
    QString chosenName;
    QString pronouns;
    QString notes;

    friend bool operator==(const ClientValue&, const ClientValue&) = default;
};

struct GoalValue {
    QString words;
    int revision = 1;

    friend bool operator==(const GoalValue&, const GoalValue&) = default;
};

/// What the workload was told had committed, and the call that was running when the power went.
struct Ledger {
    QMap<ClientId, ClientValue> clients;
    QMap<GoalId, GoalValue> goals;
    QMap<SessionId, QString> sessions; ///< nextSteps of the draft
    int acknowledged = 0;              ///< calls that returned success

    struct InFlight {
        Call call = Call::CreateClient;
        qint64 id = 0; ///< the row an update was changing (raw: call says which kind)
        ClientValue client;
        GoalValue goal;
        QString text;
    };
    std::optional<InFlight> inFlight;
};

QString describe(const ClientValue& v)
{
    return QStringLiteral("{'%1', '%2', notes of %3 chars starting '%4'}")
        .arg(v.chosenName, v.pronouns)
        .arg(v.notes.size())
        .arg(v.notes.left(12));
}

/// Random words, for every text the workload stores.
QString words(QRandomGenerator& rng, int length)
{
    static const char* const kWords[] = {"change",   "talk", "goal",   "steps", "harm",   "reduction",
                                         "sleep",    "work", "family", "rent",  "clinic", "kit",
                                         "naloxone", "plan", "week",   "friend"};
    QString out;
    out.reserve(length + 12);
    while (out.size() < length) {
        if (!out.isEmpty())
            out += QLatin1Char(' ');
        out += QLatin1String(kWords[rng.bounded(static_cast<int>(std::size(kWords)))]);
        out += QString::number(rng.bounded(1000));
    }
    out.truncate(length);
    // The services store text trimmed.
    out = out.trimmed();
    return out.isEmpty() ? QStringLiteral("x") : out;
}

/// Drives the domain services with random calls and books every acknowledged one in the ledger.
class Workload
{
public:
    Workload(Domain& domain, const Clock& clock, QRandomGenerator& rng, Ledger& ledger, bool bigNotes)
        : m_domain(domain)
        , m_clock(clock)
        , m_rng(rng)
        , m_ledger(ledger)
        , m_bigNotes(bigNotes)
    {}

    /// The call the next step() makes.
    Call pick()
    {
        if (m_ledger.clients.isEmpty())
            return Call::CreateClient;
        if (m_bigNotes)
            return m_rng.bounded(2) ? Call::CreateClient : Call::UpdateClient;
        const int r = m_rng.bounded(100);
        if (r < 30)
            return Call::CreateClient;
        if (r < 55)
            return Call::UpdateClient;
        if (r < 70)
            return Call::CreateGoal;
        if (r < 80)
            return m_ledger.goals.isEmpty() ? Call::CreateGoal : Call::ReviseGoal;
        if (r < 92)
            return Call::CreateDraft;
        return m_ledger.sessions.isEmpty() ? Call::CreateDraft : Call::SaveDraft;
    }

    /// Makes the call; an error text if it failed.
    QString step(Call call)
    {
        switch (call) {
        case Call::CreateClient: {
            Client c;
            c.chosenName = QStringLiteral("Client %1").arg(m_ledger.clients.size() + 1);
            c.pronouns = pronouns();
            c.notes = notes();
            const ClientValue value{c.chosenName, c.pronouns, c.notes};
            m_ledger.inFlight = Ledger::InFlight{call, 0, value, {}, {}};
            auto id = m_domain.clients().create(c);
            if (!id)
                return id.error().detail;
            m_ledger.clients.insert(id.value(), value);
            break;
        }
        case Call::UpdateClient: {
            const ClientId id = anyKey(m_ledger.clients);
            auto current = m_domain.clients().client(id);
            if (!current)
                return current.error().detail;
            Client c = current.value();
            c.chosenName = QStringLiteral("Client %1 v%2").arg(id.value).arg(m_rng.bounded(100000));
            c.pronouns = pronouns();
            c.notes = notes();
            const ClientValue value{c.chosenName, c.pronouns, c.notes};
            m_ledger.inFlight = Ledger::InFlight{call, id.value, value, {}, {}};
            if (auto s = m_domain.clients().update(c); !s)
                return s.error().detail;
            m_ledger.clients[id] = value;
            break;
        }
        case Call::CreateGoal: {
            GoalFields f;
            f.clientWords = words(m_rng, 20 + m_rng.bounded(300));
            f.whyItMatters = words(m_rng, m_rng.bounded(400));
            const GoalValue value{f.clientWords, 1};
            m_ledger.inFlight = Ledger::InFlight{call, 0, {}, value, {}};
            auto id = m_domain.goals().create(anyKey(m_ledger.clients), f, {});
            if (!id)
                return id.error().detail;
            m_ledger.goals.insert(id.value(), value);
            break;
        }
        case Call::ReviseGoal: {
            const GoalId id = anyKey(m_ledger.goals);
            auto current = m_domain.goals().goal(id);
            if (!current)
                return current.error().detail;
            GoalFields f = current->fields;
            f.clientWords = QStringLiteral("r%1 ").arg(current->revision + 1) + words(m_rng, 20 + m_rng.bounded(300));
            const GoalValue value{f.clientWords, current->revision + 1};
            m_ledger.inFlight = Ledger::InFlight{call, id.value, {}, value, {}};
            if (auto s = m_domain.goals().revise(
                    id, f, RevisionInfo{QStringLiteral("renegotiated"), ClientAgreement::Yes, {}});
                !s)
                return s.error().detail;
            m_ledger.goals[id] = value;
            break;
        }
        case Call::CreateDraft: {
            SessionContent c;
            c.date = m_clock.today();
            c.nextSteps = words(m_rng, 10 + m_rng.bounded(1500));
            m_ledger.inFlight = Ledger::InFlight{call, 0, {}, {}, c.nextSteps};
            auto id = m_domain.sessions().createDraft(anyKey(m_ledger.clients), c);
            if (!id)
                return id.error().detail;
            m_ledger.sessions.insert(id.value(), c.nextSteps);
            break;
        }
        case Call::SaveDraft: {
            const SessionId id = anyKey(m_ledger.sessions);
            SessionContent c;
            c.date = m_clock.today();
            c.nextSteps = QStringLiteral("saved ") + words(m_rng, 10 + m_rng.bounded(1500));
            m_ledger.inFlight = Ledger::InFlight{call, id.value, {}, {}, c.nextSteps};
            if (auto s = m_domain.sessions().saveDraft(id, c); !s)
                return s.error().detail;
            m_ledger.sessions[id] = c.nextSteps;
            break;
        }
        }
        m_ledger.inFlight.reset();
        ++m_ledger.acknowledged;
        return {};
    }

private:
    template<typename Map>
    typename Map::key_type anyKey(const Map& map)
    {
        auto it = map.constBegin();
        std::advance(it, m_rng.bounded(static_cast<int>(map.size())));
        return it.key();
    }

    QString pronouns()
    {
        static const char* const kPronouns[] = {"she/her", "he/him", "they/them", ""};
        return QLatin1String(kPronouns[m_rng.bounded(4)]);
    }

    QString notes()
    {
        if (m_bigNotes)
            return words(m_rng, 12000 + m_rng.bounded(8000));
        // Mostly short, sometimes several pages (overflow chains).
        return words(m_rng, m_rng.bounded(8) == 0 ? 2000 + m_rng.bounded(12000) : m_rng.bounded(600));
    }

    Domain& m_domain;
    const Clock& m_clock;
    QRandomGenerator& m_rng;
    Ledger& m_ledger;
    bool m_bigNotes;
};

/// Reads back every acknowledged record: an entry per problem. Counts the records checked.
QStringList verifyLedger(Database& db, const Clock& clock, const Ledger& ledger, int& checked)
{
    QStringList problems;
    Domain domain(db, clock);
    const auto& inFlight = ledger.inFlight;
    const auto pendingFor = [&](Call call, qint64 id) {
        return inFlight && inFlight->call == call && inFlight->id == id;
    };

    const auto countRows = [&](const char* sql, qsizetype expected, Call create, const char* what) {
        auto n = db.queryInt(sql);
        if (!n) {
            problems.append(QStringLiteral("cannot count %1: %2").arg(QLatin1String(what), n.error().detail));
            return;
        }
        const qsizetype extra = inFlight && inFlight->call == create ? 1 : 0;
        if (n.value() < expected || n.value() > expected + extra)
            problems.append(QStringLiteral("%1 %2 rows, expected %3%4")
                                .arg(n.value())
                                .arg(QLatin1String(what))
                                .arg(expected)
                                .arg(extra ? QStringLiteral(" or %1").arg(expected + extra) : QString()));
    };
    countRows("SELECT count(*) FROM clients", ledger.clients.size(), Call::CreateClient, "clients");
    countRows("SELECT count(*) FROM goals", ledger.goals.size(), Call::CreateGoal, "goals");
    countRows("SELECT count(*) FROM sessions", ledger.sessions.size(), Call::CreateDraft, "sessions");

    for (auto it = ledger.clients.constBegin(); it != ledger.clients.constEnd(); ++it) {
        ++checked;
        auto c = domain.clients().client(it.key());
        if (!c) {
            problems.append(QStringLiteral("acknowledged client %1 %2 is gone: %3")
                                .arg(it.key().value)
                                .arg(describe(it.value()), c.error().detail));
            continue;
        }
        const ClientValue found{c->chosenName, c->pronouns, c->notes};
        if (found != it.value() && !(pendingFor(Call::UpdateClient, it.key().value) && found == inFlight->client))
            problems.append(QStringLiteral("client %1 is %2, acknowledged %3")
                                .arg(it.key().value)
                                .arg(describe(found), describe(it.value())));
    }
    for (auto it = ledger.goals.constBegin(); it != ledger.goals.constEnd(); ++it) {
        ++checked;
        auto g = domain.goals().goal(it.key());
        if (!g) {
            problems.append(
                QStringLiteral("acknowledged goal %1 is gone: %2").arg(it.key().value).arg(g.error().detail));
            continue;
        }
        const GoalValue found{g->fields.clientWords, g->revision};
        if (found != it.value() && !(pendingFor(Call::ReviseGoal, it.key().value) && found == inFlight->goal))
            problems.append(QStringLiteral("goal %1 is at revision %2 ('%3'), acknowledged revision %4 ('%5')")
                                .arg(it.key().value)
                                .arg(found.revision)
                                .arg(found.words.left(20))
                                .arg(it.value().revision)
                                .arg(it.value().words.left(20)));
    }
    for (auto it = ledger.sessions.constBegin(); it != ledger.sessions.constEnd(); ++it) {
        ++checked;
        auto s = domain.sessions().session(it.key());
        if (!s) {
            problems.append(
                QStringLiteral("acknowledged draft %1 is gone: %2").arg(it.key().value).arg(s.error().detail));
            continue;
        }
        const QString found = s->content.nextSteps;
        if (found != it.value() && !(pendingFor(Call::SaveDraft, it.key().value) && found == inFlight->text))
            problems.append(QStringLiteral("draft %1: next steps '%2…' (%3 chars), acknowledged '%4…' (%5)")
                                .arg(it.key().value)
                                .arg(found.left(20))
                                .arg(found.size())
                                .arg(it.value().left(20))
                                .arg(it.value().size()));
    }
    return problems;
}

bool copyFolder(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to))
        return false;
    QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QStringList files = QDir(from).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : files) {
        const QString target = to + QLatin1Char('/') + name;
        if (!QFile::copy(from + QLatin1Char('/') + name, target))
            return false;
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

/// One simulated power cut, as planned from its own seed.
struct Iteration {
    int number = 0;
    quint32 seed = 0;
    Scenario scenario = Scenario::Commits;
    PowerLossVfs::Plan plan;
    PowerLossVfs::RevertOptions revert;
    int closeAfter = 0; ///< Close: acknowledged calls before the clean close
};

/// What one iteration saw.
struct IterationResult {
    QStringList problems;
    QString phase; ///< where the power went
    int acknowledged = 0;
    int checked = 0;
    PowerLossVfs::Cut cut;
    PowerLossVfs::RevertStats stats;
};

quint32 iterationSeed(quint32 runSeed, int number)
{
    // Each iteration's plan depends only on the run's seed and its number, so one can be replayed alone.
    QRandomGenerator g(runSeed ^ (0x9E3779B9u * static_cast<quint32>(number + 1)));
    return g.generate();
}

Iteration planIteration(quint32 runSeed, int number, quint64 migrationOps)
{
    Iteration it;
    it.number = number;
    it.seed = iterationSeed(runSeed, number);
    QRandomGenerator rng(it.seed);
    const int s = rng.bounded(100);
    it.scenario = s < 30   ? Scenario::Commits
                  : s < 55 ? Scenario::Checkpoints
                  : s < 65 ? Scenario::AutoCheckpoint
                  : s < 80 ? Scenario::Close
                           : Scenario::Migration;
    const auto uniform = [&](quint64 span) { return 1 + rng.bounded(static_cast<quint32>(span)); };
    switch (it.scenario) {
    case Scenario::Commits: it.plan.cutAt = uniform(kCommitsSpan); break;
    case Scenario::Checkpoints: it.plan.cutAt = uniform(kCheckpointsSpan); break;
    case Scenario::AutoCheckpoint:
        it.plan.counting = PowerLossVfs::Counting::MainDbOnly;
        it.plan.cutAt = uniform(kAutoCheckpointSpan);
        break;
    case Scenario::Close:
        // Some of these land in the close's checkpoint, many after the close has finished.
        it.closeAfter = 1 + rng.bounded(6);
        it.plan.cutAt = uniform(static_cast<quint64>(it.closeAfter) * 40 + 60);
        break;
    case Scenario::Migration: it.plan.cutAt = uniform(migrationOps + migrationOps / 2 + 20); break;
    }
    const int shm = rng.bounded(100);
    it.revert.shm = shm < 40   ? PowerLossVfs::ShmAfterCut::AsAtCut
                    : shm < 60 ? PowerLossVfs::ShmAfterCut::Deleted
                    : shm < 85 ? PowerLossVfs::ShmAfterCut::Stale
                               : PowerLossVfs::ShmAfterCut::Zeroed;
    if (it.revert.shm == PowerLossVfs::ShmAfterCut::Stale)
        it.plan.staleShmAt = uniform(it.plan.cutAt);
    it.revert.survivors = rng.bounded(100) < 30 ? PowerLossVfs::Survivors::RandomSubset : PowerLossVfs::Survivors::None;
    it.revert.keepCreatedFilesEmpty = rng.bounded(2) == 1;
    it.revert.seed = rng.generate();
    return it;
}

} // namespace

class TestPowerLoss : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void vfsUndoesExactlyTheUnsyncedWrites();
    void vfsFailsEverythingAfterTheCut();
    void lostCommitIsReported();
    void powerCuts();

private:
    /// A locked vault of this build's schema in dir.
    static QString makeTemplate(const QString& dir);
    /// Runs one iteration in workDir; the vault is copied from the template its scenario uses.
    IterationResult runIteration(const Iteration& it, const QString& workDir, const QString& currentTemplate,
                                 const QString& schema1Template);
    /// Counts the operations of a schema-1 vault's first unlock (switch to WAL, migrations).
    static quint64 measureMigrationOps(const QString& schema1Template, const QString& workDir);

    FixedClock m_clock{kNow};
    bool m_verbose = qEnvironmentVariableIntValue("CONTINUUM_POWERLOSS_VERBOSE") != 0;
};

void TestPowerLoss::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    // Before any connection exists, so every vault in this process goes through it.
    PowerLossVfs::instance();
    QCOMPARE(QByteArray(sqlite3_vfs_find(nullptr)->zName), QByteArray("continuum-powerloss"));
    QVERIFY2(QFileInfo::exists(kSchema1Fixture + QStringLiteral("/vault.db")), qPrintable(kSchema1Fixture));
}

QString TestPowerLoss::makeTemplate(const QString& dir)
{
    auto created = createTestVault(dir);
    created.vault->lock();
    return dir;
}

namespace {

/// A raw file opened through the default VFS (the power-loss one), for the VFS's own tests.
class RawFile
{
public:
    RawFile(const QString& path, int flags)
        : m_name(QFile::encodeName(path))
    {
        sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
        m_name.append('\0'); // a main database name ends in two NULs (no URI parameters)
        m_storage.reset(new std::max_align_t[static_cast<std::size_t>(vfs->szOsFile) / sizeof(std::max_align_t) + 1]);
        m_file = reinterpret_cast<sqlite3_file*>(m_storage.get());
        int outFlags = 0;
        m_rc =
            vfs->xOpen(vfs, m_name.constData(), m_file, flags | SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, &outFlags);
    }
    ~RawFile() { close(); }
    RawFile(const RawFile&) = delete;
    RawFile& operator=(const RawFile&) = delete;

    int openResult() const { return m_rc; }
    int write(const QByteArray& bytes, qint64 offset)
    {
        return m_file->pMethods->xWrite(m_file, bytes.constData(), static_cast<int>(bytes.size()), offset);
    }
    int truncate(qint64 size) { return m_file->pMethods->xTruncate(m_file, size); }
    int sync() { return m_file->pMethods->xSync(m_file, SQLITE_SYNC_NORMAL); }
    int read(QByteArray& into, qint64 offset) const
    {
        return m_file->pMethods->xRead(m_file, into.data(), static_cast<int>(into.size()), offset);
    }
    void close()
    {
        if (m_rc == SQLITE_OK && m_file->pMethods)
            m_file->pMethods->xClose(m_file);
        m_rc = SQLITE_CANTOPEN;
    }

private:
    QByteArray m_name;
    std::unique_ptr<std::max_align_t[]> m_storage;
    sqlite3_file* m_file = nullptr;
    int m_rc = SQLITE_CANTOPEN;
};

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

void TestPowerLoss::vfsUndoesExactlyTheUnsyncedWrites()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dbPath = tmp.filePath(QStringLiteral("a.db"));
    const QString walPath = dbPath + QStringLiteral("-wal");
    const QString goner = tmp.filePath(QStringLiteral("goner"));
    const QString keeper = tmp.filePath(QStringLiteral("keeper"));
    const QByteArray original(8192, 'A');
    for (const QString& path : {dbPath, goner, keeper}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(original), original.size());
    }

    PowerLossVfs& vfs = PowerLossVfs::instance();
    vfs.arm({});
    {
        RawFile db(dbPath, SQLITE_OPEN_MAIN_DB);
        RawFile wal(walPath, SQLITE_OPEN_WAL);
        QCOMPARE(db.openResult(), SQLITE_OK);
        QCOMPARE(wal.openResult(), SQLITE_OK);
        QCOMPARE(db.write("BBBB", 0), SQLITE_OK);
        QCOMPARE(db.sync(), SQLITE_OK); // durable
        QCOMPARE(db.write("CCCC", 2), SQLITE_OK);
        QCOMPARE(db.write(QByteArray(4096, 'D'), 8190), SQLITE_OK); // overlaps the end, grows the file
        QCOMPARE(db.truncate(100), SQLITE_OK);
        QCOMPARE(db.write("EE", 50), SQLITE_OK);
        QCOMPARE(wal.write(QByteArray(100, 'W'), 0), SQLITE_OK); // a file created and never synced
        sqlite3_vfs* raw = sqlite3_vfs_find(nullptr);
        QCOMPARE(raw->xDelete(raw, QFile::encodeName(goner).constData(), 0), SQLITE_OK); // directory never synced
        QCOMPARE(raw->xDelete(raw, QFile::encodeName(keeper).constData(), 1), SQLITE_OK);
        QCOMPARE(vfs.operations(), quint64(9));
    }
    QVERIFY(!QFileInfo::exists(goner));
    PowerLossVfs::RevertStats stats;
    QCOMPARE(vfs.revert({}, &stats), QString());
    QVERIFY(!vfs.isArmed());

    QCOMPARE(fileBytes(dbPath), QByteArray("BBBB") + QByteArray(8188, 'A'));
    QVERIFY2(!QFileInfo::exists(walPath), "a log created and never synced is not in the directory after the cut");
    QCOMPARE(fileBytes(goner), original);
    QVERIFY(!QFileInfo::exists(keeper));
    QCOMPARE(stats.writesDropped, 5);
    QCOMPARE(stats.writesKept, 0);
    QCOMPARE(stats.filesRemoved, 1);
    QCOMPARE(stats.filesRestored, 1);

    // Left empty instead, when asked; and a random subset keeps only whole writes, each from its own data.
    vfs.arm({});
    {
        RawFile wal(walPath, SQLITE_OPEN_WAL);
        QCOMPARE(wal.write(QByteArray(100, 'W'), 0), SQLITE_OK);
    }
    PowerLossVfs::RevertOptions keepEmpty;
    keepEmpty.keepCreatedFilesEmpty = true;
    QCOMPARE(vfs.revert(keepEmpty), QString());
    QCOMPARE(fileBytes(walPath), QByteArray());

    vfs.arm({});
    {
        RawFile db(dbPath, SQLITE_OPEN_MAIN_DB);
        for (int i = 0; i < 16; ++i)
            QCOMPARE(db.write(QByteArray(16, static_cast<char>('a' + i)), i * 16), SQLITE_OK);
    }
    PowerLossVfs::RevertOptions subset;
    subset.survivors = PowerLossVfs::Survivors::RandomSubset;
    subset.seed = 7;
    QCOMPARE(vfs.revert(subset, &stats), QString());
    QCOMPARE(stats.writesKept + stats.writesDropped, 16);
    QVERIFY2(stats.writesKept > 0 && stats.writesDropped > 0, "seed 7 keeps some of sixteen writes, not all");
    const QByteArray before = QByteArray("BBBB") + QByteArray(8188, 'A');
    const QByteArray after = fileBytes(dbPath);
    int kept = 0;
    for (int i = 0; i < 16; ++i) {
        const QByteArray chunk = after.mid(i * 16, 16);
        if (chunk == QByteArray(16, static_cast<char>('a' + i)))
            ++kept;
        else
            QCOMPARE(chunk, before.mid(i * 16, 16));
    }
    QCOMPARE(kept, stats.writesKept);
    QCOMPARE(after.size(), original.size());
}

void TestPowerLoss::vfsFailsEverythingAfterTheCut()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dbPath = tmp.filePath(QStringLiteral("a.db"));
    PowerLossVfs& vfs = PowerLossVfs::instance();
    PowerLossVfs::Plan plan;
    plan.cutAt = 3;
    vfs.arm(plan);
    {
        RawFile db(dbPath, SQLITE_OPEN_MAIN_DB);
        QCOMPARE(db.openResult(), SQLITE_OK);
        QCOMPARE(db.write("1111", 0), SQLITE_OK);
        QCOMPARE(db.sync(), SQLITE_OK);
        QVERIFY(!vfs.isCut());
        QCOMPARE(db.write("2222", 4), SQLITE_IOERR_WRITE); // operation 3: the power goes
        QVERIFY(vfs.isCut());
        const PowerLossVfs::Cut cut = vfs.cut();
        QCOMPARE(cut.operation, quint64(3));
        QCOMPARE(cut.op, PowerLossVfs::Op::Write);
        QCOMPARE(cut.file, PowerLossVfs::FileKind::MainDb);
        QCOMPARE(cut.offset, qint64(4));
        QCOMPARE(db.sync(), SQLITE_IOERR_FSYNC);
        QCOMPARE(db.truncate(0), SQLITE_IOERR_TRUNCATE);
        sqlite3_vfs* raw = sqlite3_vfs_find(nullptr);
        QCOMPARE(raw->xDelete(raw, QFile::encodeName(dbPath).constData(), 0), SQLITE_IOERR_DELETE);
        QByteArray back(4, '\0');
        QCOMPARE(db.read(back, 0), SQLITE_OK); // reading and closing still work
        QCOMPARE(back, QByteArray("1111"));
    }
    QCOMPARE(vfs.revert({}), QString());
    QCOMPARE(fileBytes(dbPath), QByteArray("1111"));
}

quint64 TestPowerLoss::measureMigrationOps(const QString& schema1Template, const QString& workDir)
{
    const QString dir = workDir + QStringLiteral("/measure");
    if (!copyFolder(schema1Template, dir))
        return 0;
    PowerLossVfs& vfs = PowerLossVfs::instance();
    vfs.arm({});
    quint64 ops = 0;
    {
        auto unlocked = Vault::unlock(dir, secret(kSchema1Passphrase));
        ops = vfs.operations();
        if (!unlocked)
            qWarning("the schema-1 vault did not unlock: %s", qPrintable(unlocked.error().detail));
    }
    vfs.disarm();
    QDir(dir).removeRecursively();
    return ops;
}

IterationResult TestPowerLoss::runIteration(const Iteration& it, const QString& workDir, const QString& currentTemplate,
                                            const QString& schema1Template)
{
    IterationResult result;
    PowerLossVfs& vfs = PowerLossVfs::instance();
    const bool schema1 = it.scenario == Scenario::Migration;
    const QString vaultDir = workDir + QStringLiteral("/vault");
    const QString passphrase = schema1 ? kSchema1Passphrase : testPassphrase();
    if (!copyFolder(schema1 ? schema1Template : currentTemplate, vaultDir)) {
        result.problems.append(QStringLiteral("cannot copy the template vault"));
        return result;
    }

    QRandomGenerator rng(it.seed ^ 0x5bd1e995u);
    Ledger ledger;
    QString activity = QStringLiteral("unlock");
    vfs.arm(it.plan);
    {
        auto unlocked = Vault::unlock(vaultDir, secret(passphrase));
        if (unlocked) {
            // Unlock syncs the vault folder as it returns (its session marker): the log it created exists.
            vfs.folderSynced();
            std::unique_ptr<Vault> vault = std::move(unlocked).value();
            auto domain = std::make_unique<Domain>(vault->database(), m_clock);
            Workload workload(*domain, m_clock, rng, ledger, it.scenario == Scenario::AutoCheckpoint);
            for (int calls = 0; !vfs.isCut(); ++calls) {
                if (calls >= kMaxCalls) {
                    result.problems.append(QStringLiteral("no power cut after %1 calls").arg(calls));
                    break;
                }
                if (it.scenario == Scenario::Close && ledger.acknowledged == it.closeAfter) {
                    activity = QStringLiteral("close");
                    domain.reset();
                    vault->lock();
                    if (!vfs.isCut()) {
                        vfs.cutNow();
                        activity = QStringLiteral("after close");
                    }
                    break;
                }
                if (it.scenario == Scenario::Checkpoints && rng.bounded(3) == 0) {
                    static const char* const kModes[] = {
                        "PRAGMA wal_checkpoint(PASSIVE)", "PRAGMA wal_checkpoint(FULL)",
                        "PRAGMA wal_checkpoint(RESTART)", "PRAGMA wal_checkpoint(TRUNCATE)"};
                    activity = QStringLiteral("checkpoint");
                    if (auto s = vault->database().exec(kModes[rng.bounded(4)]); !s) {
                        if (!vfs.isCut())
                            result.problems.append(QStringLiteral("checkpoint failed before the cut: ") +
                                                   s.error().detail);
                        break;
                    }
                    continue;
                }
                const Call call = workload.pick();
                activity = callName(call);
                if (const QString error = workload.step(call); !error.isEmpty()) {
                    if (!vfs.isCut())
                        result.problems.append(QStringLiteral("%1 failed before the cut: %2").arg(activity, error));
                    break;
                }
            }
            domain.reset();
            vault->lock();
        } else if (!vfs.isCut()) {
            result.problems.append(QStringLiteral("the first unlock failed before the cut: %1: %2")
                                       .arg(errorCodeName(unlocked.error().code), unlocked.error().detail));
        }
    }
    result.acknowledged = ledger.acknowledged;

    const PowerLossVfs::Cut cut = vfs.cut();
    result.cut = cut;
    if (!cut.happened && result.problems.isEmpty())
        result.problems.append(QStringLiteral("the power never went"));
    if (activity != QStringLiteral("unlock") && activity != QStringLiteral("close") &&
        activity != QStringLiteral("after close") && activity != QStringLiteral("checkpoint"))
        activity = QStringLiteral("commit");
    if (!cut.atOperation) {
        result.phase = activity;
    } else if (activity == QStringLiteral("commit") && cut.file == PowerLossVfs::FileKind::MainDb) {
        result.phase =
            QStringLiteral("commit, its automatic checkpoint: db %1").arg(QLatin1String(PowerLossVfs::name(cut.op)));
    } else {
        const bool walHeader =
            cut.file == PowerLossVfs::FileKind::Wal && cut.op == PowerLossVfs::Op::Write && cut.offset == 0;
        result.phase = QStringLiteral("%1: %2 %3")
                           .arg(activity, QLatin1String(PowerLossVfs::name(cut.file)),
                                walHeader ? QStringLiteral("header write") : QLatin1String(PowerLossVfs::name(cut.op)));
    }
    if (m_verbose)
        qInfo("cut %d: %s, cutAt %llu, phase '%s', %d acknowledged; files: %s", it.number,
              qPrintable(scenarioName(it.scenario)), it.plan.cutAt, qPrintable(result.phase), ledger.acknowledged,
              qPrintable(vfs.describeFiles()));
    if (const QString error = vfs.revert(it.revert, &result.stats); !error.isEmpty()) {
        result.problems.append(QStringLiteral("revert failed: ") + error);
        vfs.disarm();
        return result;
    }
    if (!result.problems.isEmpty())
        return result;

    // Keep the files as the cut left them, in case the checks below fail.
    if (!copyFolder(vaultDir, workDir + QStringLiteral("/after-cut")))
        result.problems.append(QStringLiteral("cannot copy the vault for the record"));

    auto reopened = Vault::unlock(vaultDir, secret(passphrase));
    if (!reopened) {
        result.problems.append(QStringLiteral("the vault was refused after the cut: %1: %2")
                                   .arg(errorCodeName(reopened.error().code), reopened.error().detail));
        return result;
    }
    Vault& vault = *reopened.value();
    result.problems += verifyLedger(vault.database(), m_clock, ledger, result.checked);
    auto version = vault.schemaVersion();
    if (!version || version.value() != latestSchemaVersion())
        result.problems.append(QStringLiteral("schema version after reopening: %1")
                                   .arg(version ? QString::number(version.value()) : version.error().detail));
    auto integrity = vault.checkIntegrity();
    if (!integrity)
        result.problems.append(QStringLiteral("integrity check failed to run: ") + integrity.error().detail);
    else if (!integrity->ok)
        result.problems.append(QStringLiteral("integrity: ") + integrity->problems.join(QStringLiteral("; ")));
    vault.lock();
    return result;
}

void TestPowerLoss::lostCommitIsReported()
{
    // The checks must see a lost commit. Sabotage the revert so that it also undoes the writes the last sync
    // of the log made durable (the last acknowledged commit); a clean revert of the same run passes.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString templ = makeTemplate(tmp.filePath(QStringLiteral("template")));
    for (const bool sabotage : {false, true}) {
        for (int round = 0; round < 3; ++round) {
            const QString dir = tmp.filePath(QStringLiteral("v%1-%2").arg(sabotage).arg(round));
            QVERIFY(copyFolder(templ, dir));
            PowerLossVfs& vfs = PowerLossVfs::instance();
            QRandomGenerator rng(static_cast<quint32>(round + 1));
            Ledger ledger;
            vfs.arm({});
            {
                auto unlocked = Vault::unlock(dir, secret(testPassphrase()));
                QVERIFY2(unlocked, qPrintable(unlocked ? QString() : unlocked.error().detail));
                Domain domain(unlocked.value()->database(), m_clock);
                Workload workload(domain, m_clock, rng, ledger, false);
                for (int i = 0; i < 3 + round; ++i)
                    QCOMPARE(workload.step(workload.pick()), QString());
                vfs.cutNow(); // the connection is still open: nothing was checkpointed
            }
            PowerLossVfs::RevertOptions options;
            options.shm = PowerLossVfs::ShmAfterCut::Deleted;
            options.sabotage = sabotage ? PowerLossVfs::Sabotage::ForgetLastWalSync : PowerLossVfs::Sabotage::None;
            QCOMPARE(vfs.revert(options), QString());

            auto reopened = Vault::unlock(dir, secret(testPassphrase()));
            QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().detail));
            int checked = 0;
            const QStringList problems = verifyLedger(reopened.value()->database(), m_clock, ledger, checked);
            QCOMPARE(checked, ledger.clients.size() + ledger.goals.size() + ledger.sessions.size());
            if (sabotage)
                QVERIFY2(!problems.isEmpty(), "a commit undone after it was acknowledged went unnoticed");
            else
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }
}

void TestPowerLoss::powerCuts()
{
    bool ok = false;
    int cuts = qEnvironmentVariableIntValue("CONTINUUM_POWERLOSS_CUTS", &ok);
    if (!ok || cuts <= 0)
        cuts = CONTINUUM_POWERLOSS_DEFAULT_CUTS;
    quint32 seed = static_cast<quint32>(qEnvironmentVariable("CONTINUUM_POWERLOSS_SEED").toUInt(&ok));
    if (!ok)
        seed = QRandomGenerator::system()->generate();
    const int only = qEnvironmentVariableIntValue("CONTINUUM_POWERLOSS_ONLY", &ok);
    const bool replayOne = ok;
    qInfo("power-loss run: seed %u (CONTINUUM_POWERLOSS_SEED=%u replays it), %d cuts", seed, seed, cuts);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString currentTemplate = makeTemplate(tmp.filePath(QStringLiteral("template")));
    const QString schema1Template = tmp.filePath(QStringLiteral("template-schema1"));
    QVERIFY(copyFolder(kSchema1Fixture, schema1Template));
    const quint64 migrationOps = measureMigrationOps(schema1Template, tmp.path());
    QVERIFY2(migrationOps > 0, "the first unlock of a schema-1 vault should write");
    qInfo("the first unlock of a schema-1 vault writes, truncates, syncs or deletes %llu times", migrationOps);

    QElapsedTimer timer;
    timer.start();
    int simulated = 0;
    qint64 acknowledged = 0;
    qint64 checked = 0;
    PowerLossVfs::RevertStats totals;
    QMap<QString, int> byPhase;
    struct ScenarioTotals {
        int cuts = 0;
        qint64 ms = 0;
        qint64 acknowledged = 0;
    };
    QMap<QString, ScenarioTotals> byScenario;
    QMap<QString, int> byShm;
    int subsetRuns = 0;
    QStringList failures;
    const int first = replayOne ? only : 0;
    const int last = replayOne ? only + 1 : cuts;
    for (int n = first; n < last && failures.size() < kMaxFailures; ++n) {
        const Iteration it = planIteration(seed, n, migrationOps);
        const QString workDir = tmp.filePath(QStringLiteral("cut-%1").arg(n));
        QElapsedTimer iterationTimer;
        iterationTimer.start();
        const IterationResult r = runIteration(it, workDir, currentTemplate, schema1Template);
        ScenarioTotals& st = byScenario[scenarioName(it.scenario)];
        ++st.cuts;
        st.ms += iterationTimer.elapsed();
        st.acknowledged += r.acknowledged;
        ++simulated;
        acknowledged += r.acknowledged;
        checked += r.checked;
        totals.writesDropped += r.stats.writesDropped;
        totals.bytesDropped += r.stats.bytesDropped;
        totals.writesKept += r.stats.writesKept;
        totals.filesRemoved += r.stats.filesRemoved;
        totals.filesRestored += r.stats.filesRestored;
        totals.deletionsKept += r.stats.deletionsKept;
        ++byPhase[r.phase];
        ++byShm[shmName(it.revert.shm)];
        subsetRuns += it.revert.survivors == PowerLossVfs::Survivors::RandomSubset ? 1 : 0;
        if (r.problems.isEmpty()) {
            QDir(workDir).removeRecursively();
            continue;
        }
        // Keep the evidence outside the temporary folder.
        const QString kept = QDir::temp().filePath(QStringLiteral("continuum-powerloss-%1-%2").arg(seed).arg(n));
        QDir(kept).removeRecursively();
        const bool moved = QDir().rename(workDir, kept);
        failures.append(QStringLiteral("cut %1 (CONTINUUM_POWERLOSS_SEED=%2 CONTINUUM_POWERLOSS_ONLY=%1), %3, "
                                       "power went at %4 (operation %5, cutAt %6), shm %7, %8; files in %9:\n    %10")
                            .arg(n)
                            .arg(seed)
                            .arg(scenarioName(it.scenario), r.phase)
                            .arg(r.cut.operation)
                            .arg(it.plan.cutAt)
                            .arg(shmName(it.revert.shm),
                                 it.revert.survivors == PowerLossVfs::Survivors::None ? QStringLiteral("no write kept")
                                                                                      : QStringLiteral("subset kept"),
                                 moved ? kept : workDir, r.problems.join(QStringLiteral("\n    "))));
        qWarning("%s", qPrintable(failures.last()));
    }

    qInfo("power cuts simulated: %d in %.1f s (seed %u)", simulated, double(timer.elapsed()) / 1000.0, seed);
    qInfo("calls acknowledged: %lld; records checked after reopening (latest acknowledged value of each): %lld",
          acknowledged, checked);
    qInfo("unsynced writes dropped: %d (%lld bytes), kept by the disk: %d (in %d runs keeping a subset); "
          "files removed: %d, deletions undone: %d, deletions that reached the disk without a sync: %d",
          totals.writesDropped, totals.bytesDropped, totals.writesKept, subsetRuns, totals.filesRemoved,
          totals.filesRestored, totals.deletionsKept);
    QStringList lines;
    for (auto i = byScenario.constBegin(); i != byScenario.constEnd(); ++i)
        lines.append(QStringLiteral("%1 %2 (%3 calls acknowledged, %4 s)")
                         .arg(i.key())
                         .arg(i->cuts)
                         .arg(i->acknowledged)
                         .arg(double(i->ms) / 1000.0, 0, 'f', 1));
    qInfo("scenarios: %s", qPrintable(lines.join(QStringLiteral(", "))));
    lines.clear();
    for (auto i = byShm.constBegin(); i != byShm.constEnd(); ++i)
        lines.append(QStringLiteral("%1 %2").arg(i.key()).arg(i.value()));
    qInfo("wal-index after the cut: %s", qPrintable(lines.join(QStringLiteral(", "))));
    qInfo("cut points by phase:");
    for (auto i = byPhase.constBegin(); i != byPhase.constEnd(); ++i)
        qInfo("  %5d  %s", i.value(), qPrintable(i.key()));

    QVERIFY2(
        failures.isEmpty(),
        qPrintable(QStringLiteral("%1 of %2 power cuts lost data or the vault:\n").arg(failures.size()).arg(simulated) +
                   failures.join(QLatin1Char('\n'))));
    if (!replayOne)
        QVERIFY2(acknowledged > simulated, "the cuts should come after commits, not only before the first");
}

QTEST_GUILESS_MAIN(TestPowerLoss)
#include "tst_powerloss.moc"
