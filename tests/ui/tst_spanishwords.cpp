// SPDX-License-Identifier: GPL-3.0-or-later
// The Spanish catalogue (issue 14): every message translated, with the placeholders, accelerators and two
// plural forms of its English; none of the words DOMAIN.md rules out, in any case and with or without accents;
// the glossary's choices kept; the take-home plan in short words; and the compiled catalogue loads and is the
// one a Spanish-speaking counselor gets. The built-in report definitions give every title and description in
// Spanish too, under the same checks.
#include "common/Labels.h"
#include "common/Translations.h"
#include "contacts/ContactLabels.h"
#include "contacts/ContactListsDialog.h"
#include "domain/Domain.h"
#include "report/ReportCatalog.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "views/TodayView.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace continuum;
using namespace continuum::ui;

namespace {

/// One message of a Qt Linguist catalogue, as lupdate writes it.
struct TsEntry {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // "unfinished", "vanished", "obsolete" or empty (finished)
    QStringList forms; // the translation, or its plural forms
};

QString nameOf(const TsEntry& e)
{
    return e.context + QStringLiteral(" | ") + e.source.left(70);
}

/// The messages of a .ts document, in file order.
QList<TsEntry> readTs(const QByteArray& document, QString* error)
{
    QList<TsEntry> out;
    QXmlStreamReader xml(document);
    QString context;
    TsEntry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("message")) {
                entry = TsEntry{};
                entry.context = context;
                entry.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (xml.name() == QLatin1String("comment")) {
                entry.comment = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (entry.numerus) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == QLatin1String("numerusform"))
                            entry.forms.append(xml.readElementText());
                        else
                            xml.skipCurrentElement();
                    }
                } else {
                    entry.forms.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
                }
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(entry);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QList<TsEntry> readTsFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    return readTs(file.readAll(), error);
}

/// Lower case without accents: "Recaída" reads "recaida", "FRACASÓ" reads "fracaso".
QString folded(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c.toLower());
    }
    return out;
}

/// The words DOMAIN.md rules out in Spanish, as whole words, on folded text (so accents and case never
/// hide one): adicto/a(s), drogadicto, yonqui, abuso, abusar, recaída, recaer, limpio/a(s), sucio/a(s),
/// fracaso, fracasó, fracasar, "no cumple", incumplimiento, cumplidor.
const QRegularExpression& stigmatizingPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(adict[oa]s?|drogadict[oa]s?|yonquis?|abusos?|abusar|recaidas?|recaer|limpi[oa]s?|"
                       "suci[oa]s?|fracasos?|fracasar|no\\s+cumple|incumplimientos?|cumplidor(?:a|es|as)?)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return pattern;
}

/// The ruled-out words found in a text, folded ("Recaída" is reported as "recaida").
QStringList stigmatizingWords(const QString& text)
{
    QStringList found;
    QRegularExpressionMatchIterator it = stigmatizingPattern().globalMatch(folded(text));
    while (it.hasNext())
        found.append(it.next().captured(1));
    return found;
}

/// Where a text uses a word the glossary (translations/GLOSSARY-es.md) chose another for: the glossary's word
/// for each, empty when it keeps to the glossary.
QStringList glossaryMisses(const QString& text)
{
    static const QList<std::pair<QRegularExpression, QString>> avoided{
        {QRegularExpression(QStringLiteral("\\bencriptad")), QStringLiteral("cifrado")},
        {QRegularExpression(QStringLiteral("\\bderivaci")), QStringLiteral("referido")},
        {QRegularExpression(QStringLiteral("\\bconsum(o|os|ir|e|en)\\b")), QStringLiteral("uso, usar")},
        {QRegularExpression(QStringLiteral("(?<!frase de )(?<!frases de )\\bcontrasenas?\\b")),
         QStringLiteral("frase de contraseña")},
        {QRegularExpression(QStringLiteral("\\bordenador")), QStringLiteral("computadora")},
        {QRegularExpression(QStringLiteral("\\b(vosotros|tu|tus|ti|contigo)\\b")), QStringLiteral("usted")},
    };
    const QString f = folded(text);
    QStringList out;
    for (const auto& [pattern, instead] : avoided) {
        if (f.contains(pattern))
            out.append(instead);
    }
    return out;
}

