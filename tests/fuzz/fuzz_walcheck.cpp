// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: WalCheck, the check a vault's write-ahead log and wal-index header pass before SQLite is
// allowed to replay them.
//
// Input layout (fuzz_seedgen writes seeds in it):
//   byte 0     flags: bit 0 a log is there (otherwise a null log), bit 1 a wal-index header is there, bits 2
//              and 3 both set: read the log through WalCheck::check with a reader that fails for every read
//              starting in its second half, as a failing disk would (otherwise WalCheck::checkBytes)
//   bytes 1-2  with bit 1: the header's length, big-endian (cut to what is left)
//   then       the header, then the log (the rest)
// Each part is copied into a heap block of its exact size, so that a read past either end is caught.
#include "vault/WalCheck.h"

#include <QByteArrayView>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>

namespace {

constexpr std::uint8_t kHasWal = 1;
constexpr std::uint8_t kHasShm = 2;
constexpr std::uint8_t kFailingReader = 4 | 8;

/// An exact-size copy; a non-null view even when empty, since null means "no log".
class Block
{
public:
    Block(const std::uint8_t* data, std::size_t size)
        : m_bytes(new char[std::max<std::size_t>(size, 1)])
        , m_size(size)
    {
        if (size > 0)
            std::memcpy(m_bytes.get(), data, size);
    }
    QByteArrayView view() const { return {m_bytes.get(), static_cast<qsizetype>(m_size)}; }

private:
    std::unique_ptr<char[]> m_bytes;
    std::size_t m_size;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const std::uint8_t flags = data[0];
    std::size_t at = 1;
    std::size_t shmSize = 0;
    if (flags & kHasShm) {
        if (size - at >= 2) {
            shmSize = std::min<std::size_t>((static_cast<std::size_t>(data[at]) << 8) | data[at + 1], size - at - 2);
            at += 2;
        } else {
            at = size; // a flag byte and one more: an empty header, an empty log
        }
    }
    const Block shm(data + at, shmSize);
    at += shmSize;
    const Block walBlock(data + at, size - at);
    const QByteArrayView wal = (flags & kHasWal) ? walBlock.view() : QByteArrayView();
    const QByteArrayView shmHeader = (flags & kHasShm) ? shm.view() : QByteArrayView();

    if ((flags & kFailingReader) != kFailingReader) {
        (void)continuum::WalCheck::checkBytes(wal, shmHeader);
        return 0;
    }
    const qint64 walSize = wal.isNull() ? -1 : wal.size();
    const auto read = [&](qint64 offset, char* out, qint64 length) -> qint64 {
        if (offset < 0 || length < 0)
            __builtin_trap(); // an offset or length gone negative: arithmetic overflowed in the caller
        if (offset >= wal.size() / 2)
            return -1;
        const qint64 n = std::min(length, wal.size() - offset);
        if (n > 0)
            std::memcpy(out, wal.data() + offset, static_cast<std::size_t>(n));
        return n;
    };
    (void)continuum::WalCheck::check(walSize, read, shmHeader);
    return 0;
}
