// SPDX-License-Identifier: GPL-3.0-or-later
// The vault: create, unlock by passphrase and recovery key, change passphrase, lock; and every way a
// folder can be wrong, each refused with its own code and with nothing on disk changed.
#include "crypto/RecoveryKey.h"
#include "domain/Domain.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <signal.h>
#include <sodium.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace continuum;
using namespace continuum::test;

namespace {

void addNote(Vault& vault, const QString& text)
{
    auto& db = vault.database();
    QVERIFY(db.exec("CREATE TABLE IF NOT EXISTS scratch (id INTEGER PRIMARY KEY, note TEXT)").ok());
    auto st = db.prepare("INSERT INTO scratch (note) VALUES (?1)");
    QVERIFY(st.ok());
    st->bind(1, text);
    QVERIFY(st->run().ok());
}

QStringList notes(Vault& vault)
{
    QStringList out;
    auto st = vault.database().prepare("SELECT note FROM scratch ORDER BY id");
    if (!st)
        return {QStringLiteral("<%1>").arg(st.error().detail)};
    while (st->step().value())
        out.append(st->columnText(0));
    return out;
}

enum class Damage {
    WrongPassphrase,
    WrongRecoveryKey,
    MistypedRecoveryKey,
    NoFolder,
    MissingKeySlots,
    MissingDatabase,
    EmptyDatabase,
    TruncatedDatabase,
    RandomBytesDatabase,
    PlainSqliteDatabase,
    GarbageKeySlots,
    TruncatedKeySlots,
    FirstPageFlipped,
    NewerSchema,
    SwappedDatabase,
};

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createUnlockAndKeepData()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        {
            auto created = createTestVault(dir);
            QVERIFY(created.vault->isOpen());
            QVERIFY(!created.vault->openedWithRecoveryKey());
            QCOMPARE(created.vault->schemaVersion().value(), latestSchemaVersion());
            addNote(*created.vault, QStringLiteral("first"));
            QVERIFY(QFile::exists(VaultFiles::lock(dir)));
            created.vault->lock();
            QVERIFY(!created.vault->isOpen());
            QVERIFY(!QFile::exists(VaultFiles::lock(dir)));
            QCOMPARE(created.vault->database().exec("SELECT 1").code(), ErrorCode::Locked);
        }
        auto vault = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
        QCOMPARE(notes(*vault.value()), QStringList{QStringLiteral("first")});

        // The folder and its files are for the owner only.
        QCOMPARE(QFile::permissions(dir) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(VaultFiles::database(dir)) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void connectionSettings()
    {
        QTemporaryDir tmp;
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        Database& db = created.vault->database();
        QCOMPARE(db.queryText("PRAGMA journal_mode").value(), QStringLiteral("wal"));
        QCOMPARE(db.queryInt("PRAGMA synchronous").value(), 2); // FULL
        QCOMPARE(db.queryInt("PRAGMA foreign_keys").value(), 1);
        QCOMPARE(db.queryInt("PRAGMA secure_delete").value(), 1);
        QCOMPARE(db.queryInt("PRAGMA temp_store").value(), 2); // MEMORY
        const QString version = db.queryText("PRAGMA cipher_version").value();
        QVERIFY2(version.startsWith(QLatin1Char('4')), qPrintable(version));
    }

    void defaultKeyDerivationIsModerate()
    {
        QCOMPARE(KdfParams::moderate().opsLimit, std::uint64_t(crypto_pwhash_OPSLIMIT_MODERATE));
        QCOMPARE(KdfParams::moderate().memLimit, std::uint64_t(crypto_pwhash_MEMLIMIT_MODERATE));
    }

    void recoveryKeyUnlocksAndRequiresNewPassphrase()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QString recoveryKey;
        {
            auto created = createTestVault(dir);
            recoveryKey = created.recoveryKey;
            addNote(*created.vault, QStringLiteral("kept through recovery"));
        }
        {
            auto vault = Vault::unlockWithRecoveryKey(dir, SecureBytes::fromText(recoveryKey.toLower()));
            QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
            QVERIFY(vault.value()->openedWithRecoveryKey());
            QCOMPARE(notes(*vault.value()), QStringList{QStringLiteral("kept through recovery")});
            QVERIFY(
                vault.value()
                    ->changePassphrase(secret(QStringLiteral("a brand new passphrase")), KdfParams::cheapestForTests())
                    .ok());
            QVERIFY(!vault.value()->openedWithRecoveryKey());
        }
        QCOMPARE(Vault::unlock(dir, secret(testPassphrase())).code(), ErrorCode::WrongPassphrase);
        QVERIFY(Vault::unlock(dir, secret(QStringLiteral("a brand new passphrase"))).ok());
        // The recovery key still works after the passphrase changed.
        QVERIFY(Vault::unlockWithRecoveryKey(dir, SecureBytes::fromText(recoveryKey)).ok());
    }

