// SPDX-License-Identifier: GPL-3.0-or-later
// Reports in the interface's language (issue 14): with the Spanish catalogue loaded, the reports window lists the
// reports by their Spanish titles, and the preview, the CSV and the PDF show the report's Spanish title, its
// indicators' Spanish titles and descriptions, the breakdowns' fixed labels and the seeded list items in Spanish,
// with the same numbers and the same hidden counts as in English. In English nothing changes.
#include "UiHooks.h"
#include "domain/Domain.h"
#include "report/IndicatorSource.h"
#include "report/ReportCatalog.h"
#include "reports/ReportDialog.h"
#include "support/AugustContacts.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QTranslator>

#include <algorithm>

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
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

/// The Spanish catalogue the program ships, read on its own.
const QTranslator& spanishCatalogue()
{
    static QTranslator* catalogue = [] {
        auto* t = new QTranslator(qApp);
        if (!t->load(QStringLiteral(CONTINUUM_ES_QM)))
            qFatal("cannot load %s", CONTINUUM_ES_QM);
        return t;
    }();
    return *catalogue;
}

/// A fixed label of the report engine in Spanish, from the catalogue itself.
QString es(const char* label)
{
    return spanishCatalogue().translate(IndicatorSource::kTranslationContext, label);
}

/// The report tests' vault (support/AugustContacts), with an overdose someone saw, reversed with naloxone.
struct Fixture : AugustContacts {
    Fixture()
        : AugustContacts(true)
    {}
};

