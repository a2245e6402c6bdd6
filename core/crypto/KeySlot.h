// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>

#include <cstdint>
#include <optional>

namespace continuum {

/// Argon2id cost, stored with each slot so that it can be raised later without breaking old vaults.
struct KdfParams {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; ///< bytes

    /// libsodium's MODERATE limits: roughly half a second to a second on a laptop. The default.
    static KdfParams moderate();
    /// libsodium's INTERACTIVE limits.
    static KdfParams interactive();
    /// The cheapest parameters libsodium accepts. Only for tests; never offered to a user.
    static KdfParams cheapestForTests();

    /// True only for costs this program writes: from libsodium's minimum up to MODERATE (3 passes over
    /// 256 MiB). A key-slot file or backup is read before anything authenticates it, so a hostile one
    /// could otherwise make every unlock attempt take minutes and gigabytes; anything above is damage.
    bool isSane() const;

    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

enum class KeySlotKind { Passphrase, Recovery };

/// One wrapped copy of the data key: Argon2id(secret, salt) seals it with XChaCha20-Poly1305.
/// The vault id, the slot kind and the KDF parameters are bound as associated data, so a slot moved
/// to another vault or given cheaper parameters fails to open rather than leaking anything.
struct KeySlot {
    KeySlotKind kind = KeySlotKind::Passphrase;
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray sealedKey;

    friend bool operator==(const KeySlot&, const KeySlot&) = default;
};

/// The length of the data key in bytes (256 bits, used as SQLCipher's raw key).
constexpr std::size_t kDataKeyBytes = 32;

/// A fresh random data key.
SecureBytes generateDataKey();

/// Seals dataKey under secret. Fails only when libsodium does (out of memory for the KDF).
Result<KeySlot> wrapKey(const SecureBytes& dataKey, const SecureBytes& secret, KeySlotKind kind, const KdfParams& kdf,
                        const QUuid& vaultId);

/// Opens a slot with secret. WrongPassphrase (or WrongRecoveryKey for a recovery slot) when it does not fit.
Result<SecureBytes> unwrapKey(const KeySlot& slot, const SecureBytes& secret, const QUuid& vaultId);

/// The key-slot file of a vault: format version, vault id and its slots. Each slot carries a checksum of
/// its own fields, so that a damaged slot reads as damaged rather than as a wrong passphrase. The
/// checksum has no key: it tells damage from a typo, it does not stop someone who rewrites the file
/// (the sealing does that: a slot that was rewritten opens with nothing).
struct KeySlotFile {
    static constexpr int kFormatVersion = 1;

    QUuid vaultId;
    QList<KeySlot> slots;
    /// Read from a file written before slots carried their check (rewriting it adds them).
    bool withoutChecks = false;

    std::optional<KeySlot> slot(KeySlotKind kind) const;
    void setSlot(const KeySlot& slot);

    QByteArray toJson() const;
    /// Parses and validates; DamagedKeySlots with a reason for anything unexpected, NewerVersion for a
    /// format this build does not know.
    static Result<KeySlotFile> fromJson(const QByteArray& json);

    /// Reads path; NotAVault if it does not exist.
    static Result<KeySlotFile> read(const QString& path);
    /// Writes atomically: a temporary file, fsync, rename, fsync of the folder.
    Status write(const QString& path) const;
};

} // namespace continuum