    void changePassphraseRewrapsOnlyTheSlot()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto created = createTestVault(dir);
        addNote(*created.vault, QStringLiteral("unchanged"));
        created.vault->lock();
        auto vault = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY(vault.ok());
        QVERIFY(vault.value()->database().exec("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        const QByteArray dbBefore = fileHash(VaultFiles::database(dir));
        const auto slotsBefore = KeySlotFile::read(VaultFiles::keySlots(dir)).value();

        QCOMPARE(vault.value()->changePassphrase(secret(QStringLiteral("short"))).code(), ErrorCode::InvalidArgument);
        QVERIFY(vault.value()->changePassphrase(secret(QStringLiteral("another good passphrase"))).ok());
        vault.value()->lock();

        QCOMPARE(fileHash(VaultFiles::database(dir)), dbBefore);
        const auto slotsAfter = KeySlotFile::read(VaultFiles::keySlots(dir)).value();
        QCOMPARE(slotsAfter.slot(KeySlotKind::Recovery), slotsBefore.slot(KeySlotKind::Recovery));
        QVERIFY(slotsAfter.slot(KeySlotKind::Passphrase) != slotsBefore.slot(KeySlotKind::Passphrase));
        QCOMPARE(slotsAfter.slot(KeySlotKind::Passphrase)->kdf, slotsBefore.slot(KeySlotKind::Passphrase)->kdf);
        QVERIFY(!QFile::exists(VaultFiles::keySlots(dir) + QStringLiteral(".tmp")));
        auto reopened = Vault::unlock(dir, secret(QStringLiteral("another good passphrase")));
        QVERIFY(reopened.ok());
        QCOMPARE(notes(*reopened.value()), QStringList{QStringLiteral("unchanged")});
    }

    void createRefusals()
    {
        QTemporaryDir tmp;
        const QString busy = tmp.filePath(QStringLiteral("busy"));
        QVERIFY(QDir().mkpath(busy));
        QFile other(busy + QStringLiteral("/thesis.odt"));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("someone's work");
        other.close();
        const auto before = snapshotFolder(tmp.path());
        QCOMPARE(Vault::create(busy, secret(testPassphrase()), KdfParams::cheapestForTests()).code(),
                 ErrorCode::VaultExists);
        QCOMPARE(Vault::create(tmp.filePath(QStringLiteral("fresh")), secret(QStringLiteral("short")),
                               KdfParams::cheapestForTests())
                     .code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(Vault::create(QString(), secret(testPassphrase()), KdfParams::cheapestForTests()).code(),
                 ErrorCode::InvalidArgument);
        QCOMPARE(snapshotFolder(tmp.path()), before);
        QVERIFY(!QFile::exists(tmp.filePath(QStringLiteral("fresh"))));

        // An existing empty folder is fine: people often make the folder first.
        const QString empty = tmp.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        QVERIFY(Vault::create(empty, secret(testPassphrase()), KdfParams::cheapestForTests()).ok());
        // A second create over a vault is refused.
        QCOMPARE(Vault::create(empty, secret(testPassphrase()), KdfParams::cheapestForTests()).code(),
                 ErrorCode::VaultExists);
    }

    void refusedUnlocksChangeNothing_data()
    {
        QTest::addColumn<Damage>("damage");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addRow("wrong passphrase") << Damage::WrongPassphrase << ErrorCode::WrongPassphrase;
        QTest::addRow("wrong recovery key") << Damage::WrongRecoveryKey << ErrorCode::WrongRecoveryKey;
        QTest::addRow("mistyped recovery key") << Damage::MistypedRecoveryKey << ErrorCode::MistypedRecoveryKey;
        QTest::addRow("no folder") << Damage::NoFolder << ErrorCode::NotAVault;
        QTest::addRow("missing key slots") << Damage::MissingKeySlots << ErrorCode::NotAVault;
        QTest::addRow("missing database") << Damage::MissingDatabase << ErrorCode::MissingDatabase;
        QTest::addRow("empty database") << Damage::EmptyDatabase << ErrorCode::MissingDatabase;
        QTest::addRow("truncated database") << Damage::TruncatedDatabase << ErrorCode::DamagedVault;
        QTest::addRow("random bytes database") << Damage::RandomBytesDatabase << ErrorCode::DamagedVault;
        QTest::addRow("plain SQLite database") << Damage::PlainSqliteDatabase << ErrorCode::PlainDatabase;
        QTest::addRow("garbage key slots") << Damage::GarbageKeySlots << ErrorCode::DamagedKeySlots;
        QTest::addRow("truncated key slots") << Damage::TruncatedKeySlots << ErrorCode::DamagedKeySlots;
        QTest::addRow("first page flipped") << Damage::FirstPageFlipped << ErrorCode::DamagedVault;
        QTest::addRow("newer schema") << Damage::NewerSchema << ErrorCode::NewerVersion;
        QTest::addRow("database of another vault") << Damage::SwappedDatabase << ErrorCode::DamagedVault;
    }
    void refusedUnlocksChangeNothing()
    {
        QFETCH(Damage, damage);
        QFETCH(ErrorCode, expected);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        QString recoveryKey;
        {
            auto created = createTestVault(dir);
            recoveryKey = created.recoveryKey;
            addNote(*created.vault, QStringLiteral("precious"));
            if (damage == Damage::NewerSchema) {
                const std::string bump = "PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1);
                QVERIFY(created.vault->database().exec(bump).ok());
            }
        }
        const QString dbPath = VaultFiles::database(dir);
        const QString slotsPath = VaultFiles::keySlots(dir);
        const auto writeFile = [](const QString& path, const QByteArray& bytes) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        };
        QString unlockDir = dir;
        switch (damage) {
        case Damage::NoFolder: unlockDir = tmp.filePath(QStringLiteral("nowhere")); break;
        case Damage::MissingKeySlots: QVERIFY(QFile::remove(slotsPath)); break;
        case Damage::MissingDatabase: QVERIFY(QFile::remove(dbPath)); break;
        case Damage::EmptyDatabase: writeFile(dbPath, {}); break;
        case Damage::TruncatedDatabase: QVERIFY(QFile::resize(dbPath, QFileInfo(dbPath).size() - 100)); break;
        case Damage::RandomBytesDatabase: {
            QByteArray noise(4096 * 4, Qt::Uninitialized);
            randombytes_buf(noise.data(), static_cast<size_t>(noise.size()));
            writeFile(dbPath, noise);
            break;
        }
        case Damage::PlainSqliteDatabase: {
            QVERIFY(QFile::remove(dbPath));
            auto plain = Database::open(dbPath, Database::OpenMode::ReadWriteCreate);
            QVERIFY(plain.ok());
            QVERIFY(plain->exec("CREATE TABLE x (y TEXT); INSERT INTO x VALUES ('plain');").ok());
            QVERIFY(plain->close().ok());
            break;
        }
        case Damage::GarbageKeySlots: writeFile(slotsPath, QByteArray("\x01\x02 not json at all")); break;
        case Damage::TruncatedKeySlots: {
            QFile f(slotsPath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray all = f.readAll();
            f.close();
            writeFile(slotsPath, all.left(all.size() / 2));
            break;
        }
        case Damage::FirstPageFlipped: QVERIFY(flipByte(dbPath, 1000)); break;
        case Damage::SwappedDatabase: {
            QTemporaryDir otherTmp;
            const QString other = otherTmp.filePath(QStringLiteral("other"));
            createTestVault(other).vault->lock();
            QVERIFY(QFile::remove(dbPath));
            QVERIFY(QFile::copy(VaultFiles::database(other), dbPath));
            break;
        }
        default: break;
        }
        const auto before = snapshotFolder(tmp.path());

        Result<std::unique_ptr<Vault>> result = makeError(ErrorCode::Database);
        switch (damage) {
        case Damage::WrongPassphrase:
            result = Vault::unlock(unlockDir, secret(testPassphrase() + QStringLiteral("!")));
            break;
        case Damage::WrongRecoveryKey:
            result = Vault::unlockWithRecoveryKey(unlockDir, SecureBytes::fromText(RecoveryKey::generate()->text));
            break;
        case Damage::MistypedRecoveryKey: {
            QString typo = recoveryKey;
            typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            result = Vault::unlockWithRecoveryKey(unlockDir, SecureBytes::fromText(typo));
            break;
        }
        default: result = Vault::unlock(unlockDir, secret(testPassphrase())); break;
        }
        QVERIFY(!result.ok());
        QCOMPARE(result.code(), expected);
        QCOMPARE(snapshotFolder(tmp.path()), before);
    }

    void flippedDataPageIsReportedByIntegrityCheck()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        {
            auto created = createTestVault(dir);
            for (int i = 0; i < 200; ++i)
                addNote(*created.vault, QStringLiteral("note number %1 with some length to fill pages").arg(i));
            auto report = created.vault->checkIntegrity();
            QVERIFY(report.ok());
            QVERIFY2(report->ok, qPrintable(report->problems.join(QLatin1Char('\n'))));
        }
        const qint64 size = QFileInfo(VaultFiles::database(dir)).size();
        QVERIFY(size >= 3 * 4096);
        QVERIFY(flipByte(VaultFiles::database(dir), size - 4096 + 200)); // inside the last page
        auto vault = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
        auto report = vault.value()->checkIntegrity();
        QVERIFY(report.ok());
        QVERIFY(!report->ok);
        QVERIFY(!report->problems.isEmpty());
    }

    void secondOpenIsRefused()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto created = createTestVault(dir);
        // The same process…
        QCOMPARE(Vault::unlock(dir, secret(testPassphrase())).code(), ErrorCode::AlreadyOpen);
        // …and another process.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            auto other = Vault::unlock(dir, secret(testPassphrase()));
            _exit(!other.ok() && other.code() == ErrorCode::AlreadyOpen ? 0 : 1);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
        created.vault->lock();
        QVERIFY(Vault::unlock(dir, secret(testPassphrase())).ok());
    }

