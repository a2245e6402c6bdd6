// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/VaultCli.h"

#include "cli/Terminal.h"
#include "crypto/RecoveryKey.h"
#include "util/Clock.h"
#include "util/ErrorMessages.h"
#include "vault/Backup.h"
#include "vault/Vault.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

namespace continuum {

namespace {

struct CliText {
    Q_DECLARE_TR_FUNCTIONS(VaultCli)
};

class Command
{
public:
    Command(CliIo& io, const CliContext& context, bool fromStdin)
        : m_io(io)
        , m_context(context)
        , m_fromStdin(fromStdin)
    {}

    int fail(const Error& e)
    {
        *m_io.err << CliText::tr("continuum: ") << cliErrorMessage(e, m_context) << Qt::endl;
        return static_cast<int>(exitCodeFor(e.code));
    }
    int usage(const QString& text)
    {
        *m_io.err << CliText::tr("continuum: ") << text << Qt::endl;
        return static_cast<int>(CliExit::Usage);
    }

    /// A secret, or an InvalidArgument error saying why there is none to use.
    Result<SecureBytes> secret(const QString& prompt)
    {
        auto s = m_io.readSecret(prompt, m_fromStdin);
        if (!s && s.code() == ErrorCode::NotFound)
            return makeError(ErrorCode::InvalidArgument, CliText::tr("no passphrase given"));
        if (!s)
            return makeError(ErrorCode::InvalidArgument, CliText::tr("the passphrase is %1").arg(s.error().detail));
        return s;
    }

    Result<std::unique_ptr<Vault>> unlock(const QString& dir, bool useRecovery)
    {
        auto s = secret(useRecovery ? CliText::tr("Recovery key: ") : CliText::tr("Passphrase: "));
        if (!s)
            return s.error();
        auto vault = withLock(dir, [&] {
            if (useRecovery)
                return Vault::unlockWithRecoveryKey(dir, s.value());
            return Vault::unlock(dir, s.value());
        });
        if (vault && vault.value()->keySlotProblem()) {
            *m_io.err << CliText::tr("continuum: warning: %1. The vault opens with its passphrase; to have a recovery "
                                     "key again, restore keyslots.json from a backup.")
                             .arg(vault.value()->keySlotProblem()->detail)
                      << Qt::endl;
        }
        return vault;
    }

    /// Runs an operation that takes the vault's lock. When the lock is held elsewhere and --break-lock
    /// was given, asks (on a terminal; with --passphrase-stdin the option is the answer), takes the lock
    /// over and tries once more. A live process on this computer keeps its lock.
    template<typename F>
    auto withLock(const QString& dir, F&& operation) -> decltype(operation())
    {
        auto result = operation();
        if (result.ok() || result.code() != ErrorCode::AlreadyOpen || !m_context.breakLock)
            return result;
        const auto owner = Vault::lockOwner(dir);
        const QString who = owner ? CliText::tr("process %1 on the computer \"%2\"").arg(owner->pid).arg(owner->host)
                                  : CliText::tr("an unknown process");
        if (!m_fromStdin &&
            !(m_io.ask && isYesAnswer(m_io.ask(CliText::tr("The vault's lock is held by %1. Take it over? Only do this "
                                                           "if Continuum is not running there. [y/N] ")
                                                   .arg(who))))) {
            return result;
        }
        if (auto s = Vault::breakLock(dir); !s)
            return s.error();
        *m_io.err << CliText::tr("continuum: took over the vault's lock from %1.").arg(who) << Qt::endl;
        return operation();
    }

    // A new passphrase: twice on a terminal, once from standard input (scripts).
    Result<SecureBytes> newPassphrase()
    {
        auto first = secret(CliText::tr("New passphrase: "));
        if (!first || m_fromStdin)
            return first;
        auto again = secret(CliText::tr("Repeat the new passphrase: "));
        if (!again)
            return again;
        if (!again->equals(first.value()))
            return makeError(ErrorCode::InvalidArgument, CliText::tr("the two passphrases differ"));
        return first;
    }

