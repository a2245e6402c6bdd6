// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "util/Result.h"

#include <QObject>

namespace continuum {

class AuditLog;
class Clock;
class Database;

/// Whether a list read includes the items retired from use.
enum class RetiredItems { Include, Exclude };

/// The lists the agency edits for contacts: supplies, naloxone products, checking methods, referral types.
/// Items are added, renamed, reordered and retired, never deleted; a contact keeps the label it was
/// recorded with, so editing a list never rewrites the past.
class ContactListService final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxLabel = 80;
    static constexpr int kMaxDosesPerKit = 20;

    ContactListService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent = nullptr);

    /// A list's items in their order.
    Result<QList<ContactListItem>> items(ContactList list, RetiredItems which = RetiredItems::Include);
    Result<ContactListItem> item(ContactListItemId id);
    /// Adds an item at the end of its list. A naloxone product counts dosesPerKit doses a kit (1 if unset).
    Result<ContactListItemId> add(ContactList list, const QString& label, std::optional<int> dosesPerKit = {});
    /// A new label for new contacts; past contacts keep theirs.
    Status rename(ContactListItemId id, const QString& label);
    /// A retired item is no longer offered for new contacts; past contacts keep it.
    Status setRetired(ContactListItemId id, bool retired);
    /// Puts the list in this order; order names every item of the list once.
    Status reorder(ContactList list, const QList<ContactListItemId>& order);
    /// How many doses a kit of this naloxone product holds, for contacts recorded from now on.
    Status setDosesPerKit(ContactListItemId id, int doses);

Q_SIGNALS:
    void listChanged(continuum::ContactList list);

private:
    Status checkLabel(ContactList list, const QString& label, ContactListItemId except);
    Status save(const ContactListItem& item, const QString& detail);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace continuum
