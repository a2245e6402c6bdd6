// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactListModel.h"

#include "common/ErrorText.h"
#include "common/TimeText.h"
#include "contacts/ContactLabels.h"
#include "domain/ContactService.h"

#include <algorithm>

namespace continuum::ui {

ContactListModel::ContactListModel(ContactService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

bool ContactListModel::load(std::optional<ContactCursor> after, int count, QList<ContactSummary>& out)
{
    bool more = true;
    while (count > 0) {
        ContactFilter f = m_filter;
        f.limit = std::min(count, int(ContactService::kMaxPage));
        f.after = after;
        auto page = m_service.list(f);
        if (!page) {
            Q_EMIT failed(errorText(page.error()));
            return false;
        }
        out.append(*page);
        count -= int(page->size());
        if (page->size() < f.limit) {
            more = false;
            break;
        }
        const ContactSummary& last = page->last();
        after = ContactCursor{last.occurredOn, last.occurredAt, last.id};
    }
    return more;
}

void ContactListModel::setFilter(const ContactFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_atEnd = !load(std::nullopt, kPage, m_rows);
    endResetModel();
}

void ContactListModel::refresh()
{
    QList<ContactSummary> rows;
    const bool more = load(std::nullopt, std::max(int(m_rows.size()), kPage), rows);
    if (rows.size() == m_rows.size()) {
        // The same number of rows: changed in place, so the view keeps its scroll position and selection.
        m_rows = rows;
        m_atEnd = !more;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_atEnd = !more;
    endResetModel();
}

ContactId ContactListModel::contactAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : ContactId();
}

int ContactListModel::rowOf(ContactId id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

const ContactSummary* ContactListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContactListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ContactSummary& s = m_rows.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() >= SuppliesColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    auto count = [](int n) { return n > 0 ? QString::number(n) : QString(); };
    switch (index.column()) {
    case WhenColumn: return dateTimeText(s.occurredAt.toLocalTime());
    case WithColumn:
        return s.status == ContactStatus::EnteredInError ? tr("%1 (entered in error)").arg(contactWith(s))
                                                         : contactWith(s);
    case WhereColumn: return s.setting ? label(*s.setting) : QString();
    case SuppliesColumn: return count(s.suppliesGiven);
    case NaloxoneColumn: return count(s.naloxoneDoses);
    case ChecksColumn: return count(s.drugChecks);
    case ReferralsColumn: return count(s.referrals);
    }
    return {};
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("When");
    case WithColumn: return tr("With");
    case WhereColumn: return tr("Where");
    case SuppliesColumn: return tr("Supplies");
    case NaloxoneColumn: return tr("Naloxone doses");
    case ChecksColumn: return tr("Drug checks");
    case ReferralsColumn: return tr("Referrals");
    }
    return {};
}

bool ContactListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void ContactListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    const ContactSummary& last = m_rows.last();
    QList<ContactSummary> more;
    m_atEnd = !load(ContactCursor{last.occurredOn, last.occurredAt, last.id}, kPage, more);
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

} // namespace continuum::ui
