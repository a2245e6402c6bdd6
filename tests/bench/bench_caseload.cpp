// SPDX-License-Identifier: GPL-3.0-or-later
// Caseload-scale benchmarks. Not part of CTest: run by hand (see README.md beside this file).
// Every scenario runs on the encrypted vault and on an unencrypted copy of the same database opened by
// the same code, in the same process, so the encryption cost reads as a ratio measured side by side.
#include "CaseloadGenerator.h"

#include "domain/Domain.h"
#include "printing/Reports.h"
#include "report/ReportData.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <sys/resource.h>

using namespace continuum;

namespace {

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats measure(int reps, const std::function<void()>& work)
{
    QList<double> ms;
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)))};
}

struct Row {
    QString scenario;
    QString target;
    Stats encrypted;
    std::optional<Stats> plain;
    bool useP95 = false;
};

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

void fail(const char* what, const Error& e)
{
    qFatal("%s: %s", what, qPrintable(e.detail));
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("size"), QStringLiteral("small, medium or large"), QStringLiteral("SIZE"),
                      QStringLiteral("small")});
    parser.addOption({QStringLiteral("reps"), QStringLiteral("repetitions per scenario"), QStringLiteral("N"),
                      QStringLiteral("30")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("write results here"), QStringLiteral("FILE")});
    parser.process(app);
    const QString sizeName = parser.value(QStringLiteral("size"));
    const bench::CaseloadSize size = sizeName == QStringLiteral("large")    ? bench::kLarge
                                     : sizeName == QStringLiteral("medium") ? bench::kMedium
                                                                            : bench::kSmall;
    const int reps = parser.value(QStringLiteral("reps")).toInt();
    QTextStream out(stdout);

    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    const SecureBytes passphrase = SecureBytes::fromText(QStringLiteral("benchmark passphrase"));
    QElapsedTimer setup;
    setup.start();
    auto created = Vault::create(dir, passphrase, KdfParams::moderate());
    if (!created)
        fail("create", created.error());
    auto generated = bench::generateCaseload(created->vault->database(), size, 20261128, QDate::currentDate());
    if (!generated)
        fail("generate", generated.error());
    // The unencrypted copy of the same database, made with SQLCipher's own export. Benchmark-only.
    const QString plainPath = tmp.filePath(QStringLiteral("plain.db"));
    {
        // The vault's connection may not create files, so the (empty) target is made first.
        auto make = Database::open(plainPath, Database::OpenMode::ReadWriteCreate);
        if (!make || !make->exec("CREATE TABLE scratch (x); DROP TABLE scratch;"))
            qFatal("could not create the unencrypted copy");
        (void)make->close();
        auto st = created->vault->database().prepare("ATTACH DATABASE ?1 AS plain KEY ''");
        st->bind(1, plainPath);
        if (auto s = st->run(); !s)
            fail("attach", s.error());
        if (auto s = created->vault->database().exec("SELECT sqlcipher_export('plain'); DETACH DATABASE plain;"); !s)
            fail("export", s.error());
    }
    created->vault->lock();
    out << "Generated the " << size.name << " caseload (" << size.clients << " clients, " << size.sessions
        << " sessions) in " << setup.elapsed() / 1000.0 << " s\n";
    Qt::endl(out);

    QList<Row> rows;
    // Unlock: key derivation alone, then everything else.
    const auto slots = KeySlotFile::read(VaultFiles::keySlots(dir)).value();
    SecureBytes key;
    const Stats kdf = measure(std::max(3, reps / 10), [&] {
        key = unwrapKey(*slots.slot(KeySlotKind::Passphrase), passphrase, slots.vaultId).value();
    });
    rows.append({QStringLiteral("unlock: key derivation (Argon2id, MODERATE)"), QStringLiteral("0.5–1 s by design"),
                 kdf, std::nullopt});
    const Stats openEncrypted = measure(reps, [&] {
        auto db = Vault::openDatabase(VaultFiles::database(dir), key, false);
        if (!db)
            fail("open", db.error());
    });
    const Stats openPlain = measure(reps, [&] {
        auto db = Database::open(plainPath, Database::OpenMode::ReadWrite);
        (void)Vault::configureConnection(db.value());
        (void)db->queryInt("SELECT count(*) FROM sqlite_schema");
    });
    rows.append(
        {QStringLiteral("unlock, excluding key derivation"), QStringLiteral("≤ 100 ms"), openEncrypted, openPlain});

    auto encrypted = Vault::unlock(dir, passphrase);
    if (!encrypted)
        fail("unlock", encrypted.error());
    auto plainDb = Database::open(plainPath, Database::OpenMode::ReadWrite).value();
    (void)Vault::configureConnection(plainDb);
    SystemClock clock;
    Domain encDomain(encrypted.value()->database(), clock);
    Domain plainDomain(plainDb, clock);
    const double rss = peakRssMb();

    const auto both = [&](const QString& name, const QString& target, bool p95,
                          const std::function<void(Domain&)>& work) {
        Row r{name, target, measure(reps, [&] { work(encDomain); }), measure(reps, [&] { work(plainDomain); }), p95};
        rows.append(r);
    };
    // What ClientListModel does on reset: the count and the first page.
    both(QStringLiteral("client list ready with first screenful"), QStringLiteral("≤ 50 ms"), false, [](Domain& d) {
        (void)d.clients().count({});
        (void)d.clients().search({QString(), false, StatusFilter::Current, 0, 100});
    });
    both(QStringLiteral("search keystroke (4-letter prefix, each keystroke), p95"), QStringLiteral("≤ 16 ms"), true,
         [&](Domain& d) {
             static int k = 0;
             const QString typed = generated->searchPrefix.left(1 + (k++ % 4));
             (void)d.clients().count({typed, false, StatusFilter::Current, 0, 100});
             (void)d.clients().search({typed, false, StatusFilter::Current, 0, 100});
         });
    both(QStringLiteral("open a client page (100 sessions)"), QStringLiteral("≤ 50 ms"), false, [&](Domain& d) {
        (void)d.clients().client(generated->busiestClient);
        (void)d.goals().goalsForClient(generated->busiestClient);
        (void)d.sessions().sessionsForClient(generated->busiestClient);
        (void)d.goals().readinessTrend(generated->busiestGoal);
    });
    both(QStringLiteral("compute a goal's readiness trend"), QStringLiteral("—"), false,
         [&](Domain& d) { (void)d.goals().readinessTrend(generated->busiestGoal); });
    SessionContent draft;
    draft.date = QDate::currentDate();
    draft.note = {{QStringLiteral("data"), QStringLiteral("Autosaved draft text")}};
    const SessionId encDraft = encDomain.sessions().createDraft(generated->busiestClient, draft).value();
    const SessionId plainDraft = plainDomain.sessions().createDraft(generated->busiestClient, draft).value();
    both(QStringLiteral("save a session draft (durable commit)"), QStringLiteral("≤ 10 ms"), false, [&](Domain& d) {
        draft.note[0].body += QLatin1Char('.');
        (void)d.sessions().saveDraft(&d == &encDomain ? encDraft : plainDraft, draft);
    });
    {
        // Signing: a fresh draft each time, only the sign is timed.
        QList<double> e, p;
        for (int i = 0; i < reps; ++i) {
            for (Domain* d : {&encDomain, &plainDomain}) {
                const SessionId id = d->sessions().createDraft(generated->busiestClient, draft).value();
                QElapsedTimer t;
                t.start();
                (void)d->sessions().sign(id);
                (d == &encDomain ? e : p).append(double(t.nsecsElapsed()) / 1e6);
            }
        }
        std::sort(e.begin(), e.end());
        std::sort(p.begin(), p.end());
        rows.append({QStringLiteral("sign a session"),
                     QStringLiteral("≤ 10 ms"),
                     {e.at(e.size() / 2), e.at(std::min<qsizetype>(e.size() - 1, qsizetype(e.size() * 0.95)))},
                     Stats{p.at(p.size() / 2), p.at(std::min<qsizetype>(p.size() - 1, qsizetype(p.size() * 0.95)))}});
    }
    const QString pdf = tmp.filePath(QStringLiteral("summary.pdf"));
    both(QStringLiteral("render a client goal summary to PDF"), QStringLiteral("≤ 300 ms"), false, [&](Domain& d) {
        auto data = buildGoalSummary(d, generated->busiestClient, {{}, false, QDate::currentDate()});
        auto doc = ui::goalSummaryDocument(data.value());
        (void)ui::writePdf(*doc, pdf, {QStringLiteral("bench"), {}});
    });
    const QString backup = tmp.filePath(QStringLiteral("b.continuum-backup"));
    rows.append({QStringLiteral("backup of the whole vault"), QStringLiteral("≤ 3 s"),
                 measure(std::max(3, reps / 10), [&] { (void)encrypted.value()->backupTo(backup); }), std::nullopt});

    // Report.
    out << "| scenario | target | encrypted | unencrypted | encrypted ÷ unencrypted |\n|---|---|---|---|---|\n";
    QJsonArray json;
    for (const Row& r : rows) {
        const double e = r.useP95 ? r.encrypted.p95 : r.encrypted.median;
        const QString plain =
            r.plain ? QString::number(r.useP95 ? r.plain->p95 : r.plain->median, 'f', 2) + QStringLiteral(" ms")
                    : QStringLiteral("—");
        const QString ratio =
            r.plain ? QString::number(e / std::max(0.001, r.useP95 ? r.plain->p95 : r.plain->median), 'f', 2)
                    : QStringLiteral("—");
        out << "| " << r.scenario << " | " << r.target << " | " << QString::number(e, 'f', 2) << " ms (p95 "
            << QString::number(r.encrypted.p95, 'f', 2) << ") | " << plain << " | " << ratio << " |\n";
        QJsonObject o{{QStringLiteral("scenario"), r.scenario},
                      {QStringLiteral("encryptedMedianMs"), r.encrypted.median},
                      {QStringLiteral("encryptedP95Ms"), r.encrypted.p95}};
        if (r.plain) {
            o.insert(QStringLiteral("plainMedianMs"), r.plain->median);
            o.insert(QStringLiteral("plainP95Ms"), r.plain->p95);
        }
        json.append(o);
    }
    out << "| peak resident memory after opening | ≤ 150 MB | " << QString::number(rss, 'f', 1) << " MB | | |\n";
    if (parser.isSet(QStringLiteral("json"))) {
        QFile f(parser.value(QStringLiteral("json")));
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QJsonDocument(QJsonObject{{QStringLiteral("size"), QString::fromLatin1(size.name)},
                                              {QStringLiteral("repetitions"), reps},
                                              {QStringLiteral("peakRssMb"), rss},
                                              {QStringLiteral("results"), json}})
                        .toJson());
        }
    }
    return 0;
}
