// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Backup.h"

#include "crypto/RecoveryKey.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "util/AtomicFile.h"
#include "util/SafeFile.h"
#include "vault/PageAuthenticator.h"
#include "vault/PageStream.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QtEndian>

#include <sodium.h>
#include <sqlite3.h>

#include <array>
#include <cerrno>
#include <chrono>
#include <fcntl.h>
#include <optional>
#include <sys/stat.h>
#include <system_error>
#include <thread>
#include <unistd.h>

namespace continuum::Backup {

namespace {

constexpr QByteArrayView kMagic("CONTINUUM-BACKUP", 16);
constexpr qint64 kPrefixBytes = 16 + 4 + 4;
constexpr qint64 kChecksumBytes = 32;
constexpr qint64 kMacBytes = 32;
constexpr quint32 kMaxHeaderBytes = 1024 * 1024;
constexpr qint64 kChunk = 1024 * 1024;

Error damaged(const QString& why)
{
    return makeError(ErrorCode::BackupDamaged, why);
}

class Hasher
{
public:
    Hasher() { crypto_generichash_init(&m_state, nullptr, 0, kChecksumBytes); }
    void add(QByteArrayView data)
    {
        crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(data.data()),
                                  static_cast<unsigned long long>(data.size()));
    }
    QByteArray finish()
    {
        QByteArray out(kChecksumBytes, Qt::Uninitialized);
        crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(out.data()), kChecksumBytes);
        return out;
    }

private:
    crypto_generichash_state m_state;
};

using Fd = UniqueFd;

/// write(2) until every byte is out (or an errno).
int writeAll(int fd, QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        done += n;
    }
    return 0;
}

/// Appends `bytes` bytes of `from` (read from offset 0) to `to`, in the kernel where it can
/// (copy_file_range), through a buffer where it cannot. 0 or an errno.
int appendFile(int from, int to, qint64 bytes)
{
    loff_t inOffset = 0;
    bool kernelCopy = true;
    QByteArray buffer;
    while (inOffset < bytes) {
        const size_t want = size_t(std::min<qint64>(bytes - inOffset, 64 * kChunk));
        if (kernelCopy) {
            const ssize_t n = ::copy_file_range(from, &inOffset, to, nullptr, want, 0);
            if (n > 0)
                continue;
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EOPNOTSUPP || errno == EINVAL)) {
                kernelCopy = false; // another file system, or an old kernel: copy through a buffer
                continue;
            }
            return n < 0 ? errno : EIO; // 0: the snapshot ended early
        }
        buffer.resize(qsizetype(std::min<qint64>(bytes - inOffset, kChunk)));
        const ssize_t n = ::pread(from, buffer.data(), size_t(buffer.size()), inOffset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return n < 0 ? errno : EIO;
        if (const int err = writeAll(to, QByteArrayView(buffer.constData(), n)); err != 0)
            return err;
        inOffset += n;
    }
    return 0;
}

/// The checksum over prefix, header and `bytes` bytes of the file at `fd` from `start`, read with pread
/// so it can run beside a copy of the same file. Empty on a read error.
QByteArray checksumOf(const QByteArray& prefix, const QByteArray& header, int fd, qint64 start, qint64 bytes)
{
    Hasher hasher;
    hasher.add(prefix);
    hasher.add(header);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 offset = 0;
    while (offset < bytes) {
        const ssize_t n = ::pread(fd, buffer.data(), size_t(std::min<qint64>(bytes - offset, kChunk)), start + offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return {};
        hasher.add(QByteArrayView(buffer.constData(), n));
        offset += n;
    }
    return hasher.finish();
}

struct Parsed {
    Info info;
    int version = 0;
    qint64 snapshotOffset = 0;
    QByteArray prefix;   ///< magic, version, header length
    QByteArray header;   ///< the JSON header as stored
    QByteArray checksum; ///< BLAKE2b-256 of everything before it
    QByteArray mac;      ///< format 2: keyed BLAKE2b-256 of prefix, header and checksum
};

/// The key that authenticates a backup's framing, derived from the vault's data key.
QByteArray macOf(const SecureBytes& dataKey, QByteArrayView prefix, QByteArrayView header, QByteArrayView checksum)
{
    SecureBytes macKey(crypto_generichash_KEYBYTES);
    if (!macKey.isValid() || dataKey.size() != crypto_kdf_KEYBYTES)
        return {};
    crypto_kdf_derive_from_key(macKey.data(), macKey.size(), 1, "CtmBkMac", dataKey.data());
    crypto_generichash_state state;
    crypto_generichash_init(&state, macKey.data(), macKey.size(), kMacBytes);
    for (QByteArrayView part : {prefix, header, checksum})
        crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(part.data()),
                                  static_cast<unsigned long long>(part.size()));
    QByteArray out(kMacBytes, Qt::Uninitialized);
    crypto_generichash_final(&state, reinterpret_cast<unsigned char*>(out.data()), kMacBytes);
    return out;
}

