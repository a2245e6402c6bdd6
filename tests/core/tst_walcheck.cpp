// SPDX-License-Identifier: GPL-3.0-or-later
// The write-ahead log is checked before SQLite replays it: SQLite stops at the first frame that fails its
// checksum and silently drops every commit after it. And `verify` never writes to the vault it checks.
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"
#include "vault/Vault.h"
#include "vault/WalCheck.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace continuum;
using namespace continuum::test;

namespace {

constexpr qint64 kWalHeader = 32;
constexpr qint64 kFrame = 24 + 4096;
constexpr int kCommits = 40;

QString wal(const QString& dir)
{
    return VaultFiles::database(dir) + QStringLiteral("-wal");
}
QString shm(const QString& dir)
{
    return VaultFiles::database(dir) + QStringLiteral("-shm");
}

int rowCount(Vault& vault)
{
    auto n = vault.database().queryInt("SELECT count(*) FROM scratch");
    return n ? static_cast<int>(n.value()) : -1;
}

/// A vault as a crash leaves it: many committed transactions still only in the log (automatic
/// checkpoints off), copied file by file while the writer still has it open, the wal-index included.
QString makeCrashCopy(const QTemporaryDir& tmp)
{
    const QString live = tmp.filePath(QStringLiteral("live"));
    const QString copy = tmp.filePath(QStringLiteral("crashed"));
    auto created = createTestVault(live);
    Database& db = created.vault->database();
    if (!db.exec("PRAGMA wal_autocheckpoint = 0").ok() ||
        !db.exec("CREATE TABLE scratch (id INTEGER PRIMARY KEY, note TEXT, data BLOB)").ok())
        qFatal("cannot prepare the vault");
    for (int i = 0; i < kCommits; ++i) {
        auto st = db.prepare("INSERT INTO scratch (note, data) VALUES (?1, randomblob(3000))");
        st->bind(1, QStringLiteral("commit %1").arg(i));
        if (!st->run().ok())
            qFatal("insert failed");
    }
    QDir().mkpath(copy);
    for (const QString& name :
         {QStringLiteral("vault.db"), QStringLiteral("vault.db-wal"), QStringLiteral("vault.db-shm"),
          QStringLiteral("keyslots.json"), QStringLiteral("vault.open")}) {
        if (!QFile::copy(QDir(live).filePath(name), QDir(copy).filePath(name)))
            qFatal("cannot copy %s", qPrintable(name));
    }
    return copy;
}

} // namespace

class TestWalCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCrashLeftLogOpensWithEveryCommit()
    {
        QTemporaryDir tmp;
        const QString dir = makeCrashCopy(tmp);
        QVERIFY(QFileInfo(wal(dir)).size() > kWalHeader + kCommits * kFrame);
        QVERIFY2(WalCheck::checkFiles(VaultFiles::database(dir)).ok(), "a whole log is not damage");
        auto vault = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
        QCOMPARE(rowCount(*vault.value()), kCommits);
    }

    void verifyWritesNothingToTheVault()
    {
        QTemporaryDir tmp;
        const QString dir = makeCrashCopy(tmp);
        const auto before = snapshotFolder(dir);
        auto report = Vault::verify(dir, KeySlotKind::Passphrase, secret(testPassphrase()));
        QVERIFY2(report.ok(), qPrintable(report.error().detail));
        QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
        // The log was not checkpointed, truncated or deleted; nothing was left beside the vault either.
        QCOMPARE(snapshotFolder(dir), before);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("crashed"), QStringLiteral("live")}));
        // Named with a trailing slash (as tab completion types it), the copy still goes beside the vault.
        auto again = Vault::verify(dir + QStringLiteral("/"), KeySlotKind::Passphrase, secret(testPassphrase()));
        QVERIFY2(again.ok() && again->ok, "verify with a trailing slash");
        QCOMPARE(snapshotFolder(dir), before);
        // And a wrong passphrase is still a wrong passphrase.
        QCOMPARE(Vault::verify(dir, KeySlotKind::Passphrase, secret(QStringLiteral("not the passphrase"))).code(),
                 ErrorCode::WrongPassphrase);
    }

    void aBrokenFrameBeforeLaterCommitsIsRefused_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addRow("page data of frame 3") << kWalHeader + 2 * kFrame + 24 + 100;
        QTest::addRow("checksum of frame 3") << kWalHeader + 2 * kFrame + 16;
        QTest::addRow("salt of frame 3") << kWalHeader + 2 * kFrame + 9;
        QTest::addRow("page data of frame 10") << kWalHeader + 9 * kFrame + 24 + 4000;
        QTest::addRow("log header checksum") << qint64(26);
        QTest::addRow("log header salt") << qint64(17);
    }
    void aBrokenFrameBeforeLaterCommitsIsRefused()
    {
        QFETCH(qint64, offset);
        QTemporaryDir tmp;
        const QString dir = makeCrashCopy(tmp);
        QVERIFY(flipByte(wal(dir), offset));
        const auto before = snapshotFolder(dir);
        QCOMPARE(WalCheck::checkFiles(VaultFiles::database(dir)).code(), ErrorCode::DamagedVault);
        QCOMPARE(Vault::unlock(dir, secret(testPassphrase())).code(), ErrorCode::DamagedVault);
        QCOMPARE(Vault::verify(dir, KeySlotKind::Passphrase, secret(testPassphrase())).code(), ErrorCode::DamagedVault);
        QCOMPARE(snapshotFolder(dir), before);
    }

    void aMissingLogOfAnUnfinishedSessionIsRefused()
    {
        QTemporaryDir tmp;
        const QString dir = makeCrashCopy(tmp);
        QVERIFY(QFile::exists(VaultFiles::sessionMarker(dir))); // the session never finished
        QVERIFY(QFile::remove(wal(dir)));
        const auto before = snapshotFolder(dir);
        auto refused = Vault::unlock(dir, secret(testPassphrase()));
        QCOMPARE(refused.code(), ErrorCode::DamagedVault);
        QVERIFY2(refused.error().detail.contains(QStringLiteral("missing")), qPrintable(refused.error().detail));
        QCOMPARE(Vault::verify(dir, KeySlotKind::Passphrase, secret(testPassphrase())).code(), ErrorCode::DamagedVault);
        QCOMPARE(snapshotFolder(dir), before);
    }

    void aStaleIndexLeftByACleanCloseIsNotDamage()
    {
        // A clean close copies everything into the database and deletes the log and the index without
        // syncing the folder; after a power cut the index's deletion can be lost while the log's is not.
        QTemporaryDir tmp;
        const QString dir = makeCrashCopy(tmp);
        const QString staleIndex = tmp.filePath(QStringLiteral("stale-shm"));
        QVERIFY(QFile::copy(shm(dir), staleIndex));
        {
            auto vault = Vault::unlock(dir, secret(testPassphrase()));
            QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
            vault.value()->lock(); // a clean close
        }
        QVERIFY(!QFile::exists(wal(dir)));
        QVERIFY(!QFile::exists(VaultFiles::sessionMarker(dir)));
        QVERIFY(QFile::copy(staleIndex, shm(dir)));
        auto vault = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
        QCOMPARE(rowCount(*vault.value()), kCommits);
    }

    void aCloseThatCannotRemoveTheMarkerKeepsTheLog()
    {
        // The marker cannot be cleared at close (for the test, something undeletable stands in its place;
        // in life, a full disk refused the marker's rewrite). Then the log must stay too: SQLite deleting
        // it would leave an "open" marker beside no log, and the next unlock would call an intact vault
        // damaged, for ever.
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto created = createTestVault(dir);
        Database& db = created.vault->database();
        QVERIFY(db.exec("CREATE TABLE scratch (id INTEGER PRIMARY KEY, note TEXT, data BLOB)").ok());
        QVERIFY(db.exec("INSERT INTO scratch (note) VALUES ('kept')").ok());
        const QString marker = VaultFiles::sessionMarker(dir);
        QVERIFY(QFile::remove(marker));
        QVERIFY(QDir().mkpath(marker + QStringLiteral("/in-the-way")));
        created.vault->lock();
        QVERIFY2(QFile::exists(wal(dir)), "the log stays while the marker could not be cleared");
        // Back to the state the failed close left in life: the marker saying "open".
        QVERIFY(QDir(marker).removeRecursively());
        QFile open(marker);
        QVERIFY(open.open(QIODevice::WriteOnly));
        open.write("open\n");
        open.close();
        auto vault = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
        QCOMPARE(rowCount(*vault.value()), 1);
    }

    void aTornTailOfAnUnfinishedTransactionIsWhatACrashLeaves()
    {
        // The last frame half-written and the wal-index never updated for it (it is updated only after
        // the log is synced): SQLite replays every whole commit, and so it should.
        QTemporaryDir tmp;
        const QString dir = makeCrashCopy(tmp);
        QVERIFY(QFile::remove(shm(dir)));
        const qint64 size = QFileInfo(wal(dir)).size();
        QVERIFY(QFile::resize(wal(dir), size - kFrame / 2));
        QVERIFY(WalCheck::checkFiles(VaultFiles::database(dir)).ok());
        auto vault = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
        QVERIFY(rowCount(*vault.value()) >= kCommits - 1);
    }

    void aLogShorterThanItsIndexSaysIsRefused()
    {
        // The index is updated only after the log is synced: frames it counts were on disk. A log that
        // has lost them (here its last frame, cut in half) has lost acknowledged commits.
        QTemporaryDir tmp;
        const QString dir = makeCrashCopy(tmp);
        QVERIFY(QFile::resize(wal(dir), QFileInfo(wal(dir)).size() - kFrame / 2));
        const auto before = snapshotFolder(dir);
        const Status s = WalCheck::checkFiles(VaultFiles::database(dir));
        QCOMPARE(s.code(), ErrorCode::DamagedVault);
        QVERIFY2(s.error().detail.contains(QStringLiteral("index")), qPrintable(s.error().detail));
        QCOMPARE(Vault::unlock(dir, secret(testPassphrase())).code(), ErrorCode::DamagedVault);
        QCOMPARE(snapshotFolder(dir), before);
    }

    void frameOfAnOlderGenerationAfterTheEndIsNotDamage()
    {
        // After a checkpoint the log restarts from the top with new salts; older frames stay behind it.
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto created = createTestVault(dir);
        Database& db = created.vault->database();
        QVERIFY(db.exec("PRAGMA wal_autocheckpoint = 0").ok());
        QVERIFY(db.exec("CREATE TABLE scratch (id INTEGER PRIMARY KEY, data BLOB)").ok());
        for (int i = 0; i < 20; ++i)
            QVERIFY(db.exec("INSERT INTO scratch (data) VALUES (randomblob(3000))").ok());
        QVERIFY(db.exec("PRAGMA wal_checkpoint(PASSIVE)").ok());
        QVERIFY(db.exec("INSERT INTO scratch (data) VALUES (randomblob(10))").ok()); // restarts the log
        QVERIFY(QFileInfo(wal(dir)).size() > kWalHeader + 10 * kFrame);              // the older frames are still there
        QVERIFY2(WalCheck::checkFiles(VaultFiles::database(dir)).ok(),
                 qPrintable(WalCheck::checkFiles(VaultFiles::database(dir)).error().detail));
    }

    void specialFilesInPlaceOfTheLogAreRefusedWithoutBlocking_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addRow("log is a FIFO") << QStringLiteral("vault.db-wal");
        QTest::addRow("index is a FIFO") << QStringLiteral("vault.db-shm");
    }
    void specialFilesInPlaceOfTheLogAreRefusedWithoutBlocking()
    {
        QFETCH(QString, which);
        QTemporaryDir tmp;
        const QString dir = makeCrashCopy(tmp);
        const QString path = QDir(dir).filePath(which);
        QVERIFY(QFile::remove(path));
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        QCOMPARE(WalCheck::checkFiles(VaultFiles::database(dir)).code(), ErrorCode::DamagedVault);
        QCOMPARE(Vault::unlock(dir, secret(testPassphrase())).code(), ErrorCode::DamagedVault);
        QVERIFY(QFileInfo(path).exists());
    }

    void bytesInMemory()
    {
        QVERIFY(WalCheck::checkBytes(QByteArrayView(), QByteArrayView()).ok());    // no log, no index
        QVERIFY(WalCheck::checkBytes(QByteArrayView(""), QByteArrayView()).ok());  // an empty log
        QVERIFY(WalCheck::checkBytes(QByteArray(20, 'x'), QByteArrayView()).ok()); // a header never finished
        // A foreign header in front of a whole frame's worth of bytes is damage.
        QCOMPARE(WalCheck::checkBytes(QByteArray(kWalHeader + kFrame, 'x'), QByteArrayView()).code(),
                 ErrorCode::DamagedVault);
        // An index that is not whole (a torn write of its own) is ignored, as SQLite ignores it.
        QVERIFY(WalCheck::checkBytes(QByteArrayView(), QByteArray(136, '\x01')).ok());
    }
};

QTEST_GUILESS_MAIN(TestWalCheck)
#include "tst_walcheck.moc"
