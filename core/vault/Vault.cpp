// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Vault.h"

#include "crypto/RecoveryKey.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "util/AtomicFile.h"
#include "util/SafeFile.h"
#include "vault/WalCheck.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

#include <cerrno>
#include <csignal>

namespace continuum {

namespace VaultFiles {
QString database(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("vault.db"));
}
QString keySlots(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("keyslots.json"));
}
QString lock(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("vault.lock"));
}
QString sessionMarker(const QString& dir)
{
    return QDir(dir).filePath(QStringLiteral("vault.open"));
}
} // namespace VaultFiles

namespace {

constexpr int kPageSize = 4096; // SQLCipher 4 default

bool passphraseLongEnough(const SecureBytes& passphrase)
{
    const QString text = QString::fromUtf8(passphrase.view());
    return text.size() >= Vault::kMinPassphraseLength;
}

Result<std::unique_ptr<QLockFile>> takeLock(const QString& dir)
{
    // QLockFile would read a FIFO here and wait for ever, or follow a link out of the folder.
    const PathKind existing = pathKind(VaultFiles::lock(dir));
    if (existing != PathKind::Missing && existing != PathKind::RegularFile)
        return makeError(ErrorCode::DamagedVault, QStringLiteral("the lock file is not a regular file"));
    auto lock = std::make_unique<QLockFile>(VaultFiles::lock(dir));
    lock->setStaleLockTime(0); // only a dead owner makes a lock stale, never its age
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            qint64 pid = 0;
            QString host;
            QString app;
            if (!lock->getLockInfo(&pid, &host, &app)) {
                // An owner killed between creating the lock file and writing its pid (or a power cut that
                // lost the contents) leaves an empty file that QLockFile never calls stale. A live owner
                // fills it within microseconds and holds a native lock on it, which removeStaleLockFile()
                // must be able to take; wait a moment first so a process that is starting right now can.
                QThread::msleep(100);
                if (!lock->getLockInfo(&pid, &host, &app) && lock->removeStaleLockFile() && lock->tryLock(0))
                    return lock;
            }
            return makeError(ErrorCode::AlreadyOpen,
                             QStringLiteral("held by process %1 on the computer \"%2\"").arg(pid).arg(host));
        }
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the lock file in ") + dir);
    }
    return lock;
}

const QByteArray kMarkerOpen = QByteArrayLiteral("open\n");

/// SQLITE_FCNTL_PERSIST_WAL: whether SQLite leaves the write-ahead log in place when the last connection
/// closes (it is then empty or fully copied into the database; the next open uses it as it is).
void setLogKeptOnClose(Database& db, bool keep)
{
    int flag = keep ? 1 : 0;
    sqlite3_file_control(db.handle(), "main", SQLITE_FCNTL_PERSIST_WAL, &flag);
}

/// The write-ahead log checked with what the session marker says: a log that a session which never
/// finished still needs, and that is gone, lost every commit since the last checkpoint.
Status checkLog(const QString& dir)
{
    const QString wal = VaultFiles::database(dir) + QStringLiteral("-wal");
    if (pathKind(wal) == PathKind::Missing) {
        auto marker = readSmallFile(VaultFiles::sessionMarker(dir), 64, ErrorCode::NotFound, ErrorCode::DamagedVault);
        if (!marker && marker.code() != ErrorCode::NotFound)
            return marker.error();
        if (marker && marker.value() == kMarkerOpen)
            return makeError(ErrorCode::DamagedVault,
                             QStringLiteral("write-ahead log: the log of a session that did not finish is missing; "
                                            "the commits since its last checkpoint are gone with it"));
        return {};
    }
    return WalCheck::checkFiles(VaultFiles::database(dir));
}

Status applyConnectionSettingsImpl(Database& db)
{
    // WAL with FULL sync: a commit that returned is on disk. No plaintext temp files, freed pages zeroed.
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON",
                               "PRAGMA secure_delete = ON", "PRAGMA temp_store = MEMORY",
                               // Decrypted pages stay cached: 32 MiB keeps a large caseload's indexes warm.
                               "PRAGMA cache_size = -32768",
                               // REPLACE deletes the row it conflicts with; with this, that delete meets the
                               // same immutability triggers as any other.
                               "PRAGMA recursive_triggers = ON"}) {
        auto st = db.prepare(pragma);
        if (!st)
            return st.error();
        auto r = st->step();
        if (!r)
            return r.error();
    }
    auto mode = db.queryText("PRAGMA journal_mode");
    if (!mode)
        return mode.error();
    if (mode.value().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return makeError(ErrorCode::Database,
                         QStringLiteral("could not switch to WAL journal (got %1)").arg(mode.value()));
    return {};
}

} // namespace

