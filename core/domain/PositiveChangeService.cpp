// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PositiveChangeService.h"

#include "domain/AuditLog.h"
#include "domain/RecordTables.h"
#include "storage/Query.h"
#include "storage/RecordTable.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <algorithm>

namespace continuum {

namespace {

QDateTime readTimestamp(const Statement& st, int column)
{
    return QDateTime::fromString(st.columnText(column), Qt::ISODateWithMs);
}

template<typename Id>
std::optional<Id> readOptionalId(const Statement& st, int column)
{
    return st.columnIsNull(column) ? std::nullopt : std::optional<Id>(Id(st.columnInt64(column)));
}

template<typename Id>
std::optional<qint64> rawId(const std::optional<Id>& id)
{
    return id ? std::optional<qint64>(id->value) : std::nullopt;
}

constexpr const char* kRecorded = "recorded";
constexpr const char* kEnteredInError = "entered_in_error";

/// positive_changes: the header. current_revision moves on by its own statement, after each revision.
const RecordTable<PositiveChange>& changeTable()
{
    static const RecordTable<PositiveChange> table(
        "positive_changes", "c", {},
        {
            {"id", Written::Never, nullptr,
             [](auto& st, int i, auto& r) { r.id = PositiveChangeId(st.columnInt64(i)); }},
            {"uuid", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.uuid.toString(QUuid::WithoutBraces)); },
             [](auto& st, int i, auto& r) { r.uuid = QUuid::fromString(st.columnText(i)); }},
            {"client_id", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.client); },
             [](auto& st, int i, auto& r) { r.client = ClientId(st.columnInt64(i)); }},
            {"session_id", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, rawId(r.addedIn.session)); },
             [](auto& st, int i, auto& r) { r.addedIn.session = readOptionalId<SessionId>(st, i); }},
            {"contact_id", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, rawId(r.addedIn.contact)); },
             [](auto& st, int i, auto& r) { r.addedIn.contact = readOptionalId<ContactId>(st, i); }},
            {"created_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.createdAt)); },
             [](auto& st, int i, auto& r) { r.createdAt = readTimestamp(st, i); }},
            {"created_by", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.createdBy); },
             [](auto& st, int i, auto& r) { r.createdBy = st.columnText(i); }},
        });
    return table;
}

/// positive_change_revisions: ?1 change_id; append-only.
const RecordTable<PositiveChangeRevision>& revisionTable()
{
    static const RecordTable<PositiveChangeRevision> table(
        "positive_change_revisions", "r", {"change_id"},
        {
            {"revision", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.number); },
             [](auto& st, int i, auto& r) { r.number = st.columnInt(i); }},
            {"words", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.words); },
             [](auto& st, int i, auto& r) { r.words = st.columnText(i); }},
            {"noticed_on", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.noticedOn.toString(Qt::ISODate)); },
             [](auto& st, int i, auto& r) { r.noticedOn = QDate::fromString(st.columnText(i), Qt::ISODate); }},
            {"on_plan", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.onPlan); },
             [](auto& st, int i, auto& r) { r.onPlan = st.columnInt(i) != 0; }},
            {"status", Written::OnInsert,
             [](auto& st, int i, const auto& r) {
                 st.bind(i, QString::fromLatin1(r.enteredInError ? kEnteredInError : kRecorded));
             },
             [](auto& st, int i, auto& r) { r.enteredInError = st.columnText(i) == QLatin1String(kEnteredInError); }},
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

// A change as it stands: its header, its current revision, and the day of the session or contact it was
// added in. Callers add WHERE and ORDER BY.
std::string currentSelect()
{
    return "SELECT " + changeTable().columnList() + ", " + revisionTable().columnList() +
           ", coalesce(s.session_date, kr.occurred_on) FROM positive_changes c "
           "JOIN positive_change_revisions r ON r.change_id = c.id AND r.revision = c.current_revision "
           "LEFT JOIN sessions s ON s.id = c.session_id "
           "LEFT JOIN contact_records k ON k.id = c.contact_id "
           "LEFT JOIN contact_revisions kr ON kr.contact_id = k.id AND kr.revision = k.current_revision ";
}

PositiveChange readChange(const Statement& st)
{
    PositiveChange c = changeTable().read(st);
    const int first = changeTable().readCount();
    c.current = revisionTable().read(st, first);
    c.addedIn.on = columnDate(st, first + revisionTable().readCount());
    return c;
}

constexpr const char* kNewestFirst = " ORDER BY r.noticed_on DESC, c.id DESC";

} // namespace

PositiveChangeService::PositiveChangeService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(audit)
{}

QDate PositiveChangeService::today() const
{
    return m_clock.today();
}

QString PositiveChangeService::who()
{
    return counselorSignature(m_db);
}

