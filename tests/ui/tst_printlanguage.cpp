// SPDX-License-Identifier: GPL-3.0-or-later
// A client's printout in the client's language (issue 14): with the window in English, the goal summary of a
// person whose printouts are in Spanish prints its fixed texts, page numbers and dates in Spanish and their own
// words exactly as written; without a print language it is English. The print dialog shows the reading grade of
// the fixed texts and of their words, and the fixed texts themselves read at grade 8 or below in both languages.
// The client editor keeps the choice.
#include "UiHooks.h"
#include "clients/ClientEditorDialog.h"
#include "common/Translations.h"
#include "domain/Domain.h"
#include "printing/GoalSummaryDocument.h"
#include "printing/PrintSummaryDialog.h"
#include "report/Readability.h"
#include "report/ReportData.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

#include <tuple>

using namespace continuum;
using namespace continuum::ui;

Q_DECLARE_METATYPE(continuum::ReadingLanguage)

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(15, 0), Qt::UTC);
const QDate kToday(2026, 3, 2);

// Their words, with an apostrophe, a dash and a capital that a translation or a "correction" would touch.
const QString kTheirWords = QStringLiteral("I'd like my own place — somewhere the kids can visit");
const QString kTheirWhy = QStringLiteral("Because I'm tired of couch surfing");
const QString kTheirStep = QStringLiteral("Call the housing line on Monday");

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral(PDFTOTEXT), {pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<pdftotext failed: %1>").arg(QString::fromUtf8(p.readAllStandardError()));
    // The font's ligatures ("ﬁ" in "surfing") are a way of drawing the letters, not a change of them.
    return QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC).simplified();
}

/// The Spanish catalogue the program ships, read on its own (the window stays English).
const QTranslator& spanish()
{
    static QTranslator* catalogue = [] {
        auto* t = new QTranslator(qApp);
        if (!t->load(QStringLiteral(CONTINUUM_ES_QM)))
            qFatal("cannot load %s", CONTINUUM_ES_QM);
        return t;
    }();
    return *catalogue;
}

QString es(const char* context, const char* source)
{
    return spanish().translate(context, source);
}

struct Fixture {
    QTemporaryDir tmp;
    FixedClock clock{kNow};
    Workspace workspace{clock};
    Domain* domain = nullptr;

    Fixture()
    {
        clock.setToday(kToday);
        if (!workspace.open(test::createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}))
            qFatal("cannot open the test vault");
        domain = &workspace.domain();
        (void)domain->counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")});
    }

    ClientId addClient(const QString& name, const QString& printLanguage, const QString& goalWords = kTheirWords)
    {
        Client c;
        c.chosenName = name;
        c.printLanguage = printLanguage;
        auto id = domain->clients().create(c);
        if (!id)
            qFatal("cannot add a client: %s", qPrintable(id.error().detail));
        GoalFields f;
        f.clientWords = goalWords;
        f.whyItMatters = kTheirWhy;
        f.lifeArea = LifeArea::Housing;
        f.steps = {kTheirStep};
        if (!domain->goals().create(*id, f, {}))
            qFatal("cannot add a goal");
        return *id;
    }

    /// Saves the goal summary as a PDF through the print dialog, the way the counselor does; its text.
    QString printedText(ClientId client, const QString& name)
    {
        QSettings().setValue(QStringLiteral("privacy/pdfWarningShown"), true);
        PrintSummaryDialog dialog(workspace, client);
        const QString pdf = tmp.filePath(name + QStringLiteral(".pdf"));
        UiHooks::instance().saveFileName = [pdf](QWidget*, const QString&, const QString&, const QString&) {
            return pdf;
        };
        UiHooks::instance().information = [](QWidget*, const QString&, const QString&) {};
        QStringList warnings;
        UiHooks::instance().warning = [&warnings](QWidget*, const QString&, const QString& text) {
            warnings.append(text);
        };
        auto* button = test::child<QPushButton>(&dialog, "pdfSummaryButton");
        if (!button)
            return QStringLiteral("<no PDF button>");
        button->click();
        if (!QFileInfo::exists(pdf))
            return QStringLiteral("<no PDF: %1>").arg(warnings.join(QLatin1Char(' ')));
        return pdfText(pdf);
    }
};

