// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/RecordTables.h"

#include "domain/AuditLog.h"
#include "domain/TextFold.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace continuum {

namespace {

// Binders and readers are captureless lambdas (auto deduces Statement and the record). Where a column
// stores a field in a form of its own (keys, JSON, lists), the conversion is written beside the table.

std::optional<QString> isoDate(const std::optional<QDate>& d)
{
    if (!d || !d->isValid())
        return std::nullopt;
    return d->toString(Qt::ISODate);
}

QDateTime readTimestamp(const Statement& st, int column)
{
    return QDateTime::fromString(st.columnText(column), Qt::ISODateWithMs);
}

template<typename E>
std::optional<QString> optionalKey(const std::optional<E>& value)
{
    return value ? std::optional<QString>(toKey(*value)) : std::nullopt;
}

QString routesKey(const QList<SubstanceRoute>& routes)
{
    QStringList keys;
    for (SubstanceRoute r : routes)
        keys.append(toKey(r));
    return keys.join(QLatin1Char(','));
}

QList<SubstanceRoute> parseRoutes(const QString& text)
{
    QList<SubstanceRoute> out;
    for (const QString& k : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto r = fromKey<SubstanceRoute>(k))
            out.append(*r);
    }
    return out;
}

QString processesKey(const QList<MiProcess>& processes)
{
    QStringList keys;
    for (MiProcess p : allValues<MiProcess>()) {
        if (processes.contains(p))
            keys.append(toKey(p));
    }
    return keys.join(QLatin1Char(','));
}

QList<MiProcess> parseProcesses(const QString& text)
{
    QList<MiProcess> out;
    for (const QString& k : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (auto p = fromKey<MiProcess>(k))
            out.append(*p);
    }
    return out;
}

std::optional<QString> planJson(const std::optional<ChangePlan>& plan)
{
    if (!plan)
        return std::nullopt;
    const QJsonObject o{
        {QStringLiteral("changesIWant"), plan->changesIWant},
        {QStringLiteral("mostImportantReasons"), plan->mostImportantReasons},
        {QStringLiteral("stepsIPlan"), plan->stepsIPlan},
        {QStringLiteral("howOthersCanHelp"), plan->howOthersCanHelp},
        {QStringLiteral("howIWillKnow"), plan->howIWillKnow},
        {QStringLiteral("whatCouldGetInTheWay"), plan->whatCouldGetInTheWay},
    };
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<ChangePlan> parsePlan(const Statement& st, int column)
{
    if (st.columnIsNull(column))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(st.columnText(column).toUtf8()).object();
    ChangePlan p;
    p.changesIWant = o.value(QStringLiteral("changesIWant")).toString();
    p.mostImportantReasons = o.value(QStringLiteral("mostImportantReasons")).toString();
    p.stepsIPlan = o.value(QStringLiteral("stepsIPlan")).toString();
    p.howOthersCanHelp = o.value(QStringLiteral("howOthersCanHelp")).toString();
    p.howIWillKnow = o.value(QStringLiteral("howIWillKnow")).toString();
    p.whatCouldGetInTheWay = o.value(QStringLiteral("whatCouldGetInTheWay")).toString();
    return p;
}

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

// A readiness ruler is three columns: the value (NULL when the ruler was not used) and the client's two
// answers ('' when it was not).
template<std::optional<RulerScore> SessionGoalEntry::*ruler>
Column<SessionGoalEntry> rulerValue(const char* name)
{
    return {name, Written::OnInsert,
            [](Statement& st, int i, const SessionGoalEntry& e) {
                st.bind(i, (e.*ruler) ? std::optional<int>((e.*ruler)->value) : std::nullopt);
            },
            [](const Statement& st, int i, SessionGoalEntry& e) {
                if (!st.columnIsNull(i))
                    e.*ruler = RulerScore{st.columnInt(i), {}, {}};
            }};
}

template<std::optional<RulerScore> SessionGoalEntry::*ruler, QString RulerScore::*answer>
Column<SessionGoalEntry> rulerAnswer(const char* name)
{
    return {name, Written::OnInsert,
            [](Statement& st, int i, const SessionGoalEntry& e) {
                st.bind(i, (e.*ruler) ? ((*(e.*ruler)).*answer).trimmed() : QStringLiteral(""));
            },
            [](const Statement& st, int i, SessionGoalEntry& e) {
                if (e.*ruler)
                    (*(e.*ruler)).*answer = st.columnText(i);
            }};
}

// Whether the person entered the ruler themselves (client mode): 0 when it was not used or the counselor set it.
template<std::optional<RulerScore> SessionGoalEntry::*ruler>
Column<SessionGoalEntry> rulerByPerson(const char* name)
{
    return {name, Written::OnInsert,
            [](Statement& st, int i, const SessionGoalEntry& e) {
                st.bind(i, (e.*ruler) ? (e.*ruler)->enteredByPerson : false);
            },
            [](const Statement& st, int i, SessionGoalEntry& e) {
                if (e.*ruler)
                    (*(e.*ruler)).enteredByPerson = st.columnInt(i) != 0;
            }};
}

} // namespace

