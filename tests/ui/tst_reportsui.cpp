// SPDX-License-Identifier: GPL-3.0-or-later
// The reports window (issue 13): a report and a period chosen, a preview with the data-quality warnings first
// and small counts hidden, exports to PDF and CSV that hold no name or code, each recorded in the audit log
// with the report and the period only.
#include "MainWindow.h"
#include "UiHooks.h"
#include "domain/AuditLog.h"
#include "domain/Domain.h"
#include "report/ReportExport.h"
#include "reports/ReportDialog.h"
#include "reports/ReportDocument.h"
#include "support/AugustContacts.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

// The name and the code no report or export may hold (support/AugustContacts).
const QString& kName = AugustContacts::kName;
const QString& kCode = AugustContacts::kCode;

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral(PDFTOTEXT), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed>");
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

/// The report tests' vault (support/AugustContacts), and the export entries of its audit log.
struct Fixture : AugustContacts {
    Fixture() { QStandardPaths::setTestModeEnabled(true); }

    QList<AuditEntry> exports()
    {
        QList<AuditEntry> out;
        const QList<AuditEntry> entries = ws.domain().audit().entries(0, 1000).value();
        for (const AuditEntry& e : entries)
            if (e.action == ReportExport::auditAction())
                out.append(e);
        return out;
    }
};

/// Chooses the quarterly grant report over August 2025 (dates the counselor picks) and previews it.
void previewAugust(QDialog* d)
{
    auto* report = child<QComboBox>(d, "reportCombo");
    report->setCurrentIndex(report->findData(QStringLiteral("quarterly-grant")));
    QVERIFY(report->currentIndex() >= 0);
    auto* kind = child<QComboBox>(d, "periodKindCombo");
    kind->setCurrentIndex(3);
    QVERIFY(child<QDateEdit>(d, "periodFromEdit")->isVisible());
    QVERIFY(!child<QComboBox>(d, "periodQuarterCombo")->isVisible());
    child<QDateEdit>(d, "periodFromEdit")->setDate(QDate(2025, 8, 1));
    child<QDateEdit>(d, "periodToEdit")->setDate(QDate(2025, 8, 31));
    QVERIFY(!child<QPushButton>(d, "exportCsvButton")->isEnabled());
    child<QPushButton>(d, "reportPreviewButton")->click();
    QVERIFY(child<QPushButton>(d, "exportCsvButton")->isEnabled());
    QVERIFY(child<QPushButton>(d, "exportPdfButton")->isEnabled());
}

/// Every cell of every table in the document, as shown.
QStringList cellTexts(QTextDocument* doc, int* firstTablePosition)
{
    QStringList out;
    *firstTablePosition = -1;
    for (QTextFrame* frame : doc->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
        if (*firstTablePosition < 0)
            *firstTablePosition = table->firstPosition();
        for (int r = 0; r < table->rows(); ++r) {
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                QTextCursor cursor(doc);
                cursor.setPosition(cell.firstPosition());
                cursor.setPosition(cell.lastPosition(), QTextCursor::KeepAnchor);
                out.append(cursor.selectedText());
            }
        }
    }
    return out;
}

} // namespace

class TestReportsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QLocale::setDefault(QLocale::c()); }
    void cleanup() { UiHooks::reset(); }
    void defaultsToTheLastFullQuarter();
    void previewShowsWarningsFirstAndHidesSmallCounts();
    void exportsFromTheMainWindowAreRecordedWithoutContent();
    void lastDayBeforeFirstIsRefusedInPlainWords();
    void cancelledExportWritesAndRecordsNothing();
};

void TestReportsUi::defaultsToTheLastFullQuarter()
{
    Fixture fx;
    ReportDialog dialog(fx.ws);
    QCOMPARE(child<QComboBox>(&dialog, "periodKindCombo")->currentIndex(), 1);
    QCOMPARE(child<QComboBox>(&dialog, "periodQuarterCombo")->currentData().toInt(), 3);
    QCOMPARE(child<QSpinBox>(&dialog, "periodYearSpin")->value(), 2025);
    child<QPushButton>(&dialog, "reportPreviewButton")->click();
    QVERIFY(dialog.result());
    QCOMPARE(dialog.result()->period.key(), QStringLiteral("2025-Q3"));
    QVERIFY2(dialog.result()->reportId == QStringLiteral("general"), qPrintable(dialog.result()->reportId));
    // A change of period makes the preview stale: nothing to export until it is run again.
    child<QComboBox>(&dialog, "periodKindCombo")->setCurrentIndex(0);
    QVERIFY(!dialog.result());
    QVERIFY(!child<QPushButton>(&dialog, "exportPdfButton")->isEnabled());
}

