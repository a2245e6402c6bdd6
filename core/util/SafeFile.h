// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace continuum {

/// A file descriptor that closes itself. Move-only.
class UniqueFd final
{
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd)
        : m_fd(fd)
    {}
    UniqueFd(UniqueFd&& other) noexcept;
    UniqueFd& operator=(UniqueFd&& other) noexcept;
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;
    ~UniqueFd();

    int get() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

/// What is at a path, without following a symbolic link there.
enum class PathKind { Missing, RegularFile, Directory, SymLink, Other };
PathKind pathKind(const QString& path);

/// A regular file opened for reading, and its size when it was opened.
struct OpenedFile {
    UniqueFd fd;
    qint64 size = 0;
};

enum class Links { Refuse, Follow };

/// Opens an existing file for reading only if it is a regular file: a FIFO, a device or a folder is
/// refused with `refusal`, and so is a symbolic link in its last component unless `links` is Follow (then
/// the file it names must be regular). Never blocks: the open is non-blocking, then fstat decides. A
/// missing file is `missing`.
Result<OpenedFile> openRegularFile(const QString& path, ErrorCode missing, ErrorCode refusal,
                                   Links links = Links::Refuse);

/// Reads a whole regular file of at most maxBytes (larger: `refusal`), with openRegularFile's rules.
Result<QByteArray> readSmallFile(const QString& path, qint64 maxBytes, ErrorCode missing, ErrorCode refusal);

/// pread until `length` bytes are read or the file ends; the number read, or -1 with errno set.
qint64 readFully(int fd, qint64 offset, char* out, qint64 length);

/// The canonical form of a path that may not exist yet: its deepest existing ancestor resolved through
/// every symbolic link, with the rest appended. Compare these, never the paths as typed.
QString canonicalPathOf(const QString& path);

/// True if `path` is `folder` or lies inside it, comparing canonical forms.
bool isInsideFolder(const QString& path, const QString& folder);

} // namespace continuum
