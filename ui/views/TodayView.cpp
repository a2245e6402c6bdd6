// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/TodayView.h"

#include "UiHooks.h"
#include "common/ErrorText.h"
#include "common/FocusRingDelegate.h"
#include "common/Labels.h"
#include "common/ScreenFit.h"
#include "common/TimeText.h"
#include "contacts/ContactLabels.h"
#include "domain/ContactService.h"
#include "domain/Domain.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

namespace {
constexpr int kClientIdRole = Qt::UserRole + 1;
constexpr int kSessionIdRole = Qt::UserRole + 2; ///< set on draft rows only
constexpr int kReferralRole = Qt::UserRole + 3;  ///< set on rows of referrals waiting for an outcome
constexpr int kCodeRole = Qt::UserRole + 4;      ///< set on contact rows of a person known by a code

// The rows hold raw ids; these give them back typed.
ClientId clientOf(const QTreeWidgetItem* item)
{
    return ClientId(item ? item->data(0, kClientIdRole).toLongLong() : 0);
}

SessionId draftOf(const QTreeWidgetItem* item)
{
    return SessionId(item ? item->data(0, kSessionIdRole).toLongLong() : 0);
}

/// Today's first column wraps rather than ending in "…" (a day's counts, a long name): each row is as tall as
/// its text needs at the width it really has (the whole row for a line spanning both columns, less its
/// indentation), which QTreeView does not work out by itself. The second column fits its contents. Painting
/// stays with the view's own delegate (the focus ring).
class WrappingFirstColumn final : public QStyledItemDelegate
{
public:
    WrappingFirstColumn(QTreeView* tree, QAbstractItemDelegate* painter)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
        , m_painter(painter)
    {}

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        m_painter->paint(painter, option, index);
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem wrapped = option;
        if (index.column() == 0) {
            wrapped.features |= QStyleOptionViewItem::WrapText;
            wrapped.rect = QRect(0, 0, widthOf(index), std::max(1, option.rect.height()));
        } else {
            wrapped.features.setFlag(QStyleOptionViewItem::WrapText, false);
        }
        return m_painter->sizeHint(wrapped, index);
    }

private:
    int widthOf(const QModelIndex& index) const
    {
        const QHeaderView* header = m_tree->header();
        int depth = m_tree->rootIsDecorated() ? 1 : 0;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            ++depth;
        const bool spanned = m_tree->isFirstColumnSpanned(index.row(), index.parent());
        const int width = spanned ? header->length() : header->sectionSize(0);
        return std::max(1, width - depth * m_tree->indentation());
    }

    QTreeView* m_tree;
    QAbstractItemDelegate* m_painter;
};
} // namespace

TodayView::TodayView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
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
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    FocusRingDelegate::install(m_tree);
    // Lines wrap, whole, instead of being cut short; their heights follow the width of the view.
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setItemDelegate(new WrappingFirstColumn(m_tree, m_tree->itemDelegate()));
    auto* relayout = new QTimer(this);
    relayout->setSingleShot(true);
    relayout->setInterval(0);
    connect(relayout, &QTimer::timeout, m_tree, &QTreeView::doItemsLayout);
    connect(m_tree->header(), &QHeaderView::sectionResized, relayout, [relayout](int column) {
        if (column == 0)
            relayout->start();
    });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const ClientId id = clientOf(item);
        if (const SessionId draft = draftOf(item); !draft.isNull() && !id.isNull())
            Q_EMIT openSession(id, draft);
        else if (!item->data(0, kReferralRole).toUuid().isNull())
            recordReferralOutcome();
        else if (!id.isNull())
            Q_EMIT openClient(id);
        else if (const QString code = item->data(0, kCodeRole).toString(); !code.isEmpty())
            Q_EMIT openCode(code);
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &TodayView::showContextMenu);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &TodayView::updateButtons);

    m_openDraft = new QPushButton(tr("&Open Draft"), this);
    m_openDraft->setObjectName(QStringLiteral("openDraftButton"));
    connect(m_openDraft, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem* item = m_tree->currentItem();
        if (const SessionId draft = draftOf(item); !draft.isNull())
            Q_EMIT openSession(clientOf(item), draft);
    });
    m_discardDraft = new QPushButton(tr("&Discard Draft…"), this);
    m_discardDraft->setObjectName(QStringLiteral("discardDraftButton"));
    connect(m_discardDraft, &QPushButton::clicked, this, &TodayView::discardCurrentDraft);
    m_referralOutcome = new QPushButton(tr("Referral Out&come…"), this);
    m_referralOutcome->setObjectName(QStringLiteral("referralOutcomeButton"));
    connect(m_referralOutcome, &QPushButton::clicked, this, &TodayView::recordReferralOutcome);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_referralOutcome);
    buttons->addWidget(m_openDraft);
    buttons->addWidget(m_discardDraft);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    refresh();
}

