// SPDX-License-Identifier: GPL-3.0-or-later
// Crash safety: a child process (crash_writer) commits rows to a vault while this test kills it with
// SIGKILL at a random moment, over and over. After every kill the vault must unlock in this process
// (the dead child's lock file must not block it), pass SQLCipher's and SQLite's integrity checks, and
// hold every row the child reported as committed, with ids contiguous from 1 and every payload intact.
//
// SIGKILL leaves the operating system's page cache alone, so this proves SQLite's atomic commit with
// our WAL settings when the program dies, not durability when the power fails.
//
// Half of the kills are timed from the child's start (they land in start-up, unlocking and opening
// too), half from its "ready" line (they land among commits however slow the machine is).
//
// Environment:
//   CONTINUUM_CRASH_ITERATIONS  number of kills; 50 by default (the CTest run). For a stress run of
//                               thousands, also lift Qt Test's five-minute limit per test function:
//                                 CONTINUUM_CRASH_ITERATIONS=5000 QTEST_FUNCTION_TIMEOUT=86400000 ./tst_crashsafety
//   CONTINUUM_CRASH_SEED        seed for the kill delays; every run prints the one it used. The same
//                               seed repeats the same delays (scheduling still varies from run to run).

#include "storage/Statement.h"
#include "support/TestSupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;

