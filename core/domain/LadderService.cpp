// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/LadderService.h"

#include "domain/AuditLog.h"
#include "domain/PositiveChangeService.h"
#include "domain/RecordTables.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace continuum {

namespace {

QDateTime readTimestamp(const Statement& st, int column)
{
    return QDateTime::fromString(st.columnText(column), Qt::ISODateWithMs);
}

template<typename Id>
std::optional<qint64> rawId(const std::optional<Id>& id)
{
    return id ? std::optional<qint64>(id->value) : std::nullopt;
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

/// ladder_revisions: ?1 goal_id; append-only.
const RecordTable<LadderRevision>& ladderRevisionTable()
{
    static const RecordTable<LadderRevision> table(
        "ladder_revisions", "lr", {"goal_id"},
        {
            {"goal_id", Written::Never, nullptr, [](auto& st, int i, auto& r) { r.goal = GoalId(st.columnInt64(i)); }},
            {"revision", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.number); },
             [](auto& st, int i, auto& r) { r.number = st.columnInt(i); }},
            {"steps", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, stepsJson(r.steps)); },
             [](auto& st, int i, auto& r) { r.steps = parseSteps(st.columnText(i)); }},
            {"reason", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.reason); },
             [](auto& st, int i, auto& r) { r.reason = st.columnText(i); }},
            {"revised_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.revisedAt)); },
             [](auto& st, int i, auto& r) { r.revisedAt = readTimestamp(st, i); }},
            {"revised_by", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.revisedBy); },
             [](auto& st, int i, auto& r) { r.revisedBy = st.columnText(i); }},
        });
    return table;
}

/// ladder_marks: ?1 ladder_revision_id. Read back through kMarkSelect, which adds the step's words, the
/// revision and where it was added; "entered in error" is set by its own statement.
const RecordTable<LadderMark>& ladderMarkTable()
{
    static const RecordTable<LadderMark> table(
        "ladder_marks", "m", {"ladder_revision_id"},
        {
            {"id", Written::Never, nullptr, [](auto& st, int i, auto& r) { r.id = LadderMarkId(st.columnInt64(i)); }},
            {"uuid", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.uuid.toString(QUuid::WithoutBraces)); },
             [](auto& st, int i, auto& r) { r.uuid = QUuid::fromString(st.columnText(i)); }},
            {"step", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.step); },
             [](auto& st, int i, auto& r) { r.step = st.columnInt(i); }},
            {"marked_on", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.markedOn.toString(Qt::ISODate)); },
             [](auto& st, int i, auto& r) { r.markedOn = QDate::fromString(st.columnText(i), Qt::ISODate); }},
            {"session_id", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, rawId(r.addedIn.session)); },
             [](auto& st, int i, auto& r) {
                 if (!st.columnIsNull(i))
                     r.addedIn.session = SessionId(st.columnInt64(i));
             }},
            {"contact_id", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, rawId(r.addedIn.contact)); },
             [](auto& st, int i, auto& r) {
                 if (!st.columnIsNull(i))
                     r.addedIn.contact = ContactId(st.columnInt64(i));
             }},
            {"created_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.createdAt)); },
             [](auto& st, int i, auto& r) { r.createdAt = readTimestamp(st, i); }},
            {"created_by", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.createdBy); },
             [](auto& st, int i, auto& r) { r.createdBy = st.columnText(i); }},
            {"entered_in_error_reason", Written::Never, nullptr,
             [](auto& st, int i, auto& r) {
                 r.enteredInError = !st.columnIsNull(i);
                 r.enteredInErrorReason = st.columnText(i);
             }},
        });
    return table;
}

std::string markSelect()
{
    return "SELECT " + ladderMarkTable().columnList() +
           ", lr.goal_id, lr.revision, json_array_length(lr.steps), json_extract(lr.steps, printf('$[%d]', m.step)), "
           "coalesce(s.session_date, kr.occurred_on) FROM ladder_marks m "
           "JOIN ladder_revisions lr ON lr.id = m.ladder_revision_id "
           "LEFT JOIN sessions s ON s.id = m.session_id "
           "LEFT JOIN contact_records k ON k.id = m.contact_id "
           "LEFT JOIN contact_revisions kr ON kr.contact_id = k.id AND kr.revision = k.current_revision ";
}

