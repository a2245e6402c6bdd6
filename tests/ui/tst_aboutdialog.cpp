// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About Continuum (issue 14): the version, the SQLCipher and Qt versions this copy runs with and the
// license, each readable by a screen reader; the same facts as `continuum --version` prints; and a library
// that is not SQLCipher said in plain words rather than shown as a version.
#include "AboutDialog.h"
#include "MainWindow.h"
#include "common/ErrorText.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name) : QString();
}

/// Every control of the dialog a person can reach or read: buttons, and the labels (the values among them
/// take keyboard focus, so that they can be selected and copied).
QList<QWidget*> controls(QDialog* dialog)
{
    QList<QWidget*> found;
    const QList<QWidget*> all = dialog->findChildren<QWidget*>();
    for (QWidget* w : all) {
        if (!w->isVisibleTo(dialog))
            continue;
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QLabel*>(w) || w->focusPolicy() != Qt::NoFocus)
            found.append(w);
    }
    return found;
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsVersionsAndLicense()
    {
        const AboutDialog::Facts facts = AboutDialog::Facts::current();
        AboutDialog dialog(facts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QCOMPARE(child<QLabel>(&dialog, "aboutVersionValue")->text(), QStringLiteral(CONTINUUM_PROJECT_VERSION));
        QCOMPARE(child<QLabel>(&dialog, "aboutHeading")->text(),
                 QStringLiteral("Continuum " CONTINUUM_PROJECT_VERSION));
        const QString sqlcipher = child<QLabel>(&dialog, "aboutSqlcipherValue")->text();
        QVERIFY2(sqlcipher.startsWith(QStringLiteral("4.")), qPrintable(sqlcipher));
        QVERIFY2(sqlcipher.contains(QStringLiteral("(SQLite 3.")), qPrintable(sqlcipher));
        QCOMPARE(child<QLabel>(&dialog, "aboutQtValue")->text(), QString::fromLatin1(qVersion()));
        QVERIFY2(QString::fromLatin1(qVersion()).startsWith(QStringLiteral("6.")), qVersion());
        const QString license = child<QLabel>(&dialog, "aboutLicenseValue")->text();
        QVERIFY2(license.contains(QStringLiteral("GNU General Public License, version 3 or later")),
                 qPrintable(license));
        QVERIFY2(license.contains(QStringLiteral("GPL-3.0-or-later")), qPrintable(license));
        saveScreenshot(&dialog, QStringLiteral("about"));
    }

    void everyControlHasAnAccessibleName()
    {
        AboutDialog dialog(AboutDialog::Facts::current());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!accessibleName(&dialog).isEmpty());
        const QList<QWidget*> found = controls(&dialog);
        QVERIFY2(found.size() >= 12, qPrintable(QString::number(found.size()))); // 5 form rows, 3 texts, 2 buttons
        for (QWidget* w : found) {
            QVERIFY2(!accessibleName(w).trimmed().isEmpty(),
                     qPrintable(QStringLiteral("no accessible name: %1 \"%2\"")
                                    .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())));
        }
        // The values say what they are, not only the number (a screen reader reads the name alone).
        QCOMPARE(accessibleName(child<QLabel>(&dialog, "aboutQtValue")),
                 QStringLiteral("Qt version: ") + QString::fromLatin1(qVersion()));
        QVERIFY(accessibleName(child<QLabel>(&dialog, "aboutSqlcipherValue"))
                    .startsWith(QStringLiteral("SQLCipher version: 4.")));
        // Reachable by keyboard: the values can be selected and copied.
        QVERIFY(child<QLabel>(&dialog, "aboutSqlcipherValue")->focusPolicy() != Qt::NoFocus);
    }

    void versionTextIsWhatTheCommandLinePrints()
    {
        const AboutDialog::Facts facts = AboutDialog::Facts::current();
        const QStringList lines = AboutDialog::versionText(facts).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), QStringLiteral("continuum " CONTINUUM_PROJECT_VERSION));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("SQLCipher 4.")), qPrintable(lines.at(1)));
        QCOMPARE(lines.at(2), QStringLiteral("Qt ") + QString::fromLatin1(qVersion()));
        QCOMPARE(lines.at(3),
                 QStringLiteral("License: GPL-3.0-or-later (GNU General Public License, version 3 or later)"));
    }

    void copyDetailsPutsTheVersionTextOnTheClipboard()
    {
        const AboutDialog::Facts facts = AboutDialog::Facts::current();
        AboutDialog dialog(facts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(child<QPushButton>(&dialog, "aboutCopyButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), AboutDialog::versionText(facts));
        QVERIFY(dialog.isVisible()); // copying does not close it
        QTest::mouseClick(child<QPushButton>(&dialog, "aboutCloseButton"), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }

    void aLibraryThatIsNotSqlcipherIsSaidInPlainWords()
    {
        AboutDialog::Facts facts = AboutDialog::Facts::current();
        const Error notSqlcipher =
            makeError(ErrorCode::Unsupported, QStringLiteral("the SQLite library is not SQLCipher"));
        facts.build.sqlcipherVersion = notSqlcipher;
        AboutDialog dialog(facts);
        const QString shown = child<QLabel>(&dialog, "aboutSqlcipherValue")->text();
        QCOMPARE(shown, errorText(notSqlcipher));
        QVERIFY2(shown.contains(QStringLiteral("Reinstall Continuum")), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("SQLite 3.")));
        const QString text = AboutDialog::versionText(facts);
        QVERIFY2(text.contains(QStringLiteral("\nSQLCipher: ") + errorText(notSqlcipher) + QLatin1Char('\n')),
                 qPrintable(text));
    }

    void aMissingSqliteVersionLeavesTheSqlcipherVersionAlone()
    {
        AboutDialog::Facts facts = AboutDialog::Facts::current();
        QVERIFY(facts.build.sqlcipherVersion.ok());
        facts.build.sqliteVersion = makeError(ErrorCode::Database, QStringLiteral("no answer"));
        AboutDialog dialog(facts);
        QCOMPARE(child<QLabel>(&dialog, "aboutSqlcipherValue")->text(), facts.build.sqlcipherVersion.value());
    }

    void helpMenuOpensIt()
    {
        QTemporaryDir tmp;
        SystemClock clock;
        Workspace ws(clock);
        QVERIFY(ws.open(createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
        MainWindow window(ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* about = window.findChild<QAction*>(QStringLiteral("aboutAction"));
        QVERIFY(about);
        WITH_DIALOG(
            QStringLiteral("aboutDialog"), [about] { about->trigger(); },
            [](QDialog* dialog) {
                QCOMPARE(child<QLabel>(dialog, "aboutVersionValue")->text(), QStringLiteral(CONTINUUM_PROJECT_VERSION));
                QTest::keyClick(dialog, Qt::Key_Escape);
            });
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
