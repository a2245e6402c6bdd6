// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ClientService.h"

#include "domain/AuditLog.h"
#include "domain/TextFold.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Statement.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace continuum {

namespace {

std::optional<QString> isoDate(const std::optional<QDate>& d)
{
    if (!d || !d->isValid())
        return std::nullopt;
    return d->toString(Qt::ISODate);
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

QString statusClause(StatusFilter f)
{
    switch (f) {
    case StatusFilter::Current: return QStringLiteral("c.status != 'archived'");
    case StatusFilter::Archived: return QStringLiteral("c.status = 'archived'");
    case StatusFilter::All: return QStringLiteral("1");
    }
    return QStringLiteral("1");
}

// The status clause is one of three constants above; the search text is always a bound value.
// The page of ids is chosen first (materialised), and the per-row columns (last contact, next
// follow-up, active goals) are computed for those rows only: a one-letter search can match thousands
// of people, and working those columns out for each of them would read pages all over the sessions
// table just to throw them away.
std::string selectSql(const ClientQuery& q, bool countOnly)
{
    const bool text = !ftsPrefixQuery(q.text).isEmpty();
    QString where = statusClause(q.statuses);
    if (text)
        where += QStringLiteral(" AND c.id IN (SELECT rowid FROM client_search WHERE client_search MATCH ?1)");
    if (countOnly)
        return QString(QStringLiteral("SELECT count(*) FROM clients c WHERE ") + where).toStdString();
    QString sql = QStringLiteral("WITH page (id) AS MATERIALIZED (SELECT c.id FROM clients c WHERE ") + where +
                  QStringLiteral(" ORDER BY c.sort_key, c.id LIMIT ?2 OFFSET ?3) "
                                 "SELECT c.id, c.chosen_name, c.pronouns, c.agency_code, c.safety_flag, c.status, "
                                 "(SELECT s.follow_up_date FROM sessions s WHERE s.client_id = c.id "
                                 " ORDER BY s.session_date DESC, s.id DESC LIMIT 1), "
                                 "(SELECT max(s.session_date) FROM sessions s WHERE s.client_id = c.id), "
                                 "(SELECT count(*) FROM goals g WHERE g.client_id = c.id AND g.status = 'active'), ");
    // The legal name comes back only for rows that it matched (?4), never for the whole list.
    sql += text && q.includeLegalName ? QStringLiteral("CASE WHEN c.id IN (SELECT rowid FROM client_search WHERE "
                                                       "client_search MATCH ?4) THEN c.legal_name ELSE '' END ")
                                      : QStringLiteral("'' ");
    sql += QStringLiteral("FROM page JOIN clients c ON c.id = page.id ORDER BY c.sort_key, c.id");
    return sql.toStdString();
}

QString matchExpression(const ClientQuery& q)
{
    const QString terms = ftsPrefixQuery(q.text);
    if (terms.isEmpty())
        return {};
    return (q.includeLegalName ? QStringLiteral("{names legal} : (") : QStringLiteral("{names} : (")) + terms +
           QLatin1Char(')');
}

} // namespace

ClientService::ClientService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(audit)
{}

Status ClientService::validate(const Client& c) const
{
    const QString name = c.chosenName.trimmed();
    if (name.isEmpty())
        return validationError(QStringLiteral("chosenName"), QStringLiteral("a chosen name is required"));
    if (name.size() > kMaxChosenName)
        return validationError(QStringLiteral("chosenName"), QStringLiteral("the chosen name is too long"));
    const std::pair<const QString*, const char*> shortFields[] = {
        {&c.pronouns, "pronouns"}, {&c.legalName, "legalName"}, {&c.agencyCode, "agencyCode"},
        {&c.phone, "phone"},       {&c.email, "email"},         {&c.housing, "housing"},
    };
    for (const auto& [value, field] : shortFields) {
        if (value->size() > kMaxShortField)
            return validationError(QLatin1String(field), QStringLiteral("too long"));
    }
    if (c.address.size() > 1000)
        return validationError(QStringLiteral("address"), QStringLiteral("too long"));
    if (c.notes.size() > kMaxNotes)
        return validationError(QStringLiteral("notes"), QStringLiteral("too long"));
    const int thisYear = m_clock.today().year();
    if (c.birthYear && (*c.birthYear < 1900 || *c.birthYear > thisYear))
        return validationError(QStringLiteral("birthYear"), QStringLiteral("not a plausible year"));
    if (c.birthDate && (!c.birthDate->isValid() || *c.birthDate > m_clock.today() || c.birthDate->year() < 1900))
        return validationError(QStringLiteral("birthDate"), QStringLiteral("not a plausible date"));
    if (c.birthDate && c.birthYear && c.birthDate->year() != *c.birthYear)
        return validationError(QStringLiteral("birthYear"), QStringLiteral("does not match the birth date"));
    if (c.housingRecordedOn && (!c.housingRecordedOn->isValid() || *c.housingRecordedOn > m_clock.today()))
        return validationError(QStringLiteral("housingRecordedOn"), QStringLiteral("cannot be in the future"));
    for (const SubstanceUse& s : c.substances) {
        if (s.substance.trimmed().isEmpty())
            return validationError(QStringLiteral("substances"), QStringLiteral("a substance needs a name"));
        if (s.substance.size() > kMaxShortField)
            return validationError(QStringLiteral("substances"), QStringLiteral("too long"));
    }
    return {};
}

Status ClientService::writeChildren(const Client& c, ClientId id, bool replace)
{
    if (replace) {
        auto del = m_db.prepare("DELETE FROM client_substances WHERE client_id = ?1");
        if (!del)
            return del.error();
        del->bind(1, id);
        if (auto s = del->run(); !s)
            return s;
        auto delSearch = m_db.prepare("DELETE FROM client_search WHERE rowid = ?1");
        if (!delSearch)
            return delSearch.error();
        delSearch->bind(1, id);
        if (auto s = delSearch->run(); !s)
            return s;
    }
    auto ins = m_db.prepare("INSERT INTO client_substances (client_id, position, substance, routes, prescribed) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)");
    if (!ins)
        return ins.error();
    int position = 0;
    for (const SubstanceUse& s : c.substances) {
        ins->reset();
        ins->bind(1, id)
            .bind(2, position++)
            .bind(3, s.substance.trimmed())
            .bind(4, routesKey(s.routes))
            .bind(5, s.prescribed);
        if (auto r = ins->run(); !r)
            return r;
    }
    auto search = m_db.prepare("INSERT INTO client_search (rowid, names, legal) VALUES (?1, ?2, ?3)");
    if (!search)
        return search.error();
    search->bind(1, id)
        .bind(2, c.chosenName.trimmed() + QLatin1Char(' ') + c.agencyCode.trimmed())
        .bind(3, c.legalName.trimmed());
    return search->run();
}

Result<ClientId> ClientService::create(const Client& c)
{
    if (auto s = validate(c); !s)
        return s.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QUuid uuid = QUuid::createUuid();
    const QString now = storedTimestamp(m_clock.now());
    auto st = m_db.prepare(
        "INSERT INTO clients (uuid, chosen_name, sort_key, pronouns, legal_name, birth_year, birth_date, agency_code, "
        "phone, email, address, housing, housing_recorded_on, safety_flag, notes, status, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17)");
    if (!st)
        return st.error();
    st->bind(1, uuid.toString(QUuid::WithoutBraces))
        .bind(2, c.chosenName.trimmed())
        .bind(3, foldForSearch(c.chosenName))
        .bind(4, c.pronouns.trimmed())
        .bind(5, c.legalName.trimmed())
        .bind(6, c.birthYear)
        .bind(7, isoDate(c.birthDate))
        .bind(8, c.agencyCode.trimmed())
        .bind(9, c.phone.trimmed())
        .bind(10, c.email.trimmed())
        .bind(11, c.address.trimmed())
        .bind(12, c.housing.trimmed())
        .bind(13, isoDate(c.housingRecordedOn))
        .bind(14, c.safetyFlag)
        .bind(15, c.notes)
        .bind(16, toKey(c.status))
        .bind(17, now);
    if (auto s = st->run(); !s)
        return s.error();
    const ClientId id = m_db.lastInsertRowId();
    if (auto s = writeChildren(c, id, false); !s)
        return s.error();
    if (auto s = m_audit.record({AuditAction::Create, QStringLiteral("client"), uuid, id, {}, std::nullopt}); !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    Q_EMIT clientAdded(id);
    return id;
}

Status ClientService::update(const Client& c)
{
    if (auto s = validate(c); !s)
        return s;
    auto current = client(c.id, ContactAccess::HideIfFlagged);
    if (!current)
        return current.error();
    Client toStore = c;
    if (c.contactHidden) {
        // The caller never saw these fields; keep what is stored rather than erase it. Read straight from
        // the table: nobody is shown them, so no reveal is audited.
        auto kept = m_db.prepare("SELECT phone, email, address FROM clients WHERE id = ?1");
        if (!kept)
            return kept.error();
        kept->bind(1, c.id);
        auto row = kept->step();
        if (!row)
            return row.error();
        if (!row.value())
            return makeError(ErrorCode::NotFound, QStringLiteral("no client %1").arg(c.id));
        toStore.phone = kept->columnText(0);
        toStore.email = kept->columnText(1);
        toStore.address = kept->columnText(2);
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto st = m_db.prepare(
        "UPDATE clients SET chosen_name = ?2, sort_key = ?3, pronouns = ?4, legal_name = ?5, birth_year = ?6, "
        "birth_date = ?7, agency_code = ?8, phone = ?9, email = ?10, address = ?11, housing = ?12, "
        "housing_recorded_on = ?13, safety_flag = ?14, notes = ?15, status = ?16, updated_at = ?17 WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, c.id)
        .bind(2, toStore.chosenName.trimmed())
        .bind(3, foldForSearch(toStore.chosenName))
        .bind(4, toStore.pronouns.trimmed())
        .bind(5, toStore.legalName.trimmed())
        .bind(6, toStore.birthYear)
        .bind(7, isoDate(toStore.birthDate))
        .bind(8, toStore.agencyCode.trimmed())
        .bind(9, toStore.phone.trimmed())
        .bind(10, toStore.email.trimmed())
        .bind(11, toStore.address.trimmed())
        .bind(12, toStore.housing.trimmed())
        .bind(13, isoDate(toStore.housingRecordedOn))
        .bind(14, toStore.safetyFlag)
        .bind(15, toStore.notes)
        .bind(16, toKey(toStore.status))
        .bind(17, storedTimestamp(m_clock.now()));
    if (auto s = st->run(); !s)
        return s;
    if (auto s = writeChildren(toStore, c.id, true); !s)
        return s;
    if (toStore.chosenName.trimmed() != current->chosenName || toStore.legalName.trimmed() != current->legalName) {
        // A name someone no longer uses must not linger in the index's deleted entries.
        if (auto s = m_db.exec("INSERT INTO client_search (client_search) VALUES ('optimize')"); !s)
            return s;
    }
    if (auto s = m_audit.record({AuditAction::Update, QStringLiteral("client"), current->uuid, c.id, {}, std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT clientChanged(c.id);
    return {};
}

Result<Client> ClientService::client(ClientId id, ContactAccess access)
{
    auto st =
        m_db.prepare("SELECT uuid, chosen_name, pronouns, legal_name, birth_year, birth_date, agency_code, phone, "
                     "email, address, housing, housing_recorded_on, safety_flag, notes, status, created_at, "
                     "updated_at FROM clients WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no client %1").arg(id));
    Client c;
    c.id = id;
    c.uuid = QUuid::fromString(st->columnText(0));
    c.chosenName = st->columnText(1);
    c.pronouns = st->columnText(2);
    c.legalName = st->columnText(3);
    if (!st->columnIsNull(4))
        c.birthYear = st->columnInt(4);
    c.birthDate = columnDate(*st, 5);
    c.agencyCode = st->columnText(6);
    c.phone = st->columnText(7);
    c.email = st->columnText(8);
    c.address = st->columnText(9);
    c.housing = st->columnText(10);
    c.housingRecordedOn = columnDate(*st, 11);
    c.safetyFlag = st->columnInt(12) != 0;
    c.notes = st->columnText(13);
    c.status = fromKey<ClientStatus>(st->columnText(14)).value_or(ClientStatus::Active);
    c.createdAt = QDateTime::fromString(st->columnText(15), Qt::ISODateWithMs);
    c.updatedAt = QDateTime::fromString(st->columnText(16), Qt::ISODateWithMs);

    auto subs = m_db.prepare("SELECT substance, routes, prescribed FROM client_substances WHERE client_id = ?1 "
                             "ORDER BY position");
    if (!subs)
        return subs.error();
    subs->bind(1, id);
    while (true) {
        auto r = subs->step();
        if (!r)
            return r.error();
        if (!r.value())
            break;
        c.substances.append({subs->columnText(0), parseRoutes(subs->columnText(1)), subs->columnInt(2) != 0});
    }

    if (c.safetyFlag) {
        if (access == ContactAccess::HideIfFlagged) {
            c.phone.clear();
            c.email.clear();
            c.address.clear();
            c.contactHidden = true;
        } else {
            if (auto s = m_audit.recordNow(
                    {AuditAction::RevealContact, QStringLiteral("client"), c.uuid, id, {}, std::nullopt});
                !s)
                return s.error();
        }
    }
    return c;
}

Status ClientService::setStatus(ClientId id, ClientStatus status)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto st = m_db.prepare("UPDATE clients SET status = ?2, updated_at = ?3 WHERE id = ?1 RETURNING uuid");
    if (!st)
        return st.error();
    st->bind(1, id).bind(2, toKey(status)).bind(3, storedTimestamp(m_clock.now()));
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no client %1").arg(id));
    const QUuid uuid = QUuid::fromString(st->columnText(0));
    st = Statement();
    const QString action = status == ClientStatus::Archived   ? AuditAction::Archive
                           : status == ClientStatus::Inactive ? AuditAction::MarkInactive
                                                              : AuditAction::Reactivate;
    if (auto s = m_audit.record({action, QStringLiteral("client"), uuid, id, toKey(status), std::nullopt}); !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT clientChanged(id);
    return {};
}

Status ClientService::purge(ClientId id, const QString& typedChosenName)
{
    auto current = client(id, ContactAccess::HideIfFlagged);
    if (!current)
        return current.error();
    if (typedChosenName.trimmed() != current->chosenName)
        return validationError(QStringLiteral("confirmation"),
                               QStringLiteral("type the client's chosen name exactly to confirm"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // The one authorised path through the immutability triggers: for this client, in this transaction.
    if (auto s = runEachWithId(
            m_db,
            {"INSERT INTO purge_authorizations (client_id) VALUES (?1)",
             "DELETE FROM addenda WHERE session_id IN (SELECT id FROM sessions WHERE client_id = ?1)",
             "DELETE FROM talk_quotes WHERE session_goal_id IN (SELECT g.id FROM session_goals g JOIN sessions s "
             "ON s.id = g.session_id WHERE s.client_id = ?1)",
             "DELETE FROM session_goals WHERE session_id IN (SELECT id FROM sessions WHERE client_id = ?1)",
             "DELETE FROM balance_items WHERE session_id IN (SELECT id FROM sessions WHERE client_id = ?1)",
             "DELETE FROM note_sections WHERE session_id IN (SELECT id FROM sessions WHERE client_id = ?1)",
             "DELETE FROM goal_revisions WHERE goal_id IN (SELECT id FROM goals WHERE client_id = ?1)",
             "DELETE FROM goals WHERE client_id = ?1", "DELETE FROM sessions WHERE client_id = ?1",
             "DELETE FROM client_substances WHERE client_id = ?1", "DELETE FROM client_search WHERE rowid = ?1",
             // contentless_delete only marks entries; rewrite the index so the name is gone
             "INSERT INTO client_search (client_search) SELECT 'optimize' WHERE ?1 IS NOT NULL",
             "DELETE FROM clients WHERE id = ?1",
             "UPDATE audit_log SET client_id = NULL, record_uuid = NULL WHERE client_id = ?1",
             "DELETE FROM purge_authorizations WHERE client_id = ?1"},
            id);
        !s)
        return s;
    // An anonymous tombstone: that a client record was deleted, by whom and when; not whose.
    if (auto s = m_audit.record({AuditAction::Purge, QStringLiteral("client"), {}, std::nullopt, {}, std::nullopt}); !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT clientRemoved(id);
    return {};
}

Result<QList<ClientSummary>> ClientService::search(const ClientQuery& q)
{
    const QString match = matchExpression(q);
    auto st = m_db.prepare(selectSql(q, false));
    if (!st)
        return st.error();
    if (!match.isEmpty())
        st->bind(1, match);
    if (!match.isEmpty() && q.includeLegalName) {
        const QString legalOnly = QStringLiteral("{legal} : (") + ftsPrefixQuery(q.text) + QLatin1Char(')');
        st->bind(4, legalOnly);
    }
    st->bind(2, qBound(1, q.limit, kMaxPageSize)).bind(3, qMax(0, q.offset));
    QList<ClientSummary> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        ClientSummary s;
        s.id = st->columnInt64(0);
        s.chosenName = st->columnText(1);
        s.pronouns = st->columnText(2);
        s.agencyCode = st->columnText(3);
        s.safetyFlag = st->columnInt(4) != 0;
        s.status = fromKey<ClientStatus>(st->columnText(5)).value_or(ClientStatus::Active);
        s.nextFollowUp = columnDate(*st, 6);
        s.lastContact = columnDate(*st, 7);
        s.activeGoals = st->columnInt(8);
        if (q.includeLegalName)
            s.matchedLegalName = st->columnText(9);
        out.append(s);
    }
    return out;
}

Result<int> ClientService::count(const ClientQuery& q)
{
    const QString match = matchExpression(q);
    auto st = m_db.prepare(selectSql(q, true));
    if (!st)
        return st.error();
    if (!match.isEmpty())
        st->bind(1, match);
    auto row = st->step();
    if (!row)
        return row.error();
    return st->columnInt(0);
}

} // namespace continuum
