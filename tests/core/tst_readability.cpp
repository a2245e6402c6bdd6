// SPDX-License-Identifier: GPL-3.0-or-later
// Reading grade (issue 14): syllables, words and sentences counted as a person would count them by hand, and the
// Flesch–Kincaid and Fernández-Huerta scores of whole passages worked out by hand in the comments.
#include "report/Readability.h"

#include <QTest>

using namespace continuum;

Q_DECLARE_METATYPE(continuum::ReadingLanguage)

namespace continuum {
char* toString(const TextCounts& c)
{
    return qstrdup(qPrintable(
        QStringLiteral("{sentences %1, words %2, syllables %3}").arg(c.sentences).arg(c.words).arg(c.syllables)));
}
char* toString(const GradeBand& g)
{
    return qstrdup(qPrintable(QStringLiteral("grades %1–%2").arg(g.low).arg(g.high)));
}
} // namespace continuum

class TestReadability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishSyllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        // Counted by hand, syllable by syllable.
        QTest::addRow("na-lox-one") << QStringLiteral("naloxone") << 3; // silent final e
        QTest::addRow("im-por-tant") << QStringLiteral("important") << 3;
        QTest::addRow("peo-ple") << QStringLiteral("people") << 2; // consonant + le is a syllable
        QTest::addRow("make") << QStringLiteral("make") << 1;      // silent final e
        QTest::addRow("Make (capital)") << QStringLiteral("Make") << 1;
        QTest::addRow("ta-ble") << QStringLiteral("table") << 2;
        QTest::addRow("ta-bles") << QStringLiteral("tables") << 2;
        QTest::addRow("makes") << QStringLiteral("makes") << 1;      // -es after a non-sibilant adds none
        QTest::addRow("chang-es") << QStringLiteral("changes") << 2; // after g it does
        QTest::addRow("named") << QStringLiteral("named") << 1;      // -ed adds none
        QTest::addRow("want-ed") << QStringLiteral("wanted") << 2;   // after t it does
        QTest::addRow("free") << QStringLiteral("free") << 1;        // ee is not a silent e
        QTest::addRow("you") << QStringLiteral("you") << 1;          // y starting a word is a consonant
        QTest::addRow("car-ry") << QStringLiteral("carry") << 2;     // y ending a word is a vowel
        QTest::addRow("to-geth-er") << QStringLiteral("together") << 3;
        QTest::addRow("coun-se-lor") << QStringLiteral("counselor") << 3;
        QTest::addRow("sub-stanc-es") << QStringLiteral("substances") << 3;
        QTest::addRow("med-i-ca-tion") << QStringLiteral("medication") << 4;
        QTest::addRow("fol-low-up") << QStringLiteral("follow-up") << 3; // the parts of a hyphenated word
        QTest::addRow("don't") << QStringLiteral("don't") << 1;          // an apostrophe is no break
        QTest::addRow("I") << QStringLiteral("I") << 1;
        QTest::addRow("no letters") << QStringLiteral("10") << 0;
    }

    void englishSyllables()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        QCOMPARE(syllableCount(word, ReadingLanguage::English), syllables);
    }

    void spanishSyllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        QTest::addRow("im-por-tan-te") << QStringLiteral("importante") << 4;
        QTest::addRow("a-yu-da") << QStringLiteral("ayuda") << 3;     // y before a vowel is a consonant
        QTest::addRow("dí-a") << QStringLiteral("día") << 2;          // an accented weak vowel breaks the diphthong
        QTest::addRow("cui-da-do") << QStringLiteral("cuidado") << 3; // two weak vowels: one syllable
        QTest::addRow("pue-do") << QStringLiteral("puedo") << 2;      // weak + strong: one syllable
        QTest::addRow("DÍ-A (capitals)") << QStringLiteral("DÍA") << 2;
        QTest::addRow("pa-ís") << QStringLiteral("país") << 2;
        QTest::addRow("le-er") << QStringLiteral("leer") << 2; // two strong vowels: hiatus
        QTest::addRow("quie-ro") << QStringLiteral("quiero") << 2;
        QTest::addRow("guí-a") << QStringLiteral("guía") << 2;
        QTest::addRow("pin-güi-no") << QStringLiteral("pingüino") << 3;
        QTest::addRow("pró-xi-mos") << QStringLiteral("próximos") << 3;
        QTest::addRow("con-fian-za") << QStringLiteral("confianza") << 3;
        QTest::addRow("cuán-ta") << QStringLiteral("Cuánta") << 2;
        QTest::addRow("hoy") << QStringLiteral("hoy") << 1; // y ending a word is a vowel
        QTest::addRow("y") << QStringLiteral("y") << 1;
        QTest::addRow("a-ho-ra") << QStringLiteral("ahora") << 3;
        QTest::addRow("ad-mi-nis-tra-ción") << QStringLiteral("administración") << 5;
        QTest::addRow("no letters") << QStringLiteral("10") << 0;
    }

    void spanishSyllables()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        QCOMPARE(syllableCount(word, ReadingLanguage::Spanish), syllables);
    }

    void words()
    {
        QCOMPARE(wordsOf(QStringLiteral("I don't want 10 things, follow-up %1.")),
                 (QStringList{QStringLiteral("I"), QStringLiteral("don't"), QStringLiteral("want"),
                              QStringLiteral("things"), QStringLiteral("follow-up")}));
        QCOMPARE(wordsOf(QStringLiteral("¿Qué quiero? Más días.")),
                 (QStringList{QStringLiteral("Qué"), QStringLiteral("quiero"), QStringLiteral("Más"),
                              QStringLiteral("días")}));
        QCOMPARE(wordsOf(QStringLiteral("  %1 — 10 ")), QStringList());
    }

    void sentences_data()
    {
        QTest::addColumn<QString>("passage");
        QTest::addColumn<int>("sentences");
        QTest::addRow("two") << QStringLiteral("I want a home. I will ask for help!") << 2;
        QTest::addRow("a label without a stop") << QStringLiteral("What I want") << 1;
        QTest::addRow("a decimal is no stop") << QStringLiteral("It costs 3.5 dollars") << 1;
        QTest::addRow("each line of a list") << QStringLiteral("•  call my sister\n•  go to the clinic") << 2;
        QTest::addRow("a question in Spanish") << QStringLiteral("¿Qué quiero? Vivir tranquila.") << 2;
        QTest::addRow("a stop inside quotes") << QStringLiteral("She said \"no.\" Then we talked.") << 2;
        QTest::addRow("an ellipsis") << QStringLiteral("…and one more in my record.") << 1;
        QTest::addRow("nothing to read") << QStringLiteral(" … 10. ") << 0;
        QTest::addRow("empty") << QString() << 0;
    }

    void sentences()
    {
        QFETCH(QString, passage);
        QFETCH(int, sentences);
        QCOMPARE(sentenceCount(passage), sentences);
    }

    void counts()
    {
        // Each passage on its own: a label is a sentence; a passage of numbers adds nothing.
        const TextCounts c = countText(
            {QStringLiteral("What I want"), QStringLiteral("10"), QStringLiteral("How important: %1 out of 10")},
            ReadingLanguage::English);
        // what(1) I(1) want(1) | how(1) important(3) out(1) of(1)
        QCOMPARE(c, (TextCounts{2, 7, 9}));
    }

    void fleschKincaid_data()
    {
        QTest::addColumn<QString>("passage");
        QTest::addColumn<int>("sentences");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("syllables");
        QTest::addColumn<double>("grade");
        QTest::addColumn<int>("rounded");
        QTest::addColumn<bool>("within");
        // I(1) want(1) to(1) stay(1) safe(1) . I(1) will(1) carry(2) naloxone(3) .
        // 2 sentences, 9 words, 12 syllables: 0.39 × 9/2 + 11.8 × 12/9 − 15.59 = 1.755 + 15.7333 − 15.59 = 1.8983
        QTest::addRow("plain") << QStringLiteral("I want to stay safe. I will carry naloxone.") << 2 << 9 << 12
                               << 1.8983 << 2 << true;
        // Naloxone(3) is(1) an(1) important(3) medication(4) for(1) people(2) who(1) use(1) drugs(1) .
        // 1 sentence, 10 words, 18 syllables: 0.39 × 10 + 11.8 × 1.8 − 15.59 = 3.9 + 21.24 − 15.59 = 9.55
        QTest::addRow("above the target")
            << QStringLiteral("Naloxone is an important medication for people who use drugs.") << 1 << 10 << 18 << 9.55
            << 10 << false;
    }

    void fleschKincaid()
    {
        QFETCH(QString, passage);
        QFETCH(int, sentences);
        QFETCH(int, words);
        QFETCH(int, syllables);
        QFETCH(double, grade);
        QFETCH(int, rounded);
        QFETCH(bool, within);
        const ReadingLevel level = readingLevel({passage}, ReadingLanguage::English);
        QCOMPARE(level.counts, (TextCounts{sentences, words, syllables}));
        QVERIFY2(qAbs(level.score - grade) < 0.001, qPrintable(QString::number(level.score)));
        QCOMPARE(level.grades, (GradeBand{rounded, rounded}));
        QCOMPARE(level.withinTarget(), within);
    }

    void fernandezHuerta_data()
    {
        QTest::addColumn<QString>("passage");
        QTest::addColumn<int>("sentences");
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("syllables");
        QTest::addColumn<double>("ease");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::addColumn<bool>("within");
        // Quie-ro(2) cui-dar(2) mi(1) sa-lud(2) . Pue-do(2) pe-dir(2) a-yu-da(3) .
        // 2 sentences, 7 words, 14 syllables: P = 200, F = 3.5; 206.84 − 120 − 3.57 = 83.27 → 80–90: 5th grade
        QTest::addRow("plain") << QStringLiteral("Quiero cuidar mi salud. Puedo pedir ayuda.") << 2 << 7 << 14 << 83.27
                               << 5 << 5 << true;
        // La(1) ad-mi-nis-tra-ción(5) de(1) me-di-ca-men-tos(5) in-tra-ve-no-sos(5) re-quie-re(3)
        // su-per-vi-sión(4) pro-fe-sio-nal(4) es-pe-cia-li-za-da(6) .
        // 1 sentence, 9 words, 34 syllables: P = 377.78, F = 9; 206.84 − 226.667 − 9.18 = −29.007 → university
        QTest::addRow("above the target") << QStringLiteral("La administración de medicamentos intravenosos requiere "
                                                            "supervisión profesional especializada.")
                                          << 1 << 9 << 34 << -29.007 << 17 << 18 << false;
    }

    void fernandezHuerta()
    {
        QFETCH(QString, passage);
        QFETCH(int, sentences);
        QFETCH(int, words);
        QFETCH(int, syllables);
        QFETCH(double, ease);
        QFETCH(int, low);
        QFETCH(int, high);
        QFETCH(bool, within);
        const ReadingLevel level = readingLevel({passage}, ReadingLanguage::Spanish);
        QCOMPARE(level.counts, (TextCounts{sentences, words, syllables}));
        QVERIFY2(qAbs(level.score - ease) < 0.001, qPrintable(QString::number(level.score)));
        QCOMPARE(level.grades, (GradeBand{low, high}));
        QCOMPARE(level.withinTarget(), within);
    }

    // The same words in shorter sentences read more easily (F is words per sentence, not sentences per 100
    // words): 20 words, 40 syllables in 1 sentence: 206.84 − 120 − 20.4 = 66.44; in 4: 206.84 − 120 − 5.1 = 81.74.
    void shorterSentencesReadMoreEasily()
    {
        QVERIFY(qAbs(fernandezHuertaEase({1, 20, 40}) - 66.44) < 0.001);
        QVERIFY(qAbs(fernandezHuertaEase({4, 20, 40}) - 81.74) < 0.001);
        QVERIFY(fleschKincaidGrade({4, 20, 40}) < fleschKincaidGrade({1, 20, 40}));
    }

    void fernandezHuertaTable_data()
    {
        QTest::addColumn<double>("ease");
        QTest::addColumn<int>("low");
        QTest::addColumn<int>("high");
        QTest::addRow("above 100") << 120.0 << 4 << 4;
        QTest::addRow("90: very easy") << 90.0 << 4 << 4;
        QTest::addRow("just below 90") << 89.99 << 5 << 5;
        QTest::addRow("70: fairly easy") << 70.0 << 6 << 6;
        QTest::addRow("60: normal") << 60.0 << 7 << 8;
        QTest::addRow("just below 60") << 59.99 << 9 << 12;
        QTest::addRow("30") << 30.0 << 13 << 16;
        QTest::addRow("below 0") << -5.0 << 17 << 18;
    }

    void fernandezHuertaTable()
    {
        QFETCH(double, ease);
        QFETCH(int, low);
        QFETCH(int, high);
        QCOMPARE(fernandezHuertaGrades(ease), (GradeBand{low, high}));
    }

    void nothingToRead()
    {
        for (ReadingLanguage language : {ReadingLanguage::English, ReadingLanguage::Spanish}) {
            const ReadingLevel level = readingLevel({QString(), QStringLiteral("10")}, language);
            QVERIFY(level.isEmpty());
            QVERIFY(level.withinTarget());
            QCOMPARE(level.score, 0.0);
        }
        QCOMPARE(fleschKincaidGrade({}), 0.0);
        QCOMPARE(fernandezHuertaEase({}), 0.0);
    }

    void languages()
    {
        QCOMPARE(readingLanguageFor(QStringLiteral("en")), std::optional(ReadingLanguage::English));
        QCOMPARE(readingLanguageFor(QStringLiteral("es")), std::optional(ReadingLanguage::Spanish));
        QCOMPARE(readingLanguageFor(QStringLiteral("es_MX")), std::optional(ReadingLanguage::Spanish));
        QCOMPARE(readingLanguageFor(QStringLiteral("en-US")), std::optional(ReadingLanguage::English));
        QCOMPARE(readingLanguageFor(QStringLiteral("fr")), std::nullopt);
        QCOMPARE(readingLanguageFor(QStringLiteral("C")), std::nullopt);
        QCOMPARE(readingLanguageFor(QString()), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestReadability)
#include "tst_readability.moc"
