// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace continuum {

// How hard a text is to read, by the formulas health-literacy work uses: Flesch–Kincaid for English,
// Fernández-Huerta for Spanish. Both count sentences, words and syllables; the syllables are counted by rule
// (English: vowel groups with the silent-e and -le rules; Spanish: vowel nuclei with diphthongs and hiatus), so a
// grade is an estimate, good for comparing texts and for spotting a long word or sentence, not a verdict.

/// The languages a formula is known for here.
enum class ReadingLanguage { English, Spanish };

/// The formula's language for a language code ("en", "es", "es_MX"); nullopt for a language without one here.
std::optional<ReadingLanguage> readingLanguageFor(const QString& code);

/// Health-literacy guidance for what a person takes home: written at a 6th to 8th grade level, or simpler.
inline constexpr int kTargetGradeLow = 6;
inline constexpr int kTargetGradeHigh = 8;

/// What the formulas count in a text.
struct TextCounts {
    int sentences = 0;
    int words = 0;
    int syllables = 0;

    friend bool operator==(const TextCounts&, const TextCounts&) = default;
};

/// The school grades a score stands for; low == high when it names one grade.
struct GradeBand {
    int low = 0;
    int high = 0;

    friend bool operator==(const GradeBand&, const GradeBand&) = default;
};

/// How hard a text is to read.
struct ReadingLevel {
    ReadingLanguage language = ReadingLanguage::English;
    TextCounts counts;
    /// English: the Flesch–Kincaid grade level. Spanish: the Fernández-Huerta reading ease (higher is easier;
    /// 60 and above is 8th grade or simpler).
    double score = 0;
    /// English: the grade level rounded, at least 1. Spanish: the band of the Fernández-Huerta table.
    GradeBand grades;

    /// No words to read.
    bool isEmpty() const { return counts.words == 0; }
    /// At or below the 8th grade (an empty text is).
    bool withinTarget() const { return isEmpty() || grades.high <= kTargetGradeHigh; }
};

/// The words of a text: runs of letters, with an apostrophe or hyphen inside a word kept in it ("don't",
/// "follow-up"). Numbers and placeholders ("10", "%1") are not words.
QStringList wordsOf(const QString& text);

/// Sentences in one passage: each line is a sentence or more (a list item is one, even without a full
/// stop), split after ".", "!", "?" or "…" followed by a space or the end. A part without a word is none.
int sentenceCount(const QString& passage);

/// Syllables of one word (at least 1 for a word with a letter, 0 for none).
int syllableCount(const QString& word, ReadingLanguage language);

/// Sentences, words and syllables of some passages, each passage counted on its own (a label is a sentence).
TextCounts countText(const QStringList& passages, ReadingLanguage language);

/// Flesch–Kincaid grade level: 0.39 × words/sentences + 11.8 × syllables/words − 15.59. 0 for no words.
double fleschKincaidGrade(const TextCounts& counts);

/// Fernández-Huerta reading ease: 206.84 − 0.60 P − 1.02 F, P the syllables per 100 words and F the words per
/// sentence. 0 for no words. F is the mean sentence length, as in the Flesch formula the scale adapts; the
/// version often quoted with F as sentences per 100 words scores shorter sentences as harder (G. Law, "Error in
/// the Fernandez Huerta Readability Formula", LINGUIST List 22.2332, 2011).
double fernandezHuertaEase(const TextCounts& counts);

/// The school grades of Fernández-Huerta's table: 90–100 4th, 80–90 5th, 70–80 6th, 60–70 7th–8th, 50–60
/// pre-university (9th–12th here), 30–50 selective courses (13th–16th here, college), below 30 university
/// (17th–18th here). A score on a boundary takes the easier band.
GradeBand fernandezHuertaGrades(double ease);

/// The reading level of some passages (each a label, a sentence or a paragraph) with the language's formula.
ReadingLevel readingLevel(const QStringList& passages, ReadingLanguage language);

} // namespace continuum
