// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the seed corpus of the fuzz targets: `fuzz_seedgen OUT` fills OUT/backup, OUT/keyslots,
// OUT/recoverykey and OUT/walcheck. The seeds committed under tests/fuzz/corpus came from it; rerun it when a
// format changes (README.md). Key slots are sealed for real; backups frame a small random stand-in for the
// snapshot (inspect never opens it); the log and wal-index header come from a real SQLite database in WAL mode.
#include "crypto/KeySlot.h"
#include "crypto/RecoveryKey.h"
#include "crypto/Sodium.h"
#include "storage/Migrations.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace continuum;

namespace {

[[noreturn]] void fail(const QString& why)
{
    std::fprintf(stderr, "fuzz_seedgen: %s\n", qPrintable(why));
    std::exit(1);
}

void writeSeed(const QString& dir, const QString& name, const QByteArray& bytes)
{
    if (!QDir().mkpath(dir))
        fail(QStringLiteral("cannot create ") + dir);
    QFile f(dir + QLatin1Char('/') + name);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        fail(QStringLiteral("cannot write ") + f.fileName());
    std::printf("%8lld  %s\n", static_cast<long long>(bytes.size()), qPrintable(f.fileName()));
}

KeySlot sealed(const SecureBytes& dataKey, const SecureBytes& secret, KeySlotKind kind, const QUuid& vaultId)
{
    // The parameters a real vault gets (Vault::create's default), so the seed matches a file in the field.
    auto slot = wrapKey(dataKey, secret, kind, KdfParams::moderate(), vaultId);
    if (!slot)
        fail(QStringLiteral("wrapKey: ") + slot.error().detail);
    return slot.value();
}

// Backup::parse's layout (core/vault/Backup.h), header as Vault::backupTo writes it. Format 2 appends a MAC
// keyed with the vault's data key after the checksum; inspect has no key to check it with, so random bytes do.
QByteArray backupFile(const KeySlotFile& slots, int snapshotBytes, quint32 version)
{
    const QJsonObject header{
        {QStringLiteral("vaultId"), slots.vaultId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("schemaVersion"), latestSchemaVersion()},
        {QStringLiteral("createdAt"), QStringLiteral("2025-01-15T09:30:00Z")},
        {QStringLiteral("snapshotBytes"), QString::number(snapshotBytes)},
        {QStringLiteral("program"), QStringLiteral("Continuum")},
        {QStringLiteral("keySlots"), QJsonDocument::fromJson(slots.toJson()).object()},
    };
    const QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    QByteArray out("CONTINUUM-BACKUP", 16);
    out.resize(24);
    qToBigEndian<quint32>(version, out.data() + 16);
    qToBigEndian<quint32>(static_cast<quint32>(json.size()), out.data() + 20);
    out += json;
    out += randomBytes(snapshotBytes);
    QByteArray checksum(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(checksum.data()), crypto_generichash_BYTES,
                       reinterpret_cast<const unsigned char*>(out.constData()),
                       static_cast<unsigned long long>(out.size()), nullptr, 0);
    out += checksum;
    if (version >= 2)
        out += randomBytes(32);
    return out;
}

/// fuzz_walcheck's input layout: flags, then (with a header) its big-endian length and the header, then the log.
QByteArray walInput(const std::optional<QByteArray>& wal, const std::optional<QByteArray>& shm)
{
    QByteArray out(1, static_cast<char>((wal ? 1 : 0) | (shm ? 2 : 0)));
    if (shm) {
        QByteArray length(2, Qt::Uninitialized);
        qToBigEndian<quint16>(static_cast<quint16>(shm->size()), length.data());
        out += length + *shm;
    }
    if (wal)
        out += *wal;
    return out;
}

class Sqlite
{
public:
    explicit Sqlite(const QString& path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                            nullptr) != SQLITE_OK)
            fail(QStringLiteral("cannot open ") + path);
    }
    Sqlite(const Sqlite&) = delete;
    Sqlite& operator=(const Sqlite&) = delete;
    ~Sqlite() { sqlite3_close_v2(m_db); }
    void exec(const char* sql)
    {
        if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            fail(QStringLiteral("sqlite: ") + QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

private:
    sqlite3* m_db = nullptr;
};

QByteArray readFile(const QString& path, qint64 max = -1)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(QStringLiteral("cannot read ") + path);
    return max < 0 ? f.readAll() : f.read(max);
}

