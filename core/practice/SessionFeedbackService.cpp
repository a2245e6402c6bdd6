// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/SessionFeedbackService.h"

#include "domain/AuditLog.h"
#include "practice/PracticeTables.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

namespace continuum {

namespace {

struct SessionHeader {
    ClientId client;
    QUuid uuid;
    bool isSigned = false;
};

SessionHeader readHeader(const Statement& st)
{
    return {ClientId(st.columnInt64(0)), QUuid::fromString(st.columnText(1)), st.columnInt(2) != 0};
}

} // namespace

SessionFeedbackService::SessionFeedbackService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(audit)
{}

Status SessionFeedbackService::saveClientRating(SessionId session, const ClientRating& rating)
{
    const ClientRatingQuestion questions[] = {ClientRatingQuestion::Listened, ClientRatingQuestion::WorkedOnWhatMatters,
                                              ClientRatingQuestion::MoreAble};
    for (int i = 0; i < 3; ++i) {
        const std::optional<int> answer = rating.answer(questions[i]);
        if (answer && (*answer < kClientRatingMin || *answer > kClientRatingMax)) {
            Error e = validationError({Field::ClientRating, ValidationReason::OutOfRange},
                                      QStringLiteral("answer %1 is %2, outside 1-5").arg(i + 1).arg(*answer));
            e.index = i + 1;
            return e;
        }
    }
    auto header = Query(m_db, "SELECT client_id, uuid, signed_at IS NOT NULL FROM sessions WHERE id = ?1", session)
                      .one(readHeader, Missing{"session", session});
    if (!header)
        return header.error();
    if (header->isSigned)
        return makeError(ErrorCode::SignedRecord,
                         QStringLiteral("session %1 is signed; its rating is kept as it was").arg(session.value));
    auto current = clientRating(session);
    if (!current)
        return current.error();
    const bool had = current.value().has_value();
    if (rating.isEmpty() ? !had : (had && current.value()->rating == rating))
        return {}; // nothing changes

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = runEachWithId(m_db, {"DELETE FROM session_client_ratings WHERE session_id = ?1"}, session); !s)
        return s;
    if (!rating.isEmpty()) {
        EnteredClientRating entered;
        entered.rating = rating;
        entered.enteredAt = m_clock.now();
        if (auto id = insertRecord(m_db, clientRatingTable(), entered, session); !id)
            return id.error();
    }
    // Which session, never the answers.
    if (auto s = m_audit.record(
            {rating.isEmpty() ? FeedbackAuditAction::ClearClientRating : FeedbackAuditAction::RecordClientRating,
             QStringLiteral("session"), header->uuid, header->client, QStringLiteral("entered by the person"),
             std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT clientRatingChanged(header->client, session);
    return {};
}

Result<std::optional<EnteredClientRating>> SessionFeedbackService::clientRating(SessionId session)
{
    auto exists = Query(m_db, "SELECT 1 FROM sessions WHERE id = ?1", session).exists();
    if (!exists)
        return exists.error();
    if (!exists.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no session %1").arg(session.value));
    static const std::string sql = clientRatingTable().select("WHERE cr.session_id = ?1");
    return Query(m_db, sql, session).first(clientRatingTable());
}

} // namespace continuum
