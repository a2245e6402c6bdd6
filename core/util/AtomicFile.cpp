// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AtomicFile.h"

#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace continuum {

Error ioError(int err, const QString& what)
{
    const QString detail = what + QStringLiteral(": ") + QString::fromLocal8Bit(std::strerror(err));
    if (err == ENOSPC || err == EDQUOT || err == EFBIG)
        return makeError(ErrorCode::DiskFull, detail);
    return makeError(ErrorCode::Io, detail);
}

Status syncDirectory(const QString& dirPath)
{
    const QByteArray native = QFile::encodeName(dirPath);
    const int fd = ::open(native.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(errno, QStringLiteral("open folder ") + dirPath);
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0)
        return ioError(err, QStringLiteral("sync folder ") + dirPath);
    return {};
}

Status writeFileAtomically(const QString& path, const QByteArray& data)
{
    const QFileInfo info(path);
    const QString dir = info.absolutePath();
    const QByteArray tmp = QFile::encodeName(path + QStringLiteral(".tmp"));
    const QByteArray target = QFile::encodeName(path);

    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return ioError(errno, QStringLiteral("create ") + path);
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, static_cast<size_t>(data.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            ::unlink(tmp.constData());
            return ioError(err, QStringLiteral("write ") + path);
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        ::unlink(tmp.constData());
        return ioError(err, QStringLiteral("sync ") + path);
    }
    if (::close(fd) != 0) {
        const int err = errno;
        ::unlink(tmp.constData());
        return ioError(err, QStringLiteral("close ") + path);
    }
    if (::rename(tmp.constData(), target.constData()) != 0) {
        const int err = errno;
        ::unlink(tmp.constData());
        return ioError(err, QStringLiteral("rename ") + path);
    }
    return syncDirectory(dir);
}

} // namespace continuum