Result<KeySlotFile> precheckVaultFolder(const QString& dir)
{
    const QFileInfo dirInfo(dir);
    if (!dirInfo.exists() || !dirInfo.isDir())
        return makeError(ErrorCode::NotAVault, QStringLiteral("no folder at ") + dir);
    auto slots = KeySlotFile::read(VaultFiles::keySlots(dir));
    if (!slots)
        return slots.error();

    // A zero-length or missing database beside a key-slot file is an error, never a new vault. Only a
    // regular file is read: a FIFO must not block, a link must not lead out of the folder.
    auto dbFile = openRegularFile(VaultFiles::database(dir), ErrorCode::MissingDatabase, ErrorCode::DamagedVault);
    if (!dbFile) {
        if (dbFile.code() == ErrorCode::MissingDatabase)
            return makeError(ErrorCode::MissingDatabase, QStringLiteral("the database file is missing"));
        return dbFile.error();
    }
    const qint64 size = dbFile->size;
    if (size == 0)
        return makeError(ErrorCode::MissingDatabase, QStringLiteral("the database file is empty"));
    QByteArray head(16, Qt::Uninitialized);
    if (readFully(dbFile->fd.get(), 0, head.data(), head.size()) != head.size() && size >= head.size())
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the database file"));
    if (head == QByteArrayView("SQLite format 3\0", 16))
        return makeError(ErrorCode::PlainDatabase, QStringLiteral("the database file is not encrypted"));
    if (size % kPageSize != 0)
        return makeError(
            ErrorCode::DamagedVault,
            QStringLiteral("the database file is truncated (%1 bytes is not a whole number of pages)").arg(size));
    const QStringList companions{VaultFiles::database(dir) + QStringLiteral("-wal"),
                                 VaultFiles::database(dir) + QStringLiteral("-shm"), VaultFiles::lock(dir),
                                 VaultFiles::sessionMarker(dir)};
    for (const QString& companion : companions) {
        const PathKind kind = pathKind(companion);
        if (kind != PathKind::Missing && kind != PathKind::RegularFile)
            return makeError(ErrorCode::DamagedVault,
                             QStringLiteral("%1 is not a regular file").arg(QFileInfo(companion).fileName()));
    }
    return slots;
}

QStringList integrityProblems(Database& db)
{
    QStringList problems;
    for (const char* pragma : {"PRAGMA cipher_integrity_check", "PRAGMA integrity_check"}) {
        auto st = db.prepare(pragma);
        if (!st) {
            problems.append(st.error().detail);
            continue;
        }
        while (true) {
            auto row = st->step();
            if (!row) {
                problems.append(row.error().detail);
                break;
            }
            if (!row.value())
                break;
            const QString line = st->columnText(0);
            if (line != QStringLiteral("ok"))
                problems.append(line);
        }
    }
    return problems;
}

