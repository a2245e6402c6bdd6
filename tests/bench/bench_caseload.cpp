// SPDX-License-Identifier: GPL-3.0-or-later
// Caseload-scale benchmarks, run by hand (see README.md beside this file); CTest only runs a smoke
// pass (smoke.cmake) to check that every scenario still reports figures, never how fast.
// Every scenario runs on the encrypted vault and on an unencrypted copy of the same database opened by
// the same code, in the same process, so the encryption cost reads as a ratio measured side by side.
// The scenarios go through what the application uses: ClientListModel for the list and search, the
// ClientPage widget for a client page, the services for saving and signing, the report code for PDFs.
#include "CaseloadGenerator.h"

#include "domain/Domain.h"
#include "models/ClientListModel.h"
#include "printing/Reports.h"
#include "report/ReportCatalog.h"
#include "report/ReportData.h"
#include "report/ReportEngine.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "views/ClientPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <fcntl.h>
#include <functional>
#include <unistd.h>

using namespace continuum;

namespace {

const char* const kPassphrase = "benchmark passphrase";
constexpr int kScreenful = 40; // rows a maximised window shows at once

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats summarise(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)))};
}

double elapsedMs(const std::function<void()>& work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

Stats measure(int reps, const std::function<void()>& work)
{
    QList<double> ms;
    for (int i = 0; i < reps; ++i)
        ms.append(elapsedMs(work));
    return summarise(ms);
}

struct Row {
    QString key;
    QString scenario;
    QString target;
    Stats encrypted;
    std::optional<Stats> plain;
    bool useP95 = false;
    qint64 allocations = -1; ///< calls into SQLite's allocator in one repetition, encrypted side (-1: not counted)
};

// Every allocation SQLite makes goes through these, below SQLCipher's own wrapper (which, with memory
// security on, adds an mlock() to each, and a wipe and an munlock() to each free): counting them says how
// much of that a scenario pays for.
std::atomic<qint64> g_sqliteAllocations{0};
sqlite3_mem_methods g_defaultMemory{};

void* countedMalloc(int n)
{
    g_sqliteAllocations.fetch_add(1, std::memory_order_relaxed);
    return g_defaultMemory.xMalloc(n);
}

void* countedRealloc(void* p, int n)
{
    g_sqliteAllocations.fetch_add(1, std::memory_order_relaxed);
    return g_defaultMemory.xRealloc(p, n);
}

/// Before SQLite starts: SQLCipher then wraps these instead of the default allocator.
void countSqliteAllocations()
{
    static sqlite3_mem_methods counted;
    if (sqlite3_config(SQLITE_CONFIG_GETMALLOC, &g_defaultMemory) != SQLITE_OK)
        return;
    counted = g_defaultMemory;
    counted.xMalloc = countedMalloc;
    counted.xRealloc = countedRealloc;
    if (sqlite3_config(SQLITE_CONFIG_MALLOC, &counted) != SQLITE_OK)
        qFatal("could not count SQLite's allocations");
}

[[noreturn]] void fail(const char* what, const Error& e)
{
    qFatal("%s: %s", what, qPrintable(e.detail));
}

/// A line of /proc/self/status in MB (VmRSS, VmHWM).
double procStatusMb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

/// Resets the peak resident size (VmHWM) to the current one (Linux 4.0 and later).
bool resetPeakRss()
{
    const int fd = ::open("/proc/self/clear_refs", O_WRONLY);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, "5", 1) == 1;
    ::close(fd);
    return ok;
}

/// What a window asks of the list model when it shows the first screenful: every column's text and the
/// roles the delegate paints with.
void readScreenful(const QAbstractItemModel& model)
{
    const int rows = std::min(kScreenful, model.rowCount());
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            (void)model.data(i, Qt::DisplayRole);
            (void)model.data(i, Qt::DecorationRole);
            (void)model.data(i, Qt::ToolTipRole);
        }
    }
}

/// One side of the comparison: a connection, the domain over it, and the UI pieces the scenarios drive.
struct Side {
    Database db;
    SystemClock clock;
    std::unique_ptr<Domain> domain;
    std::unique_ptr<ui::ClientListModel> list;
    std::unique_ptr<ui::ClientPage> page;

    explicit Side(Database&& d)
        : db(std::move(d))
        , domain(std::make_unique<Domain>(db, clock))
        , list(std::make_unique<ui::ClientListModel>())
        , page(std::make_unique<ui::ClientPage>(*domain))
    {
        page->resize(1200, 800);
        page->show();
    }
    ~Side()
    {
        page.reset();
        list.reset();
        domain.reset();
        (void)db.close();
    }
};

Result<Database> openEncrypted(const QString& dbPath, const SecureBytes& key)
{
    return Vault::openDatabase(dbPath, key, false);
}