    void emptyLockFileLeftByACrashIsTakenOver()
    {
        // (A live owner holds a native lock on the file even before it writes its pid, so an empty file
        // that can be locked belongs to nobody. tst_crashsafety kills writers inside that window too.)
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        createTestVault(dir).vault->lock();
        QFile lock(VaultFiles::lock(dir));
        QVERIFY(lock.open(QIODevice::WriteOnly)); // created, never filled: the owner died in between
        lock.close();
        // While another process holds a native lock on it (as a starting owner does), it is respected.
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t holder = fork();
        QVERIFY(holder >= 0);
        if (holder == 0) {
            const int fd = ::open(QFile::encodeName(VaultFiles::lock(dir)).constData(), O_RDWR);
            const bool locked = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
            (void)!::write(ready[1], locked ? "1" : "0", 1);
            ::sleep(5);
            _exit(0);
        }
        char flag = 0;
        QCOMPARE(::read(ready[0], &flag, 1), ssize_t(1));
        QCOMPARE(flag, '1');
        QCOMPARE(Vault::unlock(dir, secret(testPassphrase())).code(), ErrorCode::AlreadyOpen);
        ::kill(holder, SIGKILL);
        int status = 0;
        ::waitpid(holder, &status, 0);
        ::close(ready[0]);
        ::close(ready[1]);
        // Once that process is gone, the empty file belongs to nobody and is taken over.
        auto vault = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
    }

