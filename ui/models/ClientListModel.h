// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ClientService.h"

#include <QAbstractTableModel>
#include <QList>

namespace continuum::ui {

/// The caseload as a table, fetched a page at a time from ClientService as the view scrolls, so a
/// caseload of thousands never loads whole. Sorted by chosen name (accents folded) in the query.
class ClientListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, NextFollowUpColumn, LastContactColumn, ActiveGoalsColumn, ColumnCount };
    /// ClientIdRole holds the raw id (a qint64); clientIdAt() gives it back typed.
    enum Role { ClientIdRole = Qt::UserRole + 1, SafetyFlagRole, StatusRole, ChosenNameRole };

    static constexpr int kPageSize = 100;

    /// Why the list has no rows, so the window can say what to do instead of showing an empty box.
    enum class Emptiness {
        NotEmpty,     ///< there are rows (or no vault is open)
        NoClients,    ///< nobody at all is on the caseload yet
        NoMatch,      ///< the search text matches no one
        NoneInFilter, ///< no search, but the status filter leaves no one
    };

    explicit ClientListModel(QObject* parent = nullptr);

    /// Attaches to a service (nullptr detaches and empties the model: the vault was locked).
    void setService(ClientService* service);
    /// Search-as-you-type: the text to match (empty: everyone), and whether legal names count.
    void setQuery(const QString& text, bool includeLegalName = false);
    void setStatusFilter(StatusFilter filter);
    QString queryText() const { return m_query.text; }
    bool searchesLegalNames() const { return m_query.includeLegalName; }
    StatusFilter statusFilter() const { return m_query.statuses; }
    Emptiness emptiness() const { return m_emptiness; }
    /// Total number of matches (rows fetched so far may be fewer).
    int totalCount() const { return m_total; }
    /// The row holding this client, if fetched.
    int rowOf(ClientId id) const;
    /// The row holding this client, fetching further pages until it is found; -1 when the current search
    /// and filter do not list them.
    int fetchRowOf(ClientId id);
    /// The client on index's row (a null id for an invalid index).
    static ClientId clientIdAt(const QModelIndex& index);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Reloads from the first page (after a change).
    void reload();
    /// One person's row looked at again, in place when it stays where it is (a saved draft changes its
    /// columns, not its place): the view keeps its rows, scroll position and selection. A change that
    /// moves the row (a new name, a new status) reloads what was fetched.
    void refreshRow(ClientId id);

Q_SIGNALS:
    /// A query failed (shown by the window; the model stays as it was).
    void failed(const QString& message);

private:
    ClientService* m_service = nullptr;
    ClientQuery m_query;
    QList<ClientSummary> m_rows;
    int m_total = 0;
    Emptiness m_emptiness = Emptiness::NotEmpty;
    bool m_resetting = false;
    bool m_fetching = false;
};

} // namespace continuum::ui
