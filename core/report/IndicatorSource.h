// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace continuum {

/// The labels below (values, dimensions, measures, sources) are plain English, each marked with
/// QT_TRANSLATE_NOOP in the context IndicatorSource::kTranslationContext: whoever shows or exports them words them
/// in the reader's language with QCoreApplication::translate(kTranslationContext, label) (the window does, in
/// ui/reports). Counting, suppression and filters use the keys only, never a label.

/// One value of an enumerated dimension: its stored key and plain English words for exports.
struct IndicatorValue {
    QString key;
    QString label;
};

/// A way to break counts down. The SQL expression is a constant of this file, never read from a definition.
struct IndicatorDimension {
    QString key;                  ///< "setting"
    QString label;                ///< "Where"
    const char* sql;              ///< the grouping expression, over the source's aliases
    QList<IndicatorValue> values; ///< every value, in order, for an enumerated dimension; empty for a list label
    QString list;                 ///< for a list label: the contact_list_items list whose current labels always show
};

/// What is counted.
struct IndicatorMeasure {
    QString key;     ///< "kits"
    QString label;   ///< "Kits"
    const char* sql; ///< the aggregate expression
    /// Whether the parts add up to the whole (a sum or a count of rows). Counts of distinct people do not (one
    /// person can be in two rows), so their tables publish no totals.
    bool additive = true;
    /// A count of distinct things: it cannot be summed from finer groups, so it gets a query of its own instead
    /// of being read from the source's one grouped pass.
    bool distinct = false;
    /// For a summable measure, its value for one row, which ReportEngine adds up itself in one streaming pass
    /// (cheaper than SQLite sorting hundreds of thousands of rows for a GROUP BY of a few dozen groups).
    const char* rowSql = nullptr;
};

/// A whitelisted thing to count from: its FROM clause with the period bound as ?1 (first day) and ?2 (last
/// day) where it needs them, its measures and its dimensions. Contact sources read contact_report_rows, one row per
/// counted contact kept by triggers (Migration 9); the people source reads temp.report_people, which ReportEngine
/// fills for the period before it runs them (scopeSql()). Definitions name these by key; the engine assembles SQL
/// only from these constants and binds every value.
struct IndicatorSource {
    /// The translation context every label of this file is marked in (lupdate reads the literal in the .cpp).
    static constexpr const char* kTranslationContext = "IndicatorSource";

    QString key;
    QString label;
    const char* from; ///< "FROM … WHERE …" with ?1 and ?2; filters are appended with AND
    QList<IndicatorMeasure> measures;
    QList<IndicatorDimension> dimensions;
    /// The same rows read the other way round, for a period that holds much of the vault's contacts: every row of
    /// a revision (supplies, checks…) in one pass, each looking its contact up, instead of each contact of the
    /// period looking its rows up. Null where there is only one way.
    const char* wideFrom = nullptr;

    const IndicatorMeasure* measure(const QString& name) const;
    const IndicatorDimension* dimension(const QString& name) const;

    /// The statements that make temp.report_people (everyone reached in a period, once each), and those that drop
    /// it. ReportEngine fills it: contactPeopleSql() gives the client id or code of each of the period's (?1, ?2)
    /// contacts that names a person (wide: read contact_people first, as wideFrom), sessionPeopleSql() the
    /// clients of its counted sessions, and addPersonSql() adds one person key ('client:7', 'code:AB12') with its
    /// identity ('known', 'coded').
    static const QList<const char*>& scopeSql();
    static const char* contactPeopleSql(bool wide);
    static const char* sessionPeopleSql();
    static const char* addPersonSql();
    static const QList<const char*>& dropScopeSql();

    /// The whole whitelist.
    static const QList<IndicatorSource>& all();
    static const IndicatorSource* find(const QString& name);
    static QStringList keys();
};

} // namespace continuum
