// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QMap>
#include <QString>

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

} // namespace continuum::test
