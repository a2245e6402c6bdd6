// SPDX-License-Identifier: GPL-3.0-or-later
// Single-file backups: a consistent snapshot of an open vault, restored only after the whole file has
// been verified, and never over an existing vault without the explicit flag.
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"
#include "vault/Backup.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace continuum;
using namespace continuum::test;

namespace {

void fill(Vault& vault, int rows)
{
    Database& db = vault.database();
    QVERIFY(db.exec("CREATE TABLE IF NOT EXISTS scratch (id INTEGER PRIMARY KEY, note TEXT, data BLOB)").ok());
    auto tx = Transaction::begin(db);
    QVERIFY(tx.ok());
    auto st = db.prepare("INSERT INTO scratch (note, data) VALUES (?1, randomblob(?2))");
    QVERIFY(st.ok());
    for (int i = 0; i < rows; ++i) {
        st->reset();
        st->bind(1, QStringLiteral("row %1 \u00e9\u00e8").arg(i)).bind(2, 100 + (i * 37) % 900);
        QVERIFY(st->run().ok());
    }
    QVERIFY(tx->commit().ok());
}

// Every row as text, hex for the blob: the measure of "identical rows".
QStringList dump(Vault& vault)
{
    QStringList out;
    auto st = vault.database().prepare("SELECT id, note, hex(data) FROM scratch ORDER BY id");
    if (!st)
        return {st.error().detail};
    while (st->step().value())
        out.append(st->columnText(0) + QLatin1Char('|') + st->columnText(1) + QLatin1Char('|') + st->columnText(2));
    return out;
}

/// While alive, no file this process writes may grow past `bytes`: the nearest thing to a full disk a
/// test can make without privileges. Writes past it fail with EFBIG (the signal is ignored meanwhile).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_saved;
        limited.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limited);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
    void (*m_oldHandler)(int) = nullptr;
};

