// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace continuum {

UniqueFd::UniqueFd(UniqueFd&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
{}

UniqueFd& UniqueFd::operator=(UniqueFd&& other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

UniqueFd::~UniqueFd()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

PathKind pathKind(const QString& path)
{
    struct stat st {
    };
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return PathKind::Missing;
    if (S_ISLNK(st.st_mode))
        return PathKind::SymLink;
    if (S_ISREG(st.st_mode))
        return PathKind::RegularFile;
    if (S_ISDIR(st.st_mode))
        return PathKind::Directory;
    return PathKind::Other;
}

Result<OpenedFile> openRegularFile(const QString& path, ErrorCode missing, ErrorCode refusal, Links links)
{
    const QByteArray native = QFile::encodeName(path);
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever. O_NOFOLLOW: a link to
    // /dev/zero, or to a file elsewhere, is not ours to read.
    const int fd = ::open(native.constData(),
                          O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (links == Links::Refuse ? O_NOFOLLOW : 0));
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT)
            return makeError(missing, QStringLiteral("nothing at ") + path);
        if (err == ELOOP)
            return makeError(refusal, QStringLiteral("%1 is a symbolic link, not a file").arg(path));
        if (err == ENXIO || err == ENODEV)
            return makeError(refusal, QStringLiteral("%1 is not a regular file").arg(path));
        return makeError(ErrorCode::Io, path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(err)));
    }
    UniqueFd owned(fd);
    struct stat st {
    };
    if (::fstat(fd, &st) != 0)
        return makeError(ErrorCode::Io, path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno)));
    if (!S_ISREG(st.st_mode))
        return makeError(refusal, QStringLiteral("%1 is not a regular file").arg(path));
    // Back to ordinary blocking reads for a regular file (O_NONBLOCK means nothing for one, but be plain).
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags >= 0)
        (void)::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK);
    return OpenedFile{std::move(owned), static_cast<qint64>(st.st_size)};
}

qint64 readFully(int fd, qint64 offset, char* out, qint64 length)
{
    qint64 done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd, out + done, static_cast<size_t>(length - done), offset + done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        if (n == 0)
            break;
        done += n;
    }
    return done;
}

Result<QByteArray> readSmallFile(const QString& path, qint64 maxBytes, ErrorCode missing, ErrorCode refusal)
{
    auto opened = openRegularFile(path, missing, refusal);
    if (!opened)
        return opened.error();
    if (opened->size > maxBytes)
        return makeError(refusal, QStringLiteral("%1 is implausibly large (%2 bytes)").arg(path).arg(opened->size));
    // Read one byte past the limit: a file that grew since fstat is refused too, never read unbounded.
    QByteArray data(static_cast<qsizetype>(maxBytes + 1), Qt::Uninitialized);
    const qint64 n = readFully(opened->fd.get(), 0, data.data(), maxBytes + 1);
    if (n < 0)
        return makeError(ErrorCode::Io, path + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(errno)));
    if (n > maxBytes)
        return makeError(refusal, QStringLiteral("%1 is implausibly large").arg(path));
    data.truncate(static_cast<qsizetype>(n));
    return data;
}

QString canonicalPathOf(const QString& path)
{
    // Not cleaned first: "link/sub/.." must be resolved on disk, where sub may itself be a link.
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QString rest;
    QString existing = absolute;
    // Walk up to the deepest ancestor that exists, resolve it, then put the rest back.
    while (!existing.isEmpty()) {
        const QString canonical = QFileInfo(existing).canonicalFilePath();
        if (!canonical.isEmpty())
            return rest.isEmpty() ? canonical : QDir::cleanPath(canonical + QLatin1Char('/') + rest);
        const int slash = existing.lastIndexOf(QLatin1Char('/'));
        if (slash < 0)
            break;
        const QString name = existing.mid(slash + 1);
        rest = rest.isEmpty() ? name : name + QLatin1Char('/') + rest;
        existing = slash == 0 ? QStringLiteral("/") : existing.left(slash);
        if (existing == QLatin1String("/") && QFileInfo(existing).canonicalFilePath().isEmpty())
            break;
    }
    return QDir::cleanPath(absolute);
}

bool isInsideFolder(const QString& path, const QString& folder)
{
    const QString p = canonicalPathOf(path);
    const QString f = canonicalPathOf(folder);
    return p == f || p.startsWith(f.endsWith(QLatin1Char('/')) ? f : f + QLatin1Char('/'));
}

} // namespace continuum
