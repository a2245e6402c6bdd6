// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTest>

namespace continuum::test {

Vault::Created createTestVault(const QString& dir, const QString& passphrase)
{
    auto created = Vault::create(dir, secret(passphrase), KdfParams::cheapestForTests());
    if (!created) {
        qFatal("could not create a test vault in %s: %s", qPrintable(dir), qPrintable(created.error().detail));
    }
    return std::move(created).value();
}

QMap<QString, QByteArray> snapshotFolder(const QString& dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(path.mid(dir.size()), fileHash(path));
    }
    return out;
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

int countInFile(const QString& path, const QByteArray& needle)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray data = f.readAll();
    int count = 0;
    qsizetype from = 0;
    while ((from = data.indexOf(needle, from)) >= 0) {
        ++count;
        ++from;
    }
    return count;
}

bool flipByte(const QString& path, qint64 offset)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset))
        return false;
    char c = 0;
    if (!f.getChar(&c) || !f.seek(offset))
        return false;
    return f.putChar(static_cast<char>(c ^ 0x5A));
}

} // namespace continuum::test
