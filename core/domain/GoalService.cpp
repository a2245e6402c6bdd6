// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/GoalService.h"

#include "domain/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace continuum {

namespace {

QString stepsJson(const QStringList& steps)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(steps)).toJson(QJsonDocument::Compact));
}

QStringList parseSteps(const QString& json)
{
    QStringList out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(v.toString());
    return out;
}

QString changesJson(const QList<FieldChange>& changes)
{
    QJsonArray a;
    for (const FieldChange& c : changes) {
        a.append(QJsonObject{{QStringLiteral("field"), c.field},
                             {QStringLiteral("old"), c.oldValue},
                             {QStringLiteral("new"), c.newValue}});
    }
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<FieldChange> parseChanges(const QString& json)
{
    QList<FieldChange> out;
    for (const QJsonValue& v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out.append({o.value(QStringLiteral("field")).toString(), o.value(QStringLiteral("old")).toString(),
                    o.value(QStringLiteral("new")).toString()});
    }
    return out;
}

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

constexpr const char* kRevisionColumns =
    "r.id, r.goal_id, r.revision, r.client_words, r.counselor_framing, r.life_area, r.continuum_position, "
    "r.why_it_matters, r.steps, r.who_can_help, r.if_it_gets_hard, r.status, r.status_reason, r.changes, r.reason, "
    "r.client_agreed, r.revised_at, r.revised_by, r.session_id";

GoalRevision readRevision(const Statement& st, int base)
{
    GoalRevision r;
    r.id = st.columnInt64(base + 0);
    r.goalId = st.columnInt64(base + 1);
    r.number = st.columnInt(base + 2);
    r.fields.clientWords = st.columnText(base + 3);
    r.fields.counselorFraming = st.columnText(base + 4);
    r.fields.lifeArea = fromKey<LifeArea>(st.columnText(base + 5)).value_or(LifeArea::Other);
    if (!st.columnIsNull(base + 6))
        r.fields.position = fromKey<ContinuumPosition>(st.columnText(base + 6));
    r.fields.whyItMatters = st.columnText(base + 7);
    r.fields.steps = parseSteps(st.columnText(base + 8));
    r.fields.whoCanHelp = st.columnText(base + 9);
    r.fields.ifItGetsHard = st.columnText(base + 10);
    r.fields.status = fromKey<GoalStatus>(st.columnText(base + 11)).value_or(GoalStatus::Active);
    r.fields.statusReason = st.columnText(base + 12);
    r.changes = parseChanges(st.columnText(base + 13));
    r.reason = st.columnText(base + 14);
    r.clientAgreed = st.columnInt(base + 15) != 0;
    r.revisedAt = QDateTime::fromString(st.columnText(base + 16), Qt::ISODateWithMs);
    r.revisedBy = st.columnText(base + 17);
    if (!st.columnIsNull(base + 18))
        r.sessionId = st.columnInt64(base + 18);
    return r;
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
        return validationError(QStringLiteral("clientWords"), QStringLiteral("the client's own words are required"));
    const std::pair<const QString*, const char*> texts[] = {
        {&f.clientWords, "clientWords"}, {&f.counselorFraming, "counselorFraming"}, {&f.whyItMatters, "whyItMatters"},
        {&f.whoCanHelp, "whoCanHelp"},   {&f.ifItGetsHard, "ifItGetsHard"},         {&f.statusReason, "statusReason"},
    };
    for (const auto& [value, field] : texts) {
        if (value->size() > kMaxText)
            return validationError(QLatin1String(field), QStringLiteral("too long"));
    }
    if (f.steps.size() > kMaxSteps)
        return validationError(QStringLiteral("steps"), QStringLiteral("too many steps"));
    for (const QString& s : f.steps) {
        if (s.size() > kMaxText)
            return validationError(QStringLiteral("steps"), QStringLiteral("too long"));
    }
    if (f.lifeArea == LifeArea::SubstanceUse && !f.position)
        return validationError(QStringLiteral("position"),
                               QStringLiteral("a substance-use goal sits where the client places it on the continuum"));
    if (f.lifeArea != LifeArea::SubstanceUse && f.position)
        return validationError(QStringLiteral("position"),
                               QStringLiteral("the continuum position applies to substance-use goals only"));
    if (f.status == GoalStatus::SetAside && f.statusReason.isEmpty())
        return validationError(QStringLiteral("statusReason"),
                               QStringLiteral("setting a goal aside needs the client's reason"));
    if (info.reason.size() > kMaxText)
        return validationError(QStringLiteral("reason"), QStringLiteral("too long"));
    if (info.sessionId) {
        auto st = m_db.prepare("SELECT client_id, signed_at IS NOT NULL FROM sessions WHERE id = ?1");
        if (!st)
            return st.error();
        st->bind(1, *info.sessionId);
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value() || st->columnInt64(0) != client)
            return validationError(QStringLiteral("sessionId"), QStringLiteral("not a session of this client"));
        if (st->columnInt(1) != 0)
            return makeError(ErrorCode::SignedRecord, QStringLiteral("the session is signed"));
    }
    return {};
}

