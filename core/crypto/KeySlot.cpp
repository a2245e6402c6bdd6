// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/KeySlot.h"

#include "crypto/Sodium.h"
#include "util/AtomicFile.h"
#include "util/SafeFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace continuum {

namespace {

constexpr qint64 kMaxSlotFileBytes = 64 * 1024;
// The most this program ever writes (libsodium's MODERATE). Above it, a file is damaged or hostile.
constexpr std::uint64_t kMaxMemLimit = crypto_pwhash_MEMLIMIT_MODERATE;
constexpr std::uint64_t kMaxOpsLimit = crypto_pwhash_OPSLIMIT_MODERATE;
constexpr int kSlotCheckBytes = 16;

QString kindName(KeySlotKind kind)
{
    return kind == KeySlotKind::Passphrase ? QStringLiteral("passphrase") : QStringLiteral("recovery");
}

QByteArray associatedData(const KeySlot& slot, const QUuid& vaultId)
{
    return QByteArrayLiteral("continuum-keyslot-v1|") + vaultId.toByteArray(QUuid::WithoutBraces) + '|' +
           kindName(slot.kind).toLatin1() + '|' + QByteArray::number(static_cast<qulonglong>(slot.kdf.opsLimit)) + '|' +
           QByteArray::number(static_cast<qulonglong>(slot.kdf.memLimit));
}

Result<SecureBytes> deriveKek(const SecureBytes& secret, const QByteArray& salt, const KdfParams& kdf)
{
    if (!ensureSodium())
        return makeError(ErrorCode::Crypto, QStringLiteral("libsodium could not be initialised"));
    if (!kdf.isSane() || salt.size() != crypto_pwhash_SALTBYTES)
        return makeError(ErrorCode::DamagedKeySlots, QStringLiteral("key derivation parameters out of range"));
    SecureBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    if (!kek.isValid())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory"));
    static const char empty = 0;
    const char* pw = secret.isEmpty() ? &empty : reinterpret_cast<const char*>(secret.data());
    if (crypto_pwhash(kek.data(), kek.size(), pw, secret.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), kdf.opsLimit,
                      static_cast<std::size_t>(kdf.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return makeError(ErrorCode::Crypto, QStringLiteral("key derivation ran out of memory"));
    }
    return kek;
}

/// The checksum a slot carries over its own fields (see KeySlotFile).
QByteArray slotCheck(const KeySlot& slot)
{
    QByteArray fields = QByteArrayLiteral("continuum-slot-check-v1|") + kindName(slot.kind).toLatin1() + '|' +
                        QByteArray::number(static_cast<qulonglong>(slot.kdf.opsLimit)) + '|' +
                        QByteArray::number(static_cast<qulonglong>(slot.kdf.memLimit)) + '|' + slot.salt.toBase64() +
                        '|' + slot.nonce.toBase64() + '|' + slot.sealedKey.toBase64();
    QByteArray out(kSlotCheckBytes, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), kSlotCheckBytes,
                       reinterpret_cast<const unsigned char*>(fields.constData()),
                       static_cast<unsigned long long>(fields.size()), nullptr, 0);
    return out;
}

} // namespace

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::cheapestForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

bool KdfParams::isSane() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= kMaxOpsLimit &&
           memLimit >= crypto_pwhash_MEMLIMIT_MIN && memLimit <= kMaxMemLimit;
}

SecureBytes generateDataKey()
{
    SecureBytes key(kDataKeyBytes);
    if (key.isValid() && !key.isEmpty())
        randombytes_buf(key.data(), key.size());
    return key;
}

Result<KeySlot> wrapKey(const SecureBytes& dataKey, const SecureBytes& secret, KeySlotKind kind, const KdfParams& kdf,
                        const QUuid& vaultId)
{
    if (dataKey.size() != kDataKeyBytes)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("data key has the wrong length"));
    KeySlot slot;
    slot.kind = kind;
    slot.kdf = kdf;
    slot.salt = randomBytes(crypto_pwhash_SALTBYTES);
    slot.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    auto kek = deriveKek(secret, slot.salt, kdf);
    if (!kek)
        return kek.error();
    const QByteArray ad = associatedData(slot, vaultId);
    slot.sealedKey.resize(static_cast<qsizetype>(dataKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long sealedLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char*>(slot.sealedKey.data()), &sealedLen, dataKey.data(), dataKey.size(),
        reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()), nullptr,
        reinterpret_cast<const unsigned char*>(slot.nonce.constData()), kek->data());
    slot.sealedKey.resize(static_cast<qsizetype>(sealedLen));
    return slot;
}

Result<SecureBytes> unwrapKey(const KeySlot& slot, const SecureBytes& secret, const QUuid& vaultId)
{
    if (slot.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
        slot.sealedKey.size() != static_cast<qsizetype>(kDataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)) {
        return makeError(ErrorCode::DamagedKeySlots, QStringLiteral("key slot has the wrong size"));
    }
    auto kek = deriveKek(secret, slot.salt, slot.kdf);
    if (!kek)
        return kek.error();
    SecureBytes dataKey(kDataKeyBytes);
    if (!dataKey.isValid())
        return makeError(ErrorCode::Crypto, QStringLiteral("could not allocate locked memory"));
    const QByteArray ad = associatedData(slot, vaultId);
    unsigned long long outLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            dataKey.data(), &outLen, nullptr, reinterpret_cast<const unsigned char*>(slot.sealedKey.constData()),
            static_cast<unsigned long long>(slot.sealedKey.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()), static_cast<unsigned long long>(ad.size()),
            reinterpret_cast<const unsigned char*>(slot.nonce.constData()), kek->data()) != 0 ||
        outLen != kDataKeyBytes) {
        return makeError(slot.kind == KeySlotKind::Passphrase ? ErrorCode::WrongPassphrase
                                                              : ErrorCode::WrongRecoveryKey);
    }
    return dataKey;
}