QString TodayView::draftAge(int daysOld)
{
    if (daysOld <= 0)
        return tr("started today");
    if (daysOld == 1)
        return tr("started yesterday");
    return tr("started %n day(s) ago", "", daysOld);
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

void TodayView::addMoreLine(QTreeWidgetItem* section, qsizetype total)
{
    if (total <= kRowsPerSection)
        return;
    auto* more = new QTreeWidgetItem(section);
    more->setText(0, tr("…and %n more (the client list shows everyone)", "", int(total - kRowsPerSection)));
    more->setFlags(Qt::ItemIsEnabled);
    QFont italic = more->font(0);
    italic.setItalic(true);
    more->setFont(0, italic);
    m_tree->setFirstColumnSpanned(section->indexOfChild(more), m_tree->indexFromItem(section), true);
}

void TodayView::refresh()
{
    // The row in view stays current across a refresh (an autosave elsewhere refreshes this list).
    const QTreeWidgetItem* was = m_tree->currentItem();
    const ClientId wasClient = clientOf(was);
    const SessionId wasDraft = draftOf(was);
    const int wasSection = was && was->parent() ? m_tree->indexOfTopLevelItem(was->parent()) : -1;
    m_tree->clear();
    m_heading->setText(tr("Today, %1").arg(QLocale().toString(m_workspace.clock().today(), QLocale::LongFormat)));
    CaseloadQueries& q = m_workspace.domain().caseload();
    // Each list: its first rows and how many there are in all (a large caseload's lists run into thousands).
    const auto total = [&q](CaseloadQueries::WorkList list, qsizetype shown, int days = 0) -> qsizetype {
        if (shown < kRowsPerSection)
            return shown;
        auto n = q.count(list, days);
        return n ? qsizetype(n.value()) : shown;
    };
    const auto addFollowUps = [this, &total](const QString& title, CaseloadQueries::WorkList list,
                                             const Result<QList<FollowUpItem>>& items) {
        if (!items)
            return;
        const qsizetype all = total(list, items->size());
        QTreeWidgetItem* parent = section(title, int(all));
        for (const FollowUpItem& f : items.value()) {
            auto* item = new QTreeWidgetItem(parent);
            item->setText(0, nameWithPronouns(f.chosenName, f.pronouns));
            item->setText(1, QLocale().toString(f.date, QLocale::ShortFormat));
            item->setData(0, kClientIdRole, f.clientId.value);
        }
        addMoreLine(parent, all);
        parent->setExpanded(true);
    };
    using WorkList = CaseloadQueries::WorkList;
    addFollowUps(tr("Follow-ups due today"), WorkList::DueToday, q.followUpsDueToday(kRowsPerSection));
    addFollowUps(tr("Follow-ups overdue"), WorkList::Overdue, q.followUpsOverdue(kRowsPerSection));
    addFollowUps(tr("Follow-ups in the next seven days"), WorkList::ThisWeek, q.followUpsThisWeek(kRowsPerSection));
    if (auto drafts = q.drafts(kRowsPerSection)) {
        const qsizetype all = total(WorkList::Drafts, drafts->size());
        QTreeWidgetItem* parent = section(tr("Session notes not yet signed"), int(all));
        ClientService& clients = m_workspace.domain().clients();
        for (const DraftItem& d : drafts.value()) {
            auto* item = new QTreeWidgetItem(parent);
            // A draft row names the person as every other row does; the work list carries no pronouns, so
            // they are looked up (a handful of drafts, not the caseload).
            const auto person = clients.client(d.clientId);
            item->setText(0, nameWithPronouns(d.chosenName, person ? person->pronouns : QString()));
            item->setText(1, tr("session of %1 · %2")
                                 .arg(QLocale().toString(d.sessionDate, QLocale::ShortFormat), draftAge(d.daysOld)));
            item->setData(0, kClientIdRole, d.clientId.value);
            item->setData(0, kSessionIdRole, d.sessionId.value);
            item->setToolTip(0, tr("Enter opens the draft; the context menu can discard it."));
        }
        addMoreLine(parent, all);
        parent->setExpanded(true);
    }
    if (auto notSeen = q.notSeenFor(kNotSeenDays, kRowsPerSection)) {
        const qsizetype all = total(WorkList::NotSeen, notSeen->size(), kNotSeenDays);
        QTreeWidgetItem* parent = section(tr("Not seen for %n days or more", "", kNotSeenDays), int(all));
        for (const NotSeenItem& n : notSeen.value()) {
            auto* item = new QTreeWidgetItem(parent);
            item->setText(0, nameWithPronouns(n.chosenName, n.pronouns));
            item->setText(1, n.lastContact ? tr("%n day(s)", "", n.daysSince) : tr("not seen yet"));
            item->setData(0, kClientIdRole, n.clientId.value);
        }
        addMoreLine(parent, all);
        parent->setExpanded(true);
    }
    addContactSections();
    if (!wasClient.isNull() && wasSection >= 0 && wasSection < m_tree->topLevelItemCount()) {
        QTreeWidgetItem* parent = m_tree->topLevelItem(wasSection);
        for (int i = 0; i < parent->childCount(); ++i) {
            QTreeWidgetItem* item = parent->child(i);
            if (clientOf(item) == wasClient && draftOf(item) == wasDraft) {
                m_tree->setCurrentItem(item);
                break;
            }
        }
    }
    updateButtons();
}

void TodayView::addContactSections()
{
    ContactService& contacts = m_workspace.domain().contacts();
    if (auto day = contacts.day(m_workspace.clock().today())) {
        const ContactCounts& n = day->counts;
        QTreeWidgetItem* parent = section(tr("Contacts today"), n.contacts);
        if (n.contacts > 0) {
            auto* counts = new QTreeWidgetItem(parent);
            const QStringList parts{tr("%n anonymous contact(s)", "contacts today", n.anonymous),
                                    tr("%n coded contact(s)", "contacts today", n.coded),
                                    tr("%n contact(s) with a known client", "contacts today", n.known),
                                    tr("%n supply item(s)", "", n.suppliesGiven),
                                    tr("%n naloxone dose(s)", "", n.naloxoneDoses),
                                    tr("%n drug check(s)", "", n.drugChecks),
                                    tr("%n referral(s)", "", n.referrals)};
            counts->setText(0, parts.join(QStringLiteral(" · ")));
            counts->setFlags(Qt::ItemIsEnabled);
            m_tree->setFirstColumnSpanned(parent->indexOfChild(counts), m_tree->indexFromItem(parent), true);
        }
        for (const ContactSummary& c : day->contacts) {
            auto* item = new QTreeWidgetItem(parent);
            QStringList what;
            if (c.suppliesGiven > 0)
                what.append(tr("%n supply item(s)", "", c.suppliesGiven));
            if (c.naloxoneDoses > 0)
                what.append(tr("%n naloxone dose(s)", "", c.naloxoneDoses));
            if (c.drugChecks > 0)
                what.append(tr("%n drug check(s)", "", c.drugChecks));
            if (c.referrals > 0)
                what.append(tr("%n referral(s)", "", c.referrals));
            item->setText(0, c.setting ? tr("%1 · %2").arg(contactWith(c), label(*c.setting)) : contactWith(c));
            item->setText(1, what.isEmpty() ? timeText(c.occurredAt.toLocalTime().time())
                                            : tr("%1 · %2").arg(timeText(c.occurredAt.toLocalTime().time()),
                                                                what.join(QStringLiteral(", "))));
            if (c.client)
                item->setData(0, kClientIdRole, c.client->value);
            else if (c.identity == ContactIdentity::Coded)
                item->setData(0, kCodeRole, c.clientCode);
        }
    }
    if (auto open = contacts.referralsWithoutOutcome()) {
        QTreeWidgetItem* parent = section(tr("Referrals waiting for an outcome"), int(open->size()));
        for (const OpenReferral& r : open.value()) {
            auto* item = new QTreeWidgetItem(parent);
            const QString who = r.identity == ContactIdentity::Coded ? r.clientCode
                                : r.identity == ContactIdentity::Known && r.client
                                    ? m_workspace.domain().clients().client(*r.client).value_or(Client()).chosenName
                                    : label(ContactIdentity::Anonymous);
            item->setText(0, tr("%1 · %2").arg(recordedItemText(ContactList::ReferralType, r.label), who));
            item->setText(1, tr("referred %1").arg(QLocale().toString(r.occurredOn, QLocale::ShortFormat)));
            item->setData(0, kReferralRole, r.referral);
            item->setToolTip(0, tr("Enter records what came of it."));
        }
    }
}

void TodayView::recordReferralOutcome()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const QUuid referral = item ? item->data(0, kReferralRole).toUuid() : QUuid();
    if (referral.isNull())
        return;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("referralOutcomeDialog"));
    ask.setWindowTitle(tr("What Came of the Referral"));
    ask.setLabelText(tr("%1: what came of it?").arg(item->text(0)));
    QStringList choices;
    const QList<ReferralOutcome> outcomes = allValues<ReferralOutcome>();
    for (ReferralOutcome o : outcomes)
        choices.append(label(o));
    ask.setComboBoxItems(choices);
    ask.setComboBoxEditable(false);
    fitToScreen(&ask, QSize(420, 150));
    if (ask.exec() != QDialog::Accepted)
        return;
    const int chosen = int(choices.indexOf(ask.textValue()));
    if (chosen < 0)
        return;
    if (const Status s = m_workspace.domain().contacts().recordReferralOutcome(referral, outcomes.at(chosen)); !s)
        UiHooks::instance().warning(this, tr("Referral"), errorText(s.error()));
    refresh();
}

