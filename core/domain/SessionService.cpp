// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/SessionService.h"

#include "domain/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace continuum {

namespace {

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

Status validateRuler(const std::optional<RulerScore>& r, const char* field, int maxText)
{
    if (!r)
        return {};
    if (r->value < 0 || r->value > 10)
        return validationError(QLatin1String(field), QStringLiteral("a ruler runs from 0 to 10"));
    if (r->whyNotLower.size() > maxText || r->whatWouldHelp.size() > maxText)
        return validationError(QLatin1String(field), QStringLiteral("too long"));
    return {};
}

void bindRuler(Statement& st, int first, const std::optional<RulerScore>& r)
{
    st.bind(first, r ? std::optional<int>(r->value) : std::nullopt)
        .bind(first + 1, r ? r->whyNotLower.trimmed() : QStringLiteral(""))
        .bind(first + 2, r ? r->whatWouldHelp.trimmed() : QStringLiteral(""));
}

std::optional<RulerScore> readRuler(const Statement& st, int first)
{
    if (st.columnIsNull(first))
        return std::nullopt;
    return RulerScore{st.columnInt(first), st.columnText(first + 1), st.columnText(first + 2)};
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
        return validationError(QStringLiteral("date"), QStringLiteral("the session date is required"));
    if (c.date > m_clock.today().addDays(1))
        return validationError(QStringLiteral("date"), QStringLiteral("a session record cannot be in the future"));
    if (c.date.year() < 2000)
        return validationError(QStringLiteral("date"), QStringLiteral("not a plausible date"));
    if (c.startTime && !c.startTime->isValid())
        return validationError(QStringLiteral("startTime"), QStringLiteral("not a valid time"));
    if (c.durationMinutes && (*c.durationMinutes < 1 || *c.durationMinutes > 1440))
        return validationError(QStringLiteral("durationMinutes"), QStringLiteral("between 1 minute and 24 hours"));
    if (c.followUp && (!c.followUp->isValid() || *c.followUp < c.date))
        return validationError(QStringLiteral("followUp"),
                               QStringLiteral("the follow-up cannot be before the session"));
    if (c.nextSteps.size() > kMaxText)
        return validationError(QStringLiteral("nextSteps"), QStringLiteral("too long"));

    QSet<GoalId> seen;
    for (const SessionGoalEntry& g : c.goals) {
        if (seen.contains(g.goalId))
            return validationError(QStringLiteral("goals"), QStringLiteral("a goal is listed twice"));
        seen.insert(g.goalId);
        auto st = m_db.prepare("SELECT client_id FROM goals WHERE id = ?1");
        if (!st)
            return st.error();
        st->bind(1, g.goalId);
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value() || st->columnInt64(0) != client)
            return validationError(QStringLiteral("goals"), QStringLiteral("not a goal of this client"));
        if (auto s = validateRuler(g.importance, "importance", kMaxQuote); !s)
            return s;
        if (auto s = validateRuler(g.confidence, "confidence", kMaxQuote); !s)
            return s;
        if (auto s = validateRuler(g.readiness, "readiness", kMaxQuote); !s)
            return s;
        for (const TalkQuote& q : g.quotes) {
            if (q.quote.trimmed().isEmpty())
                return validationError(QStringLiteral("quotes"), QStringLiteral("a quote needs the client's words"));
            if (q.quote.size() > kMaxQuote)
                return validationError(QStringLiteral("quotes"), QStringLiteral("too long"));
        }
    }
    for (const BalanceItem& b : c.balance) {
        if (b.text.trimmed().isEmpty())
            return validationError(QStringLiteral("balance"), QStringLiteral("an empty item"));
        if (b.text.size() > kMaxQuote)
            return validationError(QStringLiteral("balance"), QStringLiteral("too long"));
    }
    if (c.changePlan) {
        const ChangePlan& p = *c.changePlan;
        for (const QString* t : {&p.changesIWant, &p.mostImportantReasons, &p.stepsIPlan, &p.howOthersCanHelp,
                                 &p.howIWillKnow, &p.whatCouldGetInTheWay}) {
            if (t->size() > kMaxText)
                return validationError(QStringLiteral("changePlan"), QStringLiteral("too long"));
        }
    }
    const QStringList keys = noteSectionKeys(c.noteFormat);
    QSet<QString> sectionKeys;
    for (const NoteSection& n : c.note) {
        if (!keys.contains(n.key))
            return validationError(QStringLiteral("note"),
                                   QStringLiteral("section '%1' is not part of this format").arg(n.key));
        if (sectionKeys.contains(n.key))
            return validationError(QStringLiteral("note"), QStringLiteral("section '%1' appears twice").arg(n.key));
        sectionKeys.insert(n.key);
        if (n.body.size() > kMaxText)
            return validationError(QStringLiteral("note"), QStringLiteral("too long"));
    }
    return {};
}

