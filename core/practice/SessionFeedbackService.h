// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/Practice.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class AuditLog;
class Clock;
class Database;

/// What the audit log says about a person's rating of a session (stable keys; never the answers).
namespace FeedbackAuditAction {
inline const QString RecordClientRating = QStringLiteral("record-client-rating");
inline const QString ClearClientRating = QStringLiteral("clear-client-rating");
} // namespace FeedbackAuditAction

/// The person's own rating of a session, entered by them in client mode: three questions ("Was I listened
/// to?", "Did we work on what matters to me?", "Do I feel more able to make the change?"), each answered 1
/// (not at all) to 5 (very much) or left unanswered. Stored with the time it was entered and marked as
/// entered by the person. Like other draft content it is written only while the session is a draft; once
/// the session is signed it is kept as it was. Reached as Domain::sessionFeedback().
///
/// For client mode:
///
///     ClientRating r;
///     r.listened = 5;                 // each answer optional, 1–5
///     Status s = domain.sessionFeedback().saveClientRating(sessionId, r);
///     // s.code(): SignedRecord (session signed), NotFound (no such session), Validation
///     // (Field::ClientRating, OutOfRange; Error::index is the question, from 1); nothing written then.
///
/// It is the person's, beside the counselor's self-review; it is not part of any printout or report.
class SessionFeedbackService final : public QObject
{
    Q_OBJECT

public:
    SessionFeedbackService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent = nullptr);

    /// Saves the person's rating of a draft session, entered now, replacing an earlier one; a rating with no
    /// answer at all removes an earlier one (the person chose not to rate). Saving the same answers again
    /// writes nothing.
    Status saveClientRating(SessionId session, const ClientRating& rating);
    /// The person's rating of the session; nullopt when they gave none. NotFound for no such session.
    Result<std::optional<EnteredClientRating>> clientRating(SessionId session);

Q_SIGNALS:
    void clientRatingChanged(continuum::ClientId client, continuum::SessionId session);

private:
    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace continuum
