// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Error.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <initializer_list>

namespace continuum {
class Database;
}

namespace continuum::test {

/// The passphrase every test vault is made with.
inline QString testPassphrase()
{
    return QStringLiteral("correct horse battery staple");
}

inline SecureBytes secret(const QString& text)
{
    return SecureBytes::fromText(text);
}

/// Creates a vault with the cheapest key derivation; fails the calling test on error.
Vault::Created createTestVault(const QString& dir, const QString& passphrase = testPassphrase());

/// Every file in a folder (recursively), by relative path, with the SHA-256 of its bytes: the test's
/// record of "nothing on disk changed".
QMap<QString, QByteArray> snapshotFolder(const QString& dir);

/// Hash of one file, empty if missing.
QByteArray fileHash(const QString& path);

/// Number of occurrences of needle in the bytes of path.
int countInFile(const QString& path, const QByteArray& needle);

/// Flips one byte of a file at offset.
bool flipByte(const QString& path, qint64 offset);

/// Every row of a table of the vault's database, every column, NULL told apart from empty ("'a'|NULL|'3'"), in
/// rowid order: the test's record of "nothing changed". An error shows as one "<detail>" row.
QStringList dumpTable(Database& db, const char* table);

/// The number of rows in a table, -1 when it cannot be counted.
qint64 rowCount(Database& db, const char* table);

/// Empty when every one of `parts` occurs in `text`, each first occurrence after the one before; otherwise
/// which is missing or out of place. For QVERIFY2(problem.isEmpty(), qPrintable(problem)): an order check
/// written as indexOf(a) < indexOf(b) passes when a is missing (-1 is before everything).
QString orderProblem(const QString& text, const QStringList& parts);

/// While alive, the calling thread runs without the given capabilities (CAP_DAC_OVERRIDE, CAP_SYS_PTRACE, …
/// from <linux/capability.h>) in its effective set, so that root is refused what an ordinary user would be.
/// They stay permitted and come back at the end of the scope. ok() is false if they could not be dropped;
/// for a process that never had them, dropping them succeeds and changes nothing.
class WithoutCapabilities
{
public:
    explicit WithoutCapabilities(std::initializer_list<int> capabilities);
    ~WithoutCapabilities();
    WithoutCapabilities(const WithoutCapabilities&) = delete;
    WithoutCapabilities& operator=(const WithoutCapabilities&) = delete;

    bool ok() const { return m_ok; }

private:
    quint32 m_saved[6] = {}; ///< effective, permitted, inheritable of the two 32-bit halves, as capget gives them
    bool m_ok = false;
};

} // namespace continuum::test

namespace continuum {

/// For QCOMPARE on a validation failure: its stable names, "chosenName/too-long".
inline char* toString(const FieldReason& failure)
{
    return qstrdup(qPrintable(fieldName(failure.field) + QLatin1Char('/') + validationReasonName(failure.reason)));
}

} // namespace continuum