// Reads the framing and checks the checksum over the whole file, streaming.
Result<Parsed> parse(int fd, qint64 size)
{
    if (size < kPrefixBytes + kChecksumBytes)
        return damaged(QStringLiteral("the file is too short to be a Continuum backup"));
    Parsed p;
    p.prefix.resize(kPrefixBytes);
    if (readFully(fd, 0, p.prefix.data(), kPrefixBytes) != kPrefixBytes)
        return damaged(QStringLiteral("the file could not be read"));
    if (QByteArrayView(p.prefix).first(16) != kMagic)
        return damaged(QStringLiteral("not a Continuum backup"));
    const quint32 version = qFromBigEndian<quint32>(p.prefix.constData() + 16);
    const quint32 headerLength = qFromBigEndian<quint32>(p.prefix.constData() + 20);
    if (version == 0)
        return damaged(QStringLiteral("format version 0"));
    if (version > static_cast<quint32>(kFormatVersion))
        return makeError(ErrorCode::NewerVersion,
                         QStringLiteral("backup format %1 is newer than this program understands").arg(version));
    p.version = static_cast<int>(version);
    const qint64 trailer = kChecksumBytes + (p.version >= 2 ? kMacBytes : 0);
    if (headerLength == 0 || headerLength > kMaxHeaderBytes || kPrefixBytes + headerLength + trailer > size)
        return damaged(QStringLiteral("the header length does not fit the file (truncated?)"));
    p.header.resize(static_cast<qsizetype>(headerLength));
    if (readFully(fd, kPrefixBytes, p.header.data(), headerLength) != headerLength)
        return damaged(QStringLiteral("the header could not be read"));

    const QJsonDocument doc = QJsonDocument::fromJson(p.header);
    if (!doc.isObject())
        return damaged(QStringLiteral("the header is not readable"));
    const QJsonObject o = doc.object();
    p.info.vaultId = QUuid::fromString(o.value(QStringLiteral("vaultId")).toString());
    p.info.schemaVersion = o.value(QStringLiteral("schemaVersion")).toInt();
    p.info.createdAt = QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    p.info.snapshotBytes = o.value(QStringLiteral("snapshotBytes")).toString().toLongLong();
    p.snapshotOffset = kPrefixBytes + headerLength;
    if (p.info.vaultId.isNull() || p.info.schemaVersion < 1 || p.info.snapshotBytes <= 0)
        return damaged(QStringLiteral("the header is incomplete"));
    if (p.info.snapshotBytes != size - p.snapshotOffset - trailer)
        return damaged(QStringLiteral("the file is %1 bytes, the header expects %2 (truncated or extended)")
                           .arg(size)
                           .arg(p.snapshotOffset + p.info.snapshotBytes + trailer));
    auto slots = KeySlotFile::fromJson(QJsonDocument(o.value(QStringLiteral("keySlots")).toObject()).toJson());
    if (!slots)
        return damaged(QStringLiteral("the key slots in the backup are damaged: ") + slots.error().detail);
    if (slots->vaultId != p.info.vaultId)
        return damaged(QStringLiteral("the key slots belong to another vault"));
    p.info.keySlots = slots.value();

    p.checksum = checksumOf(p.prefix, p.header, fd, p.snapshotOffset, p.info.snapshotBytes);
    if (p.checksum.size() != kChecksumBytes)
        return damaged(QStringLiteral("the snapshot could not be read"));
    QByteArray expected(kChecksumBytes, Qt::Uninitialized);
    const qint64 checksumAt = p.snapshotOffset + p.info.snapshotBytes;
    if (readFully(fd, checksumAt, expected.data(), kChecksumBytes) != kChecksumBytes ||
        sodium_memcmp(expected.constData(), p.checksum.constData(), kChecksumBytes) != 0)
        return damaged(QStringLiteral("the checksum does not match: the file was changed or damaged"));
    if (p.version >= 2) {
        p.mac.resize(kMacBytes);
        if (readFully(fd, checksumAt + kChecksumBytes, p.mac.data(), kMacBytes) != kMacBytes)
            return damaged(QStringLiteral("the file could not be read"));
    }
    return p;
}

