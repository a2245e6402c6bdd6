// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/GoalSummaryDocument.h"

#include "printing/ChartObject.h"
#include "printing/DocumentBlocks.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace continuum::ui {

using namespace blocks;

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GoalSummaryDocument)
};

/// The most recent score of one ruler in a trend, if any session gave one.
std::optional<int> latest(const QList<ReadinessPoint>& trend, std::optional<int> ReadinessPoint::*member)
{
    for (auto it = trend.crbegin(); it != trend.crend(); ++it) {
        if ((*it).*member)
            return (*it).*member;
    }
    return std::nullopt;
}

} // namespace

std::unique_ptr<QTextDocument> goalSummaryDocument(const GoalSummaryData& data)
{
    auto doc = newDocument();
    doc->setMetaInformation(QTextDocument::DocumentTitle, Tr::tr("My plan — %1").arg(data.chosenName));
    QTextCursor cursor(doc.get());
    const QTextCharFormat title = charFormat(15, true);
    const QTextCharFormat small = charFormat(8.5);
    const QTextCharFormat labelFmt = charFormat(8, true);
    const QTextCharFormat body = charFormat(9.5);
    const QTextCharFormat words = charFormat(11, true);

    cursor.setBlockFormat(spaced(0, 2));
    cursor.insertText(Tr::tr("My plan"), title);
    cursor.insertBlock(spaced(0, 0));
    cursor.insertText(data.chosenName + QStringLiteral(" · ") + QLocale().toString(data.date, QLocale::LongFormat),
                      body);
    if (!data.agencyName.isEmpty() || !data.agencyContact.isEmpty()) {
        cursor.insertBlock(spaced(1, 0));
        QStringList agency{data.agencyName};
        agency.append(data.agencyContact.split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        agency.removeAll(QString());
        cursor.insertText(agency.join(QStringLiteral(" · ")), small);
    }

    for (const GoalSummaryData::GoalBlock& goal : data.goals) {
        QTextFrame* frame = keepTogetherFrame(cursor, 6);
        QTextCursor in = frame->firstCursorPosition();
        // With a trend, a third column holds the small chart beside the words, so four goals fit a page.
        const bool chart = goal.trend.size() > 1;
        QTextTable* table =
            in.insertTable(1, chart ? 3 : 2, chart ? plainTable(3, {22, 53, 25}) : plainTable(2, {22, 78}));
        QTextCursor c = table->cellAt(0, 0).firstCursorPosition();
        c.insertText(Tr::tr("What I want"), labelFmt);
        c = table->cellAt(0, 1).firstCursorPosition();
        c.insertText(goal.fields.clientWords, words);
        int r = 1;
        row(table, r, Tr::tr("Why it matters to me"), goal.fields.whyItMatters, labelFmt, body);
        QStringList steps;
        for (const QString& step : goal.fields.steps)
            steps.append(QStringLiteral("•  ") + step);
        row(table, r, Tr::tr("My next steps"), steps.join(QLatin1Char('\n')), labelFmt, body);
        row(table, r, Tr::tr("Who can help"), goal.fields.whoCanHelp, labelFmt, body);
        row(table, r, Tr::tr("If it gets hard"), goal.fields.ifItGetsHard, labelFmt, body);
        const auto importance = latest(goal.trend, &ReadinessPoint::importance);
        const auto confidence = latest(goal.trend, &ReadinessPoint::confidence);
        QStringList feel;
        if (importance)
            feel.append(Tr::tr("How important: %1 out of 10").arg(*importance));
        if (confidence)
            feel.append(Tr::tr("How confident: %1 out of 10").arg(*confidence));
        row(table, r, Tr::tr("How I feel about it now"), feel.join(QLatin1Char('\n')), labelFmt, body);
        if (chart) {
            table->mergeCells(0, 2, table->rows(), 1);
            QTextCursor cell = table->cellAt(0, 2).firstCursorPosition();
            QTextBlockFormat centred;
            centred.setAlignment(Qt::AlignHCenter);
            cell.setBlockFormat(centred);
            ChartObject::insert(cell, goal.trend, 42, 22);
        }
        cursor = QTextCursor(doc.get());
        cursor.movePosition(QTextCursor::End);
    }

    if (!data.substances.isEmpty()) {
        cursor.insertBlock(spaced(10, 0));
        cursor.insertText(Tr::tr("Substances we talked about: "), labelFmt);
        cursor.insertText(data.substances.join(QStringLiteral(", ")), body);
    }

    // The closing: always together, never alone at the top of an otherwise empty page if avoidable.
    QTextFrame* sign = keepTogetherFrame(cursor, 12);
    QTextCursor s = sign->firstCursorPosition();
    s.setBlockFormat(spaced(0, 8));
    s.insertText(Tr::tr("We made this plan together."), charFormat(11, true));
    QTextTable* lines = s.insertTable(2, 2, plainTable(2, {50, 50}));
    lines->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("\n______________________________"), body);
    lines->cellAt(0, 1).firstCursorPosition().insertText(QStringLiteral("\n______________________________"), body);
    lines->cellAt(1, 0).firstCursorPosition().insertText(data.chosenName, small);
    lines->cellAt(1, 1).firstCursorPosition().insertText(
        data.counselor.isEmpty() ? Tr::tr("Counselor") : data.counselor, small);
    return doc;
}

} // namespace continuum::ui
