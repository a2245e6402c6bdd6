// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Vault.h"

#include "crypto/RecoveryKey.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "util/AtomicFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>
#include <QThread>

#include <sqlite3.h>

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
            return makeError(ErrorCode::AlreadyOpen, QStringLiteral("held by process %1 on %2").arg(pid).arg(host));
        }
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the lock file in ") + dir);
    }
    return lock;
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

    // A zero-length or missing database beside a key-slot file is an error, never a new vault.
    QFile dbFile(VaultFiles::database(dir));
    if (!dbFile.exists())
        return makeError(ErrorCode::MissingDatabase, QStringLiteral("the database file is missing"));
    if (!dbFile.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, dbFile.errorString());
    const qint64 size = dbFile.size();
    if (size == 0)
        return makeError(ErrorCode::MissingDatabase, QStringLiteral("the database file is empty"));
    const QByteArray head = dbFile.read(16);
    if (head == QByteArrayView("SQLite format 3\0", 16))
        return makeError(ErrorCode::PlainDatabase, QStringLiteral("the database file is not encrypted"));
    if (size % kPageSize != 0)
        return makeError(
            ErrorCode::DamagedVault,
            QStringLiteral("the database file is truncated (%1 bytes is not a whole number of pages)").arg(size));
    return slots;
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

Result<Vault::Created> Vault::create(const QString& dir, const SecureBytes& passphrase, const KdfParams& kdf)
{
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
    return unlockWith(dir, KeySlotKind::Passphrase, passphrase);
}

Result<std::unique_ptr<Vault>> Vault::unlockWithRecoveryKey(const QString& dir, const QString& typedKey)
{
    auto secret = RecoveryKey::parse(typedKey);
    if (!secret)
        return secret.error();
    return unlockWith(dir, KeySlotKind::Recovery, secret.value());
}

Result<std::unique_ptr<Vault>> Vault::unlockWith(const QString& dir, KeySlotKind kind, const SecureBytes& secret)
{
    auto slots = precheckVaultFolder(dir);
    if (!slots)
        return slots.error();
    const auto slot = slots->slot(kind);
    if (!slot)
        return makeError(ErrorCode::DamagedKeySlots, QStringLiteral("this vault has no recovery slot"));

    auto lock = takeLock(dir);
    if (!lock)
        return lock.error();

    auto key = unwrapKey(*slot, secret, slots->vaultId);
    if (!key)
        return key.error();
    auto db = openDatabase(VaultFiles::database(dir), key.value(), false);
    if (!db)
        return db.error();

    auto vault = std::unique_ptr<Vault>(new Vault);
    vault->m_dir = QFileInfo(dir).absoluteFilePath();
    vault->m_lockFile = std::move(lock).value();
    vault->m_db = std::move(db).value();
    vault->m_dataKey = std::move(key).value();
    vault->m_slots = std::move(slots).value();
    vault->m_openedWithRecovery = kind == KeySlotKind::Recovery;
    return vault;
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
    if (m_db.isOpen())
        (void)m_db.close();
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
    // Move committed pages from the WAL into the main file first, so every page is checked where it rests.
    (void)m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");

    for (const char* pragma : {"PRAGMA cipher_integrity_check", "PRAGMA integrity_check"}) {
        auto st = m_db.prepare(pragma);
        if (!st) {
            report.problems.append(st.error().detail);
            continue;
        }
        while (true) {
            auto row = st->step();
            if (!row) {
                report.problems.append(row.error().detail);
                break;
            }
            if (!row.value())
                break;
            const QString line = st->columnText(0);
            if (line != QStringLiteral("ok"))
                report.problems.append(line);
        }
    }
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace continuum
