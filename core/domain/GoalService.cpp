// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/GoalService.h"

#include "domain/AuditLog.h"
#include "domain/RecordTables.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <algorithm>

namespace continuum {

namespace {

QStringList cleanSteps(const QStringList& steps)
{
    QStringList out;
    for (const QString& s : steps) {
        if (!s.trimmed().isEmpty())
            out.append(s.trimmed());
    }
    return out;
}

GoalFields normalized(GoalFields f)
{
    f.clientWords = f.clientWords.trimmed();
    f.counselorFraming = f.counselorFraming.trimmed();
    f.whyItMatters = f.whyItMatters.trimmed();
    f.steps = cleanSteps(f.steps);
    f.whoCanHelp = f.whoCanHelp.trimmed();
    f.ifItGetsHard = f.ifItGetsHard.trimmed();
    f.statusReason = f.statusReason.trimmed();
    return f;
}

// A goal as it stands: its row joined to its current revision. Callers add WHERE and ORDER BY.
std::string currentGoalSelect()
{
    return "SELECT " + goalTable().columnList() + ", " + goalRevisionTable().columnList() +
           " FROM goals g JOIN goal_revisions r ON r.goal_id = g.id AND r.revision = g.current_revision ";
}

Goal readGoal(const Statement& st)
{
    Goal g = goalTable().read(st);
    const GoalRevision r = goalRevisionTable().read(st, goalTable().readCount());
    g.fields = r.fields;
    g.revision = r.number;
    g.updatedAt = r.revisedAt;
    return g;
}

} // namespace

GoalService::GoalService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(audit)
{}

QStringList GoalService::fieldNames()
{
    return {QStringLiteral("clientWords"), QStringLiteral("counselorFraming"), QStringLiteral("lifeArea"),
            QStringLiteral("position"),    QStringLiteral("whyItMatters"),     QStringLiteral("steps"),
            QStringLiteral("whoCanHelp"),  QStringLiteral("ifItGetsHard"),     QStringLiteral("status"),
            QStringLiteral("statusReason")};
}

QString GoalService::fieldText(const GoalFields& f, const QString& field)
{
    if (field == QStringLiteral("clientWords"))
        return f.clientWords;
    if (field == QStringLiteral("counselorFraming"))
        return f.counselorFraming;
    if (field == QStringLiteral("lifeArea"))
        return toKey(f.lifeArea);
    if (field == QStringLiteral("position"))
        return f.position ? toKey(*f.position) : QString();
    if (field == QStringLiteral("whyItMatters"))
        return f.whyItMatters;
    if (field == QStringLiteral("steps"))
        return f.steps.join(QLatin1Char('\n'));
    if (field == QStringLiteral("whoCanHelp"))
        return f.whoCanHelp;
    if (field == QStringLiteral("ifItGetsHard"))
        return f.ifItGetsHard;
    if (field == QStringLiteral("status"))
        return toKey(f.status);
    if (field == QStringLiteral("statusReason"))
        return f.statusReason;
    return {};
}

Status GoalService::validate(ClientId client, const GoalFields& f, const RevisionInfo& info)
{
    if (f.clientWords.isEmpty())
        return validationError({Field::ClientWords, ValidationReason::Required},
                               QStringLiteral("the client's own words are required"));
    const std::pair<const QString*, ValidationFailure> texts[] = {
        {&f.clientWords, {Field::ClientWords, ValidationReason::TooLong}},
        {&f.counselorFraming, {Field::CounselorFraming, ValidationReason::TooLong}},
        {&f.whyItMatters, {Field::WhyItMatters, ValidationReason::TooLong}},
        {&f.whoCanHelp, {Field::WhoCanHelp, ValidationReason::TooLong}},
        {&f.ifItGetsHard, {Field::IfItGetsHard, ValidationReason::TooLong}},
        {&f.statusReason, {Field::StatusReason, ValidationReason::TooLong}},
    };
    for (const auto& [value, failure] : texts) {
        if (value->size() > kMaxText)
            return validationError(failure, QStringLiteral("too long"));
    }
    if (f.steps.size() > kMaxSteps)
        return validationError({Field::Steps, ValidationReason::TooMany}, QStringLiteral("too many steps"));
    for (const QString& s : f.steps) {
        if (s.size() > kMaxText)
            return validationError({Field::Steps, ValidationReason::TooLong}, QStringLiteral("too long"));
    }
    if (f.lifeArea == LifeArea::SubstanceUse && !f.position)
        return validationError({Field::Position, ValidationReason::Required},
                               QStringLiteral("a substance-use goal sits where the client places it on the continuum"));
    if (f.lifeArea != LifeArea::SubstanceUse && f.position)
        return validationError({Field::Position, ValidationReason::NotApplicable},
                               QStringLiteral("the continuum position applies to substance-use goals only"));
    if (f.status == GoalStatus::SetAside && f.statusReason.isEmpty())
        return validationError({Field::StatusReason, ValidationReason::NeedsReason},
                               QStringLiteral("setting a goal aside needs the client's reason"));
    if (info.reason.size() > kMaxText)
        return validationError({Field::RevisionReason, ValidationReason::TooLong}, QStringLiteral("too long"));
    if (info.sessionId) {
        auto session =
            Query(m_db, "SELECT client_id, signed_at IS NOT NULL FROM sessions WHERE id = ?1", *info.sessionId)
                .first(
                    [](const Statement& st) { return std::pair(ClientId(st.columnInt64(0)), st.columnInt(1) != 0); });
        if (!session)
            return session.error();
        if (!session.value() || session.value()->first != client)
            return validationError({Field::Session, ValidationReason::NotThisClients},
                                   QStringLiteral("not a session of this client"));
        if (session.value()->second)
            return makeError(ErrorCode::SignedRecord, QStringLiteral("the session is signed"));
    }
    return {};
}

Status GoalService::validateRevision(const QList<FieldChange>& changes, const RevisionInfo& info)
{
    const bool moves = std::any_of(changes.begin(), changes.end(),
                                   [](const FieldChange& c) { return c.field == QStringLiteral("position"); });
    if (moves && info.reason.trimmed().isEmpty())
        return validationError({Field::RevisionReason, ValidationReason::NeedsReason},
                               QStringLiteral("a move along the continuum needs the reason it changed"));
    if (!info.agreement)
        return validationError({Field::Agreement, ValidationReason::NeedsAnswer},
                               QStringLiteral("say whether the client agreed: yes, no or not discussed"));
    return {};
}

Status GoalService::insertRevision(GoalId goal, int number, const GoalFields& f, const QList<FieldChange>& changes,
                                   const RevisionInfo& info)
{
    GoalRevision revision;
    revision.goalId = goal;
    revision.number = number;
    revision.fields = f;
    revision.changes = changes;
    revision.reason = info.reason;
    revision.clientAgreement = info.agreement;
    revision.revisedAt = m_clock.now();
    revision.revisedBy = counselorSignature(m_db);
    revision.sessionId = info.sessionId;
    if (auto id = insertRecord(m_db, goalRevisionTable(), revision); !id)
        return id.error();
    // The goal's row keeps its current revision and status for listing.
    Goal current;
    current.revision = number;
    current.fields.status = f.status;
    return updateRecord(m_db, goalTable(), goal, current);
}

Result<GoalId> GoalService::create(ClientId client, const GoalFields& input, const RevisionInfo& info)
{
    const GoalFields f = normalized(input);
    if (auto s = validate(client, f, info); !s)
        return s.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Goal row;
    row.uuid = QUuid::createUuid();
    row.clientId = client;
    row.createdAt = m_clock.now();
    row.createdInSession = info.sessionId;
    auto inserted = insertRecord(m_db, goalTable(), row);
    if (!inserted)
        return inserted.code() == ErrorCode::Constraint
                   ? validationError({Field::Client, ValidationReason::NoSuchRecord}, QStringLiteral("no such client"))
                   : inserted.error();
    const GoalId id(inserted.value());
    if (auto s = insertRevision(id, 1, f, {}, info); !s)
        return s.error();
    if (auto s = m_audit.record({AuditAction::Create, QStringLiteral("goal"), row.uuid, client,
                                 QStringLiteral("revision 1"), std::nullopt});
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    Q_EMIT goalChanged(client, id);
    return id;
}

Status GoalService::revise(GoalId id, const GoalFields& input, const RevisionInfo& info)
{
    auto current = goal(id);
    if (!current)
        return current.error();
    const GoalFields f = normalized(input);
    if (auto s = validate(current->clientId, f, info); !s)
        return s;
    QList<FieldChange> changes;
    for (const QString& field : fieldNames()) {
        const QString before = fieldText(current->fields, field);
        const QString after = fieldText(f, field);
        if (before != after)
            changes.append({field, before, after});
    }
    if (changes.isEmpty())
        return {};
    if (auto s = validateRevision(changes, info); !s)
        return s;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const int number = current->revision + 1;
    if (auto s = insertRevision(id, number, f, changes, info); !s)
        return s;
    if (auto s = m_audit.record({AuditAction::Revise, QStringLiteral("goal"), current->uuid, current->clientId,
                                 QStringLiteral("revision %1").arg(number), std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT goalChanged(current->clientId, id);
    return {};
}

Result<Goal> GoalService::goal(GoalId id)
{
    static const std::string sql = currentGoalSelect() + "WHERE g.id = ?1";
    return Query(m_db, sql, id).one(readGoal, Missing{"goal", id});
}

Result<QList<Goal>> GoalService::goalsForClient(ClientId client)
{
    static const std::string sql = currentGoalSelect() + "WHERE g.client_id = ?1 ORDER BY g.id";
    return Query(m_db, sql, client).all(readGoal);
}

Result<QList<GoalRevision>> GoalService::history(GoalId id)
{
    static const std::string sql = goalRevisionTable().select("WHERE r.goal_id = ?1 ORDER BY r.revision");
    auto revisions = Query(m_db, sql, id).all(goalRevisionTable());
    if (revisions && revisions->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no goal %1").arg(id.value));
    return revisions;
}

Result<QList<ReadinessPoint>> GoalService::readinessTrend(GoalId id, TrendWords words)
{
    const bool withWords = words == TrendWords::Include;
    return Query(m_db,
                 "SELECT s.id, s.session_date, g.importance, g.confidence, g.readiness, "
                 "s.signed_at IS NOT NULL, g.importance_why_not_lower, g.importance_what_would_help, "
                 "g.confidence_why_not_lower, g.confidence_what_would_help, g.readiness_why_not_lower, "
                 "g.readiness_what_would_help FROM session_goals g JOIN sessions s ON s.id = g.session_id "
                 "WHERE g.goal_id = ?1 AND NOT EXISTS (SELECT 1 FROM addenda a WHERE a.session_id = s.id "
                 "                                     AND a.kind = 'entered_in_error') "
                 "ORDER BY s.session_date, s.id",
                 id)
        .all([withWords](const Statement& st) {
            ReadinessPoint p;
            p.sessionId = SessionId(st.columnInt64(0));
            p.date = QDate::fromString(st.columnText(1), Qt::ISODate);
            if (!st.columnIsNull(2))
                p.importance = st.columnInt(2);
            if (!st.columnIsNull(3))
                p.confidence = st.columnInt(3);
            if (!st.columnIsNull(4))
                p.readiness = st.columnInt(4);
            p.isSigned = st.columnInt(5) != 0;
            if (withWords) {
                p.importanceWords = {st.columnText(6), st.columnText(7)};
                p.confidenceWords = {st.columnText(8), st.columnText(9)};
                p.readinessWords = {st.columnText(10), st.columnText(11)};
            }
            return p;
        });
}

} // namespace continuum