enum class Corruption {
    Truncated,
    TruncatedHeader,
    FlippedInSnapshot,
    FlippedInHeader,
    Foreign,
    Empty,
    Extended,
    NewerFormat
};

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripGivesIdenticalRows()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        const QString file = tmp.filePath(QStringLiteral("backup.continuum-backup"));
        auto created = createTestVault(dir);
        fill(*created.vault, 500);
        const QStringList rows = dump(*created.vault);
        QCOMPARE(rows.size(), 500);

        // Taken while the vault is open and the WAL holds uncheckpointed pages.
        QVERIFY(QFileInfo(VaultFiles::database(dir) + QStringLiteral("-wal")).size() > 0);
        auto s = created.vault->backupTo(file);
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        QVERIFY(QFileInfo(file).size() > 0);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("backup.continuum-backup"), QStringLiteral("v")}));
        QCOMPARE(QFile::permissions(file) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        auto info = Backup::inspect(file);
        QVERIFY2(info.ok(), qPrintable(info.error().detail));
        QCOMPARE(info->vaultId, created.vault->id());
        QCOMPARE(info->schemaVersion, created.vault->schemaVersion().value());

        const QString restored = tmp.filePath(QStringLiteral("restored"));
        s = Backup::restore({file, restored, false}, secret(testPassphrase()));
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
        auto reopened = Vault::unlock(restored, secret(testPassphrase()));
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().detail));
        QCOMPARE(dump(*reopened.value()), rows);
        QVERIFY(reopened.value()->checkIntegrity()->ok);
    }

    void restoreWithRecoveryKey()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("b"));
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        fill(*created.vault, 10);
        QVERIFY(created.vault->backupTo(file).ok());
        const QString restored = tmp.filePath(QStringLiteral("r"));
        QVERIFY(Backup::restoreWithRecoveryKey({file, restored, false}, created.recoveryKey).ok());
        auto reopened = Vault::unlockWithRecoveryKey(restored, created.recoveryKey);
        QVERIFY(reopened.ok());
        QCOMPARE(dump(*reopened.value()), dump(*created.vault));
    }

    void neverOverwritesWithoutTheFlag()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        const QString file = tmp.filePath(QStringLiteral("b"));
        {
            auto created = createTestVault(dir);
            fill(*created.vault, 20);
            QVERIFY(created.vault->backupTo(file).ok());
            fill(*created.vault, 5); // the vault moves on after the backup
        }
        const auto before = snapshotFolder(dir);
        QCOMPARE(Backup::restore({file, dir, false}, secret(testPassphrase())).code(), ErrorCode::VaultExists);
        QCOMPARE(snapshotFolder(dir), before);

        // Open elsewhere: refused even with the flag.
        {
            auto open = Vault::unlock(dir, secret(testPassphrase()));
            QVERIFY(open.ok());
            QCOMPARE(Backup::restore({file, dir, true}, secret(testPassphrase())).code(), ErrorCode::AlreadyOpen);
            QCOMPARE(dump(*open.value()).size(), 25);
        }
        // With the flag: replaced by the backup's 20 rows, and no debris left beside it.
        QVERIFY(Backup::restore({file, dir, true}, secret(testPassphrase())).ok());
        auto reopened = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY(reopened.ok());
        QCOMPARE(dump(*reopened.value()).size(), 20);
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("b"), QStringLiteral("v")}));
    }

    void wrongPassphraseChangesNothing()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("b"));
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        fill(*created.vault, 3);
        QVERIFY(created.vault->backupTo(file).ok());
        created.vault->lock();
        const auto before = snapshotFolder(tmp.path());
        QCOMPARE(
            Backup::restore({file, tmp.filePath(QStringLiteral("r")), false}, secret(QStringLiteral("not it at all")))
                .code(),
            ErrorCode::WrongPassphrase);
        QCOMPARE(snapshotFolder(tmp.path()), before);
    }

    void damagedBackupsAreRefusedAndTheVaultIsUntouched_data()
    {
        QTest::addColumn<Corruption>("corruption");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addRow("truncated") << Corruption::Truncated << ErrorCode::BackupDamaged;
        QTest::addRow("truncated inside the header") << Corruption::TruncatedHeader << ErrorCode::BackupDamaged;
        QTest::addRow("byte flipped in the snapshot") << Corruption::FlippedInSnapshot << ErrorCode::BackupDamaged;
        QTest::addRow("byte flipped in the header") << Corruption::FlippedInHeader << ErrorCode::BackupDamaged;
        QTest::addRow("foreign file") << Corruption::Foreign << ErrorCode::BackupDamaged;
        QTest::addRow("empty file") << Corruption::Empty << ErrorCode::BackupDamaged;
        QTest::addRow("bytes appended") << Corruption::Extended << ErrorCode::BackupDamaged;
        QTest::addRow("newer format") << Corruption::NewerFormat << ErrorCode::NewerVersion;
    }
    void damagedBackupsAreRefusedAndTheVaultIsUntouched()
    {
        QFETCH(Corruption, corruption);
        QFETCH(ErrorCode, expected);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        const QString file = tmp.filePath(QStringLiteral("b"));
        {
            auto created = createTestVault(dir);
            fill(*created.vault, 50);
            QVERIFY(created.vault->backupTo(file).ok());
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        switch (corruption) {
        case Corruption::Truncated: QVERIFY(f.resize(size - 4096)); break;
        case Corruption::TruncatedHeader: QVERIFY(f.resize(40)); break;
        case Corruption::FlippedInSnapshot:
            f.close();
            QVERIFY(flipByte(file, size / 2));
            break;
        case Corruption::FlippedInHeader:
            f.close();
            QVERIFY(flipByte(file, 30));
            break;
        case Corruption::Foreign:
            QVERIFY(f.resize(0));
            f.write(QByteArray(20000, 'x'));
            break;
        case Corruption::Empty: QVERIFY(f.resize(0)); break;
        case Corruption::Extended:
            f.seek(size);
            f.write("trailing");
            break;
        case Corruption::NewerFormat:
            f.seek(19);
            f.putChar(9);
            break;
        }
        f.close();
        const auto before = snapshotFolder(tmp.path());
        // Both as a fresh restore and as an overwrite of the existing vault.
        QCOMPARE(Backup::restore({file, tmp.filePath(QStringLiteral("r")), false}, secret(testPassphrase())).code(),
                 expected);
        QCOMPARE(Backup::restore({file, dir, true}, secret(testPassphrase())).code(), expected);
        QCOMPARE(snapshotFolder(tmp.path()), before);
        QVERIFY(Vault::unlock(dir, secret(testPassphrase())).ok());
    }

    void backupOfLockedVaultIsRefused()
    {
        QTemporaryDir tmp;
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        created.vault->lock();
        QCOMPARE(created.vault->backupTo(tmp.filePath(QStringLiteral("b"))).code(), ErrorCode::Locked);
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("b"))));
    }

    void backupInsideTheVaultIsRefused()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto created = createTestVault(dir);
        QCOMPARE(created.vault->backupTo(dir + QStringLiteral("/b")).code(), ErrorCode::InvalidArgument);
    }

    void failedBackupKeepsThePreviousFile()
    {
        QTemporaryDir tmp;
        const QString file = tmp.filePath(QStringLiteral("b"));
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        fill(*created.vault, 5);
        QVERIFY(created.vault->backupTo(file).ok());
        const QByteArray before = fileHash(file);
        // A destination whose folder cannot be created (a file is in the way): refused, earlier backup kept.
        QFile blocker(tmp.filePath(QStringLiteral("blocker")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto failed = created.vault->backupTo(tmp.filePath(QStringLiteral("blocker/b")));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.code(), ErrorCode::Io);
        QCOMPARE(fileHash(file), before);
    }

    void aFullDiskFailsTheBackupAndKeepsThePreviousOne_data()
    {
        QTest::addColumn<qint64>("slack");
        // Room for half the snapshot: the snapshot itself cannot be written.
        QTest::newRow("while taking the snapshot") << qint64(-1);
        // Room for the snapshot but not for the packed file around it.
        QTest::newRow("while packing the file") << qint64(100);
    }

    void aFullDiskFailsTheBackupAndKeepsThePreviousOne()
    {
        QFETCH(qint64, slack);
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(out));
        const QString file = out + QStringLiteral("/b");
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        fill(*created.vault, 50);
        QVERIFY(created.vault->backupTo(file).ok());
        const QByteArray before = fileHash(file);
        fill(*created.vault, 400);
        const qint64 snapshotBytes = created.vault->database().queryInt("PRAGMA page_count").value() * 4096;
        Status failed;
        {
            FileSizeLimit limit(rlim_t(slack < 0 ? snapshotBytes / 2 : snapshotBytes + slack));
            failed = created.vault->backupTo(file);
        }
        QVERIFY(!failed.ok());
        QCOMPARE(failed.code(), ErrorCode::DiskFull);
        QVERIFY2(!failed.error().detail.isEmpty(), "the failure says what happened");
        QCOMPARE(fileHash(file), before);
        // Nothing half-written is left beside it.
        QCOMPARE(QDir(out).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 QStringList{QStringLiteral("b")});
        // And the vault goes on: the next backup, with room, restores to the same rows.
        QVERIFY(created.vault->backupTo(file).ok());
        QVERIFY(Backup::inspect(file).ok());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
