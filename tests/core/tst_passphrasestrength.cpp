// SPDX-License-Identifier: GPL-3.0-or-later
// The strength hint beside the passphrase field: judged in locked memory, by characters (not bytes).
#include "security/PassphraseStrength.h"

#include <QTest>

using namespace continuum;

class TestPassphraseStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void judges_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("strength");
        QTest::addRow("empty") << QString() << int(PassphraseStrength::TooShort);
        QTest::addRow("short") << QStringLiteral("abc") << int(PassphraseStrength::TooShort);
        // Eleven accented letters are 22 bytes of UTF-8 but only eleven characters: still too short.
        QTest::addRow("short in characters, long in bytes")
            << QStringLiteral("ñññññññññññ") << int(PassphraseStrength::TooShort);
        QTest::addRow("one letter repeated") << QStringLiteral("aaaaaaaaaaaaaaaa") << int(PassphraseStrength::Weak);
        QTest::addRow("four unrelated words")
            << QStringLiteral("river lamp orbit cactus") << int(PassphraseStrength::Strong);
        QTest::addRow("two words") << QStringLiteral("sunny harbor") << int(PassphraseStrength::Fair);
        QTest::addRow("five words, mixed")
            << QStringLiteral("Blue river-lamp 42 orbit Cactus!") << int(PassphraseStrength::Strong);
    }
    void judges()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, strength);
        const PassphraseAssessment a = assessPassphrase(SecureBytes::fromText(passphrase), 12);
        QCOMPARE(int(a.strength), strength);
    }

    void malformedBytesDoNotReadPastTheEnd()
    {
        // A lead byte promising three more, at the very end.
        const unsigned char bytes[] = {'a', 'b', 0xF0};
        const PassphraseAssessment a = assessPassphrase(SecureBytes(bytes, sizeof bytes), 1);
        QVERIFY(a.strength != PassphraseStrength::TooShort);
    }
};

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "tst_passphrasestrength.moc"
