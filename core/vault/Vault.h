// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/KeySlot.h"
#include "crypto/SecureBytes.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>

class QLockFile;

namespace continuum {

/// Where a vault keeps its files inside its folder.
namespace VaultFiles {
QString database(const QString& dir);
QString keySlots(const QString& dir);
QString lock(const QString& dir);
/// "open" while a process has the vault's database open; absent after a clean close. Tells a missing write-ahead log of
/// an unfinished session (damage) from one that was deleted on a clean close.
QString sessionMarker(const QString& dir);
} // namespace VaultFiles

/// The outcome of an integrity check: ok, or the problems SQLCipher and SQLite reported.
struct IntegrityReport {
    bool ok = false;
    QStringList problems;
};

/// Who holds a vault's lock file, as that file says.
struct LockOwner {
    qint64 pid = 0;
    QString host;
    QString application;
    bool onThisHost = false; ///< written on this computer (same host name)
};

/// An unlocked vault: a folder holding the SQLCipher database and its key-slot file, held open under a
/// lock file. Unlocking derives a key-encryption key with Argon2id, unseals the data key into locked
/// memory and opens the database with it; lock() (or destruction) closes it and wipes the key.
class Vault final
{
public:
    /// Shortest passphrase accepted, in characters.
    static constexpr int kMinPassphraseLength = 8;

    struct Created;

    /// Creates a new vault in dir (which must not exist or be empty). Returns it unlocked, with the
    /// recovery key text, which is never stored and must be shown to the counselor once.
    static Result<Created> create(const QString& dir, const SecureBytes& passphrase,
                                  const KdfParams& kdf = KdfParams::moderate());

    static Result<std::unique_ptr<Vault>> unlock(const QString& dir, const SecureBytes& passphrase);
    /// Unlocks with the recovery key as typed; a typo is reported (MistypedRecoveryKey) before any key
    /// derivation. The caller must then have the counselor set a new passphrase (openedWithRecoveryKey()).
    static Result<std::unique_ptr<Vault>> unlockWithRecoveryKey(const QString& dir, const SecureBytes& typedKey);

    /// Checks a closed vault without writing to it: every page's HMAC and the database structure, on a
    /// private copy of the database and its write-ahead log (so nothing is checkpointed or deleted in the
    /// vault itself), plus the key slots the vault records against the key-slot file. Takes the vault's
    /// lock for the duration. The secret is the passphrase, or the recovery key's secret.
    static Result<IntegrityReport> verify(const QString& dir, KeySlotKind kind, const SecureBytes& secret);

    /// The owner named in the vault's lock file, if there is one.
    static std::optional<LockOwner> lockOwner(const QString& dir);
    /// Removes a lock file left by another computer (a vault carried over, a renamed machine) or by a
    /// process that is gone, after the counselor has confirmed. AlreadyOpen if a live process on this
    /// computer holds it: that vault really is open.
    static Status breakLock(const QString& dir);

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    /// Rewraps the passphrase slot with a new passphrase; the database is not rewritten.
    Status changePassphrase(const SecureBytes& newPassphrase);
    /// Same, with explicit key-derivation cost (tests; raising the cost later).
    Status changePassphrase(const SecureBytes& newPassphrase, const KdfParams& kdf);

    /// True if passphrase opens this vault's passphrase slot (a fresh key derivation; for confirming the
    /// counselor before a sensitive change). WrongPassphrase otherwise.
    Status verifyPassphrase(const SecureBytes& passphrase) const;

    /// When the last backup of this vault was written (recorded inside the vault), if ever.
    std::optional<QDateTime> lastBackupAt();

    /// Closes the database, wipes the data key and releases the lock file. The object is then inert.
    void lock();
    bool isOpen() const { return m_db.isOpen(); }

    /// PRAGMA cipher_integrity_check (every page's HMAC) and PRAGMA integrity_check (structure).
    Result<IntegrityReport> checkIntegrity();