const RecordTable<Client>& clientTable()
{
    static const RecordTable<Client> table(
        "clients", "c", {},
        {
            {"id", Written::Never, nullptr, [](auto& st, int i, auto& c) { c.id = ClientId(st.columnInt64(i)); }},
            {"uuid", Written::OnInsert,
             [](auto& st, int i, const auto& c) { st.bind(i, c.uuid.toString(QUuid::WithoutBraces)); },
             [](auto& st, int i, auto& c) { c.uuid = QUuid::fromString(st.columnText(i)); }},
            {"chosen_name", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.chosenName.trimmed()); },
             [](auto& st, int i, auto& c) { c.chosenName = st.columnText(i); }},
            {"sort_key", Written::Always,
             [](auto& st, int i, const auto& c) { st.bind(i, foldForSearch(c.chosenName)); }, nullptr},
            {"pronouns", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.pronouns.trimmed()); },
             [](auto& st, int i, auto& c) { c.pronouns = st.columnText(i); }},
            {"legal_name", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.legalName.trimmed()); },
             [](auto& st, int i, auto& c) { c.legalName = st.columnText(i); }},
            {"birth_year", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.birthYear); },
             [](auto& st, int i, auto& c) {
                 if (!st.columnIsNull(i))
                     c.birthYear = st.columnInt(i);
             }},
            {"birth_date", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, isoDate(c.birthDate)); },
             [](auto& st, int i, auto& c) { c.birthDate = columnDate(st, i); }},
            {"agency_code", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.agencyCode.trimmed()); },
             [](auto& st, int i, auto& c) { c.agencyCode = st.columnText(i); }},
            {"phone", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.phone.trimmed()); },
             [](auto& st, int i, auto& c) { c.phone = st.columnText(i); }},
            {"email", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.email.trimmed()); },
             [](auto& st, int i, auto& c) { c.email = st.columnText(i); }},
            {"address", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.address.trimmed()); },
             [](auto& st, int i, auto& c) { c.address = st.columnText(i); }},
            {"housing", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.housing.trimmed()); },
             [](auto& st, int i, auto& c) { c.housing = st.columnText(i); }},
            {"housing_recorded_on", Written::Always,
             [](auto& st, int i, const auto& c) { st.bind(i, isoDate(c.housingRecordedOn)); },
             [](auto& st, int i, auto& c) { c.housingRecordedOn = columnDate(st, i); }},
            {"safety_flag", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.safetyFlag); },
             [](auto& st, int i, auto& c) { c.safetyFlag = st.columnInt(i) != 0; }},
            {"notes", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.notes); },
             [](auto& st, int i, auto& c) { c.notes = st.columnText(i); }},
            // NULL when empty: the counselor's interface language (Migration 13).
            {"print_language", Written::Always,
             [](auto& st, int i, const auto& c) {
                 st.bind(i, c.printLanguage.isEmpty() ? std::nullopt : std::optional<QString>(c.printLanguage));
             },
             [](auto& st, int i, auto& c) { c.printLanguage = st.columnIsNull(i) ? QString() : st.columnText(i); }},
            {"status", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, toKey(c.status)); },
             [](auto& st, int i, auto& c) {
                 c.status = fromKey<ClientStatus>(st.columnText(i)).value_or(ClientStatus::Active);
             }},
            {"created_at", Written::OnInsert,
             [](auto& st, int i, const auto& c) { st.bind(i, storedTimestamp(c.createdAt)); },
             [](auto& st, int i, auto& c) { c.createdAt = readTimestamp(st, i); }},
            {"updated_at", Written::Always,
             [](auto& st, int i, const auto& c) { st.bind(i, storedTimestamp(c.updatedAt)); },
             [](auto& st, int i, auto& c) { c.updatedAt = readTimestamp(st, i); }},
        });
    return table;
}

