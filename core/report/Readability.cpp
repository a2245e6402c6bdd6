// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/Readability.h"

#include <QRegularExpression>

#include <cmath>

namespace continuum {

namespace {

// --- English -------------------------------------------------------------------------------------------------

bool englishVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u' || c == u'y';
}

// Lower case, accents dropped ("café" → "cafe"), letters a–z only (the apostrophe of "don't" goes).
QString plainEnglish(const QString& word)
{
    QString out;
    for (QChar c : word.normalized(QString::NormalizationForm_D).toLower()) {
        if (c >= u'a' && c <= u'z')
            out.append(c);
    }
    return out;
}

int englishSyllables(const QString& word)
{
    QString w = plainEnglish(word);
    if (w.isEmpty())
        return 0;
    if (w.size() <= 3)
        return 1;
    const auto consonantAt = [&w](qsizetype i) { return i >= 0 && !englishVowel(w.at(i)); };
    // "-le" after a consonant is a syllable of its own ("peo-ple", "ta-ble"), so its "e" is not silent.
    const bool consonantLe = w.endsWith(QLatin1String("le")) && consonantAt(w.size() - 3);
    const bool consonantLes = w.endsWith(QLatin1String("les")) && consonantAt(w.size() - 4);
    if (consonantLes) {
        w.chop(1); // "tables" as "table"
    } else if (!consonantLe) {
        const QChar beforeEnding = w.at(w.size() - 3);
        const bool sibilant = beforeEnding == u's' || beforeEnding == u'z' || beforeEnding == u'x' ||
                              beforeEnding == u'c' || beforeEnding == u'g' || w.endsWith(QLatin1String("shes")) ||
                              w.endsWith(QLatin1String("ches"));
        if (w.endsWith(QLatin1String("es")) && !sibilant)
            w.chop(2); // "makes", "goes": the "es" adds no syllable ("changes", "places" keep theirs)
        else if (w.endsWith(QLatin1String("ed")) && beforeEnding != u't' && beforeEnding != u'd')
            w.chop(2); // "named", "called" ("wanted", "needed" keep theirs)
        else if (w.endsWith(u'e') && !w.endsWith(QLatin1String("ee")))
            w.chop(1); // the silent e of "make", "naloxone" ("free" keeps its vowel)
    }
    int groups = 0;
    bool inGroup = false;
    for (qsizetype i = 0; i < w.size(); ++i) {
        // A "y" that starts a word is a consonant ("you", "year").
        const bool vowel = englishVowel(w.at(i)) && !(i == 0 && w.at(i) == u'y');
        if (vowel && !inGroup)
            ++groups;
        inGroup = vowel;
    }
    return std::max(groups, 1);
}

// --- Spanish -------------------------------------------------------------------------------------------------

// Strong vowels (a, e, o) and a weak one carrying a written accent ("día", "país"): two of them side by side
// are two syllables (hiatus).
bool spanishStrong(QChar c)
{
    static const QString strong = QStringLiteral("aeoáéóíúàèòìù");
    return strong.contains(c);
}

// Weak vowels without an accent: beside another vowel they share its syllable (diphthong: "puedo", "cuidado").
bool spanishWeak(QChar c)
{
    return c == u'i' || c == u'u' || c == u'ü';
}

int spanishSyllables(const QString& word)
{
    const QString w = word.toLower();
    int nuclei = 0;
    bool hasLetter = false;
    QChar previousVowel;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QChar c = w.at(i);
        hasLetter = hasLetter || c.isLetter();
        // "y" is a vowel only at the end of a word ("y", "hoy", "muy"); before a vowel it is a consonant ("ayuda").
        const bool vowel = spanishStrong(c) || spanishWeak(c) || (c == u'y' && i == w.size() - 1);
        if (!vowel) {
            previousVowel = QChar();
            continue;
        }
        if (previousVowel.isNull())
            ++nuclei; // a new vowel group
        else if (spanishStrong(previousVowel) && spanishStrong(c))
            ++nuclei; // hiatus inside the group
        previousVowel = c;
    }
    return hasLetter ? std::max(nuclei, 1) : 0;
}

} // namespace

std::optional<ReadingLanguage> readingLanguageFor(const QString& code)
{
    const QString language = code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    if (language == QLatin1String("en"))
        return ReadingLanguage::English;
    if (language == QLatin1String("es"))
        return ReadingLanguage::Spanish;
    return std::nullopt;
}

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{M}]+(?:['’\\-][\\p{L}\\p{M}]+)*"));
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out.append(it.next().captured());
    return out;
}

int sentenceCount(const QString& passage)
{
    // A stop is one or more of . ! ? … followed by a space, a closing quote or bracket, or the end ("3.5" is not).
    static const QRegularExpression stop(QStringLiteral("[.!?…]+(?=[\\s\"'”’»)\\]]|$)"));
    int sentences = 0;
    for (const QString& line : passage.split(QLatin1Char('\n'))) {
        for (const QString& part : line.split(stop)) {
            if (!wordsOf(part).isEmpty())
                ++sentences;
        }
    }
    return sentences;
}

int syllableCount(const QString& word, ReadingLanguage language)
{
    // A hyphenated word is the syllables of its parts ("follow-up"); an apostrophe is no break ("don't" is 1).
    int total = 0;
    for (const QString& part : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
        total += language == ReadingLanguage::English ? englishSyllables(part) : spanishSyllables(part);
    return total;
}

TextCounts countText(const QStringList& passages, ReadingLanguage language)
{
    TextCounts counts;
    for (const QString& passage : passages) {
        const QStringList words = wordsOf(passage);
        if (words.isEmpty())
            continue;
        counts.sentences += sentenceCount(passage);
        counts.words += int(words.size());
        for (const QString& w : words)
            counts.syllables += syllableCount(w, language);
    }
    return counts;
}

double fleschKincaidGrade(const TextCounts& counts)
{
    if (counts.words == 0 || counts.sentences == 0)
        return 0;
    return 0.39 * double(counts.words) / counts.sentences + 11.8 * double(counts.syllables) / counts.words - 15.59;
}

double fernandezHuertaEase(const TextCounts& counts)
{
    if (counts.words == 0 || counts.sentences == 0)
        return 0;
    const double syllablesPer100Words = 100.0 * counts.syllables / counts.words;
    const double wordsPerSentence = double(counts.words) / counts.sentences;
    return 206.84 - 0.60 * syllablesPer100Words - 1.02 * wordsPerSentence;
}

GradeBand fernandezHuertaGrades(double ease)
{
    if (ease >= 90)
        return {4, 4};
    if (ease >= 80)
        return {5, 5};
    if (ease >= 70)
        return {6, 6};
    if (ease >= 60)
        return {7, 8};
    if (ease >= 50)
        return {9, 12};
    if (ease >= 30)
        return {13, 16};
    return {17, 18};
}

ReadingLevel readingLevel(const QStringList& passages, ReadingLanguage language)
{
    ReadingLevel level;
    level.language = language;
    level.counts = countText(passages, language);
    if (level.isEmpty())
        return level;
    if (language == ReadingLanguage::English) {
        level.score = fleschKincaidGrade(level.counts);
        const int grade = std::max(1, int(std::lround(level.score)));
        level.grades = {grade, grade};
    } else {
        level.score = fernandezHuertaEase(level.counts);
        level.grades = fernandezHuertaGrades(level.score);
    }
    return level;
}

} // namespace continuum
