// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportEngine.h"

#include "report/IndicatorSource.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/Statement.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>

namespace continuum {

namespace {

/// The row or column keys of a breakdown: a filtered dimension shows the values kept; an enumerated one every
/// value in order; a list label the list's current items in order, then labels only the past used (renamed or
/// retired items), alphabetically.
Result<QStringList> axisKeys(Database& db, const IndicatorDimension* dim, const QStringList& filter,
                             const QStringList& seen)
{
    if (!dim)
        return QStringList{QString()};
    QStringList keys;
    if (!filter.isEmpty()) {
        keys = filter;
    } else if (!dim->values.isEmpty()) {
        for (const IndicatorValue& v : dim->values)
            keys << v.key;
    } else if (!dim->list.isEmpty()) {
        auto current = Query(db,
                             "SELECT label FROM contact_list_items WHERE list = ?1 AND retired = 0 "
                             "ORDER BY position, id",
                             dim->list)
                           .all(readText);
        if (!current)
            return current.error();
        for (const QString& label : current.value()) {
            if (!keys.contains(label))
                keys << label;
        }
    }
    QStringList extra;
    for (const QString& key : seen) {
        if (!keys.contains(key) && !extra.contains(key))
            extra << key;
    }
    std::sort(extra.begin(), extra.end());
    return keys + extra;
}

QString labelFor(const IndicatorDimension* dim, const QString& key)
{
    if (!dim)
        return {};
    for (const IndicatorValue& v : dim->values) {
        if (v.key == key)
            return v.label;
    }
    return key;
}

QStringList labelsFor(const IndicatorDimension* dim, const QStringList& keys)
{
    QStringList out;
    for (const QString& key : keys)
        out << labelFor(dim, key);
    return out;
}

struct Count {
    QString row;
    QString column;
    qint64 value = 0;
};

/// The dimensions an indicator reads: its breakdowns and its filters.
QStringList dimensionsOf(const IndicatorDefinition& indicator)
{
    QStringList out;
    for (const QString& d : {indicator.rows, indicator.columns}) {
        if (!d.isEmpty() && !out.contains(d))
            out << d;
    }
    for (auto it = indicator.filter.begin(); it != indicator.filter.end(); ++it) {
        if (!out.contains(it.key()))
            out << it.key();
    }
    return out;
}

/// The period's parameters, where the statement has them: its first and last local day (?1, ?2) and the UTC
/// instants its days run between (?98, ?99; IndicatorSource).
void bindPeriod(Statement& st, const Period& period)
{
    if (st.parameterIndex("?1") > 0) {
        st.bind(1, period.firstText());
        st.bind(2, period.lastText());
    }
    if (st.parameterIndex("?98") > 0) {
        st.bind(98, period.startInstantText());
        st.bind(99, period.endInstantText());
    }
}

bool isDistinct(const IndicatorDefinition& indicator)
{
    const IndicatorSource* source = IndicatorSource::find(indicator.source);
    const IndicatorMeasure* measure = source ? source->measure(indicator.measure) : nullptr;
    return measure && measure->distinct;
}

} // namespace

struct ReportEngine::Cube {
    struct Row {
        QStringList keys;
        QList<qint64> values;
    };
    QStringList dimensions;
    QStringList measures;
    QList<Row> rows;
};

Result<ReportEngine::Cube> ReportEngine::cube(const QString& sourceKey, const QStringList& dimensions,
                                              const QStringList& measures, const Period& period)
{
    const IndicatorSource* source = IndicatorSource::find(sourceKey);
    if (!source)
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown source '%1'").arg(sourceKey));
    // Only constants of IndicatorSource go into the SQL text; the period is bound.
    std::string sql = "SELECT ";
    for (const QString& d : dimensions) {
        const IndicatorDimension* dim = source->dimension(d);
        if (!dim)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("unknown breakdown '%1'").arg(d));
        sql += dim->sql;
        sql += ", ";
    }
    for (qsizetype i = 0; i < measures.size(); ++i) {
        const IndicatorMeasure* m = source->measure(measures.at(i));
        if (!m || m->distinct)
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("no summable measure '%1'").arg(measures.at(i)));
        if (!m->rowSql)
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("no row value for '%1'").arg(measures.at(i)));
        sql += i == 0 ? "" : ", ";
        sql += m->rowSql;
    }
    if (measures.isEmpty())
        sql += "1";
    sql += ' ';
    sql += fromOf(*source);
    auto st = m_db.prepare(sql);
    if (!st)
        return makeError(st.code(), QStringLiteral("source '%1': %2").arg(sourceKey, st.error().detail));
    bindPeriod(*st, period);
    // Added up here, row by row, into the few groups there are (a SQL GROUP BY would sort every row first). A
    // row's group is found by its dimensions' bytes, read in place: no copy per row, only per new group.
    Cube c{dimensions, measures, {}};
    const int n = static_cast<int>(dimensions.size());
    std::unordered_map<std::string, qsizetype> groups;
    std::string key;
    while (true) {
        auto row = st->step();
        if (!row)
            return makeError(row.code(), QStringLiteral("source '%1': %2").arg(sourceKey, row.error().detail));
        if (!row.value())
            break;
        key.clear();
        for (int i = 0; i < n; ++i) {
            // NULL and '' are told apart: a dimension's SQL never yields either today, but a key must not merge them
            key += st->columnIsNull(i) ? '\x1d' : '\x1c';
            key += st->columnBytes(i);
            key += '\x1f';
        }
        auto it = groups.find(key);
        if (it == groups.end()) {
            Cube::Row r;
            for (int i = 0; i < n; ++i)
                r.keys << st->columnText(i);
            r.values.fill(0, measures.size());
            it = groups.emplace(key, c.rows.size()).first;
            c.rows.append(std::move(r));
        }
        Cube::Row& r = c.rows[it->second];
        for (int i = 0; i < measures.size(); ++i)
            r.values[i] += st->columnInt64(n + i);
    }
    return c;
}

