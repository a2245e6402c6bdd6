// SPDX-License-Identifier: GPL-3.0-or-later
// The RAII layer over the SQLCipher C API: typed binds, statements, transactions that roll back unless
// committed, and errors that carry codes.
#include "crypto/KeySlot.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

using namespace continuum;

namespace {

// Any failure here aborts the test binary loudly: every test below depends on this table.
Database openScratch(const QTemporaryDir& dir)
{
    auto db = Database::open(dir.filePath(QStringLiteral("scratch.db")), Database::OpenMode::ReadWriteCreate);
    if (!db)
        qFatal("open: %s", qPrintable(db.error().detail));
    Database out = std::move(db).value();
    const SecureBytes key = generateDataKey();
    const Status keyed = out.key(key);
    const Status created = out.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB, "
                                    "u TEXT UNIQUE)");
    if (!keyed || !created)
        qFatal("scratch table: %s", qPrintable(created.error().detail));
    return out;
}

qint64 countRows(Database& db)
{
    auto n = db.queryInt("SELECT count(*) FROM t");
    return n.ok() ? n.value() : -1;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedBindsRoundTrip()
    {
        QTemporaryDir dir;
        Database db = openScratch(dir);
        auto ins = db.prepare("INSERT INTO t (i, r, s, b, u) VALUES (?1, ?2, ?3, ?4, ?5)");
        QVERIFY(ins.ok());
        const QByteArray blob("\x00\x01\xfe\xff", 4);
        const QString text = QStringLiteral("Jos\u00e9 \u2014 \U0001F600 'quoted'; DROP TABLE t; --");
        ins->bind(1, qint64(1) << 40).bind(2, 2.5).bind(3, text).bind(4, blob).bind(5, std::optional<QString>());
        QVERIFY(ins->run().ok());

        auto sel = db.prepare("SELECT i, r, s, b, u FROM t");
        QVERIFY(sel.ok());
        auto row = sel->step();
        QVERIFY(row.ok() && row.value());
        QCOMPARE(sel->columnInt64(0), qint64(1) << 40);
        QCOMPARE(sel->columnDouble(1), 2.5);
        QCOMPARE(sel->columnText(2), text);
        QCOMPARE(sel->columnBlob(3), blob);
        QVERIFY(sel->columnIsNull(4));
        QVERIFY(sel->columnText(4).isNull());
        QCOMPARE(countRows(db), 1);
    }

    void reusedStatementWithReset()
    {
        QTemporaryDir dir;
        Database db = openScratch(dir);
        auto ins = db.prepare("INSERT INTO t (i) VALUES (?1)");
        QVERIFY(ins.ok());
        for (int i = 0; i < 10; ++i) {
            ins->reset();
            ins->bind(1, i);
            QVERIFY(ins->run().ok());
        }
        QCOMPARE(countRows(db), 10);
    }

    void transactionRollsBackUnlessCommitted()
    {
        QTemporaryDir dir;
        Database db = openScratch(dir);
        {
            auto tx = Transaction::begin(db);
            QVERIFY(tx.ok());
            QVERIFY(db.exec("INSERT INTO t (i) VALUES (1)").ok());
            // leaves scope without commit: an early return in real code
        }
        QCOMPARE(countRows(db), 0);
        {
            auto tx = Transaction::begin(db);
            QVERIFY(tx.ok());
            QVERIFY(db.exec("INSERT INTO t (i) VALUES (2)").ok());
            QVERIFY(tx->commit().ok());
        }
        QCOMPARE(countRows(db), 1);
    }

    void errorsCarryCodes_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addRow("syntax") << QByteArray("SELEC 1") << ErrorCode::Database;
        QTest::addRow("unique") << QByteArray("INSERT INTO t (u) VALUES ('x'), ('x')") << ErrorCode::Constraint;
        QTest::addRow("trigger abort") << QByteArray("INSERT INTO t (i) VALUES (-1)") << ErrorCode::Constraint;
    }
    void errorsCarryCodes()
    {
        QFETCH(QByteArray, sql);
        QFETCH(ErrorCode, expected);
        QTemporaryDir dir;
        Database db = openScratch(dir);
        QVERIFY(db.exec("CREATE TRIGGER no_negative BEFORE INSERT ON t WHEN NEW.i < 0 "
                        "BEGIN SELECT RAISE(ABORT, 'negative'); END")
                    .ok());
        auto s = db.exec(sql.toStdString());
        QVERIFY(!s.ok());
        QCOMPARE(s.code(), expected);
        QVERIFY(!s.error().detail.isEmpty());
        QCOMPARE(countRows(db), 0);
    }

    void bindErrorIsReportedAtStep()
    {
        QTemporaryDir dir;
        Database db = openScratch(dir);
        auto ins = db.prepare("INSERT INTO t (i) VALUES (?1)");
        QVERIFY(ins.ok());
        ins->bind(7, 1); // no such parameter
        auto r = ins->step();
        QVERIFY(!r.ok());
        QVERIFY2(r.error().detail.contains(QStringLiteral("7")), qPrintable(r.error().detail));
        QCOMPARE(countRows(db), 0);
    }

    void diskFullKeepsEarlierData()
    {
        QTemporaryDir dir;
        Database db = openScratch(dir);
        QVERIFY(db.exec("INSERT INTO t (s) VALUES ('kept')").ok());
        QVERIFY(db.exec("PRAGMA max_page_count = 8").ok());
        auto ins = db.prepare("INSERT INTO t (b) VALUES (zeroblob(4000))");
        QVERIFY(ins.ok());
        Error last;
        {
            auto tx = Transaction::begin(db);
            QVERIFY(tx.ok());
            for (int i = 0; i < 100; ++i) {
                ins->reset();
                auto s = ins->run();
                if (!s) {
                    last = s.error();
                    break;
                }
            }
        }
        QCOMPARE(last.code, ErrorCode::DiskFull);
        QCOMPARE(countRows(db), 1);
        auto kept = db.queryText("SELECT s FROM t");
        QVERIFY(kept.ok());
        QCOMPARE(kept.value(), QStringLiteral("kept"));
    }

    void failedCommitIsReported()
    {
        QTemporaryDir dir;
        Database db = openScratch(dir);
        QVERIFY(db.exec("CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                        "CREATE TABLE child (p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED);"
                        "PRAGMA foreign_keys = ON;")
                    .ok());
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        QVERIFY(db.exec("INSERT INTO child (p) VALUES (42)").ok());
        auto s = tx->commit(); // the deferred foreign key fails only at COMMIT
        QVERIFY(!s.ok());
        QCOMPARE(s.code(), ErrorCode::Constraint);
        QCOMPARE(db.queryInt("SELECT count(*) FROM child").value(), 0);
    }

    void migrationsAdvanceAndRefuseNewer()
    {
        static constexpr std::array steps{
            Migration{1, "one", "CREATE TABLE a (x INTEGER);"},
            Migration{2, "two", "CREATE TABLE b (y INTEGER);"},
            Migration{3, "broken", "CREATE TABLE c (z INTEGER); THIS IS NOT SQL;"},
        };
        QTemporaryDir dir;
        Database db = openScratch(dir);
        QVERIFY(migrate(db, std::span(steps).first(1)).ok());
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), 1);
        QVERIFY(migrate(db, std::span(steps).first(2)).ok());
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), 2);
        // A failing step leaves the database exactly at the step before it.
        auto failed = migrate(db, steps);
        QVERIFY(!failed.ok());
        QCOMPARE(db.queryInt("PRAGMA user_version").value(), 2);
        QCOMPARE(db.queryInt("SELECT count(*) FROM sqlite_schema WHERE name = 'c'").value(), 0);
        // A database ahead of the program's list is refused.
        auto newer = migrate(db, std::span(steps).first(1));
        QCOMPARE(newer.code(), ErrorCode::NewerVersion);
    }

    void closedDatabaseRefuses()
    {
        Database db;
        QCOMPARE(db.exec("SELECT 1").code(), ErrorCode::Locked);
        QCOMPARE(db.prepare("SELECT 1").code(), ErrorCode::Locked);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
