// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AtomicFile.h"

#include "util/SafeFile.h"

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

    // A fresh file of our own: whatever is in the way (a leftover, a link, a FIFO) goes, never opened.
    if (::unlink(tmp.constData()) != 0 && errno != ENOENT)
        return ioError(errno, QStringLiteral("remove ") + path + QStringLiteral(".tmp"));
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
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

Status copyFile(const QString& from, const QString& to, FileSync sync)
{
    auto source = openRegularFile(from, ErrorCode::Io, ErrorCode::Io, Links::Refuse);
    if (!source)
        return source.error();
    const QByteArray target = QFile::encodeName(to);
    const int fd = ::open(target.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return ioError(errno, QStringLiteral("create ") + to);
    const UniqueFd out(fd);
    const auto fail = [&target, &to](int err) {
        ::unlink(target.constData());
        return ioError(err, QStringLiteral("write ") + to);
    };
    loff_t offset = 0;
    bool kernelCopy = true;
    QByteArray buffer;
    while (offset < source->size) {
        const size_t want = static_cast<size_t>(std::min<qint64>(source->size - offset, 64 * 1024 * 1024));
        if (kernelCopy) {
            const ssize_t n = ::copy_file_range(source->fd.get(), &offset, fd, nullptr, want, 0);
            if (n > 0)
                continue;
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EOPNOTSUPP || errno == EINVAL)) {
                kernelCopy = false;
                continue;
            }
            return fail(n < 0 ? errno : EIO);
        }
        buffer.resize(static_cast<qsizetype>(std::min<qint64>(source->size - offset, 1024 * 1024)));
        const qint64 n = readFully(source->fd.get(), offset, buffer.data(), buffer.size());
        if (n <= 0)
            return fail(n < 0 ? errno : EIO);
        qint64 written = 0;
        while (written < n) {
            const ssize_t w = ::write(fd, buffer.constData() + written, static_cast<size_t>(n - written));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return fail(w < 0 ? errno : EIO);
            written += w;
        }
        offset += n;
    }
    if (sync == FileSync::Yes && ::fsync(fd) != 0)
        return fail(errno);
    return {};
}

} // namespace continuum