bool ReportEngine::isWide(const Period& period)
{
    // The index's two ends: the first and last day any counted contact holds.
    auto st = m_db.prepare("SELECT min(occurred_on), max(occurred_on) FROM contact_report_rows");
    if (!st || !st->step().value_or(false) || st->columnIsNull(0))
        return false;
    const QDate first = QDate::fromString(st->columnText(0), Qt::ISODate);
    const QDate last = QDate::fromString(st->columnText(1), Qt::ISODate);
    if (!first.isValid() || !last.isValid())
        return false;
    const qint64 span = first.daysTo(last) + 1;
    const qint64 covered = std::max<qint64>(0, std::min(last, period.last()).toJulianDay() -
                                                   std::max(first, period.first()).toJulianDay() + 1);
    return double(covered) >= m_wideShare * double(span);
}

const char* ReportEngine::fromOf(const IndicatorSource& source) const
{
    return m_wide && source.wideFrom ? source.wideFrom : source.from;
}

Status ReportEngine::fillScope(const Period& period)
{
    m_wide = isWide(period);
    for (const char* sql : IndicatorSource::scopeSql()) {
        if (auto s = m_db.exec(sql); !s)
            return s;
    }
    // Everyone reached, once: a person with many contacts comes many times, and is kept here once (a set of ids
    // and codes), so the table gets one row per person rather than one attempt per contact.
    QSet<qint64> clients;
    QSet<QString> codes;
    auto contacts = m_db.prepare(IndicatorSource::contactPeopleSql(m_wide));
    if (!contacts)
        return contacts.error();
    bindPeriod(*contacts, period);
    while (true) {
        auto row = contacts->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        if (!contacts->columnIsNull(0))
            clients.insert(contacts->columnInt64(0));
        else if (!contacts->columnIsNull(1))
            codes.insert(contacts->columnText(1));
    }
    auto sessions = m_db.prepare(IndicatorSource::sessionPeopleSql());
    if (!sessions)
        return sessions.error();
    bindPeriod(*sessions, period);
    while (true) {
        auto row = sessions->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        clients.insert(sessions->columnInt64(0));
    }
    auto add = m_db.prepare(IndicatorSource::addPersonSql());
    if (!add)
        return add.error();
    const auto addPerson = [&](const QString& key, const QString& identity) -> Status {
        add->reset();
        add->bind(1, key);
        add->bind(2, identity);
        return add->run();
    };
    for (const qint64 id : std::as_const(clients)) {
        if (auto s = addPerson(QStringLiteral("client:%1").arg(id), QStringLiteral("known")); !s)
            return s;
    }
    for (const QString& code : std::as_const(codes)) {
        if (auto s = addPerson(QStringLiteral("code:") + code, QStringLiteral("coded")); !s)
            return s;
    }
    return {};
}