    QTextStream& out() { return *m_io.out; }
    CliIo& io() { return m_io; }

private:
    CliIo& m_io;
    CliContext m_context;
    bool m_fromStdin;
};

const char* const kUsage = QT_TRANSLATE_NOOP(
    "VaultCli", "usage: continuum vault <command> --vault DIR [options]\n"
                "\n"
                "commands:\n"
                "  create              create a new vault and print its recovery key once\n"
                "  verify              unlock and run the full integrity check; non-zero exit on any problem\n"
                "  backup --output F   write a single-file backup of the open vault to F\n"
                "  restore --input F   verify backup F and restore it as the vault (--overwrite to replace one)\n"
                "  change-passphrase   set a new passphrase (after the current one, or --recovery-key)\n"
                "\n"
                "options:\n"
                "  --passphrase-stdin  read passphrases from standard input, one per line, instead of the terminal\n"
                "  --recovery-key      unlock with the recovery key instead of the passphrase\n"
                "  --break-lock        take over a vault whose lock was left by another computer or a process\n"
                "                      that is gone (asks first on a terminal)\n"
                "\n"
                "exit codes: 0 ok, 1 other failure, 2 usage, 3 wrong passphrase or recovery key, 4 not a vault,\n"
                "            5 damaged, 6 newer version, 7 already open, 8 disk full, 9 vault already exists\n");

} // namespace

QString cliErrorMessage(const Error& error, const CliContext& context)
{
    QString text = errorMessage(error);
    // A hint names an option of the command that failed, and only one that was not given already.
    if (error.code == ErrorCode::VaultExists && context.command == QStringLiteral("restore") && !context.overwrite)
        text += QLatin1Char(' ') + CliText::tr("To replace that vault with the backup, add --overwrite.");
    // restore never takes a lock over (it only replaces a vault nobody holds open).
    if (error.code == ErrorCode::AlreadyOpen && !context.breakLock && context.command != QStringLiteral("restore"))
        text += QLatin1Char(' ') + CliText::tr("If Continuum is no longer running there, --break-lock takes over "
                                               "its lock.");
    if (!error.detail.isEmpty())
        text += QStringLiteral(" (") + error.detail + QLatin1Char(')');
    return text;
}

namespace {

/// Lower case without accents, so "SÍ", "Sí" and "si" read alike.
QString foldedAnswer(const QString& text)
{
    const QString decomposed = text.trimmed().normalized(QString::NormalizationForm_D);
    QString out;
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

} // namespace

bool isYesAnswer(const QString& answer)
{
    const QString given = foldedAnswer(answer);
    if (given.isEmpty())
        return false;
    // The words that mean yes come from the catalogue of the language the question was asked in, so a Spanish
    // "[s/N]" takes "s", "si" and "sí", and an English "[y/N]" takes "y" and "yes".
    const QStringList yes = CliText::tr("y,yes", "the answers that mean yes to a [y/N] question: lower case, "
                                                 "separated by commas, no spaces; the first is the one the "
                                                 "question shows")
                                .split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& word : yes) {
        if (foldedAnswer(word) == given)
            return true;
    }
    return false;
}

CliExit exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongPassphrase:
    case ErrorCode::WrongRecoveryKey:
    case ErrorCode::MistypedRecoveryKey: return CliExit::WrongPassphrase;
    case ErrorCode::NotAVault:
    case ErrorCode::PlainDatabase: return CliExit::NotAVault;
    case ErrorCode::MissingDatabase:
    case ErrorCode::DamagedKeySlots:
    case ErrorCode::DamagedVault:
    case ErrorCode::BackupDamaged: return CliExit::Damaged;
    case ErrorCode::NewerVersion: return CliExit::NewerVersion;
    case ErrorCode::AlreadyOpen: return CliExit::AlreadyOpen;
    case ErrorCode::DiskFull: return CliExit::DiskFull;
    case ErrorCode::VaultExists: return CliExit::Exists;
    case ErrorCode::InvalidArgument: return CliExit::Usage;
    default: return CliExit::Failure;
    }
}

