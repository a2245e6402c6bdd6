// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/ContactListService.h"

#include "domain/AuditLog.h"
#include "domain/ContactService.h"
#include "domain/ContactTables.h"
#include "storage/Query.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QSet>

namespace continuum {

ContactListService::ContactListService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(audit)
{}

Result<QList<ContactListItem>> ContactListService::items(ContactList list, RetiredItems which)
{
    static const std::string sql =
        contactListItemTable().select("WHERE li.list = ?1 AND (?2 OR li.retired = 0) ORDER BY li.position, li.id");
    return Query(m_db, sql, toKey(list), which == RetiredItems::Include).all(contactListItemTable());
}

Result<ContactListItem> ContactListService::item(ContactListItemId id)
{
    static const std::string sql = contactListItemTable().select("WHERE li.id = ?1");
    return Query(m_db, sql, id).one(contactListItemTable(), Missing{"list item", id});
}

Status ContactListService::checkLabel(ContactList list, const QString& label, ContactListItemId except)
{
    if (label.isEmpty())
        return validationError({Field::ListLabel, ValidationReason::Required}, QStringLiteral("a label is needed"));
    if (label.size() > kMaxLabel)
        return validationError({Field::ListLabel, ValidationReason::TooLong}, QStringLiteral("label too long"));
    auto others = items(list, RetiredItems::Include);
    if (!others)
        return others.error();
    for (const ContactListItem& other : others.value()) {
        if (other.id != except && other.label.compare(label, Qt::CaseInsensitive) == 0)
            return validationError({Field::ListLabel, ValidationReason::Duplicate},
                                   QStringLiteral("the list has that label already"));
    }
    return {};
}

Status ContactListService::save(const ContactListItem& row, const QString& detail)
{
    if (auto s = updateRecord(m_db, contactListItemTable(), row.id, row); !s)
        return s;
    return m_audit.record({ContactAuditAction::EditList, QStringLiteral("contact-list-item"), row.uuid, std::nullopt,
                           detail, std::nullopt});
}

Result<ContactListItemId> ContactListService::add(ContactList list, const QString& labelInput,
                                                  std::optional<int> dosesPerKit)
{
    const QString label = labelInput.trimmed();
    if (auto s = checkLabel(list, label, {}); !s)
        return s.error();
    if (list != ContactList::NaloxoneProduct && dosesPerKit)
        return validationError({Field::DosesPerKit, ValidationReason::NotApplicable},
                               QStringLiteral("only naloxone products have doses per kit"));
    if (dosesPerKit && (*dosesPerKit < 1 || *dosesPerKit > kMaxDosesPerKit))
        return validationError({Field::DosesPerKit, ValidationReason::OutOfRange}, QStringLiteral("1 to 20 doses"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto last = Query(m_db, "SELECT coalesce(max(position), 0) FROM contact_list_items WHERE list = ?1", toKey(list))
                    .one(readInt, Missing{"list", 0});
    if (!last)
        return last.error();
    ContactListItem row;
    row.uuid = QUuid::createUuid();
    row.list = list;
    row.label = label;
    if (list == ContactList::NaloxoneProduct)
        row.dosesPerKit = dosesPerKit.value_or(1);
    row.position = last.value() + 1;
    row.createdAt = m_clock.now();
    auto inserted = insertRecord(m_db, contactListItemTable(), row);
    if (!inserted)
        return inserted.error();
    if (auto s = m_audit.record({ContactAuditAction::EditList, QStringLiteral("contact-list-item"), row.uuid,
                                 std::nullopt, QStringLiteral("add to ") + toKey(list), std::nullopt});
        !s)
        return s.error();
    if (auto s = tx->commit(); !s)
        return s.error();
    Q_EMIT listChanged(list);
    return ContactListItemId(inserted.value());
}

Status ContactListService::rename(ContactListItemId id, const QString& labelInput)
{
    auto row = item(id);
    if (!row)
        return row.error();
    const QString label = labelInput.trimmed();
    if (label == row->label)
        return {};
    if (auto s = checkLabel(row->list, label, id); !s)
        return s;
    row->label = label;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = save(row.value(), QStringLiteral("rename")); !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT listChanged(row->list);
    return {};
}

Status ContactListService::setRetired(ContactListItemId id, bool retired)
{
    auto row = item(id);
    if (!row)
        return row.error();
    if (row->retired == retired)
        return {};
    row->retired = retired;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = save(row.value(), retired ? QStringLiteral("retire") : QStringLiteral("unretire")); !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT listChanged(row->list);
    return {};
}

Status ContactListService::setDosesPerKit(ContactListItemId id, int doses)
{
    auto row = item(id);
    if (!row)
        return row.error();
    if (row->list != ContactList::NaloxoneProduct)
        return validationError({Field::DosesPerKit, ValidationReason::NotApplicable},
                               QStringLiteral("only naloxone products have doses per kit"));
    if (doses < 1 || doses > kMaxDosesPerKit)
        return validationError({Field::DosesPerKit, ValidationReason::OutOfRange}, QStringLiteral("1 to 20 doses"));
    if (row->dosesPerKit == doses)
        return {};
    row->dosesPerKit = doses;
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (auto s = save(row.value(), QStringLiteral("doses-per-kit")); !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT listChanged(row->list);
    return {};
}

Status ContactListService::reorder(ContactList list, const QList<ContactListItemId>& order)
{
    auto current = items(list, RetiredItems::Include);
    if (!current)
        return current.error();
    QSet<qint64> listed;
    for (ContactListItemId id : order)
        listed.insert(id.value);
    QSet<qint64> present;
    for (const ContactListItem& i : current.value())
        present.insert(i.id.value);
    if (listed != present || order.size() != current->size())
        return validationError({Field::ListOrder, ValidationReason::DoesNotMatch},
                               QStringLiteral("the order must name every item of the list once"));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    bool changed = false;
    for (qsizetype i = 0; i < order.size(); ++i) {
        for (ContactListItem row : current.value()) {
            if (row.id != order.at(i) || row.position == int(i) + 1)
                continue;
            row.position = int(i) + 1;
            changed = true;
            if (auto s = updateRecord(m_db, contactListItemTable(), row.id, row); !s)
                return s;
        }
    }
    if (!changed)
        return {};
    if (auto s = m_audit.record({ContactAuditAction::EditList,
                                 QStringLiteral("contact-list-item"),
                                 {},
                                 std::nullopt,
                                 QStringLiteral("reorder ") + toKey(list),
                                 std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT listChanged(list);
    return {};
}

} // namespace continuum