/// Benchmark-only: the unencrypted copy, through the same checks, settings and migrations.
Result<Database> openPlain(const QString& path)
{
    auto db = Database::open(path, Database::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    if (auto s = Vault::prepareConnection(db.value(), false); !s)
        return s.error();
    return db;
}

/// The online-backup copy alone, as Vault::backupTo takes its snapshot: from a connection of its own
/// into a scratch file (keyed with the same key when there is one), no sync.
void snapshotCopy(const QString& from, const SecureBytes* key, const QString& to)
{
    QFile::remove(to);
    auto dest = Database::open(to, Database::OpenMode::ReadWriteCreate);
    auto source = Database::open(from, Database::OpenMode::ReadWrite);
    if (!dest || !source)
        qFatal("snapshot: open");
    if (key && (!dest->key(*key) || !source->key(*key)))
        qFatal("snapshot: key");
    if (!dest->exec("PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF;"))
        qFatal("snapshot: pragmas");
    sqlite3_backup* b = sqlite3_backup_init(dest->handle(), "main", source->handle(), "main");
    if (!b || sqlite3_backup_step(b, -1) != SQLITE_DONE || sqlite3_backup_finish(b) != SQLITE_OK)
        qFatal("snapshot: %s", sqlite3_errmsg(dest->handle()));
}

/// Pages this connection has read from its file so far.
int cacheMisses(Database& db)
{
    int current = 0;
    int highwater = 0;
    sqlite3_db_status(db.handle(), SQLITE_DBSTATUS_CACHE_MISS, &current, &highwater, 0);
    return current;
}

struct Caseload {
    QString vaultDir;
    QString plainPath;
    bench::GeneratedCaseload info;
};

QJsonObject toJson(const bench::GeneratedCaseload& g)
{
    return {{QStringLiteral("busiestClient"), g.busiestClient.value},
            {QStringLiteral("busiestGoal"), g.busiestGoal.value},
            {QStringLiteral("searchPrefix"), g.searchPrefix}};
}

/// Builds the caseload into dir (a vault and its unencrypted copy), or reuses what an earlier run with
/// the same --keep folder built.
Caseload prepareCaseload(const QString& dir, const bench::CaseloadSize& size, int contacts, QTextStream& out)
{
    Caseload c{dir + QStringLiteral("/vault"), dir + QStringLiteral("/plain.db"), {}};
    const QString infoPath = dir + QStringLiteral("/caseload.json");
    QFile infoFile(infoPath);
    if (infoFile.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(infoFile.readAll()).object();
        if (o.value(QStringLiteral("size")).toString() == QLatin1String(size.name) &&
            o.value(QStringLiteral("contacts")).toInt() == contacts) {
            c.info.busiestClient = ClientId(o.value(QStringLiteral("busiestClient")).toInteger());
            c.info.busiestGoal = GoalId(o.value(QStringLiteral("busiestGoal")).toInteger());
            c.info.searchPrefix = o.value(QStringLiteral("searchPrefix")).toString();
            out << "Reusing the " << size.name << " caseload in " << dir << "\n";
            return c;
        }
        qFatal("%s holds a caseload of another size (or another number of contacts)", qPrintable(dir));
    }
    QDir().mkpath(dir);
    const SecureBytes passphrase = SecureBytes::fromText(QString::fromLatin1(kPassphrase));
    QElapsedTimer setup;
    setup.start();
    auto created = Vault::create(c.vaultDir, passphrase, KdfParams::moderate());
    if (!created)
        fail("create", created.error());
    auto generated = bench::generateCaseload(created->vault->database(), size, 20261128, QDate::currentDate());
    if (!generated)
        fail("generate", generated.error());
    c.info = generated.value();
    if (contacts > 0) {
        QElapsedTimer t;
        t.start();
        auto made = bench::generateContacts(created->vault->database(), contacts, 20261130, QDate::currentDate());
        if (!made)
            fail("generate contacts", made.error());
        out << "Generated " << made.value() << " contacts over five years in " << t.elapsed() / 1000.0 << " s\n";
    }
    {
        // The unencrypted copy of the same database, made with SQLCipher's own export. Benchmark-only.
        // The vault's connection may not create files, so the (empty) target is made first.
        auto make = Database::open(c.plainPath, Database::OpenMode::ReadWriteCreate);
        if (!make || !make->exec("CREATE TABLE scratch (x); DROP TABLE scratch;"))
            qFatal("could not create the unencrypted copy");
        (void)make->close();
        auto st = created->vault->database().prepare("ATTACH DATABASE ?1 AS plain KEY ''");
        st->bind(1, c.plainPath);
        if (auto s = st->run(); !s)
            fail("attach", s.error());
        if (auto s = created->vault->database().exec("SELECT sqlcipher_export('plain')"); !s)
            fail("export", s.error());
        // The export copies schema and rows, not the header's schema version.
        const int version = created->vault->database().queryInt("PRAGMA main.user_version").value();
        if (auto s = created->vault->database().exec(
                QStringLiteral("PRAGMA plain.user_version = %1; DETACH DATABASE plain;").arg(version).toStdString());
            !s)
            fail("export", s.error());
    }
    created->vault->lock();
    QJsonObject o = toJson(c.info);
    o.insert(QStringLiteral("size"), QString::fromLatin1(size.name));
    o.insert(QStringLiteral("contacts"), contacts);
    if (!infoFile.open(QIODevice::WriteOnly) || infoFile.write(QJsonDocument(o).toJson()) < 0)
        qFatal("could not write %s", qPrintable(infoPath));
    out << "Generated the " << size.name << " caseload (" << size.clients << " clients, " << size.sessions
        << " sessions) in " << setup.elapsed() / 1000.0 << " s\n";
    return c;
}

/// Run in a child process so nothing the benchmark itself built counts: unlock the vault, then open
/// what a counselor opens first (the list, a search, the busiest client's page). Prints JSON.
int rssProbe(const QString& vaultDir, ClientId client, const QString& prefix)
{
    auto vault = Vault::unlock(vaultDir, SecureBytes::fromText(QString::fromLatin1(kPassphrase)));
    if (!vault)
        fail("unlock", vault.error());
    const double withKdf = procStatusMb("VmHWM");
    const bool reset = resetPeakRss();
    SystemClock clock;
    Domain domain(vault.value()->database(), clock);
    ui::ClientListModel list;
    list.setService(&domain.clients());
    readScreenful(list);
    for (int k = 1; k <= prefix.size(); ++k) {
        list.setQuery(prefix.left(k));
        readScreenful(list);
    }
    list.setQuery(QString());
    ui::ClientPage page(domain);
    page.resize(1200, 800);
    page.show();
    page.showClient(client);
    (void)page.grab();
    QCoreApplication::processEvents();
    QTextStream(stdout) << QJsonDocument(
                               QJsonObject{{QStringLiteral("peakWithKeyDerivationMb"), withKdf},
                                           {QStringLiteral("peakAfterUnlockMb"), reset ? procStatusMb("VmHWM") : -1.0},
                                           {QStringLiteral("residentMb"), procStatusMb("VmRSS")}})
                               .toJson(QJsonDocument::Compact)
                        << '\n';
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("size"), QStringLiteral("small, medium or large"), QStringLiteral("SIZE"),
                      QStringLiteral("small")});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("repetitions per scenario"), QStringLiteral("N"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("write results here"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("build the caseload in this folder and keep it; reuse it on later runs"),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("no-memory-security"),
                      QStringLiteral("leave SQLCipher's memory security (PRAGMA cipher_memory_security) off, to "
                                     "measure what it costs")});
    parser.addOption(
        {QStringLiteral("memory-security-rounds"),
         QStringLiteral("also time the steady-state scenarios with SQLCipher's memory security on and off, "
                        "in pairs of processes (the setting is process-wide), N rounds"),
         QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("contacts"),
                      QStringLiteral("the generator adds five years of harm-reduction contacts (500,000 beside the "
                                     "large caseload, 100,000 medium, 20,000 small)")});
    parser.addOption(
        {QStringLiteral("only"),
         QStringLiteral("run only these scenarios on the open vault (keys as in the JSON, comma-separated)"),
         QStringLiteral("KEYS")});
    parser.addOption({QStringLiteral("warm-only"),
                      QStringLiteral("(internal) only the scenarios on an open vault, for --memory-security-rounds")});
    parser.addOption(
        {QStringLiteral("rss-probe"), QStringLiteral("(internal) memory probe on this vault"), QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("client"), QStringLiteral("(internal) client for the probe"), QStringLiteral("ID")});
    parser.addOption(
        {QStringLiteral("prefix"), QStringLiteral("(internal) search prefix for the probe"), QStringLiteral("TEXT")});
    parser.process(app);
    // Before the first key(): once on, SQLCipher keeps memory security on for the rest of the process.
    const bool noMemorySecurity = parser.isSet(QStringLiteral("no-memory-security"));
    countSqliteAllocations();

    if (noMemorySecurity)
        Database::setMemorySecurity(false);
    if (parser.isSet(QStringLiteral("rss-probe"))) {
        return rssProbe(parser.value(QStringLiteral("rss-probe")),
                        ClientId(parser.value(QStringLiteral("client")).toLongLong()),
                        parser.value(QStringLiteral("prefix")));
    }
    const QString sizeName = parser.value(QStringLiteral("size"));
    const bench::CaseloadSize size = sizeName == QStringLiteral("large")    ? bench::kLarge
                                     : sizeName == QStringLiteral("medium") ? bench::kMedium
                                                                            : bench::kSmall;
    const int reps = std::max(3, parser.value(QStringLiteral("reps")).toInt());
    QTextStream out(stdout);

    QTemporaryDir tmp;
    const QString workDir =
        parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : tmp.filePath(QStringLiteral("c"));
    out << "SQLCipher memory security " << (noMemorySecurity ? "off" : "on") << "\n";
    const int generatedContacts = !parser.isSet(QStringLiteral("contacts")) ? 0
                                  : size.clients >= bench::kLarge.clients   ? bench::kContactsFiveYears
                                  : size.clients >= bench::kMedium.clients  ? 100000
                                                                            : 20000;
    const Caseload caseload = prepareCaseload(workDir, size, generatedContacts, out);
    const bench::GeneratedCaseload& g = caseload.info;
    const QString dbPath = VaultFiles::database(caseload.vaultDir);
    const SecureBytes passphrase = SecureBytes::fromText(QString::fromLatin1(kPassphrase));
    Qt::endl(out);

    QList<Row> rows;
    // Both sides alternate repetition by repetition, so drift on a shared machine falls on both alike.
    // One untimed repetition on each side first (steady state; the list right after unlock, with cold
    // caches, is its own scenario below).
    const auto interleaved = [&](const std::function<QList<double>(bool encrypted)>& rep, bool warmUp = true) {
        if (warmUp) {
            (void)rep(true);
            (void)rep(false);
        }
        QList<double> e, p;
        for (int i = 0; i < reps; ++i) {
            e += rep(true);
            p += rep(false);
        }
        return std::pair{summarise(e), summarise(p)};
    };

    // Unlock: key derivation alone, then everything else on a fresh connection each time.
    const auto keySlots = KeySlotFile::read(VaultFiles::keySlots(caseload.vaultDir)).value();
    SecureBytes key;
    const bool warmOnly = parser.isSet(QStringLiteral("warm-only"));
    const QStringList only = parser.value(QStringLiteral("only")).split(u',', Qt::SkipEmptyParts);
    const Stats kdf = measure(warmOnly ? 1 : std::max(3, reps / 10), [&] {
        key = unwrapKey(*keySlots.slot(KeySlotKind::Passphrase), passphrase, keySlots.vaultId).value();
    });
    rows.append({QStringLiteral("kdf"), QStringLiteral("unlock: key derivation (Argon2id, MODERATE)"),
                 QStringLiteral("0.5–1 s by design"), kdf, std::nullopt});
    const auto open = [&](bool encrypted) {
        auto db = encrypted ? openEncrypted(dbPath, key) : openPlain(caseload.plainPath);
        if (!db)
            fail("open", db.error());
        return std::move(db).value();
    };
    // Where a scenario starts from a new connection, every page it touches is read from the file (and,
    // on the encrypted side, authenticated and decrypted). Counting them gives the cost per page.
    QStringList perPage;
    const auto pageNote = [&](const QString& what, const Stats& e, const Stats& p, int pages) {
        perPage.append(
            QStringLiteral("%1 reads %2 pages from the file; the encrypted side takes %3 ms more (%4 µs a page)")
                .arg(what)
                .arg(pages)
                .arg(e.median - p.median, 0, 'f', 2)
                .arg((e.median - p.median) * 1000.0 / std::max(1, pages), 0, 'f', 1));
    };
    if (!warmOnly) {
        int pages = 0;
        const auto [e, p] = interleaved([&](bool encrypted) {
            std::optional<Database> db;
            const double t = elapsedMs([&] { db.emplace(open(encrypted)); });
            pages = cacheMisses(*db);
            return QList<double>{t};
        });
        rows.append({QStringLiteral("unlock"), QStringLiteral("unlock, excluding key derivation"),
                     QStringLiteral("≤ 100 ms"), e, p});
        pageNote(QStringLiteral("Unlock (checks, settings, migrations)"), e, p, pages);
    }
    // The list right after unlock: a new connection (cold page cache), the model, its first screenful.
    if (only.isEmpty() || only.contains(QStringLiteral("listCold"))) {
        int pages = 0;
        const auto [e, p] = interleaved([&](bool encrypted) {
            Side side(open(encrypted));
            const int before = cacheMisses(side.db);
            const double t = elapsedMs([&] {
                side.list->setService(&side.domain->clients());
                readScreenful(*side.list);
            });
            pages = cacheMisses(side.db) - before;
            return QList<double>{t};
        });
        rows.append({QStringLiteral("listCold"),
                     QStringLiteral("client list ready with first screenful, just unlocked"), QStringLiteral("≤ 50 ms"),
                     e, p});
        pageNote(QStringLiteral("The list just after unlock"), e, p, pages);
    }

    Side enc(open(true));
    Side plain(open(false));
    enc.list->setService(&enc.domain->clients());
    plain.list->setService(&plain.domain->clients());
    // One repetition of a scenario on one side returns its timed samples.
    const auto both = [&](const QString& id, const QString& name, const QString& target, bool p95,
                          const std::function<QList<double>(Side&)>& rep) {
        if (!only.isEmpty() && !only.contains(id))
            return;
        const auto [e, p] = interleaved([&](bool encrypted) { return rep(encrypted ? enc : plain); });
        const qint64 before = g_sqliteAllocations.load();
        (void)rep(enc);
        rows.append({id, name, target, e, p, p95, g_sqliteAllocations.load() - before});
    };
    const auto once = [](const std::function<void()>& work) { return QList<double>{elapsedMs(work)}; };

    both(QStringLiteral("listWarm"), QStringLiteral("client list ready with first screenful, reloaded"),
         QStringLiteral("≤ 50 ms"), false, [&](Side& s) {
             return once([&] {
                 s.list->reload();
                 readScreenful(*s.list);
             });
         });
    both(QStringLiteral("searchKeystroke"), QStringLiteral("search keystroke (4-letter prefix, each keystroke), p95"),
         QStringLiteral("≤ 16 ms"), true, [&](Side& s) {
             QList<double> ms;
             s.list->setQuery(QString());
             for (int k = 1; k <= g.searchPrefix.size(); ++k) {
                 ms += once([&] {
                     s.list->setQuery(g.searchPrefix.left(k));
                     readScreenful(*s.list);
                 });
             }
             s.list->setQuery(QString());
             return ms;
         });
    // The page is laid out and painted (offscreen) before the clock stops: what the counselor sees.
    both(QStringLiteral("clientPage"), QStringLiteral("open a client page (100 sessions), painted"),
         QStringLiteral("≤ 50 ms"), false, [&](Side& s) {
             // Someone else first, as when moving down the list.
             s.page->showClient(ClientId(g.busiestClient.value + 1));
             (void)s.page->grab();
             return once([&] {
                 s.page->showClient(g.busiestClient);
                 (void)s.page->grab();
             });
         });
    both(QStringLiteral("readinessTrend"), QStringLiteral("compute a goal's readiness trend"), QStringLiteral("—"),
         false, [&](Side& s) { return once([&] { (void)s.domain->goals().readinessTrend(g.busiestGoal); }); });

    SessionContent draft;
    draft.date = QDate::currentDate();
    draft.note = {{QStringLiteral("data"), QStringLiteral("Autosaved draft text")}};
    const SessionId encDraft = enc.domain->sessions().createDraft(g.busiestClient, draft).value();
    const SessionId plainDraft = plain.domain->sessions().createDraft(g.busiestClient, draft).value();
    both(QStringLiteral("saveDraft"), QStringLiteral("save a session draft (durable commit)"),
         QStringLiteral("≤ 10 ms"), false, [&](Side& s) {
             draft.note[0].body += QLatin1Char('.');
             return once([&] {
                 if (auto r = s.domain->sessions().saveDraft(&s == &enc ? encDraft : plainDraft, draft); !r)
                     fail("save draft", r.error());
             });
         });
    both(QStringLiteral("sign"), QStringLiteral("sign a session"), QStringLiteral("≤ 10 ms"), false, [&](Side& s) {
        // A fresh draft each time; only the signing is timed.
        const SessionId id = s.domain->sessions().createDraft(g.busiestClient, draft).value();
        return once([&] {
            if (auto r = s.domain->sessions().sign(id); !r)
                fail("sign", r.error());
        });
    });
    const QString pdf = tmp.filePath(QStringLiteral("summary.pdf"));
    both(QStringLiteral("summaryPdf"), QStringLiteral("render a client goal summary to PDF"),
         QStringLiteral("≤ 300 ms"), false, [&](Side& s) {
             return once([&] {
                 auto data = buildGoalSummary(*s.domain, g.busiestClient, {{}, false, QDate::currentDate()});
                 auto doc = ui::goalSummaryDocument(data.value());
                 if (auto w = ui::writePdf(*doc, pdf, {QStringLiteral("bench"), {}}); !w)
                     fail("pdf", w.error());
             });
         });

    // Reports (issue 13): the quarterly grant report over the last full quarter and the general report over five
    // years, as the preview runs them (every indicator, suppression, warnings), over the contacts the generator
    // wrote (--contacts; 500,000 beside the large caseload is the figure).
    if (only.isEmpty() || only.contains(QStringLiteral("reportQuarter")) ||
        only.contains(QStringLiteral("reportFiveYears"))) {
        const QDate today = QDate::currentDate();
        const auto contactCount = [](Database& db) {
            auto n = Query(db, "SELECT COUNT(*) FROM contact_records").one(readInt64, {"count", 0});
            if (!n)
                fail("count contacts", n.error());
            return n.value();
        };
        out << "Contacts for the report scenarios: " << contactCount(enc.db) << " (encrypted), "
            << contactCount(plain.db) << " (unencrypted)\n";
        auto catalog = ReportCatalog::load();
        if (!catalog)
            fail("report definitions", catalog.error());
        const ReportDefinition grant = catalog->find(QStringLiteral("quarterly-grant")).value();
        const ReportDefinition general = catalog->find(QStringLiteral("general")).value();
        const QDate lastQuarter = today.addMonths(-3);
        const Period quarter = Period::quarter(lastQuarter.year(), (lastQuarter.month() - 1) / 3 + 1).value();
        const Period fiveYears = Period::custom(today.addYears(-5).addDays(1), today).value();
        const auto runReport = [&](Side& s, const ReportDefinition& def, const Period& period) {
            return once([&] {
                // as the reports window runs it: hidden alike with every report of the catalog
                auto r = ReportEngine(s.db).run(def, period, {10, today, catalog->reports()});
                if (!r)
                    fail("report", r.error());
            });
        };
        both(QStringLiteral("reportQuarter"), QStringLiteral("quarterly grant report, last full quarter"),
             QStringLiteral("≤ 300 ms"), false, [&](Side& s) { return runReport(s, grant, quarter); });
        both(QStringLiteral("reportFiveYears"), QStringLiteral("general report (20 indicators), five years"),
             QStringLiteral("≤ 2 s"), false, [&](Side& s) { return runReport(s, general, fiveYears); });
    }

    // Harm-reduction contacts (issue 13): saving one as the window does (durable commit, audited), and the Contacts
    // view's first page and a day's contacts over what the caseload holds (--contacts: the generator's five years;
    // otherwise the report scenarios' contacts above).
    {
        const auto first = [&](ContactList list, int index) {
            auto items = enc.domain->contactLists().items(list);
            if (!items || items->size() <= index)
                fail("contact lists", items ? Error{} : items.error());
            return items->at(index).id;
        };
        ContactDraft contact;
        contact.identity = ContactIdentity::Coded;
        contact.clientCode = QStringLiteral("BX-1987");
        contact.setting = ContactSetting::Outreach;
        contact.durationMinutes = 10;
        contact.naloxoneShown = true;
        contact.supplies = {{first(ContactList::Supply, 0), 40, {}}, {first(ContactList::Supply, 1), 10, {}}};
        contact.naloxone = {{first(ContactList::NaloxoneProduct, 0), 2, 0, {}, 0}};
        contact.referrals = {{first(ContactList::ReferralType, 4), {}, {}}};
        const qint64 held = enc.db.queryInt("SELECT count(*) FROM contact_records").value_or(0);
        both(QStringLiteral("saveContact"), QStringLiteral("save a contact (durable commit)"),
             QStringLiteral("≤ 10 ms"), false, [&](Side& s) {
                 return once([&] {
                     if (auto r = s.domain->contacts().record(contact); !r)
                         fail("save contact", r.error());
                 });
             });
        both(QStringLiteral("contactsFirstPage"),
             QStringLiteral("Contacts view: first page, newest first (%1 contacts)").arg(held),
             QStringLiteral("≤ 50 ms"), false, [&](Side& s) {
                 return once([&] {
                     auto r = s.domain->contacts().list({});
                     if (!r || r->isEmpty())
                         fail("contacts page", r ? Error{} : r.error());
                 });
             });
        both(QStringLiteral("todayContacts"), QStringLiteral("Today: a day's contacts and counts"),
             QStringLiteral("≤ 50 ms"), false, [&](Side& s) {
                 return once([&] {
                     if (auto r = s.domain->contacts().day(QDate::currentDate()); !r)
                         fail("today's contacts", r.error());
                 });
             });
    }

    // Backup (skipped with --warm-only): the vault's own backup, and beside it the floor any backup has on this disk:
    // reading the database file and writing it durably once.
    if (!warmOnly) {
        auto vault = Vault::unlock(caseload.vaultDir, passphrase);
        if (!vault)
            fail("unlock for backup", vault.error());
        const QString backup = tmp.filePath(QStringLiteral("b.continuum-backup"));
        const int backupReps = std::max(3, reps / 5);
        const auto backupWith = [&](Vault::SnapshotMethod method) {
            return [&, method] {
                if (auto s = vault.value()->backupTo(backup, method); !s)
                    fail("backup", s.error());
            };
        };
        const QString copy = tmp.filePath(QStringLiteral("copy.db"));
        const auto copyDurably = [&] {
            QFile::remove(copy);
            QFile in(dbPath);
            QFile to(copy);
            if (!in.open(QIODevice::ReadOnly) || !to.open(QIODevice::WriteOnly))
                qFatal("copy");
            while (!in.atEnd())
                to.write(in.read(1 << 20));
            to.flush();
            ::fsync(to.handle());
        };
        // The backup (page copy), the previous method (online backup) and the floor, in turn within each
        // repetition, so that all three meet the same state of the machine.
        QList<double> pageCopyMs, onlineMs, floorMs;
        for (int i = 0; i < backupReps; ++i) {
            pageCopyMs.append(elapsedMs(backupWith(Vault::SnapshotMethod::PageCopy)));
            onlineMs.append(elapsedMs(backupWith(Vault::SnapshotMethod::OnlineBackup)));
            floorMs.append(elapsedMs(copyDurably));
        }
        const Stats b = summarise(pageCopyMs);
        const Stats online = summarise(onlineMs);
        const Stats floor = summarise(floorMs);
        perPage.append(QStringLiteral("Backup: %1 ms, %2 × the durable-copy floor (%3 ms); the previous method "
                                      "(online backup) %4 ms, %5 × the floor")
                           .arg(b.median, 0, 'f', 0)
                           .arg(b.median / floor.median, 0, 'f', 2)
                           .arg(floor.median, 0, 'f', 0)
                           .arg(online.median, 0, 'f', 0)
                           .arg(online.median / floor.median, 0, 'f', 2));
        const QString scratch = tmp.filePath(QStringLiteral("snapshot.db"));
        const Stats snapEnc = measure(backupReps, [&] { snapshotCopy(dbPath, &key, scratch); });
        const Stats snapPlain = measure(backupReps, [&] { snapshotCopy(caseload.plainPath, nullptr, scratch); });
        QFile::remove(scratch);
        rows.append({QStringLiteral("backup"),
                     QStringLiteral("backup of the whole vault (encrypted pages copied as they are)"),
                     QStringLiteral("≤ 1.5 s, ≤ 3 × floor"), b, std::nullopt});
        rows.append({QStringLiteral("backupOnline"), QStringLiteral("the same, by the previous method (online backup)"),
                     QStringLiteral("—"), online, std::nullopt});
        rows.append({QStringLiteral("backupSnapshot"),
                     QStringLiteral("of which: the online-backup copy alone (SQLite backup API)"), QStringLiteral("—"),
                     snapEnc, snapPlain});
        rows.append({QStringLiteral("copyFloor"),
                     QStringLiteral("for comparison: copy the database file once, durably (%1 MB)")
                         .arg(QFileInfo(dbPath).size() / 1e6, 0, 'f', 0),
                     QStringLiteral("—"), floor, std::nullopt});
    }

    // Memory, in a process of its own.
    QJsonObject memory;
    if (!warmOnly) {
        QProcess probe;
        QStringList probeArgs{QStringLiteral("--rss-probe"), caseload.vaultDir};
        probeArgs << QStringLiteral("--client") << QString::number(g.busiestClient.value) << QStringLiteral("--prefix")
                  << g.searchPrefix;
        if (noMemorySecurity)
            probeArgs.append(QStringLiteral("--no-memory-security"));
        probe.start(QCoreApplication::applicationFilePath(), probeArgs);
        if (!probe.waitForFinished(300000) || probe.exitCode() != 0)
            qFatal("the memory probe failed: %s", probe.readAllStandardError().constData());
        memory = QJsonDocument::fromJson(probe.readAllStandardOutput().trimmed()).object();
    }

    // Report.
    out << "| scenario | target | encrypted | unencrypted | encrypted ÷ unencrypted |\n|---|---|---|---|---|\n";
    QJsonArray json;
    const auto ms = [](double v) -> QString { return QString::number(v, 'f', 2) + QStringLiteral(" ms"); };
    for (const Row& r : rows) {
        const double e = r.useP95 ? r.encrypted.p95 : r.encrypted.median;
        const QString encText = r.useP95 ? ms(e) + QStringLiteral(" (median ") + ms(r.encrypted.median) + u')'
                                         : ms(e) + QStringLiteral(" (p95 ") + ms(r.encrypted.p95) + u')';
        const double p = r.plain ? (r.useP95 ? r.plain->p95 : r.plain->median) : 0;
        out << "| " << r.scenario << " | " << r.target << " | " << encText << " | "
            << (r.plain ? ms(p) : QStringLiteral("—")) << " | "
            << (r.plain ? QString::number(e / std::max(0.001, p), 'f', 2) : QStringLiteral("—")) << " |\n";
        QJsonObject o{{QStringLiteral("key"), r.key},
                      {QStringLiteral("scenario"), r.scenario},
                      {QStringLiteral("target"), r.target},
                      {QStringLiteral("targetIsP95"), r.useP95},
                      {QStringLiteral("sqliteAllocations"), r.allocations},
                      {QStringLiteral("encryptedMedianMs"), r.encrypted.median},
                      {QStringLiteral("encryptedP95Ms"), r.encrypted.p95}};
        if (r.plain) {
            o.insert(QStringLiteral("plainMedianMs"), r.plain->median);
            o.insert(QStringLiteral("plainP95Ms"), r.plain->p95);
            o.insert(QStringLiteral("ratio"), e / std::max(0.001, p));
        }
        json.append(o);
    }
    const auto mb = [&](const char* k) -> QString {
        return QString::number(memory.value(QLatin1String(k)).toDouble(), 'f', 1);
    };
    out << "| peak resident memory, vault open with list, search and client page | ≤ 150 MB | "
        << mb("peakAfterUnlockMb") << " MB (resident at the end " << mb("residentMb") << " MB) | | |\n";
    out << "| for comparison: peak during key derivation (Argon2id working memory) | — | "
        << mb("peakWithKeyDerivationMb") << " MB | | |\n";
    Qt::endl(out);
    for (const QString& line : perPage)
        out << line << ".\n";
    // SQLCipher's memory security on against off, for what runs on an open vault. The pragma is process-wide
    // and never turns off again, so each setting runs in a process of its own (--warm-only), in pairs whose
    // order alternates round by round; a ratio is the median of the rounds' ratios, so drift on a shared
    // machine between two processes falls on both settings alike.
    QJsonArray security;
    const int rounds = parser.value(QStringLiteral("memory-security-rounds")).toInt();
    if (rounds > 0) {
        const auto runChild = [&](bool on, int round) {
            const QString figures = tmp.filePath(QStringLiteral("security-%1-%2.json").arg(round).arg(on));
            QStringList args{QStringLiteral("--size"),
                             sizeName,
                             QStringLiteral("--reps"),
                             QString::number(reps),
                             QStringLiteral("--keep"),
                             workDir,
                             QStringLiteral("--warm-only"),
                             QStringLiteral("--json"),
                             figures};
            if (!on)
                args.append(QStringLiteral("--no-memory-security"));
            if (!only.isEmpty())
                args << QStringLiteral("--only") << only.join(u',');
            QProcess child;
            child.setStandardOutputFile(QProcess::nullDevice());
            child.start(QCoreApplication::applicationFilePath(), args);
            if (!child.waitForFinished(-1) || child.exitCode() != 0)
                qFatal("the memory-security run failed: %s", child.readAllStandardError().constData());
            QFile f(figures);
            if (!f.open(QIODevice::ReadOnly))
                qFatal("no figures from the memory-security run");
            QHash<QString, QJsonObject> byKey;
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("results")).toArray())
                byKey.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
            return byKey;
        };
        const auto figure = [](const QJsonObject& o) {
            return o
                .value(o.value(QStringLiteral("targetIsP95")).toBool() ? QStringLiteral("encryptedP95Ms")
                                                                       : QStringLiteral("encryptedMedianMs"))
                .toDouble();
        };
        QStringList keys;
        QHash<QString, QString> names;
        QHash<QString, QList<double>> off, on, ratio;
        for (int round = 0; round < rounds; ++round) {
            const bool onFirst = round % 2 == 0;
            auto first = runChild(onFirst, round);
            auto second = runChild(!onFirst, round);
            const auto& withOn = onFirst ? first : second;
            const auto& withOff = onFirst ? second : first;
            for (const Row& r : std::as_const(rows)) {
                if (!r.plain || !withOn.contains(r.key) || !withOff.contains(r.key))
                    continue; // key derivation and backup: not run on an open vault
                if (!keys.contains(r.key)) {
                    keys.append(r.key);
                    names.insert(r.key, r.scenario);
                }
                const double a = figure(withOff.value(r.key)), b = figure(withOn.value(r.key));
                off[r.key].append(a);
                on[r.key].append(b);
                ratio[r.key].append(b / std::max(0.001, a));
            }
        }
        const auto median = [](QList<double> v) {
            std::sort(v.begin(), v.end());
            return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
        };
        out << "SQLCipher memory security on against off (encrypted side; medians of " << rounds
            << " rounds of two processes, " << reps << " repetitions each):\n\n"
            << "| scenario | SQLite allocations a repetition | memory security off | on | on ÷ off (target ≤ 1.15 "
               "when warm) | round ratios |\n"
            << "|---|---|---|---|---|---|\n";
        for (const QString& k : std::as_const(keys)) {
            QStringList each;
            for (double x : ratio.value(k))
                each.append(QString::number(x, 'f', 2));
            const double r = median(ratio.value(k));
            const auto row = std::find_if(rows.cbegin(), rows.cend(), [&k](const Row& x) { return x.key == k; });
            out << "| " << names.value(k) << " | "
                << (row->allocations < 0 ? QStringLiteral("—") : QString::number(row->allocations)) << " | "
                << ms(median(off.value(k))) << " | " << ms(median(on.value(k))) << " | " << QString::number(r, 'f', 2)
                << " | " << each.join(QStringLiteral(", ")) << " |\n";
            security.append(QJsonObject{{QStringLiteral("key"), k},
                                        {QStringLiteral("sqliteAllocations"), row->allocations},
                                        {QStringLiteral("offMs"), median(off.value(k))},
                                        {QStringLiteral("onMs"), median(on.value(k))},
                                        {QStringLiteral("ratio"), r}});
        }
        Qt::endl(out);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QFile f(parser.value(QStringLiteral("json")));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("size"), QString::fromLatin1(size.name)},
                                          {QStringLiteral("repetitions"), reps},
                                          {QStringLiteral("memorySecurity"), Database::memorySecurity()},
                                          {QStringLiteral("memory"), memory},
                                          {QStringLiteral("perPage"), QJsonArray::fromStringList(perPage)},
                                          {QStringLiteral("memorySecurityOnAgainstOff"), security},
                                          {QStringLiteral("results"), json}})
                    .toJson());
    }
    return 0;
}