Status SessionService::writeContent(SessionId id, const SessionContent& c, bool replace)
{
    if (replace) {
        if (auto s = runEachWithId(m_db, kDeleteContent, id); !s)
            return s;
    }
    auto goalSt =
        m_db.prepare("INSERT INTO session_goals (session_id, goal_id, position, stage, return_to_use, importance, "
                     "importance_why_not_lower, importance_what_would_help, confidence, confidence_why_not_lower, "
                     "confidence_what_would_help, readiness, readiness_why_not_lower, readiness_what_would_help) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    auto quoteSt = m_db.prepare("INSERT INTO talk_quotes (session_goal_id, position, direction, category, quote) "
                                "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!goalSt)
        return goalSt.error();
    if (!quoteSt)
        return quoteSt.error();
    int position = 0;
    for (const SessionGoalEntry& g : c.goals) {
        goalSt->reset();
        goalSt->bind(1, id)
            .bind(2, g.goalId)
            .bind(3, position++)
            .bind(4, g.stage ? std::optional<QString>(toKey(*g.stage)) : std::nullopt)
            .bind(5, g.returnToUse);
        bindRuler(goalSt.value(), 6, g.importance);
        bindRuler(goalSt.value(), 9, g.confidence);
        bindRuler(goalSt.value(), 12, g.readiness);
        if (auto s = goalSt->run(); !s)
            return s;
        const qint64 entry = m_db.lastInsertRowId();
        int quotePosition = 0;
        for (const TalkQuote& q : g.quotes) {
            quoteSt->reset();
            quoteSt->bind(1, entry)
                .bind(2, quotePosition++)
                .bind(3, toKey(q.direction))
                .bind(4, toKey(q.category))
                .bind(5, q.quote.trimmed());
            if (auto s = quoteSt->run(); !s)
                return s;
        }
    }
    auto balanceSt =
        m_db.prepare("INSERT INTO balance_items (session_id, position, box, item) VALUES (?1, ?2, ?3, ?4)");
    if (!balanceSt)
        return balanceSt.error();
    position = 0;
    for (const BalanceItem& b : c.balance) {
        balanceSt->reset();
        balanceSt->bind(1, id).bind(2, position++).bind(3, toKey(b.box)).bind(4, b.text.trimmed());
        if (auto s = balanceSt->run(); !s)
            return s;
    }
    auto noteSt =
        m_db.prepare("INSERT INTO note_sections (session_id, position, section_key, body) VALUES (?1, ?2, ?3, ?4)");
    if (!noteSt)
        return noteSt.error();
    // Sections are stored in the format's order, whatever order they arrive in.
    const QStringList keys = noteSectionKeys(c.noteFormat);
    for (const NoteSection& n : c.note) {
        noteSt->reset();
        noteSt->bind(1, id).bind(2, int(keys.indexOf(n.key))).bind(3, n.key).bind(4, n.body);
        if (auto s = noteSt->run(); !s)
            return s;
    }
    return {};
}

Result<SessionId> SessionService::createDraft(ClientId client, const SessionContent& c)
{
    {
        auto st = m_db.prepare("SELECT 1 FROM clients WHERE id = ?1");
        if (!st)
            return st.error();
        st->bind(1, client);
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return validationError(QStringLiteral("clientId"), QStringLiteral("no such client"));
    }
    if (auto s = validate(client, c); !s)
        return s.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QUuid uuid = QUuid::createUuid();
    const QString now = storedTimestamp(m_clock.now());
    auto st =
        m_db.prepare("INSERT INTO sessions (uuid, client_id, session_date, start_time, duration_minutes, setting, "
                     "processes, note_format, next_steps, follow_up_date, change_plan, created_at, updated_at) "
                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12)");
    if (!st)
        return st.error();
    st->bind(1, uuid.toString(QUuid::WithoutBraces))
        .bind(2, client)
        .bind(3, c.date.toString(Qt::ISODate))
        .bind(4, c.startTime ? std::optional<QString>(c.startTime->toString(QStringLiteral("HH:mm"))) : std::nullopt)
        .bind(5, c.durationMinutes)
        .bind(6, c.setting ? std::optional<QString>(toKey(*c.setting)) : std::nullopt)
        .bind(7, processesKey(c.processes))
        .bind(8, toKey(c.noteFormat))
        .bind(9, c.nextSteps.trimmed())
        .bind(10, c.followUp ? std::optional<QString>(c.followUp->toString(Qt::ISODate)) : std::nullopt)
        .bind(11, planJson(c.changePlan))
        .bind(12, now);
    if (auto s = st->run(); !s)
        return s.error();
    const SessionId id = m_db.lastInsertRowId();
    if (auto s = writeContent(id, c, false); !s)
        return s.error();
    if (auto s = m_audit.record({AuditAction::Create, QStringLiteral("session"), uuid, client, {}, std::nullopt}); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    Q_EMIT sessionChanged(client, id);
    return id;
}

Result<SessionService::Header> SessionService::header(SessionId id)
{
    auto st = m_db.prepare("SELECT client_id, uuid, signed_at IS NOT NULL FROM sessions WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no session %1").arg(id));
    return Header{st->columnInt64(0), QUuid::fromString(st->columnText(1)), st->columnInt(2) != 0};
}

Status SessionService::saveDraft(SessionId id, const SessionContent& c)
{
    auto h = header(id);
    if (!h)
        return h.error();
    if (h->isSigned)
        return makeError(ErrorCode::SignedRecord, QStringLiteral("session %1 is signed").arg(id));
    if (auto s = validate(h->client, c); !s)
        return s;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto st =
        m_db.prepare("UPDATE sessions SET session_date = ?2, start_time = ?3, duration_minutes = ?4, setting = ?5, "
                     "processes = ?6, note_format = ?7, next_steps = ?8, follow_up_date = ?9, change_plan = ?10, "
                     "updated_at = ?11 WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, id)
        .bind(2, c.date.toString(Qt::ISODate))
        .bind(3, c.startTime ? std::optional<QString>(c.startTime->toString(QStringLiteral("HH:mm"))) : std::nullopt)
        .bind(4, c.durationMinutes)
        .bind(5, c.setting ? std::optional<QString>(toKey(*c.setting)) : std::nullopt)
        .bind(6, processesKey(c.processes))
        .bind(7, toKey(c.noteFormat))
        .bind(8, c.nextSteps.trimmed())
        .bind(9, c.followUp ? std::optional<QString>(c.followUp->toString(Qt::ISODate)) : std::nullopt)
        .bind(10, planJson(c.changePlan))
        .bind(11, storedTimestamp(m_clock.now()));
    if (auto s = st->run(); !s)
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
        return makeError(ErrorCode::SignedRecord, QStringLiteral("session %1 is already signed").arg(id));
    auto counselor = m_db.prepare("SELECT name, credentials FROM counselor WHERE id = 1");
    if (!counselor)
        return counselor.error();
    auto row = counselor->step();
    if (!row)
        return row.error();
    if (!row.value())
        return validationError(QStringLiteral("counselor"), QStringLiteral("name the counselor before signing"));
    const Counselor who{counselor->columnText(0), counselor->columnText(1)};
    counselor = Statement();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto st = m_db.prepare("UPDATE sessions SET signed_at = ?2, signed_by = ?3 WHERE id = ?1 AND signed_at IS NULL");
    if (!st)
        return st.error();
    st->bind(1, id).bind(2, storedTimestamp(m_clock.now())).bind(3, who.signature());
    if (auto s = st->run(); !s)
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
        return validationError(QStringLiteral("addendum"),
                               QStringLiteral("a draft is edited, not addended; sign it first"));
    if (body.trimmed().isEmpty())
        return validationError(QStringLiteral("addendum"), QStringLiteral("the addendum is empty"));
    if (body.size() > kMaxText)
        return validationError(QStringLiteral("addendum"), QStringLiteral("too long"));
    auto who = m_db.queryText("SELECT name || CASE WHEN credentials = '' THEN '' ELSE ', ' || credentials END "
                              "FROM counselor WHERE id = 1");
    if (!who)
        return who.error();
    if (who.value().isEmpty())
        return validationError(QStringLiteral("counselor"), QStringLiteral("name the counselor before signing"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto st = m_db.prepare("INSERT INTO addenda (session_id, number, body, signed_at, signed_by) "
                           "VALUES (?1, (SELECT coalesce(max(number), 0) + 1 FROM addenda WHERE session_id = ?1), "
                           "?2, ?3, ?4) RETURNING number");
    if (!st)
        return st.error();
    st->bind(1, id).bind(2, body.trimmed()).bind(3, storedTimestamp(m_clock.now())).bind(4, who.value());
    auto row = st->step();
    if (!row)
        return row.error();
    const int number = st->columnInt(0);
    st = Statement();
    if (auto s = m_audit.record({AuditAction::Addend, QStringLiteral("session"), h->uuid, h->client,
                                 QStringLiteral("addendum %1").arg(number), std::nullopt});
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    Q_EMIT sessionChanged(h->client, id);
    return number;
}

Result<SessionRecord> SessionService::session(SessionId id)
{
    auto st = m_db.prepare("SELECT uuid, client_id, session_date, start_time, duration_minutes, setting, processes, "
                           "note_format, next_steps, follow_up_date, change_plan, created_at, updated_at, signed_at, "
                           "signed_by FROM sessions WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no session %1").arg(id));
    SessionRecord r;
    r.id = id;
    r.uuid = QUuid::fromString(st->columnText(0));
    r.clientId = st->columnInt64(1);
    SessionContent& c = r.content;
    c.date = QDate::fromString(st->columnText(2), Qt::ISODate);
    if (!st->columnIsNull(3))
        c.startTime = QTime::fromString(st->columnText(3), QStringLiteral("HH:mm"));
    if (!st->columnIsNull(4))
        c.durationMinutes = st->columnInt(4);
    if (!st->columnIsNull(5))
        c.setting = fromKey<SessionSetting>(st->columnText(5));
    c.processes = parseProcesses(st->columnText(6));
    c.noteFormat = fromKey<NoteFormat>(st->columnText(7)).value_or(NoteFormat::Free);
    c.nextSteps = st->columnText(8);
    if (!st->columnIsNull(9))
        c.followUp = QDate::fromString(st->columnText(9), Qt::ISODate);
    c.changePlan = parsePlan(*st, 10);
    r.createdAt = QDateTime::fromString(st->columnText(11), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(st->columnText(12), Qt::ISODateWithMs);
    if (!st->columnIsNull(13))
        r.signedAt = QDateTime::fromString(st->columnText(13), Qt::ISODateWithMs);
    r.signedBy = st->columnText(14);

    auto goals = m_db.prepare("SELECT id, goal_id, stage, return_to_use, importance, importance_why_not_lower, "
                              "importance_what_would_help, confidence, confidence_why_not_lower, "
                              "confidence_what_would_help, readiness, readiness_why_not_lower, "
                              "readiness_what_would_help FROM session_goals WHERE session_id = ?1 ORDER BY position");
    auto quotes = m_db.prepare("SELECT direction, category, quote FROM talk_quotes WHERE session_goal_id = ?1 "
                               "ORDER BY position");
    if (!goals)
        return goals.error();
    if (!quotes)
        return quotes.error();
    goals->bind(1, id);
    QList<qint64> entryIds;
    if (auto s = forEachRow(goals.value(),
                            [&](const Statement& g) {
                                SessionGoalEntry e;
                                entryIds.append(g.columnInt64(0));
                                e.goalId = g.columnInt64(1);
                                if (!g.columnIsNull(2))
                                    e.stage = fromKey<StageOfChange>(g.columnText(2));
                                e.returnToUse = g.columnInt(3) != 0;
                                e.importance = readRuler(g, 4);
                                e.confidence = readRuler(g, 7);
                                e.readiness = readRuler(g, 10);
                                c.goals.append(e);
                            });
        !s)
        return s.error();
    for (qsizetype i = 0; i < entryIds.size(); ++i) {
        quotes->reset();
        quotes->bind(1, entryIds.at(i));
        SessionGoalEntry& e = c.goals[i];
        if (auto s =
                forEachRow(quotes.value(),
                           [&e](const Statement& q) {
                               e.quotes.append({fromKey<TalkDirection>(q.columnText(0)).value_or(TalkDirection::Change),
                                                fromKey<TalkCategory>(q.columnText(1)).value_or(TalkCategory::Desire),
                                                q.columnText(2)});
                           });
            !s)
            return s.error();
    }
    auto balance = m_db.prepare("SELECT box, item FROM balance_items WHERE session_id = ?1 ORDER BY position");
    if (!balance)
        return balance.error();
    balance->bind(1, id);
    if (auto s =
            forEachRow(balance.value(),
                       [&c](const Statement& b) {
                           c.balance.append({fromKey<BalanceBox>(b.columnText(0)).value_or(BalanceBox::StatusQuoGood),
                                             b.columnText(1)});
                       });
        !s)
        return s.error();
    auto note = m_db.prepare("SELECT section_key, body FROM note_sections WHERE session_id = ?1 ORDER BY position");
    if (!note)
        return note.error();
    note->bind(1, id);
    if (auto s = forEachRow(note.value(),
                            [&c](const Statement& n) {
                                c.note.append({n.columnText(0), n.columnText(1)});
                            });
        !s)
        return s.error();
    auto addenda = m_db.prepare("SELECT number, body, signed_at, signed_by FROM addenda WHERE session_id = ?1 "
                                "ORDER BY number");
    if (!addenda)
        return addenda.error();
    addenda->bind(1, id);
    if (auto s = forEachRow(addenda.value(),
                            [&r](const Statement& a) {
                                r.addenda.append({a.columnInt(0), a.columnText(1),
                                                  QDateTime::fromString(a.columnText(2), Qt::ISODateWithMs),
                                                  a.columnText(3)});
                            });
        !s)
        return s.error();
    return r;
}

Result<QList<SessionSummary>> SessionService::sessionsForClient(ClientId client)
{
    auto st = m_db.prepare("SELECT s.id, s.session_date, s.start_time, s.setting, s.signed_at IS NOT NULL, "
                           "(SELECT count(*) FROM addenda a WHERE a.session_id = s.id), "
                           "(SELECT count(*) FROM session_goals g WHERE g.session_id = s.id), s.follow_up_date "
                           "FROM sessions s WHERE s.client_id = ?1 ORDER BY s.session_date DESC, s.id DESC");
    if (!st)
        return st.error();
    st->bind(1, client);
    QList<SessionSummary> out;
    if (auto s = forEachRow(st.value(),
                            [&out](const Statement& r) {
                                SessionSummary item;
                                item.id = r.columnInt64(0);
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
                                out.append(item);
                            });
        !s)
        return s.error();
    return out;
}

CaseloadQueries::CaseloadQueries(Database& db, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{}

Result<QList<FollowUpItem>> CaseloadQueries::followUpsBetween(const QDate& from, const QDate& to)
{
    // The latest session of each current client sets their follow-up.
    auto st = m_db.prepare(
        "SELECT c.id, c.chosen_name, c.pronouns, s.id, s.follow_up_date FROM clients c "
        "JOIN sessions s ON s.id = (SELECT s2.id FROM sessions s2 WHERE s2.client_id = c.id "
        "                           ORDER BY s2.session_date DESC, s2.id DESC LIMIT 1) "
        "WHERE c.status != 'archived' AND s.follow_up_date IS NOT NULL AND s.follow_up_date BETWEEN ?1 AND ?2 "
        "ORDER BY s.follow_up_date, c.sort_key, c.id");
    if (!st)
        return st.error();
    st->bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    QList<FollowUpItem> out;
    if (auto s = forEachRow(st.value(),
                            [&out](const Statement& r) {
                                out.append({r.columnInt64(0), r.columnText(1), r.columnText(2), r.columnInt64(3),
                                            QDate::fromString(r.columnText(4), Qt::ISODate)});
                            });
        !s)
        return s.error();
    return out;
}

Result<QList<FollowUpItem>> CaseloadQueries::followUpsDueToday()
{
    const QDate today = m_clock.today();
    return followUpsBetween(today, today);
}

Result<QList<FollowUpItem>> CaseloadQueries::followUpsThisWeek()
{
    const QDate today = m_clock.today();
    return followUpsBetween(today.addDays(1), today.addDays(7));
}

Result<QList<FollowUpItem>> CaseloadQueries::followUpsOverdue()
{
    return followUpsBetween(QDate(1900, 1, 1), m_clock.today().addDays(-1));
}

Result<QList<DraftItem>> CaseloadQueries::staleDrafts()
{
    auto st = m_db.prepare("SELECT c.id, c.chosen_name, s.id, s.session_date, s.created_at FROM sessions s "
                           "JOIN clients c ON c.id = s.client_id WHERE s.signed_at IS NULL AND s.created_at < ?1 "
                           "ORDER BY s.created_at");
    if (!st)
        return st.error();
    st->bind(1, storedTimestamp(m_clock.now().addDays(-1)));
    QList<DraftItem> out;
    if (auto s = forEachRow(st.value(),
                            [&out](const Statement& r) {
                                out.append({r.columnInt64(0), r.columnText(1), r.columnInt64(2),
                                            QDate::fromString(r.columnText(3), Qt::ISODate),
                                            QDateTime::fromString(r.columnText(4), Qt::ISODateWithMs)});
                            });
        !s)
        return s.error();
    return out;
}

Result<QList<NotSeenItem>> CaseloadQueries::notSeenFor(int days)
{
    const QDate today = m_clock.today();
    auto st =
        m_db.prepare("SELECT id, chosen_name, pronouns, last_contact, created_at FROM ("
                     "  SELECT c.id, c.chosen_name, c.pronouns, c.sort_key, c.created_at, "
                     "         (SELECT max(s.session_date) FROM sessions s WHERE s.client_id = c.id) AS last_contact "
                     "  FROM clients c WHERE c.status = 'active') "
                     "WHERE coalesce(last_contact, date(created_at, 'localtime')) <= ?1 "
                     "ORDER BY coalesce(last_contact, date(created_at, 'localtime')), sort_key, id");
    if (!st)
        return st.error();
    st->bind(1, today.addDays(-days).toString(Qt::ISODate));
    QList<NotSeenItem> out;
    if (auto s = forEachRow(st.value(),
                            [&out, &today](const Statement& r) {
                                NotSeenItem item{r.columnInt64(0), r.columnText(1), r.columnText(2), std::nullopt, 0};
                                QDate since;
                                if (!r.columnIsNull(3)) {
                                    item.lastContact = QDate::fromString(r.columnText(3), Qt::ISODate);
                                    since = *item.lastContact;
                                } else {
                                    since =
                                        QDateTime::fromString(r.columnText(4), Qt::ISODateWithMs).toLocalTime().date();
                                }
                                item.daysSince = int(since.daysTo(today));
                                out.append(item);
                            });
        !s)
        return s.error();
    return out;
}

} // namespace continuum
