// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace continuum {

/// One indicator of a report, as its definition file states it: what to count (a source and a measure from
/// IndicatorSource's whitelist), how to break it down (up to two of the source's dimensions), which values to
/// keep (filters, on dimensions too), and plain words for the reader. Never SQL.
struct IndicatorDefinition {
    QString id;                        ///< unique within the report: [a-z0-9_]+
    QString title;                     ///< "Naloxone kits given, by product"
    QString description;               ///< one or two plain sentences
    QString source;                    ///< e.g. "naloxone"
    QString measure;                   ///< e.g. "kits"
    QString rows;                      ///< a dimension, or empty for one row
    QString columns;                   ///< a dimension, or empty for one column
    QMap<QString, QStringList> filter; ///< dimension → values kept

    friend bool operator==(const IndicatorDefinition&, const IndicatorDefinition&) = default;
};

} // namespace continuum
