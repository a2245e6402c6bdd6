// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactsView.h"

#include "UiHooks.h"
#include "common/ErrorText.h"
#include "common/FocusRingDelegate.h"
#include "common/ScreenFit.h"
#include "contacts/ContactEditorDialog.h"
#include "contacts/ContactLabels.h"
#include "contacts/ContactListModel.h"
#include "domain/ContactService.h"
#include "domain/Domain.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace continuum::ui {

ContactsView::ContactsView(Domain& domain, QWidget* parent)
    : QWidget(parent)
    , m_domain(domain)
    , m_model(new ContactListModel(domain.contacts(), this))
{
    setObjectName(QStringLiteral("contactsView"));
    auto* heading = new QLabel(tr("<h2>Contacts</h2>"), this);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("contactPeriodCombo"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("This week"), int(Period::ThisWeek));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("This quarter"), int(Period::ThisQuarter));
    m_period->addItem(tr("From… to…"), int(Period::Custom));
    m_period->setCurrentIndex(m_period->findData(int(Period::ThisMonth)));
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("contactFromEdit"));
    m_from->setAccessibleName(tr("From"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("contactToEdit"));
    m_to->setAccessibleName(tr("To"));
    m_to->setCalendarPopup(true);
    m_who = new QComboBox(this);
    m_who->setObjectName(QStringLiteral("contactWhoCombo"));
    m_who->setAccessibleName(tr("With"));
    m_who->addItem(tr("Everyone"), -1);
    m_who->addItem(tr("Anonymous"), int(ContactIdentity::Anonymous));
    m_who->addItem(tr("Coded"), int(ContactIdentity::Coded));
    m_who->addItem(tr("Known clients"), int(ContactIdentity::Known));
    m_where = new QComboBox(this);
    m_where->setObjectName(QStringLiteral("contactWhereCombo"));
    m_where->setAccessibleName(tr("Where"));
    m_where->addItem(tr("Anywhere"), -1);
    for (ContactSetting s : allValues<ContactSetting>())
        m_where->addItem(label(s), int(s));
    m_naloxone = new QCheckBox(tr("Nalo&xone"), this);
    m_naloxone->setObjectName(QStringLiteral("filterNaloxoneCheck"));
    m_check = new QCheckBox(tr("Dr&ug check"), this);
    m_check->setObjectName(QStringLiteral("filterDrugCheckCheck"));
    m_overdose = new QCheckBox(tr("O&verdose told about"), this);
    m_overdose->setObjectName(QStringLiteral("filterOverdoseCheck"));
    m_referral = new QCheckBox(tr("Re&ferral"), this);
    m_referral->setObjectName(QStringLiteral("filterReferralCheck"));
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("contactCodeFilterEdit"));
    m_code->setAccessibleName(tr("Code contains"));
    m_code->setPlaceholderText(tr("Code contains…"));
    m_code->setClearButtonEnabled(true);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setAccessibleName(tr("Contacts"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ContactListModel::WithColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    FocusRingDelegate::install(m_table);
    m_empty = new QLabel(tr("No contacts in this period with these filters."), this);
    m_empty->setObjectName(QStringLiteral("contactsEmptyLabel"));
    m_empty->setWordWrap(true);

    m_correct = new QPushButton(tr("&Correct…"), this);
    m_correct->setObjectName(QStringLiteral("correctContactButton"));
    m_enteredInError = new QPushButton(tr("&Mark as Entered in Error…"), this);
    m_enteredInError->setObjectName(QStringLiteral("enteredInErrorButton"));
    connect(m_correct, &QPushButton::clicked, this, &ContactsView::correctCurrent);
    connect(m_enteredInError, &QPushButton::clicked, this, &ContactsView::markCurrentEnteredInError);
    connect(m_table, &QTableView::activated, this, &ContactsView::correctCurrent);
    // A person known by a code has a page of their own: from the button, or the row's context menu.
    m_openCode = new QPushButton(tr("Open Code's Pa&ge"), this);
    m_openCode->setObjectName(QStringLiteral("openCodePageButton"));
    m_openCodeAction = new QAction(tr("Open Code's Page"), m_table);
    m_openCodeAction->setObjectName(QStringLiteral("openCodePageAction"));
    m_table->addAction(m_openCodeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_openCode, &QPushButton::clicked, this, &ContactsView::openCurrentCode);
    connect(m_openCodeAction, &QAction::triggered, this, &ContactsView::openCurrentCode);

    auto* filters = new QGridLayout;
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    filters->addWidget(periodLabel, 0, 0);
    filters->addWidget(m_period, 0, 1);
    filters->addWidget(m_from, 0, 2);
    filters->addWidget(m_to, 0, 3);
    auto* whoLabel = new QLabel(tr("W&ith:"), this);
    whoLabel->setBuddy(m_who);
    filters->addWidget(whoLabel, 1, 0);
    filters->addWidget(m_who, 1, 1);
    filters->addWidget(m_where, 1, 2);
    filters->addWidget(m_code, 1, 3, 1, 2);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_naloxone);
    checks->addWidget(m_check);
    checks->addWidget(m_overdose);
    checks->addWidget(m_referral);
    checks->addStretch();
    filters->addLayout(checks, 2, 0, 1, 5);
    filters->setColumnStretch(4, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_correct);
    buttons->addWidget(m_enteredInError);
    buttons->addWidget(m_openCode);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);

    for (QComboBox* c : {m_period, m_who, m_where})
        connect(c, &QComboBox::currentIndexChanged, this, &ContactsView::applyFilters);
    for (QCheckBox* c : {m_naloxone, m_check, m_overdose, m_referral})
        connect(c, &QCheckBox::toggled, this, &ContactsView::applyFilters);
    connect(m_from, &QDateEdit::dateChanged, this, &ContactsView::applyFilters);
    connect(m_to, &QDateEdit::dateChanged, this, &ContactsView::applyFilters);
    connect(m_code, &QLineEdit::textChanged, this, &ContactsView::applyFilters);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ContactsView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ContactsView::updateButtons);
    applyFilters();
}

