// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContactListsDialog.h"

#include "common/ErrorText.h"
#include "common/ScreenFit.h"
#include "contacts/ContactLabels.h"
#include "domain/Domain.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace continuum::ui {

namespace {

QString listName(ContactList list)
{
    switch (list) {
    case ContactList::Supply: return ContactListsDialog::tr("Supplies given");
    case ContactList::NaloxoneProduct: return ContactListsDialog::tr("Overdose reversal medications (naloxone)");
    case ContactList::CheckingMethod: return ContactListsDialog::tr("Drug checking methods");
    case ContactList::ReferralType: return ContactListsDialog::tr("Referral types");
    }
    return {};
}

QPushButton* makeButton(const QString& text, const char* name, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    // Enter in the list renames; it must never press a button the counselor did not choose.
    button->setAutoDefault(false);
    return button;
}

/// QInputDialog's label does not wrap: a reason and a prompt together would widen it past the screen.
void wrapLabel(QInputDialog& ask)
{
    if (auto* label = ask.findChild<QLabel*>())
        label->setWordWrap(true);
}

} // namespace

ContactListsDialog::ContactListsDialog(Domain& domain, QWidget* parent)
    : QDialog(parent)
    , m_domain(domain)
{
    setObjectName(QStringLiteral("contactListsDialog"));
    setWindowTitle(tr("Lists for Contacts"));

    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("contactListCombo"));
    for (ContactList list : allValues<ContactList>())
        m_list->addItem(listName(list), int(list));
    auto* listLabel = new QLabel(tr("&List:"), this);
    listLabel->setBuddy(m_list);

    m_view = new QListWidget(this);
    m_view->setObjectName(QStringLiteral("contactListItems"));
    m_view->setAccessibleName(tr("Items of the list, in the order they are offered"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);

    m_add = makeButton(tr("&Add…"), "addListItemButton", this);
    m_rename = makeButton(tr("Re&name…"), "renameListItemButton", this);
    m_retire = makeButton(tr("&Retire"), "retireListItemButton", this);
    m_up = makeButton(tr("Move &Up"), "moveListItemUpButton", this);
    m_down = makeButton(tr("Move &Down"), "moveListItemDownButton", this);
    m_doses = makeButton(tr("Doses per &Kit…"), "dosesPerKitButton", this);
    auto* buttonColumn = new QVBoxLayout;
    for (QPushButton* b : {m_add, m_rename, m_retire, m_up, m_down, m_doses})
        buttonColumn->addWidget(b);
    buttonColumn->addStretch();

    auto* note = new QLabel(tr("Renaming changes what new contacts show; contacts already recorded keep the name "
                               "they were recorded with. A retired item is no longer offered for new contacts."),
                            this);
    note->setObjectName(QStringLiteral("contactListsNote"));
    note->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("contactListsMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto* top = new QHBoxLayout;
    top->addWidget(listLabel);
    top->addWidget(m_list, 1);
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_view, 1);
    middle->addLayout(buttonColumn);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(note);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_list, &QComboBox::currentIndexChanged, this, [this] {
        m_message->setVisible(false);
        reload();
    });
    connect(m_view, &QListWidget::currentRowChanged, this, &ContactListsDialog::updateButtons);
    connect(m_view, &QListWidget::itemActivated, this, &ContactListsDialog::renameItem);
    connect(m_add, &QPushButton::clicked, this, &ContactListsDialog::addItem);
    connect(m_rename, &QPushButton::clicked, this, &ContactListsDialog::renameItem);
    connect(m_retire, &QPushButton::clicked, this, &ContactListsDialog::toggleRetired);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_doses, &QPushButton::clicked, this, &ContactListsDialog::changeDosesPerKit);
    // Keys a list editor is expected to have, besides the buttons' own (Alt+letter).
    const auto onList = [this](QKeySequence keys, auto slot) {
        connect(new QShortcut(keys, m_view, nullptr, nullptr, Qt::WidgetShortcut), &QShortcut::activated, this, slot);
    };
    onList(QKeySequence(Qt::Key_F2), [this] { renameItem(); });
    onList(QKeySequence(Qt::Key_Insert), [this] { addItem(); });
    onList(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { move(-1); });
    onList(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { move(+1); });

    reload();
    m_view->setFocus();
    fitToScreen(this, QSize(640, 500));
}

void ContactListsDialog::showList(ContactList list)
{
    m_list->setCurrentIndex(qMax(0, m_list->findData(int(list))));
}

ContactList ContactListsDialog::currentList() const
{
    return ContactList(m_list->currentData().toInt());
}

void ContactListsDialog::reload(std::optional<ContactListItemId> select)
{
    if (!select)
        if (auto current = currentItem())
            select = current->id;
    auto items = m_domain.contactLists().items(currentList(), RetiredItems::Include);
    m_items = items ? items.value() : QList<ContactListItem>();
    if (!items)
        showStatus(items.error());
    const QSignalBlocker blocker(m_view);
    m_view->clear();
    int row = m_items.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_items.size(); ++i) {
        const ContactListItem& item = m_items.at(i);
        QString text = itemText(item);
        if (item.dosesPerKit)
            text = tr("%1 — %n dose(s) a kit", nullptr, *item.dosesPerKit).arg(itemText(item));
        if (item.retired)
            text = tr("%1 (no longer offered)").arg(text);
        auto* entry = new QListWidgetItem(text, m_view);
        entry->setData(Qt::UserRole, item.id.value);
        if (item.retired)
            entry->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (select && item.id == *select)
            row = i;
    }
    m_view->setCurrentRow(row);
    updateButtons();
}

