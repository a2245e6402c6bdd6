// SPDX-License-Identifier: GPL-3.0-or-later
// What `continuum --version` and the About box report: the project's version, the SQLCipher library this
// process really runs with (asked at run time, not read from a header), and the license of the sources.
#include "util/BuildInfo.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QVersionNumber>

using namespace continuum;

namespace {

QString readSource(const QString& relative)
{
    QFile f(QStringLiteral(CONTINUUM_SOURCE_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

class TestBuildInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionIsTheProjectVersion()
    {
        // Read from the root CMakeLists.txt here, apart from the definition the library was compiled with.
        static const QRegularExpression projectVersion(QStringLiteral("project\\(Continuum\\s+VERSION\\s+(\\S+)"));
        const QRegularExpressionMatch m = projectVersion.match(readSource(QStringLiteral("CMakeLists.txt")));
        QVERIFY2(m.hasMatch(), "no project(Continuum VERSION …) in the root CMakeLists.txt");
        const BuildInfo info = BuildInfo::current();
        QCOMPARE(info.version, m.captured(1));
        static const QRegularExpression threeNumbers(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
        QVERIFY2(threeNumbers.match(info.version).hasMatch(), qPrintable(info.version));
    }

    void sqlcipherIsVersion4AsTheLibraryReportsIt()
    {
        const BuildInfo info = BuildInfo::current();
        QVERIFY2(info.sqlcipherVersion.ok(), qPrintable(info.sqlcipherVersion.error().detail));
        const QString reported = info.sqlcipherVersion.value();
        QVERIFY2(reported.startsWith(QStringLiteral("4.")), qPrintable(reported));
        // At least what ARCHITECTURE.md requires, and the very library the build found (cmake/FindSQLCipher4).
        const QVersionNumber number = QVersionNumber::fromString(reported);
        QVERIFY2(number >= QVersionNumber(4, 5), qPrintable(reported));
        QCOMPARE(number.toString(), QStringLiteral(CONFIGURED_SQLCIPHER_VERSION));
    }

    void sqliteVersionComesFromTheSameLibrary()
    {
        const BuildInfo info = BuildInfo::current();
        QVERIFY2(info.sqliteVersion.ok(), qPrintable(info.sqliteVersion.error().detail));
        static const QRegularExpression shape(QStringLiteral("^3\\.\\d+\\.\\d+$"));
        QVERIFY2(shape.match(info.sqliteVersion.value()).hasMatch(), qPrintable(info.sqliteVersion.value()));
        // SQLCipher 4.5 was the first on SQLite 3.37; an older SQLite means another library answered.
        QVERIFY2(QVersionNumber::fromString(info.sqliteVersion.value()) >= QVersionNumber(3, 37),
                 qPrintable(info.sqliteVersion.value()));
    }

    void licenseIsTheOneTheSourcesDeclare()
    {
        const BuildInfo info = BuildInfo::current();
        QCOMPARE(info.license, QStringLiteral("GPL-3.0-or-later"));
        // The SPDX line heading the build itself, and the license text shipped beside it.
        const QString root = readSource(QStringLiteral("CMakeLists.txt"));
        QVERIFY(root.startsWith(QStringLiteral("# SPDX-License-Identifier: ") + info.license + QLatin1Char('\n')));
        const QString license = readSource(QStringLiteral("LICENSE"));
        QVERIFY(license.contains(QStringLiteral("GNU GENERAL PUBLIC LICENSE")));
        QVERIFY(license.contains(QStringLiteral("Version 3, 29 June 2007")));
    }
};

QTEST_GUILESS_MAIN(TestBuildInfo)
#include "tst_buildinfo.moc"
