// SPDX-License-Identifier: GPL-3.0-or-later
// Encryption at rest: no record text, passphrase or data key reaches any file in plaintext (the
// database, its WAL and shared-memory files while the vault is open, a backup, the key slots), and
// the database is standard SQLCipher that the real sqlcipher tool opens with the data key and with
// nothing else. Positive controls prove that the scan would see plaintext if it were there.

#include "crypto/KeySlot.h"
#include "crypto/Sodium.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;

namespace {

QString longNote()
{
    return QStringLiteral("MARKER-LONG-NOTE Quillon-Vasquez-8823: ") +
           QStringLiteral("Client came in for supplies, asked about the evening clinic, declined a referral "
                          "and said they would come back on Thursday with a friend. ")
               .repeated(6);
}

/// Record text that must never appear in a file. The long note stays well below a page, so even in a
/// plaintext database it would sit in one piece where the scan can find it.
QStringList markers()
{
    return {QStringLiteral("MARKER-CHOSEN-NAME-Zephyrine-4711"), longNote(), QStringLiteral("José Ñandú marker")};
}

/// The bytes text would have on disk as UTF-8 and as UTF-16 (SQLite's two text encodings).
QList<QByteArray> encodings(const QString& text)
{
    return {text.toUtf8(), QByteArray(reinterpret_cast<const char*>(text.utf16()),
                                      text.size() * static_cast<qsizetype>(sizeof(char16_t)))};
}

QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

/// Every occurrence of any of the texts (in either encoding) in any of the files, described.
QStringList plaintextHits(const QStringList& files, const QStringList& texts)
{
    QStringList hits;
    for (const QString& file : files) {
        for (const QString& text : texts) {
            for (const QByteArray& needle : encodings(text)) {
                if (const int n = test::countInFile(file, needle); n > 0)
                    hits.append(QStringLiteral("%1: \"%2\" x%3").arg(file, text.left(40)).arg(n));
            }
        }
    }
    return hits;
}

Status insertMarkers(Database& db)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    if (auto s = db.exec("CREATE TABLE atrest_notes (id INTEGER PRIMARY KEY, value TEXT NOT NULL)"); !s)
        return s;
    auto insert = db.prepare("INSERT INTO atrest_notes (value) VALUES (?1)");
    if (!insert)
        return insert.error();
    for (const QString& marker : markers()) {
        insert->reset();
        insert->bind(1, marker);
        if (auto s = insert->run(); !s)
            return s;
    }
    return tx->commit();
}

Result<QStringList> readMarkers(Database& db)
{
    auto select = db.prepare("SELECT value FROM atrest_notes ORDER BY id");
    if (!select)
        return select.error();
    QStringList values;
    while (true) {
        auto row = select->step();
        if (!row)
            return row.error();
        if (!row.value())
            return values;
        values.append(select->columnText(0));
    }
}

/// A vault in dir holding the markers, locked again.
void createLockedVaultWithMarkers(const QString& dir)
{
    auto created = test::createTestVault(dir);
    const Status s = insertMarkers(created.vault->database());
    QVERIFY2(s, qPrintable(s.error().detail));
    created.vault->lock();
}

enum class ShellKey { DataKey, WrongKey, NoKey };

} // namespace

class TestAtRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scannerFindsPlaintext_data();
    void scannerFindsPlaintext();
    void plainSqliteWouldShowMarkers();
    void noPlaintextAtRest();
    void dataKeyNotAtRest();
    void sqlcipherToolNeedsDataKey_data();
    void sqlcipherToolNeedsDataKey();
};

void TestAtRest::scannerFindsPlaintext_data()
{
    QTest::addColumn<QString>("marker");
    const QStringList all = markers();
    QTest::addRow("chosen name") << all.at(0);
    QTest::addRow("long note") << all.at(1);
    QTest::addRow("unicode") << all.at(2);
}

