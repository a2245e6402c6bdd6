// SPDX-License-Identifier: GPL-3.0-or-later
// The vault's life as a counselor meets it: first run, lock, unlock, a wrong passphrase, the recovery key.
#include "AppController.h"
#include "IdleLock.h"
#include "MainWindow.h"
#include "UiHooks.h"
#include "crypto/RecoveryKey.h"
#include "domain/Domain.h"
#include "sessions/SessionEditor.h"
#include "support/ManualTimers.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "vaultdialogs/CreateVaultWizard.h"
#include "vaultdialogs/NewPassphraseDialog.h"
#include "vaultdialogs/UnlockDialog.h"
#include "views/ClientPage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

const QString kPassphrase = QStringLiteral("walk the long way home");

/// Types the passphrase into the unlock window and waits for the main window.
void unlockByTyping(AppController& app)
{
    auto* pass = child<QLineEdit>(app.unlockDialog(), "passphraseEdit");
    QVERIFY(pass);
    QTest::keyClicks(pass, kPassphrase);
    QTest::keyClick(pass, Qt::Key_Return);
    QTRY_VERIFY(app.mainWindow() && app.mainWindow()->isVisible());
}

/// A new vault, the program started on it and unlocked by typing, as the counselor does.
struct UnlockedApp {
    QTemporaryDir tmp;
    QString dir = tmp.filePath(QStringLiteral("vault"));
    std::unique_ptr<AppController> app;

    UnlockedApp()
    {
        Vault::create(dir, SecureBytes::fromText(kPassphrase), KdfParams::cheapestForTests()).value().vault->lock();
        app = std::make_unique<AppController>(AppController::Options{dir, KdfParams::cheapestForTests()});
        app->start();
        unlockByTyping(*app);
    }
};

/// The file the Back Up dialog will be answered with.
void backUpTo(const QString& file)
{
    UiHooks::instance().saveFileName = [file](QWidget*, const QString&, const QString&, const QString&) {
        return file;
    };
}

} // namespace

class TestVaultFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void cleanup() { UiHooks::reset(); }

    void firstRunLockAndUnlock()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        AppController app({dir, KdfParams::cheapestForTests()});
        app.start();
        CreateVaultWizard* wizard = app.wizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());

        // Passphrase twice; Create is enabled only when both match and are long enough.
        auto* first = child<QLineEdit>(wizard, "newPassphraseEdit");
        auto* repeat = child<QLineEdit>(wizard, "repeatPassphraseEdit");
        QVERIFY(first && repeat);
        QTest::keyClicks(first, QStringLiteral("short"));
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        // Not only a disabled button: the field says why, and how far there is to go.
        const QString hint = child<QLabel>(wizard, "strengthHint")->text();
        QVERIFY2(hint.contains(QStringLiteral("Too short: add %1 more character").arg(Vault::kMinPassphraseLength - 5)),
                 qPrintable(hint));
        first->clear();
        QTest::keyClicks(first, kPassphrase);
        QTest::keyClicks(repeat, kPassphrase + QStringLiteral("x"));
        QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
        QVERIFY(child<QLabel>(wizard, "matchHint")->text().contains(QStringLiteral("do not match")));
        QTest::keyClick(repeat, Qt::Key_Backspace);
        QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
        saveScreenshot(wizard, QStringLiteral("01-first-run-passphrase"));
        wizard->button(QWizard::CommitButton)->click();

        // The recovery key, shown once.
        QTRY_COMPARE(wizard->currentId(), int(CreateVaultWizard::RecoveryKeyPage));
        const QString key = child<QLabel>(wizard, "recoveryKeyLabel")->text();
        QVERIFY2(RecoveryKey::parse(SecureBytes::fromText(key)).ok(), qPrintable(key));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        bool printed = false;
        UiHooks::instance().choosePrinter = [&printed](QPrinter*, QWidget*) {
            printed = true;
            return false; // the counselor cancelled the print dialog
        };
        child<QPushButton>(wizard, "printRecoveryKeyButton")->click();
        QVERIFY(printed);
        saveScreenshot(wizard, QStringLiteral("02-first-run-recovery-key"));
        child<QCheckBox>(wizard, "recoveryKeySavedCheck")->setChecked(true);
        wizard->button(QWizard::NextButton)->click();

        // Type two groups back.
        QCOMPARE(wizard->currentId(), int(CreateVaultWizard::ConfirmKeyPage));
        const QStringList groups = key.split(QLatin1Char('-'));
        auto* a = child<QLineEdit>(wizard, "confirmGroupAEdit");
        auto* b = child<QLineEdit>(wizard, "confirmGroupBEdit");
        QTest::keyClicks(a, groups.at(2).toLower());
        auto* confirmMessage = child<QLabel>(wizard, "confirmKeyMessage");
        QTest::keyClicks(b, QStringLiteral("ZZZ"));
        QVERIFY(confirmMessage->text().isEmpty()); // not judged while the group is still being typed
        QTest::keyClicks(b, QStringLiteral("Z"));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        // The group that does not match is named, not only a button that stays disabled.
        QVERIFY2(confirmMessage->text().startsWith(QStringLiteral("Group 6 does not match")),
                 qPrintable(confirmMessage->text()));
        b->clear();
        QTest::keyClicks(b, groups.at(5));
        QVERIFY(confirmMessage->text().isEmpty());
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        wizard->button(QWizard::NextButton)->click();

        // Who signs and prints.
        QCOMPARE(wizard->currentId(), int(CreateVaultWizard::CounselorPage));
        QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::keyClicks(child<QLineEdit>(wizard, "counselorNameEdit"), QStringLiteral("Robin Okafor"));
        QTest::keyClicks(child<QLineEdit>(wizard, "counselorCredentialsEdit"), QStringLiteral("CADC"));
        saveScreenshot(wizard, QStringLiteral("02b-first-run-counselor"));
        wizard->button(QWizard::FinishButton)->click();

        QTRY_VERIFY(app.vault() != nullptr);
        QVERIFY(app.domain() != nullptr);
        const auto counselor = app.domain()->counselor().counselor();
        QVERIFY(counselor.ok() && counselor.value().has_value());
        QCOMPARE(counselor.value()->signature(), QStringLiteral("Robin Okafor, CADC"));
        MainWindow* main = app.mainWindow();
        QTRY_VERIFY(main->isVisible());
        QVERIFY(QFile::exists(VaultFiles::keySlots(dir)));
        saveScreenshot(main, QStringLiteral("03-main-window"));

        // Ctrl+L locks: the vault closes and the unlock screen replaces the window.
        main->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(main));
        QPointer<MainWindow> closed = main;
        QTest::keySequence(main, QKeySequence(QStringLiteral("Ctrl+L")));
        QTRY_COMPARE(app.vault(), nullptr);
        // The window of that vault is gone with it (after the key press that locked it has returned).
        QCOMPARE(app.mainWindow(), nullptr);
        QTRY_VERIFY(closed.isNull());
        QVERIFY(!QFile::exists(VaultFiles::lock(dir)));
        UnlockDialog* unlock = app.unlockDialog();
        QVERIFY(unlock && unlock->isVisible());

        // A wrong passphrase: a plain message, no hint, still locked.
        auto* pass = child<QLineEdit>(unlock, "passphraseEdit");
        QTest::keyClicks(pass, QStringLiteral("walk the long way hom"));
        QTest::keyClick(pass, Qt::Key_Return);
        auto* message = child<QLabel>(unlock, "unlockMessage");
        QTRY_VERIFY(message->text().contains(QStringLiteral("did not unlock")));
        QCOMPARE(unlock->failures(), 1);
        QCOMPARE(app.vault(), nullptr);
        saveScreenshot(unlock, QStringLiteral("04-unlock-wrong-passphrase"));

        pass->clear();
        QTest::keyClicks(pass, kPassphrase);
        QTest::keyClick(pass, Qt::Key_Return);
        QTRY_VERIFY2(app.vault() != nullptr, qPrintable(message->text()));
        QTRY_VERIFY(app.mainWindow() && app.mainWindow()->isVisible());
        QCOMPARE(unlock->failures(), 0);
        // The wrong entry was written to the audit log once the vault was open again, then the unlock.
        const auto entries = app.domain()->audit().entries(0, 10);
        QVERIFY(entries.ok());
        QVERIFY(entries->size() >= 2);
        QCOMPARE(entries->at(0).action, AuditAction::Unlock);
        QCOMPARE(entries->at(1).action, AuditAction::FailedUnlock);
    }

    void repeatedFailuresWaitLonger()
    {
        ManualTimers timers; // the wait passes when the test says so, however busy the machine is
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        Vault::create(dir, SecureBytes::fromText(kPassphrase), KdfParams::cheapestForTests()).value().vault->lock();
        AppController app({dir, KdfParams::cheapestForTests()});
        app.start();
        UnlockDialog* unlock = app.unlockDialog();
        QVERIFY(unlock);
        auto* pass = child<QLineEdit>(unlock, "passphraseEdit");
        auto* button = child<QPushButton>(unlock, "unlockButton");
        ManualTimers::Timer* wait = timers.find("unlock-wait");
        QVERIFY(wait);
        for (int i = 1; i <= 3; ++i) {
            pass->clear();
            QTest::keyClicks(pass, QStringLiteral("guess number %1").arg(i));
            QTRY_VERIFY(button->isEnabled());
            button->click();
            QTRY_COMPARE(unlock->failures(), i);
            QCOMPARE(wait->isActive(), i >= 3); // the first two are typos, not guesses
        }
        // After the third failure the button waits, and says for how long.
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Try again in 2 s"));
        // The old entry is selected: what is typed next replaces it.
        QCOMPARE(pass->selectedText(), QStringLiteral("guess number 3"));
        QTest::keyClicks(pass, QStringLiteral("guess number 4"));
        QCOMPARE(pass->text(), QStringLiteral("guess number 4"));
        // Return during the wait does nothing.
        QTest::keyClick(pass, Qt::Key_Return);
        QCOMPARE(unlock->failures(), 3);
        QVERIFY(wait->fire());
        QCOMPARE(button->text(), QStringLiteral("Try again in 1 s"));
        QVERIFY(!button->isEnabled());
        QVERIFY(wait->fire());
        QVERIFY(!wait->isActive());
        QVERIFY(button->isEnabled());
        // The next wrong entry waits twice as long.
        button->click();
        QTRY_COMPARE(unlock->failures(), 4);
        QCOMPARE(button->text(), QStringLiteral("Try again in 4 s"));
        for (int s = 0; s < 4; ++s)
            QVERIFY(wait->fire());
        QVERIFY(button->isEnabled());
        QCOMPARE(pass->selectedText(), QStringLiteral("guess number 4"));
    }

    void aLockLeftByAnotherComputerIsNamedAndCanBeTakenOver()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        Vault::create(dir, SecureBytes::fromText(kPassphrase), KdfParams::cheapestForTests()).value().vault->lock();
        QFile lock(VaultFiles::lock(dir));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("5151\ncontinuum\nold-laptop\n");
        lock.close();
        QStringList asked;
        bool answer = false;
        UiHooks::instance().confirm = [&](QWidget*, const QString&, const QString& text, const QString&) {
            asked.append(text);
            return answer;
        };
        AppController app({dir, KdfParams::cheapestForTests()});
        app.start();
        UnlockDialog* unlock = app.unlockDialog();
        QVERIFY(unlock);
        auto* pass = child<QLineEdit>(unlock, "passphraseEdit");
        auto* button = child<QPushButton>(unlock, "unlockButton");
        auto* takeOver = child<QPushButton>(unlock, "takeOverLockButton");
        auto* message = child<QLabel>(unlock, "unlockMessage");
        QVERIFY(takeOver && message);
        QVERIFY(takeOver->isHidden());
        QTest::keyClicks(pass, kPassphrase);
        button->click();
        QTRY_VERIFY(!takeOver->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("old-laptop")) &&
                     message->text().contains(QStringLiteral("5151")),
                 qPrintable(message->text()));
        // Declined: nothing changes.
        takeOver->click();
        QCOMPARE(asked.size(), 1);
        QVERIFY(QFile::exists(VaultFiles::lock(dir)));
        QVERIFY(!app.mainWindow() || !app.mainWindow()->isVisible());
        // Confirmed: the lock is taken over and the vault opens with what was typed.
        answer = true;
        takeOver->click();
        QCOMPARE(asked.size(), 2);
        QTRY_VERIFY(app.mainWindow() && app.mainWindow()->isVisible());
    }

    void recoveryKeyUnlockForcesANewPassphrase()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        QString key;
        {
            auto created = Vault::create(dir, SecureBytes::fromText(kPassphrase), KdfParams::cheapestForTests());
            QVERIFY(created.ok());
            key = created->recoveryKey;
        }
        AppController app({dir, KdfParams::cheapestForTests()});
        app.start();
        UnlockDialog* unlock = app.unlockDialog();
        child<QPushButton>(unlock, "useRecoveryKeyButton")->click();
        auto* keyEdit = child<QLineEdit>(unlock, "recoveryKeyEdit");
        QTRY_VERIFY(keyEdit->isVisible());
        // A typo is caught by the checksum, and does not count as a guess.
        QString typo = key;
        typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QTest::keyClicks(keyEdit, typo);
        child<QPushButton>(unlock, "unlockButton")->click();
        QTRY_VERIFY(child<QLabel>(unlock, "unlockMessage")->text().contains(QStringLiteral("typo")));
        QCOMPARE(unlock->failures(), 0);
        keyEdit->clear();
        QTest::keyClicks(keyEdit, key);

        WITH_DIALOG(
            QStringLiteral("newPassphraseDialog"), [unlock] { child<QPushButton>(unlock, "unlockButton")->click(); },
            [&app](QDialog* dialog) {
                QCOMPARE(app.mainWindow(), nullptr);
                // It cannot be dismissed without a new passphrase.
                QTest::keyClick(dialog, Qt::Key_Escape);
                QVERIFY(dialog->isVisible());
                saveScreenshot(dialog, QStringLiteral("05-new-passphrase-after-recovery"));
                QTest::keyClicks(child<QLineEdit>(dialog, "newPassphraseEdit"),
                                 QStringLiteral("a new way home tonight"));
                QTest::keyClicks(child<QLineEdit>(dialog, "repeatPassphraseEdit"),
                                 QStringLiteral("a new way home tonight"));
                child<QPushButton>(dialog, "savePassphraseButton")->click();
            });
        QTRY_VERIFY(app.mainWindow() && app.mainWindow()->isVisible());

        app.lock();
        QCOMPARE(Vault::unlock(dir, SecureBytes::fromText(kPassphrase)).code(), ErrorCode::WrongPassphrase);
        QVERIFY(Vault::unlock(dir, SecureBytes::fromText(QStringLiteral("a new way home tonight"))).ok());
    }

    void changingThePassphraseNamesTheCurrentAndTheNew()
    {
        UnlockedApp fx;
        NewPassphraseDialog dialog(&fx.app->workspace(), NewPassphraseDialog::Mode::Change);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Each field by the label that points at it: the one to type now and the one chosen here.
        const auto labelOf = [&dialog](const char* field) {
            for (auto* label : dialog.findChildren<QLabel*>()) {
                if (label->buddy() && label->buddy()->objectName() == QLatin1String(field))
                    return label->text().remove(QLatin1Char('&'));
            }
            return QStringLiteral("(no label)");
        };
        QCOMPARE(labelOf("currentPassphraseEdit"), QStringLiteral("Current passphrase:"));
        QCOMPARE(labelOf("newPassphraseEdit"), QStringLiteral("New passphrase:"));
        QCOMPARE(labelOf("repeatPassphraseEdit"), QStringLiteral("Repeat it:"));
        // The two forms line their fields up.
        const auto leftOf = [&dialog](const char* field) {
            auto* edit = child<QLineEdit>(&dialog, field);
            return edit->mapTo(&dialog, QPoint(0, 0)).x();
        };
        QCOMPARE(leftOf("currentPassphraseEdit"), leftOf("newPassphraseEdit"));
        saveScreenshot(&dialog, QStringLiteral("05-change-passphrase"));

        // A wrong current passphrase changes nothing and says so.
        QTest::keyClicks(child<QLineEdit>(&dialog, "currentPassphraseEdit"), QStringLiteral("not the one at all"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "newPassphraseEdit"), QStringLiteral("a new way home tonight"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeatPassphraseEdit"), QStringLiteral("a new way home tonight"));
        child<QPushButton>(&dialog, "savePassphraseButton")->click();
        QTRY_COMPARE(child<QLabel>(&dialog, "newPassphraseMessage")->text(),
                     QStringLiteral("The current passphrase is not right. Nothing was changed."));
        QVERIFY(dialog.isVisible());
        fx.app->lock();
        QVERIFY(Vault::unlock(fx.dir, SecureBytes::fromText(kPassphrase)).ok());
    }

    void idleLockWithAShortTimeout()
    {
        ManualTimers timers;
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        Vault::create(dir, SecureBytes::fromText(kPassphrase), KdfParams::cheapestForTests()).value().vault->lock();
        AppController app({dir, KdfParams::cheapestForTests()});
        app.start();
        const auto unlock = [&app] {
            auto* pass = child<QLineEdit>(app.unlockDialog(), "passphraseEdit");
            QTest::keyClicks(pass, kPassphrase);
            QTest::keyClick(pass, Qt::Key_Return);
            QTRY_VERIFY(app.vault() != nullptr);
        };
        ManualTimers::Timer* idle = timers.find("idle-lock");
        QVERIFY(idle);
        QVERIFY(!idle->isActive()); // nothing to lock yet
        unlock();
        app.idleLock()->setTimeoutMs(600);
        QVERIFY(idle->isActive());
        QCOMPARE(idle->interval(), 600);
        // Someone working: any input starts the count again.
        idle->stop();
        QTest::mouseMove(app.mainWindow(), QPoint(20, 40));
        QVERIFY(idle->isActive());
        idle->stop();
        QTest::keyClick(app.mainWindow(), Qt::Key_Shift);
        QVERIFY(idle->isActive());
        QVERIFY(app.vault() != nullptr);
        // Then nobody for the whole time: it locks by itself.
        QVERIFY(idle->fire());
        QTRY_COMPARE(app.vault(), nullptr);
        QCOMPARE(app.mainWindow(), nullptr);
        QVERIFY(app.unlockDialog()->isVisible());
        // Locked, it does not count: input at the unlock screen starts nothing.
        QVERIFY(!idle->isActive());
        QTest::mouseMove(app.unlockDialog(), QPoint(10, 10));
        QVERIFY(!idle->isActive());
        QVERIFY(app.unlockDialog()->isVisible());
        unlock();
        QVERIFY(app.mainWindow()->isVisible());
        QVERIFY(idle->isActive());
    }

    void preferencesAreKept()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        Vault::create(dir, SecureBytes::fromText(kPassphrase), KdfParams::cheapestForTests()).value().vault->lock();
        AppController app({dir, KdfParams::cheapestForTests()});
        app.start();
        auto* pass = child<QLineEdit>(app.unlockDialog(), "passphraseEdit");
        QTest::keyClicks(pass, kPassphrase);
        QTest::keyClick(pass, Qt::Key_Return);
        QTRY_VERIFY(app.vault() != nullptr);
        WITH_DIALOG(
            QStringLiteral("preferencesDialog"),
            [&app] { app.mainWindow()->findChild<QAction*>(QStringLiteral("preferencesAction"))->trigger(); },
            [](QDialog* d) {
                saveScreenshot(d, QStringLiteral("06-preferences"));
                auto* name = child<QLineEdit>(d, "prefCounselorNameEdit");
                name->clear();
                QTest::keyClicks(name, QStringLiteral("Sam Rivera"));
                QTest::keyClicks(child<QLineEdit>(d, "prefAgencyNameEdit"), QStringLiteral("Eastside Harm Reduction"));
                child<QSpinBox>(d, "prefIdleMinutesSpin")->setValue(12);
                child<QPushButton>(d, "savePreferencesButton")->click();
            });
        QCOMPARE(app.domain()->counselor().counselor().value()->name, QStringLiteral("Sam Rivera"));
        QCOMPARE(app.domain()->counselor().setting(SettingKey::AgencyName).value(),
                 QStringLiteral("Eastside Harm Reduction"));
        QCOMPARE(app.idleLock()->timeoutMs(), 12 * 60 * 1000);
        QCOMPARE(IdleLock::savedMinutes(), 12);
    }

    void restoreFromTheFileMenu()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        const QString file = tmp.filePath(QStringLiteral("b.continuum-backup"));
        {
            auto created = Vault::create(dir, SecureBytes::fromText(kPassphrase), KdfParams::cheapestForTests());
            QVERIFY(created.ok());
            SystemClock clock;
            Domain domain(created->vault->database(), clock);
            Client c;
            c.chosenName = QStringLiteral("Kept in the backup");
            QVERIFY(domain.clients().create(c).ok());
            QVERIFY(created->vault->backupTo(file).ok());
            c.chosenName = QStringLiteral("Added after the backup");
            QVERIFY(domain.clients().create(c).ok());
        }
        AppController app({dir, KdfParams::cheapestForTests()});
        app.start();
        auto* pass = child<QLineEdit>(app.unlockDialog(), "passphraseEdit");
        QTest::keyClicks(pass, kPassphrase);
        QTest::keyClick(pass, Qt::Key_Return);
        QTRY_VERIFY(app.vault() != nullptr);
        QCOMPARE(app.domain()->clients().count({}).value(), 2);

        UiHooks::instance().openFileName = [&file](QWidget*, const QString&, const QString&, const QString&) {
            return file;
        };
        UiHooks::instance().confirm = [](QWidget*, const QString&, const QString&, const QString&) { return true; };
        QString told;
        UiHooks::instance().information = [&told](QWidget*, const QString&, const QString& text) { told = text; };
        WITH_DIALOG(
            QStringLiteral("restoreDialog"),
            [&app] { app.mainWindow()->findChild<QAction*>(QStringLiteral("restoreAction"))->trigger(); },
            [](QDialog* d) {
                child<QPushButton>(d, "chooseBackupButton")->click();
                QVERIFY(child<QLabel>(d, "backupInfoLabel")->text().contains(QStringLiteral("backup made")));
                // A wrong passphrase first: refused, nothing replaced.
                QTest::keyClicks(child<QLineEdit>(d, "backupPassphraseEdit"), QStringLiteral("not the one"));
                child<QPushButton>(d, "restoreButton")->click();
                QTRY_VERIFY(child<QLabel>(d, "restoreMessage")->text().contains(QStringLiteral("does not open")));
                child<QLineEdit>(d, "backupPassphraseEdit")->clear();
                QTest::keyClicks(child<QLineEdit>(d, "backupPassphraseEdit"), kPassphrase);
                child<QPushButton>(d, "restoreButton")->click();
            });
        QVERIFY2(told.contains(QStringLiteral("restored")), qPrintable(told));
        QCOMPARE(app.vault(), nullptr);
        QVERIFY(app.unlockDialog()->isVisible());
        pass = child<QLineEdit>(app.unlockDialog(), "passphraseEdit");
        QTest::keyClicks(pass, kPassphrase);
        QTest::keyClick(pass, Qt::Key_Return);
        QTRY_VERIFY(app.vault() != nullptr);
        auto rows = app.domain()->clients().search({});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().chosenName, QStringLiteral("Kept in the backup"));
    }

    void backupFromTheFileMenu()
    {
        UnlockedApp fx;
        AppController& app = *fx.app;
        QVERIFY(app.mainWindow()->isVisible());
        const QString file = fx.tmp.filePath(QStringLiteral("b.continuum-backup"));
        backUpTo(file);
        QString said;
        UiHooks::instance().information = [&said](QWidget*, const QString&, const QString& text) { said = text; };
        auto* state = child<QLabel>(app.mainWindow(), "backupStateLabel");
        QCOMPARE(state->text(), QStringLiteral("Not backed up yet"));
        app.mainWindow()->findChild<QAction*>(QStringLiteral("backupAction"))->trigger();
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY(QFile::exists(file));
        QVERIFY2(state->text().startsWith(QStringLiteral("Last backup")), qPrintable(state->text()));
        const auto entries = app.domain()->audit().entries(0, 1);
        QVERIFY(entries.ok() && !entries->isEmpty());
        QCOMPARE(entries->first().action, AuditAction::Backup);
    }

    void aLockDuringABackupWaitsForItThenLocks()
    {
        UnlockedApp fx;
        AppController& app = *fx.app;
        QVERIFY(app.mainWindow()->isVisible());
        const QString file = fx.tmp.filePath(QStringLiteral("b.continuum-backup"));
        backUpTo(file);
        bool finished = false;
        UiHooks::instance().information = [&finished](QWidget*, const QString&, const QString&) { finished = true; };
        QSignalSpy locked(&app, &AppController::vaultLocked);
        app.mainWindow()->findChild<QAction*>(QStringLiteral("backupAction"))->trigger();
        QVERIFY(app.mainWindow()->isBusy());
        app.lock(); // the idle timer, Ctrl+L or the desktop locking, while the backup reads the vault
        QVERIFY(app.vault() != nullptr);
        QCOMPARE(locked.count(), 0);
        // As soon as the backup says it is done, the vault locks: no poll, no second request.
        QTRY_COMPARE(locked.count(), 1);
        QVERIFY(finished);
        QVERIFY(app.vault() == nullptr);
        QVERIFY(QFile::exists(file));
        QVERIFY(app.unlockDialog()->isVisible());
    }

    // Ctrl+L locks from a modal dialog too (a modal dialog blocks the main window's own shortcuts).
    void ctrlLLocksFromInsideAModalDialog()
    {
        UnlockedApp fx;
        AppController& app = *fx.app;
        MainWindow* main = app.mainWindow();
        WITH_DIALOG(
            QStringLiteral("clientEditorDialog"),
            [main] { main->findChild<QAction*>(QStringLiteral("newClientAction"))->trigger(); },
            [](QDialog* d) {
                auto* name = child<QLineEdit>(d, "chosenNameEdit");
                QTest::keyClicks(name, QStringLiteral("Al"));
                QTest::keyClick(name, Qt::Key_L, Qt::ControlModifier);
                QCOMPARE(name->text(), QStringLiteral("Al")); // taken by the lock, not typed
            });
        QTRY_COMPARE(app.vault(), nullptr);
        QVERIFY(app.unlockDialog()->isVisible());
        // Locked, the key does nothing more (and types as usual in the unlock window).
        auto* pass = child<QLineEdit>(app.unlockDialog(), "passphraseEdit");
        QTest::keyClick(pass, Qt::Key_L, Qt::ControlModifier);
        QVERIFY(app.unlockDialog()->isVisible());
    }

    // The idle lock can come while a dialog of the window is open, its event loop running inside the
    // window's own code (here: Edit Profile, half typed, with a session window open beside it). The dialog
    // closes as cancelled without asking anything (nobody is there to answer), the profile is unchanged,
    // the draft being typed is saved, and the window goes once that code has returned; the next unlock
    // gets a window of its own.
    void aLockWhileADialogIsOpenClosesTheWindowSafely()
    {
        UnlockedApp fx;
        AppController& app = *fx.app;
        Client person;
        person.chosenName = QStringLiteral("Dee");
        const auto id = app.domain()->clients().create(person);
        QVERIFY(id.ok());
        QPointer<MainWindow> window = app.mainWindow();
        window->openClient(id.value());
        auto* page = child<QWidget>(window.data(), "clientPage");
        QVERIFY(page);
        child<QPushButton>(page, "newSessionButton")->click();
        QPointer<SessionEditor> editor = window->findChild<SessionEditor*>();
        QVERIFY(editor);
        QTest::keyClicks(child<QPlainTextEdit>(editor.data(), "note_data"), QStringLiteral("Talked about the week"));

        QSignalSpy locked(&app, &AppController::vaultLocked);
        WITH_DIALOG(
            QStringLiteral("clientEditorDialog"), [&] { child<QPushButton>(page, "editProfileButton")->click(); },
            [&app](QDialog* d) {
                QTest::keyClicks(child<QLineEdit>(d, "pronounsEdit"), QStringLiteral("she/her"));
                app.lock();
            });
        QCOMPARE(locked.count(), 1);
        QCOMPARE(app.vault(), nullptr);
        QCOMPARE(app.mainWindow(), nullptr);
        QTRY_VERIFY(window.isNull());
        QVERIFY(editor.isNull());
        QVERIFY(app.unlockDialog()->isVisible());

        unlockByTyping(app);
        QVERIFY(app.mainWindow() && app.mainWindow()->isVisible());
        const auto sessions = app.domain()->sessions().sessionsForClient(id.value());
        QVERIFY(sessions.ok());
        QCOMPARE(sessions->size(), 1);
        const auto draft = app.domain()->sessions().session(sessions->first().id);
        QVERIFY(draft.ok());
        QCOMPARE(draft->content.note.at(0).body, QStringLiteral("Talked about the week"));
        QCOMPARE(app.domain()->clients().client(id.value())->pronouns, QString());
        app.mainWindow()->openClient(id.value());
        QCOMPARE(child<ClientPage>(app.mainWindow(), "clientPage")->clientId(), id.value());
    }
};

QTEST_MAIN(TestVaultFlow)
#include "tst_vaultflow.moc"
