// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/SignedSessionView.h"

#include "common/Labels.h"
#include "common/TimeText.h"

#include <QLocale>

namespace continuum::ui {

namespace {

/// The person's words exactly as typed, safe in HTML, line breaks kept.
QString words(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString quoted(const QString& text)
{
    return QStringLiteral("“%1”").arg(words(text));
}

QString heading(const QString& title)
{
    return QStringLiteral("<h3 style=\"margin-top:14px; margin-bottom:4px;\">%1</h3>").arg(title.toHtmlEscaped());
}

QString paragraph(const QString& html)
{
    return QStringLiteral("<p style=\"margin-top:0; margin-bottom:6px;\">%1</p>").arg(html);
}

QString labelled(const QString& label, const QString& html)
{
    return QStringLiteral("<b>%1:</b> %2").arg(label.toHtmlEscaped(), html);
}

} // namespace

SignedSessionView::SignedSessionView(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("signedSessionView"));
    setAccessibleName(tr("Signed session record"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(12);
}

void SignedSessionView::setNote(const SessionNoteData& note)
{
    setHtml(html(note));
}

QString SignedSessionView::html(const SessionNoteData& note)
{
    const SessionRecord& rec = note.record;
    const SessionContent& c = rec.content;
    QString out;

    // Entered in error: said first, plainly, with the reason; calm colours, not an alarm.
    for (const Addendum& a : rec.addenda) {
        if (!a.entersInError)
            continue;
        out += QStringLiteral("<table width=\"100%\" cellpadding=\"8\" style=\"background-color:#eef1f5; "
                              "border: 1px solid #9aa5b1; margin-bottom:8px;\"><tr><td>");
        out += QStringLiteral("<b>%1</b><br>").arg(tr("Entered in error").toHtmlEscaped());
        out += tr("This session stays in the record but is no longer counted.").toHtmlEscaped();
        out += QStringLiteral("<br>") + labelled(tr("Reason"), quoted(a.body));
        out += QStringLiteral("<br><span style=\"color:#555;\">%1</span>")
                   .arg(tr("Addendum %1, signed by %2 on %3")
                            .arg(a.number)
                            .arg(a.signedBy, dateTimeText(a.signedAt))
                            .toHtmlEscaped());
        out += QStringLiteral("</td></tr></table>");
        break;
    }

    // When and where, who signed, and how many addenda followed.
    QString when = QLocale().toString(c.date, QLocale::LongFormat);
    if (c.startTime)
        when += QStringLiteral(", ") + timeText(*c.startTime);
    out += QStringLiteral("<h2 style=\"margin-top:0; margin-bottom:2px;\">%1</h2>").arg(when.toHtmlEscaped());
    QStringList facts;
    if (c.durationMinutes)
        facts.append(tr("%n minute(s)", nullptr, *c.durationMinutes));
    if (c.setting)
        facts.append(label(*c.setting));
    if (!facts.isEmpty())
        out += paragraph(facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    QString signature = rec.signedAt ? tr("Signed by %1 on %2").arg(rec.signedBy, dateTimeText(*rec.signedAt))
                                     : tr("Draft — not signed");
    if (!rec.addenda.isEmpty())
        signature += QStringLiteral(" · ") + tr("%n addendum(s)", nullptr, int(rec.addenda.size()));
    out += paragraph(QStringLiteral("<span style=\"color:#444;\">%1</span>").arg(signature.toHtmlEscaped()));
    if (!c.processes.isEmpty()) {
        QStringList processes;
        for (MiProcess p : c.processes)
            processes.append(label(p));
        out += paragraph(labelled(tr("MI processes"), processes.join(QStringLiteral(", ")).toHtmlEscaped()));
    }

    if (!c.goals.isEmpty()) {
        out += heading(tr("Goals discussed"));
        for (const SessionGoalEntry& e : c.goals) {
            QStringList lines;
            lines.append(QStringLiteral("<b>%1</b>").arg(quoted(note.goalWords.value(e.goalId))));
            QString stage = e.stage ? label(*e.stage) : QString();
            if (e.returnToUse)
                stage += (stage.isEmpty() ? QString() : QStringLiteral("; ")) +
                         tr("described a return to use (part of the cycle)");
            if (!stage.isEmpty())
                lines.append(labelled(tr("Stage observed"), stage.toHtmlEscaped()));
            const auto ruler = [&lines, &note](const QString& name, const std::optional<RulerScore>& s) {
                if (!s)
                    return;
                QString text = tr("%1 of 10").arg(s->value).toHtmlEscaped();
                // Set by the person in client mode: their number, and their answers, as they gave them.
                if (s->enteredByPerson)
                    text += QStringLiteral(" <i>(%1)</i>")
                                .arg((note.chosenName.isEmpty() ? tr("entered by the person")
                                                                : tr("entered by %1").arg(note.chosenName))
                                         .toHtmlEscaped());
                if (!s->whyNotLower.isEmpty())
                    text += QStringLiteral(" — ") + tr("why not lower:").toHtmlEscaped() + QLatin1Char(' ') +
                            quoted(s->whyNotLower);
                if (!s->whatWouldHelp.isEmpty())
                    text += QStringLiteral(" — ") + tr("what would help move higher:").toHtmlEscaped() +
                            QLatin1Char(' ') + quoted(s->whatWouldHelp);
                lines.append(labelled(name, text));
            };
            ruler(tr("Importance"), e.importance);
            ruler(tr("Confidence"), e.confidence);
            ruler(tr("Readiness"), e.readiness);
            for (const TalkQuote& q : e.quotes) {
                const QString kind = q.direction == TalkDirection::Change
                                         ? tr("Change talk (%1)").arg(label(q.category))
                                         : tr("Sustain talk (%1)").arg(label(q.category));
                lines.append(labelled(kind, QStringLiteral("<i>%1</i>").arg(quoted(q.quote))));
            }
            out += paragraph(lines.join(QStringLiteral("<br>")));
        }
    }

    if (!c.balance.isEmpty()) {
        out += heading(tr("Decisional balance"));
        for (BalanceBox b : allValues<BalanceBox>()) {
            QStringList items;
            for (const BalanceItem& item : c.balance) {
                if (item.box == b)
                    items.append(QStringLiteral("• ") + words(item.text));
            }
            if (!items.isEmpty())
                out += paragraph(QStringLiteral("<b>%1</b><br>%2")
                                     .arg(label(b).toHtmlEscaped(), items.join(QStringLiteral("<br>"))));
        }
    }

    if (c.changePlan && !c.changePlan->isEmpty()) {
        out += heading(tr("Change plan"));
        const std::pair<QString, QString> fields[] = {
            {tr("The changes I want to make"), c.changePlan->changesIWant},
            {tr("The most important reasons"), c.changePlan->mostImportantReasons},
            {tr("The steps I plan to take"), c.changePlan->stepsIPlan},
            {tr("How other people can help"), c.changePlan->howOthersCanHelp},
            {tr("How I will know my plan is working"), c.changePlan->howIWillKnow},
            {tr("What could get in the way"), c.changePlan->whatCouldGetInTheWay},
        };
        for (const auto& [title, text] : fields) {
            if (!text.trimmed().isEmpty())
                out += paragraph(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), words(text)));
        }
    }

    if (!c.note.isEmpty()) {
        out += heading(tr("Note — %1").arg(label(c.noteFormat))); // the format's own name has parentheses
        for (const NoteSection& n : c.note) {
            if (!n.body.trimmed().isEmpty())
                out += paragraph(
                    QStringLiteral("<b>%1</b><br>%2").arg(noteSectionTitle(n.key).toHtmlEscaped(), words(n.body)));
        }
    }

    if (!c.nextSteps.trimmed().isEmpty() || c.followUp) {
        out += heading(tr("Next steps and follow-up"));
        if (!c.nextSteps.trimmed().isEmpty())
            out += paragraph(words(c.nextSteps));
        if (c.followUp)
            out += paragraph(
                labelled(tr("Follow-up"), QLocale().toString(*c.followUp, QLocale::LongFormat).toHtmlEscaped()));
    }

    if (!rec.addenda.isEmpty()) {
        out += heading(tr("Addenda"));
        for (const Addendum& a : rec.addenda) {
            QString title =
                tr("Addendum %1 — signed by %2 on %3").arg(a.number).arg(a.signedBy, dateTimeText(a.signedAt));
            if (a.entersInError)
                title += QStringLiteral(" · ") + tr("entered in error");
            out += paragraph(QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), words(a.body)));
        }
    }
    return out;
}

} // namespace continuum::ui
