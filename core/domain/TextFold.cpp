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

QString ftsPrefixQuery(const QString& typed)
{
    QStringList terms;
    // Split on anything that is not a letter or digit, as the unicode61 tokenizer does.
    QString word;
    const auto flush = [&terms, &word] {
        if (!word.isEmpty()) {
            terms.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
            word.clear();
        }
    };
    for (QChar c : typed) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing)
            word.append(c);
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace continuum
