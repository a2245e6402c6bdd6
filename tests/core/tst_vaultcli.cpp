// SPDX-License-Identifier: GPL-3.0-or-later
// `continuum vault …` for IT staff and scripts: each outcome has its message and its exit code.
#include "cli/Terminal.h"
#include "cli/VaultCli.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "support/TestSupport.h"
#include "vault/Vault.h"

#include <QFile>
#include <QQueue>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTranslator>

#include <optional>

using namespace continuum;
using namespace continuum::test;

namespace {

struct Run {
    int exit = -1;
    QString out;
    QString err;
    QStringList prompts;
    QStringList questions; ///< the yes/no questions asked on the terminal
};

// Runs the command line with queued answers; stdinMode says whether they come as --passphrase-stdin lines.
// With a terminalAnswer, a yes/no question on the terminal gets it typed; without, no one is there to answer.
Run run(const QStringList& args, const QStringList& answers, std::optional<QString> terminalAnswer = {})
{
    Run r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    QQueue<QString> queue;
    for (const QString& a : answers)
        queue.enqueue(a);
    CliIo io;
    io.out = &out;
    io.err = &err;
    io.kdf = KdfParams::cheapestForTests();
    io.readSecret = [&queue, &r](const QString& prompt, bool) -> Result<SecureBytes> {
        r.prompts.append(prompt);
        if (queue.isEmpty())
            return makeError(ErrorCode::NotFound, QStringLiteral("no input"));
        return SecureBytes::fromText(queue.dequeue());
    };
    if (terminalAnswer) {
        io.ask = [&r, terminalAnswer](const QString& question) {
            r.questions.append(question);
            return *terminalAnswer;
        };
    }
    r.exit = runVaultCli(args, io);
    out.flush();
    err.flush();
    return r;
}

/// Every enumerator. errorCodeName() switches over the enum without a default (a missing case fails the
/// build), so the first value it does not know is one past the last.
QList<ErrorCode> allErrorCodes()
{
    QList<ErrorCode> codes;
    for (int i = 0; errorCodeName(static_cast<ErrorCode>(i)) != QStringLiteral("unknown"); ++i)
        codes.append(static_cast<ErrorCode>(i));
    return codes;
}

/// The exit status for each error code, written out by hand from the README's table, in the enum's order.
const QList<std::pair<ErrorCode, CliExit>> kExpectedExits{
    {ErrorCode::InvalidArgument, CliExit::Usage},               // 2 wrong arguments
    {ErrorCode::NotAVault, CliExit::NotAVault},                 // 4 not a vault
    {ErrorCode::VaultExists, CliExit::Exists},                  // 9 a vault already exists there
    {ErrorCode::MissingDatabase, CliExit::Damaged},             // 5 damaged vault
    {ErrorCode::PlainDatabase, CliExit::NotAVault},             // 4 (or an unencrypted file)
    {ErrorCode::DamagedKeySlots, CliExit::Damaged},             // 5 damaged key slots
    {ErrorCode::DamagedVault, CliExit::Damaged},                // 5 damaged vault; integrity check failed
    {ErrorCode::WrongPassphrase, CliExit::WrongPassphrase},     // 3 wrong passphrase
    {ErrorCode::WrongRecoveryKey, CliExit::WrongPassphrase},    // 3 wrong recovery key
    {ErrorCode::MistypedRecoveryKey, CliExit::WrongPassphrase}, // 3 a recovery key that cannot be right
    {ErrorCode::NewerVersion, CliExit::NewerVersion},           // 6 written by a newer version
    {ErrorCode::AlreadyOpen, CliExit::AlreadyOpen},             // 7 open in another process
    {ErrorCode::DiskFull, CliExit::DiskFull},                   // 8 disk full
    {ErrorCode::Io, CliExit::Failure},                          // 1 other failure
    {ErrorCode::Database, CliExit::Failure},                    // 1
    {ErrorCode::Constraint, CliExit::Failure},                  // 1
    {ErrorCode::Crypto, CliExit::Failure},                      // 1
    {ErrorCode::BackupDamaged, CliExit::Damaged},               // 5 damaged backup
    {ErrorCode::Locked, CliExit::Failure},                      // 1
    {ErrorCode::Unsupported, CliExit::Failure},                 // 1
    {ErrorCode::Validation, CliExit::Failure},                  // 1
    {ErrorCode::NotFound, CliExit::Failure},                    // 1
    {ErrorCode::SignedRecord, CliExit::Failure},                // 1
    {ErrorCode::NotRecorded, CliExit::Failure},                 // 1: done, but not in the audit log
};

QString extractRecoveryKey(const QString& out)
{
    for (const QString& line : out.split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.size() == 39 && t.count(QLatin1Char('-')) == 7)
            return t;
    }
    return {};
}

} // namespace

class TestVaultCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createVerifyBackupRestore()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        const QString pass = testPassphrase();

        Run r = run({QStringLiteral("create"), QStringLiteral("--vault"), dir}, {pass, pass});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.prompts.size(), 2); // asked twice on a terminal
        const QString key = extractRecoveryKey(r.out);
        QVERIFY2(!key.isEmpty(), qPrintable(r.out));

        r = run({QStringLiteral("verify"), QStringLiteral("--vault"), dir}, {pass});
        QCOMPARE(r.exit, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Integrity check passed")), qPrintable(r.out));

        r = run({QStringLiteral("verify"), QStringLiteral("--vault"), dir, QStringLiteral("--recovery-key")}, {key});
        QCOMPARE(r.exit, 0);

        const QString backup = tmp.filePath(QStringLiteral("b.backup"));
        r = run({QStringLiteral("backup"), QStringLiteral("--vault"), dir, QStringLiteral("--output"), backup}, {pass});
        QCOMPARE(r.exit, 0);
        QVERIFY(QFile::exists(backup));

        r = run({QStringLiteral("restore"), QStringLiteral("--vault"), dir, QStringLiteral("--input"), backup}, {pass});
        QCOMPARE(r.exit, int(CliExit::Exists));
        QVERIFY2(r.err.contains(QStringLiteral("--overwrite")), qPrintable(r.err));

        r = run({QStringLiteral("restore"), QStringLiteral("--vault"), dir, QStringLiteral("--input"), backup,
                 QStringLiteral("--overwrite")},
                {pass});
        QCOMPARE(r.exit, 0);
        const QString other = tmp.filePath(QStringLiteral("restored"));
        r = run({QStringLiteral("restore"), QStringLiteral("--vault"), other, QStringLiteral("--input"), backup,
                 QStringLiteral("--recovery-key")},
                {key});
        QCOMPARE(r.exit, 0);
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--vault"), other}, {pass}).exit, 0);
    }

    void changePassphrase()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        const QString key = createTestVault(dir).recoveryKey;
        const QString newPass = QStringLiteral("the new passphrase");

        Run r = run(
            {QStringLiteral("change-passphrase"), QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin")},
            {testPassphrase(), newPass});
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.prompts.size(), 2); // from standard input the new one is read once
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--vault"), dir}, {testPassphrase()}).exit,
                 int(CliExit::WrongPassphrase));
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--vault"), dir}, {newPass}).exit, 0);

        // Forgotten passphrase: the recovery key sets a new one.
        r = run({QStringLiteral("change-passphrase"), QStringLiteral("--vault"), dir, QStringLiteral("--recovery-key")},
                {key, QStringLiteral("third passphrase"), QStringLiteral("third passphrase")});
        QCOMPARE(r.exit, 0);
        QCOMPARE(
            run({QStringLiteral("verify"), QStringLiteral("--vault"), dir}, {QStringLiteral("third passphrase")}).exit,
            0);

        // Two different entries on a terminal: nothing changes.
        const QByteArray slots = fileHash(VaultFiles::keySlots(dir));
        r = run({QStringLiteral("change-passphrase"), QStringLiteral("--vault"), dir},
                {QStringLiteral("third passphrase"), QStringLiteral("fourth passphrase"),
                 QStringLiteral("fourth passphrasf")});
        QCOMPARE(r.exit, int(CliExit::Usage));
        QVERIFY2(r.err.contains(QStringLiteral("differ")), qPrintable(r.err));
        QCOMPARE(fileHash(VaultFiles::keySlots(dir)), slots);
    }

    void failuresHaveDistinctCodesAndMessages_data()
    {
        QTest::addColumn<int>("situation");
        QTest::addColumn<int>("expectedExit");
        QTest::addColumn<QString>("expectedText");
        QTest::addRow("wrong passphrase")
            << 0 << int(CliExit::WrongPassphrase) << QStringLiteral("passphrase does not open");
        QTest::addRow("not a vault") << 1 << int(CliExit::NotAVault) << QStringLiteral("no Continuum vault");
        QTest::addRow("damaged vault") << 2 << int(CliExit::Damaged) << QStringLiteral("FAILED");
        QTest::addRow("newer version") << 3 << int(CliExit::NewerVersion) << QStringLiteral("newer version");
        QTest::addRow("already open") << 4 << int(CliExit::AlreadyOpen) << QStringLiteral("open in another");
        QTest::addRow("mistyped recovery key") << 5 << int(CliExit::WrongPassphrase) << QStringLiteral("typo");
        QTest::addRow("plain SQLite file") << 6 << int(CliExit::NotAVault) << QStringLiteral("not encrypted");
        QTest::addRow("damaged key slots") << 7 << int(CliExit::Damaged) << QStringLiteral("key-slot file is damaged");
    }
    void failuresHaveDistinctCodesAndMessages()
    {
        QFETCH(int, situation);
        QFETCH(int, expectedExit);
        QFETCH(QString, expectedText);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        std::unique_ptr<Vault> holder;
        {
            auto created = createTestVault(dir);
            QVERIFY(created.vault->database().exec("CREATE TABLE s (x TEXT)").ok());
            for (int i = 0; i < 300; ++i)
                QVERIFY(created.vault->database().exec("INSERT INTO s VALUES (hex(randomblob(64)))").ok());
            if (situation == 3) {
                const std::string bump = "PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 5);
                QVERIFY(created.vault->database().exec(bump).ok());
            }
            if (situation == 4)
                holder = std::move(created.vault);
        }
        QStringList args{QStringLiteral("verify"), QStringLiteral("--vault"), dir};
        QString answer = testPassphrase();
        switch (situation) {
        case 0: answer = QStringLiteral("wrong passphrase"); break;
        case 1: args[2] = tmp.path(); break;
        case 2: QVERIFY(flipByte(VaultFiles::database(dir), QFileInfo(VaultFiles::database(dir)).size() - 3000)); break;
        case 5:
            args.append(QStringLiteral("--recovery-key"));
            answer = QStringLiteral("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA");
            break;
        case 6: {
            QVERIFY(QFile::remove(VaultFiles::database(dir)));
            auto plain = Database::open(VaultFiles::database(dir), Database::OpenMode::ReadWriteCreate);
            QVERIFY(plain.ok() && plain->exec("CREATE TABLE x (y)").ok());
            break;
        }
        case 7: {
            QFile f(VaultFiles::keySlots(dir));
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("{");
            break;
        }
        default: break;
        }
        const Run r = run(args, {answer});
        QCOMPARE(r.exit, expectedExit);
        const QString all = r.out + r.err;
        QVERIFY2(all.contains(expectedText), qPrintable(all));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no command") << QStringList{};
        QTest::addRow("unknown command") << QStringList{QStringLiteral("explode"), QStringLiteral("--vault"),
                                                        QStringLiteral("x")};
        QTest::addRow("no vault") << QStringList{QStringLiteral("verify")};
        QTest::addRow("unknown option") << QStringList{QStringLiteral("verify"), QStringLiteral("--vault"),
                                                       QStringLiteral("x"), QStringLiteral("--bogus")};
        QTest::addRow("backup without output")
            << QStringList{QStringLiteral("backup"), QStringLiteral("--vault"), QStringLiteral("x")};
        QTest::addRow("restore without input")
            << QStringList{QStringLiteral("restore"), QStringLiteral("--vault"), QStringLiteral("x")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args, {});
        QCOMPARE(r.exit, int(CliExit::Usage));
        QVERIFY(!r.err.isEmpty());
    }

    void createRefusals()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        Run r = run({QStringLiteral("create"), QStringLiteral("--vault"), dir},
                    {QStringLiteral("one passphrase"), QStringLiteral("another one")});
        QCOMPARE(r.exit, int(CliExit::Usage));
        QVERIFY(!QFile::exists(dir));
        r = run({QStringLiteral("create"), QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin")},
                {QStringLiteral("short")});
        QCOMPARE(r.exit, int(CliExit::Usage));
        QVERIFY(!QFile::exists(dir));
        QCOMPARE(run({QStringLiteral("create"), QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin")},
                     {testPassphrase()})
                     .exit,
                 0);
        const auto before = snapshotFolder(dir);
        r = run({QStringLiteral("create"), QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin")},
                {testPassphrase()});
        QCOMPARE(r.exit, int(CliExit::Exists));
        QCOMPARE(snapshotFolder(dir), before);
        // No passphrase at all (end of input).
        QCOMPARE(
            run({QStringLiteral("verify"), QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin")}, {})
                .exit,
            int(CliExit::Usage));
    }

    void overlongStandardInputIsRefusedNotCut_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("ending");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("4,096 bytes") << 4096 << QStringLiteral("\n") << true;
        QTest::addRow("4,096 bytes, CRLF") << 4096 << QStringLiteral("\r\n") << true;
        QTest::addRow("4,097 bytes") << 4097 << QStringLiteral("\n") << false;
        QTest::addRow("100,000 bytes, no newline") << 100000 << QString() << false;
    }
    void overlongStandardInputIsRefusedNotCut()
    {
        QFETCH(int, length);
        QFETCH(QString, ending);
        QFETCH(bool, accepted);
        std::FILE* in = std::tmpfile();
        QVERIFY(in);
        const QByteArray line = QByteArray(length, 'p') + ending.toLatin1() + "next\n";
        QCOMPARE(std::fwrite(line.constData(), 1, size_t(line.size()), in), size_t(line.size()));
        std::rewind(in);
        auto first = readSecretLine(in);
        QCOMPARE(first.ok(), accepted);
        if (accepted)
            QCOMPARE(first->size(), std::size_t(length));
        else
            QCOMPARE(first.code(), ErrorCode::InvalidArgument);
        // The rest of the long line was consumed, not taken for the next answer.
        auto second = readSecretLine(in);
        if (!ending.isEmpty()) {
            QVERIFY(second.ok());
            QCOMPARE(QByteArray(reinterpret_cast<const char*>(second->data()), qsizetype(second->size())),
                     QByteArray("next"));
        }
        std::fclose(in);
    }

    void aLockLeftByAnotherComputerIsTakenOverOnlyWhenAsked()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        createTestVault(dir).vault->lock();
        QFile lock(VaultFiles::lock(dir));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("777\ncontinuum\nfront-desk-laptop\n");
        lock.close();
        const QStringList verify{QStringLiteral("verify"), QStringLiteral("--vault"), dir,
                                 QStringLiteral("--passphrase-stdin")};
        Run r = run(verify, {testPassphrase()});
        QCOMPARE(r.exit, int(CliExit::AlreadyOpen));
        QVERIFY2(r.err.contains(QStringLiteral("front-desk-laptop")) && r.err.contains(QStringLiteral("777")),
                 qPrintable(r.err));
        QVERIFY(QFile::exists(VaultFiles::lock(dir)));
        r = run(verify + QStringList{QStringLiteral("--break-lock")}, {testPassphrase()});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("took over")));
        QVERIFY(!QFile::exists(VaultFiles::lock(dir)));
    }

    // On a terminal, --break-lock asks first, in the language the program speaks: "[y/N]" takes y or yes,
    // Spanish "[s/N]" takes s, si or sí (any case, with or without the accent). Anything else is a no, and a
    // no changes nothing on disk.
    void takingOverALockAsksInTheProgramsLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("takenOver");
        QTest::addRow("en y") << QStringLiteral("en") << QStringLiteral("y") << true;
        QTest::addRow("en yes") << QStringLiteral("en") << QStringLiteral("yes") << true;
        QTest::addRow("en YES, spaces") << QStringLiteral("en") << QStringLiteral("  YES ") << true;
        QTest::addRow("en Y") << QStringLiteral("en") << QStringLiteral("Y") << true;
        QTest::addRow("en n") << QStringLiteral("en") << QStringLiteral("n") << false;
        QTest::addRow("en no") << QStringLiteral("en") << QStringLiteral("no") << false;
        QTest::addRow("en nothing typed") << QStringLiteral("en") << QString() << false;
        QTest::addRow("en yess") << QStringLiteral("en") << QStringLiteral("yess") << false;
        QTest::addRow("en y es") << QStringLiteral("en") << QStringLiteral("y es") << false;
        QTest::addRow("en garbage") << QStringLiteral("en") << QStringLiteral("#@!") << false;
        QTest::addRow("en sí is Spanish") << QStringLiteral("en") << QStringLiteral("sí") << false;
        QTest::addRow("es s") << QStringLiteral("es") << QStringLiteral("s") << true;
        QTest::addRow("es si") << QStringLiteral("es") << QStringLiteral("si") << true;
        QTest::addRow("es sí") << QStringLiteral("es") << QStringLiteral("sí") << true;
        QTest::addRow("es SÍ") << QStringLiteral("es") << QStringLiteral("SÍ") << true;
        QTest::addRow("es Si") << QStringLiteral("es") << QStringLiteral("Si") << true;
        QTest::addRow("es S") << QStringLiteral("es") << QStringLiteral("S") << true;
        // "si" with a combining accent, as some keyboards type it.
        QTest::addRow("es si, combining accent") << QStringLiteral("es") << QStringLiteral("si\u0301") << true;
        QTest::addRow("es n") << QStringLiteral("es") << QStringLiteral("n") << false;
        QTest::addRow("es no") << QStringLiteral("es") << QStringLiteral("no") << false;
        QTest::addRow("es nothing typed") << QStringLiteral("es") << QString() << false;
        QTest::addRow("es sin") << QStringLiteral("es") << QStringLiteral("sin") << false;
        QTest::addRow("es garbage") << QStringLiteral("es") << QStringLiteral("xyz") << false;
    }

    void takingOverALockAsksInTheProgramsLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, answer);
        QFETCH(bool, takenOver);
        QTranslator spanish;
        if (language == QLatin1String("es")) {
#ifdef CONTINUUM_ES_QM
            QVERIFY2(spanish.load(QStringLiteral(CONTINUUM_ES_QM)), CONTINUUM_ES_QM);
            QVERIFY(QCoreApplication::installTranslator(&spanish));
#else
            QSKIP("built without the application's catalogues (CONTINUUM_BUILD_UI off)");
#endif
        }
        const auto removeSpanish = qScopeGuard([&spanish] { QCoreApplication::removeTranslator(&spanish); });

        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        createTestVault(dir).vault->lock();
        QFile lock(VaultFiles::lock(dir));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("777\ncontinuum\nfront-desk-laptop\n");
        lock.close();
        const QMap<QString, QByteArray> before = snapshotFolder(dir);
        // No --passphrase-stdin: the passphrase and the answer come from the person at the terminal.
        const Run r = run({QStringLiteral("verify"), QStringLiteral("--vault"), dir, QStringLiteral("--break-lock")},
                          {testPassphrase()}, answer);
        QCOMPARE(r.questions.size(), 1);
        QVERIFY2(r.questions.first().contains(QStringLiteral("front-desk-laptop")), qPrintable(r.questions.first()));
        const QString shown = language == QLatin1String("es") ? QStringLiteral("[s/N]") : QStringLiteral("[y/N]");
        QVERIFY2(r.questions.first().trimmed().endsWith(shown), qPrintable(r.questions.first()));
        if (takenOver) {
            QVERIFY2(r.exit == 0, qPrintable(r.err));
            QVERIFY(!QFile::exists(VaultFiles::lock(dir)));
        } else {
            QCOMPARE(r.exit, int(CliExit::AlreadyOpen));
            QCOMPARE(snapshotFolder(dir), before);
        }
    }

    void aYesAnswerIsReadInTheProgramsLanguage_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("yes");
        QTest::addRow("y") << QStringLiteral("y") << true;
        QTest::addRow("Yes") << QStringLiteral("Yes") << true;
        QTest::addRow("empty") << QString() << false;
        QTest::addRow("spaces") << QStringLiteral("   ") << false;
        QTest::addRow("n") << QStringLiteral("n") << false;
        QTest::addRow("comma") << QStringLiteral(",") << false;
        QTest::addRow("y,yes") << QStringLiteral("y,yes") << false;
        QTest::addRow("s, untranslated") << QStringLiteral("s") << false;
    }

    void aYesAnswerIsReadInTheProgramsLanguage()
    {
        QFETCH(QString, answer);
        QFETCH(bool, yes);
        QCOMPARE(isYesAnswer(answer), yes);
    }

    void theCommandLineIsAuditedLikeTheWindow()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("v"));
        createTestVault(dir).vault->lock();
        const QString backup = tmp.filePath(QStringLiteral("b.continuum-backup"));
        Run r = run({QStringLiteral("backup"), QStringLiteral("--vault"), dir, QStringLiteral("--output"), backup,
                     QStringLiteral("--passphrase-stdin")},
                    {testPassphrase()});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QString next = QStringLiteral("another long passphrase");
        r = run(
            {QStringLiteral("change-passphrase"), QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin")},
            {testPassphrase(), next});
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        const QString restored = tmp.filePath(QStringLiteral("restored"));
        r = run({QStringLiteral("restore"), QStringLiteral("--vault"), restored, QStringLiteral("--input"), backup,
                 QStringLiteral("--passphrase-stdin")},
                {testPassphrase()});
        QVERIFY2(r.exit == 0, qPrintable(r.err));

        const auto actions = [](const QString& vaultDir, const QString& passphrase) {
            QStringList out;
            auto vault = Vault::unlock(vaultDir, secret(passphrase));
            if (!vault)
                return QStringList{vault.error().detail};
            auto st = vault.value()->database().prepare(
                "SELECT action || ' ' || detail FROM audit_log WHERE record_type = 'vault' ORDER BY id");
            while (st && st->step().value())
                out.append(st->columnText(0));
            return out;
        };
        const QStringList log = actions(dir, next);
        QVERIFY2(log.contains(QStringLiteral("unlock command line")), qPrintable(log.join(QLatin1Char('|'))));
        QCOMPARE(log.count(QStringLiteral("unlock command line")), 2);
        QVERIFY2(log.contains(QStringLiteral("backup ")), qPrintable(log.join(QLatin1Char('|'))));
        QVERIFY2(log.contains(QStringLiteral("change-passphrase ")), qPrintable(log.join(QLatin1Char('|'))));
        const QStringList restoredLog = actions(restored, testPassphrase());
        QVERIFY2(restoredLog.contains(QStringLiteral("restore b.continuum-backup")),
                 qPrintable(restoredLog.join(QLatin1Char('|'))));
    }

    void everyErrorCodeMapsToAnExit_data()
    {
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<CliExit>("expected");
        for (const auto& [code, exit] : kExpectedExits)
            QTest::addRow("%s", qPrintable(errorCodeName(code))) << code << exit;
    }
    void everyErrorCodeMapsToAnExit()
    {
        QFETCH(ErrorCode, code);
        QFETCH(CliExit, expected);
        // As numbers: they are what a script sees, and what the README's exit table lists.
        QCOMPARE(static_cast<int>(exitCodeFor(code)), static_cast<int>(expected));
    }

    void theExitTableNamesEveryErrorCode()
    {
        QList<ErrorCode> listed;
        for (const auto& entry : kExpectedExits)
            listed.append(entry.first);
        QCOMPARE(listed, allErrorCodes());
    }
};

QTEST_GUILESS_MAIN(TestVaultCli)
#include "tst_vaultcli.moc"