namespace {

QString kindName(KeySlotKind kind)
{
    return kind == KeySlotKind::Passphrase ? QStringLiteral("passphrase") : QStringLiteral("recovery");
}

QString slotKindsOf(const KeySlotFile& slots)
{
    QStringList kinds;
    for (const KeySlotKind kind : {KeySlotKind::Passphrase, KeySlotKind::Recovery}) {
        if (slots.slot(kind))
            kinds.append(kindName(kind));
    }
    return kinds.join(QLatin1Char(','));
}

Status recordKeySlots(Database& db, const QString& kinds)
{
    auto st = db.prepare("INSERT INTO vault_meta (key, value) VALUES ('key_slots', ?1) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    st->bind(1, kinds);
    return st->run();
}

} // namespace

std::optional<Error> compareRecordedKeySlots(Database& db, const KeySlotFile& slots)
{
    auto recorded = db.queryText("SELECT value FROM vault_meta WHERE key = 'key_slots'");
    if (!recorded)
        return recorded.error();
    // Vaults made before the record: every vault this program made has both slots.
    const QStringList expected = recorded->isEmpty()
                                     ? QStringList{kindName(KeySlotKind::Passphrase), kindName(KeySlotKind::Recovery)}
                                     : recorded->split(QLatin1Char(','));
    for (const QString& name : expected) {
        const KeySlotKind kind =
            name == kindName(KeySlotKind::Recovery) ? KeySlotKind::Recovery : KeySlotKind::Passphrase;
        if (!slots.slot(kind))
            return makeError(ErrorCode::DamagedKeySlots,
                             QStringLiteral("the %1 key slot this vault was made with is missing").arg(name));
    }
    return std::nullopt;
}

Result<Database> Vault::openDatabase(const QString& dbPath, const SecureBytes& dataKey, bool readOnlyCheck)
{
    auto opened = Database::open(dbPath, Database::OpenMode::ReadWrite);
    if (!opened)
        return opened.error();
    Database db = std::move(opened).value();
    if (auto s = db.key(dataKey); !s)
        return s.error();
    if (auto s = prepareConnection(db, readOnlyCheck); !s)
        return s.error();
    return db;
}

Status Vault::prepareConnection(Database& db, bool readOnlyCheck)
{
    auto cipher = db.queryText("PRAGMA cipher_version");
    if (!cipher || cipher.value().isEmpty())
        return makeError(ErrorCode::Unsupported, QStringLiteral("the SQLite library in use is not SQLCipher"));

    // The first read proves the key fits the file. The key came out of an authenticated slot, so a
    // failure here means the database itself is damaged or was replaced.
    auto probe = db.queryInt("SELECT count(*) FROM sqlite_schema");
    if (!probe) {
        return makeError(
            ErrorCode::DamagedVault,
            QStringLiteral("the database cannot be read with this vault's key (%1)").arg(probe.error().detail));
    }
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return makeError(ErrorCode::DamagedVault, version.error().detail);
    if (version.value() > latestSchemaVersion()) {
        return makeError(ErrorCode::NewerVersion, QStringLiteral("written with schema %1; this program knows up to %2")
                                                      .arg(version.value())
                                                      .arg(latestSchemaVersion()));
    }
    if (readOnlyCheck)
        return {};
    if (auto s = applyConnectionSettingsImpl(db); !s)
        return s;
    return migrate(db, schemaMigrations());
}

namespace {
/// A folder as given, absolute and without a trailing slash ("vault/" as tab completion types it would
/// otherwise make the folder its own parent, and temporary folders land inside it).
QString cleanFolder(const QString& dir)
{
    return dir.isEmpty() ? dir : QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}
} // namespace

Result<Vault::Created> Vault::create(const QString& dirAsGiven, const SecureBytes& passphrase, const KdfParams& kdf)
{
    const QString dir = cleanFolder(dirAsGiven);
    if (dir.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no folder given"));
    if (!passphraseLongEnough(passphrase)) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the passphrase needs at least %1 characters").arg(kMinPassphraseLength));
    }
    const QFileInfo target(dir);
    if (target.exists()) {
        if (!target.isDir())
            return makeError(ErrorCode::VaultExists, QStringLiteral("a file is in the way at ") + dir);
        if (!QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return makeError(ErrorCode::VaultExists, QStringLiteral("the folder is not empty: ") + dir);
    }
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent))
        return makeError(ErrorCode::Io, QStringLiteral("cannot create ") + parent);