Status copySnapshot(int from, qint64 offset, qint64 bytes, const QString& to)
{
    const QByteArray native = QFile::encodeName(to);
    const Fd out(::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!out.valid())
        return ioError(errno, QStringLiteral("create ") + to);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 done = 0;
    while (done < bytes) {
        const qint64 want = std::min(bytes - done, kChunk);
        const qint64 n = readFully(from, offset + done, buffer.data(), want);
        if (n != want)
            return damaged(QStringLiteral("the snapshot could not be read"));
        // errno from write(2) itself: a full disk is ENOSPC (or EFBIG past a size limit), never "I/O".
        if (const int err = writeAll(out.get(), QByteArrayView(buffer.constData(), n)); err != 0)
            return ioError(err, QStringLiteral("write ") + to);
        done += n;
    }
    if (::fsync(out.get()) != 0)
        return ioError(errno, QStringLiteral("sync ") + to);
    return {};
}

/// The names a vault folder may hold; anything else means the folder is not (only) a vault.
bool isVaultFile(const QString& name)
{
    static const QStringList names{QStringLiteral("vault.db"),     QStringLiteral("vault.db-wal"),
                                   QStringLiteral("vault.db-shm"), QStringLiteral("keyslots.json"),
                                   QStringLiteral("vault.lock"),   QStringLiteral("keyslots.json.tmp"),
                                   QStringLiteral("vault.open"),   QStringLiteral("vault.open.tmp")};
    return names.contains(name);
}

/// An existing folder restore may replace: a Continuum vault (its key-slot file and database, regular
/// files all) and nothing else. Documents, folders or links in it are never deleted on anyone's say-so.
Status checkReplaceable(const QString& dir)
{
    const QDir folder(dir);
    const QFileInfoList entries =
        folder.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo& entry : entries) {
        if (!isVaultFile(entry.fileName()) || pathKind(entry.filePath()) != PathKind::RegularFile)
            return makeError(ErrorCode::VaultExists,
                             QStringLiteral("%1 is not a Continuum vault (it holds \"%2\"); nothing was changed")
                                 .arg(dir, entry.fileName()));
    }
    if (pathKind(VaultFiles::keySlots(dir)) != PathKind::RegularFile ||
        pathKind(VaultFiles::database(dir)) != PathKind::RegularFile)
        return makeError(ErrorCode::VaultExists,
                         QStringLiteral("%1 is not a Continuum vault (no key-slot file and database); nothing was "
                                        "changed")
                             .arg(dir));
    return {};
}

