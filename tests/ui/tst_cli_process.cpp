// SPDX-License-Identifier: GPL-3.0-or-later
// The real `continuum vault …` executable, as a script would run it: no display, passphrases on stdin.
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Outcome {
    int exit = -1;
    QString out;
    QString err;
};

Outcome runContinuum(const QStringList& args, const QByteArray& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CONTINUUM_EXECUTABLE), QStringList{QStringLiteral("vault")} + args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestCliProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptedLifecycleWithoutADisplay()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("vault"));
        // Created at the real (MODERATE) key-derivation cost, as IT staff would.
        Outcome o = runContinuum(
            {QStringLiteral("create"), QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin")},
            "a passphrase for scripts\n");
        QVERIFY2(o.exit == 0, qPrintable(o.err));
        static const QRegularExpression keyShape(QStringLiteral("([0-9A-Z]{4}-){7}[0-9A-Z]{4}"));
        const QString key = keyShape.match(o.out).captured(0);
        QVERIFY2(!key.isEmpty(), qPrintable(o.out));

        o = runContinuum(
            {QStringLiteral("verify"), QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin")},
            "a passphrase for scripts\n");
        QCOMPARE(o.exit, 0);
        o = runContinuum(
            {QStringLiteral("verify"), QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin")},
            "not the passphrase\n");
        QCOMPARE(o.exit, 3);
        QVERIFY2(o.err.contains(QStringLiteral("passphrase does not open")), qPrintable(o.err));
        o = runContinuum(
            {QStringLiteral("verify"), QStringLiteral("--vault"), tmp.path(), QStringLiteral("--passphrase-stdin")},
            "a passphrase for scripts\n");
        QCOMPARE(o.exit, 4);

        const QString backup = tmp.filePath(QStringLiteral("nightly.continuum-backup"));
        o = runContinuum({QStringLiteral("backup"), QStringLiteral("--vault"), dir, QStringLiteral("--output"), backup,
                          QStringLiteral("--passphrase-stdin")},
                         "a passphrase for scripts\n");
        QVERIFY2(o.exit == 0, qPrintable(o.err));
        o = runContinuum({QStringLiteral("restore"), QStringLiteral("--vault"), tmp.filePath(QStringLiteral("copy")),
                          QStringLiteral("--input"), backup, QStringLiteral("--passphrase-stdin"),
                          QStringLiteral("--recovery-key")},
                         key.toUtf8() + "\n");
        QVERIFY2(o.exit == 0, qPrintable(o.err));
        o = runContinuum(
            {QStringLiteral("change-passphrase"), QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin")},
            "a passphrase for scripts\nanother passphrase entirely\n");
        QVERIFY2(o.exit == 0, qPrintable(o.err));
        o = runContinuum(
            {QStringLiteral("verify"), QStringLiteral("--vault"), dir, QStringLiteral("--passphrase-stdin")},
            "another passphrase entirely\n");
        QCOMPARE(o.exit, 0);
    }

    void helpAndUsage()
    {
        Outcome o = runContinuum({QStringLiteral("--help")}, {});
        QCOMPARE(o.exit, 0);
        QVERIFY(o.out.contains(QStringLiteral("exit codes")));
        o = runContinuum({QStringLiteral("frobnicate"), QStringLiteral("--vault"), QStringLiteral("/nonexistent")}, {});
        QCOMPARE(o.exit, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliProcess)
#include "tst_cli_process.moc"
