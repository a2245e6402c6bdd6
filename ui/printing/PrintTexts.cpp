// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/PrintTexts.h"

#include "common/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace continuum::ui {

PrintTexts::PrintTexts(const QString& language)
    : m_locale(QLocale())
    , m_language(windowLanguage())
{
    if (language.isEmpty())
        return;
    if (language == QLatin1String("en")) {
        // The sources are English: nothing to load.
        m_locale = QLocale(QLocale::English, QLocale::UnitedStates);
        m_language = language;
        m_followsWindow = false;
        return;
    }
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral("continuum_") + language, catalogueDirectory()))
        return; // no catalogue for it: the window's language, rather than a page of half-translated texts
    m_translator = std::move(translator);
    m_locale = QLocale(language);
    m_language = language;
    m_followsWindow = false;
}

PrintTexts::~PrintTexts() = default;

QString PrintTexts::text(const char* context, const char* source) const
{
    if (m_followsWindow)
        return QCoreApplication::translate(context, source);
    if (m_translator) {
        const QString translated = m_translator->translate(context, source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString PrintTexts::windowLanguage()
{
    const QString code = QLocale().name().section(QLatin1Char('_'), 0, 0);
    return code.isEmpty() || code == QLatin1String("C") ? QStringLiteral("en") : code;
}

} // namespace continuum::ui
