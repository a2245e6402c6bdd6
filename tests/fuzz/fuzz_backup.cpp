// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Backup::inspect over arbitrary file contents — the framing, the JSON header, the key
// slots inside it and the checksum, everything a backup file brought in from elsewhere meets before any key.
#include "crypto/Sodium.h"
#include "vault/Backup.h"

#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

namespace {

/// The file inspect reads, in a folder of this process's own (workers started with -jobs or -fork never
/// share it), in memory when /dev/shm is there. Removed on a normal exit.
class InputFile
{
public:
    InputFile()
    {
        const QString base = QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
        QByteArray folder = QFile::encodeName(base + QStringLiteral("/continuum-fuzz-backup-XXXXXX"));
        if (::mkdtemp(folder.data()) == nullptr) {
            std::perror("fuzz_backup: mkdtemp");
            std::abort();
        }
        m_folder = folder;
        m_file = folder + "/input.backup";
        m_path = QFile::decodeName(m_file);
    }
    InputFile(const InputFile&) = delete;
    InputFile& operator=(const InputFile&) = delete;
    ~InputFile()
    {
        ::unlink(m_file.constData());
        ::rmdir(m_folder.constData());
    }

    /// Replaces the file's contents. A failure here is the machine's (a full /dev/shm), not a finding, but
    /// carrying on would fuzz a stale file, so it stops the run loudly.
    const QString& write(const std::uint8_t* data, std::size_t size) const
    {
        const int fd = ::open(m_file.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0) {
            std::perror("fuzz_backup: open");
            std::abort();
        }
        std::size_t done = 0;
        while (done < size) {
            const ssize_t n = ::write(fd, data + done, size - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                std::perror("fuzz_backup: write");
                std::abort();
            }
            done += static_cast<std::size_t>(n);
        }
        ::close(fd);
        return m_path;
    }

private:
    QByteArray m_folder;
    QByteArray m_file;
    QString m_path;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    return continuum::ensureSodium() ? 0 : 1;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const InputFile input;
    const auto info = continuum::Backup::inspect(input.write(data, size));
    // What inspect accepts must at least agree with itself: the slots belong to the vault it names, and the
    // snapshot it promises fits inside the file.
    if (info && (info->keySlots.vaultId != info->vaultId || info->snapshotBytes <= 0 ||
                 static_cast<std::size_t>(info->snapshotBytes) >= size))
        __builtin_trap();
    return 0;
}