void TodayView::updateButtons()
{
    m_referralOutcome->setEnabled(
        !m_tree->currentItem() ? false : !m_tree->currentItem()->data(0, kReferralRole).toUuid().isNull());
    const bool draft = !draftOf(m_tree->currentItem()).isNull();
    m_openDraft->setEnabled(draft);
    m_discardDraft->setEnabled(draft);
}

void TodayView::showContextMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = m_tree->itemAt(pos);
    if (!item || draftOf(item).isNull())
        return;
    m_tree->setCurrentItem(item);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("draftMenu"));
    // Ids, not the item: a refresh while the menu is open replaces the items.
    const ClientId client = clientOf(item);
    const SessionId draft = draftOf(item);
    menu.addAction(tr("&Open Draft"), this, [this, client, draft] { Q_EMIT openSession(client, draft); });
    menu.addAction(tr("&Discard Draft…"), this, &TodayView::discardCurrentDraft);
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void TodayView::discardCurrentDraft()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    const SessionId draft = draftOf(item);
    if (draft.isNull())
        return;
    const QString who = item->text(0);
    const QString when = item->text(1);
    if (!UiHooks::instance().confirm(this, tr("Discard Draft"),
                                     tr("Discard the unsigned session note for %1 (%2)? Nothing of it is kept, "
                                        "and this cannot be undone.")
                                         .arg(who, when),
                                     tr("&Discard"))) {
        return;
    }
    // The workspace closes a window that has this draft open, so nothing saves it again.
    if (const Status s = m_workspace.discardDraft(draft); !s)
        UiHooks::instance().warning(this, tr("Discard Draft"), errorText(s.error()));
    refresh();
}

} // namespace continuum::ui
