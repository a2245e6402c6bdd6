// SPDX-License-Identifier: GPL-3.0-or-later
// A refused value is explained in the counselor's words: every (field, reason) pair core can refuse with has
// its own sentence, which never carries core's English detail; the client editor shows that sentence and
// points at the field.
#include "clients/ClientEditorDialog.h"
#include "common/ErrorText.h"
#include "domain/Domain.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "util/ErrorMessages.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

/// Stands in for core's English detail: it must never reach the window.
const QString kDetail = QStringLiteral("core-detail: the value is not acceptable");

QString nameOf(FieldReason failure)
{
    return fieldName(failure.field) + QLatin1Char('/') + validationReasonName(failure.reason);
}

Error refusal(FieldReason failure)
{
    return Error{ErrorCode::Validation, kDetail, failure.field, failure.reason};
}

} // namespace

class TestValidationText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void everyPairHasItsOwnSentence_data()
    {
        QTest::addColumn<FieldReason>("failure");
        for (const FieldReason& f : kValidationFailures)
            QTest::addRow("%s", qPrintable(nameOf(f))) << f;
    }
    void everyPairHasItsOwnSentence()
    {
        QFETCH(FieldReason, failure);
        const QString text = errorText(refusal(failure));
        QVERIFY(!text.isEmpty());
        QCOMPARE(text, validationText(failure));
        // Its own words, not the general sentence for a validation failure.
        QVERIFY2(text != errorMessage(ErrorCode::Validation), qPrintable(text));
        QVERIFY2(!text.contains(kDetail), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("core-detail")), qPrintable(text));
        // No identifier from the code ("chosenName", "too-long") in what the counselor reads; a one-word name
        // ("notes", "empty") is plain English and may well be.
        const QString field = fieldName(failure.field);
        if (field != field.toLower())
            QVERIFY2(!text.contains(field), qPrintable(text));
        const QString reason = validationReasonName(failure.reason);
        if (reason.contains(QLatin1Char('-')))
            QVERIFY2(!text.contains(reason), qPrintable(text));
        // A sentence: it begins with a capital and ends with a full stop.
        QVERIFY2(text.front().isUpper() || text.front() == QChar(u'“'), qPrintable(text));
        QVERIFY2(text.endsWith(QLatin1Char('.')), qPrintable(text));
        // The words DOMAIN.md rules out.
        for (const char* word : {"addict", "abuse", "relapse", "clean", "dirty", "compliant", "failed", "invalid"})
            QVERIFY2(!text.contains(QLatin1String(word), Qt::CaseInsensitive), qPrintable(text));
    }

    // Two different problems never read the same: the counselor can tell what to fix.
    void noTwoPairsShareASentence()
    {
        QSet<QString> seen;
        for (const FieldReason& f : kValidationFailures) {
            const QString text = validationText(f);
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
    }

    // The list holds each pair once, and none without a field or a reason.
    void theListIsWellFormed()
    {
        QList<FieldReason> listed;
        for (const FieldReason& f : kValidationFailures) {
            QVERIFY2(f.field != Field::None && f.reason != ValidationReason::None, qPrintable(nameOf(f)));
            QVERIFY2(!listed.contains(f), qPrintable(nameOf(f)));
            listed.append(f);
        }
        QVERIFY(isValidationFailure({Field::ChosenName, ValidationReason::Required}));
        QVERIFY(!isValidationFailure({Field::ChosenName, ValidationReason::InTheFuture}));
    }

    // Anything else still gets a sentence: the general one, never the detail.
    void anUnlistedPairGetsTheGeneralSentence()
    {
        const QString text = errorText(refusal({Field::None, ValidationReason::None}));
        QCOMPARE(text, errorMessage(ErrorCode::Validation));
        QVERIFY(!text.contains(kDetail));
        // Other codes keep the shared table's sentence.
        QCOMPARE(errorText(Error{ErrorCode::DiskFull, kDetail}), errorMessage(ErrorCode::DiskFull));
    }

    void theClientEditorShowsTheSentenceNotTheDetail()
    {
        QTemporaryDir tmp;
        FixedClock clock{kNow};
        Vault::Created created = createTestVault(tmp.filePath(QStringLiteral("v")));
        Domain domain{created.vault->database(), clock};
        Client original;
        original.chosenName = QStringLiteral("Sky");
        const ClientId id = domain.clients().create(original).value();
        const Client before = domain.clients().client(id, ContactAccess::Reveal).value();

        ClientEditorDialog dialog(&domain.clients(), before);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The legal name has no limit in the window; core refuses one longer than a name can be.
        auto* legalName = dialog.findChild<QLineEdit*>(QStringLiteral("legalNameEdit"));
        QVERIFY(legalName);
        legalName->setText(QString(ClientService::kMaxShortField + 1, QLatin1Char('l')));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveClientButton"));
        QVERIFY(save);
        save->click();

        QVERIFY(dialog.isVisible()); // refused: the dialog stays, with everything typed
        const QString message = dialog.findChild<QLabel*>(QStringLiteral("clientEditorMessage"))->text();
        QCOMPARE(message, validationText(FieldReason{Field::LegalName, ValidationReason::TooLong}));
        QVERIFY2(!message.contains(QStringLiteral("Please check this field")), qPrintable(message));
        QTRY_COMPARE(QApplication::focusWidget(), legalName);
        QCOMPARE(legalName->text().size(), ClientService::kMaxShortField + 1);
        QCOMPARE(domain.clients().client(id, ContactAccess::Reveal).value(), before);

        // An empty chosen name: core's rule, the window's words, the cursor in the name.
        auto* chosenName = dialog.findChild<QLineEdit*>(QStringLiteral("chosenNameEdit"));
        legalName->clear();
        chosenName->setText(QStringLiteral("   "));
        save->click();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel*>(QStringLiteral("clientEditorMessage"))->text(),
                 validationText(FieldReason{Field::ChosenName, ValidationReason::Required}));
        QTRY_COMPARE(QApplication::focusWidget(), chosenName);
        QCOMPARE(domain.clients().client(id, ContactAccess::Reveal).value(), before);
    }
};

QTEST_MAIN(TestValidationText)
#include "tst_validationtext.moc"