ContactFilter ContactsView::filter(const QDate& today) const
{
    ContactFilter f;
    switch (static_cast<Period>(m_period->currentData().toInt())) {
    case Period::ThisWeek: f.from = today.addDays(1 - today.dayOfWeek()); break;
    case Period::ThisMonth: f.from = QDate(today.year(), today.month(), 1); break;
    case Period::ThisQuarter: f.from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1); break;
    case Period::Custom:
        f.from = std::min(m_from->date(), m_to->date());
        f.to = std::max(m_from->date(), m_to->date());
        break;
    }
    if (m_who->currentData().toInt() >= 0)
        f.identity = static_cast<ContactIdentity>(m_who->currentData().toInt());
    if (m_where->currentData().toInt() >= 0)
        f.setting = static_cast<ContactSetting>(m_where->currentData().toInt());
    f.withNaloxone = m_naloxone->isChecked();
    f.withDrugCheck = m_check->isChecked();
    f.withOverdose = m_overdose->isChecked();
    f.withReferral = m_referral->isChecked();
    f.codeText = m_code->text().trimmed();
    return f;
}

void ContactsView::applyFilters()
{
    const bool custom = static_cast<Period>(m_period->currentData().toInt()) == Period::Custom;
    m_from->setEnabled(custom);
    m_to->setEnabled(custom);
    m_model->setFilter(filter(QDate::currentDate()));
    m_empty->setVisible(m_model->rowCount() == 0);
    updateButtons();
}

void ContactsView::recordChanged(const RecordChange& change)
{
    if (change.kind != RecordChange::Kind::Contact && change.kind != RecordChange::Kind::Client)
        return;
    const ContactId was = currentContact();
    const int scroll = m_table->verticalScrollBar()->value();
    m_model->refresh();
    const int row = m_model->rowOf(was);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->verticalScrollBar()->setValue(scroll);
    m_empty->setVisible(m_model->rowCount() == 0);
    updateButtons();
}

ContactId ContactsView::currentContact() const
{
    return m_model->contactAt(m_table->currentIndex().row());
}

void ContactsView::updateButtons()
{
    const ContactSummary* s = m_model->summaryAt(m_table->currentIndex().row());
    const bool counted = s && s->status == ContactStatus::Counted;
    m_correct->setEnabled(counted);
    m_enteredInError->setEnabled(counted);
    const bool coded = s && s->identity == ContactIdentity::Coded && !s->clientCode.isEmpty();
    m_openCode->setEnabled(coded);
    m_openCodeAction->setEnabled(coded);
}

void ContactsView::openCurrentCode()
{
    const ContactSummary* s = m_model->summaryAt(m_table->currentIndex().row());
    if (s && s->identity == ContactIdentity::Coded && !s->clientCode.isEmpty())
        Q_EMIT codePageRequested(s->clientCode);
}

void ContactsView::correctCurrent()
{
    const ContactSummary* s = m_model->summaryAt(m_table->currentIndex().row());
    if (!s || s->status != ContactStatus::Counted)
        return;
    ContactEditorDialog dialog(m_domain, s->id, std::nullopt, this);
    dialog.exec();
}

void ContactsView::markCurrentEnteredInError()
{
    const ContactSummary* s = m_model->summaryAt(m_table->currentIndex().row());
    if (!s || s->status != ContactStatus::Counted)
        return;
    const ContactId id = s->id;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("enteredInErrorDialog"));
    ask.setWindowTitle(tr("Mark as Entered in Error"));
    ask.setLabelText(tr("This contact will stay in the record but no longer count. Why was it entered in error?"));
    ask.setOkButtonText(tr("&Mark"));
    fitToScreen(&ask, QSize(460, 160));
    if (ask.exec() != QDialog::Accepted)
        return;
    if (const Status done = m_domain.contacts().markEnteredInError(id, ask.textValue().trimmed()); !done)
        UiHooks::instance().warning(this, tr("Mark as Entered in Error"), errorText(done.error()));
}

} // namespace continuum::ui