    // Build the vault in a sibling folder and rename it into place, so a crash half-way never leaves a
    // folder that looks like a vault but is not one.
    QTemporaryDir staging(parent + QStringLiteral("/.continuum-new-XXXXXX"));
    if (!staging.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot create a folder in ") + parent);
    QFile::setPermissions(staging.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto vault = std::unique_ptr<Vault>(new Vault);
    vault->m_slots.vaultId = QUuid::createUuid();
    vault->m_dataKey = generateDataKey();
    if (!vault->m_dataKey.isValid() || vault->m_dataKey.isEmpty())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory for the key"));
    auto recovery = RecoveryKey::generate();
    if (!recovery)
        return recovery.error();
    auto passSlot = wrapKey(vault->m_dataKey, passphrase, KeySlotKind::Passphrase, kdf, vault->m_slots.vaultId);
    if (!passSlot)
        return passSlot.error();
    auto recoverySlot = wrapKey(vault->m_dataKey, recovery->secret, KeySlotKind::Recovery, kdf, vault->m_slots.vaultId);
    if (!recoverySlot)
        return recoverySlot.error();
    vault->m_slots.slots = {passSlot.value(), recoverySlot.value()};

    {
        auto db = Database::open(VaultFiles::database(staging.path()), Database::OpenMode::ReadWriteCreate);
        if (!db)
            return db.error();
        if (auto s = db->key(vault->m_dataKey); !s)
            return s.error();
        if (auto s = applyConnectionSettingsImpl(db.value()); !s)
            return s.error();
        if (auto s = migrate(db.value(), schemaMigrations()); !s)
            return s.error();
        {
            auto st = db->prepare("INSERT INTO vault_meta (key, value) VALUES ('vault_id', ?1)");
            if (!st)
                return st.error();
            st->bind(1, vault->m_slots.vaultId.toString(QUuid::WithoutBraces));
            if (auto s = st->run(); !s)
                return s.error();
        }
        if (auto s = recordKeySlots(db.value(), slotKindsOf(vault->m_slots)); !s)
            return s.error();
        if (auto s = db->close(); !s)
            return s.error();
    }
    QFile::setPermissions(VaultFiles::database(staging.path()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (auto s = vault->m_slots.write(VaultFiles::keySlots(staging.path())); !s)
        return s.error();

    if (target.exists() && !QDir().rmdir(dir))
        return makeError(ErrorCode::VaultExists, QStringLiteral("the folder is not empty: ") + dir);
    if (!QDir().rename(staging.path(), dir))
        return makeError(ErrorCode::Io, QStringLiteral("cannot move the new vault into ") + dir);
    staging.setAutoRemove(false);
    if (auto s = syncDirectory(parent); !s)
        return s.error();

    auto unlocked = unlockWith(dir, KeySlotKind::Passphrase, passphrase);
    if (!unlocked)
        return unlocked.error();
    return Created{std::move(unlocked).value(), recovery->text};
}

Result<std::unique_ptr<Vault>> Vault::unlock(const QString& dir, const SecureBytes& passphrase)
{
    return unlockWith(cleanFolder(dir), KeySlotKind::Passphrase, passphrase);
}

Result<std::unique_ptr<Vault>> Vault::unlockWithRecoveryKey(const QString& dir, const SecureBytes& typedKey)
{
    auto secret = RecoveryKey::parse(typedKey);
    if (!secret)
        return secret.error();
    return unlockWith(cleanFolder(dir), KeySlotKind::Recovery, secret.value());
}

namespace {

/// What unlocking and verifying share: the folder checked, the lock held, the log checked, the key out.
struct OpenedSlot {
    KeySlotFile slots;
    std::unique_ptr<QLockFile> lock;
    SecureBytes key;
};

Result<OpenedSlot> openSlot(const QString& dir, KeySlotKind kind, const SecureBytes& secret)
{
    auto slots = precheckVaultFolder(dir);
    if (!slots)
        return slots.error();
    const auto slot = slots->slot(kind);
    if (!slot)
        return makeError(ErrorCode::DamagedKeySlots,
                         QStringLiteral("the vault has no %1 key slot").arg(kindName(kind)));
    auto lock = takeLock(dir);
    if (!lock)
        return lock.error();
    // With the lock held nobody writes the log: check it before SQLite replays (or silently drops) it.
    if (auto s = checkLog(dir); !s)
        return s.error();
    auto key = unwrapKey(*slot, secret, slots->vaultId);
    if (!key)
        return key.error();
    return OpenedSlot{std::move(slots).value(), std::move(lock).value(), std::move(key).value()};
}

} // namespace

Result<std::unique_ptr<Vault>> Vault::unlockWith(const QString& dir, KeySlotKind kind, const SecureBytes& secret)
{
    auto opened = openSlot(dir, kind, secret);
    if (!opened)
        return opened.error();
    KeySlotFile* slots = &opened->slots;
    auto lock = std::move(opened->lock);
    auto key = std::move(opened->key);
    auto db = openDatabase(VaultFiles::database(dir), key, false);
    if (!db)
        return db.error();
    // The log stays when this connection closes, unless lock() has first put everything in the file and
    // removed the session marker: a failure anywhere on the way (a full disk) never leaves the marker
    // saying "open" beside a log SQLite deleted.
    setLogKeptOnClose(db.value(), true);

    // The database records which slots the vault was made with; a slot missing from the file (a recovery
    // slot removed) is reported, and the record is only written where it was never made.
    std::optional<Error> slotProblem = compareRecordedKeySlots(db.value(), *slots);
    if (!slotProblem) {
        auto recorded = db->queryText("SELECT value FROM vault_meta WHERE key = 'key_slots'");
        if (!recorded)
            return recorded.error();
        if (recorded->isEmpty()) {
            if (auto s = recordKeySlots(db.value(), slotKindsOf(*slots)); !s)
                return s.error();
        }
        // A file from before slots carried their checks gets them now, so later damage reads as damage.
        if (slots->withoutChecks) {
            if (auto s = slots->write(VaultFiles::keySlots(dir)); !s)
                return s.error();
            slots->withoutChecks = false;
        }
    }

    // From here until a clean close the log may hold commits the database file does not: say so,
    // durably (the rename syncs the folder, and with it the log's own entry, which SQLite created when
    // the database was first read). Last, so that nothing written before it can be lost with the log.
    if (auto s = writeFileAtomically(VaultFiles::sessionMarker(dir), kMarkerOpen); !s)
        return s.error();

    auto vault = std::unique_ptr<Vault>(new Vault);
    vault->m_dir = QFileInfo(dir).absoluteFilePath();
    vault->m_lockFile = std::move(lock);
    vault->m_db = std::move(db).value();
    vault->m_dataKey = std::move(key);
    vault->m_slots = std::move(*slots);
    vault->m_openedWithRecovery = kind == KeySlotKind::Recovery;
    vault->m_keySlotProblem = std::move(slotProblem);
    return vault;
}

Result<IntegrityReport> Vault::verify(const QString& dirAsGiven, KeySlotKind kind, const SecureBytes& secret)
{
    const QString dir = cleanFolder(dirAsGiven);
    auto opened = openSlot(dir, kind, secret);
    if (!opened)
        return opened.error();

    // A private copy of the database and its log: opening it replays and checkpoints the copy, never the
    // vault, so the evidence a check reports on stays where it is. Beside the vault (same disk, room
    // for it), else in the temporary folder. Both files are encrypted.
    std::unique_ptr<QTemporaryDir> work =
        std::make_unique<QTemporaryDir>(QFileInfo(dir).absolutePath() + QStringLiteral("/.continuum-verify-XXXXXX"));
    if (!work->isValid())
        work = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("continuum-verify-XXXXXX")));
    if (!work->isValid())
        return makeError(ErrorCode::Io, QStringLiteral("no folder to check a copy of the vault in"));
    QFile::setPermissions(work->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString copy = VaultFiles::database(work->path());
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        const QString from = VaultFiles::database(dir) + suffix;
        if (suffix.isEmpty() || QFileInfo::exists(from)) {
            if (auto s = copyFile(from, copy + suffix, FileSync::No); !s)
                return s.error();
        }
    }

    IntegrityReport report;
    {
        auto db = openDatabase(copy, opened->key, true);
        if (!db)
            return db.error();
        report.problems = integrityProblems(db.value());
        if (auto problem = compareRecordedKeySlots(db.value(), opened->slots))
            report.problems.append(problem->detail);
        if (auto s = db->close(); !s)
            return s.error();
    }
    report.ok = report.problems.isEmpty();
    return report;
}

std::optional<LockOwner> Vault::lockOwner(const QString& dir)
{
    if (pathKind(VaultFiles::lock(dir)) != PathKind::RegularFile)
        return std::nullopt;
    QLockFile lock(VaultFiles::lock(dir));
    LockOwner owner;
    if (!lock.getLockInfo(&owner.pid, &owner.host, &owner.application))
        return std::nullopt;
    owner.onThisHost = owner.host == QSysInfo::machineHostName();
    return owner;
}

Status Vault::breakLock(const QString& dir)
{
    const QString path = VaultFiles::lock(dir);
    const PathKind kind = pathKind(path);
    if (kind == PathKind::Missing)
        return {};
    if (kind != PathKind::RegularFile)
        return makeError(ErrorCode::DamagedVault, QStringLiteral("the lock file is not a regular file"));
    if (const auto owner = lockOwner(dir); owner && owner->onThisHost && owner->pid > 0) {
        // On this computer the process can be asked after: a live one really has the vault open.
        if (::kill(static_cast<pid_t>(owner->pid), 0) == 0 || errno == EPERM)
            return makeError(ErrorCode::AlreadyOpen,
                             QStringLiteral("process %1 on this computer has it open").arg(owner->pid));
    }
    if (!QFile::remove(path))
        return makeError(ErrorCode::Io, QStringLiteral("cannot remove the lock file"));
    return syncDirectory(dir);
}

Vault::~Vault()
{
    lock();
}

Status Vault::changePassphrase(const SecureBytes& newPassphrase)
{
    const auto current = m_slots.slot(KeySlotKind::Passphrase);
    return changePassphrase(newPassphrase, current ? current->kdf : KdfParams::moderate());
}

Status Vault::changePassphrase(const SecureBytes& newPassphrase, const KdfParams& kdf)
{
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    if (!passphraseLongEnough(newPassphrase)) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("the passphrase needs at least %1 characters").arg(kMinPassphraseLength));
    }
    auto slot = wrapKey(m_dataKey, newPassphrase, KeySlotKind::Passphrase, kdf, m_slots.vaultId);
    if (!slot)
        return slot.error();
    KeySlotFile updated = m_slots;
    updated.setSlot(slot.value());
    if (auto s = updated.write(VaultFiles::keySlots(m_dir)); !s)
        return s;
    m_slots = updated;
    m_openedWithRecovery = false;
    return {};
}

