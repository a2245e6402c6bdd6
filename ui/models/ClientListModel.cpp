// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ClientListModel.h"

#include "common/ErrorText.h"
#include "common/Labels.h"

#include <QLocale>

namespace continuum::ui {

ClientListModel::ClientListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_query.limit = kPageSize;
}

void ClientListModel::setService(ClientService* service)
{
    if (m_service)
        disconnect(m_service, nullptr, this, nullptr);
    m_service = service;
    if (!m_service)
        m_query.text.clear(); // a name typed into the search is record text too
    if (m_service) {
        connect(m_service, &ClientService::clientAdded, this, &ClientListModel::reload);
        connect(m_service, &ClientService::clientRemoved, this, &ClientListModel::reload);
        connect(m_service, &ClientService::clientChanged, this, &ClientListModel::refreshRow);
    }
    reload();
}

void ClientListModel::setQuery(const QString& text, bool includeLegalName)
{
    if (text == m_query.text && includeLegalName == m_query.includeLegalName)
        return;
    m_query.text = text;
    m_query.includeLegalName = includeLegalName;
    reload();
}

void ClientListModel::setStatusFilter(StatusFilter filter)
{
    if (filter == m_query.statuses)
        return;
    m_query.statuses = filter;
    reload();
}

void ClientListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    m_emptiness = Emptiness::NotEmpty;
    if (m_service) {
        ClientQuery first = m_query;
        first.offset = 0;
        first.limit = kPageSize;
        auto total = m_service->count(first);
        auto page = m_service->search(first);
        if (total && page) {
            m_total = total.value();
            m_rows = page.value();
        } else {
            Q_EMIT failed(errorText(total ? page.error() : total.error()));
        }
        if (total && m_total == 0) {
            // Nobody listed: an empty caseload, a search that matches no one, or a filter that leaves no one.
            auto anyone = m_service->count({QString(), false, StatusFilter::All, 0, 1});
            if (anyone && anyone.value() == 0)
                m_emptiness = Emptiness::NoClients;
            else if (!m_query.text.trimmed().isEmpty())
                m_emptiness = Emptiness::NoMatch;
            else
                m_emptiness = Emptiness::NoneInFilter;
        }
    }
    // Views may ask for more while the reset is announced; the first page is already here.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

void ClientListModel::refreshRow(ClientId id)
{
    const int row = rowOf(id);
    if (row < 0 && m_service) {
        // Not among the rows fetched: it only matters if it now belongs in them (counted afresh below).
        auto total = m_service->count(m_query);
        if (total && total.value() == m_total)
            return;
    }
    if (row >= 0 && m_service) {
        ClientQuery one = m_query;
        one.offset = row;
        one.limit = 1;
        auto page = m_service->search(one);
        if (page && page->size() == 1 && page->first().id == id) {
            m_rows[row] = page->first();
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    // The change moved the row in the sort order or out of the filter: reload what was fetched.
    const int fetched = int(m_rows.size());
    reload();
    while (int(m_rows.size()) < fetched && canFetchMore({}))
        fetchMore({});
}

int ClientListModel::rowOf(ClientId id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return int(i);
    }
    return -1;
}

int ClientListModel::fetchRowOf(ClientId id)
{
    int row = rowOf(id);
    while (row < 0 && canFetchMore({})) {
        const qsizetype before = m_rows.size();
        fetchMore({});
        if (m_rows.size() == before)
            break; // a failed page: do not ask forever
        row = rowOf(id);
    }
    return row;
}

ClientId ClientListModel::clientIdAt(const QModelIndex& index)
{
    return ClientId(index.data(ClientIdRole).toLongLong());
}

int ClientListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClientListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClientSummary& c = m_rows.at(index.row());
    switch (role) {
    case ClientIdRole: return c.id.value;
    case SafetyFlagRole: return c.safetyFlag;
    case StatusRole: return toKey(c.status);
    case ChosenNameRole: return c.chosenName;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: {
            QString text = nameWithPronouns(c.chosenName, c.pronouns);
            if (!c.matchedLegalName.isEmpty())
                text += QStringLiteral(" — ") + c.matchedLegalName;
            if (c.status == ClientStatus::Archived)
                text += QLatin1Char(' ') + tr("[archived]");
            return text;
        }
        case NextFollowUpColumn:
            return c.nextFollowUp ? QLocale().toString(*c.nextFollowUp, QLocale::ShortFormat) : QString();
        case LastContactColumn:
            return c.lastContact ? QLocale().toString(*c.lastContact, QLocale::ShortFormat) : tr("not yet");
        case ActiveGoalsColumn: return c.activeGoals;
        default: return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == NameColumn)
            return spokenNameWithPronouns(c.chosenName, c.pronouns);
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        // The whole name, for when the column is too narrow to show all of it.
        if (index.column() == NameColumn)
            return data(index, Qt::DisplayRole);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ActiveGoalsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::UserRole:
        // A sortable value per column, should a view want one.
        switch (index.column()) {
        case NextFollowUpColumn: return c.nextFollowUp ? QVariant(*c.nextFollowUp) : QVariant();
        case LastContactColumn: return c.lastContact ? QVariant(*c.lastContact) : QVariant();
        case ActiveGoalsColumn: return c.activeGoals;
        default: return c.chosenName;
        }
    default: return {};
    }
}

QVariant ClientListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return tr("Name");
    case NextFollowUpColumn: return tr("Next follow-up");
    case LastContactColumn: return tr("Last contact");
    case ActiveGoalsColumn: return tr("Active goals");
    default: return {};
    }
}

bool ClientListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_resetting && !m_fetching && m_service && m_rows.size() < m_total;
}

void ClientListModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    ClientQuery next = m_query;
    next.offset = int(m_rows.size());
    next.limit = kPageSize;
    auto page = m_service->search(next);
    if (!page) {
        Q_EMIT failed(errorText(page.error()));
        return;
    }
    if (page->isEmpty()) {
        // The caseload shrank underneath us; stop asking.
        m_total = int(m_rows.size());
        return;
    }
    // Listeners of the insertion may ask for more; they get it on their next call, not nested in this one.
    m_fetching = true;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
    m_fetching = false;
}

} // namespace continuum::ui