/// Every cell of every table in the document, as shown.
QStringList cellTexts(QTextDocument* doc)
{
    QStringList out;
    for (QTextFrame* frame : doc->rootFrame()->childFrames()) {
        auto* table = qobject_cast<QTextTable*>(frame);
        if (!table)
            continue;
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

/// The fields of an RFC 4180 CSV as ReportCsvWriter writes it (every field quoted), line by line.
QList<QStringList> csvRows(const QString& csv)
{
    QList<QStringList> out;
    for (const QString& line : csv.split(QStringLiteral("\r\n"))) {
        if (line.isEmpty()) {
            out.append(QStringList{});
            continue;
        }
        QStringList fields = line.mid(1, line.size() - 2).split(QStringLiteral("\",\""));
        for (QString& f : fields)
            f.replace(QStringLiteral("\"\""), QStringLiteral("\""));
        out.append(fields);
    }
    return out;
}

/// Whether a shown entry is a count: a number, or a hidden one ("<11", ">10", "*").
bool isCount(const QString& text)
{
    static const QRegularExpression count(QStringLiteral("^(\\d+|<\\d+|>\\d+|\\*)$"));
    return count.match(text).hasMatch();
}

/// Every count the text of a PDF shows, sorted (a longer text may lay the tables out on other pages). The page
/// numbers, in either language, are left out.
QStringList countsIn(QString text)
{
    static const QRegularExpression pageOf(QStringLiteral("\\b(Page|Página) \\d+ (of|de) \\d+"));
    static const QRegularExpression count(QStringLiteral("(?<![\\w<>])(<\\d+|>\\d+|\\d+)(?!\\w)"));
    text.remove(pageOf);
    QStringList out;
    for (auto it = count.globalMatch(text); it.hasNext();)
        out.append(it.next().captured(1));
    std::sort(out.begin(), out.end());
    return out;
}

/// What the reports window showed and wrote for the general report over August 2025.
struct Shown {
    QStringList reportTitles; ///< the report list, as offered
    ReportResult result;
    QString preview;
    QStringList cells;
    QString csv;
    QString pdf;
};

Shown showGeneralReport(Fixture& fx, const QString& folder)
{
    Shown out;
    const QString csv = folder + QStringLiteral("/general.csv");
    const QString pdf = folder + QStringLiteral("/general.pdf");
    UiHooks::instance().saveFileName = [&](QWidget*, const QString&, const QString& suggested, const QString&) {
        return suggested.endsWith(QStringLiteral(".csv")) ? csv : pdf;
    };
    int warned = 0;
    UiHooks::instance().warning = [&](QWidget*, const QString&, const QString&) { ++warned; };
    ReportDialog dialog(fx.ws);
    auto* report = child<QComboBox>(&dialog, "reportCombo");
    for (int i = 0; i < report->count(); ++i)
        out.reportTitles.append(report->itemText(i));
    report->setCurrentIndex(report->findData(QStringLiteral("general")));
    child<QComboBox>(&dialog, "periodKindCombo")->setCurrentIndex(3);
    child<QDateEdit>(&dialog, "periodFromEdit")->setDate(QDate(2025, 8, 1));
    child<QDateEdit>(&dialog, "periodToEdit")->setDate(QDate(2025, 8, 31));
    child<QPushButton>(&dialog, "reportPreviewButton")->click();
    if (!dialog.result())
        return out;
    out.result = *dialog.result();
    QTextDocument* doc = child<QTextBrowser>(&dialog, "reportPreview")->document();
    out.preview = doc->toPlainText();
    out.cells = cellTexts(doc);
    child<QPushButton>(&dialog, "exportCsvButton")->click();
    child<QPushButton>(&dialog, "exportPdfButton")->click();
    QFile csvFile(csv);
    if (csvFile.open(QIODevice::ReadOnly))
        out.csv = QString::fromUtf8(csvFile.readAll());
    out.pdf = pdfText(pdf);
    if (warned > 0)
        out.csv.clear(); // an export the counselor was warned about did not happen as it should
    UiHooks::reset();
    return out;
}

/// The English words of the fixed labels and the report that a Spanish report must not show.
const QStringList& englishWords()
{
    static const QStringList words{
        QStringLiteral("Program activity"),
        QStringLiteral("Contacts, by where they happened"),
        QStringLiteral("Every contact recorded"),
        QStringLiteral("Outreach"),
        QStringLiteral("Office"),
        QStringLiteral("Drop-in"),
        QStringLiteral("Home visit"),
        QStringLiteral("Other place"),
        QStringLiteral("Not recorded"),
        QStringLiteral("Known person"),
        QStringLiteral("Person known by a code"),
        QStringLiteral("Anonymous"),
        QStringLiteral("Connected"),
        QStringLiteral("Still waiting"),
        QStringLiteral("Decided not to go"),
        QStringLiteral("No outcome yet"),
        QStringLiteral("Went to the hospital"),
        QStringLiteral("Someone else's"),
        QStringLiteral("Reversals"),
        QStringLiteral("Referred to"),
        QStringLiteral("Syringes"),
        QStringLiteral("Housing"),
        QStringLiteral("Life area"),
        QStringLiteral("Counts from"),
        QStringLiteral("Hidden counts"),
        QStringLiteral("Suppression threshold"),
    };
    return words;
}

} // namespace

class TestReportLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void cleanup()
    {
        for (QTranslator* t : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly))
            QCoreApplication::removeTranslator(t);
        QLocale::setDefault(QLocale::c());
        UiHooks::reset();
    }

    void theCatalogueWordsTheFixedLabels()
    {
        // The labels core marks for translation are in the shipped catalogue, in Spanish (the glossary's words).
        QCOMPARE(es("Outreach"), QStringLiteral("Alcance comunitario"));
        QCOMPARE(es("Drop-in"), QStringLiteral("Centro sin cita"));
        QCOMPARE(es("Home visit"), QStringLiteral("Visita a domicilio"));
        QCOMPARE(es("Known person"), QStringLiteral("Persona conocida"));
        QCOMPARE(es("Anonymous"), QStringLiteral("Anónimo"));
        QCOMPARE(es("Not recorded"), QStringLiteral("Sin registrar"));
        QCOMPARE(es("Not a label of the report engine"), QString()); // what the check below finds
        // Every label of the whitelist: a value, a breakdown, a measure, a source.
        QStringList untranslated;
        const auto check = [&](const QString& label) {
            if (spanishCatalogue()
                    .translate(IndicatorSource::kTranslationContext, label.toUtf8().constData())
                    .isEmpty())
                untranslated.append(label);
        };
        for (const IndicatorSource& source : IndicatorSource::all()) {
            check(source.label);
            for (const IndicatorMeasure& m : source.measures)
                check(m.label);
            for (const IndicatorDimension& d : source.dimensions) {
                check(d.label);
                for (const IndicatorValue& v : d.values)
                    check(v.label);
            }
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('|'))));
    }

    void aSpanishReportSaysTheSameInSpanish()
    {
        Fixture fx;
        QTemporaryDir englishDir;
        QTemporaryDir spanishDir;
        const Shown en = showGeneralReport(fx, englishDir.path());
        QVERIFY2(!en.csv.isEmpty(), "the English CSV was not written");

        QVERIFY(QCoreApplication::installTranslator(const_cast<QTranslator*>(&spanishCatalogue())));
        QLocale::setDefault(QLocale(QStringLiteral("es")));
        const Shown sp = showGeneralReport(fx, spanishDir.path());
        QVERIFY2(!sp.csv.isEmpty(), "the Spanish CSV was not written");

        // The reports offered, by their Spanish titles (from the definitions themselves).
        auto catalog = ReportCatalog::load();
        QVERIFY(catalog.ok());
        const ReportDefinition general = *catalog->find(QStringLiteral("general"));
        const ReportDefinition generalEs = general.inLanguage(QStringLiteral("es"));
        QCOMPARE(en.reportTitles, (QStringList{QStringLiteral("Program activity"),
                                               QStringLiteral("Quarterly harm-reduction grant report")}));
        QCOMPARE(sp.reportTitles,
                 (QStringList{QStringLiteral("Actividad del programa"),
                              QStringLiteral("Informe trimestral de la subvención de reducción de daños")}));

        // The result behind the preview: Spanish words, the same keys, counts and hidden counts.
        QCOMPARE(en.result.title, QStringLiteral("Program activity"));
        QCOMPARE(sp.result.title, QStringLiteral("Actividad del programa"));
        QCOMPARE(sp.result.description, generalEs.description);
        QCOMPARE(sp.result.tables.size(), en.result.tables.size());
        QCOMPARE(sp.result.tables.size(), general.indicators.size());
        for (int i = 0; i < en.result.tables.size(); ++i) {
            const ReportTable& e = en.result.tables.at(i);
            const ReportTable& s = sp.result.tables.at(i);
            QCOMPARE(s.indicatorId, e.indicatorId);
            QCOMPARE(e.title, general.indicators.at(i).title);
            QCOMPARE(s.title, generalEs.indicators.at(i).title);
            QVERIFY2(s.title != e.title, qPrintable(s.title));
            QCOMPARE(s.description, generalEs.indicators.at(i).description);
            QCOMPARE(s.rowKeys, e.rowKeys);
            QCOMPARE(s.columnKeys, e.columnKeys);
            QCOMPARE(s.cells, e.cells);
            QCOMPARE(s.rowTotals, e.rowTotals);
            QCOMPARE(s.columnTotals, e.columnTotals);
            QCOMPARE(s.grandTotal, e.grandTotal);
            QCOMPARE(s.entryKeys, e.entryKeys);
            QVERIFY2(s.marks.cells == e.marks.cells && s.marks.rowTotals == e.marks.rowTotals &&
                         s.marks.columnTotals == e.marks.columnTotals && s.marks.grandTotal == e.marks.grandTotal,
                     qPrintable(s.indicatorId));
            QCOMPARE(s.rows(), e.rows());
            QCOMPARE(s.columns(), e.columns());
            for (int r = 0; r < e.rows(); ++r) {
                for (int c = 0; c < e.columns(); ++c)
                    QCOMPARE(s.cellText(r, c), e.cellText(r, c));
            }
        }
        const ReportTable* bySetting = sp.result.table(QStringLiteral("contacts_by_setting"));
        QVERIFY(bySetting);
        QCOMPARE(bySetting->rowHeader, es("Where"));
        QCOMPARE(bySetting->columnHeader, es("Who"));
        QCOMPARE(bySetting->rowLabels,
                 (QStringList{QStringLiteral("Alcance comunitario"), QStringLiteral("Centro sin cita"),
                              QStringLiteral("Oficina"), es("Phone"), QStringLiteral("Visita a domicilio"),
                              es("Other place"), QStringLiteral("Sin registrar")}));
        QCOMPARE(bySetting->columnLabels, (QStringList{QStringLiteral("Persona conocida"), es("Person known by a code"),
                                                       QStringLiteral("Anónimo")}));
        const ReportTable* contacts = sp.result.table(QStringLiteral("contacts"));
        QVERIFY(contacts);
        QCOMPARE(contacts->rowLabels, QStringList{es("Contacts")}); // what the one cell counts
        const ReportTable* referrals = sp.result.table(QStringLiteral("referrals"));
        QVERIFY(referrals);
        QCOMPARE(referrals->rowHeader, es("Referred to"));
        QVERIFY2(referrals->rowLabels.contains(QStringLiteral("Vivienda")),
                 qPrintable(referrals->rowLabels.join(QLatin1Char('|'))));
        QCOMPARE(referrals->columnLabels.last(), es("No outcome yet"));
        const ReportTable* supplies = sp.result.table(QStringLiteral("supplies_by_type"));
        QVERIFY(supplies);
        QCOMPARE(supplies->rowLabels.first(), QStringLiteral("Jeringas"));

        // The preview.
        for (const QString& words :
             {sp.result.title, generalEs.description, generalEs.indicators.at(2).title,
              generalEs.indicators.at(0).description, QStringLiteral("Alcance comunitario"),
              QStringLiteral("Persona conocida"), QStringLiteral("Jeringas"), QStringLiteral("Vivienda")})
            QVERIFY2(sp.preview.contains(words), qPrintable(words + QStringLiteral(" | ") + sp.preview.left(800)));
        QCOMPARE(sp.cells.size(), en.cells.size());
        for (int i = 0; i < en.cells.size(); ++i) {
            if (isCount(en.cells.at(i)))
                QCOMPARE(sp.cells.at(i), en.cells.at(i));
        }
        QVERIFY(en.cells.contains(QStringLiteral("150")) && en.cells.contains(QStringLiteral("<11")));

        // The CSV: the same lines, the same counts where the English has them, the Spanish words.
        const QList<QStringList> enRows = csvRows(en.csv);
        const QList<QStringList> spRows = csvRows(sp.csv);
        QCOMPARE(spRows.size(), enRows.size());
        int counts = 0;
        for (int i = 0; i < enRows.size(); ++i) {
            QCOMPARE(spRows.at(i).size(), enRows.at(i).size());
            for (int f = 0; f < enRows.at(i).size(); ++f) {
                if (isCount(enRows.at(i).at(f)) && f > 0) {
                    QCOMPARE(spRows.at(i).at(f), enRows.at(i).at(f));
                    ++counts;
                }
            }
        }
        QVERIFY(counts > 40);
        QCOMPARE(spRows.at(0), (QStringList{QStringLiteral("Informe"), QStringLiteral("Actividad del programa")}));
        QCOMPARE(enRows.at(0), (QStringList{QStringLiteral("Report"), QStringLiteral("Program activity")}));
        QCOMPARE(sp.csv.count(QStringLiteral("<11")), en.csv.count(QStringLiteral("<11")));
        QCOMPARE(sp.csv.count(QStringLiteral(">10")), en.csv.count(QStringLiteral(">10")));
        QVERIFY2(sp.csv.contains(QStringLiteral("\"Alcance comunitario\"")), qPrintable(sp.csv));
        QVERIFY2(sp.csv.contains(QStringLiteral("\"Jeringas\",\"150\"")), qPrintable(sp.csv));
        QVERIFY2(sp.csv.contains(generalEs.indicators.at(0).description), qPrintable(sp.csv));

        // The PDF.
        for (const QString& words : {QStringLiteral("Actividad del programa"), QStringLiteral("Alcance comunitario"),
                                     QStringLiteral("Persona conocida"), QStringLiteral("Jeringas")})
            QVERIFY2(sp.pdf.contains(words), qPrintable(words + QStringLiteral(" | ") + sp.pdf.left(1500)));
        QCOMPARE(countsIn(sp.pdf), countsIn(en.pdf));

        // Nothing left in English in any of them; the English report keeps its English words.
        for (const QString& english : englishWords()) {
            QVERIFY2(!sp.preview.contains(english), qPrintable(QStringLiteral("preview: ") + english));
            QVERIFY2(!sp.csv.contains(english), qPrintable(QStringLiteral("CSV: ") + english));
            QVERIFY2(!sp.pdf.contains(english), qPrintable(QStringLiteral("PDF: ") + english));
        }
        for (const QString& english : {QStringLiteral("Program activity"), QStringLiteral("Outreach"),
                                       QStringLiteral("Known person"), QStringLiteral("Syringes")}) {
            QVERIFY2(en.preview.contains(english), qPrintable(english));
            QVERIFY2(en.csv.contains(english), qPrintable(english));
            QVERIFY2(en.pdf.contains(english), qPrintable(english));
        }
        // Neither names anyone.
        for (const QString& exported : {sp.csv, sp.pdf}) {
            for (const QString& secret : {kName, kCode, QStringLiteral("never leaves")})
                QVERIFY2(!exported.contains(secret), qPrintable(secret));
        }
    }
};

QTEST_MAIN(TestReportLanguage)
#include "tst_reportlanguage.moc"
