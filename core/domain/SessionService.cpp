// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/SessionService.h"

#include "domain/AuditLog.h"
#include "domain/RecordTables.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSet>

namespace continuum {

namespace {

/// The two ways a ruler can be refused, spelled out per ruler so the compiler checks each pair.
struct RulerFailures {
    ValidationFailure outOfRange;
    ValidationFailure tooLong;
};

constexpr RulerFailures kImportanceFailures{{Field::Importance, ValidationReason::OutOfRange},
                                            {Field::Importance, ValidationReason::TooLong}};
constexpr RulerFailures kConfidenceFailures{{Field::Confidence, ValidationReason::OutOfRange},
                                            {Field::Confidence, ValidationReason::TooLong}};
constexpr RulerFailures kReadinessFailures{{Field::Readiness, ValidationReason::OutOfRange},
                                           {Field::Readiness, ValidationReason::TooLong}};

Status validateRuler(const std::optional<RulerScore>& r, RulerFailures failures, int maxText)
{
    if (!r)
        return {};
    if (r->value < 0 || r->value > 10)
        return validationError(failures.outOfRange, QStringLiteral("a ruler runs from 0 to 10"));
    if (r->whyNotLower.size() > maxText || r->whatWouldHelp.size() > maxText)
        return validationError(failures.tooLong, QStringLiteral("too long"));
    return {};
}

// Everything under a draft session, removed before its content is written again or the draft discarded.
const std::initializer_list<const char*> kDeleteContent{
    "DELETE FROM talk_quotes WHERE session_goal_id IN (SELECT id FROM session_goals WHERE session_id = ?1)",
    "DELETE FROM session_goals WHERE session_id = ?1",
    "DELETE FROM balance_items WHERE session_id = ?1",
    "DELETE FROM note_sections WHERE session_id = ?1",
};

} // namespace

SessionService::SessionService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(audit)
{}

Status SessionService::validate(ClientId client, const SessionContent& c)
{
    if (!c.date.isValid())
        return validationError({Field::SessionDate, ValidationReason::Required},
                               QStringLiteral("the session date is required"));
    if (c.date > m_clock.today().addDays(1))
        return validationError({Field::SessionDate, ValidationReason::InTheFuture},
                               QStringLiteral("a session record cannot be in the future"));
    if (c.date.year() < 2000)
        return validationError({Field::SessionDate, ValidationReason::NotPlausible},
                               QStringLiteral("not a plausible date"));
    if (c.startTime && !c.startTime->isValid())
        return validationError({Field::StartTime, ValidationReason::NotPlausible}, QStringLiteral("not a valid time"));
    if (c.durationMinutes && (*c.durationMinutes < 1 || *c.durationMinutes > 1440))
        return validationError({Field::DurationMinutes, ValidationReason::OutOfRange},
                               QStringLiteral("between 1 minute and 24 hours"));
    if (c.followUp && !c.followUp->isValid())
        return validationError({Field::FollowUp, ValidationReason::NotPlausible}, QStringLiteral("not a date"));
    if (c.followUp && *c.followUp < c.date)
        return validationError({Field::FollowUp, ValidationReason::BeforeSessionDate},
                               QStringLiteral("the follow-up cannot be before the session"));
    if (c.nextSteps.size() > kMaxText)
        return validationError({Field::NextSteps, ValidationReason::TooLong}, QStringLiteral("too long"));

    QSet<GoalId> seen;
    for (const SessionGoalEntry& g : c.goals) {
        if (seen.contains(g.goalId))
            return validationError({Field::Goals, ValidationReason::Duplicate},
                                   QStringLiteral("a goal is listed twice"));
        seen.insert(g.goalId);
        auto owner = Query(m_db, "SELECT client_id FROM goals WHERE id = ?1", g.goalId).first(readInt64);
        if (!owner)
            return owner.error();
        if (owner.value() != client.value)
            return validationError({Field::Goals, ValidationReason::NotThisClients},
                                   QStringLiteral("not a goal of this client"));
        if (auto s = validateRuler(g.importance, kImportanceFailures, kMaxQuote); !s)
            return s;
        if (auto s = validateRuler(g.confidence, kConfidenceFailures, kMaxQuote); !s)
            return s;
        if (auto s = validateRuler(g.readiness, kReadinessFailures, kMaxQuote); !s)
            return s;
        for (const TalkQuote& q : g.quotes) {
            if (q.quote.trimmed().isEmpty())
                return validationError({Field::Quotes, ValidationReason::Empty},
                                       QStringLiteral("a quote needs the client's words"));
            if (q.quote.size() > kMaxQuote)
                return validationError({Field::Quotes, ValidationReason::TooLong}, QStringLiteral("too long"));
        }
    }
    for (const BalanceItem& b : c.balance) {
        if (b.text.trimmed().isEmpty())
            return validationError({Field::Balance, ValidationReason::Empty}, QStringLiteral("an empty item"));
        if (b.text.size() > kMaxQuote)
            return validationError({Field::Balance, ValidationReason::TooLong}, QStringLiteral("too long"));
    }
    if (c.changePlan) {
        const ChangePlan& p = *c.changePlan;
        for (const QString* t : {&p.changesIWant, &p.mostImportantReasons, &p.stepsIPlan, &p.howOthersCanHelp,
                                 &p.howIWillKnow, &p.whatCouldGetInTheWay}) {
            if (t->size() > kMaxText)
                return validationError({Field::ChangePlan, ValidationReason::TooLong}, QStringLiteral("too long"));
        }
    }
    const QStringList keys = noteSectionKeys(c.noteFormat);
    QSet<QString> sectionKeys;
    for (const NoteSection& n : c.note) {
        if (!keys.contains(n.key))
            return validationError({Field::Note, ValidationReason::NotInFormat},
                                   QStringLiteral("section '%1' is not part of this format").arg(n.key));
        if (sectionKeys.contains(n.key))
            return validationError({Field::Note, ValidationReason::Duplicate},
                                   QStringLiteral("section '%1' appears twice").arg(n.key));
        sectionKeys.insert(n.key);
        if (n.body.size() > kMaxText)
            return validationError({Field::Note, ValidationReason::TooLong}, QStringLiteral("too long"));
    }
    return {};
}

Status SessionService::writeContent(SessionId id, const SessionContent& c, bool replace)
{
    if (replace) {
        if (auto s = runEachWithId(m_db, kDeleteContent, id); !s)
            return s;
    }
    if (auto s = insertChildren(m_db, sessionGoalTable(), id, c.goals, InOrder(),
                                [this](qint64 entry, const SessionGoalEntry& g) {
                                    return insertChildren(m_db, talkQuoteTable(), entry, g.quotes);
                                });
        !s)
        return s;
    if (auto s = insertChildren(m_db, balanceItemTable(), id, c.balance); !s)
        return s;
    // Sections are stored in the format's order, whatever order they arrive in.
    const QStringList keys = noteSectionKeys(c.noteFormat);
    return insertChildren(m_db, noteSectionTable(), id, c.note,
                          [&keys](int, const NoteSection& n) { return int(keys.indexOf(n.key)); });
}

Result<SessionId> SessionService::createDraft(ClientId client, const SessionContent& c)
{
    auto known = Query(m_db, "SELECT 1 FROM clients WHERE id = ?1", client).exists();
    if (!known)
        return known.error();
    if (!known.value())
        return validationError({Field::Client, ValidationReason::NoSuchRecord}, QStringLiteral("no such client"));
    if (auto s = validate(client, c); !s)
        return s.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    SessionRecord row;
    row.uuid = QUuid::createUuid();
    row.clientId = client;
    row.content = c;
    row.createdAt = m_clock.now();
    row.updatedAt = row.createdAt;
    auto inserted = insertRecord(m_db, sessionTable(), row);
    if (!inserted)
        return inserted.error();
    const SessionId id(inserted.value());
    if (auto s = writeContent(id, c, false); !s)
        return s.error();
    if (auto s = m_audit.record({AuditAction::Create, QStringLiteral("session"), row.uuid, client, {}, std::nullopt});
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    Q_EMIT sessionChanged(client, id);
    return id;
}

Result<SessionService::Header> SessionService::header(SessionId id)
{
    return Query(m_db, "SELECT client_id, uuid, signed_at IS NOT NULL FROM sessions WHERE id = ?1", id)
        .one(
            [](const Statement& st) {
                return Header{ClientId(st.columnInt64(0)), QUuid::fromString(st.columnText(1)), st.columnInt(2) != 0};
            },
            Missing{"session", id});
}

Status SessionService::saveDraft(SessionId id, const SessionContent& c)
{
    auto h = header(id);
    if (!h)
        return h.error();
    if (h->isSigned)
        return makeError(ErrorCode::SignedRecord, QStringLiteral("session %1 is signed").arg(id.value));
    if (auto s = validate(h->client, c); !s)
        return s;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    SessionRecord row;
    row.content = c;
    row.updatedAt = m_clock.now();
    if (auto s = updateRecord(m_db, sessionTable(), id, row); !s)
        return s.code() == ErrorCode::Constraint ? makeError(ErrorCode::SignedRecord, s.error().detail) : s;
    if (auto s = writeContent(id, c, true); !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT sessionChanged(h->client, id);
    return {};
}

Status SessionService::discardDraft(SessionId id)
{
    auto h = header(id);
    if (!h)
        return h.error();
    if (h->isSigned)
        return makeError(ErrorCode::SignedRecord, QStringLiteral("signed records cannot be discarded"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // Goals created inside this draft stay (they are the client's), but lose the link to it.
    if (auto s = runEachWithId(m_db, kDeleteContent, id); !s)
        return s;
    if (auto s = runEachWithId(m_db,
                               {"UPDATE goals SET created_in_session = NULL WHERE created_in_session = ?1",
                                "DELETE FROM sessions WHERE id = ?1"},
                               id);
        !s)
        return s;
    if (auto s = m_audit.record(
            {AuditAction::DiscardDraft, QStringLiteral("session"), h->uuid, h->client, {}, std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT sessionRemoved(h->client, id);
    return {};
}

Status SessionService::sign(SessionId id)
{
    auto h = header(id);
    if (!h)
        return h.error();
    if (h->isSigned)
        return makeError(ErrorCode::SignedRecord, QStringLiteral("session %1 is already signed").arg(id.value));
    auto counselor = readCounselor(m_db);
    if (!counselor)
        return counselor.error();
    if (!counselor.value())
        return validationError({Field::Counselor, ValidationReason::Required},
                               QStringLiteral("name the counselor before signing"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = Query(m_db, "UPDATE sessions SET signed_at = ?2, signed_by = ?3 WHERE id = ?1 AND signed_at IS NULL",
                       id, storedTimestamp(m_clock.now()), counselor.value()->signature())
                     .run();
        !s)
        return s;
    if (auto s = m_audit.record({AuditAction::Sign, QStringLiteral("session"), h->uuid, h->client, {}, std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT sessionChanged(h->client, id);
    return {};
}

Result<int> SessionService::addAddendum(SessionId id, const QString& body)
{
    auto h = header(id);
    if (!h)
        return h.error();
    if (!h->isSigned)
        return validationError({Field::Addendum, ValidationReason::NotSignedYet},
                               QStringLiteral("a draft is edited, not addended; sign it first"));
    if (body.trimmed().isEmpty())
        return validationError({Field::Addendum, ValidationReason::Required}, QStringLiteral("the addendum is empty"));
    return appendAddendum(id, *h, body, false);
}

Result<int> SessionService::markEnteredInError(SessionId id, const QString& reason)
{
    auto h = header(id);
    if (!h)
        return h.error();
    if (!h->isSigned)
        return validationError({Field::EnteredInError, ValidationReason::NotSignedYet},
                               QStringLiteral("a draft is discarded, not entered in error"));
    if (reason.trimmed().isEmpty())
        return validationError({Field::EnteredInErrorReason, ValidationReason::Required},
                               QStringLiteral("say why the session was entered in error"));
    auto already = isEnteredInError(id);
    if (!already)
        return already.error();
    if (already.value())
        return validationError({Field::EnteredInError, ValidationReason::AlreadyDone},
                               QStringLiteral("session %1 is already entered in error").arg(id.value));
    return appendAddendum(id, *h, reason, true);
}

Result<bool> SessionService::isEnteredInError(SessionId id)
{
    return Query(m_db, "SELECT 1 FROM addenda WHERE session_id = ?1 AND kind = 'entered_in_error'", id).exists();
}

Result<int> SessionService::appendAddendum(SessionId id, const Header& h, const QString& body, bool entersInError)
{
    if (body.size() > kMaxText)
        return validationError(entersInError ? ValidationFailure{Field::EnteredInErrorReason, ValidationReason::TooLong}
                                             : ValidationFailure{Field::Addendum, ValidationReason::TooLong},
                               QStringLiteral("too long"));
    auto counselor = readCounselor(m_db);
    if (!counselor)
        return counselor.error();
    const QString who = counselor.value() ? counselor.value()->signature() : QString();
    if (who.isEmpty())
        return validationError({Field::Counselor, ValidationReason::Required},
                               QStringLiteral("name the counselor before signing"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    static const std::string insert = addendumTable().insertSql() + " RETURNING number";
    const Addendum addendum{0, body, m_clock.now(), who, entersInError};
    auto number = Query(m_db, insert, id)
                      .bindWith([&addendum](Statement& st) { addendumTable().bindInsert(st, addendum); })
                      .one(readInt, Missing{"session", id});
    if (!number)
        return number.error();
    // The audit says which addendum and its kind, never its words.
    const QString detail = entersInError ? QStringLiteral("addendum %1: entered in error").arg(number.value())
                                         : QStringLiteral("addendum %1").arg(number.value());
    if (auto s =
            m_audit.record({AuditAction::Addend, QStringLiteral("session"), h.uuid, h.client, detail, std::nullopt});
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    Q_EMIT sessionChanged(h.client, id);
    return number.value();
}

Result<SessionRecord> SessionService::session(SessionId id)
{
    static const std::string sessionSql = sessionTable().select("WHERE s.id = ?1");
    auto r = Query(m_db, sessionSql, id).one(sessionTable(), Missing{"session", id});
    if (!r)
        return r;
    SessionContent& c = r->content;

    // Each goal entry with its row id, for the quotes under it.
    static const std::string entriesSql = "SELECT sg.id, " + sessionGoalTable().columnList() +
                                          " FROM session_goals sg WHERE sg.session_id = ?1 ORDER BY sg.position";
    auto entries = Query(m_db, entriesSql, id).all([](const Statement& st) {
        return std::pair(st.columnInt64(0), sessionGoalTable().read(st, 1));
    });
    if (!entries)
        return entries.error();
    static const std::string quotesSql = talkQuoteTable().select("WHERE tq.session_goal_id = ?1 ORDER BY tq.position");
    for (auto& [entryId, entry] : entries.value()) {
        auto quotes = Query(m_db, quotesSql, entryId).all(talkQuoteTable());
        if (!quotes)
            return quotes.error();
        entry.quotes = std::move(quotes).value();
        c.goals.append(std::move(entry));
    }

    static const std::string balanceSql = balanceItemTable().select("WHERE b.session_id = ?1 ORDER BY b.position");
    auto balance = Query(m_db, balanceSql, id).all(balanceItemTable());
    if (!balance)
        return balance.error();
    c.balance = std::move(balance).value();

    static const std::string noteSql = noteSectionTable().select("WHERE n.session_id = ?1 ORDER BY n.position");
    auto note = Query(m_db, noteSql, id).all(noteSectionTable());
    if (!note)
        return note.error();
    c.note = std::move(note).value();

    static const std::string addendaSql = addendumTable().select("WHERE a.session_id = ?1 ORDER BY a.number");
    auto addenda = Query(m_db, addendaSql, id).all(addendumTable());
    if (!addenda)
        return addenda.error();
    r->addenda = std::move(addenda).value();
    return r;
}

Result<QList<SessionSummary>> SessionService::sessionsForClient(ClientId client)
{
    return Query(m_db,
                 "SELECT s.id, s.session_date, s.start_time, s.setting, s.signed_at IS NOT NULL, "
                 "(SELECT count(*) FROM addenda a WHERE a.session_id = s.id), "
                 "(SELECT count(*) FROM session_goals g WHERE g.session_id = s.id), s.follow_up_date, "
                 "EXISTS (SELECT 1 FROM addenda a WHERE a.session_id = s.id AND a.kind = 'entered_in_error') "
                 "FROM sessions s WHERE s.client_id = ?1 ORDER BY s.session_date DESC, s.id DESC",
                 client)
        .all([](const Statement& r) {
            SessionSummary item;
            item.id = SessionId(r.columnInt64(0));
            item.date = QDate::fromString(r.columnText(1), Qt::ISODate);
            if (!r.columnIsNull(2))
                item.startTime = QTime::fromString(r.columnText(2), QStringLiteral("HH:mm"));
            if (!r.columnIsNull(3))
                item.setting = fromKey<SessionSetting>(r.columnText(3));
            item.isSigned = r.columnInt(4) != 0;
            item.addenda = r.columnInt(5);
            item.goalsDiscussed = r.columnInt(6);
            if (!r.columnIsNull(7))
                item.followUp = QDate::fromString(r.columnText(7), Qt::ISODate);
            item.enteredInError = r.columnInt(8) != 0;
            return item;
        });
}

} // namespace continuum