Result<PositiveChangeRevision> PositiveChangeService::validated(const PositiveChangeEdit& edit)
{
    PositiveChangeRevision r;
    // Their words exactly as written: only the ends are trimmed.
    r.words = edit.words.trimmed();
    r.noticedOn = edit.noticedOn;
    r.onPlan = edit.onPlan;
    if (r.words.isEmpty())
        return validationError({Field::ChangeWords, ValidationReason::Required}, QStringLiteral("no words"));
    if (r.words.size() > kMaxWords)
        return validationError({Field::ChangeWords, ValidationReason::TooLong}, QStringLiteral("too long"));
    if (!r.noticedOn.isValid() || r.noticedOn.year() < kEarliestYear)
        return validationError({Field::ChangeDate, ValidationReason::NotPlausible}, QStringLiteral("not a date"));
    if (r.noticedOn > m_clock.today())
        return validationError({Field::ChangeDate, ValidationReason::InTheFuture}, QStringLiteral("after today"));
    return r;
}

Status PositiveChangeService::checkAddedIn(Database& db, ClientId client, const std::optional<SessionId>& session,
                                           const std::optional<ContactId>& contact)
{
    auto known = Query(db, "SELECT 1 FROM clients WHERE id = ?1", client).exists();
    if (!known)
        return known.error();
    if (!known.value())
        return validationError({Field::Client, ValidationReason::NoSuchRecord}, QStringLiteral("no such client"));
    if (session && contact)
        return validationError({Field::ChangeContact, ValidationReason::NotThisClients},
                               QStringLiteral("added in a session or a contact, not both"));
    if (session) {
        // A draft or a signed session: either way it must be this person's.
        auto owner = Query(db, "SELECT client_id FROM sessions WHERE id = ?1", *session).first([](const Statement& st) {
            return ClientId(st.columnInt64(0));
        });
        if (!owner)
            return owner.error();
        if (!owner.value() || *owner.value() != client)
            return validationError({Field::Session, ValidationReason::NotThisClients},
                                   QStringLiteral("not a session of this client"));
    }
    if (contact) {
        // A contact that names this person now (its current revision): never a coded or anonymous one.
        auto names = Query(db,
                           "SELECT 1 FROM contact_records k JOIN contact_revisions r "
                           "ON r.contact_id = k.id AND r.revision = k.current_revision "
                           "JOIN contact_people p ON p.revision_id = r.id WHERE k.id = ?1 AND p.client_id = ?2",
                           *contact, client)
                         .exists();
        if (!names)
            return names.error();
        if (!names.value())
            return validationError({Field::ChangeContact, ValidationReason::NotThisClients},
                                   QStringLiteral("not a contact with this client"));
    }
    return {};
}

Status PositiveChangeService::check(const NewPositiveChange& change)
{
    if (auto r = validated({change.words, change.noticedOn.value_or(m_clock.today()), change.onPlan}); !r)
        return r.error();
    return checkAddedIn(m_db, change.client, change.session, change.contact);
}

