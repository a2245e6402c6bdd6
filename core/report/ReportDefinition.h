// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/IndicatorDefinition.h"
#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

namespace continuum {

/// A report as one definition file states it (resources/reports/*.json, or the agency's own folder): an id, a
/// title, and the indicators in the order they print. The format is documented in resources/reports/README.md.
struct ReportDefinition {
    /// The newest format this program reads; a file of a newer one is refused (NewerVersion).
    static constexpr int kFormatVersion = 1;

    int format = kFormatVersion;
    QString id;    ///< [a-z0-9][a-z0-9_-]*; an agency file with a built-in report's id replaces it
    QString title; ///< "Quarterly harm-reduction grant report"; the base text, in the file's own language
    QString description;
    QMap<QString, QString> titleIn;       ///< the title in other languages, by code: "es" → "Informe trimestral…"
    QMap<QString, QString> descriptionIn; ///< the description in other languages, by code
    QList<IndicatorDefinition> indicators;
    QString origin; ///< where it came from, for messages: "built-in general.json" or a file path

    /// The same report worded in language (a code: "es"): every title and description the file gives in that
    /// language replaces the base one, any other keeps its base text. What is counted does not change.
    ReportDefinition inLanguage(const QString& language) const;

    /// Reads and checks a definition: well-formed JSON, a known format version, no unknown keys (a typo would
    /// silently drop a breakdown), at least one indicator, every source, measure, dimension and filter value
    /// from IndicatorSource's whitelist, and every "title_xx" / "description_xx" (xx a language code) a
    /// non-empty text beside its base one. InvalidArgument (NewerVersion for a newer format) with a detail that
    /// names the file, the indicator and what is wrong.
    static Result<ReportDefinition> parse(const QByteArray& json, const QString& origin);
};

} // namespace continuum
