// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QList>
#include <QTreeWidget>

namespace continuum::ui {

/// One person's contacts as given (newest first): when (marked when entered in error), where and what was
/// given. Shared by a known client's page and a code's page.
class ContactHistoryList final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit ContactHistoryList(QWidget* parent = nullptr);

    /// Shows these contacts, the first one current.
    void setContacts(const QList<ContactSummary>& contacts);
    /// The current contact when it can be corrected; null when there is none or it was entered in error
    /// (that one stays as it is).
    ContactId currentCorrectable() const;
    /// Makes this contact current when it is listed.
    void selectContact(ContactId id);
};

} // namespace continuum::ui
