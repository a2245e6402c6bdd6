// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/KeySlot.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
        // Read before anything authenticates it: a cost above what this program writes would make every
        // attempt take minutes and gigabytes. Damaged, refused before any derivation.
        QTest::addRow("1 GiB x 64 passes") << edit([](QJsonObject& o) {
            QJsonArray a = o.value(QStringLiteral("slots")).toArray();
            QJsonObject slot = a.at(0).toObject();
            slot.insert(QStringLiteral("opsLimit"), QStringLiteral("64"));
            slot.insert(QStringLiteral("memLimit"), QStringLiteral("1073741824"));
            a.replace(0, slot);
            o.insert(QStringLiteral("slots"), a);
        }) << ErrorCode::DamagedKeySlots;
        QTest::addRow("more passes than this program writes")
            << editSlot("opsLimit", QStringLiteral("4")) << ErrorCode::DamagedKeySlots;
        // A slot whose fields no longer match its own check is damaged, not a wrong passphrase.
        QTest::addRow("salt changed") << [&] {
            QJsonObject o = QJsonDocument::fromJson(good).object();
            QJsonArray a = o.value(QStringLiteral("slots")).toArray();
            QJsonObject slot = a.at(0).toObject();
            QByteArray salt = QByteArray::fromBase64(slot.value(QStringLiteral("salt")).toString().toLatin1());
            salt[0] = static_cast<char>(salt[0] ^ 1);
            slot.insert(QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()));
            a.replace(0, slot);
            o.insert(QStringLiteral("slots"), a);
            return QJsonDocument(o).toJson();
        }() << ErrorCode::DamagedKeySlots;
        QTest::addRow("check changed") << editSlot("check", QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA=="))
                                       << ErrorCode::DamagedKeySlots;
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

    void costsThisProgramWritesAreAccepted()
    {
        for (const KdfParams& kdf : {KdfParams::cheapestForTests(), KdfParams::interactive(), KdfParams::moderate()})
            QVERIFY(kdf.isSane());
        QVERIFY(!(KdfParams{KdfParams::moderate().opsLimit + 1, KdfParams::moderate().memLimit}.isSane()));
        QVERIFY(!(KdfParams{KdfParams::moderate().opsLimit, KdfParams::moderate().memLimit * 2}.isSane()));
    }

    void aFileWrittenBeforeSlotsHadChecksIsStillRead()
    {
        const SecureBytes key = generateDataKey();
        QJsonObject o = QJsonDocument::fromJson(sampleFile(key, QUuid::createUuid()).toJson()).object();
        QJsonArray a = o.value(QStringLiteral("slots")).toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonObject slot = a.at(i).toObject();
            slot.remove(QStringLiteral("check"));
            a.replace(i, slot);
        }
        o.insert(QStringLiteral("slots"), a);
        auto parsed = KeySlotFile::fromJson(QJsonDocument(o).toJson());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detail));
        QVERIFY(parsed->withoutChecks);
        QVERIFY(!KeySlotFile::fromJson(sampleFile(key, QUuid::createUuid()).toJson())->withoutChecks);
        // Written again, it carries the checks.
        QVERIFY(parsed->toJson().contains("\"check\""));
    }

    void specialFilesAreRefusedWithoutReadingThem_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addRow("link to /dev/zero") << QStringLiteral("/dev/zero");
        QTest::addRow("link to /dev/urandom") << QStringLiteral("/dev/urandom");
        QTest::addRow("link to a good file") << QStringLiteral("good");
        QTest::addRow("FIFO") << QStringLiteral("fifo");
        QTest::addRow("folder") << QStringLiteral("folder");
        QTest::addRow("too large") << QStringLiteral("large");
    }
    void specialFilesAreRefusedWithoutReadingThem()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keyslots.json"));
        const QString good = dir.filePath(QStringLiteral("elsewhere.json"));
        QVERIFY(sampleFile(generateDataKey(), QUuid::createUuid()).write(good).ok());
        if (kind.startsWith(QLatin1Char('/')))
            QVERIFY(QFile::link(kind, path));
        else if (kind == QStringLiteral("good"))
            QVERIFY(QFile::link(good, path));
        else if (kind == QStringLiteral("fifo"))
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == QStringLiteral("folder"))
            QVERIFY(QDir().mkpath(path));
        else {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(1024 * 1024));
        }
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(KeySlotFile::read(path).code(), ErrorCode::DamagedKeySlots);
        QVERIFY(timer.elapsed() < 5000);
    }

    void missingFileIsNotAVault()
    {
        QTemporaryDir dir;
        QCOMPARE(KeySlotFile::read(dir.filePath(QStringLiteral("nothing.json"))).code(), ErrorCode::NotAVault);
    }
};

QTEST_GUILESS_MAIN(TestKeySlot)
#include "tst_keyslot.moc"