// Positive control: the scanner counts every copy of a marker that is in a file.
void TestAtRest::scannerFindsPlaintext()
{
    QFETCH(QString, marker);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("plain.bin"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray noise = randomBytes(3000);
    f.write(noise + marker.toUtf8() + noise + marker.toUtf8() + noise);
    f.close();

    QCOMPARE(test::countInFile(path, marker.toUtf8()), 2);
    QCOMPARE(plaintextHits({path}, {marker}).size(), 1);
    QCOMPARE(plaintextHits({path}, {QStringLiteral("MARKER-never-written")}), QStringList());
}

// Positive control at the database level: the same rows in an unencrypted database, still open in WAL
// mode, are found by the same scan, so a zero in noPlaintextAtRest means something.
void TestAtRest::plainSqliteWouldShowMarkers()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString path = tmp.filePath(QStringLiteral("plain.db"));
    auto db = Database::open(path, Database::OpenMode::ReadWriteCreate);
    QVERIFY2(db, qPrintable(db.error().detail));
    const auto mode = db->queryText("PRAGMA journal_mode = WAL");
    QVERIFY2(mode, qPrintable(mode.error().detail));
    QCOMPARE(mode.value(), QStringLiteral("wal"));
    const Status s = insertMarkers(db.value());
    QVERIFY2(s, qPrintable(s.error().detail));

    const QString wal = path + QStringLiteral("-wal");
    QVERIFY(QFileInfo(wal).size() > 0);
    for (const QString& marker : markers()) {
        QVERIFY2(!plaintextHits({path, wal}, {marker}).isEmpty(), qPrintable(marker.left(40)));
    }
    const Status closed = db->close();
    QVERIFY2(closed, qPrintable(closed.error().detail));
}

void TestAtRest::noPlaintextAtRest()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    auto created = test::createTestVault(dir);
    Vault& vault = *created.vault;
    const Status inserted = insertMarkers(vault.database());
    QVERIFY2(inserted, qPrintable(inserted.error().detail));
    const auto readBack = readMarkers(vault.database());
    QVERIFY2(readBack, qPrintable(readBack.error().detail));
    QCOMPARE(readBack.value(), markers());

    const QStringList secrets = markers() << test::testPassphrase();
    const QString db = VaultFiles::database(dir);

    // While open: the committed rows sit in the WAL, not yet checkpointed; the scan must cover them.
    const QFileInfo wal(db + QStringLiteral("-wal"));
    QVERIFY2(wal.exists() && wal.size() > 0, "the WAL holds the commit while the vault is open");
    QVERIFY(QFileInfo::exists(db + QStringLiteral("-shm")));
    QStringList files = filesUnder(dir);
    QVERIFY(files.contains(wal.filePath()));
    QVERIFY(files.contains(db));
    QStringList hits = plaintextHits(files, secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

    const QString backup = tmp.filePath(QStringLiteral("vault.continuum-backup"));
    const Status backedUp = vault.backupTo(backup);
    QVERIFY2(backedUp, qPrintable(backedUp.error().detail));
    QVERIFY(QFileInfo(backup).size() > 0);
    hits = plaintextHits({backup}, secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));

    vault.lock();
    files = filesUnder(tmp.path());
    QVERIFY(files.contains(VaultFiles::keySlots(dir)));
    QVERIFY(files.contains(backup));
    hits = plaintextHits(files, secrets);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QLatin1Char('\n'))));
}

void TestAtRest::dataKeyNotAtRest()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    {
        auto created = test::createTestVault(dir);
        const Status backedUp = created.vault->backupTo(tmp.filePath(QStringLiteral("backup")));
        QVERIFY2(backedUp, qPrintable(backedUp.error().detail));
    }
    const auto slots = KeySlotFile::read(VaultFiles::keySlots(dir));
    QVERIFY2(slots, qPrintable(slots.error().detail));
    const auto slot = slots->slot(KeySlotKind::Passphrase);
    QVERIFY(slot);
    const auto key = unwrapKey(*slot, test::secret(test::testPassphrase()), slots->vaultId);
    QVERIFY2(key, qPrintable(key.error().detail));
    QCOMPARE(key->size(), kDataKeyBytes);

    const QByteArray raw = key->view().toByteArray();
    const QList<QByteArray> forms{raw, raw.toHex(), raw.toHex().toUpper(), raw.toBase64()};
    for (const QString& file : filesUnder(tmp.path())) {
        for (const QByteArray& form : forms)
            QVERIFY2(test::countInFile(file, form) == 0, qPrintable(QStringLiteral("data key found in ") + file));
    }
}

