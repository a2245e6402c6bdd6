// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace continuum::ui {

/// Where the app's own catalogues live (the resource the app embeds them in).
inline constexpr char kTranslationsDir[] = ":/i18n";

/// Installs Qt's and Continuum's translations for the language chosen in Preferences, else the system's
/// (and makes that language the default locale). When the language has no Continuum catalogue of its own
/// ("C", POSIX, a language not translated yet) the English one is installed instead: it holds the
/// singular and plural forms, without which every count reads "2 day(s)". Returns the catalogue file
/// installed, empty when none could be.
QString installTranslations(QCoreApplication& app, const QString& directory = QString::fromLatin1(kTranslationsDir));

/// Where Continuum's catalogues are read from: the folder installTranslations() was last given, else ":/i18n".
/// A client's printouts load their language's catalogue from here.
QString catalogueDirectory();

/// The languages there is a Continuum catalogue for in catalogueDirectory(), as codes ("en", "es"), sorted.
QStringList catalogueLanguages();

/// A language's name in that language, with a capital ("English", "Español"); the code itself when Qt has none.
QString nativeLanguageName(const QString& code);

} // namespace continuum::ui
