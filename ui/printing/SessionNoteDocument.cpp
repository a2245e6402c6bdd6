// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/SessionNoteDocument.h"

#include "common/Labels.h"
#include "common/TimeText.h"
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
    Q_DECLARE_TR_FUNCTIONS(SessionNoteDocument)
};
} // namespace

std::unique_ptr<QTextDocument> sessionNoteDocument(const SessionNoteData& data)
{
    auto doc = newDocument();
    const SessionRecord& rec = data.record;
    const SessionContent& c = rec.content;
    doc->setMetaInformation(QTextDocument::DocumentTitle, Tr::tr("Session note — %1").arg(data.chosenName));
    QTextCursor cursor(doc.get());
    const QTextCharFormat title = charFormat(15, true);
    const QTextCharFormat heading = charFormat(11, true);
    const QTextCharFormat labelFmt = charFormat(9, true);
    const QTextCharFormat body = charFormat(9.5);
    const QTextCharFormat quote = charFormat(9.5, false, true);

    cursor.setBlockFormat(spaced(0, 4));
    cursor.insertText(Tr::tr("MI session note"), title);
    QTextTable* head = cursor.insertTable(1, 2, plainTable(2, {25, 75}));
    int r = 0;
    row(head, r, Tr::tr("Client"), data.chosenName, labelFmt, body);
    row(head, r, Tr::tr("Agency code"), data.agencyCode, labelFmt, body);
    QString when = QLocale().toString(c.date, QLocale::LongFormat);
    if (c.startTime)
        when += QStringLiteral(", ") + timeText(*c.startTime);
    row(head, r, Tr::tr("Date"), when, labelFmt, body);
    if (c.durationMinutes)
        row(head, r, Tr::tr("Duration"), Tr::tr("%n minute(s)", nullptr, *c.durationMinutes), labelFmt, body);
    if (c.setting)
        row(head, r, Tr::tr("Setting"), label(*c.setting), labelFmt, body);
    QStringList processes;
    for (MiProcess p : c.processes)
        processes.append(label(p));
    row(head, r, Tr::tr("MI processes"), processes.join(QStringLiteral(", ")), labelFmt, body);
    head->removeRows(head->rows() - 1, 1); // the empty row the table started with
    cursor.movePosition(QTextCursor::End);

    for (const SessionGoalEntry& e : c.goals) {
        QTextFrame* frame = keepTogetherFrame(cursor, 8);
        QTextCursor in = frame->firstCursorPosition();
        in.setBlockFormat(spaced(0, 2));
        in.insertText(Tr::tr("Goal: %1").arg(data.goalWords.value(e.goalId)), heading);
        QTextTable* t = in.insertTable(1, 2, plainTable(2, {25, 75}));
        int gr = 0;
        QString stage = e.stage ? label(*e.stage) : QString();
        if (e.returnToUse)
            stage += (stage.isEmpty() ? QString() : QStringLiteral("; ")) +
                     Tr::tr("described a return to use (part of the cycle)");
        row(t, gr, Tr::tr("Stage observed"), stage, labelFmt, body);
        const auto ruler = [&](const QString& name, const std::optional<RulerScore>& s) {
            if (!s)
                return;
            QString text = Tr::tr("%1 of 10").arg(s->value);
            // Set by the person in client mode (issue 15): the supervisor reads whose number it is.
            if (s->enteredByPerson)
                text += QStringLiteral(" (%1)").arg(data.chosenName.isEmpty()
                                                        ? Tr::tr("entered by the person")
                                                        : Tr::tr("entered by %1").arg(data.chosenName));
            if (!s->whyNotLower.isEmpty())
                text += QLatin1Char('\n') + Tr::tr("Why %1 and not lower: “%2”").arg(s->value).arg(s->whyNotLower);
            if (!s->whatWouldHelp.isEmpty())
                text += QLatin1Char('\n') + Tr::tr("What would help move higher: “%1”").arg(s->whatWouldHelp);
            row(t, gr, name, text, labelFmt, body);
        };
        ruler(Tr::tr("Importance"), e.importance);
        ruler(Tr::tr("Confidence"), e.confidence);
        ruler(Tr::tr("Readiness"), e.readiness);
        QStringList change, sustain;
        for (const TalkQuote& q : e.quotes) {
            const QString line = QStringLiteral("%1: “%2”").arg(label(q.category), q.quote);
            (q.direction == TalkDirection::Change ? change : sustain).append(line);
        }
        row(t, gr, Tr::tr("Change talk"), change.join(QLatin1Char('\n')), labelFmt, quote);
        row(t, gr, Tr::tr("Sustain talk"), sustain.join(QLatin1Char('\n')), labelFmt, quote);
        t->removeRows(t->rows() - 1, 1);
        cursor = QTextCursor(doc.get());
        cursor.movePosition(QTextCursor::End);
    }

    if (!c.balance.isEmpty()) {
        QTextFrame* frame = keepTogetherFrame(cursor, 8);
        QTextCursor in = frame->firstCursorPosition();
        in.setBlockFormat(spaced(0, 2));
        in.insertText(Tr::tr("Decisional balance"), heading);
        QTextTableFormat grid = plainTable(2, {50, 50});
        grid.setBorder(0.5);
        grid.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        grid.setCellPadding(3);
        QTextTable* t = in.insertTable(2, 2, grid);
        const QList<BalanceBox> boxes = allValues<BalanceBox>();
        for (int i = 0; i < boxes.size(); ++i) {
            QTextCursor cell = t->cellAt(i / 2, i % 2).firstCursorPosition();
            cell.insertText(label(boxes.at(i)), labelFmt);
            for (const BalanceItem& b : c.balance) {
                if (b.box == boxes.at(i)) {
                    cell.insertBlock();
                    cell.insertText(QStringLiteral("•  ") + b.text, body);
                }
            }
        }
        cursor = QTextCursor(doc.get());
        cursor.movePosition(QTextCursor::End);
    }

    if (c.changePlan && !c.changePlan->isEmpty()) {
        QTextFrame* frame = keepTogetherFrame(cursor, 8);
        QTextCursor in = frame->firstCursorPosition();
        in.setBlockFormat(spaced(0, 2));
        in.insertText(Tr::tr("Change plan"), heading);
        QTextTable* t = in.insertTable(1, 2, plainTable(2, {30, 70}));
        int pr = 0;
        row(t, pr, Tr::tr("The changes I want to make"), c.changePlan->changesIWant, labelFmt, body);
        row(t, pr, Tr::tr("The most important reasons"), c.changePlan->mostImportantReasons, labelFmt, body);
        row(t, pr, Tr::tr("The steps I plan to take"), c.changePlan->stepsIPlan, labelFmt, body);
        row(t, pr, Tr::tr("How other people can help"), c.changePlan->howOthersCanHelp, labelFmt, body);
        row(t, pr, Tr::tr("How I will know my plan is working"), c.changePlan->howIWillKnow, labelFmt, body);
        row(t, pr, Tr::tr("What could get in the way"), c.changePlan->whatCouldGetInTheWay, labelFmt, body);
        t->removeRows(t->rows() - 1, 1);
        cursor = QTextCursor(doc.get());
        cursor.movePosition(QTextCursor::End);
    }

    if (!c.note.isEmpty()) {
        cursor.insertBlock(spaced(10, 2));
        cursor.insertText(Tr::tr("Note — %1").arg(label(c.noteFormat)), heading);
        for (const NoteSection& n : c.note) {
            cursor.insertBlock(spaced(4, 0));
            cursor.insertText(noteSectionTitle(n.key), labelFmt);
            for (const QString& para : n.body.split(QLatin1Char('\n'))) {
                cursor.insertBlock(spaced(0, 0));
                cursor.insertText(para, body);
            }
        }
    }
    if (!c.nextSteps.isEmpty() || c.followUp) {
        cursor.insertBlock(spaced(10, 2));
        cursor.insertText(Tr::tr("Next steps"), heading);
        if (!c.nextSteps.isEmpty()) {
            cursor.insertBlock(spaced(0, 0));
            cursor.insertText(c.nextSteps, body);
        }
        if (c.followUp) {
            cursor.insertBlock(spaced(2, 0));
            cursor.insertText(Tr::tr("Follow-up: %1").arg(QLocale().toString(*c.followUp, QLocale::LongFormat)), body);
        }
    }

    QTextFrame* sign = keepTogetherFrame(cursor, 14);
    QTextCursor s = sign->firstCursorPosition();
    if (rec.signedAt) {
        s.insertText(Tr::tr("Signed by %1 on %2").arg(rec.signedBy, dateTimeText(*rec.signedAt, QLocale::LongFormat)),
                     heading);
    } else {
        s.insertText(Tr::tr("Draft — not signed"), heading);
    }
    cursor = QTextCursor(doc.get());
    cursor.movePosition(QTextCursor::End);
    for (const Addendum& a : rec.addenda) {
        QTextFrame* frame = keepTogetherFrame(cursor, 10);
        QTextCursor in = frame->firstCursorPosition();
        in.insertText(Tr::tr("Addendum %1 — signed by %2 on %3")
                          .arg(a.number)
                          .arg(a.signedBy, dateTimeText(a.signedAt, QLocale::LongFormat)),
                      labelFmt);
        for (const QString& para : a.body.split(QLatin1Char('\n'))) {
            in.insertBlock(spaced(0, 0));
            in.insertText(para, body);
        }
        cursor = QTextCursor(doc.get());
        cursor.movePosition(QTextCursor::End);
    }
    return doc;
}

} // namespace continuum::ui