std::optional<ContactListItem> ContactListsDialog::currentItem() const
{
    const int row = m_view->currentRow();
    if (row < 0 || row >= m_items.size())
        return std::nullopt;
    return m_items.at(row);
}

void ContactListsDialog::updateButtons()
{
    const std::optional<ContactListItem> item = currentItem();
    const int row = m_view->currentRow();
    m_rename->setEnabled(item.has_value());
    m_retire->setEnabled(item.has_value());
    m_retire->setText(item && item->retired ? tr("&Offer Again") : tr("&Retire"));
    m_up->setEnabled(item && row > 0);
    m_down->setEnabled(item && row < m_items.size() - 1);
    m_doses->setVisible(currentList() == ContactList::NaloxoneProduct);
    m_doses->setEnabled(item.has_value());
}

void ContactListsDialog::showStatus(const Status& status)
{
    m_message->setText(status ? QString() : errorText(status.error()));
    m_message->setVisible(!status);
}

bool ContactListsDialog::askForName(const QString& title, const QString& initial,
                                    const std::function<Status(const QString&)>& apply)
{
    const QString prompt = tr("Name, as it will show when recording a contact:");
    QString text = initial;
    QString problem;
    for (;;) {
        QInputDialog ask(this);
        ask.setObjectName(QStringLiteral("contactListItemNameDialog"));
        ask.setWindowTitle(title);
        ask.setLabelText(problem.isEmpty() ? prompt : problem + QStringLiteral("\n\n") + prompt);
        ask.setTextValue(text);
        ask.setOkButtonText(tr("&Save"));
        wrapLabel(ask);
        fitToScreen(&ask, QSize(460, problem.isEmpty() ? 160 : 200));
        if (ask.exec() != QDialog::Accepted) {
            showStatus({}); // the question was dropped, and with it the reason its last answer was refused
            return false;
        }
        text = ask.textValue();
        const Status done = apply(text);
        showStatus(done);
        if (done)
            return true;
        problem = errorText(done.error());
    }
}

void ContactListsDialog::addItem()
{
    const ContactList list = currentList();
    std::optional<ContactListItemId> added;
    askForName(tr("Add to %1").arg(listName(list)), QString(), [&](const QString& label) -> Status {
        auto id = m_domain.contactLists().add(list, label);
        if (!id)
            return id.error();
        added = id.value();
        return {};
    });
    if (added)
        reload(added);
    m_view->setFocus();
}

void ContactListsDialog::renameItem()
{
    const std::optional<ContactListItem> item = currentItem();
    if (!item)
        return;
    const ContactListItemId id = item->id;
    // A seeded item shows in the counselor's language: keeping those words unchanged is no rename.
    const QString shown = itemText(*item);
    if (askForName(tr("Rename “%1”").arg(shown), shown, [&](const QString& label) {
            return label.trimmed() == shown ? Status{} : m_domain.contactLists().rename(id, label);
        }))
        reload(id);
    m_view->setFocus();
}

void ContactListsDialog::toggleRetired()
{
    const std::optional<ContactListItem> item = currentItem();
    if (!item)
        return;
    const Status done = m_domain.contactLists().setRetired(item->id, !item->retired);
    showStatus(done);
    reload(item->id);
}

void ContactListsDialog::move(int step)
{
    const int row = m_view->currentRow();
    const int to = row + step;
    if (row < 0 || row >= m_items.size() || to < 0 || to >= m_items.size())
        return;
    QList<ContactListItemId> order;
    for (const ContactListItem& item : std::as_const(m_items))
        order.append(item.id);
    const ContactListItemId moved = order.at(row);
    order.swapItemsAt(row, to);
    const Status done = m_domain.contactLists().reorder(currentList(), order);
    showStatus(done);
    reload(moved);
}

void ContactListsDialog::changeDosesPerKit()
{
    const std::optional<ContactListItem> item = currentItem();
    if (!item || item->list != ContactList::NaloxoneProduct)
        return;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("dosesPerKitDialog"));
    ask.setWindowTitle(tr("Doses per Kit"));
    ask.setInputMode(QInputDialog::IntInput);
    ask.setIntRange(1, ContactListService::kMaxDosesPerKit);
    ask.setIntValue(item->dosesPerKit.value_or(1));
    ask.setLabelText(tr("How many doses a kit of “%1” holds. Contacts already recorded keep the number they were "
                        "recorded with.")
                         .arg(itemText(*item)));
    ask.setOkButtonText(tr("&Save"));
    wrapLabel(ask);
    fitToScreen(&ask, QSize(460, 180));
    if (ask.exec() == QDialog::Accepted) {
        showStatus(m_domain.contactLists().setDosesPerKit(item->id, ask.intValue()));
        reload(item->id);
    }
    m_view->setFocus();
}

} // namespace continuum::ui