Status restoreWith(const RestoreOptions& options, KeySlotKind kind, const SecureBytes& secret)
{
    if (options.backupFile.isEmpty() || options.vaultDir.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("backup file and vault folder are required"));
    // Never through a link: replacing "the vault" there would empty whatever folder the link points to.
    if (pathKind(options.vaultDir) == PathKind::SymLink)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("%1 is a symbolic link; give the folder itself (%2)")
                             .arg(options.vaultDir, QFileInfo(options.vaultDir).canonicalFilePath()));
    const QString vaultDir = QDir::cleanPath(QFileInfo(options.vaultDir).absoluteFilePath());
    const QFileInfo target(vaultDir);
    const PathKind targetKind = pathKind(vaultDir);
    if (targetKind != PathKind::Missing && targetKind != PathKind::Directory)
        return makeError(ErrorCode::VaultExists, QStringLiteral("a file is in the way at ") + vaultDir);
    const bool targetInUse =
        targetKind == PathKind::Directory &&
        !QDir(vaultDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    if (targetInUse && !options.overwrite)
        return makeError(ErrorCode::VaultExists,
                         QStringLiteral("%1 already holds files; restoring over it needs the explicit overwrite option")
                             .arg(vaultDir));
    if (targetInUse) {
        if (auto s = checkReplaceable(vaultDir); !s)
            return s;
    }
    if (isInsideFolder(options.backupFile, vaultDir))
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the backup file lies inside the vault folder"));

    auto in = openRegularFile(options.backupFile, ErrorCode::Io, ErrorCode::BackupDamaged, Links::Follow);
    if (!in) {
        if (in.code() == ErrorCode::Io && pathKind(options.backupFile) == PathKind::Missing)
            return makeError(ErrorCode::Io, QStringLiteral("no backup file at ") + options.backupFile);
        return in.error();
    }
    auto parsed = parse(in->fd.get(), in->size);
    if (!parsed)
        return parsed.error();
    if (parsed->info.schemaVersion > latestSchemaVersion())
        return makeError(ErrorCode::NewerVersion, QStringLiteral("the backup was written with a newer schema"));

    const auto slot = parsed->info.keySlots.slot(kind);
    if (!slot)
        return damaged(QStringLiteral("the backup has no slot for this kind of key"));
    auto key = unwrapKey(*slot, secret, parsed->info.vaultId);
    if (!key)
        return key.error();
    if (parsed->version >= 2) {
        const QByteArray mac = macOf(key.value(), parsed->prefix, parsed->header, parsed->checksum);
        if (mac.size() != kMacBytes || sodium_memcmp(mac.constData(), parsed->mac.constData(), kMacBytes) != 0)
            return damaged(QStringLiteral("the backup's header or checksum was changed after it was written"));
    }

    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create ") + parent);
    QTemporaryDir staging(parent + QStringLiteral("/.continuum-restore-XXXXXX"));
    if (!staging.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a folder in ") + parent);
    QFile::setPermissions(staging.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString stagedDb = VaultFiles::database(staging.path());
    if (auto s = copySnapshot(in->fd.get(), parsed->snapshotOffset, parsed->info.snapshotBytes, stagedDb); !s)
        return s;
    if (auto s = parsed->info.keySlots.write(VaultFiles::keySlots(staging.path())); !s)
        return s;

    {
        // Verify the staged copy in full before anything at the target is touched.
        auto db = Vault::openDatabase(stagedDb, key.value(), true);
        if (!db)
            return db.code() == ErrorCode::NewerVersion ? db.error() : damaged(db.error().detail);
        const QStringList problems = integrityProblems(db.value());
        if (!problems.isEmpty())
            return damaged(QStringLiteral("the snapshot fails its integrity check: ") +
                           problems.join(QStringLiteral("; ")));
        // The slots the vault recorded inside the snapshot (authenticated) against those in the header.
        if (auto problem = compareRecordedKeySlots(db.value(), parsed->info.keySlots))
            return damaged(QStringLiteral("the backup's key slots do not match its vault: ") + problem->detail);
        if (auto s = db->close(); !s)
            return s;
    }
    if (auto s = syncDirectory(staging.path()); !s)
        return s;

    // Swap it in. An open vault at the target holds its lock file; refuse rather than pull it away. The
    // replaced vault is kept aside until the new one is in place and synced.
    std::unique_ptr<QLockFile> targetLock;
    QString aside;
    if (targetInUse) {
        targetLock = std::make_unique<QLockFile>(VaultFiles::lock(vaultDir));
        targetLock->setStaleLockTime(0);
        if (!targetLock->tryLock(0))
            return makeError(ErrorCode::AlreadyOpen, QStringLiteral("the vault being replaced is open"));
        // Checked again under the lock: nothing may have been added since.
        if (auto s = checkReplaceable(vaultDir); !s)
            return s;
        aside = parent + QStringLiteral("/.continuum-replaced-") +
                QString::number(QDateTime::currentMSecsSinceEpoch()) + QLatin1Char('-') + target.fileName();
        if (!QDir().rename(vaultDir, aside))
            return makeError(ErrorCode::Io, QStringLiteral("cannot move the existing vault aside"));
    } else if (targetKind == PathKind::Directory) {
        QDir().rmdir(vaultDir);
    }
    if (!QDir().rename(staging.path(), vaultDir)) {
        if (!aside.isEmpty())
            QDir().rename(aside, vaultDir);
        return makeError(ErrorCode::Io, QStringLiteral("cannot move the restored vault into place"));
    }
    staging.setAutoRemove(false);
    if (auto s = syncDirectory(parent); !s)
        return s;
    if (!aside.isEmpty()) {
        // The old lock file moved with the folder; release it before removing that folder. The restore
        // has happened by now, so a folder that will not go away is reported, not called a failure.
        targetLock.reset();
        if (!QDir(aside).removeRecursively())
            qWarning("continuum: the replaced vault was left at %s", qPrintable(aside));
    }
    return {};
}

} // namespace

Result<Info> inspect(const QString& file)
{
    auto in = openRegularFile(file, ErrorCode::Io, ErrorCode::BackupDamaged, Links::Follow);
    if (!in) {
        if (in.code() == ErrorCode::Io && pathKind(file) == PathKind::Missing)
            return makeError(ErrorCode::Io, QStringLiteral("no backup file at ") + file);
        return in.error();
    }
    auto p = parse(in->fd.get(), in->size);
    if (!p)
        return p.error();
    return p->info;
}

Status restore(const RestoreOptions& options, const SecureBytes& passphrase)
{
    return restoreWith(options, KeySlotKind::Passphrase, passphrase);
}

Status restoreWithRecoveryKey(const RestoreOptions& options, const SecureBytes& typedKey)
{
    auto secret = RecoveryKey::parse(typedKey);
    if (!secret)
        return secret.error();
    return restoreWith(options, KeySlotKind::Recovery, secret.value());
}

} // namespace continuum::Backup

