// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Domain.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include <QDate>
#include <QDateTime>
#include <QTemporaryDir>

#include <optional>

namespace continuum::test {

/// A new vault in a temporary folder, its Domain on a clock that stands still at `now` (with `today` as the
/// local day), and the few records most domain tests begin with. Each test wraps it in its own small
/// fixture for the service it tests.
class DomainFixture
{
public:
    DomainFixture(const QDateTime& now, const QDate& today);
    virtual ~DomainFixture();
    DomainFixture(const DomainFixture&) = delete;
    DomainFixture& operator=(const DomainFixture&) = delete;

    bool isValid() const;
    Database& db();
    Domain& domain() { return m_domain; }
    FixedClock& clock() { return m_clock; }
    QDateTime now() const { return m_now; }
    QDate today() const { return m_today; }

    /// A client known by `name`; an empty id when the service refused.
    ClientId addClient(const QString& name);
    /// A goal in the person's `words`; an empty id when refused.
    GoalId addGoal(ClientId client, const QString& words, LifeArea area = LifeArea::Housing,
                   std::optional<ContinuumPosition> position = std::nullopt);
    /// A session draft dated `date` (yesterday when not given); an empty id when refused.
    SessionId addDraft(ClientId client, std::optional<QDate> date = std::nullopt);
    /// A contact two days ago, at the given level of knowing the person; an empty id when refused.
    ContactId addContact(ContactIdentity identity, std::optional<ClientId> client, const QString& code = {});

private:
    QDateTime m_now;
    QDate m_today;
    QTemporaryDir m_tmp;
    FixedClock m_clock;
    Vault::Created m_created;
    Domain m_domain;
};

} // namespace continuum::test