const RecordTable<SubstanceUse>& substanceTable()
{
    static const RecordTable<SubstanceUse> table(
        "client_substances", "cs", {"client_id", "position"},
        {
            {"substance", Written::OnInsert, [](auto& st, int i, const auto& s) { st.bind(i, s.substance.trimmed()); },
             [](auto& st, int i, auto& s) { s.substance = st.columnText(i); }},
            {"routes", Written::OnInsert, [](auto& st, int i, const auto& s) { st.bind(i, routesKey(s.routes)); },
             [](auto& st, int i, auto& s) { s.routes = parseRoutes(st.columnText(i)); }},
            {"prescribed", Written::OnInsert, [](auto& st, int i, const auto& s) { st.bind(i, s.prescribed); },
             [](auto& st, int i, auto& s) { s.prescribed = st.columnInt(i) != 0; }},
        });
    return table;
}

const RecordTable<Goal>& goalTable()
{
    static const RecordTable<Goal> table(
        "goals", "g", {},
        {
            {"id", Written::Never, nullptr, [](auto& st, int i, auto& g) { g.id = GoalId(st.columnInt64(i)); }},
            {"uuid", Written::OnInsert,
             [](auto& st, int i, const auto& g) { st.bind(i, g.uuid.toString(QUuid::WithoutBraces)); },
             [](auto& st, int i, auto& g) { g.uuid = QUuid::fromString(st.columnText(i)); }},
            {"client_id", Written::OnInsert, [](auto& st, int i, const auto& g) { st.bind(i, g.clientId); },
             [](auto& st, int i, auto& g) { g.clientId = ClientId(st.columnInt64(i)); }},
            {"created_at", Written::OnInsert,
             [](auto& st, int i, const auto& g) { st.bind(i, storedTimestamp(g.createdAt)); },
             [](auto& st, int i, auto& g) { g.createdAt = readTimestamp(st, i); }},
            {"created_in_session", Written::OnInsert,
             [](auto& st, int i, const auto& g) { st.bind(i, g.createdInSession); },
             [](auto& st, int i, auto& g) {
                 if (!st.columnIsNull(i))
                     g.createdInSession = SessionId(st.columnInt64(i));
             }},
            // Copies of the current revision's number and status, for listing without a join.
            {"current_revision", Written::OnUpdate, [](auto& st, int i, const auto& g) { st.bind(i, g.revision); },
             nullptr},
            {"status", Written::OnUpdate, [](auto& st, int i, const auto& g) { st.bind(i, toKey(g.fields.status)); },
             nullptr},
        });
    return table;
}