namespace continuum {

Status Vault::checkBackupTarget(const QString& file, const QString& vaultDir)
{
    if (file.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no backup file given"));
    // Compared as the disk resolves them: through a link, "elsewhere/vault.db" can be the live database.
    const QString target = canonicalPathOf(file);
    if (isInsideFolder(target, vaultDir))
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a backup inside the vault folder protects nothing"));
    if (pathKind(target) == PathKind::Directory)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is a folder; name a file").arg(file));
    return {};
}

namespace Backup {
namespace {

/// Magic, format version and header length, then the JSON header: what precedes the snapshot.
struct Framing {
    QByteArray prefix;
    QByteArray header;
};

Framing framingFor(const KeySlotFile& slots, qint64 schemaVersion, qint64 snapshotBytes)
{
    const QJsonObject headerJson{
        {QStringLiteral("vaultId"), slots.vaultId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("schemaVersion"), schemaVersion},
        {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("snapshotBytes"), QString::number(snapshotBytes)},
        {QStringLiteral("program"), QStringLiteral("Continuum")},
        {QStringLiteral("keySlots"), QJsonDocument::fromJson(slots.toJson()).object()},
    };
    Framing f;
    f.header = QJsonDocument(headerJson).toJson(QJsonDocument::Compact);
    f.prefix = QByteArray(kMagic.data(), kMagic.size());
    f.prefix.resize(kPrefixBytes);
    qToBigEndian<quint32>(static_cast<quint32>(kFormatVersion), f.prefix.data() + 16);
    qToBigEndian<quint32>(static_cast<quint32>(f.header.size()), f.prefix.data() + 20);
    return f;
}

/// The backup file being written, beside its final place: created new, written, synced, and only then
/// renamed over the target (which is never touched before that).
class PartFile
{
public:
    explicit PartFile(const QString& path)
        : m_path(path)
    {
        const QByteArray name = QFile::encodeName(path);
        m_fd = Fd(::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600));
        m_openError = m_fd.valid() ? 0 : errno;
    }

    Status opened() const
    {
        return m_openError == 0 ? Status() : Status(ioError(m_openError, QStringLiteral("create backup")));
    }

    Status write(QByteArrayView bytes)
    {
        if (const int err = writeAll(m_fd.get(), bytes); err != 0)
            return ioError(err, QStringLiteral("write backup"));
        m_written += bytes.size();
        // Start writing what has piled up to the disk now, so that the final fsync waits for the tail only.
        if (m_written - m_flushed >= kFlushBytes) {
            (void)::sync_file_range(m_fd.get(), m_flushed, m_written - m_flushed, SYNC_FILE_RANGE_WRITE);
            m_flushed = m_written;
        }
        return {};
    }

    int fd() const { return m_fd.get(); }

    /// Synced to the disk and renamed over `target`, whose folder is then synced.
    Status placeAt(const QString& target)
    {
        if (::fsync(m_fd.get()) != 0)
            return ioError(errno, QStringLiteral("sync backup"));
        m_fd = Fd();
        if (::rename(QFile::encodeName(m_path).constData(), QFile::encodeName(target).constData()) != 0)
            return ioError(errno, QStringLiteral("rename backup"));
        return syncDirectory(QFileInfo(target).absolutePath());
    }

private:
    static constexpr qint64 kFlushBytes = 16 * 1024 * 1024;
    QString m_path;
    Fd m_fd;
    int m_openError = 0;
    qint64 m_written = 0;
    qint64 m_flushed = 0;
};

/// The checksum and MAC that close a backup file, written after everything they cover.
Status writeTrailer(PartFile& part, const SecureBytes& dataKey, const Framing& framing, const QByteArray& sum)
{
    if (sum.size() != kChecksumBytes)
        return makeError(ErrorCode::Io, QStringLiteral("the snapshot could not be read back"));
    // The checksum shows damage to anyone; the MAC, keyed from the data key, shows that the header (its key
    // slots among them) is the one this vault wrote.
    const QByteArray mac = macOf(dataKey, framing.prefix, framing.header, sum);
    if (mac.size() != kMacBytes)
        return makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory"));
    return part.write(QByteArray(sum + mac));
}

/// The database connection a backup reads through: its own, keyed and set up like the window's, so it
/// sees only committed data (a draft being saved on the window's connection at this moment is either
/// wholly in the snapshot or not at all).
Result<Database> openSource(const QString& dbPath, const SecureBytes& dataKey)
{
    auto source = Database::open(dbPath, Database::OpenMode::ReadWrite);
    if (!source)
        return source.error();
    if (auto s = source->key(dataKey); !s)
        return s.error();
    // Before the settings: they write (the journal mode, the migrations' check) while the window may be.
    sqlite3_busy_timeout(source->handle(), 5000);
    if (auto s = Vault::prepareConnection(source.value(), false); !s)
        return s.error();
    return source;
}

/// Opens a read transaction on `source` that sees the database file alone: every frame of the write-ahead
/// log copied into the file first (a passive checkpoint, which never holds off a writer), and no commit
/// between that and the transaction's snapshot. While it lasts SQLite lets no checkpoint write to the file
/// (a reader of the file alone holds them off), so the file stays exactly that snapshot, every committed
/// transaction in it whole; writers go on adding to the log meanwhile. False (no transaction open) if a
/// reader kept frames in the log or a writer committed in between, a few times running.
Result<bool> freezeDatabaseFile(Database& source)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        // At once first: the first checkpoint did the copying, the next ones are quick.
        if (attempt >= 4)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        // Changes when another connection commits: equal before the checkpoint and inside the snapshot
        // means the snapshot is the state the checkpoint left.
        auto before = source.queryInt("PRAGMA data_version");
        if (!before)
            return before.error();
        bool allInFile = false;
        {
            auto checkpoint = source.prepare("PRAGMA wal_checkpoint(PASSIVE)");
            if (!checkpoint)
                return checkpoint.error();
            // A checkpoint that cannot write the file (a full disk) leaves the log as it was: no page copy.
            auto row = checkpoint->step();
            if (!row)
                return false;
            // Columns: busy, frames in the log, frames copied into the database file.
            allInFile = row.value() && checkpoint->columnInt(1) == checkpoint->columnInt(2);
        }
        if (!allInFile)
            continue;
        if (auto s = source.exec("BEGIN"); !s)
            return s.error();
        auto inside = source.queryInt("PRAGMA data_version"); // its read takes the snapshot
        if (!inside) {
            (void)source.exec("ROLLBACK");
            return inside.error();
        }
        if (inside.value() == before.value())
            return true;
        (void)source.exec("ROLLBACK");
    }
    return false;
}

/// The snapshot as the database file's own pages, copied straight into the backup file with the checksum
/// computed in the same pass and every page's HMAC checked on a second thread. False (nothing written) if
/// this method cannot be used now; the caller may fall back to the online backup.
Result<bool> writeByPageCopy(Database& source, const QString& dbPath, const SecureBytes& dataKey,
                             const KeySlotFile& slots, PartFile& part)
{
    auto frozen = freezeDatabaseFile(source);
    if (!frozen)
        return frozen.error();
    if (!frozen.value())
        return false;
    const auto endRead = qScopeGuard([&] { (void)source.exec("ROLLBACK"); });

    auto pageCount = source.queryInt("PRAGMA page_count");
    if (!pageCount)
        return pageCount.error();
    auto version = source.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    const QByteArray name = QFile::encodeName(dbPath);
    const Fd db(::open(name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!db.valid())
        return ioError(errno, QStringLiteral("open the database file"));
    QByteArray start(16, Qt::Uninitialized);
    if (readFully(db.get(), 0, start.data(), start.size()) != start.size())
        return makeError(ErrorCode::DamagedVault, QStringLiteral("the database file could not be read"));
    auto pages = PageAuthenticator::forDatabase(source, dataKey, start);
    if (!pages) {
        if (pages.code() == ErrorCode::Unsupported)
            return false;
        return pages.error();
    }

    const qint64 snapshotBytes = pageCount.value() * pages->pageSize();
    const Framing framing = framingFor(slots, version.value(), snapshotBytes);
    Hasher hasher;
    hasher.add(framing.prefix);
    hasher.add(framing.header);
    if (auto s = part.write(QByteArray(framing.prefix + framing.header)); !s)
        return s.error();
    const Status copied = PageStream(pages.value()).run(db.get(), pageCount.value(), [&](QByteArrayView bytes) {
        hasher.add(bytes);
        return part.write(bytes);
    });
    if (!copied) {
        if (copied.code() == ErrorCode::DamagedVault)
            return makeError(ErrorCode::DamagedVault,
                             copied.error().detail + QStringLiteral("; the vault's file is damaged, so no "
                                                                    "backup was written"));
        return copied.error();
    }
    if (auto s = writeTrailer(part, dataKey, framing, hasher.finish()); !s)
        return s.error();
    return true;
}

/// The snapshot taken with SQLite's online backup API into a keyed scratch copy (every page decrypted and
/// encrypted again), then packed into the backup file: the kernel copies the snapshot in while a second
/// thread reads it for the checksum.
Status writeByOnlineBackup(Database& source, const SecureBytes& dataKey, const KeySlotFile& slots,
                           const QString& scratchPath, PartFile& part)
{
    auto version = source.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    {
        auto dest = Database::open(scratchPath, Database::OpenMode::ReadWriteCreate);
        if (!dest)
            return dest.error();
        if (auto s = dest->key(dataKey); !s)
            return s;
        // A scratch file until it is packed: the packed file is what gets synced, once.
        if (auto s = dest->exec("PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF;"); !s)
            return s;
        sqlite3_backup* b = sqlite3_backup_init(dest->handle(), "main", source.handle(), "main");
        if (!b)
            return dest->errorFor(sqlite3_errcode(dest->handle()), QStringLiteral("backup"));
        const int rc = sqlite3_backup_step(b, -1);
        const int finishRc = sqlite3_backup_finish(b);
        if (rc != SQLITE_DONE) {
            // SQLite reports a write past the size limit as an I/O error; the cause is a full disk.
            const int err = sqlite3_system_errno(dest->handle());
            if (err == ENOSPC || err == EDQUOT || err == EFBIG)
                return ioError(err, QStringLiteral("write the snapshot"));
            return dest->errorFor(rc, QStringLiteral("backup"));
        }
        if (finishRc != SQLITE_OK)
            return dest->errorFor(finishRc, QStringLiteral("backup"));
        // The copy carries the WAL flag; fold everything into the one file before it is packed.
        (void)dest->exec("PRAGMA journal_mode = DELETE");
        if (auto s = dest->close(); !s)
            return s;
    }

    const QByteArray scratchName = QFile::encodeName(scratchPath);
    const Fd snapshot(::open(scratchName.constData(), O_RDONLY | O_CLOEXEC));
    if (!snapshot.valid())
        return ioError(errno, QStringLiteral("open snapshot"));
    const qint64 snapshotBytes = QFileInfo(scratchPath).size();
    const Framing framing = framingFor(slots, version.value(), snapshotBytes);
    if (auto s = part.write(QByteArray(framing.prefix + framing.header)); !s)
        return s;
    QByteArray sum;
    int copyError = 0;
    {
        const auto checksum = [&] {
            sum = checksumOf(framing.prefix, framing.header, snapshot.get(), 0, snapshotBytes);
        };
        std::optional<std::jthread> hashing;
        try {
            hashing.emplace(checksum);
        } catch (const std::system_error&) {
            checksum(); // no thread to be had: one after the other
        }
        copyError = appendFile(snapshot.get(), part.fd(), snapshotBytes);
    }
    if (copyError != 0)
        return ioError(copyError, QStringLiteral("write backup"));
    return writeTrailer(part, dataKey, framing, sum);
}

} // namespace
} // namespace Backup