/// The log with its checksums recomputed in big-endian order (magic 0x377f0683), as SQLite writes it on a
/// big-endian machine: the same frames, the other branch of every checksum.
QByteArray withBigEndianSums(QByteArray wal)
{
    const auto sums = [](const char* p, qint64 n, quint32& s1, quint32& s2) {
        for (qint64 i = 0; i + 8 <= n; i += 8) {
            s1 += qFromBigEndian<quint32>(p + i) + s2;
            s2 += qFromBigEndian<quint32>(p + i + 4) + s1;
        }
    };
    const qint64 pageSize = qFromBigEndian<quint32>(wal.constData() + 8);
    qToBigEndian<quint32>(0x377f0683, wal.data());
    quint32 s1 = 0;
    quint32 s2 = 0;
    sums(wal.constData(), 24, s1, s2);
    qToBigEndian<quint32>(s1, wal.data() + 24);
    qToBigEndian<quint32>(s2, wal.data() + 28);
    for (qint64 at = 32; at + 24 + pageSize <= wal.size(); at += 24 + pageSize) {
        sums(wal.constData() + at, 8, s1, s2);
        sums(wal.constData() + at + 24, pageSize, s1, s2);
        qToBigEndian<quint32>(s1, wal.data() + at + 16);
        qToBigEndian<quint32>(s2, wal.data() + at + 20);
    }
    return wal;
}

// The wal-index header SQLite keeps at the start of the -shm file: two copies of WalIndexHdr and the
// checkpoint info, 136 bytes.
constexpr qint64 kShmHeaderBytes = 136;