void ReportEngine::dropScope()
{
    // Nothing to report if it fails: the tables live in memory and go with the connection.
    for (const char* sql : IndicatorSource::dropScopeSql())
        (void)m_db.exec(sql);
}

Result<ReportTable> ReportEngine::table(const IndicatorDefinition& indicator, const Period& period, int threshold)
{
    if (!period.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the report has no period"));
    if (auto s = fillScope(period); !s)
        return s.error();
    std::optional<Cube> own;
    if (!isDistinct(indicator)) {
        auto c = cube(indicator.source, dimensionsOf(indicator), {indicator.measure}, period);
        if (!c) {
            dropScope();
            return c.error();
        }
        own = std::move(c).value();
    }
    auto t = tableInScope(indicator, period, threshold, own ? &*own : nullptr);
    dropScope();
    return t;
}

Result<ReportTable> ReportEngine::tableInScope(const IndicatorDefinition& indicator, const Period& period,
                                               int threshold, const Cube* cube)
{
    const IndicatorSource* source = IndicatorSource::find(indicator.source);
    const IndicatorMeasure* measure = source ? source->measure(indicator.measure) : nullptr;
    if (!source || !measure) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("indicator '%1': unknown source or measure '%2/%3'")
                                                         .arg(indicator.id, indicator.source, indicator.measure));
    }
    const IndicatorDimension* rowDim = indicator.rows.isEmpty() ? nullptr : source->dimension(indicator.rows);
    const IndicatorDimension* columnDim = indicator.columns.isEmpty() ? nullptr : source->dimension(indicator.columns);
    if ((!indicator.rows.isEmpty() && !rowDim) || (!indicator.columns.isEmpty() && !columnDim)) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("indicator '%1': unknown breakdown").arg(indicator.id));
    }

    QList<Count> counts;
    QStringList seenRows;
    QStringList seenColumns;
    if (!measure->distinct) {
        // Summable: read from the source's one grouped pass, keeping the rows the filters keep.
        if (!cube || !cube->measures.contains(indicator.measure))
            return makeError(ErrorCode::InvalidArgument,
                             QStringLiteral("indicator '%1': no grouped counts").arg(indicator.id));
        const qsizetype rowAt = rowDim ? cube->dimensions.indexOf(indicator.rows) : -1;
        const qsizetype columnAt = columnDim ? cube->dimensions.indexOf(indicator.columns) : -1;
        const qsizetype valueAt = cube->measures.indexOf(indicator.measure);
        QList<std::pair<qsizetype, QStringList>> filters;
        for (auto it = indicator.filter.begin(); it != indicator.filter.end(); ++it)
            filters.append({cube->dimensions.indexOf(it.key()), it.value()});
        for (const Cube::Row& r : cube->rows) {
            bool kept = true;
            for (const auto& [at, values] : filters)
                kept = kept && at >= 0 && values.contains(r.keys.at(at));
            if (!kept)
                continue;
            Count c{rowAt >= 0 ? r.keys.at(rowAt) : QString(), columnAt >= 0 ? r.keys.at(columnAt) : QString(),
                    r.values.at(valueAt)};
            seenRows << c.row;
            seenColumns << c.column;
            counts.append(c);
        }
    } else {
        // Only constants of IndicatorSource go into the SQL text; the period and the filter values are bound.
        std::string sql = "SELECT ";
        sql += rowDim ? rowDim->sql : "''";
        sql += ", ";
        sql += columnDim ? columnDim->sql : "''";
        sql += ", ";
        sql += measure->sql;
        sql += ' ';
        sql += fromOf(*source);
        QStringList bound;
        for (auto it = indicator.filter.begin(); it != indicator.filter.end(); ++it) {
            const IndicatorDimension* dim = source->dimension(it.key());
            if (!dim) {
                return makeError(ErrorCode::InvalidArgument,
                                 QStringLiteral("indicator '%1': cannot filter on '%2'").arg(indicator.id, it.key()));
            }
            sql += " AND (";
            sql += dim->sql;
            sql += ") IN (";
            for (qsizetype i = 0; i < it.value().size(); ++i) {
                sql += i == 0 ? "?" : ", ?";
                sql += std::to_string(3 + bound.size());
                bound << it.value().at(i);
            }
            sql += ')';
        }
        sql += " GROUP BY 1, 2";

        auto st = m_db.prepare(sql);
        if (!st)
            return makeError(st.code(), QStringLiteral("indicator '%1': %2").arg(indicator.id, st.error().detail));
        bindPeriod(*st, period);
        for (qsizetype i = 0; i < bound.size(); ++i)
            st->bind(3 + static_cast<int>(i), bound.at(i));
        while (true) {
            auto row = st->step();
            if (!row)
                return makeError(row.code(),
                                 QStringLiteral("indicator '%1': %2").arg(indicator.id, row.error().detail));
            if (!row.value())
                break;
            Count c{st->columnText(0), st->columnText(1), st->columnInt64(2)};
            seenRows << c.row;
            seenColumns << c.column;
            counts.append(c);
        }
    }

    ReportTable t;
    t.indicatorId = indicator.id;
    t.title = indicator.title;
    t.description = indicator.description;
    t.measureLabel = measure->label;
    t.threshold = threshold;
    auto rowKeys = axisKeys(m_db, rowDim, indicator.filter.value(indicator.rows), seenRows);
    if (!rowKeys)
        return rowKeys.error();
    auto columnKeys = axisKeys(m_db, columnDim, indicator.filter.value(indicator.columns), seenColumns);
    if (!columnKeys)
        return columnKeys.error();
    t.rowKeys = rowKeys.value();
    t.columnKeys = columnKeys.value();
    t.rowHeader = rowDim ? rowDim->label : QString();
    t.columnHeader = columnDim ? columnDim->label : QString();
    t.rowLabels = rowDim ? labelsFor(rowDim, t.rowKeys) : QStringList{measure->label};
    t.columnLabels = columnDim ? labelsFor(columnDim, t.columnKeys) : QStringList{measure->label};
    t.cells.fill(0, t.rowKeys.size() * t.columnKeys.size());
    QHash<QString, int> rowIndex;
    QHash<QString, int> columnIndex;
    for (int i = 0; i < t.rowKeys.size(); ++i)
        rowIndex.insert(t.rowKeys.at(i), i);
    for (int i = 0; i < t.columnKeys.size(); ++i)
        columnIndex.insert(t.columnKeys.at(i), i);
    for (const Count& c : counts)
        t.cells[rowIndex.value(c.row) * t.columns() + columnIndex.value(c.column)] += c.value;

    const bool twoWay = rowDim && columnDim;
    t.hasRowTotals = measure->additive && twoWay;
    t.hasColumnTotals = measure->additive && twoWay;
    t.hasGrandTotal = measure->additive && rowDim;
    t.rowTotals.fill(0, t.rows());
    t.columnTotals.fill(0, t.columns());
    for (int r = 0; r < t.rows(); ++r) {
        for (int c = 0; c < t.columns(); ++c) {
            t.rowTotals[r] += t.cell(r, c);
            t.columnTotals[c] += t.cell(r, c);
            t.grandTotal += t.cell(r, c);
        }
    }

    if (auto s = suppress(t, {}); !s)
        return makeError(s.code(), QStringLiteral("indicator '%1': %2").arg(indicator.id, s.error().detail));
    return t;
}

