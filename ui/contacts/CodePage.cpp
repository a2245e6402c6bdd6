// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/CodePage.h"

#include "contacts/ContactEditorDialog.h"
#include "contacts/ContactHistoryList.h"
#include "domain/ContactService.h"
#include "domain/Domain.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

CodePage::CodePage(Domain& domain, QWidget* parent)
    : QWidget(parent)
    , m_domain(domain)
{
    setObjectName(QStringLiteral("codePage"));
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("codeHeadingLabel"));
    m_heading->setTextFormat(Qt::PlainText); // the code exactly as recorded, never read as markup
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("codeSummaryLabel"));
    m_summary->setWordWrap(true);

    m_list = new ContactHistoryList(this);
    m_list->setObjectName(QStringLiteral("codeContactList"));
    auto* record = new QPushButton(tr("Record Con&tact…"), this);
    record->setObjectName(QStringLiteral("recordCodeContactButton"));
    record->setAccessibleName(tr("Record a contact with this code"));
    m_correct = new QPushButton(tr("Co&rrect…"), this);
    m_correct->setObjectName(QStringLiteral("correctCodeContactButton"));
    m_correct->setAccessibleName(tr("Correct the selected contact"));
    connect(record, &QPushButton::clicked, this, &CodePage::recordContact);
    connect(m_correct, &QPushButton::clicked, this, &CodePage::correctCurrent);
    connect(m_list, &QTreeWidget::itemActivated, this, &CodePage::correctCurrent);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &CodePage::updateButtons);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(record);
    buttons->addWidget(m_correct);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(m_list, 1);
    setTabOrder(record, m_correct);
    setTabOrder(m_correct, m_list);
    updateButtons();
}

void CodePage::showCode(const QString& code)
{
    m_code = code;
    reload();
}

void CodePage::recordChanged(const RecordChange& change)
{
    if (change.kind == RecordChange::Kind::Contact && !m_code.isEmpty())
        reload();
}

void CodePage::recordContact()
{
    if (m_code.isEmpty())
        return;
    ContactEditorDialog dialog(m_domain, m_code, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void CodePage::correctCurrent()
{
    const ContactId id = m_list->currentCorrectable();
    if (id.isNull())
        return;
    ContactEditorDialog dialog(m_domain, id, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void CodePage::reload()
{
    m_heading->setText(tr("Code %1").arg(m_code));
    // Every contact with the code, a page at a time: one person rarely has more than a page.
    QList<ContactSummary> all;
    for (;;) {
        auto page = m_domain.contacts().contactsOfCode(m_code, ContactService::kMaxPage, int(all.size()));
        if (!page)
            break;
        all += *page;
        if (page->size() < ContactService::kMaxPage)
            break;
    }
    const ContactId was = m_list->currentCorrectable();
    m_list->setContacts(all);
    if (!was.isNull())
        m_list->selectContact(was);

    // What counts: a contact entered in error stays listed but is not counted.
    QList<QDate> days;
    for (const ContactSummary& c : std::as_const(all))
        if (c.status == ContactStatus::Counted)
            days.append(c.occurredAt.toLocalTime().date());
    const QLocale locale;
    if (days.isEmpty()) {
        m_summary->setText(tr("No counted contacts with this code."));
    } else if (days.size() == 1) {
        m_summary->setText(tr("One contact, on %1.").arg(locale.toString(days.first(), QLocale::ShortFormat)));
    } else {
        const auto [first, last] = std::minmax_element(days.cbegin(), days.cend());
        m_summary->setText(
            tr("%n contact(s), from %1 to %2.", "", int(days.size()))
                .arg(locale.toString(*first, QLocale::ShortFormat), locale.toString(*last, QLocale::ShortFormat)));
    }
    updateButtons();
}

void CodePage::updateButtons()
{
    m_correct->setEnabled(!m_list->currentCorrectable().isNull());
}

} // namespace continuum::ui
