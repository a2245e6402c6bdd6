// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/GoalSummaryDocument.h"

#include "printing/ChartObject.h"
#include "printing/DocumentBlocks.h"
#include "printing/PrintTexts.h"

#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace continuum::ui {

using namespace blocks;

namespace {

// The fixed texts print in the client's language (PrintTexts), so they are marked for lupdate here, in the
// context the catalogues have always had them in, and looked up when the page is built.
constexpr char kContext[] = "GoalSummaryDocument";

/// Builds the page and notes which of its texts are the program's and which are the person's own words.
class Page
{
public:
    Page(const QString& language, GoalSummaryTexts* notes)
        : m_texts(language)
        , m_notes(notes)
    {
        if (m_notes)
            m_notes->language = m_texts.language();
    }

    /// A fixed text on the page, in the printout's language.
    QString fixed(const char* source)
    {
        const QString text = m_texts.text(kContext, source);
        if (m_notes)
            m_notes->fixed.append(text);
        return text;
    }
    /// A text of the printout that is not on the page (the PDF's title).
    QString offPage(const char* source) const { return m_texts.text(kContext, source); }
    /// The same for a text of another context (the page numbers).
    QString offPage(const char* context, const char* source) const { return m_texts.text(context, source); }
    /// The person's words, exactly as stored (left out of the notes when empty, as the page leaves them out).
    const QString& theirs(const QString& words)
    {
        if (m_notes && !words.trimmed().isEmpty())
            m_notes->theirs.append(words);
        return words;
    }
    /// A labelled row, printed only when it has words (DocumentBlocks' row()).
    void theirRow(QTextTable* table, int& r, const char* label, const QString& words, const QTextCharFormat& labelFmt,
                  const QTextCharFormat& body)
    {
        if (words.trimmed().isEmpty())
            return;
        row(table, r, fixed(label), theirs(words), labelFmt, body);
    }
    QLocale locale() const { return m_texts.locale(); }

private:
    PrintTexts m_texts;
    GoalSummaryTexts* m_notes;
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

std::unique_ptr<QTextDocument> goalSummaryDocument(const GoalSummaryData& data, GoalSummaryTexts* texts)
{
    Page page(data.language, texts);
    auto doc = newDocument();
    doc->setMetaInformation(
        QTextDocument::DocumentTitle,
        page.offPage(QT_TRANSLATE_NOOP("GoalSummaryDocument", "My plan — %1")).arg(data.chosenName));
    // The page numbers print in the same language as the rest (PageRenderer reads this).
    doc->setProperty(kPageOfProperty, page.offPage("PageRenderer", QT_TRANSLATE_NOOP("PageRenderer", "Page %1 of %2")));
    QTextCursor cursor(doc.get());
    const QTextCharFormat title = charFormat(15, true);
    const QTextCharFormat small = charFormat(8.5);
    const QTextCharFormat labelFmt = charFormat(8, true);
    const QTextCharFormat body = charFormat(9.5);
    const QTextCharFormat words = charFormat(11, true);

    cursor.setBlockFormat(spaced(0, 2));
    cursor.insertText(page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "My plan")), title);
    cursor.insertBlock(spaced(0, 0));
    cursor.insertText(data.chosenName + QStringLiteral(" · ") + page.locale().toString(data.date, QLocale::LongFormat),
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
        c.insertText(page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "What I want")), labelFmt);
        c = table->cellAt(0, 1).firstCursorPosition();
        c.insertText(page.theirs(goal.fields.clientWords), words);
        int r = 1;
        page.theirRow(table, r, QT_TRANSLATE_NOOP("GoalSummaryDocument", "Why it matters to me"),
                      goal.fields.whyItMatters, labelFmt, body);
        QStringList steps;
        for (const QString& step : goal.fields.steps) {
            if (!step.trimmed().isEmpty())
                steps.append(QStringLiteral("•  ") + page.theirs(step));
        }
        if (!steps.isEmpty())
            row(table, r, page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "My next steps")),
                steps.join(QLatin1Char('\n')), labelFmt, body);
        page.theirRow(table, r, QT_TRANSLATE_NOOP("GoalSummaryDocument", "Who can help"), goal.fields.whoCanHelp,
                      labelFmt, body);
        page.theirRow(table, r, QT_TRANSLATE_NOOP("GoalSummaryDocument", "If it gets hard"), goal.fields.ifItGetsHard,
                      labelFmt, body);
        const auto importance = latest(goal.trend, &ReadinessPoint::importance);
        const auto confidence = latest(goal.trend, &ReadinessPoint::confidence);
        QStringList feel;
        if (importance)
            feel.append(page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "How important: %1 out of 10"))
                            .arg(page.locale().toString(*importance)));
        if (confidence)
            feel.append(page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "How confident: %1 out of 10"))
                            .arg(page.locale().toString(*confidence)));
        if (!feel.isEmpty())
            row(table, r, page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "How I feel about it now")),
                feel.join(QLatin1Char('\n')), labelFmt, body);
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

    // The changes they want on their plan, in their words, with the month; left out when there are none.
    if (!data.changes.isEmpty()) {
        QTextFrame* frame = keepTogetherFrame(cursor, 8);
        QTextCursor in = frame->firstCursorPosition();
        in.setBlockFormat(spaced(0, 2));
        in.insertText(page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "Changes I have made")),
                      charFormat(11, true));
        for (const GoalSummaryData::ChangeLine& change : data.changes) {
            in.insertBlock(spaced(1, 0));
            in.insertText(QStringLiteral("•  ") + page.theirs(change.words), body);
            in.insertText(QStringLiteral("  ·  ") + page.locale().toString(change.on, QStringLiteral("MMMM yyyy")),
                          small);
        }
        if (data.moreChanges > 0) {
            in.insertBlock(spaced(2, 0));
            in.insertText(data.moreChanges == 1
                              ? page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "…and one more in my record."))
                              : page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "…and %1 more in my record."))
                                    .arg(page.locale().toString(data.moreChanges)),
                          small);
        }
        cursor = QTextCursor(doc.get());
        cursor.movePosition(QTextCursor::End);
    }

    if (!data.substances.isEmpty()) {
        cursor.insertBlock(spaced(10, 0));
        cursor.insertText(page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "Substances we talked about: ")),
                          labelFmt);
        cursor.insertText(data.substances.join(QStringLiteral(", ")), body);
    }

    // The closing: always together, never alone at the top of an otherwise empty page if avoidable.
    QTextFrame* sign = keepTogetherFrame(cursor, 12);
    QTextCursor s = sign->firstCursorPosition();
    s.setBlockFormat(spaced(0, 8));
    s.insertText(page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "We made this plan together.")),
                 charFormat(11, true));
    QTextTable* lines = s.insertTable(2, 2, plainTable(2, {50, 50}));
    lines->cellAt(0, 0).firstCursorPosition().insertText(QStringLiteral("\n______________________________"), body);
    lines->cellAt(0, 1).firstCursorPosition().insertText(QStringLiteral("\n______________________________"), body);
    lines->cellAt(1, 0).firstCursorPosition().insertText(data.chosenName, small);
    lines->cellAt(1, 1).firstCursorPosition().insertText(
        data.counselor.isEmpty() ? page.fixed(QT_TRANSLATE_NOOP("GoalSummaryDocument", "Counselor")) : data.counselor,
        small);
    return doc;
}

PageDecoration goalSummaryDecoration(const GoalSummaryData& data)
{
    // Printed on every page the person takes home, so in their language too; the texts keep the contexts the
    // catalogues hold them in.
    const PrintTexts texts(data.language);
    PageDecoration decoration;
    decoration.header = texts
                            .text("continuum::ui::PrintSummaryDialog",
                                  QT_TRANSLATE_NOOP("continuum::ui::PrintSummaryDialog", "%1 — my plan"))
                            .arg(data.chosenName);
    return decoration;
}

} // namespace continuum::ui