namespace {

/// What each entry of a table counts, as a key two tables share when they publish the same number: the source,
/// the measure and every condition (filters, and the entry's row and column values). Entries not published get
/// an empty key. Order: cells (row-major), row totals, column totals, grand total, as SuppressionInput::alsoHide.
QStringList entryKeys(const IndicatorDefinition& indicator, const ReportTable& t)
{
    const auto keyFor = [&](const QString& rowValue, const QString& columnValue) {
        QMap<QString, QStringList> conditions = indicator.filter;
        for (const auto& [dim, value] :
             {std::pair{indicator.rows, rowValue}, std::pair{indicator.columns, columnValue}}) {
            if (!dim.isEmpty() && !value.isNull())
                conditions[dim] = QStringList{value};
        }
        QStringList parts{indicator.source, indicator.measure};
        for (auto it = conditions.begin(); it != conditions.end(); ++it) {
            QStringList values = it.value();
            values.sort();
            parts << it.key() + QLatin1Char('=') + values.join(QLatin1Char('\x1e'));
        }
        return parts.join(QLatin1Char('\x1f'));
    };
    QStringList keys;
    for (int r = 0; r < t.rows(); ++r) {
        for (int c = 0; c < t.columns(); ++c) {
            keys << keyFor(indicator.rows.isEmpty() ? QString() : t.rowKeys.at(r),
                           indicator.columns.isEmpty() ? QString() : t.columnKeys.at(c));
        }
    }
    for (int r = 0; r < t.rows(); ++r)
        keys << (t.hasRowTotals ? keyFor(t.rowKeys.at(r), QString()) : QString());
    for (int c = 0; c < t.columns(); ++c)
        keys << (t.hasColumnTotals ? keyFor(QString(), t.columnKeys.at(c)) : QString());
    keys << (t.hasGrandTotal ? keyFor(QString(), QString()) : QString());
    return keys;
}

/// Two indicators with this key make the same table, whatever their titles.
QString sameTableKey(const IndicatorDefinition& indicator)
{
    QStringList parts{indicator.source, indicator.measure, indicator.rows, indicator.columns};
    for (auto it = indicator.filter.begin(); it != indicator.filter.end(); ++it) {
        QStringList values = it.value();
        values.sort();
        parts << it.key() + QLatin1Char('=') + values.join(QLatin1Char('\x1e'));
    }
    return parts.join(QLatin1Char('\x1f'));
}

bool isHidden(const SuppressionMarks& m, int entry, int cells, int rows, int columns)
{
    SuppressionMark mark = SuppressionMark::None;
    if (entry < cells)
        mark = m.cells.value(entry);
    else if (entry < cells + rows)
        mark = m.rowTotals.value(entry - cells);
    else if (entry < cells + rows + columns)
        mark = m.columnTotals.value(entry - cells - rows);
    else
        mark = m.grandTotal;
    return mark != SuppressionMark::None;
}

} // namespace