const RecordTable<GoalRevision>& goalRevisionTable()
{
    static const RecordTable<GoalRevision> table(
        "goal_revisions", "r", {},
        {
            {"id", Written::Never, nullptr, [](auto& st, int i, auto& r) { r.id = st.columnInt64(i); }},
            {"goal_id", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.goalId); },
             [](auto& st, int i, auto& r) { r.goalId = GoalId(st.columnInt64(i)); }},
            {"revision", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.number); },
             [](auto& st, int i, auto& r) { r.number = st.columnInt(i); }},
            {"client_words", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.fields.clientWords); },
             [](auto& st, int i, auto& r) { r.fields.clientWords = st.columnText(i); }},
            {"counselor_framing", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.fields.counselorFraming); },
             [](auto& st, int i, auto& r) { r.fields.counselorFraming = st.columnText(i); }},
            {"life_area", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, toKey(r.fields.lifeArea)); },
             [](auto& st, int i, auto& r) {
                 r.fields.lifeArea = fromKey<LifeArea>(st.columnText(i)).value_or(LifeArea::Other);
             }},
            {"continuum_position", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, optionalKey(r.fields.position)); },
             [](auto& st, int i, auto& r) {
                 if (!st.columnIsNull(i))
                     r.fields.position = fromKey<ContinuumPosition>(st.columnText(i));
             }},
            {"why_it_matters", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.fields.whyItMatters); },
             [](auto& st, int i, auto& r) { r.fields.whyItMatters = st.columnText(i); }},
            {"steps", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, stepsJson(r.fields.steps)); },
             [](auto& st, int i, auto& r) { r.fields.steps = parseSteps(st.columnText(i)); }},
            {"who_can_help", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.fields.whoCanHelp); },
             [](auto& st, int i, auto& r) { r.fields.whoCanHelp = st.columnText(i); }},
            {"if_it_gets_hard", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.fields.ifItGetsHard); },
             [](auto& st, int i, auto& r) { r.fields.ifItGetsHard = st.columnText(i); }},
            {"status", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, toKey(r.fields.status)); },
             [](auto& st, int i, auto& r) {
                 r.fields.status = fromKey<GoalStatus>(st.columnText(i)).value_or(GoalStatus::Active);
             }},
            {"status_reason", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.fields.statusReason); },
             [](auto& st, int i, auto& r) { r.fields.statusReason = st.columnText(i); }},
            {"changes", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, changesJson(r.changes)); },
             [](auto& st, int i, auto& r) { r.changes = parseChanges(st.columnText(i)); }},
            {"reason", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.reason.trimmed()); },
             [](auto& st, int i, auto& r) { r.reason = st.columnText(i); }},
            {"client_agreement", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, optionalKey(r.clientAgreement)); },
             [](auto& st, int i, auto& r) {
                 if (!st.columnIsNull(i))
                     r.clientAgreement = fromKey<ClientAgreement>(st.columnText(i));
             }},
            {"revised_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.revisedAt)); },
             [](auto& st, int i, auto& r) { r.revisedAt = readTimestamp(st, i); }},
            {"revised_by", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.revisedBy); },
             [](auto& st, int i, auto& r) { r.revisedBy = st.columnText(i); }},
            {"session_id", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.sessionId); },
             [](auto& st, int i, auto& r) {
                 if (!st.columnIsNull(i))
                     r.sessionId = SessionId(st.columnInt64(i));
             }},
        });
    return table;
}

