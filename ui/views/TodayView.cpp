// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/TodayView.h"

#include "domain/Domain.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace continuum::ui {

namespace {
constexpr int kClientIdRole = Qt::UserRole + 1;

QString nameWithPronouns(const QString& name, const QString& pronouns)
{
    return pronouns.isEmpty() ? name : TodayView::tr("%1 (%2)").arg(name, pronouns);
}
} // namespace

TodayView::TodayView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("todayView"));
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("todayTree"));
    m_tree->setAccessibleName(tr("Today's work"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const ClientId id = item->data(0, kClientIdRole).toLongLong();
        if (id != 0)
            Q_EMIT openClient(id);
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
}

void TodayView::setDomain(Domain* domain)
{
    m_domain = domain;
    refresh();
}

QTreeWidgetItem* TodayView::section(const QString& title, int count)
{
    auto* item = new QTreeWidgetItem(m_tree);
    item->setText(0, count == 0 ? tr("%1 — none").arg(title) : tr("%1 (%2)").arg(title).arg(count));
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    item->setFlags(Qt::ItemIsEnabled);
    item->setExpanded(true);
    m_tree->setFirstColumnSpanned(m_tree->indexOfTopLevelItem(item), {}, true);
    return item;
}

void TodayView::refresh()
{
    m_tree->clear();
    m_heading->setText(tr("Today, %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    if (!m_domain)
        return;
    CaseloadQueries& q = m_domain->caseload();
    const auto addFollowUps = [this](const QString& title, const Result<QList<FollowUpItem>>& items) {
        if (!items)
            return;
        QTreeWidgetItem* parent = section(title, int(items->size()));
        for (const FollowUpItem& f : items.value()) {
            auto* item = new QTreeWidgetItem(parent);
            item->setText(0, nameWithPronouns(f.chosenName, f.pronouns));
            item->setText(1, QLocale().toString(f.date, QLocale::ShortFormat));
            item->setData(0, kClientIdRole, f.clientId);
        }
        parent->setExpanded(true);
    };
    addFollowUps(tr("Follow-ups due today"), q.followUpsDueToday());
    addFollowUps(tr("Follow-ups overdue"), q.followUpsOverdue());
    addFollowUps(tr("Follow-ups in the next seven days"), q.followUpsThisWeek());
    if (auto drafts = q.staleDrafts()) {
        QTreeWidgetItem* parent = section(tr("Session notes not yet signed"), int(drafts->size()));
        for (const DraftItem& d : drafts.value()) {
            auto* item = new QTreeWidgetItem(parent);
            item->setText(0, d.chosenName);
            item->setText(1, tr("session of %1").arg(QLocale().toString(d.sessionDate, QLocale::ShortFormat)));
            item->setData(0, kClientIdRole, d.clientId);
        }
        parent->setExpanded(true);
    }
    if (auto notSeen = q.notSeenFor(kNotSeenDays)) {
        QTreeWidgetItem* parent = section(tr("Not seen for %n days or more", "", kNotSeenDays), int(notSeen->size()));
        for (const NotSeenItem& n : notSeen.value()) {
            auto* item = new QTreeWidgetItem(parent);
            item->setText(0, nameWithPronouns(n.chosenName, n.pronouns));
            item->setText(1, n.lastContact ? tr("%n day(s)", "", n.daysSince) : tr("not seen yet"));
            item->setData(0, kClientIdRole, n.clientId);
        }
        parent->setExpanded(true);
    }
}

} // namespace continuum::ui