void TestReportsUi::previewShowsWarningsFirstAndHidesSmallCounts()
{
    Fixture fx;
    ReportDialog dialog(fx.ws);
    dialog.show();
    previewAugust(&dialog);
    QVERIFY(dialog.result());
    QCOMPARE(dialog.result()->period.key(), QStringLiteral("2025-08-01..2025-08-31"));

    QTextDocument* doc = child<QTextBrowser>(&dialog, "reportPreview")->document();
    const QString shown = doc->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Quarterly harm-reduction grant report")), qPrintable(shown.left(300)));
    QVERIFY2(shown.contains(QStringLiteral("Counts from 1 to 10 are shown as <11, and some others as >10, so that no "
                                           "one can be picked out.")),
             qPrintable(shown.left(600)));
    // The two coded contacts have no place, and their referrals no outcome after 30 days.
    const qsizetype noPlace = shown.indexOf(QStringLiteral("2 contacts have no place recorded."));
    const qsizetype noOutcome = shown.indexOf(QStringLiteral("2 referrals have no outcome 30 days after the contact."));
    QVERIFY2(noPlace > 0 && noOutcome > 0, qPrintable(shown.left(1200)));

    int firstTable = -1;
    const QStringList cells = cellTexts(doc, &firstTable);
    QVERIFY(firstTable > 0);
    QVERIFY2(noPlace < firstTable && noOutcome < firstTable, "the warnings come before the tables");
    QCOMPARE(cells.count(QStringLiteral("150")), 4); // syringes: a row and the total, in two tables
    QVERIFY(cells.contains(QStringLiteral("20")));   // contacts
    QVERIFY(cells.contains(QStringLiteral("15")));   // anonymous contacts
    QVERIFY(cells.contains(QStringLiteral("<11")));  // two unique people, two referrals
    static const QRegularExpression small(QStringLiteral("^(10|[1-9])$"));
    for (const QString& cell : cells)
        QVERIFY2(!small.match(cell.trimmed()).hasMatch(), qPrintable(QStringLiteral("a small count shows: ") + cell));
    // The result behind it says the same: the two people and the two referrals are small.
    const ReportTable* people = dialog.result()->table(QStringLiteral("unique_people"));
    QVERIFY(people);
    QCOMPARE(people->cell(0, 0), 2);
    QCOMPARE(people->cellText(0, 0), QStringLiteral("<11"));
    saveScreenshot(&dialog, QStringLiteral("report-preview"));
}

