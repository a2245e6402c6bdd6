// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/KeySlot.h"
#include "crypto/SecureBytes.h"
#include "util/Error.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QTextStream;

namespace continuum {

/// Exit codes of `continuum vault …`, stable for scripts.
enum class CliExit : int {
    Ok = 0,
    Failure = 1,         ///< anything not listed below
    Usage = 2,           ///< wrong arguments
    WrongPassphrase = 3, ///< passphrase or recovery key does not open the vault
    NotAVault = 4,       ///< no vault there, or an unencrypted/foreign file
    Damaged = 5,         ///< damaged vault, key slots or backup; failed integrity check
    NewerVersion = 6,    ///< written by a newer Continuum
    AlreadyOpen = 7,     ///< another process has the vault open
    DiskFull = 8,        ///< no space left
    Exists = 9,          ///< refusing to overwrite an existing vault
};

CliExit exitCodeFor(ErrorCode code);

/// The command being run and the options that change what a failure message suggests.
struct CliContext {
    QString command; ///< create, verify, backup, restore, change-passphrase
    bool overwrite = false;
    bool breakLock = false;
};

/// What the command line says about a failure: the sentence the window shows too (util/ErrorMessages), a
/// hint naming an option where one helps, then the technical detail in parentheses.
QString cliErrorMessage(const Error& error, const CliContext& context = {});

/// The terminal side of the command line, injectable so tests can answer prompts.
struct CliIo {
    /// A secret: from the terminal without echo, or a line of standard input. NotFound when there is
    /// none; InvalidArgument (with a detail) when it cannot be used, such as a line too long.
    std::function<Result<SecureBytes>(const QString& prompt, bool fromStdin)> readSecret;
    /// Asks the person at the terminal a yes/no question (taking over a vault's lock) and returns what they
    /// typed; empty if no one can answer. runVaultCli decides what the answer means (isYesAnswer).
    std::function<QString(const QString& question)> ask;
    QTextStream* out = nullptr;
    QTextStream* err = nullptr;
    /// Key-derivation cost for new slots; tests lower it. Not reachable from the command line itself.
    KdfParams kdf = KdfParams::moderate();
};

/// Whether an answer to a "[y/N]" question means yes, in the language the question is shown in (English
/// "y"/"yes", Spanish "s"/"si"/"sí"), whatever its case and accents. Anything else, empty included, is no.
bool isYesAnswer(const QString& answer);

/// Runs `continuum vault <command> …`; args start at the command (create, verify, …).
int runVaultCli(const QStringList& args, CliIo& io);

/// CliIo wired to the real terminal and standard streams.
int runVaultCliOnTerminal(const QStringList& args);

} // namespace continuum
