// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactHistoryList.h"

#include "common/TimeText.h"
#include "contacts/ContactLabels.h"

#include <QHeaderView>

namespace continuum::ui {

namespace {

enum Column { WhenColumn, WhereColumn, SuppliesColumn, NaloxoneColumn, ChecksColumn, ReferralsColumn };
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kInErrorRole = Qt::UserRole + 2;

QString count(int n)
{
    return n > 0 ? QString::number(n) : QString();
}

} // namespace

ContactHistoryList::ContactHistoryList(QWidget* parent)
    : QTreeWidget(parent)
{
    setAccessibleName(tr("Contacts"));
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    setHeaderLabels(
        {tr("When"), tr("Where"), tr("Supplies"), tr("Naloxone doses"), tr("Drug checks"), tr("Referrals")});
    // Every column as wide as its heading or its widest entry, whichever is wider: no time, place or heading is
    // cut off in any language ("Análisis de sustancias"). Where the list is narrower, it scrolls sideways.
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(false);
    setTextElideMode(Qt::ElideNone);
}

void ContactHistoryList::setContacts(const QList<ContactSummary>& contacts)
{
    clear();
    for (const ContactSummary& c : contacts) {
        auto* item = new QTreeWidgetItem(this);
        const bool inError = c.status == ContactStatus::EnteredInError;
        const QString when = dateTimeText(c.occurredAt.toLocalTime());
        item->setText(WhenColumn, inError ? tr("%1 (entered in error)").arg(when) : when);
        item->setText(WhereColumn, c.setting ? label(*c.setting) : QString());
        item->setText(SuppliesColumn, count(c.suppliesGiven));
        item->setText(NaloxoneColumn, count(c.naloxoneDoses));
        item->setText(ChecksColumn, count(c.drugChecks));
        item->setText(ReferralsColumn, count(c.referrals));
        // Counts line up on the right, as in the Contacts view.
        for (int column : {SuppliesColumn, NaloxoneColumn, ChecksColumn, ReferralsColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(WhenColumn, kIdRole, c.id.value);
        item->setData(WhenColumn, kInErrorRole, inError);
    }
    if (topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
}

ContactId ContactHistoryList::currentCorrectable() const
{
    const QTreeWidgetItem* item = currentItem();
    if (!item || item->data(WhenColumn, kInErrorRole).toBool())
        return {};
    return ContactId(item->data(WhenColumn, kIdRole).toLongLong());
}

void ContactHistoryList::selectContact(ContactId id)
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(WhenColumn, kIdRole).toLongLong() == id.value) {
            setCurrentItem(topLevelItem(i));
            return;
        }
    }
}

} // namespace continuum::ui
