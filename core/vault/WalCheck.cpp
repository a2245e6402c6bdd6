// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/WalCheck.h"

#include "util/SafeFile.h"

#include <QtEndian>

#include <array>
#include <cstring>
#include <optional>

namespace continuum::WalCheck {

namespace {

// SQLite's write-ahead log format (https://sqlite.org/fileformat2.html#walformat), which SQLCipher keeps:
// it encrypts page images, not the log's own framing.
constexpr quint32 kMagicLittleEndianSums = 0x377f0682;
constexpr quint32 kMagicBigEndianSums = 0x377f0683;
constexpr quint32 kWalVersion = 3007000;
constexpr qint64 kWalHeaderBytes = 32;
constexpr qint64 kFrameHeaderBytes = 24;
// The wal-index (-shm) header: two copies of a 48-byte WalIndexHdr, then WalCkptInfo (nBackfill first).
// Written in the machine's own byte order (this build only runs on little-endian machines), except the
// salts, which are copied from the log's header as they are.
constexpr qsizetype kShmHeaderCopyBytes = 48;
constexpr qsizetype kShmBackfillOffset = 96;

Error damaged(const QString& why)
{
    return makeError(ErrorCode::DamagedVault, QStringLiteral("write-ahead log: ") + why);
}

struct Sums {
    quint32 s1 = 0;
    quint32 s2 = 0;
    friend bool operator==(const Sums&, const Sums&) = default;
};

/// walChecksumBytes: pairs of 32-bit words, read in the byte order the log's magic number names.
Sums checksum(const char* data, qint64 length, Sums seed, bool bigEndian)
{
    quint32 s1 = seed.s1;
    quint32 s2 = seed.s2;
    for (qint64 i = 0; i + 8 <= length; i += 8) {
        const quint32 x0 = bigEndian ? qFromBigEndian<quint32>(data + i) : qFromLittleEndian<quint32>(data + i);
        const quint32 x1 = bigEndian ? qFromBigEndian<quint32>(data + i + 4) : qFromLittleEndian<quint32>(data + i + 4);
        s1 += x0 + s2;
        s2 += x1 + s1;
    }
    return {s1, s2};
}

quint32 be32(const char* p)
{
    return qFromBigEndian<quint32>(p);
}

struct Header {
    bool bigEndianSums = false;
    qint64 pageSize = 0;
    quint32 salt1 = 0;
    quint32 salt2 = 0;
    Sums sums;
};

std::optional<Header> parseHeader(const char* h)
{
    const quint32 magic = be32(h);
    if (magic != kMagicLittleEndianSums && magic != kMagicBigEndianSums)
        return std::nullopt;
    Header header;
    header.bigEndianSums = magic == kMagicBigEndianSums;
    if (be32(h + 4) != kWalVersion)
        return std::nullopt;
    const quint32 pageSize = be32(h + 8);
    // A page size is a power of two from 512 to 65536; 65536 is stored as 1.
    const qint64 size = pageSize == 1 ? 65536 : pageSize;
    if (size < 512 || size > 65536 || (size & (size - 1)) != 0)
        return std::nullopt;
    header.pageSize = size;
    header.salt1 = be32(h + 16);
    header.salt2 = be32(h + 20);
    header.sums = {be32(h + 24), be32(h + 28)};
    if (checksum(h, 24, {}, header.bigEndianSums) != header.sums)
        return std::nullopt;
    return header;
}

/// What the wal-index says, when it is there, whole, and of this log.
struct ShmState {
    quint32 mxFrame = 0;   ///< frames of the log that hold committed data
    quint32 nBackfill = 0; ///< of those, how many are already copied into the database
    quint32 salt1 = 0;
    quint32 salt2 = 0;
};

std::optional<ShmState> parseShm(QByteArrayView shm)
{
    if (shm.size() < kShmBackfillOffset + 4)
        return std::nullopt;
    const char* p = shm.data();
    // Both copies equal and the copy's own checksum right: otherwise it was being written, or is stale
    // garbage, and SQLite itself would rebuild it from the log.
    if (std::memcmp(p, p + kShmHeaderCopyBytes, kShmHeaderCopyBytes) != 0)
        return std::nullopt;
    const auto u32 = [p](qsizetype offset) { return qFromLittleEndian<quint32>(p + offset); };
    if (u32(0) != kWalVersion || static_cast<unsigned char>(p[12]) == 0) // iVersion, isInit
        return std::nullopt;
    if (checksum(p, 40, {}, false) != Sums{u32(40), u32(44)})
        return std::nullopt;
    ShmState s;
    s.mxFrame = u32(16);
    // SQLite copies the salts into the index byte for byte from the log's header: big-endian there too.
    s.salt1 = qFromBigEndian<quint32>(p + 32);
    s.salt2 = qFromBigEndian<quint32>(p + 36);
    s.nBackfill = u32(kShmBackfillOffset);
    return s;
}

} // namespace

Status check(qint64 walSize, const ReadAt& read, QByteArrayView shmHeader)
{
    const std::optional<ShmState> shm = parseShm(shmHeader);
    if (walSize < 0) {
        // No log. Whether one should be here is not the index's to say: SQLite never syncs it, and a
        // clean close deletes it without syncing the folder, so a stale index can outlive the log it
        // described (a power cut showed exactly that). The vault's own session marker says it instead.
        return {};
    }
    if (walSize < kWalHeaderBytes)
        return {}; // empty (truncated by a checkpoint) or a header never finished: it holds no commit
    std::array<char, kWalHeaderBytes> headerBytes{};
    if (read(0, headerBytes.data(), kWalHeaderBytes) != kWalHeaderBytes)
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the write-ahead log"));
    const std::optional<Header> header = parseHeader(headerBytes.data());
    if (!header) {
        // SQLite ignores a log whose header fails. That is harmless only while the log holds no whole
        // frame: a header is one small write in one sector and does not tear, so a broken header in front
        // of frames is damage, and every commit in them would be dropped.
        if (walSize >= kWalHeaderBytes + kFrameHeaderBytes + 512)
            return damaged(QStringLiteral("its header is damaged"));
        return {};
    }
    const qint64 frameBytes = kFrameHeaderBytes + header->pageSize;
    const qint64 frames = (walSize - kWalHeaderBytes) / frameBytes;

    QByteArray frame(static_cast<qsizetype>(frameBytes), Qt::Uninitialized);
    Sums chain = header->sums;       // the running checksum while the log is still whole
    Sums previousStored;             // what the frame before this one stored (after a break)
    qint64 validEnd = 0;             // frames up to and including the last commit SQLite will replay
    qint64 breakAt = -1;             // first frame SQLite will not accept
    qint64 breakTransactionEnd = -1; // the commit frame closing the transaction that holds the break
    for (qint64 i = 0; i < frames; ++i) {
        const qint64 offset = kWalHeaderBytes + i * frameBytes;
        if (read(offset, frame.data(), frameBytes) != frameBytes)
            return makeError(ErrorCode::Io, QStringLiteral("cannot read the write-ahead log"));
        const char* f = frame.constData();
        const bool saltsMatch = be32(f + 8) == header->salt1 && be32(f + 12) == header->salt2;
        const bool isCommit = be32(f + 4) != 0;
        const Sums stored{be32(f + 16), be32(f + 20)};
        const auto sumFrom = [&](Sums seed) {
            const Sums s = checksum(f, 8, seed, header->bigEndianSums);
            return checksum(f + kFrameHeaderBytes, header->pageSize, s, header->bigEndianSums);
        };
        if (breakAt < 0) {
            const Sums computed = sumFrom(chain);
            if (saltsMatch && computed == stored && be32(f) != 0) {
                chain = computed;
                if (isCommit)
                    validEnd = i + 1;
                previousStored = stored;
                continue;
            }
            breakAt = i;
            if (isCommit)
                breakTransactionEnd = i;
            previousStored = stored;
            continue;
        }
        // Past the break: a frame of this log's generation whose checksum follows from its predecessor's
        // was written by SQLite after the broken one. A commit among them, after the transaction holding
        // the break has ended, is a transaction that returned to its caller and that SQLite will now drop.
        const bool followsPredecessor = saltsMatch && sumFrom(previousStored) == stored;
        previousStored = stored;
        if (breakTransactionEnd < 0) {
            if (isCommit)
                breakTransactionEnd = i;
            continue;
        }
        if (followsPredecessor && isCommit)
            return damaged(QStringLiteral("frame %1 of %2 is broken and committed transactions follow it "
                                          "(first at frame %3); SQLite would drop them without a word")
                               .arg(breakAt + 1)
                               .arg(frames)
                               .arg(i + 1));
    }

    if (shm && shm->salt1 == header->salt1 && shm->salt2 == header->salt2 && shm->mxFrame > shm->nBackfill &&
        static_cast<qint64>(shm->mxFrame) > validEnd) {
        return damaged(QStringLiteral("the wal-index records %1 committed frames, but only %2 can be replayed")
                           .arg(shm->mxFrame)
                           .arg(validEnd));
    }
    return {};
}

Status checkBytes(QByteArrayView wal, QByteArrayView shmHeader)
{
    const qint64 size = wal.isNull() ? -1 : wal.size();
    const ReadAt read = [wal](qint64 offset, char* out, qint64 length) -> qint64 {
        if (offset < 0 || offset > wal.size())
            return -1;
        const qint64 n = std::min<qint64>(length, wal.size() - offset);
        if (n > 0)
            std::memcpy(out, wal.data() + offset, static_cast<size_t>(n));
        return n;
    };
    return check(size, read, shmHeader);
}

Status checkFiles(const QString& dbPath)
{
    const QString walPath = dbPath + QStringLiteral("-wal");
    const QString shmPath = dbPath + QStringLiteral("-shm");

    QByteArray shm;
    auto shmFile = openRegularFile(shmPath, ErrorCode::NotFound, ErrorCode::DamagedVault);
    if (!shmFile && shmFile.code() != ErrorCode::NotFound)
        return shmFile.error();
    if (shmFile) {
        shm.resize(kShmBackfillOffset + 4);
        const qint64 n = readFully(shmFile->fd.get(), 0, shm.data(), shm.size());
        if (n < 0)
            return makeError(ErrorCode::Io, QStringLiteral("cannot read ") + shmPath);
        shm.truncate(static_cast<qsizetype>(n));
    }

    auto walFile = openRegularFile(walPath, ErrorCode::NotFound, ErrorCode::DamagedVault);
    if (!walFile && walFile.code() != ErrorCode::NotFound)
        return walFile.error();
    if (!walFile)
        return check(-1, {}, shm);
    const int fd = walFile->fd.get();
    const ReadAt read = [fd](qint64 offset, char* out, qint64 length) { return readFully(fd, offset, out, length); };
    return check(walFile->size, read, shm);
}

} // namespace continuum::WalCheck
