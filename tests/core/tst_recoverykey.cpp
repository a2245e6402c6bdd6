// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/RecoveryKey.h"

#include <QRegularExpression>
#include <QTest>

using namespace continuum;

class TestRecoveryKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generatedKeyHasReadableShape()
    {
        auto key = RecoveryKey::generate();
        QVERIFY2(key.ok(), qPrintable(key.error().detail));
        QCOMPARE(key->secret.size(), std::size_t(RecoveryKey::kSecretBytes));
        // Eight groups of four from Crockford's alphabet: no I, L, O or U to misread aloud.
        static const QRegularExpression shape(QStringLiteral("^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$"));
        QVERIFY2(shape.match(key->text).hasMatch(), qPrintable(key->text));
    }

    void keysDiffer()
    {
        auto a = RecoveryKey::generate();
        auto b = RecoveryKey::generate();
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->text != b->text);
    }

    void roundTripsAndToleratesHowPeopleType_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addRow("as printed") << 0;
        QTest::addRow("lower case") << 1;
        QTest::addRow("spaces instead of dashes") << 2;
        QTest::addRow("no separators") << 3;
        QTest::addRow("O for zero, I and L for one") << 4;
        QTest::addRow("surrounding whitespace") << 5;
    }
    void roundTripsAndToleratesHowPeopleType()
    {
        QFETCH(int, variant);
        auto key = RecoveryKey::generate();
        QVERIFY(key.ok());
        QString typed = key->text;
        switch (variant) {
        case 1: typed = typed.toLower(); break;
        case 2: typed.replace(QLatin1Char('-'), QLatin1Char(' ')); break;
        case 3: typed.remove(QLatin1Char('-')); break;
        case 4:
            typed.replace(QLatin1Char('0'), QLatin1Char('O'));
            typed.replace(QLatin1Char('1'), QLatin1Char('l'));
            break;
        case 5: typed = QStringLiteral("  ") + typed + QStringLiteral("\n"); break;
        default: break;
        }
        auto parsed = RecoveryKey::parse(SecureBytes::fromText(typed));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detail));
        QVERIFY(parsed->equals(key->secret));
    }

    void everySingleCharacterTypoIsCaught()
    {
        // Change each position to every other symbol: the 32-bit checksum must reject all of them.
        auto key = RecoveryKey::generate();
        QVERIFY(key.ok());
        const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
        int tried = 0;
        for (qsizetype i = 0; i < key->text.size(); ++i) {
            if (key->text.at(i) == QLatin1Char('-'))
                continue;
            for (QChar c : alphabet) {
                if (c == key->text.at(i))
                    continue;
                QString typo = key->text;
                typo[i] = c;
                auto parsed = RecoveryKey::parse(SecureBytes::fromText(typo));
                QVERIFY2(!parsed.ok(), qPrintable(typo));
                QCOMPARE(parsed.code(), ErrorCode::MistypedRecoveryKey);
                ++tried;
            }
        }
        QCOMPARE(tried, 32 * 31);
    }

    void swappedNeighboursAreCaught()
    {
        auto key = RecoveryKey::generate();
        QVERIFY(key.ok());
        QString compact = key->text;
        compact.remove(QLatin1Char('-'));
        for (qsizetype i = 0; i + 1 < compact.size(); ++i) {
            if (compact.at(i) == compact.at(i + 1))
                continue;
            QString swapped = compact;
            std::swap(swapped[i], swapped[i + 1]);
            QCOMPARE(RecoveryKey::parse(SecureBytes::fromText(swapped)).code(), ErrorCode::MistypedRecoveryKey);
        }
    }

    void malformedInputIsRefused_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addRow("empty") << QString();
        QTest::addRow("too short") << QStringLiteral("ABCD-EFGH");
        QTest::addRow("too long") << QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000-0");
        QTest::addRow("letter U is not in the alphabet") << QStringLiteral("UUUU-0000-0000-0000-0000-0000-0000-0000");
        QTest::addRow("punctuation") << QStringLiteral("0000-0000-0000-0000-0000-0000-0000-000!");
        QTest::addRow("non-latin") << QStringLiteral("0000-0000-0000-0000-0000-0000-0000-000Ж");
        QTest::addRow("right length, wrong checksum") << QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000");
    }
    void malformedInputIsRefused()
    {
        QFETCH(QString, typed);
        auto parsed = RecoveryKey::parse(SecureBytes::fromText(typed));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.code(), ErrorCode::MistypedRecoveryKey);
    }

    // A mistake the text can place is named by its group of four, as the counselor sees the key.
    void aMistakeNamesItsGroup_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("group");
        QTest::addRow("U in group 1") << QStringLiteral("U000-0000-0000-0000-0000-0000-0000-0000") << 1;
        QTest::addRow("! in group 8") << QStringLiteral("0000-0000-0000-0000-0000-0000-0000-000!") << 8;
        QTest::addRow("group 3 short") << QStringLiteral("0000-0000-000-0000-0000-0000-0000-0000") << 3;
        QTest::addRow("group 5 long") << QStringLiteral("0000 0000 0000 0000 00000 000 0000 0000") << 5;
        QTest::addRow("no dashes, bad 14th") << QStringLiteral("0000000000000U000000000000000000") << 4;
        QTest::addRow("last group short") << QStringLiteral("0000-0000-0000-0000-0000-0000-0000-00") << 8;
        QTest::addRow("checksum: no group") << QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000") << 0;
        QTest::addRow("too few, no dashes") << QStringLiteral("00000000") << 0;
    }
    void aMistakeNamesItsGroup()
    {
        QFETCH(QString, typed);
        QFETCH(int, group);
        auto parsed = RecoveryKey::parse(SecureBytes::fromText(typed));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.code(), ErrorCode::MistypedRecoveryKey);
        QCOMPARE(parsed.error().index, group);
    }

    // However the groups were typed, a right key is accepted: the group check only explains a refusal.
    void anyGroupingOfARightKeyIsAccepted()
    {
        auto key = RecoveryKey::generate();
        QVERIFY(key.ok());
        QString compact = key->text;
        compact.remove(QLatin1Char('-'));
        const QString odd =
            compact.left(6) + QStringLiteral("-") + compact.mid(6, 3) + QStringLiteral(" ") + compact.mid(9);
        auto parsed = RecoveryKey::parse(SecureBytes::fromText(odd));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detail));
        QVERIFY(parsed->equals(key->secret));
    }
};

QTEST_GUILESS_MAIN(TestRecoveryKey)
#include "tst_recoverykey.moc"
