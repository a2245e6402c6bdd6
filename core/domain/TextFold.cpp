// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TextFold.h"

#include <QStringList>

namespace continuum {

QString foldForSearch(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const QChar::Category cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out.toCaseFolded().simplified();
}

namespace {

// The words of what was typed, split as the unicode61 tokenizer splits: on anything that is not a letter,
// a digit or a combining mark.
QStringList typedWords(const QString& typed)
{
    QStringList words;
    QString word;
    for (QChar c : typed) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            word.append(c);
        } else if (!word.isEmpty()) {
            words.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        words.append(word);
    return words;
}

} // namespace

QString ftsPrefixQuery(const QString& typed)
{
    QStringList terms;
    for (const QString& word : typedWords(typed))
        terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
    return terms.join(QLatin1Char(' '));
}

QString ftsSubstringQuery(const QString& typed)
{
    QStringList terms;
    for (const QString& word : typedWords(typed)) {
        if (word.toUcs4().size() < 3)
            return {};
        terms.append(QLatin1Char('"') + word + QLatin1Char('"'));
    }
    return terms.join(QLatin1Char(' '));
}

} // namespace continuum
