// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Period.h"
#include "report/ReportDefinition.h"
#include "report/ReportOptions.h"
#include "report/ReportResult.h"
#include "util/Result.h"

namespace continuum {

class Database;

/// Runs report definitions over a vault's database. Each indicator becomes one SELECT assembled only from
/// IndicatorSource's constant SQL, with the period and every filter value bound; its counts are laid out as a
/// ReportTable and suppressed (Suppression) before anyone sees them, the tables of a report together: a count
/// two tables publish (contacts, and the grand total of contacts by who) is hidden in both or in neither. It writes
/// nothing to the vault: the period's contacts are copied once per run into an in-memory temporary table, dropped when
/// the run ends.
struct IndicatorSource;

class ReportEngine final
{
public:
    explicit ReportEngine(Database& db)
        : m_db(db)
    {}

    /// The whole report. InvalidArgument for an invalid period, a threshold below 1, no date for today, or a
    /// definition naming something outside the whitelist (parse() refuses those already).
    Result<ReportResult> run(const ReportDefinition& definition, const Period& period, const ReportOptions& options);

    /// One indicator's table, suppressed.
    Result<ReportTable> table(const IndicatorDefinition& indicator, const Period& period, int threshold);

    /// From which share of the vault's span of contact days a period reads a revision's rows first
    /// (IndicatorSource::wideFrom). Both ways count the same; tests set 0 (always) or 2 (never) to prove it.
    void setWidePeriodShare(double share) { m_wideShare = share; }

private:
    /// Whether the period covers enough of the contacts' days to read a revision's rows first.
    bool isWide(const Period& period);
    const char* fromOf(const IndicatorSource& source) const;
    /// Lists the period's people, each once, in temp.report_people (in memory), which the people source reads;
    /// dropScope() empties it again.
    Status fillScope(const Period& period);
    void dropScope();
    /// One grouped pass over a source: every combination of the dimensions with each summable measure.
    struct Cube;
    Result<Cube> cube(const QString& source, const QStringList& dimensions, const QStringList& measures,
                      const Period& period);
    /// An indicator's table: its summable counts read from cube, its distinct counts by a query of their own.
    Result<ReportTable> tableInScope(const IndicatorDefinition& indicator, const Period& period, int threshold,
                                     const Cube* cube);
    Result<QList<ReportWarning>> warningsInScope(const Period& period, const QDate& today);

    /// Suppresses one table, hiding alsoHide too (SuppressionInput::alsoHide).
    static Status suppress(ReportTable& table, const QList<int>& alsoHide);
    /// Suppresses a report's tables together: a count published by two tables is hidden in both or neither.
    static Status suppressTogether(const QList<IndicatorDefinition>& indicators, QList<ReportTable>& tables);

    Database& m_db;
    double m_wideShare = 0.3;
    bool m_wide = false;
};

} // namespace continuum