    /// How backupTo takes its snapshot of the database.
    enum class SnapshotMethod {
        /// The page copy; SQLite's online backup where the write-ahead log cannot be emptied first (a reader
        /// holds it) or the cipher settings are not SQLCipher 4's defaults.
        Automatic,
        /// The database file's encrypted pages copied as they are, from a moment the write-ahead log was
        /// empty, every page's HMAC checked on the way. Fails rather than fall back (tests, benchmark).
        PageCopy,
        /// SQLite's online backup API into a keyed copy, which decrypts and re-encrypts every page (the only
        /// method before the page copy; kept as the fallback, and for tests and the benchmark).
        OnlineBackup,
    };

    /// Writes a single-file backup: header with the key slots, then a consistent snapshot of the database
    /// taken while the vault stays open (writers are never held off), its checksum and MAC. Written
    /// durably and atomically; a snapshot whose pages fail their check is never put in place.
    Status backupTo(const QString& file, SnapshotMethod method = SnapshotMethod::Automatic);
    /// Whether `file` may receive a backup of the vault in `vaultDir`: not inside the vault folder (as the
    /// disk resolves the path, links and all), not a folder. InvalidArgument otherwise. Touches nothing,
    /// so the command line can refuse before it unlocks anything.
    static Status checkBackupTarget(const QString& file, const QString& vaultDir);

    Database& database() { return m_db; }
    QString directory() const { return m_dir; }
    QUuid id() const { return m_slots.vaultId; }
    bool openedWithRecoveryKey() const { return m_openedWithRecovery; }
    /// Set when the key-slot file lacks a slot the vault itself records having (the recovery slot was
    /// removed): the vault opens, and the counselor is told to make a new recovery key.
    std::optional<Error> keySlotProblem() const { return m_keySlotProblem; }
    Result<int> schemaVersion();

    /// Opens the database file of a vault folder with an already unwrapped key, checks it is SQLCipher
    /// and readable with that key and not newer than this build, applies the connection settings and
    /// migrations (unless readOnlyCheck). Used by unlock and by restore's verification.
    static Result<Database> openDatabase(const QString& dbPath, const SecureBytes& dataKey, bool readOnlyCheck);

    /// Everything openDatabase does after keying a connection: the SQLCipher, key and schema-version
    /// checks, then (unless readOnlyCheck) the connection settings every vault connection runs with (WAL,
    /// synchronous=FULL, foreign keys, secure_delete, temp_store=MEMORY, page cache) and the migrations.
    /// The application reaches it only through openDatabase; the caseload benchmark calls it on an
    /// unencrypted copy so both sides of its comparison run the same code.
    static Status prepareConnection(Database& db, bool readOnlyCheck);

private:
    Vault() = default;
    static Result<std::unique_ptr<Vault>> unlockWith(const QString& dir, KeySlotKind kind, const SecureBytes& secret);

    QString m_dir;
    std::unique_ptr<QLockFile> m_lockFile;
    Database m_db;
    SecureBytes m_dataKey;
    KeySlotFile m_slots;
    bool m_openedWithRecovery = false;
    std::optional<Error> m_keySlotProblem;
};

struct Vault::Created {
    std::unique_ptr<Vault> vault;
    QString recoveryKey;
};

/// Checks a vault folder before any key derivation: key slots readable, database present, encrypted,
/// every file in it a regular file. Returns the parsed key slots. Touches nothing. (The write-ahead log
/// is checked once the vault's lock is held: WalCheck.)
Result<KeySlotFile> precheckVaultFolder(const QString& dir);

/// The key slots a vault records inside its (authenticated) database against those in its key-slot
/// file: an Error (DamagedKeySlots) naming a slot the file lacks. Empty when they agree or the vault
/// predates the record.
std::optional<Error> compareRecordedKeySlots(Database& db, const KeySlotFile& slots);

/// PRAGMA cipher_integrity_check (every page's HMAC) and PRAGMA integrity_check (structure): the
/// problems they report, none when the database is sound.
QStringList integrityProblems(Database& db);

} // namespace continuum
