// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for tst_crashsafety: commits rows to a vault until it is killed.
//
//   crash_writer VAULT_DIR START_ID      (the passphrase is read as one line from standard input)
//
// Prints "ready" once the vault is open and the scratch table exists, then "committed N" for each row
// N, only after the transaction holding it has committed. Rows get ids START_ID, START_ID+1, ... with
// no gaps, so the test can check that every reported commit survived and nothing else went missing.
// Each transaction also empties the payloads of rows that fell kLiveRows behind the newest one (delete,
// insert again empty), so the database stays small however many thousand times the test kills this
// program, and commits mix inserts with deletes that free and reuse pages.
// Exits non-zero, with the error on standard error, on any failure.

#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>

namespace {

using namespace continuum;

// Both must match tst_crashsafety.cpp, which recomputes every payload it finds.
constexpr qint64 kLiveRows = 256;

QByteArray payloadFor(qint64 id)
{
    QRandomGenerator gen(static_cast<quint32>(id));
    const int size = 1024 + static_cast<int>(gen.bounded(15 * 1024 + 1)); // 1 KiB to 16 KiB
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes)
        c = static_cast<char>(gen.generate() & 0xFF);
    return bytes;
}

int fail(const QString& what)
{
    std::fprintf(stderr, "crash_writer: %s\n", qPrintable(what));
    return 1;
}

int fail(const QString& what, const Error& error)
{
    return fail(what + QStringLiteral(": ") + errorCodeName(error.code) + QStringLiteral(": ") + error.detail);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3)
        return fail(QStringLiteral("usage: crash_writer VAULT_DIR START_ID (passphrase on stdin)"));
    bool isNumber = false;
    const qint64 startId = args.at(2).toLongLong(&isNumber);
    if (!isNumber || startId < 1)
        return fail(QStringLiteral("START_ID must be a positive integer, not ") + args.at(2));

    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read standard input"));
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return fail(QStringLiteral("no passphrase on standard input"));

    auto unlocked = Vault::unlock(args.at(1), SecureBytes::fromText(QString::fromUtf8(line)));
    line.fill('\0');
    if (!unlocked)
        return fail(QStringLiteral("unlock"), unlocked.error());
    const std::unique_ptr<Vault> vault = std::move(unlocked).value();
    Database& db = vault->database();

    {
        auto tx = Transaction::begin(db);
        if (!tx)
            return fail(QStringLiteral("begin"), tx.error());
        if (auto s = db.exec("CREATE TABLE IF NOT EXISTS crash_rows (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)");
            !s)
            return fail(QStringLiteral("create table"), s.error());
        if (auto s = tx->commit(); !s)
            return fail(QStringLiteral("commit of create table"), s.error());
    }
    std::printf("ready\n");
    std::fflush(stdout);

    auto insert = db.prepare("INSERT INTO crash_rows (id, payload) VALUES (?1, ?2)");
    if (!insert)
        return fail(QStringLiteral("prepare insert"), insert.error());
    // Delete and insert again rather than UPDATE: SQLite rebalances pages after a delete but not after
    // an update that shrinks a row, so emptying payloads in place would leave one row per page.
    auto drop = db.prepare("DELETE FROM crash_rows WHERE id = ?1");
    if (!drop)
        return fail(QStringLiteral("prepare delete"), drop.error());
    auto empty = db.prepare("INSERT INTO crash_rows (id, payload) VALUES (?1, X'')");
    if (!empty)
        return fail(QStringLiteral("prepare insert"), empty.error());

    QRandomGenerator batches(static_cast<quint32>(startId));
    qint64 next = startId;
    while (true) {
        // Mostly one row per transaction; a quarter of them carry two to eight.
        const qint64 rows = batches.bounded(4) == 0 ? 2 + batches.bounded(7) : 1;
        auto tx = Transaction::begin(db);
        if (!tx)
            return fail(QStringLiteral("begin"), tx.error());
        for (qint64 id = next; id < next + rows; ++id) {
            insert->reset();
            insert->bind(1, id).bind(2, payloadFor(id));
            if (auto s = insert->run(); !s)
                return fail(QStringLiteral("insert %1").arg(id), s.error());
        }
        // Once this commits every row at or below (newest - kLiveRows) is empty; earlier transactions
        // emptied everything up to (next - 1 - kLiveRows) already.
        for (qint64 id = qMax<qint64>(1, next - kLiveRows); id <= next + rows - 1 - kLiveRows; ++id) {
            drop->reset();
            drop->bind(1, id);
            if (auto s = drop->run(); !s)
                return fail(QStringLiteral("delete %1").arg(id), s.error());
            empty->reset();
            empty->bind(1, id);
            if (auto s = empty->run(); !s)
                return fail(QStringLiteral("insert empty %1").arg(id), s.error());
        }
        if (auto s = tx->commit(); !s)
            return fail(QStringLiteral("commit"), s.error());

        for (qint64 id = next; id < next + rows; ++id)
            std::printf("committed %lld\n", static_cast<long long>(id));
        std::fflush(stdout);
        next += rows;
    }
}