/// The words DOMAIN.md rules out in English, whole words, any case: addict(s/ed), abuse(r/s), clean, dirty,
/// relapse(d/s), (non-)compliant/compliance, failed/failure.
QStringList stigmatizingEnglishWords(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(addict(?:s|ed)?|abus(?:e|er|ers|es|ing)|clean|dirty|relaps(?:e|ed|es)|"
                       "(?:non-?)?complian(?:t|ce)|fail(?:ed|ure|ures)?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1).toLower());
    return found;
}

/// Everything wrong with a report definition's words: a title or description with no Spanish text, Spanish the
/// same as the English, a word DOMAIN.md rules out (in either language), or a word the glossary chose another for.
QStringList definitionProblems(const ReportDefinition& def)
{
    QStringList out;
    const QString es = QStringLiteral("es");
    const auto check = [&](const QString& where, const QString& english, const QString& spanish, bool required) {
        if (!required)
            return;
        if (spanish.isEmpty()) {
            out.append(where + QStringLiteral(": no Spanish for “%1”").arg(english));
            return;
        }
        if (spanish == english)
            out.append(where + QStringLiteral(": the Spanish is the English, “%1”").arg(english));
        for (const QString& word : stigmatizingWords(spanish))
            out.append(where + QStringLiteral(": “%1” in “%2”").arg(word, spanish));
        for (const QString& word : stigmatizingEnglishWords(english))
            out.append(where + QStringLiteral(": “%1” in “%2”").arg(word, english));
        for (const QString& instead : glossaryMisses(spanish))
            out.append(where + QStringLiteral(": “%1” (the glossary says %2)").arg(spanish, instead));
    };
    check(def.id + QStringLiteral(" title"), def.title, def.titleIn.value(es), true);
    check(def.id + QStringLiteral(" description"), def.description, def.descriptionIn.value(es),
          !def.description.isEmpty());
    for (const IndicatorDefinition& i : def.indicators) {
        const QString where = def.id + QLatin1Char('/') + i.id;
        check(where + QStringLiteral(" title"), i.title, i.titleIn.value(es), true);
        check(where + QStringLiteral(" description"), i.description, i.descriptionIn.value(es),
              !i.description.isEmpty());
    }
    return out;
}

/// The distinct placeholders of a message (%1 … %99, %L1, %n), sorted.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:L?\\d{1,2}|n)"));
    QStringList out;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext())
        out.append(it.next().captured(0));
    out.removeDuplicates();
    std::sort(out.begin(), out.end());
    return out;
}

/// How many keyboard accelerators a label has ("&&" is a literal ampersand, not one).
int accelerators(const QString& text)
{
    QString rest = text;
    rest.remove(QStringLiteral("&&"));
    static const QRegularExpression pattern(QStringLiteral("&(?=\\S)"));
    return int(rest.count(pattern));
}

/// Everything wrong with one translated message, in words; empty when it is fine.
QStringList problems(const TsEntry& e)
{
    QStringList out;
    if (e.type == QLatin1String("unfinished"))
        out.append(QStringLiteral("not finished"));
    else if (!e.type.isEmpty())
        out.append(QStringLiteral("marked %1").arg(e.type));
    if (e.numerus && e.forms.size() != 2)
        out.append(QStringLiteral("%1 plural forms, Spanish has 2").arg(e.forms.size()));
    if (!e.numerus && e.forms.size() != 1)
        out.append(QStringLiteral("no translation"));
    const QStringList wanted = placeholders(e.source);
    for (const QString& form : e.forms) {
        if (form.trimmed().isEmpty() && !e.source.trimmed().isEmpty()) {
            out.append(QStringLiteral("empty translation"));
            continue;
        }
        const QStringList got = placeholders(form);
        if (got != wanted)
            out.append(QStringLiteral("placeholders %1 in “%2”, the English has %3")
                           .arg(got.join(QLatin1Char(' ')), form, wanted.join(QLatin1Char(' '))));
        if (accelerators(form) != accelerators(e.source))
            out.append(QStringLiteral("%1 accelerator(s) in “%2”, the English has %3")
                           .arg(QString::number(accelerators(form)), form, QString::number(accelerators(e.source))));
        for (const QString& word : stigmatizingWords(form))
            out.append(QStringLiteral("“%1” in “%2”").arg(word, form));
    }
    return out;
}