void walSeeds(const QString& out)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        fail(QStringLiteral("no temporary folder"));
    const QString db = tmp.filePath(QStringLiteral("seed.db"));
    Sqlite sql(db);
    // Small pages keep the frames (and the seeds) small; no automatic checkpoint, so the frames stay in the log.
    sql.exec("PRAGMA page_size = 512; PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;"
             "CREATE TABLE note(id INTEGER PRIMARY KEY, body TEXT NOT NULL);");
    sql.exec("INSERT INTO note(body) VALUES ('first session'), ('second session');");
    sql.exec("BEGIN; INSERT INTO note(body) SELECT 'goal ' || id FROM note; UPDATE note SET body = upper(body); "
             "COMMIT;");
    const QByteArray wal = readFile(db + QStringLiteral("-wal"));
    const QByteArray shm = readFile(db + QStringLiteral("-shm"), kShmHeaderBytes);
    const QString dir = out + QStringLiteral("/walcheck");
    writeSeed(dir, QStringLiteral("wal-and-shm"), walInput(wal, shm));
    writeSeed(dir, QStringLiteral("wal-only"), walInput(wal, std::nullopt));
    // The log cut inside its last frame, beside a wal-index that still counts that frame as committed: a
    // commit SQLite cannot replay, which WalCheck must call damage.
    writeSeed(dir, QStringLiteral("wal-torn-tail"), walInput(wal.first(wal.size() - 100), shm));
    // One flipped bit in the page image of the second-to-last frame: SQLite stops replaying there and would
    // drop the last commit, which WalCheck must call damage.
    constexpr qint64 kFrameBytes = 24 + 512;
    QByteArray flipped = wal;
    flipped[wal.size() - kFrameBytes - 100] = static_cast<char>(flipped[wal.size() - kFrameBytes - 100] ^ 0x10);
    writeSeed(dir, QStringLiteral("bit-flip-before-a-commit"), walInput(flipped, shm));
    writeSeed(dir, QStringLiteral("big-endian-sums"), walInput(withBigEndianSums(wal), std::nullopt));
    // The index says frames are waiting to be copied, and the log is gone.
    writeSeed(dir, QStringLiteral("shm-without-wal"), walInput(std::nullopt, shm));

    // After a complete checkpoint the next writer restarts the log from its start with new salts; the older
    // frames behind the new ones stay in the file and must not be replayed.
    sql.exec("PRAGMA wal_checkpoint(FULL);");
    sql.exec("INSERT INTO note(body) VALUES ('after the checkpoint');");
    const QByteArray restarted = readFile(db + QStringLiteral("-wal"));
    const QByteArray restartedShm = readFile(db + QStringLiteral("-shm"), kShmHeaderBytes);
    writeSeed(dir, QStringLiteral("restarted-with-stale-frames"), walInput(restarted, restartedShm));
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s OUT-DIR\n", argv[0]);
        return 2;
    }
    if (!ensureSodium())
        fail(QStringLiteral("libsodium cannot start"));
    const QString out = QFile::decodeName(argv[1]);

    // A key with a 0 or a 1 in it, so that the loosely typed seed has an O or an l to read back.
    auto recovery = RecoveryKey::generate();
    for (int i = 0; recovery && i < 100 && !recovery->text.contains(QLatin1Char('0')) &&
                    !recovery->text.contains(QLatin1Char('1'));
         ++i)
        recovery = RecoveryKey::generate();
    if (!recovery)
        fail(QStringLiteral("RecoveryKey::generate: ") + recovery.error().detail);
    const QString key = recovery->text;
    const QString dir = out + QStringLiteral("/recoverykey");
    writeSeed(dir, QStringLiteral("as-shown"), key.toUtf8());
    // Typed by hand: lower case, spaces for dashes, O and l for 0 and 1.
    QString typed = key.toLower();
    typed.replace(QLatin1Char('-'), QLatin1Char(' ')).replace(QLatin1Char('0'), QLatin1Char('o'));
    typed.replace(QLatin1Char('1'), QLatin1Char('l'));
    writeSeed(dir, QStringLiteral("typed-loosely"), typed.toUtf8());
    QString mistyped = key;
    mistyped[0] = mistyped[0] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
    writeSeed(dir, QStringLiteral("one-typo"), mistyped.toUtf8());

    const SecureBytes dataKey = generateDataKey();
    KeySlotFile passphraseOnly;
    passphraseOnly.vaultId = QUuid::createUuid();
    passphraseOnly.setSlot(sealed(dataKey, SecureBytes::fromText(QStringLiteral("correct horse battery staple")),
                                  KeySlotKind::Passphrase, passphraseOnly.vaultId));
    KeySlotFile both = passphraseOnly;
    both.setSlot(sealed(dataKey, recovery->secret, KeySlotKind::Recovery, both.vaultId));
    writeSeed(out + QStringLiteral("/keyslots"), QStringLiteral("passphrase"), passphraseOnly.toJson());
    writeSeed(out + QStringLiteral("/keyslots"), QStringLiteral("passphrase-and-recovery"), both.toJson());
    // As files were written before slots carried a check of their own fields.
    QJsonObject legacy = QJsonDocument::fromJson(passphraseOnly.toJson()).object();
    QJsonArray legacySlots;
    for (const QJsonValue& slot : legacy.value(QStringLiteral("slots")).toArray()) {
        QJsonObject o = slot.toObject();
        o.remove(QStringLiteral("check"));
        legacySlots.append(o);
    }
    legacy.insert(QStringLiteral("slots"), legacySlots);
    writeSeed(out + QStringLiteral("/keyslots"), QStringLiteral("passphrase-without-checks"),
              QJsonDocument(legacy).toJson(QJsonDocument::Indented));

    writeSeed(out + QStringLiteral("/backup"), QStringLiteral("v1-snapshot-4096"), backupFile(both, 4096, 1));
    writeSeed(out + QStringLiteral("/backup"), QStringLiteral("v1-snapshot-512"), backupFile(passphraseOnly, 512, 1));
    writeSeed(out + QStringLiteral("/backup"), QStringLiteral("v2-snapshot-512"), backupFile(both, 512, 2));

    walSeeds(out);
    return 0;
}
