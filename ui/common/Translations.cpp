// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Translations.h"

#include "common/Appearance.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace continuum::ui {

namespace {
QString& lastDirectory()
{
    static QString directory;
    return directory;
}
} // namespace

QString catalogueDirectory()
{
    return lastDirectory().isEmpty() ? QString::fromLatin1(kTranslationsDir) : lastDirectory();
}

QStringList catalogueLanguages()
{
    QStringList codes;
    const QString prefix = QStringLiteral("continuum_");
    const QString suffix = QStringLiteral(".qm");
    for (const QString& file : QDir(catalogueDirectory()).entryList({prefix + QLatin1Char('*') + suffix}, QDir::Files))
        codes.append(file.mid(prefix.size(), file.size() - prefix.size() - suffix.size()));
    codes.sort();
    return codes;
}

QString nativeLanguageName(const QString& code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return code;
    // The language alone, not one country's variety of it: Qt names the language as each country's locale says
    // it ("American English", "español de España"), and the shortest of those is the plain name ("English").
    QString name;
    const auto varieties = QLocale::matchingLocales(locale.language(), QLocale::AnyScript, QLocale::AnyTerritory);
    for (const QLocale& variety : varieties) {
        const QString candidate = variety.nativeLanguageName();
        if (!candidate.isEmpty() && (name.isEmpty() || candidate.size() < name.size()))
            name = candidate;
    }
    if (name.isEmpty())
        return code;
    return locale.toUpper(name.left(1)) + name.mid(1);
}

QString installTranslations(QCoreApplication& app, const QString& directory)
{
    lastDirectory() = directory;
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