Status ReportEngine::suppress(ReportTable& t, const QList<int>& alsoHide)
{
    SuppressionInput in;
    in.rows = t.rows();
    in.columns = t.columns();
    in.cells = t.cells;
    in.rowTotals = t.hasRowTotals;
    in.columnTotals = t.hasColumnTotals;
    in.grandTotal = t.hasGrandTotal;
    in.threshold = t.threshold;
    in.alsoHide = alsoHide;
    auto marks = Suppression::apply(in);
    if (!marks)
        return marks.error();
    t.marks = std::move(marks).value();
    return {};
}

Status ReportEngine::suppressTogether(const QList<IndicatorDefinition>& indicators, QList<ReportTable>& tables)
{
    // A count two tables publish is hidden in both or in neither, or one would show what the other hides. Hiding
    // only grows, so this ends; each round suppresses every table again with what the others hide.
    QList<QStringList> keys;
    for (qsizetype i = 0; i < tables.size(); ++i) {
        keys << entryKeys(indicators.at(i), tables.at(i));
        tables[i].entryKeys = keys.last();
    }
    QSet<QString> hiddenKeys;
    while (true) {
        qsizetype before = hiddenKeys.size();
        for (qsizetype i = 0; i < tables.size(); ++i) {
            ReportTable& t = tables[i];
            QList<int> alsoHide;
            for (int e = 0; e < keys.at(i).size(); ++e) {
                if (!keys.at(i).at(e).isEmpty() && hiddenKeys.contains(keys.at(i).at(e)))
                    alsoHide << e;
            }
            if (auto s = suppress(t, alsoHide); !s)
                return makeError(s.code(), QStringLiteral("indicator '%1': %2").arg(t.indicatorId, s.error().detail));
            const int cells = static_cast<int>(t.cells.size());
            for (int e = 0; e < keys.at(i).size(); ++e) {
                if (!keys.at(i).at(e).isEmpty() && isHidden(t.marks, e, cells, t.rows(), t.columns()))
                    hiddenKeys.insert(keys.at(i).at(e));
            }
        }
        if (hiddenKeys.size() == before)
            return {};
    }
}