const RecordTable<SessionRecord>& sessionTable()
{
    static const RecordTable<SessionRecord> table(
        "sessions", "s", {},
        {
            {"id", Written::Never, nullptr, [](auto& st, int i, auto& r) { r.id = SessionId(st.columnInt64(i)); }},
            {"uuid", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.uuid.toString(QUuid::WithoutBraces)); },
             [](auto& st, int i, auto& r) { r.uuid = QUuid::fromString(st.columnText(i)); }},
            {"client_id", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.clientId); },
             [](auto& st, int i, auto& r) { r.clientId = ClientId(st.columnInt64(i)); }},
            {"session_date", Written::Always,
             [](auto& st, int i, const auto& r) { st.bind(i, r.content.date.toString(Qt::ISODate)); },
             [](auto& st, int i, auto& r) { r.content.date = QDate::fromString(st.columnText(i), Qt::ISODate); }},
            {"start_time", Written::Always,
             [](auto& st, int i, const auto& r) {
                 const auto& t = r.content.startTime;
                 st.bind(i, t ? std::optional<QString>(t->toString(QStringLiteral("HH:mm"))) : std::nullopt);
             },
             [](auto& st, int i, auto& r) {
                 if (!st.columnIsNull(i))
                     r.content.startTime = QTime::fromString(st.columnText(i), QStringLiteral("HH:mm"));
             }},
            {"duration_minutes", Written::Always,
             [](auto& st, int i, const auto& r) { st.bind(i, r.content.durationMinutes); },
             [](auto& st, int i, auto& r) {
                 if (!st.columnIsNull(i))
                     r.content.durationMinutes = st.columnInt(i);
             }},
            {"setting", Written::Always,
             [](auto& st, int i, const auto& r) { st.bind(i, optionalKey(r.content.setting)); },
             [](auto& st, int i, auto& r) {
                 if (!st.columnIsNull(i))
                     r.content.setting = fromKey<SessionSetting>(st.columnText(i));
             }},
            {"processes", Written::Always,
             [](auto& st, int i, const auto& r) { st.bind(i, processesKey(r.content.processes)); },
             [](auto& st, int i, auto& r) { r.content.processes = parseProcesses(st.columnText(i)); }},
            {"note_format", Written::Always,
             [](auto& st, int i, const auto& r) { st.bind(i, toKey(r.content.noteFormat)); },
             [](auto& st, int i, auto& r) {
                 r.content.noteFormat = fromKey<NoteFormat>(st.columnText(i)).value_or(NoteFormat::Free);
             }},
            {"next_steps", Written::Always,
             [](auto& st, int i, const auto& r) { st.bind(i, r.content.nextSteps.trimmed()); },
             [](auto& st, int i, auto& r) { r.content.nextSteps = st.columnText(i); }},
            {"follow_up_date", Written::Always,
             [](auto& st, int i, const auto& r) {
                 const auto& d = r.content.followUp;
                 st.bind(i, d ? std::optional<QString>(d->toString(Qt::ISODate)) : std::nullopt);
             },
             [](auto& st, int i, auto& r) {
                 if (!st.columnIsNull(i))
                     r.content.followUp = QDate::fromString(st.columnText(i), Qt::ISODate);
             }},
            {"change_plan", Written::Always,
             [](auto& st, int i, const auto& r) { st.bind(i, planJson(r.content.changePlan)); },
             [](auto& st, int i, auto& r) { r.content.changePlan = parsePlan(st, i); }},
            {"created_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.createdAt)); },
             [](auto& st, int i, auto& r) { r.createdAt = readTimestamp(st, i); }},
            {"updated_at", Written::Always,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.updatedAt)); },
             [](auto& st, int i, auto& r) { r.updatedAt = readTimestamp(st, i); }},
            {"signed_at", Written::Never, nullptr,
             [](auto& st, int i, auto& r) {
                 if (!st.columnIsNull(i))
                     r.signedAt = readTimestamp(st, i);
             }},
            {"signed_by", Written::Never, nullptr, [](auto& st, int i, auto& r) { r.signedBy = st.columnText(i); }},
        });
    return table;
}