Status GoalService::insertRevision(GoalId goal, int number, const GoalFields& f, const QList<FieldChange>& changes,
                                   const RevisionInfo& info)
{
    auto who = m_db.queryText("SELECT name || CASE WHEN credentials = '' THEN '' ELSE ', ' || credentials END "
                              "FROM counselor WHERE id = 1");
    auto st = m_db.prepare(
        "INSERT INTO goal_revisions (goal_id, revision, client_words, counselor_framing, life_area, "
        "continuum_position, "
        "why_it_matters, steps, who_can_help, if_it_gets_hard, status, status_reason, changes, reason, client_agreed, "
        "revised_at, revised_by, session_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)");
    if (!st)
        return st.error();
    st->bind(1, goal)
        .bind(2, number)
        .bind(3, f.clientWords)
        .bind(4, f.counselorFraming)
        .bind(5, toKey(f.lifeArea))
        .bind(6, f.position ? std::optional<QString>(toKey(*f.position)) : std::nullopt)
        .bind(7, f.whyItMatters)
        .bind(8, stepsJson(f.steps))
        .bind(9, f.whoCanHelp)
        .bind(10, f.ifItGetsHard)
        .bind(11, toKey(f.status))
        .bind(12, f.statusReason)
        .bind(13, changesJson(changes))
        .bind(14, info.reason.trimmed())
        .bind(15, info.clientAgreed)
        .bind(16, storedTimestamp(m_clock.now()))
        .bind(17, who && !who.value().isEmpty() ? who.value() : QStringLiteral("(counselor not yet named)"))
        .bind(18, info.sessionId);
    if (auto s = st->run(); !s)
        return s;
    auto upd = m_db.prepare("UPDATE goals SET current_revision = ?2, status = ?3 WHERE id = ?1");
    if (!upd)
        return upd.error();
    upd->bind(1, goal).bind(2, number).bind(3, toKey(f.status));
    return upd->run();
}

Result<GoalId> GoalService::create(ClientId client, const GoalFields& input, const RevisionInfo& info)
{
    const GoalFields f = normalized(input);
    if (auto s = validate(client, f, info); !s)
        return s.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QUuid uuid = QUuid::createUuid();
    auto st = m_db.prepare("INSERT INTO goals (uuid, client_id, created_at, created_in_session) "
                           "VALUES (?1, ?2, ?3, ?4)");
    if (!st)
        return st.error();
    st->bind(1, uuid.toString(QUuid::WithoutBraces))
        .bind(2, client)
        .bind(3, storedTimestamp(m_clock.now()))
        .bind(4, info.sessionId);
    if (auto s = st->run(); !s)
        return s.code() == ErrorCode::Constraint
                   ? validationError(QStringLiteral("clientId"), QStringLiteral("no such client"))
                   : s.error();
    const GoalId id = m_db.lastInsertRowId();
    if (auto s = insertRevision(id, 1, f, {}, info); !s)
        return s.error();
    if (auto s = m_audit.record(
            {AuditAction::Create, QStringLiteral("goal"), uuid, client, QStringLiteral("revision 1"), std::nullopt});
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

namespace {

// A goal as it stands: its row joined to its current revision. Callers add WHERE and ORDER BY.
std::string currentGoalSelect()
{
    return std::string("SELECT g.id, g.uuid, g.client_id, g.created_at, g.created_in_session, ") + kRevisionColumns +
           " FROM goals g JOIN goal_revisions r ON r.goal_id = g.id AND r.revision = g.current_revision ";
}

Goal readGoal(const Statement& st)
{
    Goal g;
    g.id = st.columnInt64(0);
    g.uuid = QUuid::fromString(st.columnText(1));
    g.clientId = st.columnInt64(2);
    g.createdAt = QDateTime::fromString(st.columnText(3), Qt::ISODateWithMs);
    if (!st.columnIsNull(4))
        g.createdInSession = st.columnInt64(4);
    const GoalRevision r = readRevision(st, 5);
    g.fields = r.fields;
    g.revision = r.number;
    g.updatedAt = r.revisedAt;
    return g;
}

} // namespace

Result<Goal> GoalService::goal(GoalId id)
{
    auto st = m_db.prepare(currentGoalSelect() + "WHERE g.id = ?1");
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no goal %1").arg(id));
    return readGoal(*st);
}

Result<QList<Goal>> GoalService::goalsForClient(ClientId client)
{
    auto st = m_db.prepare(currentGoalSelect() + "WHERE g.client_id = ?1 ORDER BY g.id");
    if (!st)
        return st.error();
    st->bind(1, client);
    QList<Goal> out;
    if (auto s = forEachRow(*st, [&out](const Statement& row) { out.append(readGoal(row)); }); !s)
        return s.error();
    return out;
}

Result<QList<GoalRevision>> GoalService::history(GoalId id)
{
    const std::string sql =
        std::string("SELECT ") + kRevisionColumns + " FROM goal_revisions r WHERE r.goal_id = ?1 ORDER BY r.revision";
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, id);
    QList<GoalRevision> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out.append(readRevision(*st, 0));
    }
    if (out.isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no goal %1").arg(id));
    return out;
}

Result<QList<ReadinessPoint>> GoalService::readinessTrend(GoalId id)
{
    auto st = m_db.prepare("SELECT s.id, s.session_date, g.importance, g.confidence, g.readiness, "
                           "s.signed_at IS NOT NULL FROM session_goals g JOIN sessions s ON s.id = g.session_id "
                           "WHERE g.goal_id = ?1 ORDER BY s.session_date, s.id");
    if (!st)
        return st.error();
    st->bind(1, id);
    QList<ReadinessPoint> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ReadinessPoint p;
        p.sessionId = st->columnInt64(0);
        p.date = QDate::fromString(st->columnText(1), Qt::ISODate);
        if (!st->columnIsNull(2))
            p.importance = st->columnInt(2);
        if (!st->columnIsNull(3))
            p.confidence = st->columnInt(3);
        if (!st->columnIsNull(4))
            p.readiness = st->columnInt(4);
        p.isSigned = st->columnInt(5) != 0;
        out.append(p);
    }
    return out;
}

} // namespace continuum
