// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/KeySlot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;

namespace {

SecureBytes text(const char* s)
{
    return SecureBytes::fromText(QString::fromUtf8(s));
}

KeySlotFile sampleFile(const SecureBytes& dataKey, const QUuid& id)
{
    KeySlotFile file;
    file.vaultId = id;
    auto slot = wrapKey(dataKey, text("a good passphrase"), KeySlotKind::Passphrase, KdfParams::cheapestForTests(), id);
    Q_ASSERT(slot.ok());
    file.slots.append(slot.value());
    return file;
}

} // namespace

class TestKeySlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrapThenUnwrapGivesTheSameKey()
    {
        const SecureBytes key = generateDataKey();
        QCOMPARE(key.size(), kDataKeyBytes);
        const QUuid id = QUuid::createUuid();
        auto slot = wrapKey(key, text("a good passphrase"), KeySlotKind::Passphrase, KdfParams::cheapestForTests(), id);
        QVERIFY2(slot.ok(), qPrintable(slot.error().detail));
        QVERIFY(!slot->sealedKey.contains(QByteArray(reinterpret_cast<const char*>(key.data()), 8)));
        auto back = unwrapKey(slot.value(), text("a good passphrase"), id);
        QVERIFY2(back.ok(), qPrintable(back.error().detail));
        QVERIFY(back->equals(key));
    }

    void composedAndDecomposedAccentsOpenTheSameSlot()
    {
        const SecureBytes key = generateDataKey();
        const QUuid id = QUuid::createUuid();
        const QString composed = QStringLiteral("Jos\u00e9 est\u00e1 aqu\u00ed");
        const QString decomposed = QStringLiteral("Jose\u0301 esta\u0301 aqui\u0301");
        auto slot =
            wrapKey(key, SecureBytes::fromText(composed), KeySlotKind::Passphrase, KdfParams::cheapestForTests(), id);
        QVERIFY(slot.ok());
        QVERIFY(unwrapKey(slot.value(), SecureBytes::fromText(decomposed), id).ok());
    }

    void refusals_data()
    {
        QTest::addColumn<int>("tamper");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addRow("wrong passphrase") << 0 << ErrorCode::WrongPassphrase;
        QTest::addRow("slot from another vault") << 1 << ErrorCode::WrongPassphrase;
        QTest::addRow("cost lowered in the file") << 2 << ErrorCode::WrongPassphrase;
        QTest::addRow("sealed key bit flipped") << 3 << ErrorCode::WrongPassphrase;
        QTest::addRow("salt changed") << 4 << ErrorCode::WrongPassphrase;
        QTest::addRow("sealed key truncated") << 5 << ErrorCode::DamagedKeySlots;
        QTest::addRow("recovery slot, wrong key") << 6 << ErrorCode::WrongRecoveryKey;
    }
    void refusals()
    {
        QFETCH(int, tamper);
        QFETCH(ErrorCode, expected);
        const SecureBytes key = generateDataKey();
        QUuid id = QUuid::createUuid();
        const KdfParams cheap = KdfParams::cheapestForTests();
        const KdfParams bit{cheap.opsLimit + 1, cheap.memLimit};
        auto slot = wrapKey(key, text("a good passphrase"),
                            tamper == 6 ? KeySlotKind::Recovery : KeySlotKind::Passphrase, bit, id);
        QVERIFY(slot.ok());
        KeySlot s = slot.value();
        SecureBytes attempt = text("a good passphrase");
        switch (tamper) {
        case 0: attempt = text("a good passphrasE"); break;
        case 1: id = QUuid::createUuid(); break;
        case 2: s.kdf = cheap; break;
        case 3: s.sealedKey[3] = static_cast<char>(s.sealedKey[3] ^ 1); break;
        case 4: s.salt[0] = static_cast<char>(s.salt[0] ^ 1); break;
        case 5: s.sealedKey.chop(1); break;
        case 6: attempt = text("not the recovery secret"); break;
        default: break;
        }
        auto back = unwrapKey(s, attempt, id);
        QVERIFY(!back.ok());
        QCOMPARE(back.code(), expected);
    }

    void fileRoundTrip()
    {
        const SecureBytes key = generateDataKey();
        const KeySlotFile file = sampleFile(key, QUuid::createUuid());
        auto parsed = KeySlotFile::fromJson(file.toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detail));
        QCOMPARE(parsed->vaultId, file.vaultId);
        QCOMPARE(parsed->slots, file.slots);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        QVERIFY(file.write(path).ok());
        QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        auto read = KeySlotFile::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read->slots, file.slots);
    }

    void damagedFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<ErrorCode>("expected");
        const SecureBytes key = generateDataKey();
        const QByteArray good = sampleFile(key, QUuid::createUuid()).toJson();
        const auto edit = [&good](const std::function<void(QJsonObject&)>& f) {
            QJsonObject o = QJsonDocument::fromJson(good).object();
            f(o);
            return QJsonDocument(o).toJson();
        };
        const auto editSlot = [&edit](const char* field, const QJsonValue& v) {
            return edit([field, v](QJsonObject& o) {
                QJsonArray a = o.value(QStringLiteral("slots")).toArray();
                QJsonObject s = a.at(0).toObject();
                s.insert(QLatin1String(field), v);
                a.replace(0, s);
                o.insert(QStringLiteral("slots"), a);
            });
        };
        QTest::addRow("empty") << QByteArray() << ErrorCode::DamagedKeySlots;
        QTest::addRow("truncated") << good.left(good.size() / 2) << ErrorCode::DamagedKeySlots;
        QTest::addRow("random bytes") << QByteArray("\x8f\x02\xffgarbage\x00\x13", 13) << ErrorCode::DamagedKeySlots;
        QTest::addRow("foreign JSON") << QByteArray(R"({"hello":"world"})") << ErrorCode::DamagedKeySlots;
        QTest::addRow("newer format") << edit([](QJsonObject& o) { o.insert(QStringLiteral("version"), 99); })
                                      << ErrorCode::NewerVersion;
        QTest::addRow("no slots") << edit([](QJsonObject& o) { o.insert(QStringLiteral("slots"), QJsonArray()); })
                                  << ErrorCode::DamagedKeySlots;
        QTest::addRow("bad vault id") << edit([](QJsonObject& o) { o.insert(QStringLiteral("vaultId"), 12); })
                                      << ErrorCode::DamagedKeySlots;
        QTest::addRow("unknown kdf") << editSlot("kdf", QStringLiteral("pbkdf2")) << ErrorCode::DamagedKeySlots;
        QTest::addRow("absurd memory cost")
            << editSlot("memLimit", QStringLiteral("99999999999999")) << ErrorCode::DamagedKeySlots;
        QTest::addRow("zero ops") << editSlot("opsLimit", QStringLiteral("0")) << ErrorCode::DamagedKeySlots;
        QTest::addRow("bad base64") << editSlot("salt", QStringLiteral("***")) << ErrorCode::DamagedKeySlots;
        QTest::addRow("short nonce") << editSlot("nonce", QStringLiteral("AAAA")) << ErrorCode::DamagedKeySlots;
    }
    void damagedFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(ErrorCode, expected);
        auto parsed = KeySlotFile::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.code(), expected);
    }

    void missingFileIsNotAVault()
    {
        QTemporaryDir dir;
        QCOMPARE(KeySlotFile::read(dir.filePath(QStringLiteral("nothing.json"))).code(), ErrorCode::NotAVault);
    }
};

QTEST_GUILESS_MAIN(TestKeySlot)
#include "tst_keyslot.moc"