/// What would make take-home text hard to read: a sentence of more than 12 words, or a word of more than 11
/// letters (placeholders and the counselor's own words, filled in later, are not counted).
QStringList hardToRead(const QString& text)
{
    QStringList out;
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?:;—]"));
    static const QRegularExpression word(QStringLiteral("[\\p{L}]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString plain = text;
    plain.remove(QRegularExpression(QStringLiteral("%(?:L?\\d{1,2}|n)")));
    for (const QString& sentence : plain.split(sentenceEnd, Qt::SkipEmptyParts)) {
        int words = 0;
        QRegularExpressionMatchIterator it = word.globalMatch(sentence);
        while (it.hasNext()) {
            const QString w = it.next().captured(0);
            ++words;
            if (w.size() > 11)
                out.append(QStringLiteral("long word “%1”").arg(w));
        }
        if (words > 12)
            out.append(QStringLiteral("%1 words in “%2”").arg(QString::number(words), sentence.trimmed()));
    }
    return out;
}

void removeInstalledTranslators()
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

QString esTs()
{
    return QStringLiteral(CONTINUUM_ES_TS);
}

/// Installs the compiled Spanish catalogue (removed again by cleanup()).
bool installSpanish()
{
    auto* translator = new QTranslator(qApp);
    return translator->load(QStringLiteral(CONTINUUM_ES_QM)) && QCoreApplication::installTranslator(translator);
}

/// The rows of the list dialog's current list, as shown.
QStringList shownRows(ContactListsDialog& dialog)
{
    auto* view = dialog.findChild<QListWidget*>(QStringLiteral("contactListItems"));
    QStringList out;
    for (int i = 0; view && i < view->count(); ++i)
        out.append(view->item(i)->text());
    return out;
}

} // namespace