Result<QList<ReportWarning>> ReportEngine::warningsInScope(const Period& period, const QDate& today)
{
    struct Check {
        const char* key;
        const char* text;
        std::string_view sql;
        std::string_view wideSql; ///< the same count, a revision's rows read first (isWide()); empty: sql
    };
    // ?1, ?2: the period; ?3: the last contact date whose referrals should have an outcome by today.
    static constexpr Check kChecks[] = {
        {"contacts_without_setting",
         "Contacts with no place recorded",
         "SELECT COUNT(*) FROM contact_report_rows c WHERE c.occurred_on BETWEEN ?1 AND ?2 "
         "AND c.setting IS NULL AND ?3 IS NOT NULL",
         {}},
        {"referrals_without_outcome", "Referrals with no outcome 30 days after the contact",
         "SELECT COUNT(*) FROM contact_referrals r JOIN contact_report_rows c ON c.revision_id = r.revision_id "
         "WHERE c.occurred_on BETWEEN ?1 AND ?2 AND c.occurred_on <= ?3 "
         "AND NOT EXISTS (SELECT 1 FROM referral_outcomes ro WHERE ro.referral_uuid = r.referral_uuid)",
         "SELECT COUNT(*) FROM contact_referrals r CROSS JOIN contact_report_rows c ON c.revision_id = r.revision_id "
         "WHERE c.occurred_on BETWEEN ?1 AND ?2 AND c.occurred_on <= ?3 "
         "AND NOT EXISTS (SELECT 1 FROM referral_outcomes ro WHERE ro.referral_uuid = r.referral_uuid)"},
        {"drug_checks_without_result", "Drug checks with no result recorded",
         "SELECT COUNT(*) FROM contact_drug_checks d JOIN contact_report_rows c ON c.revision_id = d.revision_id "
         "WHERE c.occurred_on BETWEEN ?1 AND ?2 AND d.result IS NULL AND ?3 IS NOT NULL",
         "SELECT COUNT(*) FROM contact_drug_checks d CROSS JOIN contact_report_rows c ON c.revision_id = d.revision_id "
         "WHERE c.occurred_on BETWEEN ?1 AND ?2 AND d.result IS NULL AND ?3 IS NOT NULL"},
        {"naloxone_without_shown",
         "Contacts where naloxone was given and \"shown how to use it\" was not answered",
         "SELECT COUNT(*) FROM contact_report_rows c WHERE c.occurred_on BETWEEN ?1 AND ?2 "
         "AND c.naloxone_shown IS NULL AND ?3 IS NOT NULL "
         "AND EXISTS (SELECT 1 FROM contact_naloxone n WHERE n.revision_id = c.revision_id)",
         {}},
        {"overdoses_without_outcome", "Overdoses reported with no outcome recorded",
         "SELECT COUNT(*) FROM contact_overdoses o JOIN contact_report_rows c ON c.revision_id = o.revision_id "
         "WHERE c.occurred_on BETWEEN ?1 AND ?2 AND o.outcome IS NULL AND ?3 IS NOT NULL",
         "SELECT COUNT(*) FROM contact_overdoses o CROSS JOIN contact_report_rows c ON c.revision_id = o.revision_id "
         "WHERE c.occurred_on BETWEEN ?1 AND ?2 AND o.outcome IS NULL AND ?3 IS NOT NULL"},
    };
    const QString cutoff = today.addDays(-30).toString(Qt::ISODate);
    QList<ReportWarning> out;
    for (const Check& check : kChecks) {
        const std::string_view sql = m_wide && !check.wideSql.empty() ? check.wideSql : check.sql;
        auto n = Query(m_db, sql, period.firstText(), period.lastText(), cutoff).one(readInt64, {"count", 0});
        if (!n)
            return n.error();
        if (n.value() > 0)
            out.append({QString::fromLatin1(check.key), QString::fromUtf8(check.text), n.value()});
    }
    return out;
}