Result<PositiveChangeId> PositiveChangeService::add(const NewPositiveChange& input)
{
    auto revision = validated({input.words, input.noticedOn.value_or(m_clock.today()), input.onPlan});
    if (!revision)
        return revision.error();
    if (auto s = checkAddedIn(m_db, input.client, input.session, input.contact); !s)
        return s.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    PositiveChange header;
    header.uuid = QUuid::createUuid();
    header.client = input.client;
    header.addedIn.session = input.session;
    header.addedIn.contact = input.contact;
    header.createdAt = m_clock.now();
    header.createdBy = who();
    auto inserted = insertRecord(m_db, changeTable(), header);
    if (!inserted)
        return inserted.error();
    header.id = PositiveChangeId(inserted.value());
    revision->number = 1;
    if (auto s = append(header, revision.value(), VoiceAuditAction::AddChange); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    Q_EMIT positiveChangeChanged(header.client, header.id);
    return header.id;
}

Status PositiveChangeService::append(const PositiveChange& change, const PositiveChangeRevision& input,
                                     const QString& auditAction)
{
    PositiveChangeRevision revision = input;
    revision.revisedAt = m_clock.now();
    revision.revisedBy = who();
    if (auto id = insertRecord(m_db, revisionTable(), revision, change.id); !id)
        return id.error();
    if (auto s =
            Query(m_db, "UPDATE positive_changes SET current_revision = ?2 WHERE id = ?1", change.id, revision.number)
                .run();
        !s)
        return s;
    // What happened and to which record: never the words, the date or the reason.
    return m_audit.record({auditAction, QStringLiteral("positive-change"), change.uuid, change.client,
                           QStringLiteral("revision %1").arg(revision.number), std::nullopt});
}

Status PositiveChangeService::correct(PositiveChangeId id, const PositiveChangeEdit& edit, const QString& reason)
{
    auto current = change(id);
    if (!current)
        return current.error();
    if (current->current.enteredInError)
        return validationError({Field::ChangeCorrection, ValidationReason::AlreadyDone},
                               QStringLiteral("entered in error: nothing follows"));
    auto revision = validated(edit);
    if (!revision)
        return revision.error();
    const PositiveChangeRevision& was = current->current;
    const bool newWords = revision->words != was.words || revision->noticedOn != was.noticedOn;
    if (!newWords && revision->onPlan == was.onPlan)
        return validationError({Field::ChangeCorrection, ValidationReason::NothingChanged},
                               QStringLiteral("nothing changed"));
    revision->reason = reason.trimmed();
    if (newWords && revision->reason.isEmpty())
        return validationError({Field::ChangeReason, ValidationReason::NeedsReason},
                               QStringLiteral("new words or a new date need a reason"));
    if (revision->reason.size() > kMaxReason)
        return validationError({Field::ChangeReason, ValidationReason::TooLong}, QStringLiteral("too long"));
    revision->number = was.number + 1;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = append(current.value(), revision.value(), VoiceAuditAction::CorrectChange); !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT positiveChangeChanged(current->client, id);
    return {};
}

Status PositiveChangeService::setOnPlan(PositiveChangeId id, bool onPlan)
{
    auto current = change(id);
    if (!current)
        return current.error();
    const PositiveChangeRevision& was = current->current;
    return correct(id, {was.words, was.noticedOn, onPlan});
}

Status PositiveChangeService::markEnteredInError(PositiveChangeId id, const QString& why)
{
    auto current = change(id);
    if (!current)
        return current.error();
    if (current->current.enteredInError)
        return validationError({Field::ChangeCorrection, ValidationReason::AlreadyDone},
                               QStringLiteral("already entered in error"));
    const QString reason = why.trimmed();
    if (reason.isEmpty())
        return validationError({Field::ChangeReason, ValidationReason::NeedsReason}, QStringLiteral("no reason"));
    if (reason.size() > kMaxReason)
        return validationError({Field::ChangeReason, ValidationReason::TooLong}, QStringLiteral("too long"));
    // The words stay exactly as they were; only whether they show changes.
    PositiveChangeRevision revision = current->current;
    revision.number += 1;
    revision.enteredInError = true;
    revision.reason = reason;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = append(current.value(), revision, VoiceAuditAction::EnteredInError); !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT positiveChangeChanged(current->client, id);
    return {};
}

Result<PositiveChange> PositiveChangeService::change(PositiveChangeId id)
{
    static const std::string sql = currentSelect() + "WHERE c.id = ?1";
    return Query(m_db, sql, id).one(readChange, Missing{"positive change", id});
}

Result<QList<PositiveChangeRevision>> PositiveChangeService::history(PositiveChangeId id)
{
    static const std::string sql = revisionTable().select("WHERE r.change_id = ?1 ORDER BY r.revision");
    auto revisions = Query(m_db, sql, id).all(revisionTable());
    if (revisions && revisions->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("no positive change %1").arg(id.value));
    return revisions;
}

Result<QList<PositiveChange>> PositiveChangeService::changesOfClient(ClientId client, EnteredInError shown)
{
    static const std::string sql =
        currentSelect() + "WHERE c.client_id = ?1 AND (?2 OR r.status = 'recorded')" + kNewestFirst;
    return Query(m_db, sql, client, shown == EnteredInError::Show).all(readChange);
}

Result<QList<PositiveChange>> PositiveChangeService::changesOfSession(SessionId session)
{
    static const std::string sql = currentSelect() + "WHERE c.session_id = ?1 AND r.status = 'recorded' ORDER BY c.id";
    return Query(m_db, sql, session).all(readChange);
}

Result<PlanChanges> PositiveChangeService::planChanges(ClientId client, int limit)
{
    static const std::string sql = currentSelect() +
                                   "WHERE c.client_id = ?1 AND r.on_plan = 1 AND r.status = 'recorded'" + kNewestFirst +
                                   " LIMIT ?2";
    auto shown = Query(m_db, sql, client, std::max(0, limit)).all(readChange);
    if (!shown)
        return shown.error();
    auto total = Query(m_db,
                       "SELECT count(*) FROM positive_changes c JOIN positive_change_revisions r "
                       "ON r.change_id = c.id AND r.revision = c.current_revision "
                       "WHERE c.client_id = ?1 AND r.on_plan = 1 AND r.status = 'recorded'",
                       client)
                     .one(readInt, Missing{"client", client});
    if (!total)
        return total.error();
    PlanChanges out;
    out.shown = shown.value();
    out.notShown = std::max(0, total.value() - int(out.shown.size()));
    return out;
}

} // namespace continuum