Status Vault::backupTo(const QString& file, SnapshotMethod method)
{
    using namespace Backup;
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    if (file.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no backup file given"));
    if (auto s = checkBackupTarget(file, m_dir); !s)
        return s;
    // Written where the disk resolves it (through a link, "link/sub/.." is not what the text says).
    const QFileInfo out(canonicalPathOf(file));
    QTemporaryDir work(out.absolutePath() + QStringLiteral("/.continuum-backup-XXXXXX"));
    if (!work.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write in ") + out.absolutePath());

    const QString dbPath = VaultFiles::database(m_dir);
    auto source = openSource(dbPath, m_dataKey);
    if (!source)
        return source.error();
    PartFile part(work.filePath(QStringLiteral("backup.part")));
    if (auto s = part.opened(); !s)
        return s;
    bool written = false;
    if (method != SnapshotMethod::OnlineBackup) {
        auto copied = writeByPageCopy(source.value(), dbPath, m_dataKey, m_slots, part);
        if (!copied)
            return copied.error();
        written = copied.value();
        if (!written && method == SnapshotMethod::PageCopy)
            return makeError(ErrorCode::Database,
                             QStringLiteral("the write-ahead log could not be emptied for the page copy (a reader "
                                            "holds it), or the cipher settings are not the defaults"));
    }
    if (!written) {
        const QString scratch = work.filePath(QStringLiteral("snapshot.db"));
        if (auto s = writeByOnlineBackup(source.value(), m_dataKey, m_slots, scratch, part); !s)
            return s;
    }
    if (auto s = part.placeAt(out.absoluteFilePath()); !s)
        return s;

    // Remember when, for the reminder (on the backup's own connection, outside any transaction of the
    // window's); the backup itself is already safe if this fails.
    auto st = source->prepare("INSERT INTO vault_meta (key, value) VALUES ('last_backup_at', ?1) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    st->bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return st->run();
}

} // namespace continuum