Result<ReportResult> ReportEngine::run(const ReportDefinition& definition, const Period& period,
                                       const ReportOptions& options)
{
    if (!period.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the report has no period"));
    if (options.threshold < 1)
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("a suppression threshold below 1 (%1) hides nothing").arg(options.threshold));
    if (!options.today.isValid())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the report needs today's date"));
    if (definition.indicators.isEmpty())
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("the report has no indicators"));
    ReportResult result;
    result.reportId = definition.id;
    result.title = definition.title;
    result.description = definition.description;
    result.period = period;
    result.threshold = options.threshold;
    // The tables are worked out for every report published with this one, in the catalog's order, so that the
    // hiding is the same whichever of them is run; only this report's tables are kept.
    QList<IndicatorDefinition> indicators;
    bool listed = false;
    for (const ReportDefinition& other : options.publishedWith) {
        listed = listed || other.id == definition.id;
        indicators += other.id == definition.id ? definition.indicators : other.indicators;
    }
    if (!listed)
        indicators += definition.indicators;
    qsizetype first = 0;
    for (const ReportDefinition& other : options.publishedWith) {
        if (other.id == definition.id)
            break;
        first += other.indicators.size();
    }
    if (!listed)
        first = indicators.size() - definition.indicators.size();

    if (auto s = fillScope(period); !s)
        return s.error();
    // One grouped pass per source over every dimension and summable measure its indicators use.
    QMap<QString, std::pair<QStringList, QStringList>> plans;
    for (const IndicatorDefinition& indicator : indicators) {
        if (isDistinct(indicator))
            continue;
        auto& [dimensions, measures] = plans[indicator.source];
        for (const QString& d : dimensionsOf(indicator)) {
            if (!dimensions.contains(d))
                dimensions << d;
        }
        if (!measures.contains(indicator.measure))
            measures << indicator.measure;
    }
    QMap<QString, Cube> cubes;
    for (auto it = plans.begin(); it != plans.end(); ++it) {
        auto c = cube(it.key(), it.value().first, it.value().second, period);
        if (!c) {
            dropScope();
            return c.error();
        }
        cubes.insert(it.key(), std::move(c).value());
    }
    // A table two reports share (the same indicator) is worked out once.
    QList<ReportTable> tables;
    QHash<QString, qsizetype> done;
    for (const IndicatorDefinition& indicator : indicators) {
        const QString same = sameTableKey(indicator);
        if (const auto it = done.constFind(same); it != done.constEnd()) {
            ReportTable copy = tables.at(it.value());
            copy.indicatorId = indicator.id;
            copy.title = indicator.title;
            copy.description = indicator.description;
            tables.append(std::move(copy));
            continue;
        }
        const auto found = cubes.constFind(indicator.source);
        auto t = tableInScope(indicator, period, options.threshold, found == cubes.constEnd() ? nullptr : &*found);
        if (!t) {
            dropScope();
            return t.error();
        }
        done.insert(same, tables.size());
        tables.append(std::move(t).value());
    }
    if (auto s = suppressTogether(indicators, tables); !s) {
        dropScope();
        return s.error();
    }
    result.tables = tables.mid(first, definition.indicators.size());
    auto w = warningsInScope(period, options.today);
    dropScope();
    if (!w)
        return w.error();
    result.warnings = std::move(w).value();
    return result;
}

} // namespace continuum
