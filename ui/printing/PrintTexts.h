// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QTranslator;

namespace continuum::ui {

/// The fixed texts of a printout in the language it prints in, which for what a person takes home is their
/// language, not necessarily the window's. The texts are looked up in that language's catalogue (from
/// catalogueDirectory(), where the window's own catalogue comes from); the English sources are the texts when
/// it has none. The person's own words never pass through here: they print exactly as stored.
class PrintTexts final
{
public:
    /// language: a code ("es"). Empty, or a language without a catalogue: the window's language.
    explicit PrintTexts(const QString& language);
    ~PrintTexts();
    PrintTexts(const PrintTexts&) = delete;
    PrintTexts& operator=(const PrintTexts&) = delete;

    /// source (an English text of context, marked with QT_TRANSLATE_NOOP so that lupdate sees it) in the
    /// printout's language.
    QString text(const char* context, const char* source) const;
    /// Dates and numbers in the printout's language.
    QLocale locale() const { return m_locale; }
    /// The language the texts are in, as a code ("en", "es").
    QString language() const { return m_language; }
    /// True when the language asked for was empty or had no catalogue, so the window's language is used.
    bool followsWindow() const { return m_followsWindow; }

    /// The code of the window's language ("en" for the "C" locale, whose texts are the English sources).
    static QString windowLanguage();

private:
    std::unique_ptr<QTranslator> m_translator;
    QLocale m_locale;
    QString m_language;
    bool m_followsWindow = true;
};

} // namespace continuum::ui
