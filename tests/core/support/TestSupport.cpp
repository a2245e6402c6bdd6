// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/TestSupport.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <linux/capability.h>
#include <sys/syscall.h>
#include <unistd.h>

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

QStringList dumpTable(Database& db, const char* table)
{
    auto st = db.prepare(std::string("SELECT * FROM ") + table + " ORDER BY rowid");
    if (!st)
        return {QStringLiteral("<%1>").arg(st.error().detail)};
    QStringList rows;
    while (true) {
        auto row = st->step();
        if (!row)
            return {QStringLiteral("<%1>").arg(row.error().detail)};
        if (!row.value())
            break;
        QStringList columns;
        for (int i = 0; i < st->columnCount(); ++i)
            columns.append(st->columnIsNull(i) ? QStringLiteral("NULL")
                                               : QStringLiteral("'%1'").arg(st->columnText(i)));
        rows.append(columns.join(QLatin1Char('|')));
    }
    return rows;
}

qint64 rowCount(Database& db, const char* table)
{
    auto n = db.queryInt(std::string("SELECT count(*) FROM ") + table);
    return n ? n.value() : -1;
}

QString orderProblem(const QString& text, const QStringList& parts)
{
    qsizetype previous = -1;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const qsizetype at = text.indexOf(parts.at(i));
        if (at < 0)
            return QStringLiteral("\"%1\" is missing").arg(parts.at(i));
        if (i > 0 && at <= previous)
            return QStringLiteral("\"%1\" (at %2) is not after \"%3\" (at %4)")
                .arg(parts.at(i))
                .arg(at)
                .arg(parts.at(i - 1))
                .arg(previous);
        previous = at;
    }
    return {};
}

WithoutCapabilities::WithoutCapabilities(std::initializer_list<int> capabilities)
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (::syscall(SYS_capget, &header, data) != 0)
        return;
    for (int i = 0; i < 2; ++i) {
        m_saved[3 * i] = data[i].effective;
        m_saved[3 * i + 1] = data[i].permitted;
        m_saved[3 * i + 2] = data[i].inheritable;
    }
    for (int cap : capabilities)
        data[cap / 32].effective &= ~(1u << (cap % 32));
    m_ok = ::syscall(SYS_capset, &header, data) == 0;
}

WithoutCapabilities::~WithoutCapabilities()
{
    if (!m_ok)
        return;
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    for (int i = 0; i < 2; ++i)
        data[i] = {m_saved[3 * i], m_saved[3 * i + 1], m_saved[3 * i + 2]};
    ::syscall(SYS_capset, &header, data);
}

} // namespace continuum::test