namespace {

// Both must match crash_writer.cpp, which wrote the payloads this test recomputes.
constexpr qint64 kLiveRows = 256;

QByteArray payloadFor(qint64 id)
{
    QRandomGenerator gen(static_cast<quint32>(id));
    const int size = 1024 + static_cast<int>(gen.bounded(15 * 1024 + 1));
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = static_cast<char>(gen.generate() & 0xFF);
    return bytes;
}

constexpr int kDefaultIterations = 50;
constexpr int kMinDelayMs = 20;
constexpr int kMaxDelayMs = 250;
constexpr int kReadyTimeoutMs = 30000;

struct ChildRun {
    QList<qint64> committed; ///< ids from complete "committed N" lines, in order
    bool ready = false;
    bool runningWhenKilled = false;
    QProcess::ExitStatus exitStatus = QProcess::NormalExit;
    int exitCode = 0;
    QByteArray errorOutput;
};

/// Starts crash_writer on dir, lets it run delayMs (counted from its start, or from its "ready" line
/// when fromReady), kills it and collects what it reported. An error text when the run itself failed.
QString runAndKill(const QString& dir, qint64 startId, int delayMs, bool fromReady, ChildRun& run)
{
    QProcess child;
    child.setProgram(QStringLiteral(CRASH_WRITER));
    child.setArguments({dir, QString::number(startId)});
    child.start();
    if (!child.waitForStarted(10000))
        return QStringLiteral("crash_writer did not start: ") + child.errorString();
    child.write(test::testPassphrase().toUtf8() + '\n');
    child.closeWriteChannel();

    QByteArray out;
    if (fromReady) {
        const QDeadlineTimer readyBy(kReadyTimeoutMs);
        while (!out.contains("ready\n") && child.state() == QProcess::Running && !readyBy.hasExpired()) {
            child.waitForReadyRead(static_cast<int>(readyBy.remainingTime()));
            out += child.readAllStandardOutput();
        }
    }
    const QDeadlineTimer killAt(delayMs);
    while (child.state() == QProcess::Running && !killAt.hasExpired()) {
        // Reading as it comes keeps the pipe from filling up and stalling the child.
        child.waitForReadyRead(static_cast<int>(killAt.remainingTime()));
        out += child.readAllStandardOutput();
    }
    run.runningWhenKilled = child.state() == QProcess::Running;
    child.kill();
    if (!child.waitForFinished(10000))
        return QStringLiteral("crash_writer did not die after SIGKILL");
    out += child.readAllStandardOutput();
    run.exitStatus = child.exitStatus();
    run.exitCode = child.exitCode();
    run.errorOutput = child.readAllStandardError();

    // A line cut off by the kill (no newline yet) is ignored: only complete lines count as reports.
    QList<QByteArray> lines = out.split('\n');
    lines.removeLast();
    for (const QByteArray& line : std::as_const(lines)) {
        if (line == "ready") {
            run.ready = true;
            continue;
        }
        bool isNumber = false;
        const qint64 id = line.startsWith("committed ") ? line.mid(10).toLongLong(&isNumber) : 0;
        if (!isNumber)
            return QStringLiteral("unexpected output from crash_writer: ") + QString::fromUtf8(line);
        run.committed.append(id);
    }
    if (fromReady && !run.ready) {
        return QStringLiteral("crash_writer never became ready: ") + QString::fromUtf8(run.errorOutput) +
               QString::fromUtf8(out);
    }
    return {};
}

/// Checks the rows after a kill: ids 1..max with no hole, every reported id present, and payloads as
/// written (live rows) or emptied (older rows). Sets maxId. An error text on the first problem.
QString checkRows(Vault& vault, const QList<qint64>& reported, qint64& maxId)
{
    Database& db = vault.database();
    const auto hasTable =
        db.queryInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'crash_rows'");
    if (!hasTable)
        return hasTable.error().detail;
    if (hasTable.value() == 0) {
        // Killed before the first child ever created its table: then nothing can have been reported.
        maxId = 0;
        return reported.isEmpty() ? QString() : QStringLiteral("rows were reported but the table is missing");
    }
    auto extent = db.prepare("SELECT count(*), coalesce(min(id), 0), coalesce(max(id), 0) FROM crash_rows");
    if (!extent)
        return extent.error().detail;
    if (auto row = extent->step(); !row || !row.value())
        return row ? QStringLiteral("no row from count(*)") : row.error().detail;
    const qint64 count = extent->columnInt64(0);
    const qint64 minimum = extent->columnInt64(1);
    maxId = extent->columnInt64(2);
    if (count != maxId || (maxId > 0 && minimum != 1))
        return QStringLiteral("ids are not contiguous from 1: %1 rows, min %2, max %3")
            .arg(count)
            .arg(minimum)
            .arg(maxId);

    auto find = db.prepare("SELECT 1 FROM crash_rows WHERE id = ?1");
    if (!find)
        return find.error().detail;
    for (const qint64 id : reported) {
        find->reset();
        find->bind(1, id);
        auto row = find->step();
        if (!row)
            return row.error().detail;
        if (!row.value())
            return QStringLiteral("row %1 was reported committed but is missing (max id %2)").arg(id).arg(maxId);
    }

    auto stale = db.prepare("SELECT count(*) FROM crash_rows WHERE id <= ?1 AND length(payload) <> 0");
    if (!stale)
        return stale.error().detail;
    stale->bind(1, maxId - kLiveRows);
    if (auto row = stale->step(); !row || !row.value())
        return row ? QStringLiteral("no row from count(*)") : row.error().detail;
    if (stale->columnInt64(0) != 0)
        return QStringLiteral("%1 rows older than the live window still hold a payload").arg(stale->columnInt64(0));
    auto live = db.prepare("SELECT id, payload FROM crash_rows WHERE id > ?1 ORDER BY id");
    if (!live)
        return live.error().detail;
    live->bind(1, maxId - kLiveRows);
    while (true) {
        auto row = live->step();
        if (!row)
            return row.error().detail;
        if (!row.value())
            break;
        const qint64 id = live->columnInt64(0);
        if (live->columnBlob(1) != payloadFor(id))
            return QStringLiteral("the payload of row %1 is not what was written").arg(id);
    }
    return {};
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNoCommittedRow();
};

void TestCrashSafety::killedWriterLosesNoCommittedRow()
{
    bool ok = false;
    int iterations = qEnvironmentVariableIntValue("CONTINUUM_CRASH_ITERATIONS", &ok);
    if (!ok || iterations <= 0)
        iterations = kDefaultIterations;
    quint32 seed = qEnvironmentVariable("CONTINUUM_CRASH_SEED").toUInt(&ok);
    if (!ok)
        seed = QRandomGenerator::system()->generate();
    qInfo("%d iterations, seed %u (set CONTINUUM_CRASH_SEED=%u to repeat the kill delays)", iterations, seed, seed);
    QRandomGenerator delays(seed);

    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    test::createTestVault(dir).vault->lock();

    QElapsedTimer clock;
    clock.start();
    qint64 nextId = 1;
    qint64 reportedTotal = 0;
    qint64 unreportedTotal = 0;
    int runsWithCommits = 0;
    int staleLocks = 0;
    for (int i = 0; i < iterations; ++i) {
        const bool fromReady = i % 2 == 1;
        const int delayMs = delays.bounded(kMinDelayMs, kMaxDelayMs + 1);
        const QString where = QStringLiteral("iteration %1 (delay %2 ms%3, seed %4): ")
                                  .arg(i)
                                  .arg(delayMs)
                                  .arg(fromReady ? QStringLiteral(" after ready") : QString())
                                  .arg(seed);

        ChildRun run;
        const QString runError = runAndKill(dir, nextId, delayMs, fromReady, run);
        QVERIFY2(runError.isEmpty(), qPrintable(where + runError));
        // The writer never stops on its own: exiting before the kill means it hit an error.
        QVERIFY2(run.runningWhenKilled,
                 qPrintable(where + QStringLiteral("crash_writer exited by itself with code %1: %2")
                                        .arg(run.exitCode)
                                        .arg(QString::fromUtf8(run.errorOutput))));
        QCOMPARE(run.exitStatus, QProcess::CrashExit);
        for (int k = 0; k < run.committed.size(); ++k)
            QCOMPARE(run.committed.at(k), nextId + k);

        if (QFile::exists(VaultFiles::lock(dir)))
            ++staleLocks;
        auto vault = Vault::unlock(dir, test::secret(test::testPassphrase()));
        if (!vault) {
            QFile lockFile(VaultFiles::lock(dir));
            const QByteArray lockInfo = lockFile.open(QIODevice::ReadOnly) ? lockFile.readAll() : QByteArray("(none)");
            QFAIL(qPrintable(where + QStringLiteral("unlock after the kill failed: ") + errorCodeName(vault.code()) +
                             QStringLiteral(": ") + vault.error().detail + QStringLiteral("; lock file: ") +
                             QString::fromUtf8(lockInfo.toPercentEncoding(" \n"))));
        }
        auto report = vault.value()->checkIntegrity();
        QVERIFY2(report, qPrintable(where + report.error().detail));
        QVERIFY2(report->ok, qPrintable(where + report->problems.join(QStringLiteral("; "))));

        qint64 maxId = 0;
        const QString rowError = checkRows(*vault.value(), run.committed, maxId);
        QVERIFY2(rowError.isEmpty(), qPrintable(where + rowError));
        QVERIFY2(maxId >= nextId - 1, qPrintable(where + QStringLiteral("rows vanished: max id %1").arg(maxId)));
        vault.value()->lock();

        reportedTotal += run.committed.size();
        unreportedTotal += maxId - (nextId - 1) - run.committed.size();
        if (!run.committed.isEmpty())
            ++runsWithCommits;
        nextId = maxId + 1;
    }

    qInfo("%lld rows reported committed, %lld more committed but killed before reporting, %d of %d runs "
          "reported commits, %d stale lock files taken over, %lld ms",
          reportedTotal, unreportedTotal, runsWithCommits, iterations, staleLocks, clock.elapsed());
    // Without these the loop above could pass without ever killing a writer among its commits.
    QVERIFY(reportedTotal > 0);
    QVERIFY(runsWithCommits > 0);
    QVERIFY(staleLocks > 0);
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