const RecordTable<SessionGoalEntry>& sessionGoalTable()
{
    static const RecordTable<SessionGoalEntry> table(
        "session_goals", "sg", {"session_id", "position"},
        {
            {"goal_id", Written::OnInsert, [](auto& st, int i, const auto& e) { st.bind(i, e.goalId); },
             [](auto& st, int i, auto& e) { e.goalId = GoalId(st.columnInt64(i)); }},
            {"stage", Written::OnInsert, [](auto& st, int i, const auto& e) { st.bind(i, optionalKey(e.stage)); },
             [](auto& st, int i, auto& e) {
                 if (!st.columnIsNull(i))
                     e.stage = fromKey<StageOfChange>(st.columnText(i));
             }},
            {"return_to_use", Written::OnInsert, [](auto& st, int i, const auto& e) { st.bind(i, e.returnToUse); },
             [](auto& st, int i, auto& e) { e.returnToUse = st.columnInt(i) != 0; }},
            rulerValue<&SessionGoalEntry::importance>("importance"),
            rulerAnswer<&SessionGoalEntry::importance, &RulerScore::whyNotLower>("importance_why_not_lower"),
            rulerAnswer<&SessionGoalEntry::importance, &RulerScore::whatWouldHelp>("importance_what_would_help"),
            rulerValue<&SessionGoalEntry::confidence>("confidence"),
            rulerAnswer<&SessionGoalEntry::confidence, &RulerScore::whyNotLower>("confidence_why_not_lower"),
            rulerAnswer<&SessionGoalEntry::confidence, &RulerScore::whatWouldHelp>("confidence_what_would_help"),
            rulerValue<&SessionGoalEntry::readiness>("readiness"),
            rulerAnswer<&SessionGoalEntry::readiness, &RulerScore::whyNotLower>("readiness_why_not_lower"),
            rulerAnswer<&SessionGoalEntry::readiness, &RulerScore::whatWouldHelp>("readiness_what_would_help"),
            rulerByPerson<&SessionGoalEntry::importance>("importance_by_person"),
            rulerByPerson<&SessionGoalEntry::confidence>("confidence_by_person"),
            rulerByPerson<&SessionGoalEntry::readiness>("readiness_by_person"),
        });
    return table;
}

const RecordTable<TalkQuote>& talkQuoteTable()
{
    static const RecordTable<TalkQuote> table(
        "talk_quotes", "tq", {"session_goal_id", "position"},
        {
            {"direction", Written::OnInsert, [](auto& st, int i, const auto& q) { st.bind(i, toKey(q.direction)); },
             [](auto& st, int i, auto& q) {
                 q.direction = fromKey<TalkDirection>(st.columnText(i)).value_or(TalkDirection::Change);
             }},
            {"category", Written::OnInsert, [](auto& st, int i, const auto& q) { st.bind(i, toKey(q.category)); },
             [](auto& st, int i, auto& q) {
                 q.category = fromKey<TalkCategory>(st.columnText(i)).value_or(TalkCategory::Desire);
             }},
            {"quote", Written::OnInsert, [](auto& st, int i, const auto& q) { st.bind(i, q.quote.trimmed()); },
             [](auto& st, int i, auto& q) { q.quote = st.columnText(i); }},
        });
    return table;
}

const RecordTable<BalanceItem>& balanceItemTable()
{
    static const RecordTable<BalanceItem> table(
        "balance_items", "b", {"session_id", "position"},
        {
            {"box", Written::OnInsert, [](auto& st, int i, const auto& b) { st.bind(i, toKey(b.box)); },
             [](auto& st, int i, auto& b) {
                 b.box = fromKey<BalanceBox>(st.columnText(i)).value_or(BalanceBox::StatusQuoGood);
             }},
            {"item", Written::OnInsert, [](auto& st, int i, const auto& b) { st.bind(i, b.text.trimmed()); },
             [](auto& st, int i, auto& b) { b.text = st.columnText(i); }},
        });
    return table;
}

const RecordTable<NoteSection>& noteSectionTable()
{
    static const RecordTable<NoteSection> table(
        "note_sections", "n", {"session_id", "position"},
        {
            {"section_key", Written::OnInsert, [](auto& st, int i, const auto& n) { st.bind(i, n.key); },
             [](auto& st, int i, auto& n) { n.key = st.columnText(i); }},
            {"body", Written::OnInsert, [](auto& st, int i, const auto& n) { st.bind(i, n.body); },
             [](auto& st, int i, auto& n) { n.body = st.columnText(i); }},
        });
    return table;
}

