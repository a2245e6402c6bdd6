// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/DomainFixture.h"

#include "support/TestSupport.h"

namespace continuum::test {

DomainFixture::DomainFixture(const QDateTime& now, const QDate& today)
    : m_now(now)
    , m_today(today)
    , m_clock(now)
    , m_created(createTestVault(m_tmp.filePath(QStringLiteral("vault"))))
    , m_domain(db(), m_clock)
{
    m_clock.setToday(today);
}

DomainFixture::~DomainFixture() = default;

bool DomainFixture::isValid() const
{
    return m_tmp.isValid() && m_created.vault && m_created.vault->isOpen();
}

Database& DomainFixture::db()
{
    return m_created.vault->database();
}

ClientId DomainFixture::addClient(const QString& name)
{
    Client c;
    c.chosenName = name;
    return m_domain.clients().create(c).value_or(ClientId());
}

GoalId DomainFixture::addGoal(ClientId client, const QString& words, LifeArea area,
                              std::optional<ContinuumPosition> position)
{
    GoalFields f;
    f.clientWords = words;
    f.lifeArea = area;
    f.position = position;
    return m_domain.goals().create(client, f, {}).value_or(GoalId());
}

SessionId DomainFixture::addDraft(ClientId client, std::optional<QDate> date)
{
    SessionContent c;
    c.date = date.value_or(m_today.addDays(-1));
    return m_domain.sessions().createDraft(client, c).value_or(SessionId());
}

ContactId DomainFixture::addContact(ContactIdentity identity, std::optional<ClientId> client, const QString& code)
{
    ContactDraft d;
    d.identity = identity;
    d.client = client;
    d.clientCode = code;
    d.occurredAt = m_now.addDays(-2);
    return m_domain.contacts().record(d).value_or(ContactId());
}

} // namespace continuum::test
