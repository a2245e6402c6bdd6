// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/AugustContacts.h"

#include "domain/Domain.h"
#include "support/TestSupport.h"

#include <QTest>

namespace continuum::test {

AugustContacts::AugustContacts(bool witnessedOverdose)
{
    QVERIFY(ws.open(createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
    Domain& d = ws.domain();
    Client c;
    c.chosenName = kName;
    const ClientId client = d.clients().create(c).value();
    const ContactListItemId syringes = item(ContactList::Supply, QStringLiteral("Syringes"));
    const ContactListItemId housing = item(ContactList::ReferralType, QStringLiteral("Housing"));
    const QDateTime august(QDate(2025, 8, 12), QTime(15, 0), Qt::UTC);
    for (int i = 0; i < 15; ++i) {
        ContactDraft a;
        a.occurredAt = august;
        a.setting = ContactSetting::Outreach;
        a.supplies.append({syringes, 10, {}});
        QVERIFY(d.contacts().record(a));
    }
    for (int i = 0; i < 3; ++i) {
        ContactDraft k;
        k.identity = ContactIdentity::Known;
        k.client = client;
        k.occurredAt = august;
        k.setting = ContactSetting::Office;
        k.note = QStringLiteral("A note that never leaves the vault");
        if (witnessedOverdose && i == 0) {
            OverdoseReport o;
            o.whose = OverdoseWhose::Witnessed;
            o.naloxoneDoses = 2;
            o.called911 = true;
            o.outcome = OverdoseOutcome::Survived;
            k.overdoses.append(o);
        }
        QVERIFY(d.contacts().record(k));
    }
    for (int i = 0; i < 2; ++i) {
        ContactDraft coded;
        coded.identity = ContactIdentity::Coded;
        coded.clientCode = kCode;
        coded.occurredAt = august;
        coded.referrals.append({housing, {}, {}});
        QVERIFY(d.contacts().record(coded));
    }
}

AugustContacts::~AugustContacts()
{
    ws.lock();
}

ContactListItemId AugustContacts::item(ContactList list, const QString& label)
{
    const QList<ContactListItem> items = ws.domain().contactLists().items(list).value();
    for (const ContactListItem& i : items)
        if (i.label == label)
            return i.id;
    return {};
}

} // namespace continuum::test