class TestSpanishWords : public QObject
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
        removeInstalledTranslators();
        QSettings().remove(QStringLiteral("ui/language"));
        QLocale::setDefault(QLocale::c());
    }

    // --- The checks themselves, on text made to pass and to fail ----------------------------------------

    void theRuledOutWordsAreFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("found");
        QTest::addRow("adicto") << QStringLiteral("Es un adicto.") << QStringLiteral("adicto");
        QTest::addRow("ADICTAS, capitals") << QStringLiteral("PERSONAS ADICTAS") << QStringLiteral("adictas");
        QTest::addRow("drogadicto") << QStringLiteral("un drogadicto") << QStringLiteral("drogadicto");
        QTest::addRow("yonqui") << QStringLiteral("Yonqui") << QStringLiteral("yonqui");
        QTest::addRow("abuso") << QStringLiteral("Abuso de sustancias") << QStringLiteral("abuso");
        QTest::addRow("abusar") << QStringLiteral("sin abusar") << QStringLiteral("abusar");
        QTest::addRow("recaída, accented") << QStringLiteral("tuvo una recaída") << QStringLiteral("recaida");
        QTest::addRow("RECAIDA, no accent") << QStringLiteral("RECAIDA") << QStringLiteral("recaida");
        QTest::addRow("recaer") << QStringLiteral("puede recaer") << QStringLiteral("recaer");
        QTest::addRow("limpio") << QStringLiteral("Está limpio.") << QStringLiteral("limpio");
        QTest::addRow("limpias") << QStringLiteral("Semanas limpias") << QStringLiteral("limpias");
        QTest::addRow("sucias") << QStringLiteral("jeringas sucias") << QStringLiteral("sucias");
        QTest::addRow("fracaso") << QStringLiteral("un fracaso") << QStringLiteral("fracaso");
        QTest::addRow("fracasó") << QStringLiteral("La meta fracasó.") << QStringLiteral("fracaso");
        QTest::addRow("fracasar") << QStringLiteral("fracasar") << QStringLiteral("fracasar");
        QTest::addRow("no cumple") << QStringLiteral("No cumple con el plan") << QStringLiteral("no cumple");
        QTest::addRow("incumplimiento") << QStringLiteral("por incumplimiento") << QStringLiteral("incumplimiento");
        QTest::addRow("cumplidora") << QStringLiteral("muy cumplidora") << QStringLiteral("cumplidora");
        QTest::addRow("in a placeholder sentence") << QStringLiteral("%1 está sucio") << QStringLiteral("sucio");
        // Whole words only, and the words the glossary uses instead.
        QTest::addRow("uso de sustancias") << QStringLiteral("Uso de sustancias") << QString();
        QTest::addRow("volver a usar") << QStringLiteral("describió que volvió a usar") << QString();
        QTest::addRow("limpiar, another word") << QStringLiteral("limpiar la zona") << QString();
        QTest::addRow("cumplir años") << QStringLiteral("cumplir años") << QString();
        QTest::addRow("persona que usa drogas") << QStringLiteral("persona que usa drogas") << QString();
    }

    void theRuledOutWordsAreFound()
    {
        QFETCH(QString, text);
        QFETCH(QString, found);
        const QStringList words = stigmatizingWords(text);
        if (found.isEmpty())
            QVERIFY2(words.isEmpty(), qPrintable(words.join(QLatin1Char(','))));
        else
            QCOMPARE(words, QStringList{found});
    }

    void aBadMessageIsFound_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("problem"); // a piece of the first problem; empty: no problem
        QTest::addRow("fine") << QByteArray("<message><source>Goal: %1</source><translation>Meta: %1</translation>"
                                            "</message>")
                              << QString();
        QTest::addRow("fine plural")
            << QByteArray(
                   "<message numerus=\"yes\"><source>%n day(s)</source><translation><numerusform>%n día</numerusform>"
                   "<numerusform>%n días</numerusform></translation></message>")
            << QString();
        QTest::addRow("literal ampersand")
            << QByteArray("<message><source>A &amp;&amp; B</source><translation>A &amp;&amp; B</translation></message>")
            << QString();
        QTest::addRow("unfinished") << QByteArray("<message><source>Save</source><translation type=\"unfinished\">"
                                                  "Guardar</translation></message>")
                                    << QStringLiteral("not finished");
        QTest::addRow("vanished") << QByteArray("<message><source>Old</source><translation type=\"vanished\">Viejo"
                                                "</translation></message>")
                                  << QStringLiteral("marked vanished");
        QTest::addRow("empty") << QByteArray("<message><source>Save</source><translation></translation></message>")
                               << QStringLiteral("empty translation");
        QTest::addRow("placeholder lost") << QByteArray("<message><source>Goal: %1</source><translation>Meta"
                                                        "</translation></message>")
                                          << QStringLiteral("placeholders");
        QTest::addRow("placeholder added") << QByteArray("<message><source>Goal</source><translation>Meta %2"
                                                         "</translation></message>")
                                           << QStringLiteral("placeholders");
        QTest::addRow("count lost in one form")
            << QByteArray(
                   "<message numerus=\"yes\"><source>%n day(s)</source><translation><numerusform>un día</numerusform>"
                   "<numerusform>%n días</numerusform></translation></message>")
            << QStringLiteral("placeholders");
        QTest::addRow("one plural form")
            << QByteArray(
                   "<message numerus=\"yes\"><source>%n day(s)</source><translation><numerusform>%n días</numerusform>"
                   "</translation></message>")
            << QStringLiteral("1 plural forms");
        QTest::addRow("three plural forms")
            << QByteArray(
                   "<message numerus=\"yes\"><source>%n day(s)</source><translation><numerusform>%n día</numerusform>"
                   "<numerusform>%n días</numerusform><numerusform>%n días</numerusform></translation></message>")
            << QStringLiteral("3 plural forms");
        QTest::addRow("accelerator lost") << QByteArray("<message><source>&amp;Save</source><translation>Guardar"
                                                        "</translation></message>")
                                          << QStringLiteral("accelerator");
        QTest::addRow("two accelerators") << QByteArray("<message><source>&amp;Save</source><translation>&amp;Guar"
                                                        "&amp;dar</translation></message>")
                                          << QStringLiteral("accelerator");
        QTest::addRow("ruled-out word") << QByteArray("<message><source>Not using</source><translation>Está LIMPIO"
                                                      "</translation></message>")
                                        << QStringLiteral("“limpio”");
    }

    void aBadMessageIsFound()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, problem);
        QString error;
        const QList<TsEntry> entries =
            readTs("<TS version=\"2.1\" language=\"es\"><context><name>X</name>" + message + "</context></TS>", &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(entries.size(), 1);
        const QStringList found = problems(entries.first());
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        } else {
            QVERIFY2(!found.isEmpty(), qPrintable(problem));
            QVERIFY2(found.first().contains(problem), qPrintable(found.join(QLatin1Char('\n'))));
        }
    }

    void hardToReadTextIsFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("hard");
        QTest::addRow("short") << QStringLiteral("Lo que quiero") << false;
        QTest::addRow("with a placeholder") << QStringLiteral("Cuánto me importa: %1 de 10") << false;
        QTest::addRow("long word") << QStringLiteral("Responsabilidades") << true;
        QTest::addRow("long sentence") << QStringLiteral("Esta es una oración con muchas más palabras de las que una "
                                                         "persona quiere leer en un papel.")
                                       << true;
        QTest::addRow("two short sentences")
            << QStringLiteral("Hicimos este plan en equipo. Lo vamos a revisar la próxima vez.") << false;
    }

    void hardToReadTextIsFound()
    {
        QFETCH(QString, text);
        QFETCH(bool, hard);
        QCOMPARE(!hardToRead(text).isEmpty(), hard);
    }

    // --- The catalogue ---------------------------------------------------------------------------------

    void everyMessageIsTranslated()
    {
        QString error;
        const QList<TsEntry> entries = readTsFile(esTs(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The whole interface, printouts and command line: over a thousand messages, some with plurals.
        QVERIFY2(entries.size() > 1000, qPrintable(QString::number(entries.size())));
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const TsEntry& e) { return e.numerus; }));
        QStringList all;
        for (const TsEntry& e : entries) {
            for (const QString& p : problems(e))
                all.append(nameOf(e) + QStringLiteral(": ") + p);
        }
        QVERIFY2(all.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(all.size()) +
                                           all.mid(0, 30).join(QLatin1Char('\n'))));
    }

    void theCatalogueIsSpanish()
    {
        QFile file(esTs());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name().toString(), QStringLiteral("TS"));
        // The language decides the plural rule lrelease applies: Spanish, one and many.
        QVERIFY2(xml.attributes().value(QLatin1String("language")).startsWith(QLatin1String("es")),
                 qPrintable(xml.attributes().value(QLatin1String("language")).toString()));
    }

    // The words chosen in translations/GLOSSARY-es.md, where another common word would also be understood:
    // one word for one thing across the program.
    void theGlossaryChoicesHold()
    {
        QString error;
        const QList<TsEntry> entries = readTsFile(esTs(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList found;
        for (const TsEntry& e : entries) {
            for (const QString& form : e.forms) {
                for (const QString& instead : glossaryMisses(form))
                    found.append(QStringLiteral("%1: “%2” (the glossary says %3)").arg(nameOf(e), form, instead));
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 20).join(QLatin1Char('\n'))));
    }

    // What the person takes home (the goal summary) reads at a 6th-8th grade level: short words, short
    // sentences, first person.
    void theTakeHomePlanIsPlain()
    {
        QString error;
        const QList<TsEntry> entries = readTsFile(esTs(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int seen = 0;
        QStringList found;
        for (const TsEntry& e : entries) {
            if (e.context != QLatin1String("GoalSummaryDocument"))
                continue;
            ++seen;
            for (const QString& form : e.forms) {
                for (const QString& p : hardToRead(form))
                    found.append(nameOf(e) + QStringLiteral(": ") + p);
            }
        }
        QVERIFY(seen >= 10);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    // --- The compiled catalogue ------------------------------------------------------------------------

    void theCompiledCatalogueLoads()
    {
        auto* translator = new QTranslator(qApp);
        QVERIFY2(translator->load(QStringLiteral(CONTINUUM_ES_QM)), CONTINUUM_ES_QM);
        QVERIFY(QCoreApplication::installTranslator(translator));
        // The printed plan, the command line and a plural of the Today list.
        QCOMPARE(QCoreApplication::translate("GoalSummaryDocument", "What I want"), QStringLiteral("Lo que quiero"));
        QCOMPARE(QCoreApplication::translate("VaultCli", "Passphrase: "), QStringLiteral("Frase de contraseña: "));
        QCOMPARE(QCoreApplication::translate("continuum::ui::TodayView", "%n day(s)", "", 1), QStringLiteral("1 día"));
        QCOMPARE(QCoreApplication::translate("continuum::ui::TodayView", "%n day(s)", "", 2), QStringLiteral("2 días"));
        QCOMPARE(QCoreApplication::translate("continuum::ui::TodayView", "%n day(s)", "", 0), QStringLiteral("0 días"));
        // A message it does not hold stays English rather than empty.
        QCOMPARE(QCoreApplication::translate("GoalSummaryDocument", "No such message"),
                 QStringLiteral("No such message"));
    }

    // Where Qt 6.4's own Spanish lacks a message the program shows (the --help option, the file chooser's type
    // column), ours has it, and ours is asked first (app/main.cpp lists them for lupdate).
    void qtsGapsAreFilled()
    {
        QVERIFY(installSpanish());
        QCOMPARE(QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options."),
                 QStringLiteral("Muestra la ayuda sobre las opciones de la línea de comandos."));
        QCOMPARE(QCoreApplication::translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
                 QStringLiteral("Carpeta"));
        QCOMPARE(QCoreApplication::translate("QAbstractFileIconProvider", "Drive"), QStringLiteral("Unidad"));
    }

    // The English catalogue gives every count its English singular and plural ("1 minute", "2 minutes"): no
    // message with a count is left with "(s)" or without its two forms.
    void theEnglishCatalogueHasEveryPlural()
    {
        QString error;
        const QList<TsEntry> entries = readTsFile(QStringLiteral(CONTINUUM_EN_TS), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList found;
        int plurals = 0;
        for (const TsEntry& e : entries) {
            if (!e.numerus)
                continue;
            ++plurals;
            if (e.forms.size() != 2 || e.type == QLatin1String("unfinished"))
                found.append(nameOf(e) + QStringLiteral(": %1 form(s), %2").arg(e.forms.size()).arg(e.type));
            for (const QString& form : e.forms) {
                if (form.contains(QLatin1String("(s)")) || form.trimmed().isEmpty())
                    found.append(nameOf(e) + QStringLiteral(": “%1”").arg(form));
            }
            // The plural says how many ("one place" may stand for 1, but never "places" for 2).
            if (e.forms.size() == 2 && !e.forms.at(1).contains(QLatin1String("%n")))
                found.append(nameOf(e) + QStringLiteral(": “%1” has no count").arg(e.forms.at(1)));
        }
        QVERIFY(plurals >= 20);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));

        auto* translator = new QTranslator(qApp);
        QVERIFY2(translator->load(QStringLiteral(CONTINUUM_EN_QM)), CONTINUUM_EN_QM);
        QVERIFY(QCoreApplication::installTranslator(translator));
        QCOMPARE(QCoreApplication::translate("SessionNoteDocument", "%n minute(s)", nullptr, 1),
                 QStringLiteral("1 minute"));
        QCOMPARE(QCoreApplication::translate("SessionNoteDocument", "%n minute(s)", nullptr, 2),
                 QStringLiteral("2 minutes"));
        QCOMPARE(QCoreApplication::translate("continuum::ui::TodayView", "%n contact(s) with a known client",
                                             "contacts today", 1),
                 QStringLiteral("1 contact with a known client"));
        QCOMPARE(
            QCoreApplication::translate("continuum::ui::TodayView", "%n anonymous contact(s)", "contacts today", 4),
            QStringLiteral("4 anonymous contacts"));
    }

    // The plurals counted in Today's contacts and in a session note's length, in both languages.
    void countsHaveTheirPluralsInSpanish()
    {
        QVERIFY(installSpanish());
        const char* today = "continuum::ui::TodayView";
        QCOMPARE(QCoreApplication::translate(today, "%n anonymous contact(s)", "contacts today", 1),
                 QStringLiteral("1 contacto anónimo"));
        QCOMPARE(QCoreApplication::translate(today, "%n anonymous contact(s)", "contacts today", 3),
                 QStringLiteral("3 contactos anónimos"));
        QCOMPARE(QCoreApplication::translate(today, "%n contact(s) with a known client", "contacts today", 1),
                 QStringLiteral("1 contacto con un cliente conocido"));
        QCOMPARE(QCoreApplication::translate(today, "%n contact(s) with a known client", "contacts today", 2),
                 QStringLiteral("2 contactos con clientes conocidos"));
        QCOMPARE(QCoreApplication::translate(today, "%n coded contact(s)", "contacts today", 2),
                 QStringLiteral("2 contactos con código"));
        QCOMPARE(QCoreApplication::translate("SessionNoteDocument", "%n minute(s)", nullptr, 1),
                 QStringLiteral("1 minuto"));
        QCOMPARE(QCoreApplication::translate("SessionNoteDocument", "%n minute(s)", nullptr, 45),
                 QStringLiteral("45 minutos"));
        // The command line's question, and the answers that mean yes to it.
        QVERIFY(QCoreApplication::translate("VaultCli",
                                            "The vault's lock is held by %1. Take it over? Only do this if Continuum "
                                            "is not running there. [y/N] ")
                    .endsWith(QStringLiteral("[s/N] ")));
    }

    // The list items a new vault is seeded with show in the counselor's language until the agency renames them;
    // a renamed one shows the agency's words exactly as typed, in any language.
    void untouchedListItemsSpeakTheInterfaceLanguage()
    {
        QTemporaryDir tmp;
        auto created = test::createTestVault(tmp.filePath(QStringLiteral("v")));
        QVERIFY(created.vault);
        FixedClock clock(QDateTime(QDate(2024, 5, 6), QTime(15, 0), Qt::UTC));
        Domain domain(created.vault->database(), clock);
        ContactListService& lists = domain.contactLists();

        // The interface's table of seeded items is the vault's: every seeded row's key and English words.
        for (ContactList list : {ContactList::Supply, ContactList::NaloxoneProduct, ContactList::CheckingMethod,
                                 ContactList::ReferralType}) {
            auto items = lists.items(list);
            QVERIFY(items.ok());
            QStringList keys;
            for (const ContactListItem& item : items.value()) {
                keys.append(item.seedKey);
                QCOMPARE(seededLabel(list, item.seedKey), item.label);
                QCOMPARE(itemText(item), item.label); // no catalogue: English, as seeded
            }
            QCOMPARE(keys, seedKeys(list));
        }
        QCOMPARE(seededLabel(ContactList::Supply, QStringLiteral("housing")), QString());

        auto supplies = lists.items(ContactList::Supply);
        QVERIFY(supplies.ok());
        const ContactListItem syringes = supplies->at(0);
        const ContactListItem cookers = supplies->at(1);
        const ContactListItem pipes = supplies->at(3);
        QVERIFY(lists.rename(cookers.id, QStringLiteral("Cookers (metal)")).ok());
        QVERIFY(lists.rename(pipes.id, QStringLiteral("Pipas de vidrio")).ok());
        auto added = lists.add(ContactList::Supply, QStringLiteral("Condoms"));
        QVERIFY(added.ok());

        QVERIFY(installSpanish());
        QCOMPARE(itemText(syringes), QStringLiteral("Jeringas"));
        QCOMPARE(itemText(lists.item(cookers.id).value()), QStringLiteral("Cookers (metal)"));
        QCOMPARE(itemText(lists.item(pipes.id).value()), QStringLiteral("Pipas de vidrio"));
        QCOMPARE(itemText(lists.item(added.value()).value()), QStringLiteral("Condoms"));
        // "Other" and "Food" are in two lists, each worded for its own.
        auto products = lists.items(ContactList::NaloxoneProduct);
        auto referrals = lists.items(ContactList::ReferralType);
        QVERIFY(products.ok() && referrals.ok());
        QCOMPARE(itemText(products->last()), QStringLiteral("Otro producto"));
        QCOMPARE(itemText(referrals->last()), QStringLiteral("Otro servicio"));
        // Every seeded item has its Spanish words (product names and FTIR stay as they are).
        const QStringList sameInSpanish{QStringLiteral("Nasal 4 mg"), QStringLiteral("Nasal 8 mg"),
                                        QStringLiteral("Intramuscular"), QStringLiteral("FTIR")};
        for (ContactList list : {ContactList::Supply, ContactList::NaloxoneProduct, ContactList::CheckingMethod,
                                 ContactList::ReferralType}) {
            for (const QString& key : seedKeys(list)) {
                ContactListItem item;
                item.list = list;
                item.seedKey = key;
                item.label = seededLabel(list, key);
                QVERIFY2(itemText(item) != item.label || sameInSpanish.contains(item.label), qPrintable(item.label));
            }
        }
        // What contacts were recorded with, and what reports count by: the seeded words of that list only.
        QCOMPARE(recordedItemText(ContactList::ReferralType, QStringLiteral("Housing")), QStringLiteral("Vivienda"));
        QCOMPARE(recordedItemText(ContactList::Supply, QStringLiteral("Housing")), QStringLiteral("Housing"));
        QCOMPARE(recordedItemText(ContactList::Supply, QStringLiteral("Cookers (metal)")),
                 QStringLiteral("Cookers (metal)"));

        // The agency's list editor shows the same words.
        ContactListsDialog dialog(domain);
        const QStringList rows = shownRows(dialog);
        QVERIFY2(rows.size() == 12, qPrintable(rows.join(QLatin1Char('|'))));
        QCOMPARE(rows.at(0), QStringLiteral("Jeringas"));
        QCOMPARE(rows.at(1), QStringLiteral("Cookers (metal)"));
        QCOMPARE(rows.at(3), QStringLiteral("Pipas de vidrio"));
        QCOMPARE(rows.at(11), QStringLiteral("Condoms"));
        // The vault still holds the words it was seeded with.
        QCOMPARE(lists.item(syringes.id)->label, QStringLiteral("Syringes"));
    }

    // --- The report definitions' Spanish (resources/reports/*.json) ------------------------------------

    void aBadReportDefinitionIsFound_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem"); // a piece of the first problem; empty: no problem
        const auto report = [](const char* indicator) -> QByteArray {
            return QByteArray(R"({"format": 1, "id": "r", "title": "Contacts", "title_es": "Contactos",
                                 "indicators": [)") +
                   indicator + "]}";
        };
        QTest::addRow("fine") << report(R"({"id": "c", "title": "People who use drugs reached",
            "title_es": "Personas que usan drogas alcanzadas", "description": "Once each.",
            "description_es": "Una vez cada una.", "source": "contacts"})")
                              << QString();
        QTest::addRow("no Spanish title") << report(R"({"id": "c", "title": "Contacts", "source": "contacts"})")
                                          << QStringLiteral("r/c title: no Spanish for “Contacts”");
        QTest::addRow("no Spanish description")
            << report(R"({"id": "c", "title": "Contacts", "title_es": "Contactos", "description": "Every one.",
                          "source": "contacts"})")
            << QStringLiteral("r/c description: no Spanish");
        QTest::addRow("Spanish left in English")
            << report(R"({"id": "c", "title": "Contacts", "title_es": "Contacts", "source": "contacts"})")
            << QStringLiteral("the Spanish is the English");
        QTest::addRow("ruled-out Spanish word")
            << report(R"({"id": "c", "title": "People", "title_es": "Personas ADICTAS", "source": "contacts"})")
            << QStringLiteral("“adictas”");
        QTest::addRow("ruled-out word, accented")
            << report(R"({"id": "c", "title": "Goals", "title_es": "Metas", "description": "After a return to use.",
                          "description_es": "Después de una recaída.", "source": "goals"})")
            << QStringLiteral("“recaida”");
        QTest::addRow("ruled-out English word")
            << report(R"({"id": "c", "title": "Clean days", "title_es": "Días sin usar", "source": "contacts"})")
            << QStringLiteral("“clean”");
        QTest::addRow("not the glossary's word")
            << report(R"({"id": "c", "title": "Referrals", "title_es": "Derivaciones", "source": "referrals"})")
            << QStringLiteral("the glossary says referido");
        QTest::addRow("consumo") << report(R"({"id": "c", "title": "Substance use goals",
            "title_es": "Metas de consumo", "source": "goals"})")
                                 << QStringLiteral("the glossary says uso");
    }

    void aBadReportDefinitionIsFound()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        auto def = ReportDefinition::parse(json, QStringLiteral("test.json"));
        QVERIFY2(def.ok(), qPrintable(def.error().detail));
        const QStringList found = definitionProblems(def.value());
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        } else {
            QVERIFY2(!found.isEmpty(), qPrintable(problem));
            QVERIFY2(found.first().contains(problem), qPrintable(found.join(QLatin1Char('\n'))));
        }
    }

    // Every title and description of the built-in reports has its Spanish, in the glossary's person-first words.
    void theReportDefinitionsAreInSpanish()
    {
        auto catalog = ReportCatalog::load();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error().detail));
        QCOMPARE(catalog->reports().size(), 2);
        QStringList found;
        int indicators = 0;
        for (const ReportDefinition& def : catalog->reports()) {
            found += definitionProblems(def);
            indicators += int(def.indicators.size());
        }
        QVERIFY(indicators >= 30);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        // And the glossary's words where it names them.
        const ReportDefinition grant = *catalog->find(QStringLiteral("quarterly-grant"));
        QVERIFY2(grant.titleIn.value(QStringLiteral("es")).contains(QStringLiteral("reducción de daños")),
                 qPrintable(grant.titleIn.value(QStringLiteral("es"))));
    }

    // A counselor who chose Spanish (here as spoken in the United States) gets this catalogue, and the
    // program's own words come out in it.
    void spanishIsChosenForASpanishLocale()
    {
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("es_US"));
        const QString dir = QFileInfo(QStringLiteral(CONTINUUM_ES_QM)).absolutePath();
        const QString installed = installTranslations(*qApp, dir);
        QVERIFY2(installed.endsWith(QStringLiteral("continuum_es.qm")), qPrintable(installed));
        QCOMPARE(TodayView::draftAge(2), QStringLiteral("empezado hace 2 días"));
        QCOMPARE(label(ContinuumPosition::SaferUse), QStringLiteral("Uso más seguro"));
        QCOMPARE(label(GoalStatus::SetAside), QStringLiteral("Dejada de lado"));
    }
};

QTEST_MAIN(TestSpanishWords)
#include "tst_spanishwords.moc"