/// A summary with every section the page can have, for the texts it prints.
GoalSummaryData everySection(const QString& language)
{
    GoalSummaryData data;
    data.chosenName = QStringLiteral("Marisol Vega");
    data.language = language;
    data.date = kToday;
    data.agencyName = QStringLiteral("Eastside Harm Reduction");
    GoalSummaryData::GoalBlock goal;
    goal.fields.clientWords = kTheirWords;
    goal.fields.whyItMatters = kTheirWhy;
    goal.fields.steps = {kTheirStep, QStringLiteral("Ask Marco to come with me")};
    goal.fields.whoCanHelp = QStringLiteral("Marco");
    goal.fields.ifItGetsHard = QStringLiteral("Text my sister");
    for (const auto& [days, importance, confidence] : {std::tuple{-30, 5, 3}, std::tuple{0, 7, 6}}) {
        ReadinessPoint point;
        point.date = kToday.addDays(days);
        point.importance = importance;
        point.confidence = confidence;
        point.isSigned = true;
        goal.trend.append(point);
    }
    data.goals = {goal};
    data.substances = {QStringLiteral("alcohol")};
    data.changes = {{QStringLiteral("Called my sister"), kToday.addDays(-10)}};
    data.moreChanges = 3;
    return data; // no counselor: the signature line reads "Counselor"
}

} // namespace

class TestPrintLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The window in English, from the catalogues the program ships (the folder the print catalogues come from).
        const QString installed = installTranslations(*qApp, QFileInfo(QStringLiteral(CONTINUUM_EN_QM)).absolutePath());
        QVERIFY2(installed.endsWith(QStringLiteral("continuum_en.qm")), qPrintable(installed));
        QCOMPARE(QLocale().language(), QLocale::English);
        QVERIFY(catalogueLanguages().contains(QStringLiteral("es")));
        QVERIFY(catalogueLanguages().contains(QStringLiteral("en")));
        // The Spanish the page must show, whatever the catalogue words it as.
        QVERIFY(!es("GoalSummaryDocument", "What I want").isEmpty());
        QVERIFY(es("GoalSummaryDocument", "What I want") != QStringLiteral("What I want"));
    }
    void cleanup() { UiHooks::reset(); }

    void aSpanishSummaryPrintsWhileTheWindowIsEnglish()
    {
        Fixture fx;
        const ClientId rosa = fx.addClient(QStringLiteral("Rosa"), QStringLiteral("es"));
        {
            PrintSummaryDialog dialog(fx.workspace, rosa);
            QCOMPARE(dialog.windowTitle(), QStringLiteral("Print Goal Summary")); // the window stays English
            auto* note = test::child<QLabel>(&dialog, "printLanguageNote");
            QVERIFY(note);
            QVERIFY2(note->text().contains(QStringLiteral("Español")), qPrintable(note->text()));
        }
        const QString text = fx.printedText(rosa, QStringLiteral("rosa"));
        for (const char* source :
             {"My plan", "What I want", "Why it matters to me", "My next steps", "We made this plan together."}) {
            const QString spanishText = es("GoalSummaryDocument", source);
            QVERIFY2(text.contains(spanishText), qPrintable(spanishText + QStringLiteral(" not in: ") + text));
            QVERIFY2(!text.contains(QString::fromUtf8(source)),
                     qPrintable(QString::fromUtf8(source) + QStringLiteral(" in: ") + text));
        }
        // Their words, exactly as written: not translated, not changed.
        for (const QString& theirs : {kTheirWords, kTheirWhy, kTheirStep})
            QVERIFY2(text.contains(theirs), qPrintable(theirs + QStringLiteral(" not in: ") + text));
        // The header, the page numbers and the date in Spanish too.
        QVERIFY2(text.contains(es("continuum::ui::PrintSummaryDialog", "%1 — my plan").arg(QStringLiteral("Rosa"))),
                 qPrintable(text));
        QVERIFY2(text.contains(es("PageRenderer", "Page %1 of %2").arg(1).arg(1)), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("Page 1 of 1")));
        const QString spanishDate = QLocale(QLocale::Spanish).toString(QDate::currentDate(), QLocale::LongFormat);
        QVERIFY2(text.contains(spanishDate), qPrintable(spanishDate + QStringLiteral(" not in: ") + text));
        // The window's next texts are English still.
        QCOMPARE(QCoreApplication::translate("GoalSummaryDocument", "What I want"), QStringLiteral("What I want"));
    }

    void noPrintLanguageMeansTheWindowsLanguage()
    {
        Fixture fx;
        const ClientId sol = fx.addClient(QStringLiteral("Sol"), QString());
        const QString text = fx.printedText(sol, QStringLiteral("sol"));
        for (const char* source : {"My plan", "What I want", "Why it matters to me", "We made this plan together."})
            QVERIFY2(text.contains(QString::fromUtf8(source)),
                     qPrintable(QString::fromUtf8(source) + QStringLiteral(" not in: ") + text));
        QVERIFY2(!text.contains(es("GoalSummaryDocument", "What I want")), qPrintable(text));
        QVERIFY(text.contains(kTheirWords));
        QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
        QVERIFY(text.contains(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));

        // English chosen on purpose prints English too.
        const ClientId ann = fx.addClient(QStringLiteral("Ann"), QStringLiteral("en"));
        const QString english = fx.printedText(ann, QStringLiteral("ann"));
        QVERIFY2(english.contains(QStringLiteral("What I want")), qPrintable(english));
    }

    void theDialogShowsTheReadingLevel_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("words");
        QTest::addColumn<bool>("hardWords");
        QTest::addRow("English, plain words") << QString() << kTheirWords << false;
        QTest::addRow("Spanish page, plain words") << QStringLiteral("es") << kTheirWords << false;
        QTest::addRow("English, hard words")
            << QString()
            << QStringLiteral("Comprehensive administrative documentation regarding institutional accommodation "
                              "eligibility determination procedures")
            << true;
    }

    void theDialogShowsTheReadingLevel()
    {
        QFETCH(QString, language);
        QFETCH(QString, words);
        QFETCH(bool, hardWords);
        Fixture fx;
        const ClientId id = fx.addClient(QStringLiteral("Rosa"), language, words);
        PrintSummaryDialog dialog(fx.workspace, id);
        auto* label = test::child<QLabel>(&dialog, "readingLevelLabel");
        QVERIFY(label);
        static const QRegularExpression shown(
            QStringLiteral("^Reading level: fixed texts grade (\\d+)(?:–(\\d+))? \\(target 6–8\\) · their words grade "
                           "(\\d+)(?:–(\\d+))?$"));
        const auto match = shown.match(label->text());
        QVERIFY2(match.hasMatch(), qPrintable(label->text()));
        QVERIFY2(match.captured(2).isEmpty() ? match.captured(1).toInt() <= kTargetGradeHigh
                                             : match.captured(2).toInt() <= kTargetGradeHigh,
                 qPrintable(label->text()));
        const int theirs = match.captured(4).isEmpty() ? match.captured(3).toInt() : match.captured(4).toInt();
        QVERIFY2((theirs > kTargetGradeHigh) == hardWords, qPrintable(label->text()));

        // Nothing ticked: nothing to measure.
        auto* goals = test::child<QListWidget>(&dialog, "summaryGoalsList");
        QVERIFY(goals);
        goals->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(label->text(), QStringLiteral("Reading level: tick a goal to see it."));
        goals->item(0)->setCheckState(Qt::Checked);
        QVERIFY(shown.match(label->text()).hasMatch());
    }

    // The fixed texts the goal summary prints, in each language, read at grade 8 or below (6th-8th grade or
    // simpler), measured on exactly what the page uses.
    void theFixedTextsMeetTheTarget_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<ReadingLanguage>("formula");
        QTest::addRow("English") << QStringLiteral("en") << ReadingLanguage::English;
        QTest::addRow("Spanish") << QStringLiteral("es") << ReadingLanguage::Spanish;
    }

    void theFixedTextsMeetTheTarget()
    {
        QFETCH(QString, language);
        QFETCH(ReadingLanguage, formula);
        const GoalSummaryData data = everySection(language);
        GoalSummaryTexts texts;
        auto doc = goalSummaryDocument(data, &texts);
        QCOMPARE(texts.language, language);
        // Every section's label, the closing, the signature and the "more changes" line.
        QVERIFY2(texts.fixed.size() >= 12, qPrintable(texts.fixed.join(QLatin1Char('|'))));
        const QString page = doc->toPlainText();
        for (const QString& fixed : texts.fixed) {
            const QString before = fixed.section(QStringLiteral("%1"), 0, 0).trimmed();
            QVERIFY2(page.contains(before), qPrintable(before));
            if (language == QLatin1String("es")) {
                QVERIFY2(!page.contains(QStringLiteral("What I want")), qPrintable(page));
                QVERIFY2(!page.contains(QStringLiteral("We made this plan together")), qPrintable(page));
            }
        }
        if (language == QLatin1String("es"))
            QVERIFY(texts.fixed.contains(es("GoalSummaryDocument", "What I want")));
        else
            QVERIFY(texts.fixed.contains(QStringLiteral("What I want")));
        // Their words are theirs, exactly, and none of them counts as a fixed text.
        QVERIFY(texts.theirs.contains(kTheirWords));
        QVERIFY(texts.theirs.contains(kTheirStep));
        QVERIFY(texts.theirs.contains(QStringLiteral("Called my sister")));
        for (const QString& theirs : std::as_const(texts.theirs)) {
            QVERIFY2(page.contains(theirs), qPrintable(theirs));
            QVERIFY(!texts.fixed.contains(theirs));
        }

        const ReadingLevel level = readingLevel(texts.fixed, formula);
        QVERIFY(!level.isEmpty());
        QVERIFY2(level.withinTarget(), qPrintable(QStringLiteral("grade %1–%2 (score %3) for: %4")
                                                      .arg(level.grades.low)
                                                      .arg(level.grades.high)
                                                      .arg(level.score)
                                                      .arg(texts.fixed.join(QStringLiteral(" | ")))));
        QVERIFY(level.grades.high <= kTargetGradeHigh);
    }

    void theClientEditorKeepsTheChoice()
    {
        Fixture fx;
        const ClientId id = fx.addClient(QStringLiteral("Rosa"), QString());
        ClientEditorDialog dialog(&fx.domain->clients(), fx.domain->clients().client(id).value());
        auto* combo = test::child<QComboBox>(&dialog, "printLanguageCombo");
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString());
        QCOMPARE(combo->currentText(), QStringLiteral("Same as the program's"));
        QStringList names;
        for (int i = 1; i < combo->count(); ++i)
            names.append(combo->itemText(i));
        QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Español")}));
        QVERIFY(!dialog.hasChanges());
        combo->setCurrentIndex(combo->findData(QStringLiteral("es")));
        QVERIFY(dialog.hasChanges());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(fx.domain->clients().client(id)->printLanguage, QStringLiteral("es"));

        // Opened again, it shows the choice; back to the program's language clears it.
        ClientEditorDialog again(&fx.domain->clients(), fx.domain->clients().client(id).value());
        auto* combo2 = test::child<QComboBox>(&again, "printLanguageCombo");
        QCOMPARE(combo2->currentText(), QStringLiteral("Español"));
        combo2->setCurrentIndex(0);
        again.accept();
        QCOMPARE(fx.domain->clients().client(id)->printLanguage, QString());
    }
};

QTEST_MAIN(TestPrintLanguage)
#include "tst_printlanguage.moc"