int runVaultCli(const QStringList& args, CliIo& io)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption vaultOpt(QStringLiteral("vault"), CliText::tr("vault folder"), QStringLiteral("DIR"));
    const QCommandLineOption stdinOpt(QStringLiteral("passphrase-stdin"),
                                      CliText::tr("read passphrases from standard input"));
    const QCommandLineOption recoveryOpt(QStringLiteral("recovery-key"), CliText::tr("unlock with the recovery key"));
    const QCommandLineOption outputOpt(QStringLiteral("output"), CliText::tr("backup file to write"),
                                       QStringLiteral("FILE"));
    const QCommandLineOption inputOpt(QStringLiteral("input"), CliText::tr("backup file to restore"),
                                      QStringLiteral("FILE"));
    const QCommandLineOption overwriteOpt(QStringLiteral("overwrite"), CliText::tr("replace an existing vault"));
    const QCommandLineOption breakLockOpt(QStringLiteral("break-lock"),
                                          CliText::tr("take over a lock left by another computer"));
    const QCommandLineOption helpOpt(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                     CliText::tr("show this help"));
    parser.addOptions({vaultOpt, stdinOpt, recoveryOpt, outputOpt, inputOpt, overwriteOpt, breakLockOpt, helpOpt});

    // QCommandLineParser expects the program name first.
    if (!parser.parse(QStringList{QStringLiteral("continuum-vault")} + args)) {
        *io.err << CliText::tr("continuum: ") << parser.errorText() << QLatin1Char('\n') << CliText::tr(kUsage);
        io.err->flush();
        return static_cast<int>(CliExit::Usage);
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(helpOpt)) {
        *io.out << CliText::tr(kUsage);
        io.out->flush();
        return static_cast<int>(CliExit::Ok);
    }
    if (positional.size() != 1) {
        *io.err << CliText::tr(kUsage);
        io.err->flush();
        return static_cast<int>(CliExit::Usage);
    }
    const QString command = positional.first();
    const CliContext context{command, parser.isSet(overwriteOpt), parser.isSet(breakLockOpt)};
    Command cmd(io, context, parser.isSet(stdinOpt));
    const QString dir = parser.value(vaultOpt);
    if (dir.isEmpty())
        return cmd.usage(CliText::tr("--vault DIR is required"));
    const bool useRecovery = parser.isSet(recoveryOpt);

    if (command == QStringLiteral("create")) {
        auto pass = cmd.newPassphrase();
        if (!pass)
            return cmd.fail(pass.error());
        auto created = Vault::create(dir, pass.value(), io.kdf);
        if (!created)
            return cmd.fail(created.error());
        cmd.out() << CliText::tr("Created the vault in %1.").arg(QFileInfo(dir).absoluteFilePath()) << Qt::endl
                  << CliText::tr("Recovery key (shown only this once; print it or write it down and keep it apart from "
                                 "this computer):")
                  << Qt::endl
                  << QStringLiteral("    ") << created->recoveryKey << Qt::endl;
        return static_cast<int>(CliExit::Ok);
    }
    if (command == QStringLiteral("verify")) {
        auto s = cmd.secret(useRecovery ? CliText::tr("Recovery key: ") : CliText::tr("Passphrase: "));
        if (!s)
            return cmd.fail(s.error());
        // A private copy is checked: verify never checkpoints, rewrites or deletes anything in the vault.
        auto report = cmd.withLock(dir, [&]() -> Result<IntegrityReport> {
            if (!useRecovery)
                return Vault::verify(dir, KeySlotKind::Passphrase, s.value());
            auto recovery = RecoveryKey::parse(s.value());
            if (!recovery)
                return recovery.error();
            return Vault::verify(dir, KeySlotKind::Recovery, recovery.value());
        });
        if (!report)
            return cmd.fail(report.error());
        if (!report->ok) {
            cmd.out() << CliText::tr("Integrity check FAILED:") << Qt::endl;
            for (const QString& p : report->problems)
                cmd.out() << QStringLiteral("  ") << p << Qt::endl;
            return static_cast<int>(CliExit::Damaged);
        }
        cmd.out() << CliText::tr("Integrity check passed: every page decrypts and authenticates, and the database "
                                 "structure is sound.")
                  << Qt::endl;
        return static_cast<int>(CliExit::Ok);
    }
    if (command == QStringLiteral("backup")) {
        const QString output = parser.value(outputOpt);
        if (output.isEmpty())
            return cmd.usage(CliText::tr("backup needs --output FILE"));
        // Refused before anything is unlocked (or written to the audit log).
        if (auto s = Vault::checkBackupTarget(output, dir); !s)
            return cmd.fail(s.error());
        auto vault = cmd.unlock(dir, useRecovery);
        if (!vault)
            return cmd.fail(vault.error());
        // Through a workspace, as in the window: the unlock and the backup go into the audit log.
        SystemClock clock;
        Workspace workspace(clock);
        if (auto s = workspace.open(std::move(vault).value(), {useRecovery, {}, QStringLiteral("command line")}); !s)
            return cmd.fail(s.error());
        const Status s = workspace.backupTo(output);
        if (!s && s.code() != ErrorCode::NotRecorded)
            return cmd.fail(s.error());
        cmd.out() << CliText::tr("Backup written to %1.").arg(QFileInfo(output).absoluteFilePath()) << Qt::endl;
        return s ? static_cast<int>(CliExit::Ok) : cmd.fail(s.error()); // written, but not in the audit log
    }
    if (command == QStringLiteral("restore")) {
        const QString input = parser.value(inputOpt);
        if (input.isEmpty())
            return cmd.usage(CliText::tr("restore needs --input FILE"));
        auto s = cmd.secret(useRecovery ? CliText::tr("Recovery key of the backup: ")
                                        : CliText::tr("Passphrase of the backup: "));
        if (!s)
            return cmd.fail(s.error());
        const Backup::RestoreOptions options{input, dir, parser.isSet(overwriteOpt)};
        const Status restored =
            useRecovery ? Backup::restoreWithRecoveryKey(options, s.value()) : Backup::restore(options, s.value());
        if (!restored)
            return cmd.fail(restored.error());
        cmd.out() << CliText::tr("Restored and verified the vault in %1.").arg(QFileInfo(dir).absoluteFilePath())
                  << Qt::endl;
        // The restored vault records that it was restored (opened once more with the same key).
        {
            auto reopened = useRecovery ? Vault::unlockWithRecoveryKey(dir, s.value()) : Vault::unlock(dir, s.value());
            SystemClock clock;
            Workspace workspace(clock);
            Status audited = reopened ? workspace.open(std::move(reopened).value(),
                                                       {useRecovery, {}, QStringLiteral("command line")})
                                      : Status(reopened.error());
            if (audited)
                audited = workspace.recordRestore(QFileInfo(input).fileName());
            // The restore stands whatever happens here: say it was not recorded, not that it failed.
            if (!audited)
                return cmd.fail(makeError(ErrorCode::NotRecorded, audited.error().detail));
        }
        return static_cast<int>(CliExit::Ok);
    }
    if (command == QStringLiteral("change-passphrase")) {
        auto vault = cmd.unlock(dir, useRecovery);
        if (!vault)
            return cmd.fail(vault.error());
        SystemClock clock;
        Workspace workspace(clock);
        if (auto s = workspace.open(std::move(vault).value(), {useRecovery, {}, QStringLiteral("command line")}); !s)
            return cmd.fail(s.error());
        auto pass = cmd.newPassphrase();
        if (!pass)
            return cmd.fail(pass.error());
        const Status s = workspace.changePassphrase(pass.value());
        if (!s && s.code() != ErrorCode::NotRecorded)
            return cmd.fail(s.error());
        cmd.out() << CliText::tr("The passphrase was changed.") << Qt::endl;
        return s ? static_cast<int>(CliExit::Ok) : cmd.fail(s.error()); // changed, but not in the audit log
    }
    return cmd.usage(CliText::tr("unknown command '%1'").arg(command) + QLatin1Char('\n') + CliText::tr(kUsage));
}

int runVaultCliOnTerminal(const QStringList& args)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CliIo io;
    io.out = &out;
    io.err = &err;
    io.readSecret = [&err](const QString& prompt, bool fromStdin) -> Result<SecureBytes> {
        if (fromStdin)
            return readSecretLine(stdin);
        auto s = readSecretFromTerminal(prompt);
        if (!s && s.code() == ErrorCode::NotFound) {
            err << QCoreApplication::translate("VaultCli",
                                               "continuum: no terminal to ask for a passphrase; use --passphrase-stdin")
                << Qt::endl;
        }
        return s;
    };
    io.ask = [](const QString& question) { return askOnTerminal(question); };
    return runVaultCli(args, io);
}

} // namespace continuum