LadderMark readMark(const Statement& st)
{
    LadderMark m = ladderMarkTable().read(st);
    const int n = ladderMarkTable().readCount();
    m.goal = GoalId(st.columnInt64(n));
    m.revision = st.columnInt(n + 1);
    m.stepCount = st.columnInt(n + 2);
    m.stepWords = st.columnText(n + 3);
    m.addedIn.on = columnDate(st, n + 4);
    return m;
}

} // namespace

LadderService::LadderService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(audit)
{}

QDate LadderService::today() const
{
    return m_clock.today();
}

QString LadderService::who()
{
    return counselorSignature(m_db);
}

Result<ClientId> LadderService::clientOfGoal(GoalId goal)
{
    return Query(m_db, "SELECT client_id FROM goals WHERE id = ?1", goal)
        .one([](const Statement& st) { return ClientId(st.columnInt64(0)); }, Missing{"goal", goal});
}

Result<std::optional<LadderService::Current>> LadderService::current(GoalId goal)
{
    return Query(m_db,
                 "SELECT id, revision, json_array_length(steps) FROM ladder_revisions WHERE goal_id = ?1 "
                 "ORDER BY revision DESC LIMIT 1",
                 goal)
        .first([](const Statement& st) {
            return Current{st.columnInt64(0), st.columnInt(1), st.columnInt(2)};
        });
}

Result<int> LadderService::setSteps(GoalId goal, const QStringList& input, const QString& why)
{
    QStringList steps;
    for (const QString& s : input) {
        if (!s.trimmed().isEmpty())
            steps.append(s.trimmed());
    }
    const QString reason = why.trimmed();
    if (steps.isEmpty())
        return validationError({Field::LadderSteps, ValidationReason::Required}, QStringLiteral("no steps"));
    if (steps.size() > kMaxSteps)
        return validationError({Field::LadderSteps, ValidationReason::TooMany}, QStringLiteral("too many steps"));
    for (const QString& s : steps) {
        if (s.size() > kMaxStepText)
            return validationError({Field::LadderSteps, ValidationReason::TooLong}, QStringLiteral("too long"));
    }
    if (reason.size() > kMaxReason)
        return validationError({Field::ChangeReason, ValidationReason::TooLong}, QStringLiteral("too long"));
    auto client = clientOfGoal(goal);
    if (!client)
        return client.error();
    auto before = currentSteps(goal);
    if (!before)
        return before.error();
    if (before.value() && before.value()->steps == steps)
        return before.value()->number; // the same steps again: nothing to record
    auto uuid = Query(m_db, "SELECT uuid FROM goals WHERE id = ?1", goal).one(readText, Missing{"goal", goal});
    if (!uuid)
        return uuid.error();

    LadderRevision revision;
    revision.goal = goal;
    revision.number = before.value() ? before.value()->number + 1 : 1;
    revision.steps = steps;
    revision.reason = reason;
    revision.revisedAt = m_clock.now();
    revision.revisedBy = who();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto id = insertRecord(m_db, ladderRevisionTable(), revision, goal); !id)
        return id.error();
    if (auto s = m_audit.record({VoiceAuditAction::SetSteps, QStringLiteral("ladder"), QUuid::fromString(uuid.value()),
                                 client.value(), QStringLiteral("revision %1").arg(revision.number), std::nullopt});
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    Q_EMIT ladderChanged(client.value(), goal);
    return revision.number;
}

Result<std::optional<LadderRevision>> LadderService::currentSteps(GoalId goal)
{
    static const std::string sql =
        ladderRevisionTable().select("WHERE lr.goal_id = ?1 ORDER BY lr.revision DESC LIMIT 1");
    return Query(m_db, sql, goal).first(ladderRevisionTable());
}

Result<QList<LadderRevision>> LadderService::history(GoalId goal)
{
    static const std::string sql = ladderRevisionTable().select("WHERE lr.goal_id = ?1 ORDER BY lr.revision");
    return Query(m_db, sql, goal).all(ladderRevisionTable());
}

