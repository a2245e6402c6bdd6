// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/PlanChangesFit.h"

#include "printing/GoalSummaryDocument.h"
#include "printing/PageRenderer.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextDocument>

#include <algorithm>

namespace continuum::ui {

int goalSummaryPages(const GoalSummaryData& data, const QPageSize& pageSize)
{
    // Laid out as the PDF and the printer lay it out (PdfExport), in memory, and thrown away.
    auto doc = goalSummaryDocument(data);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(pageSize);
    writer.setResolution(600);
    return renderDocument(*doc, writer, goalSummaryDecoration(data));
}

bool fitPlanChangesToPages(GoalSummaryData& data)
{
    if (data.changes.isEmpty())
        return true;
    const auto pages = [](const GoalSummaryData& d) {
        return std::max(goalSummaryPages(d, QPageSize(QPageSize::Letter)),
                        goalSummaryPages(d, QPageSize(QPageSize::A4)));
    };
    GoalSummaryData without = data;
    without.changes.clear();
    without.moreChanges = 0;
    const int budget = pages(without);
    // The oldest shown go first, into the count of the ones in the record.
    while (!data.changes.isEmpty() && pages(data) > budget) {
        data.changes.removeLast();
        ++data.moreChanges;
    }
    return !data.changes.isEmpty();
}

} // namespace continuum::ui
