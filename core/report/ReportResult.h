// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Period.h"
#include "report/ReportTable.h"
#include "report/ReportWarning.h"

#include <QList>
#include <QString>

namespace continuum {

/// A report run over a period: one table per indicator (already suppressed), and the data-quality warnings for
/// the preview. What ReportCsvWriter writes and what the printed report shows.
struct ReportResult {
    QString reportId;
    QString title;
    QString description;
    Period period;
    int threshold = 10;
    QList<ReportTable> tables;
    QList<ReportWarning> warnings; ///< only those with a count above zero

    const ReportTable* table(const QString& indicatorId) const
    {
        for (const ReportTable& t : tables) {
            if (t.indicatorId == indicatorId)
                return &t;
        }
        return nullptr;
    }
};

} // namespace continuum