std::optional<KeySlot> KeySlotFile::slot(KeySlotKind kind) const
{
    for (const KeySlot& s : slots) {
        if (s.kind == kind)
            return s;
    }
    return std::nullopt;
}

void KeySlotFile::setSlot(const KeySlot& slot)
{
    for (KeySlot& s : slots) {
        if (s.kind == slot.kind) {
            s = slot;
            return;
        }
    }
    slots.append(slot);
}

QByteArray KeySlotFile::toJson() const
{
    QJsonArray array;
    for (const KeySlot& s : slots) {
        array.append(QJsonObject{
            {QStringLiteral("kind"), kindName(s.kind)},
            {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
            {QStringLiteral("opsLimit"), QString::number(static_cast<qulonglong>(s.kdf.opsLimit))},
            {QStringLiteral("memLimit"), QString::number(static_cast<qulonglong>(s.kdf.memLimit))},
            {QStringLiteral("salt"), QString::fromLatin1(s.salt.toBase64())},
            {QStringLiteral("cipher"), QStringLiteral("xchacha20poly1305-ietf")},
            {QStringLiteral("nonce"), QString::fromLatin1(s.nonce.toBase64())},
            {QStringLiteral("sealedKey"), QString::fromLatin1(s.sealedKey.toBase64())},
            {QStringLiteral("check"), QString::fromLatin1(slotCheck(s).toBase64())},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("continuum-keyslots")},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("vaultId"), vaultId.toString(QUuid::WithoutBraces)},
        {QStringLiteral("slots"), array},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<KeySlotFile> KeySlotFile::fromJson(const QByteArray& json)
{
    const auto damaged = [](const QString& why) { return makeError(ErrorCode::DamagedKeySlots, why); };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject())
        return damaged(QStringLiteral("not valid JSON: ") + parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("continuum-keyslots"))
        return damaged(QStringLiteral("not a Continuum key-slot file"));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1)
        return damaged(QStringLiteral("missing format version"));
    if (version > kFormatVersion)
        return makeError(ErrorCode::NewerVersion,
                         QStringLiteral("key-slot format %1 is newer than this program understands").arg(version));
    KeySlotFile file;
    file.vaultId = QUuid::fromString(root.value(QStringLiteral("vaultId")).toString());
    if (file.vaultId.isNull())
        return damaged(QStringLiteral("missing vault id"));
    const QJsonArray array = root.value(QStringLiteral("slots")).toArray();
    for (const QJsonValue& v : array) {
        const QJsonObject o = v.toObject();
        KeySlot s;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QStringLiteral("passphrase"))
            s.kind = KeySlotKind::Passphrase;
        else if (kind == QStringLiteral("recovery"))
            s.kind = KeySlotKind::Recovery;
        else
            return damaged(QStringLiteral("unknown slot kind"));
        if (o.value(QStringLiteral("kdf")).toString() != QStringLiteral("argon2id13") ||
            o.value(QStringLiteral("cipher")).toString() != QStringLiteral("xchacha20poly1305-ietf")) {
            return damaged(QStringLiteral("unknown key derivation or cipher"));
        }
        bool okOps = false;
        bool okMem = false;
        s.kdf.opsLimit = o.value(QStringLiteral("opsLimit")).toString().toULongLong(&okOps);
        s.kdf.memLimit = o.value(QStringLiteral("memLimit")).toString().toULongLong(&okMem);
        if (!okOps || !okMem || !s.kdf.isSane())
            return damaged(QStringLiteral("key derivation cost is not one this program writes"));
        const auto decode = [&o](const char* key, QByteArray& out) {
            const QByteArray::FromBase64Result r = QByteArray::fromBase64Encoding(
                o.value(QLatin1String(key)).toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (!r)
                return false;
            out = r.decoded;
            return true;
        };
        if (!decode("salt", s.salt) || !decode("nonce", s.nonce) || !decode("sealedKey", s.sealedKey) ||
            s.salt.size() != crypto_pwhash_SALTBYTES ||
            s.nonce.size() != crypto_aead_xchacha20poly1305_ietf_NPUBBYTES ||
            s.sealedKey.size() != static_cast<qsizetype>(kDataKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES)) {
            return damaged(QStringLiteral("slot fields have the wrong size or encoding"));
        }
        // Files written before slots carried a check have none; every file written since does.
        if (!o.contains(QStringLiteral("check"))) {
            file.withoutChecks = true;
        } else {
            QByteArray check;
            if (!decode("check", check) || check.size() != kSlotCheckBytes || check != slotCheck(s))
                return damaged(QStringLiteral("the %1 slot's fields were changed or damaged").arg(kind));
        }
        if (file.slot(s.kind))
            return damaged(QStringLiteral("duplicate slot"));
        file.slots.append(s);
    }
    if (!file.slot(KeySlotKind::Passphrase))
        return damaged(QStringLiteral("no passphrase slot"));
    return file;
}

Result<KeySlotFile> KeySlotFile::read(const QString& path)
{
    // Only a regular file, never through a link, read with a hard limit: a link to /dev/zero or a FIFO
    // in its place must not exhaust memory or block.
    auto bytes = readSmallFile(path, kMaxSlotFileBytes, ErrorCode::NotAVault, ErrorCode::DamagedKeySlots);
    if (!bytes)
        return bytes.error();
    return fromJson(bytes.value());
}

Status KeySlotFile::write(const QString& path) const
{
    return writeFileAtomically(path, toJson());
}

} // namespace continuum
