// SPDX-License-Identifier: GPL-3.0-or-later
// One table of error sentences: every ErrorCode has one, and the window and the command line say the same
// sentence for it (the command line may add an option hint and the detail after it).
#include "cli/VaultCli.h"
#include "common/ErrorText.h"
#include "crypto/RecoveryKey.h"
#include "util/Error.h"
#include "util/ErrorMessages.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace continuum;

namespace {

/// Every enumerator. errorCodeName() switches over the enum without a default (a missing case fails the
/// build), so the first value it does not know is one past the last.
QList<ErrorCode> allErrorCodes()
{
    QList<ErrorCode> codes;
    for (int i = 0; errorCodeName(static_cast<ErrorCode>(i)) != QStringLiteral("unknown"); ++i)
        codes.append(static_cast<ErrorCode>(i));
    return codes;
}

/// Translates the shared table into a marked form, to show that the sentence is translated at use.
class MarkingTranslator final : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        if (QByteArrayView(context) != QByteArrayView(kErrorMessagesContext))
            return {};
        return QStringLiteral("[translated] ") + QString::fromUtf8(sourceText);
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestErrorMessages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void theTableCoversTheWholeEnum()
    {
        const QList<ErrorCode> codes = allErrorCodes();
        // 23 codes when the table was made; more may come, none may go unnoticed.
        QVERIFY2(codes.size() >= 23, qPrintable(QString::number(codes.size())));
        QCOMPARE(codes.last(), ErrorCode::NotRecorded);
        QCOMPARE(errorMessageSource(static_cast<ErrorCode>(codes.size())), nullptr);
        // A value outside the enum (read back from somewhere) still gets a sentence.
        QVERIFY(!errorMessage(static_cast<ErrorCode>(codes.size())).isEmpty());
    }

    void everyCodeHasOneSentenceForWindowAndCommandLine_data()
    {
        QTest::addColumn<int>("code");
        for (const ErrorCode code : allErrorCodes())
            QTest::addRow("%s", qPrintable(errorCodeName(code))) << static_cast<int>(code);
    }
    void everyCodeHasOneSentenceForWindowAndCommandLine()
    {
        QFETCH(int, code);
        const auto errorCode = static_cast<ErrorCode>(code);
        const char* source = errorMessageSource(errorCode);
        QVERIFY(source != nullptr);
        const QString sentence = errorMessage(errorCode);
        QVERIFY(!sentence.trimmed().isEmpty());
        QCOMPARE(sentence, QString::fromUtf8(source));
        QVERIFY2(sentence.endsWith(QLatin1Char('.')), qPrintable(sentence));
        // Plain words that do not blame: none of the terms a counselor should not meet in a message.
        for (const char* word : {"invalid", "illegal", "error", "fatal", "abort", "user", "bad "})
            QVERIFY2(!sentence.contains(QLatin1String(word), Qt::CaseInsensitive), qPrintable(sentence));

        const Error bare{errorCode, {}, {}};
        QCOMPARE(ui::errorText(bare), sentence);
        // With every option given there is no hint to add: the command line says exactly the sentence.
        QCOMPARE(cliErrorMessage(bare, CliContext{QStringLiteral("restore"), true, true}), sentence);

        // The command line keeps the sentence first, then its hints, then the detail.
        const Error detailed{errorCode, QStringLiteral("fsync: No space left on device"), {}};
        const QString cli = cliErrorMessage(detailed, CliContext{QStringLiteral("restore"), false, false});
        QVERIFY2(cli.startsWith(sentence), qPrintable(cli));
        QVERIFY2(cli.endsWith(QStringLiteral(" (fsync: No space left on device)")), qPrintable(cli));
        // The window never shows the technical detail inside the sentence.
        QCOMPARE(ui::errorText(detailed), sentence);
    }

    void theCommandLineHintsOnlyAtOptionsNotGiven_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("overwrite");
        QTest::addColumn<bool>("breakLock");
        QTest::addColumn<QString>("hint");
        QTest::addRow("restore over a vault") << int(ErrorCode::VaultExists) << QStringLiteral("restore") << false
                                              << false << QStringLiteral("--overwrite");
        QTest::addRow("restore with --overwrite")
            << int(ErrorCode::VaultExists) << QStringLiteral("restore") << true << false << QString();
        QTest::addRow("create over a vault")
            << int(ErrorCode::VaultExists) << QStringLiteral("create") << false << false << QString();
        QTest::addRow("lock held") << int(ErrorCode::AlreadyOpen) << QStringLiteral("verify") << false << false
                                   << QStringLiteral("--break-lock");
        QTest::addRow("lock held, --break-lock given")
            << int(ErrorCode::AlreadyOpen) << QStringLiteral("verify") << false << true << QString();
        QTest::addRow("wrong passphrase")
            << int(ErrorCode::WrongPassphrase) << QStringLiteral("verify") << false << false << QString();
    }
    void theCommandLineHintsOnlyAtOptionsNotGiven()
    {
        QFETCH(int, code);
        QFETCH(QString, command);
        QFETCH(bool, overwrite);
        QFETCH(bool, breakLock);
        QFETCH(QString, hint);
        const auto errorCode = static_cast<ErrorCode>(code);
        const QString cli = cliErrorMessage(Error{errorCode, {}, {}}, CliContext{command, overwrite, breakLock});
        const QString sentence = errorMessage(errorCode);
        QVERIFY2(cli.startsWith(sentence), qPrintable(cli));
        if (hint.isEmpty()) {
            QCOMPARE(cli, sentence);
        } else {
            QVERIFY2(cli.mid(sentence.size()).contains(hint), qPrintable(cli));
        }
    }

    // A recovery key typed with one group wrong: the window and the command line name that group.
    void aMistypedRecoveryKeyNamesTheGroup()
    {
        auto parsed =
            RecoveryKey::parse(SecureBytes::fromText(QStringLiteral("0000-0000-00U0-0000-0000-0000-0000-0000")));
        QVERIFY(!parsed.ok());
        const QString window = ui::errorText(parsed.error());
        const QString cli = cliErrorMessage(parsed.error(), {});
        for (const QString& text : {window, cli})
            QVERIFY2(text.contains(QStringLiteral("group 3")), qPrintable(text));
        // Where the text cannot say (a checksum), no group is named.
        auto checksum =
            RecoveryKey::parse(SecureBytes::fromText(QStringLiteral("0000-0000-0000-0000-0000-0000-0000-0000")));
        QVERIFY(!ui::errorText(checksum.error()).contains(QRegularExpression(QStringLiteral("group \\d"))));
    }

    void theSentenceIsTranslatedWhereItIsUsed()
    {
        MarkingTranslator translator;
        QVERIFY(QCoreApplication::installTranslator(&translator));
        const QString window = ui::errorText(Error{ErrorCode::DiskFull, {}, {}});
        const QString cli = cliErrorMessage(Error{ErrorCode::DiskFull, {}, {}}, CliContext{});
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(window, QStringLiteral("[translated] ") + QString::fromUtf8(errorMessageSource(ErrorCode::DiskFull)));
        QCOMPARE(cli, window);
        QCOMPARE(errorMessage(ErrorCode::DiskFull), QString::fromUtf8(errorMessageSource(ErrorCode::DiskFull)));
    }
};

// The table and both of its users are widget-free: no QApplication needed.
QTEST_GUILESS_MAIN(TestErrorMessages)
#include "tst_errormessages.moc"
