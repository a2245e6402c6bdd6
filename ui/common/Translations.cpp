// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Translations.h"

#include "common/Appearance.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace continuum::ui {

QString installTranslations(QCoreApplication& app, const QString& directory)
{
    const QString chosen = savedLanguage();
    if (!chosen.isEmpty())
        QLocale::setDefault(QLocale(chosen));
    const QLocale locale;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("continuum"), QStringLiteral("_"), directory) ||
        ours->load(QStringLiteral("continuum_en"), directory)) {
        QCoreApplication::installTranslator(ours);
        return ours->filePath();
    }
    delete ours;
    return {};
}

} // namespace continuum::ui
