// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace continuum {

/// One indicator of a report, as its definition file states it: what to count (a source and a measure from
/// IndicatorSource's whitelist), how to break it down (up to two of the source's dimensions), which values to
/// keep (filters, on dimensions too), and plain words for the reader. Never SQL.
///
/// The words may come in more than one language: title and description are the definition's own (its base
/// language, English in the built-in files), shown when there are none in the language asked for; titleIn and
/// descriptionIn hold the others by language code ("es"), as the file gives them ("title_es"). Which language
/// to show is the reader's choice, not core's (ReportDefinition::inLanguage).
struct IndicatorDefinition {
    QString id;                        ///< unique within the report: [a-z0-9_]+
    QString title;                     ///< "Naloxone kits given, by product"
    QString description;               ///< one or two plain sentences
    QString source;                    ///< e.g. "naloxone"
    QString measure;                   ///< e.g. "kits"
    QString rows;                      ///< a dimension, or empty for one row
    QString columns;                   ///< a dimension, or empty for one column
    QMap<QString, QStringList> filter; ///< dimension → values kept

    /// The title and description in other languages, by language code: "es" → "Contactos, según con quién". (With
    /// an initializer, so that a definition written out field by field may leave them out.)
    QMap<QString, QString> titleIn{};
    QMap<QString, QString> descriptionIn{};

    friend bool operator==(const IndicatorDefinition&, const IndicatorDefinition&) = default;
};

} // namespace continuum