void TestAtRest::sqlcipherToolNeedsDataKey_data()
{
    QTest::addColumn<ShellKey>("keyChoice");
    QTest::addRow("data key") << ShellKey::DataKey;
    QTest::addRow("wrong key") << ShellKey::WrongKey;
    QTest::addRow("no key") << ShellKey::NoKey;
}

// Interoperability: the vault is a standard SQLCipher 4 database under its raw data key. Whoever has
// the key slots and the passphrase can recover it with the stock tool; nobody else can read it.
void TestAtRest::sqlcipherToolNeedsDataKey()
{
    QFETCH(ShellKey, keyChoice);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(QStringLiteral("vault"));
    createLockedVaultWithMarkers(dir);
    if (QTest::currentTestFailed())
        return;

    const auto slots = KeySlotFile::read(VaultFiles::keySlots(dir));
    QVERIFY2(slots, qPrintable(slots.error().detail));
    const auto slot = slots->slot(KeySlotKind::Passphrase);
    QVERIFY(slot);
    const auto key = unwrapKey(*slot, test::secret(test::testPassphrase()), slots->vaultId);
    QVERIFY2(key, qPrintable(key.error().detail));

    QByteArray script;
    if (keyChoice == ShellKey::DataKey)
        script += "PRAGMA key = \"x'" + key->view().toByteArray().toHex() + "'\";\n";
    else if (keyChoice == ShellKey::WrongKey)
        script += "PRAGMA key = \"x'" + randomBytes(static_cast<int>(kDataKeyBytes)).toHex() + "'\";\n";
    script += "SELECT value FROM atrest_notes ORDER BY id;\n"
              "SELECT value FROM vault_meta WHERE key = 'vault_id';\n";

    // The key goes through standard input, never the command line other processes can read.
    QProcess shell;
    shell.start(QStringLiteral(SQLCIPHER_SHELL), {QStringLiteral("-batch"), VaultFiles::database(dir)});
    QVERIFY2(shell.waitForStarted(10000), qPrintable(shell.errorString()));
    shell.write(script);
    shell.closeWriteChannel();
    QVERIFY2(shell.waitForFinished(30000), "sqlcipher did not finish");
    QCOMPARE(shell.exitStatus(), QProcess::NormalExit);
    const QByteArray out = shell.readAllStandardOutput();
    const QByteArray err = shell.readAllStandardError();
    const QString transcript =
        QStringLiteral("stdout:\n") + QString::fromUtf8(out) + QStringLiteral("\nstderr:\n") + QString::fromUtf8(err);

    const QByteArray vaultId = slots->vaultId.toString(QUuid::WithoutBraces).toUtf8();
    if (keyChoice == ShellKey::DataKey) {
        QVERIFY2(shell.exitCode() == 0, qPrintable(transcript));
        for (const QString& marker : markers())
            QVERIFY2(out.contains(marker.toUtf8()), qPrintable(marker.left(40) + QLatin1Char('\n') + transcript));
        QVERIFY2(out.contains(vaultId), qPrintable(transcript));
    } else {
        QVERIFY2(shell.exitCode() != 0, qPrintable(transcript));
        QVERIFY2(out.contains("file is not a database") || err.contains("file is not a database"),
                 qPrintable(transcript));
        for (const QString& marker : markers())
            QVERIFY2(!out.contains(marker.toUtf8()), qPrintable(transcript));
        QVERIFY2(!out.contains(vaultId), qPrintable(transcript));
    }

    // Whatever the tool did, the vault still opens and is intact.
    auto reopened = Vault::unlock(dir, test::secret(test::testPassphrase()));
    QVERIFY2(reopened, qPrintable(reopened.error().detail));
    const auto report = reopened.value()->checkIntegrity();
    QVERIFY2(report, qPrintable(report.error().detail));
    QVERIFY2(report->ok, qPrintable(report->problems.join(QStringLiteral("; "))));
}

QTEST_GUILESS_MAIN(TestAtRest)
#include "tst_atrest.moc"
