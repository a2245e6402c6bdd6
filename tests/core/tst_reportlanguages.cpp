// SPDX-License-Identifier: GPL-3.0-or-later
// A report in more than one language (issue 14): a definition may give its titles and descriptions in other
// languages ("title_es"), which the parser keeps beside the file's own words; a definition in one language stays
// valid; a text in another language that is not text, is empty or translates nothing is refused with a message
// naming the file, the indicator and the key. Choosing a language changes the words only, never what is counted.
// The CSV's fixed words can be given in the reader's language; its counts and dates stay as they are.
#include "report/IndicatorSource.h"
#include "report/ReportCatalog.h"
#include "report/ReportCsvWriter.h"
#include "report/ReportDefinition.h"

#include <QTest>

using namespace continuum;

Q_DECLARE_METATYPE(continuum::ErrorCode)

namespace {

const QByteArray kTwoLanguages = R"({
    "format": 1, "id": "outreach",
    "title": "Outreach", "title_es": "Alcance comunitario", "title_fr": "Travail de rue",
    "description": "Contacts away from the office.", "description_es": "  Contactos fuera de la oficina.  ",
    "indicators": [
        { "id": "contacts", "title": "Contacts", "title_es": "Contactos",
          "description": "Every contact.", "description_es": "Todos los contactos.",
          "source": "contacts", "filter": { "setting": ["outreach"] } },
        { "id": "by_who", "title": "Contacts, by who", "title_es": "Contactos, según con quién",
          "description": "Known, coded or anonymous.", "source": "contacts", "rows": "identity" },
        { "id": "sessions", "title": "MI sessions held", "source": "sessions" }
    ]
})";

ReportDefinition parsed(const QByteArray& json)
{
    auto def = ReportDefinition::parse(json, QStringLiteral("test.json"));
    if (!def)
        qFatal("%s", qPrintable(def.error().detail));
    return def.value();
}

/// What a definition counts, without its words: the engine reads only these.
QStringList countedParts(const ReportDefinition& def)
{
    QStringList out{def.id};
    for (const IndicatorDefinition& i : def.indicators) {
        QStringList filter;
        for (auto it = i.filter.begin(); it != i.filter.end(); ++it)
            filter << it.key() + QLatin1Char('=') + it.value().join(QLatin1Char('|'));
        out << QStringList{i.id, i.source, i.measure, i.rows, i.columns, filter.join(QLatin1Char(';'))}.join(
            QLatin1Char('/'));
    }
    return out;
}

} // namespace

class TestReportLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLanguageIsKept()
    {
        const ReportDefinition def = parsed(kTwoLanguages);
        QCOMPARE(def.title, QStringLiteral("Outreach"));
        QCOMPARE(def.titleIn, (QMap<QString, QString>{{QStringLiteral("es"), QStringLiteral("Alcance comunitario")},
                                                      {QStringLiteral("fr"), QStringLiteral("Travail de rue")}}));
        // Trimmed, as the base texts are.
        QCOMPARE(def.descriptionIn,
                 (QMap<QString, QString>{{QStringLiteral("es"), QStringLiteral("Contactos fuera de la oficina.")}}));
        QCOMPARE(def.indicators.size(), 3);
        QCOMPARE(def.indicators.at(0).titleIn.value(QStringLiteral("es")), QStringLiteral("Contactos"));
        QCOMPARE(def.indicators.at(0).descriptionIn.value(QStringLiteral("es")),
                 QStringLiteral("Todos los contactos."));
        QVERIFY(def.indicators.at(1).descriptionIn.isEmpty());
        QVERIFY(def.indicators.at(2).titleIn.isEmpty());
    }

    void aLanguageWordsTheReportAndFallsBackToItsOwnWords()
    {
        const ReportDefinition def = parsed(kTwoLanguages);
        const ReportDefinition es = def.inLanguage(QStringLiteral("es"));
        QCOMPARE(es.title, QStringLiteral("Alcance comunitario"));
        QCOMPARE(es.description, QStringLiteral("Contactos fuera de la oficina."));
        QCOMPARE(es.indicators.at(0).title, QStringLiteral("Contactos"));
        QCOMPARE(es.indicators.at(0).description, QStringLiteral("Todos los contactos."));
        QCOMPARE(es.indicators.at(1).title, QStringLiteral("Contactos, según con quién"));
        QCOMPARE(es.indicators.at(1).description, QStringLiteral("Known, coded or anonymous.")); // none in Spanish
        QCOMPARE(es.indicators.at(2).title, QStringLiteral("MI sessions held"));

        const ReportDefinition fr = def.inLanguage(QStringLiteral("fr"));
        QCOMPARE(fr.title, QStringLiteral("Travail de rue"));
        QCOMPARE(fr.description, QStringLiteral("Contacts away from the office."));
        QCOMPARE(fr.indicators.at(0).title, QStringLiteral("Contacts"));

        // A language the file does not give, and the file's own: its own words.
        for (const QString& language : {QStringLiteral("de"), QStringLiteral("en"), QString()}) {
            const ReportDefinition same = def.inLanguage(language);
            QCOMPARE(same.title, def.title);
            QCOMPARE(same.description, def.description);
            for (int i = 0; i < def.indicators.size(); ++i) {
                QCOMPARE(same.indicators.at(i).title, def.indicators.at(i).title);
                QCOMPARE(same.indicators.at(i).description, def.indicators.at(i).description);
            }
        }
        // The words change; what is counted does not.
        QCOMPARE(countedParts(es), countedParts(def));
        QCOMPARE(countedParts(fr), countedParts(def));
    }

    // An agency's file written before there were languages, and one in Spanish only: both valid as they are.
    void aDefinitionInOneLanguageStaysValid()
    {
        const ReportDefinition english = parsed(R"({"format": 1, "id": "r", "title": "Ours", "description": "Mine.",
            "indicators": [{"id": "c", "title": "Contacts", "source": "contacts"}]})");
        QVERIFY(english.titleIn.isEmpty());
        QVERIFY(english.descriptionIn.isEmpty());
        QVERIFY(english.indicators.first().titleIn.isEmpty());
        QCOMPARE(english.inLanguage(QStringLiteral("es")).title, QStringLiteral("Ours"));
        QCOMPARE(english.inLanguage(QStringLiteral("es")).indicators.first().title, QStringLiteral("Contacts"));

        const ReportDefinition spanish = parsed(R"({"format": 1, "id": "r", "title": "Nuestro informe",
            "indicators": [{"id": "c", "title": "Contactos", "source": "contacts"}]})");
        QCOMPARE(spanish.inLanguage(QStringLiteral("en")).title, QStringLiteral("Nuestro informe"));
        QCOMPARE(spanish.inLanguage(QStringLiteral("es")).indicators.first().title, QStringLiteral("Contactos"));
    }

    void badLanguageFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray head = R"({"format": 1, "id": "r", "title": "R", "indicators": [)";
        auto one = [&](const char* indicator) -> QByteArray { return head + indicator + "]}"; };
        auto top = [](const char* keys) -> QByteArray {
            return QByteArray(R"({"format": 1, "id": "r", "title": "R", )") + keys +
                   R"(, "indicators": [{"id": "c", "title": "C", "source": "contacts"}]})";
        };
        QTest::addRow("report title as a number")
            << top(R"("title_es": 5)") << QStringLiteral("'title_es' is not text");
        QTest::addRow("report title as an object")
            << top(R"("title_es": {"text": "Informe"})") << QStringLiteral("'title_es' is not text");
        QTest::addRow("report title as a list")
            << top(R"("title_es": ["Informe"])") << QStringLiteral("'title_es' is not text");
        QTest::addRow("report title null") << top(R"("title_es": null)") << QStringLiteral("'title_es' is not text");
        QTest::addRow("report title empty") << top(R"("title_es": "   ")") << QStringLiteral("'title_es' is empty");
        QTest::addRow("report description as a number")
            << top(R"("description": "D", "description_es": 1)") << QStringLiteral("'description_es' is not text");
        QTest::addRow("report description with nothing to translate")
            << top(R"("description_es": "Sin nada al lado")")
            << QStringLiteral("'description_es' has no 'description' beside it");
        QTest::addRow("indicator title as a number")
            << one(R"({"id": "c", "title": "C", "title_es": 7, "source": "contacts"})")
            << QStringLiteral("indicator 'c': 'title_es' is not text");
        QTest::addRow("indicator title as an object")
            << one(R"({"id": "c", "title": "C", "title_es": {"es": "Contactos"}, "source": "contacts"})")
            << QStringLiteral("indicator 'c': 'title_es' is not text");
        QTest::addRow("indicator title as true")
            << one(R"({"id": "c", "title": "C", "title_es": true, "source": "contacts"})")
            << QStringLiteral("indicator 'c': 'title_es' is not text");
        QTest::addRow("indicator title empty")
            << one(R"({"id": "c", "title": "C", "title_es": "", "source": "contacts"})")
            << QStringLiteral("indicator 'c': 'title_es' is empty");
        QTest::addRow("indicator description as a list")
            << one(R"({"id": "c", "title": "C", "description": "D", "description_es": ["D"], "source": "contacts"})")
            << QStringLiteral("indicator 'c': 'description_es' is not text");
        QTest::addRow("indicator description with nothing to translate")
            << one(R"({"id": "c", "title": "C", "description_es": "Todos", "source": "contacts"})")
            << QStringLiteral("indicator 'c': 'description_es' has no 'description' beside it");
        // Not a language code as the format spells one: an unknown key, with a hint.
        QTest::addRow("capital code") << top(R"("title_ES": "Informe")")
                                      << QStringLiteral(
                                             "unknown key 'title_ES' (a text in another language is title_xx");
        QTest::addRow("code with a country")
            << one(R"({"id": "c", "title": "C", "title_es_MX": "Contactos", "source": "contacts"})")
            << QStringLiteral("indicator 1: unknown key 'title_es_MX' (a text in another language");
        QTest::addRow("one-letter code") << top(R"("description_e": "x")")
                                         << QStringLiteral("unknown key 'description_e' (a text");
        QTest::addRow("another key with a code")
            << top(R"("source_es": "contacts")") << QStringLiteral("unknown key 'source_es'");
        // The first language error wins over nothing: a good title in one language does not excuse a bad one.
        QTest::addRow("one good, one bad")
            << top(R"("title_es": "Informe", "title_fr": 3)") << QStringLiteral("'title_fr' is not text");
    }

    void badLanguageFields()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto def = ReportDefinition::parse(json, QStringLiteral("test.json"));
        QVERIFY(!def.ok());
        QCOMPARE(def.code(), ErrorCode::InvalidArgument);
        QVERIFY2(def.error().detail.startsWith(QStringLiteral("test.json: ")), qPrintable(def.error().detail));
        QVERIFY2(def.error().detail.contains(message), qPrintable(def.error().detail));
    }

    // The built-in reports give every title and description in Spanish too; the Spanish words themselves are
    // checked against the glossary and the ruled-out words in tests/ui/tst_spanishwords.
    void builtInReportsAreInSpanishToo()
    {
        auto catalog = ReportCatalog::load();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().detail));
        QCOMPARE(catalog->reports().size(), 2);
        for (const ReportDefinition& def : catalog->reports()) {
            QVERIFY2(def.titleIn.contains(QStringLiteral("es")), qPrintable(def.id));
            QCOMPARE(def.descriptionIn.contains(QStringLiteral("es")), !def.description.isEmpty());
            for (const IndicatorDefinition& i : def.indicators) {
                QVERIFY2(i.titleIn.contains(QStringLiteral("es")), qPrintable(def.id + QLatin1Char('/') + i.id));
                QVERIFY2(i.descriptionIn.contains(QStringLiteral("es")) == !i.description.isEmpty(),
                         qPrintable(def.id + QLatin1Char('/') + i.id));
                QVERIFY2(i.titleIn.value(QStringLiteral("es")) != i.title, qPrintable(i.title));
            }
            QCOMPARE(countedParts(def.inLanguage(QStringLiteral("es"))), countedParts(def));
        }
    }

    // The CSV's fixed words as the reader's language gives them; counts, marks and dates untouched.
    void csvWordsInAnotherLanguage()
    {
        ReportResult r;
        r.reportId = QStringLiteral("general");
        r.title = QStringLiteral("Actividad del programa");
        r.period = Period::quarter(2025, 3).value();
        ReportTable t;
        t.title = QStringLiteral("Contactos, según dónde ocurrieron");
        t.rowHeader = QStringLiteral("Dónde");
        t.rowKeys = {QStringLiteral("outreach"), QStringLiteral("office")};
        t.rowLabels = {QStringLiteral("Alcance comunitario"), QStringLiteral("Oficina")};
        t.columnKeys = {QStringLiteral("anonymous")};
        t.columnLabels = {QStringLiteral("Anónimo")};
        t.cells = {40, 3};
        t.marks.cells = {SuppressionMark::None, SuppressionMark::Primary};
        t.hasColumnTotals = true;
        t.columnTotals = {43};
        t.marks.columnTotals = {SuppressionMark::None};
        r.tables = {t};

        const QByteArray english = ReportCsvWriter::write(r);
        QVERIFY2(english.startsWith("\"Report\",\"Actividad del programa\"\r\n"), english.constData());
        QVERIFY2(english.contains("\"Total\",\"43\"\r\n"), english.constData());

        ReportCsvWords words;
        words.report = QStringLiteral("Informe");
        words.reportId = QStringLiteral("Identificador del informe");
        words.period = QStringLiteral("Período");
        words.periodRange = QStringLiteral("del %1 al %2 (%3)");
        words.threshold = QStringLiteral("Umbral de supresión");
        words.hiddenCounts = QStringLiteral("Recuentos ocultos");
        words.hiddenCountsText = QStringLiteral("Los recuentos del 1 al 10 se muestran como <11.");
        words.total = QStringLiteral("Total general");
        const QString spanish = QString::fromUtf8(ReportCsvWriter::write(r, words));
        const QStringList lines = spanish.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0), QStringLiteral("\"Informe\",\"Actividad del programa\""));
        QCOMPARE(lines.at(1), QStringLiteral("\"Identificador del informe\",\"general\""));
        QCOMPARE(lines.at(2), QStringLiteral("\"Período\",\"del 2025-07-01 al 2025-09-30 (2025-Q3)\""));
        QCOMPARE(lines.at(3), QStringLiteral("\"Umbral de supresión\",\"10\""));
        QCOMPARE(lines.at(4),
                 QStringLiteral("\"Recuentos ocultos\",\"Los recuentos del 1 al 10 se muestran como <11.\""));
        QVERIFY2(spanish.contains(QStringLiteral("\"Dónde\",\"Anónimo\"\r\n")), qPrintable(spanish));
        QVERIFY2(spanish.contains(QStringLiteral("\"Oficina\",\"<11\"\r\n")), qPrintable(spanish));
        QVERIFY2(spanish.contains(QStringLiteral("\"Total general\",\"43\"\r\n")), qPrintable(spanish));
        for (const char* word : {"\"Report\"", "\"Period\"", "\"Total\"", "Hidden counts", " to "})
            QVERIFY2(!spanish.contains(QLatin1String(word)), word);
        // The same lines, counted alike.
        QCOMPARE(spanish.count(QStringLiteral("\r\n")), QString::fromUtf8(english).count(QStringLiteral("\r\n")));
    }
};

QTEST_GUILESS_MAIN(TestReportLanguages)
#include "tst_reportlanguages.moc"
