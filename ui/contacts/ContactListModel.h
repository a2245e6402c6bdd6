// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QAbstractTableModel>
#include <QList>

namespace continuum {
class ContactService;
}

namespace continuum::ui {

/// The rows of the Contacts view: ContactService::list() a page at a time (fetchMore), newest first.
class ContactListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        WithColumn,
        WhereColumn,
        SuppliesColumn,
        NaloxoneColumn,
        ChecksColumn,
        ReferralsColumn,
        ColumnCount
    };
    static constexpr int kPage = 100;

    explicit ContactListModel(ContactService& service, QObject* parent = nullptr);

    /// Shows the contacts the filter lets through (its limit and cursor are the model's own).
    void setFilter(const ContactFilter& filter);
    /// Reads the rows loaded so far again (a contact was recorded or corrected).
    void refresh();

    ContactId contactAt(int row) const;
    int rowOf(ContactId id) const;
    const ContactSummary* summaryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

Q_SIGNALS:
    void failed(const QString& message);

private:
    /// Up to `count` rows after `after`.
    bool load(std::optional<ContactCursor> after, int count, QList<ContactSummary>& out);

    ContactService& m_service;
    ContactFilter m_filter;
    QList<ContactSummary> m_rows;
    bool m_atEnd = true;
};

} // namespace continuum::ui
