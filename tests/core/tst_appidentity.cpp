// SPDX-License-Identifier: GPL-3.0-or-later
// Settings belong to "Continuum", not "Unknown Organization"; what earlier versions saved is carried over
// once; the vault's default folder stays where it always was.
#include "util/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace continuum;

class TestAppIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Before any QSettings: every path below lives in this test's own folder.
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("data"))));
        setApplicationIdentity();
    }

    void settingsAreWrittenUnderTheApplicationsOwnName()
    {
        QCOMPARE(QCoreApplication::organizationName(), QStringLiteral("Continuum"));
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("Continuum"));
        QCOMPARE(QCoreApplication::applicationVersion(), QStringLiteral(CONTINUUM_VERSION));
        const QString file = QSettings().fileName();
        QCOMPARE(file, m_home.filePath(QStringLiteral("config/Continuum/Continuum.conf")));
        QVERIFY(!file.contains(QStringLiteral("Unknown Organization")));
    }

    void earlierSettingsAreCarriedOverOnce()
    {
        const QString old = m_home.filePath(QStringLiteral("config/Unknown Organization/Continuum.conf"));
        QVERIFY(QDir().mkpath(QFileInfo(old).absolutePath()));
        {
            QSettings earlier(old, QSettings::IniFormat);
            earlier.setValue(QStringLiteral("security/idleLockMinutes"), 12);
            earlier.setValue(QStringLiteral("ui/language"), QStringLiteral("es"));
        }
        QVERIFY(carryOverUnnamedSettings());
        QSettings now;
        QCOMPARE(now.value(QStringLiteral("security/idleLockMinutes")).toInt(), 12);
        QCOMPARE(now.value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
        // Once: a later change in the new file is never overwritten by the old one.
        now.setValue(QStringLiteral("security/idleLockMinutes"), 3);
        now.sync();
        QVERIFY(!carryOverUnnamedSettings());
        QCOMPARE(QSettings().value(QStringLiteral("security/idleLockMinutes")).toInt(), 3);
    }

    void theVaultStaysWhereItWas()
    {
        QCOMPARE(defaultVaultFolder(), m_home.filePath(QStringLiteral("data/Continuum/vault")));
    }

private:
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestAppIdentity)
#include "tst_appidentity.moc"
