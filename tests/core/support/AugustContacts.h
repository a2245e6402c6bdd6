// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "domain/RecordIds.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>

namespace continuum::test {

/// The report tests' vault: August 2025's contacts, 15 anonymous outreach ones with syringes, 3 with a known
/// client at the office (each with a note that must never leave the vault), 2 with a code and a housing
/// referral that has no outcome and no place recorded. Today is 15 October 2025.
struct AugustContacts {
    /// The known client's name and the code, which no report or export may hold.
    static inline const QString kName = QStringLiteral("Skyler Quince");
    static inline const QString kCode = QStringLiteral("RIVER-7");

    QTemporaryDir tmp;
    FixedClock clock{QDateTime(QDate(2025, 10, 15), QTime(12, 0), Qt::UTC)};
    Workspace ws{clock};

    /// With `witnessedOverdose`, the first known contact also reports an overdose someone saw, reversed with
    /// two doses of naloxone, 911 called. Fails the running test when the vault cannot be made.
    explicit AugustContacts(bool witnessedOverdose = false);
    ~AugustContacts();

    /// The agency list item with this label; an empty id when there is none.
    ContactListItemId item(ContactList list, const QString& label);
};

} // namespace continuum::test