const RecordTable<Addendum>& addendumTable()
{
    static const RecordTable<Addendum> table(
        "addenda", "a", {"session_id"},
        {
            {"number", Written::OnInsert, nullptr, [](auto& st, int i, auto& a) { a.number = st.columnInt(i); },
             "(SELECT coalesce(max(number), 0) + 1 FROM addenda WHERE session_id = ?1)"},
            {"body", Written::OnInsert, [](auto& st, int i, const auto& a) { st.bind(i, a.body.trimmed()); },
             [](auto& st, int i, auto& a) { a.body = st.columnText(i); }},
            {"signed_at", Written::OnInsert,
             [](auto& st, int i, const auto& a) { st.bind(i, storedTimestamp(a.signedAt)); },
             [](auto& st, int i, auto& a) { a.signedAt = readTimestamp(st, i); }},
            {"signed_by", Written::OnInsert, [](auto& st, int i, const auto& a) { st.bind(i, a.signedBy); },
             [](auto& st, int i, auto& a) { a.signedBy = st.columnText(i); }},
            {"kind", Written::OnInsert,
             [](auto& st, int i, const auto& a) {
                 st.bind(i, a.entersInError ? QStringLiteral("entered_in_error") : QStringLiteral("note"));
             },
             [](auto& st, int i, auto& a) { a.entersInError = st.columnText(i) == QLatin1String("entered_in_error"); }},
        });
    return table;
}

const RecordTable<AuditEntry>& auditTable()
{
    static const RecordTable<AuditEntry> table(
        "audit_log", "al", {},
        {
            {"id", Written::Never, nullptr, [](auto& st, int i, auto& e) { e.id = st.columnInt64(i); }},
            {"at", Written::OnInsert, [](auto& st, int i, const auto& e) { st.bind(i, storedTimestamp(e.at)); },
             [](auto& st, int i, auto& e) { e.at = readTimestamp(st, i); }},
            {"actor", Written::OnInsert, [](auto& st, int i, const auto& e) { st.bind(i, e.actor); },
             [](auto& st, int i, auto& e) { e.actor = st.columnText(i); }},
            {"action", Written::OnInsert, [](auto& st, int i, const auto& e) { st.bind(i, e.action); },
             [](auto& st, int i, auto& e) { e.action = st.columnText(i); }},
            {"record_type", Written::OnInsert, [](auto& st, int i, const auto& e) { st.bind(i, e.recordType); },
             [](auto& st, int i, auto& e) { e.recordType = st.columnText(i); }},
            {"record_uuid", Written::OnInsert,
             [](auto& st, int i, const auto& e) {
                 st.bind(i, e.recordUuid.isNull()
                                ? std::nullopt
                                : std::optional<QString>(e.recordUuid.toString(QUuid::WithoutBraces)));
             },
             [](auto& st, int i, auto& e) { e.recordUuid = QUuid::fromString(st.columnText(i)); }},
            {"client_id", Written::OnInsert, [](auto& st, int i, const auto& e) { st.bind(i, e.clientId); },
             [](auto& st, int i, auto& e) {
                 if (!st.columnIsNull(i))
                     e.clientId = ClientId(st.columnInt64(i));
             }},
            {"detail", Written::OnInsert, [](auto& st, int i, const auto& e) { st.bind(i, e.detail); },
             [](auto& st, int i, auto& e) { e.detail = st.columnText(i); }},
        });
    return table;
}

const RecordTable<Counselor>& counselorTable()
{
    static const RecordTable<Counselor> table(
        "counselor", "co", {},
        {
            {"id", Written::OnInsert, nullptr, nullptr, "1"},
            {"name", Written::Always, [](auto& st, int i, const auto& c) { st.bind(i, c.name.trimmed()); },
             [](auto& st, int i, auto& c) { c.name = st.columnText(i); }},
            {"credentials", Written::Always,
             [](auto& st, int i, const auto& c) { st.bind(i, c.credentials.trimmed()); },
             [](auto& st, int i, auto& c) { c.credentials = st.columnText(i); }},
        });
    return table;
}

Result<std::optional<Counselor>> readCounselor(Database& db)
{
    static const std::string sql = counselorTable().select("WHERE co.id = 1");
    return Query(db, sql).first(counselorTable());
}

QString counselorSignature(Database& db)
{
    auto counselor = readCounselor(db);
    const QString signature = counselor && counselor.value() ? counselor.value()->signature() : QString();
    return signature.isEmpty() ? QStringLiteral("(counselor not yet named)") : signature;
}

} // namespace continuum