Result<std::pair<ClientId, LadderService::Current>> LadderService::validated(const NewLadderMark& m)
{
    auto client = clientOfGoal(m.goal);
    if (!client)
        return client.error();
    auto now = current(m.goal);
    if (!now)
        return now.error();
    if (!now.value())
        return validationError({Field::LadderMark, ValidationReason::NoSuchRecord},
                               QStringLiteral("the goal has no steps yet"));
    if (m.step < 0 || m.step >= now.value()->stepCount)
        return validationError({Field::LadderMark, ValidationReason::OutOfRange},
                               QStringLiteral("not one of the current steps"));
    const QDate on = m.markedOn.value_or(m_clock.today());
    if (!on.isValid() || on.year() < PositiveChangeService::kEarliestYear)
        return validationError({Field::MarkDate, ValidationReason::NotPlausible}, QStringLiteral("not a date"));
    if (on > m_clock.today())
        return validationError({Field::MarkDate, ValidationReason::InTheFuture}, QStringLiteral("after today"));
    if (auto s = PositiveChangeService::checkAddedIn(m_db, client.value(), m.session, m.contact); !s)
        return s.error();
    return std::pair(client.value(), *now.value());
}

Status LadderService::check(const NewLadderMark& m)
{
    if (auto v = validated(m); !v)
        return v.error();
    return {};
}

Result<LadderMarkId> LadderService::mark(const NewLadderMark& input)
{
    auto v = validated(input);
    if (!v)
        return v.error();
    const auto& [client, on] = v.value();
    LadderMark m;
    m.uuid = QUuid::createUuid();
    m.step = input.step;
    m.markedOn = input.markedOn.value_or(m_clock.today());
    m.addedIn.session = input.session;
    m.addedIn.contact = input.contact;
    m.createdAt = m_clock.now();
    m.createdBy = who();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto id = insertRecord(m_db, ladderMarkTable(), m, on.rowId);
    if (!id)
        return id.error();
    // Which mark, on which revision of the steps: never the step's words.
    if (auto s = m_audit.record({VoiceAuditAction::MarkStep, QStringLiteral("ladder-mark"), m.uuid, client,
                                 QStringLiteral("revision %1").arg(on.revision), std::nullopt});
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    Q_EMIT ladderChanged(client, input.goal);
    return LadderMarkId(id.value());
}

Status LadderService::markEnteredInError(LadderMarkId id, const QString& why)
{
    auto m = markRecord(id);
    if (!m)
        return m.error();
    if (m->enteredInError)
        return validationError({Field::LadderMark, ValidationReason::AlreadyDone},
                               QStringLiteral("already entered in error"));
    const QString reason = why.trimmed();
    if (reason.isEmpty())
        return validationError({Field::ChangeReason, ValidationReason::NeedsReason}, QStringLiteral("no reason"));
    if (reason.size() > kMaxReason)
        return validationError({Field::ChangeReason, ValidationReason::TooLong}, QStringLiteral("too long"));
    auto client = clientOfGoal(m->goal);
    if (!client)
        return client.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = Query(m_db,
                       "UPDATE ladder_marks SET entered_in_error_at = ?2, entered_in_error_by = ?3, "
                       "entered_in_error_reason = ?4 WHERE id = ?1",
                       id, storedTimestamp(m_clock.now()), who(), reason)
                     .run();
        !s)
        return s;
    if (auto s = m_audit.record({VoiceAuditAction::EnteredInError,
                                 QStringLiteral("ladder-mark"),
                                 m->uuid,
                                 client.value(),
                                 {},
                                 std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT ladderChanged(client.value(), m->goal);
    return {};
}

Result<LadderMark> LadderService::markRecord(LadderMarkId id)
{
    static const std::string sql = markSelect() + "WHERE m.id = ?1";
    return Query(m_db, sql, id).one(readMark, Missing{"ladder mark", id});
}

Result<QList<LadderMark>> LadderService::marks(GoalId goal, EnteredInError shown)
{
    static const std::string sql =
        markSelect() + "WHERE lr.goal_id = ?1 AND (?2 OR m.entered_in_error_at IS NULL) ORDER BY m.marked_on, m.id";
    return Query(m_db, sql, goal, shown == EnteredInError::Show).all(readMark);
}

Result<QList<LadderMark>> LadderService::marksOfSession(SessionId session)
{
    static const std::string sql =
        markSelect() + "WHERE m.session_id = ?1 AND m.entered_in_error_at IS NULL ORDER BY m.id";
    return Query(m_db, sql, session).all(readMark);
}

} // namespace continuum
