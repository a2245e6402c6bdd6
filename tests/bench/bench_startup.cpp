// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up, as the counselor sees it (issue 17):
//  1. from starting the program to its unlock window painted: the real program in a child process,
//     timed from just before exec to the first paint the child reports (CONTINUUM_PAINT_PROBE, both
//     clocks CLOCK_MONOTONIC); beside it, in the same run, `continuum --version` from exec to exit, the
//     floor of starting any Qt program here;
//  2. from a passphrase accepted (key derivation and the database opening done, on their thread) to
//     Today painted: in this process, through AppController as the program runs it, on the given vault
//     (the large caseload) and, alternating with it, on an empty vault.
// Medians and 95th percentiles; the ratios are against the baseline measured alongside.
#include "AppController.h"
#include "common/PaintProbe.h"
#include "crypto/SecureBytes.h"
#include "security/WipeOnFree.h"
#include "storage/Database.h"
#include "util/AppIdentity.h"
#include "vault/Vault.h"
#include "vaultdialogs/UnlockDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace continuum;

namespace {

const char* const kPassphrase = "benchmark passphrase"; // bench_caseload's vaults

struct Stats {
    double median = 0;
    double p95 = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    if (ms.isEmpty())
        return {};
    const auto at = [&ms](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size()))));
    };
    return {ms.size() % 2 ? ms.at(ms.size() / 2) : (ms.at(ms.size() / 2 - 1) + ms.at(ms.size() / 2)) / 2, at(0.95)};
}

/// Processes events until `done` or the timeout; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 60000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

/// Exec to exit of `program args`, in ms.
double timeToExit(const QString& program, const QStringList& args)
{
    QProcess p;
    const qint64 t0 = ui::PaintProbe::monotonicNs();
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("%s %s did not finish", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))));
    return double(ui::PaintProbe::monotonicNs() - t0) / 1e6;
}

/// Exec of `program args` to its first paint of `objectName`, in ms (the child reports and quits).
double timeToPaint(const QString& program, const QStringList& args, const QString& objectName)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(ui::PaintProbe::kEnvironmentVariable), objectName);
    p.setProcessEnvironment(env);
    const qint64 t0 = ui::PaintProbe::monotonicNs();
    p.start(program, args);
    if (!p.waitForFinished(30000))
        qFatal("%s did not report its first paint", qPrintable(program));
    const QList<QByteArray> words = p.readAllStandardOutput().trimmed().split(' ');
    if (words.size() != 3 || words.at(0) != "painted")
        qFatal("unexpected report from %s: %s", qPrintable(program), p.readAllStandardError().constData());
    return double(words.at(2).toLongLong() - t0) / 1e6;
}

/// Remembers when the event being delivered to the application object began: the key derivation's
/// result arrives as such an event (runInBackground), and the unlock happens inside it.
class MetaCallClock final : public QObject
{
public:
    MetaCallClock() { qApp->installEventFilter(this); }
    qint64 lastStart = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == qApp && event->type() == QEvent::MetaCall)
            lastStart = ui::PaintProbe::monotonicNs();
        return false;
    }
};

/// One unlock of the controller's vault, from the result of key derivation to Today painted, in ms.
double unlockToToday(ui::AppController& app, const QString& passphrase)
{
    if (!waitFor([&app] { return app.unlockDialog() && app.unlockDialog()->isVisible(); }))
        qFatal("no unlock window");
    MetaCallClock clock;
    qint64 start = 0;
    qint64 painted = 0;
    const QMetaObject::Connection c =
        QObject::connect(app.unlockDialog(), &ui::UnlockDialog::unlocked, [&] { start = clock.lastStart; });
    ui::PaintProbe probe(QStringLiteral("todayView"), [&painted](qint64 ns) { painted = ns; });
    app.unlockDialog()->findChild<QLineEdit*>(QStringLiteral("passphraseEdit"))->setText(passphrase);
    app.unlockDialog()->findChild<QPushButton*>(QStringLiteral("unlockButton"))->click();
    if (!waitFor([&painted] { return painted != 0; }))
        qFatal("Today was not painted after the unlock");
    QObject::disconnect(c);
    if (start == 0)
        qFatal("the unlock did not come from the key derivation's result");
    app.lock();
    return double(painted - start) / 1e6;
}

} // namespace

