// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/MissingItems.h"

#include "common/Labels.h"

#include <QCoreApplication>

namespace continuum::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MissingItems)
};
} // namespace

QList<MissingItem> missingBeforeSigning(const SessionContent& c, const QMap<GoalId, QString>& goalWords)
{
    using Section = SessionForm::Section;
    QList<MissingItem> out;
    if (!c.setting)
        out.append({Section::About, Tr::tr("No setting (office, outreach, phone…)")});
    if (!c.durationMinutes)
        out.append({Section::About, Tr::tr("No duration")});
    if (c.goals.isEmpty())
        out.append({Section::Goals, Tr::tr("No goal worked on")});
    for (const SessionGoalEntry& e : c.goals) {
        const QString goal = goalWords.value(e.goalId);
        if (!e.stage)
            out.append({Section::Goals, Tr::tr("Stage not assessed for “%1”").arg(goal)});
        if (!e.importance && !e.confidence && !e.readiness)
            out.append({Section::Goals, Tr::tr("Rulers not asked for “%1”").arg(goal)});
    }
    for (const QString& key : noteSectionKeys(c.noteFormat)) {
        const bool written = std::any_of(c.note.cbegin(), c.note.cend(), [&key](const NoteSection& s) {
            return s.key == key && !s.body.trimmed().isEmpty();
        });
        if (!written)
            out.append({Section::Note, Tr::tr("Empty note section: %1").arg(noteSectionTitle(key))});
    }
    if (!c.followUp)
        out.append({Section::NextSteps, Tr::tr("No follow-up date")});
    return out;
}

} // namespace continuum::ui
