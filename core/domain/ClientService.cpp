// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ClientService.h"

#include "domain/AuditLog.h"
#include "domain/ContactService.h"
#include "domain/RecordTables.h"
#include "domain/TextFold.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QRegularExpression>

namespace continuum {

namespace {

// Which statuses a filter covers, as a condition on a `status` column (the alias is one of ours).
QString statusClause(StatusFilter f, const QString& column)
{
    switch (f) {
    case StatusFilter::Current: return column + QStringLiteral(" != 'archived'");
    case StatusFilter::Archived: return column + QStringLiteral(" = 'archived'");
    case StatusFilter::All: return QStringLiteral("1");
    }
    return QStringLiteral("1");
}

// Every word as the start of a word (names, codes, legal names when asked), or, when every word has three
// letters or more, anywhere inside a chosen name or code (?5; NULL when not).
QString textClause(const QString& id)
{
    return QStringLiteral(" AND (%1 IN (SELECT rowid FROM client_search WHERE client_search MATCH ?1) "
                          "OR %1 IN (SELECT rowid FROM client_name_trigrams WHERE ?5 IS NOT NULL AND "
                          "client_name_trigrams MATCH ?5))")
        .arg(id);
}

// A page of the list comes from client_list_rows (migration 7): one row per person, kept in list order
// (sort key, id) with their next follow-up, last contact and active goals already worked out, so the
// first screenful after unlock is one short range of one b-tree instead of a row, a stretch of the
// sessions index and one of the goals index for every person shown. With search text, the page's ids
// are chosen first by walking the names in order and stopping at the page's end (a one-letter search
// matches thousands: looking each of them up to sort them afterwards would be the slow way), then their
// rows are read. The status clause is one of the constants above; the search text is always bound.
std::string pageSql(const ClientQuery& q)
{
    const bool text = !ftsPrefixQuery(q.text).isEmpty();
    QString sql;
    if (text)
        sql = QStringLiteral("WITH page (id) AS MATERIALIZED (SELECT c.id FROM clients c WHERE ") +
              statusClause(q.statuses, QStringLiteral("c.status")) + textClause(QStringLiteral("c.id")) +
              QStringLiteral(" ORDER BY c.sort_key, c.id LIMIT ?2 OFFSET ?3) ");
    sql += QStringLiteral("SELECT l.client_id, l.chosen_name, l.pronouns, l.agency_code, l.safety_flag, l.status, "
                          "l.next_follow_up, l.last_contact, l.active_goals, ");
    // The legal name comes back only for rows that it matched (?4), never for the whole list.
    sql += text && q.includeLegalName
               ? QStringLiteral("CASE WHEN l.client_id IN (SELECT rowid FROM client_search WHERE client_search "
                                "MATCH ?4) THEN (SELECT c.legal_name FROM clients c WHERE c.id = l.client_id) "
                                "ELSE '' END ")
               : QStringLiteral("'' ");
    if (text)
        sql += QStringLiteral("FROM page JOIN client_list_rows l ON l.client_id = page.id ORDER BY l.sort_key, "
                              "l.client_id");
    else
        sql += QStringLiteral("FROM client_list_rows l WHERE ") + statusClause(q.statuses, QStringLiteral("l.status")) +
               QStringLiteral(" ORDER BY l.sort_key, l.client_id LIMIT ?2 OFFSET ?3");
    return sql.toStdString();
}

// How many a query matches. Without search text the total (the scroll bar's) comes from client_counts,
// which triggers keep in the same transaction as every change of status; counting the index instead
// read every entry of it (80 pages on a caseload of 10,000) before the list could show.
std::string countSql(const ClientQuery& q)
{
    QString sql;
    if (ftsPrefixQuery(q.text).isEmpty())
        sql = QStringLiteral("SELECT coalesce(sum(n), 0) FROM client_counts WHERE ") +
              statusClause(q.statuses, QStringLiteral("status"));
    else
        sql = QStringLiteral("SELECT count(*) FROM clients c WHERE ") +
              statusClause(q.statuses, QStringLiteral("c.status")) + textClause(QStringLiteral("c.id"));
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

// ?5: the words as substrings of chosen names and codes, or NULL where a word is too short for that.
void bindSubstring(Query& query, const ClientQuery& q)
{
    const QString substring = ftsSubstringQuery(q.text);
    if (substring.isEmpty())
        query.bind(5, std::optional<QString>());
    else
        query.bind(5, QStringLiteral("{names} : (") + substring + QLatin1Char(')'));
}

// The row as stored: contact details included, substances not read, nothing audited.
Result<Client> storedClient(Database& db, ClientId id)
{
    static const std::string sql = clientTable().select("WHERE c.id = ?1");
    return Query(db, sql, id).one(clientTable(), Missing{"client", id});
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
        return validationError({Field::ChosenName, ValidationReason::Required},
                               QStringLiteral("a chosen name is required"));
    if (name.size() > kMaxChosenName)
        return validationError({Field::ChosenName, ValidationReason::TooLong},
                               QStringLiteral("the chosen name is too long"));
    const std::pair<const QString*, ValidationFailure> shortFields[] = {
        {&c.pronouns, {Field::Pronouns, ValidationReason::TooLong}},
        {&c.legalName, {Field::LegalName, ValidationReason::TooLong}},
        {&c.agencyCode, {Field::AgencyCode, ValidationReason::TooLong}},
        {&c.phone, {Field::Phone, ValidationReason::TooLong}},
        {&c.email, {Field::Email, ValidationReason::TooLong}},
        {&c.housing, {Field::Housing, ValidationReason::TooLong}},
    };
    for (const auto& [value, failure] : shortFields) {
        if (value->size() > kMaxShortField)
            return validationError(failure, QStringLiteral("too long"));
    }
    if (c.address.size() > 1000)
        return validationError({Field::Address, ValidationReason::TooLong}, QStringLiteral("too long"));
    if (c.notes.size() > kMaxNotes)
        return validationError({Field::Notes, ValidationReason::TooLong}, QStringLiteral("too long"));
    const int thisYear = m_clock.today().year();
    if (c.birthYear && (*c.birthYear < 1900 || *c.birthYear > thisYear))
        return validationError({Field::BirthYear, ValidationReason::NotPlausible},
                               QStringLiteral("not a plausible year"));
    if (c.birthDate && (!c.birthDate->isValid() || *c.birthDate > m_clock.today() || c.birthDate->year() < 1900))
        return validationError({Field::BirthDate, ValidationReason::NotPlausible},
                               QStringLiteral("not a plausible date"));
    if (c.birthDate && c.birthYear && c.birthDate->year() != *c.birthYear)
        return validationError({Field::BirthYear, ValidationReason::DoesNotMatch},
                               QStringLiteral("does not match the birth date"));
    if (c.housingRecordedOn && !c.housingRecordedOn->isValid())
        return validationError({Field::HousingRecordedOn, ValidationReason::NotPlausible},
                               QStringLiteral("not a date"));
    if (c.housingRecordedOn && *c.housingRecordedOn > m_clock.today())
        return validationError({Field::HousingRecordedOn, ValidationReason::InTheFuture},
                               QStringLiteral("cannot be in the future"));
    // A language code as QLocale and the catalogues name them ("es"); which catalogues exist is the window's
    // business, so any well-formed code is kept.
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}$"));
    if (!c.printLanguage.isEmpty() && !languageCode.match(c.printLanguage).hasMatch())
        return validationError({Field::PrintLanguage, ValidationReason::NotPlausible},
                               QStringLiteral("not a language code"));
    for (const SubstanceUse& s : c.substances) {
        if (s.substance.trimmed().isEmpty())
            return validationError({Field::Substances, ValidationReason::Empty},
                                   QStringLiteral("a substance needs a name"));
        if (s.substance.size() > kMaxShortField)
            return validationError({Field::Substances, ValidationReason::TooLong}, QStringLiteral("too long"));
    }
    return {};
}

Status ClientService::writeChildren(const Client& c, ClientId id, bool replace)
{
    if (replace) {
        if (auto s = runEachWithId(m_db,
                                   {"DELETE FROM client_substances WHERE client_id = ?1",
                                    "DELETE FROM client_search WHERE rowid = ?1",
                                    "DELETE FROM client_name_trigrams WHERE rowid = ?1"},
                                   id);
            !s)
            return s;
    }
    if (auto s = insertChildren(m_db, substanceTable(), id, c.substances); !s)
        return s;
    const QString names = c.chosenName.trimmed() + QLatin1Char(' ') + c.agencyCode.trimmed();
    if (auto s = Query(m_db, "INSERT INTO client_search (rowid, names, legal) VALUES (?1, ?2, ?3)", id, names,
                       c.legalName.trimmed())
                     .run();
        !s)
        return s;
    return Query(m_db, "INSERT INTO client_name_trigrams (rowid, names) VALUES (?1, ?2)", id, names).run();
}

Result<ClientId> ClientService::create(const Client& c)
{
    if (auto s = validate(c); !s)
        return s.error();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    Client row = c;
    row.uuid = QUuid::createUuid();
    row.createdAt = m_clock.now();
    row.updatedAt = row.createdAt;
    auto inserted = insertRecord(m_db, clientTable(), row);
    if (!inserted)
        return inserted.error();
    const ClientId id(inserted.value());
    if (auto s = writeChildren(c, id, false); !s)
        return s.error();
    if (auto s = m_audit.record({AuditAction::Create, QStringLiteral("client"), row.uuid, id, {}, std::nullopt}); !s)
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
    auto current = storedClient(m_db, c.id);
    if (!current)
        return current.error();
    Client toStore = c;
    if (c.contactHidden) {
        // The caller never saw these fields; keep what is stored rather than erase it. Nobody is shown
        // them, so no reveal is audited.
        toStore.phone = current->phone;
        toStore.email = current->email;
        toStore.address = current->address;
    }
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    toStore.updatedAt = m_clock.now();
    if (auto s = updateRecord(m_db, clientTable(), c.id, toStore); !s)
        return s;
    if (auto s = writeChildren(toStore, c.id, true); !s)
        return s;
    if (toStore.chosenName.trimmed() != current->chosenName || toStore.legalName.trimmed() != current->legalName) {
        // A name someone no longer uses must not linger in the index's deleted entries.
        if (auto s = m_db.exec("INSERT INTO client_search (client_search) VALUES ('optimize')"); !s)
            return s;
        if (auto s = m_db.exec("INSERT INTO client_name_trigrams (client_name_trigrams) VALUES ('optimize')"); !s)
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
    auto stored = storedClient(m_db, id);
    if (!stored)
        return stored.error();
    Client c = std::move(stored).value();
    static const std::string substances = substanceTable().select("WHERE cs.client_id = ?1 ORDER BY cs.position");
    auto subs = Query(m_db, substances, id).all(substanceTable());
    if (!subs)
        return subs.error();
    c.substances = std::move(subs).value();

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

Status ClientService::setStatus(ClientId id, ClientStatus status, const QString& reason)
{
    const QString why = reason.simplified();
    if (why.size() > kMaxShortField)
        return validationError({Field::ClientStatusReason, ValidationReason::TooLong}, QStringLiteral("too long"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto uuid =
        Query(m_db, "UPDATE clients SET status = ?2, updated_at = ?3 WHERE id = ?1 RETURNING uuid", id, toKey(status),
              storedTimestamp(m_clock.now()))
            .one([](const Statement& st) { return QUuid::fromString(st.columnText(0)); }, Missing{"client", id});
    if (!uuid)
        return uuid.error();
    const QString action = status == ClientStatus::Archived   ? AuditAction::Archive
                           : status == ClientStatus::Inactive ? AuditAction::MarkInactive
                                                              : AuditAction::Reactivate;
    const QString detail = why.isEmpty() ? toKey(status) : toKey(status) + QStringLiteral(": ") + why;
    if (auto s = m_audit.record({action, QStringLiteral("client"), uuid.value(), id, detail, std::nullopt}); !s)
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
        return validationError({Field::PurgeConfirmation, ValidationReason::DoesNotMatch},
                               QStringLiteral("type the client's chosen name exactly to confirm"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    // The one authorised path through the immutability triggers: for this client, in this transaction.
    if (auto s = runEachWithId(m_db, {"INSERT INTO purge_authorizations (client_id) VALUES (?1)"}, id); !s)
        return s;
    // Their harm-reduction contacts go too; anonymous contacts and other people's stay.
    if (auto s = ContactService::purgeClient(m_db, id); !s)
        return s;
    if (auto s = runEachWithId(
            m_db,
            {"DELETE FROM addenda WHERE session_id IN (SELECT id FROM sessions WHERE client_id = ?1)",
             "DELETE FROM talk_quotes WHERE session_goal_id IN (SELECT g.id FROM session_goals g JOIN sessions s "
             "ON s.id = g.session_id WHERE s.client_id = ?1)",
             "DELETE FROM session_goals WHERE session_id IN (SELECT id FROM sessions WHERE client_id = ?1)",
             "DELETE FROM balance_items WHERE session_id IN (SELECT id FROM sessions WHERE client_id = ?1)",
             "DELETE FROM note_sections WHERE session_id IN (SELECT id FROM sessions WHERE client_id = ?1)",
             "DELETE FROM goal_revisions WHERE goal_id IN (SELECT id FROM goals WHERE client_id = ?1)",
             "DELETE FROM goals WHERE client_id = ?1", "DELETE FROM sessions WHERE client_id = ?1",
             "DELETE FROM client_substances WHERE client_id = ?1", "DELETE FROM client_search WHERE rowid = ?1",
             "DELETE FROM client_name_trigrams WHERE rowid = ?1",
             // contentless_delete only marks entries; rewrite the indexes so the name is gone
             "INSERT INTO client_search (client_search) SELECT 'optimize' WHERE ?1 IS NOT NULL",
             "INSERT INTO client_name_trigrams (client_name_trigrams) SELECT 'optimize' WHERE ?1 IS NOT NULL",
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
    Query query(m_db, pageSql(q));
    if (!match.isEmpty()) {
        query.bind(1, match);
        bindSubstring(query, q);
    }
    if (!match.isEmpty() && q.includeLegalName) {
        const QString legalOnly = QStringLiteral("{legal} : (") + ftsPrefixQuery(q.text) + QLatin1Char(')');
        query.bind(4, legalOnly);
    }
    query.bind(2, qBound(1, q.limit, kMaxPageSize)).bind(3, qMax(0, q.offset));
    return query.all([withLegalName = q.includeLegalName](const Statement& st) {
        ClientSummary s;
        s.id = ClientId(st.columnInt64(0));
        s.chosenName = st.columnText(1);
        s.pronouns = st.columnText(2);
        s.agencyCode = st.columnText(3);
        s.safetyFlag = st.columnInt(4) != 0;
        s.status = fromKey<ClientStatus>(st.columnText(5)).value_or(ClientStatus::Active);
        s.nextFollowUp = columnDate(st, 6);
        s.lastContact = columnDate(st, 7);
        s.activeGoals = st.columnInt(8);
        if (withLegalName)
            s.matchedLegalName = st.columnText(9);
        return s;
    });
}

Result<int> ClientService::count(const ClientQuery& q)
{
    const QString match = matchExpression(q);
    Query query(m_db, countSql(q));
    if (!match.isEmpty()) {
        query.bind(1, match);
        bindSubstring(query, q);
    }
    auto n = query.first(readInt);
    if (!n)
        return n.error();
    return n->value_or(0);
}

} // namespace continuum