Status Vault::verifyPassphrase(const SecureBytes& passphrase) const
{
    if (!m_dataKey.size())
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    const auto slot = m_slots.slot(KeySlotKind::Passphrase);
    if (!slot)
        return makeError(ErrorCode::DamagedKeySlots, QStringLiteral("no passphrase slot"));
    auto key = unwrapKey(*slot, passphrase, m_slots.vaultId);
    if (!key)
        return key.error();
    return {};
}

std::optional<QDateTime> Vault::lastBackupAt()
{
    auto st = m_db.prepare("SELECT value FROM vault_meta WHERE key = 'last_backup_at'");
    if (!st)
        return std::nullopt;
    auto row = st->step();
    if (!row || !row.value())
        return std::nullopt;
    const QDateTime at = QDateTime::fromString(st->columnText(0), Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return at;
}

void Vault::lock()
{
    if (m_db.isOpen()) {
        // Everything into the database file first; then the marker goes (an unlink needs no free space),
        // durably, and only then may SQLite delete the log as it closes. If any step fails the log is kept
        // (it was kept from the moment the database opened): the next unlock finds the marker "open" and
        // a log to check, as after a crash, never a missing log it must call damage.
        bool everythingInTheFile = false;
        if (auto st = m_db.prepare("PRAGMA wal_checkpoint(TRUNCATE)")) {
            auto row = st->step();
            everythingInTheFile = row && row.value() && st->columnInt(0) == 0;
        }
        if (everythingInTheFile) {
            const QString marker = VaultFiles::sessionMarker(m_dir);
            everythingInTheFile =
                (QFile::remove(marker) || pathKind(marker) == PathKind::Missing) && syncDirectory(m_dir).ok();
        }
        if (everythingInTheFile)
            setLogKeptOnClose(m_db, false);
        if (auto s = m_db.close(); !s)
            qWarning("continuum: closing the vault: %s", qPrintable(s.error().detail));
    }
    m_dataKey.clear();
    if (m_lockFile) {
        m_lockFile->unlock();
        m_lockFile.reset();
    }
}

Result<int> Vault::schemaVersion()
{
    auto v = m_db.queryInt("PRAGMA user_version");
    if (!v)
        return v.error();
    return static_cast<int>(v.value());
}

Result<IntegrityReport> Vault::checkIntegrity()
{
    if (!isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    IntegrityReport report;
    // This process owns the vault: move committed pages from the log into the main file first, so every
    // page is checked where it rests. (verify() checks a closed vault without writing to it.)
    if (auto s = m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); !s)
        report.problems.append(s.error().detail);
    report.problems.append(integrityProblems(m_db));
    if (m_keySlotProblem)
        report.problems.append(m_keySlotProblem->detail);
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace continuum
