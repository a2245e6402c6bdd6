// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditLog.h"
#include "domain/CaseloadQueries.h"
#include "domain/ClientService.h"
#include "domain/ContactListService.h"
#include "domain/ContactService.h"
#include "domain/CounselorService.h"
#include "domain/GoalService.h"
#include "domain/SessionService.h"

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

private:
    AuditLog m_audit;
    CounselorService m_counselor;
    ClientService m_clients;
    GoalService m_goals;
    SessionService m_sessions;
    CaseloadQueries m_caseload;
    ContactService m_contacts;
    ContactListService m_contactLists;
};

} // namespace continuum