void TestReportsUi::exportsFromTheMainWindowAreRecordedWithoutContent()
{
    Fixture fx;
    QTemporaryDir out;
    const QString csv = out.filePath(QStringLiteral("grant.csv"));
    const QString pdf = out.filePath(QStringLiteral("grant.pdf"));
    QStringList suggested;
    UiHooks::instance().saveFileName = [&](QWidget*, const QString&, const QString& s, const QString&) {
        suggested.append(QFileInfo(s).fileName());
        return s.endsWith(QStringLiteral(".csv")) ? csv : pdf;
    };
    int warned = 0;
    UiHooks::instance().warning = [&](QWidget*, const QString&, const QString&) { ++warned; };
    {
        MainWindow window(fx.ws);
        auto* action = window.findChild<QAction*>(QStringLiteral("reportsAction"));
        QVERIFY(action);
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a != action && !a->shortcut().isEmpty())
                QVERIFY2(a->shortcut() != action->shortcut(), qPrintable(a->text()));
        }
        WITH_DIALOG(
            QStringLiteral("reportDialog"), [&] { action->trigger(); },
            [&](QDialog* d) {
                previewAugust(d);
                child<QPushButton>(d, "exportCsvButton")->click();
                child<QPushButton>(d, "exportPdfButton")->click();
                d->reject();
            });
    }
    QCOMPARE(warned, 0);
    QCOMPARE(suggested, QStringList({QStringLiteral("report-quarterly-grant-2025-08-01_2025-08-31.csv"),
                                     QStringLiteral("report-quarterly-grant-2025-08-01_2025-08-31.pdf")}));

    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QString csvText = QString::fromUtf8(csvFile.readAll());
    QVERIFY2(csvText.contains(QStringLiteral("<11")), qPrintable(csvText));
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");
    const QString pdfWords = pdfText(pdf);
    QVERIFY2(pdfWords.contains(QStringLiteral("Quarterly harm-reduction grant report")), qPrintable(pdfWords));
    QVERIFY2(pdfWords.contains(QStringLiteral("<11")), qPrintable(pdfWords));
    for (const QString& exported : {csvText, pdfWords}) {
        for (const QString& secret : {kName, QStringLiteral("Skyler"), kCode, QStringLiteral("never leaves")})
            QVERIFY2(!exported.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        // The warnings' counts are not suppressed: they stay in the preview.
        QVERIFY2(!exported.contains(QStringLiteral("no place recorded")), qPrintable(exported));
        QVERIFY2(!exported.contains(QStringLiteral("2025-08-12")), "no date finer than the period");
    }

    const QList<AuditEntry> entries = fx.exports();
    QCOMPARE(entries.size(), 2);
    QStringList details{entries.at(0).detail, entries.at(1).detail};
    details.sort();
    QCOMPARE(details, QStringList({QStringLiteral("report=quarterly-grant period=2025-08-01..2025-08-31 format=csv"),
                                   QStringLiteral("report=quarterly-grant period=2025-08-01..2025-08-31 format=pdf")}));
    for (const AuditEntry& e : entries) {
        QCOMPARE(e.recordType, QStringLiteral("report"));
        QVERIFY(!e.clientId);
        QVERIFY(e.recordUuid.isNull());
    }
}

void TestReportsUi::lastDayBeforeFirstIsRefusedInPlainWords()
{
    Fixture fx;
    ReportDialog dialog(fx.ws);
    child<QComboBox>(&dialog, "periodKindCombo")->setCurrentIndex(3);
    child<QDateEdit>(&dialog, "periodFromEdit")->setDate(QDate(2025, 8, 31));
    child<QDateEdit>(&dialog, "periodToEdit")->setDate(QDate(2025, 8, 1));
    child<QPushButton>(&dialog, "reportPreviewButton")->click();
    QVERIFY(!dialog.result());
    QVERIFY(!child<QPushButton>(&dialog, "exportCsvButton")->isEnabled());
    const QString shown = child<QTextBrowser>(&dialog, "reportPreview")->toPlainText();
    QVERIFY2(shown.startsWith(QStringLiteral("The last day comes before the first day.")), qPrintable(shown));
    QCOMPARE(fx.exports().size(), 0);
}

void TestReportsUi::cancelledExportWritesAndRecordsNothing()
{
    Fixture fx;
    QTemporaryDir out;
    UiHooks::instance().saveFileName = [](QWidget*, const QString&, const QString&, const QString&) {
        return QString();
    };
    ReportDialog dialog(fx.ws);
    dialog.show();
    previewAugust(&dialog);
    child<QPushButton>(&dialog, "exportCsvButton")->click();
    child<QPushButton>(&dialog, "exportPdfButton")->click();
    QCOMPARE(fx.exports().size(), 0);

    // A folder that cannot be written: the counselor is told in plain words, and nothing is recorded.
    QString told;
    UiHooks::instance().saveFileName = [&](QWidget*, const QString&, const QString&, const QString&) {
        return out.filePath(QStringLiteral("missing/folder/report.csv"));
    };
    UiHooks::instance().warning = [&](QWidget*, const QString&, const QString& text) { told = text; };
    child<QPushButton>(&dialog, "exportCsvButton")->click();
    QVERIFY(!told.isEmpty());
    QVERIFY(!QFile::exists(out.filePath(QStringLiteral("missing/folder/report.csv"))));
    QCOMPARE(fx.exports().size(), 0);
}

QTEST_MAIN(TestReportsUi)
#include "tst_reportsui.moc"