    void aLockFromAnotherComputerCanBeTakenOver()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        createTestVault(dir).vault->lock();
        // What QLockFile writes (pid, application, host name), as another laptop wrote it.
        QFile lock(VaultFiles::lock(dir));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("4242\ncontinuum\nold-laptop\n");
        lock.close();
        const auto lockBefore = fileHash(VaultFiles::lock(dir));

        auto refused = Vault::unlock(dir, secret(testPassphrase()));
        QCOMPARE(refused.code(), ErrorCode::AlreadyOpen);
        QVERIFY2(refused.error().detail.contains(QStringLiteral("old-laptop")) &&
                     refused.error().detail.contains(QStringLiteral("4242")),
                 qPrintable(refused.error().detail));
        QCOMPARE(fileHash(VaultFiles::lock(dir)), lockBefore);
        const auto owner = Vault::lockOwner(dir);
        QVERIFY(owner.has_value());
        QCOMPARE(owner->host, QStringLiteral("old-laptop"));
        QCOMPARE(owner->pid, qint64(4242));
        QVERIFY(!owner->onThisHost);

        QVERIFY(Vault::breakLock(dir).ok());
        auto vault = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
    }

    void aLockHeldByALiveProcessHereIsNeverBroken()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto created = createTestVault(dir); // this process holds it
        const auto owner = Vault::lockOwner(dir);
        QVERIFY(owner.has_value());
        QVERIFY(owner->onThisHost);
        QCOMPARE(owner->pid, qint64(::getpid()));
        QCOMPARE(Vault::breakLock(dir).code(), ErrorCode::AlreadyOpen);
        QVERIFY(QFile::exists(VaultFiles::lock(dir)));
    }

    void aRemovedRecoverySlotIsReported()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        auto created = createTestVault(dir);
        QVERIFY(!created.vault->keySlotProblem());
        created.vault->lock();
        auto slots = KeySlotFile::read(VaultFiles::keySlots(dir));
        QVERIFY(slots.ok());
        KeySlotFile without = slots.value();
        without.slots.removeIf([](const KeySlot& s) { return s.kind == KeySlotKind::Recovery; });
        QVERIFY(without.write(VaultFiles::keySlots(dir)).ok());

        // The vault still opens with its passphrase, and says what is missing.
        auto vault = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY2(vault.ok(), qPrintable(vault.error().detail));
        QVERIFY(vault.value()->keySlotProblem().has_value());
        QCOMPARE(vault.value()->keySlotProblem()->code, ErrorCode::DamagedKeySlots);
        QVERIFY(vault.value()->keySlotProblem()->detail.contains(QStringLiteral("recovery")));
        auto check = vault.value()->checkIntegrity();
        QVERIFY(check.ok());
        QVERIFY(!check->ok);
        vault.value()->lock();
        auto verified = Vault::verify(dir, KeySlotKind::Passphrase, secret(testPassphrase()));
        QVERIFY(verified.ok());
        QVERIFY(!verified->ok);
    }

    void anOlderKeySlotFileGainsItsChecksOnUnlock()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        createTestVault(dir).vault->lock();
        QFile file(VaultFiles::keySlots(dir));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray list = root.value(QStringLiteral("slots")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject slot = list.at(i).toObject();
            slot.remove(QStringLiteral("check"));
            list.replace(i, slot);
        }
        root.insert(QStringLiteral("slots"), list);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();
        QVERIFY(KeySlotFile::read(VaultFiles::keySlots(dir))->withoutChecks);
        QVERIFY(Vault::unlock(dir, secret(testPassphrase())).ok());
        auto after = KeySlotFile::read(VaultFiles::keySlots(dir));
        QVERIFY(after.ok());
        QVERIFY(!after->withoutChecks);
    }

    void specialFilesInTheVaultAreRefusedWithoutBlocking_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addRow("database is a FIFO")
            << QStringLiteral("vault.db") << QStringLiteral("fifo") << ErrorCode::DamagedVault;
        QTest::addRow("database links elsewhere")
            << QStringLiteral("vault.db") << QStringLiteral("link") << ErrorCode::DamagedVault;
        QTest::addRow("database links to /dev/zero")
            << QStringLiteral("vault.db") << QStringLiteral("/dev/zero") << ErrorCode::DamagedVault;
        QTest::addRow("key slots are a FIFO")
            << QStringLiteral("keyslots.json") << QStringLiteral("fifo") << ErrorCode::DamagedKeySlots;
        QTest::addRow("key slots link to /dev/zero")
            << QStringLiteral("keyslots.json") << QStringLiteral("/dev/zero") << ErrorCode::DamagedKeySlots;
        QTest::addRow("key slots link to /dev/urandom")
            << QStringLiteral("keyslots.json") << QStringLiteral("/dev/urandom") << ErrorCode::DamagedKeySlots;
        QTest::addRow("lock file is a FIFO")
            << QStringLiteral("vault.lock") << QStringLiteral("fifo") << ErrorCode::DamagedVault;
    }
    void specialFilesInTheVaultAreRefusedWithoutBlocking()
    {
        QFETCH(QString, name);
        QFETCH(QString, kind);
        QFETCH(ErrorCode, expected);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        createTestVault(dir).vault->lock();
        const QString path = QDir(dir).filePath(name);
        const QString moved = tmp.filePath(QStringLiteral("moved-") + name);
        if (QFile::exists(path))
            QVERIFY(QFile::rename(path, moved));
        if (kind == QStringLiteral("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == QStringLiteral("link"))
            QVERIFY(QFile::link(moved, path));
        else
            QVERIFY(QFile::link(kind, path));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(Vault::unlock(dir, secret(testPassphrase())).code(), expected);
        QCOMPARE(Vault::verify(dir, KeySlotKind::Passphrase, secret(testPassphrase())).code(), expected);
        QVERIFY(timer.elapsed() < 10000);
    }

    void verifyPassphraseAndLastBackup()
    {
        QTemporaryDir tmp;
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        QVERIFY(created.vault->verifyPassphrase(secret(testPassphrase())).ok());
        QCOMPARE(created.vault->verifyPassphrase(secret(QStringLiteral("nope nope nope"))).code(),
                 ErrorCode::WrongPassphrase);
        QVERIFY(!created.vault->lastBackupAt().has_value());
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(created.vault->backupTo(tmp.filePath(QStringLiteral("b"))).ok());
        const auto at = created.vault->lastBackupAt();
        QVERIFY(at.has_value());
        QVERIFY(*at >= before && *at <= QDateTime::currentDateTimeUtc().addSecs(1));
        created.vault->lock();
        QCOMPARE(created.vault->verifyPassphrase(secret(testPassphrase())).code(), ErrorCode::Locked);
    }

    void replaceAndRowMovesCannotRewriteSignedRecords()
    {
        QTemporaryDir tmp;
        auto created = createTestVault(tmp.filePath(QStringLiteral("v")));
        FixedClock clock(QDateTime(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC));
        Domain domain(created.vault->database(), clock);
        QVERIFY(domain.counselor().setCounselor({QStringLiteral("Robin"), QString()}).ok());
        Client c;
        c.chosenName = QStringLiteral("Sam");
        const ClientId client = domain.clients().create(c).value();
        SessionContent content;
        content.date = QDate(2026, 11, 19);
        content.note = {{QStringLiteral("data"), QStringLiteral("signed words")}};
        const SessionId signedId = domain.sessions().createDraft(client, content).value();
        QVERIFY(domain.sessions().sign(signedId).ok());
        QCOMPARE(domain.sessions().addAddendum(signedId, QStringLiteral("first addendum")).value(), 1);
        content.note = {{QStringLiteral("data"), QStringLiteral("draft words")}};
        const SessionId draftId = domain.sessions().createDraft(client, content).value();
        Database& db = created.vault->database();
        const std::string sid = std::to_string(signedId.value);
        const std::string did = std::to_string(draftId.value);
        const std::vector<std::string> attempts{
            // REPLACE deletes the conflicting row first; that delete must meet the triggers too.
            "INSERT OR REPLACE INTO addenda (session_id, number, body, signed_at, signed_by) VALUES (" + sid +
                ", 1, 'rewritten', 'x', 'y')",
            "REPLACE INTO sessions (id, uuid, client_id, session_date, note_format, created_at, updated_at) VALUES (" +
                sid + ", 'u', 1, '2026-11-19', 'dap', 'x', 'x')",
            "INSERT OR REPLACE INTO audit_log (id, at, actor, action) VALUES (1, 'x', 'y', 'z')",
            // Moving a draft's rows into the signed record.
            "UPDATE note_sections SET session_id = " + sid + " WHERE session_id = " + did,
        };
        for (const std::string& sql : attempts) {
            auto s = db.exec(sql);
            QVERIFY2(!s.ok(), sql.c_str());
            QCOMPARE(s.code(), ErrorCode::Constraint);
        }
        auto record = domain.sessions().session(signedId).value();
        QCOMPARE(record.addenda.first().body, QStringLiteral("first addendum"));
        QCOMPARE(record.content.note.size(), 1);
        QCOMPARE(record.content.note.first().body, QStringLiteral("signed words"));
    }

    void diskFullLeavesEarlierDataIntact()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        {
            auto created = createTestVault(dir);
            addNote(*created.vault, QStringLiteral("written before the disk filled"));
            Database& db = created.vault->database();
            const qint64 pages = db.queryInt("PRAGMA page_count").value();
            const std::string limit = "PRAGMA max_page_count = " + std::to_string(pages + 2);
            QVERIFY(db.exec(limit).ok());
            auto tx = Transaction::begin(db);
            QVERIFY(tx.ok());
            Status s;
            for (int i = 0; i < 100 && s.ok(); ++i)
                s = db.exec("INSERT INTO scratch (note) VALUES (hex(randomblob(2000)))");
            QCOMPARE(s.code(), ErrorCode::DiskFull);
        }
        auto vault = Vault::unlock(dir, secret(testPassphrase()));
        QVERIFY(vault.ok());
        QCOMPARE(notes(*vault.value()), QStringList{QStringLiteral("written before the disk filled")});
        QVERIFY(vault.value()->checkIntegrity()->ok);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
