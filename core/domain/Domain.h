// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditLog.h"
#include "domain/CaseloadQueries.h"
#include "domain/ClientService.h"
#include "domain/ContactListService.h"
#include "domain/ContactService.h"
#include "domain/CounselorService.h"
#include "domain/GoalService.h"
#include "domain/LadderService.h"
#include "domain/PositiveChangeService.h"
#include "domain/SessionService.h"
#include "practice/SelfReviewService.h"
#include "practice/SessionFeedbackService.h"

namespace continuum {

class Clock;
class Database;

/// Every domain service over one unlocked vault's database, sharing one audit log and one clock.
/// Lives exactly as long as the vault stays unlocked.
class Domain final
{
public:
    Domain(Database& db, const Clock& clock)
        : m_audit(db, clock)
        , m_counselor(db, m_audit)
        , m_clients(db, clock, m_audit)
        , m_goals(db, clock, m_audit)
        , m_sessions(db, clock, m_audit)
        , m_caseload(db, clock)
        , m_contacts(db, clock, m_audit)
        , m_contactLists(db, clock, m_audit)
        , m_positiveChanges(db, clock, m_audit)
        , m_ladders(db, clock, m_audit)
        , m_selfReviews(db, clock, m_audit)
        , m_sessionFeedback(db, clock, m_audit)
    {}
    Domain(const Domain&) = delete;
    Domain& operator=(const Domain&) = delete;

    AuditLog& audit() { return m_audit; }
    CounselorService& counselor() { return m_counselor; }
    ClientService& clients() { return m_clients; }
    GoalService& goals() { return m_goals; }
    SessionService& sessions() { return m_sessions; }
    CaseloadQueries& caseload() { return m_caseload; }
    ContactService& contacts() { return m_contacts; }
    ContactListService& contactLists() { return m_contactLists; }
    /// The changes a person counts, in their words.
    PositiveChangeService& positiveChanges() { return m_positiveChanges; }
    /// The steps a person sets for a goal, and where they mark themselves on them.
    LadderService& ladders() { return m_ladders; }
    /// The counselor's own practice: self-reviews, the skills plan, trends. Never part of a person's record.
    SelfReviewService& selfReviews() { return m_selfReviews; }
    /// The person's own rating of a session, entered in client mode.
    SessionFeedbackService& sessionFeedback() { return m_sessionFeedback; }

private:
    AuditLog m_audit;
    CounselorService m_counselor;
    ClientService m_clients;
    GoalService m_goals;
    SessionService m_sessions;
    CaseloadQueries m_caseload;
    ContactService m_contacts;
    ContactListService m_contactLists;
    PositiveChangeService m_positiveChanges;
    LadderService m_ladders;
    SelfReviewService m_selfReviews;
    SessionFeedbackService m_sessionFeedback;
};

} // namespace continuum
