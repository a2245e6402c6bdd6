// SPDX-License-Identifier: GPL-3.0-or-later
// One counselor's first day, end to end through the real widgets: create the vault, add a person, write
// a goal in their words, record a session with rulers and a quote, sign it, add an addendum, print the
// summary to PDF, lock with Ctrl+L, unlock, and find everything still there.
#include "AppController.h"
#include "MainWindow.h"
#include "UiHooks.h"
#include "crypto/RecoveryKey.h"
#include "domain/Domain.h"
#include "goals/ReadinessChart.h"
#include "sessions/SessionEditor.h"
#include "support/UiTestSupport.h"
#include "vaultdialogs/CreateVaultWizard.h"
#include "vaultdialogs/UnlockDialog.h"
#include "views/ClientPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

const QString kPassphrase = QStringLiteral("first day on the van");

} // namespace

class TestJourney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Settings of this test binary only; the once-only PDF warning must be new here.
        QCoreApplication::setOrganizationName(QStringLiteral("ContinuumTests"));
        QSettings().remove(QStringLiteral("privacy/pdfWarningShown"));
    }

    void firstDay()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        AppController app({dir, KdfParams::cheapestForTests()});
        app.start();

        // Create the vault.
        CreateVaultWizard* wizard = app.wizard();
        QTest::keyClicks(child<QLineEdit>(wizard, "newPassphraseEdit"), kPassphrase);
        QTest::keyClicks(child<QLineEdit>(wizard, "repeatPassphraseEdit"), kPassphrase);
        wizard->button(QWizard::CommitButton)->click();
        QTRY_COMPARE(wizard->currentId(), int(CreateVaultWizard::RecoveryKeyPage));
        const QStringList groups = child<QLabel>(wizard, "recoveryKeyLabel")->text().split(QLatin1Char('-'));
        child<QCheckBox>(wizard, "recoveryKeySavedCheck")->setChecked(true);
        wizard->button(QWizard::NextButton)->click();
        QTest::keyClicks(child<QLineEdit>(wizard, "confirmGroupAEdit"), groups.at(2));
        QTest::keyClicks(child<QLineEdit>(wizard, "confirmGroupBEdit"), groups.at(5));
        wizard->button(QWizard::NextButton)->click();
        QTest::keyClicks(child<QLineEdit>(wizard, "counselorNameEdit"), QStringLiteral("Robin Okafor"));
        wizard->button(QWizard::FinishButton)->click();
        QTRY_VERIFY(app.domain() != nullptr);
        MainWindow* main = app.mainWindow();
        QTRY_VERIFY(main->isVisible());

        // Add a person.
        WITH_DIALOG(
            QStringLiteral("clientEditorDialog"),
            [&] { main->findChild<QAction*>(QStringLiteral("newClientAction"))->trigger(); },
            [](QDialog* d) {
                QTest::keyClicks(child<QLineEdit>(d, "chosenNameEdit"), QStringLiteral("Sky"));
                QTest::keyClicks(child<QLineEdit>(d, "pronounsEdit"), QStringLiteral("they/them"));
                child<QPushButton>(d, "saveClientButton")->click();
            });
        auto* page = child<ClientPage>(main, "clientPage");
        QCOMPARE(child<QLabel>(page, "clientNameLabel")->text(), QStringLiteral("Sky (they/them)"));
        const ClientId client = page->clientId();

        // A goal in their words.
        WITH_DIALOG(
            QStringLiteral("goalEditorDialog"), [&] { child<QPushButton>(page, "newGoalButton")->click(); },
            [](QDialog* d) {
                QTest::keyClicks(child<QPlainTextEdit>(d, "clientWordsEdit"),
                                 QStringLiteral("Carry naloxone every day"));
                auto* area = child<QComboBox>(d, "lifeAreaCombo");
                area->setCurrentIndex(area->findData(QStringLiteral("safety")));
                child<QPushButton>(d, "saveGoalButton")->click();
            });
        const auto goals = app.domain()->goals().goalsForClient(client);
        QVERIFY(goals.ok());
        QCOMPARE(goals->size(), 1);
        const GoalId goal = goals->first().id;

        // A session with rulers and a quote, signed, then an addendum.
        child<QPushButton>(page, "newSessionButton")->click();
        auto* editor = main->findChild<SessionEditor*>();
        QVERIFY(editor);
        child<QPushButton>(editor, "addGoalToSessionButton")->click();
        auto* entry = editor->findChild<QWidget*>(QStringLiteral("goalEntry_%1").arg(goal.value));
        child<QSpinBox>(entry, "importanceSpin")->setValue(8);
        child<QSpinBox>(entry, "confidenceSpin")->setValue(6);
        child<QPushButton>(entry, "addChangeTalkButton")->click();
        QTest::keyClicks(child<QLineEdit>(entry, "quoteEdit"), QStringLiteral("I could keep one in my jacket"));
        QTest::keyClicks(child<QPlainTextEdit>(editor, "note_data"), QStringLiteral("Met on the van."));
        // The record has no setting or follow-up yet: signed anyway, as a short record may be.
        QString missing;
        UiHooks::instance().confirmOrGoBack = [&missing](QWidget*, const QString&, const QString& text, const QString&,
                                                         const QString&) {
            missing = text;
            return true;
        };
        child<QPushButton>(editor, "signSessionButton")->click();
        QVERIFY2(missing.contains(QStringLiteral("No follow-up date")), qPrintable(missing));
        QVERIFY(editor->isSigned());
        // The goal's chart on the person's page shows the signed rulers at once, without reopening the page.
        auto* chart = child<ReadinessChart>(page, "readinessChart");
        QTRY_COMPARE(chart->points().size(), 1);
        QCOMPARE(chart->points().first().importance, std::optional<int>(8));
        QCOMPARE(chart->points().first().confidence, std::optional<int>(6));
        const SessionId session = editor->sessionId();
        WITH_DIALOG(
            QStringLiteral("addendumDialog"), [&] { child<QPushButton>(editor, "addAddendumButton")->click(); },
            [](QDialog* d) {
                QTest::keyClicks(child<QPlainTextEdit>(d, "addendumEdit"), QStringLiteral("Picked up a second kit."));
                child<QPushButton>(d, "signAddendumButton")->click();
            });
        editor->close();

        // The summary to PDF: warned once that a PDF is not encrypted; the export is audited.
        const QString pdf = tmp.filePath(QStringLiteral("plan.pdf"));
        int warnings = 0;
        UiHooks::instance().information = [&warnings](QWidget*, const QString&, const QString& text) {
            if (text.contains(QStringLiteral("not encrypted")))
                ++warnings;
        };
        UiHooks::instance().saveFileName = [&pdf](QWidget*, const QString&, const QString&, const QString&) {
            return pdf;
        };
        for (int i = 0; i < 2; ++i) {
            WITH_DIALOG(
                QStringLiteral("printSummaryDialog"),
                [&] { main->findChild<QAction*>(QStringLiteral("printAction"))->trigger(); },
                [](QDialog* d) {
                    child<QPushButton>(d, "pdfSummaryButton")->click();
                    d->reject();
                });
        }
        QVERIFY(QFileInfo(pdf).size() > 0);
        QCOMPARE(warnings, 1);
        auto audit = app.domain()->audit().entries(0, 5);
        QVERIFY(audit.ok());
        QCOMPARE(audit->first().action, AuditAction::Export);
        QCOMPARE(audit->first().recordType, QStringLiteral("goal-summary"));

        // Lock with Ctrl+L, unlock, and everything is still there.
        main->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(main));
        QTest::keySequence(main, QKeySequence(QStringLiteral("Ctrl+L")));
        QTRY_COMPARE(app.vault(), nullptr);
        auto* pass = child<QLineEdit>(app.unlockDialog(), "passphraseEdit");
        QTest::keyClicks(pass, kPassphrase);
        QTest::keyClick(pass, Qt::Key_Return);
        QTRY_VERIFY(app.domain() != nullptr);
        auto record = app.domain()->sessions().session(session);
        QVERIFY(record.ok());
        QVERIFY(record->isSigned());
        QCOMPARE(record->content.goals.first().importance->value, 8);
        QCOMPARE(record->content.goals.first().quotes.first().quote, QStringLiteral("I could keep one in my jacket"));
        QCOMPARE(record->addenda.size(), 1);
        QCOMPARE(app.domain()->clients().count({}).value(), 1);
    }
};

QTEST_MAIN(TestJourney)
#include "tst_journey.moc"
