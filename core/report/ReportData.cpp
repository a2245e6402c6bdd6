// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportData.h"

#include "domain/Domain.h"

#include <QSet>

namespace continuum {

Result<GoalSummaryData> buildGoalSummary(Domain& domain, ClientId client, const GoalSummaryOptions& options)
{
    // HideIfFlagged: the summary never needs contact details, and a flagged client's stay withheld.
    auto person = domain.clients().client(client, ContactAccess::HideIfFlagged);
    if (!person)
        return person.error();
    auto goals = domain.goals().goalsForClient(client);
    if (!goals)
        return goals.error();

    GoalSummaryData data;
    data.chosenName = person->chosenName;
    data.language = person->printLanguage;
    data.date = options.date.isValid() ? options.date : QDate::currentDate();
    QList<Goal> chosen;
    if (options.goals.isEmpty()) {
        for (const Goal& g : goals.value()) {
            if (g.fields.status == GoalStatus::Active)
                chosen.append(g);
        }
    } else {
        for (GoalId id : options.goals) {
            auto it = std::find_if(goals->cbegin(), goals->cend(), [id](const Goal& g) { return g.id == id; });
            if (it == goals->cend())
                return validationError({Field::Goals, ValidationReason::NotThisClients},
                                       QStringLiteral("goal %1 is not this client's").arg(id.value));
            chosen.append(*it);
        }
    }
    // A session entered in error stays in the record, but its rulers are no part of how the person feels.
    auto sessions = domain.sessions().sessionsForClient(client);
    if (!sessions)
        return sessions.error();
    QSet<SessionId> inError;
    for (const SessionSummary& s : sessions.value()) {
        if (s.enteredInError)
            inError.insert(s.id);
    }
    for (const Goal& g : chosen) {
        auto trend = domain.goals().readinessTrend(g.id);
        if (!trend)
            return trend.error();
        QList<ReadinessPoint> points = std::move(trend).value();
        points.removeIf([&inError](const ReadinessPoint& p) { return inError.contains(p.sessionId); });
        data.goals.append({g.id, g.fields, points});
    }
    if (options.includeSubstances) {
        for (const SubstanceUse& s : person->substances)
            data.substances.append(s.substance);
    }
    if (options.includeChanges) {
        auto changes = domain.positiveChanges().planChanges(client, options.maxChanges);
        if (!changes)
            return changes.error();
        for (const PositiveChange& c : changes->shown)
            data.changes.append({c.current.words, c.current.noticedOn});
        data.moreChanges = changes->notShown;
    }
    if (auto c = domain.counselor().counselor(); c && c.value())
        data.counselor = c.value()->signature();
    data.agencyName = domain.counselor().setting(SettingKey::AgencyName).value_or(QString());
    data.agencyContact = domain.counselor().setting(SettingKey::AgencyContact).value_or(QString());
    return data;
}

Result<SessionNoteData> buildSessionNote(Domain& domain, SessionId session)
{
    auto record = domain.sessions().session(session);
    if (!record)
        return record.error();
    auto person = domain.clients().client(record->clientId, ContactAccess::HideIfFlagged);
    if (!person)
        return person.error();
    SessionNoteData data;
    data.record = record.value();
    data.chosenName = person->chosenName;
    data.agencyCode = person->agencyCode;
    for (const SessionGoalEntry& e : record->content.goals) {
        if (auto g = domain.goals().goal(e.goalId))
            data.goalWords.insert(e.goalId, g->fields.clientWords);
    }
    data.agencyName = domain.counselor().setting(SettingKey::AgencyName).value_or(QString());
    return data;
}

} // namespace continuum