int main(int argc, char* argv[])
{
#ifdef CONTINUUM_HAS_WIPE_ON_FREE
    if (wipeOnFreeActive()) // as the program decides (app/main.cpp)
        Database::setMemorySecurity(false);
#endif
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // this program's settings stay out of the user's
    setApplicationIdentity();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Start-up benchmark (tests/bench/README.md)"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("program"), QStringLiteral("the continuum program"), QStringLiteral("FILE"),
                      QStringLiteral(CONTINUUM_PROGRAM)});
    parser.addOption({QStringLiteral("vault"),
                      QStringLiteral("a vault to unlock (bench_caseload --keep DIR leaves one in DIR/vault, passphrase "
                                     "\"benchmark passphrase\"); without it, only the empty vault is measured"),
                      QStringLiteral("DIR")});
    parser.addOption(
        {QStringLiteral("reps"), QStringLiteral("repetitions"), QStringLiteral("N"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("also write the figures here"), QStringLiteral("FILE")});
    parser.process(app);
    const QString program = parser.value(QStringLiteral("program"));
    const int reps = std::max(1, parser.value(QStringLiteral("reps")).toInt());
    QTextStream out(stdout);

    QTemporaryDir tmp;
    const QString empty = tmp.filePath(QStringLiteral("empty"));
    if (auto created =
            Vault::create(empty, SecureBytes::fromText(QString::fromLatin1(kPassphrase)), KdfParams::interactive());
        created)
        created->vault->lock();
    else
        qFatal("could not create the empty vault");
    const QString vault = parser.isSet(QStringLiteral("vault")) ? parser.value(QStringLiteral("vault")) : empty;

    // 1. Exec to the unlock window, alternating with the baseline, after one untimed run of each.
    QList<double> version, toUnlock;
    (void)timeToExit(program, {QStringLiteral("--version")});
    (void)timeToPaint(program, {QStringLiteral("--vault"), vault}, QStringLiteral("unlockDialog"));
    for (int i = 0; i < reps; ++i) {
        version.append(timeToExit(program, {QStringLiteral("--version")}));
        toUnlock.append(timeToPaint(program, {QStringLiteral("--vault"), vault}, QStringLiteral("unlockDialog")));
    }

    // 2. Passphrase accepted to Today, on the vault and on the empty one, alternating.
    // One controller at a time, as in the program (a lock closes every dialog but its own unlock window).
    QList<double> full, bare;
    const QString pass = QString::fromLatin1(kPassphrase);
    const auto once = [&pass](const QString& dir) {
        ui::AppController controller({dir, KdfParams::interactive()});
        controller.start();
        const double t = unlockToToday(controller, pass);
        waitFor([] { return false; }, 50); // the closed window is deleted before the next one
        return t;
    };
    (void)once(vault);
    (void)once(empty);
    for (int i = 0; i < reps; ++i) {
        full.append(once(vault));
        bare.append(once(empty));
    }

    const Stats v = stats(version), u = stats(toUnlock), f = stats(full), b = stats(bare);
    const auto ms = [](double x) -> QString { return QString::number(x, 'f', 1) + QStringLiteral(" ms"); };
    out << "| scenario | target | median | p95 | baseline (median) | ÷ baseline |\n|---|---|---|---|---|---|\n";
    out << "| program started to unlock window painted | ≤ 300 ms | " << ms(u.median) << " | " << ms(u.p95)
        << " | `--version`, exec to exit: " << ms(v.median) << " | " << QString::number(u.median / v.median, 'f', 2)
        << " |\n";
    out << "| passphrase accepted (key derivation excluded) to Today painted | ≤ 100 ms | " << ms(f.median) << " | "
        << ms(f.p95) << " | the same on an empty vault: " << ms(b.median) << " | "
        << QString::number(f.median / b.median, 'f', 2) << " |\n";
    out << "(" << reps << " repetitions; vault: " << vault << ")\n";
    out.flush();

    if (parser.isSet(QStringLiteral("json"))) {
        const auto row = [](const char* key, const Stats& s, const Stats& base) {
            return QJsonObject{{QStringLiteral("key"), QString::fromLatin1(key)},
                               {QStringLiteral("medianMs"), s.median},
                               {QStringLiteral("p95Ms"), s.p95},
                               {QStringLiteral("baselineMedianMs"), base.median}};
        };
        QFile file(parser.value(QStringLiteral("json")));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(file.fileName()));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("results"),
                                              QJsonArray{row("startToUnlockPainted", u, v),
                                                         row("unlockToTodayPainted", stats(full), b)}}})
                       .toJson());
    }
    return 0;
}
