// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"
#include "util/Result.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace continuum {
class Domain;
}

namespace continuum::ui {

/// The agency's lists for contacts (supplies, naloxone products, checking methods, referral types): items
/// added, renamed, retired or offered again, moved, and for naloxone the doses a kit holds. Each change is
/// made at once through ContactListService, which audits it; a refused name is asked for again with the
/// reason. Renaming never rewrites a contact already recorded.
class ContactListsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ContactListsDialog(Domain& domain, QWidget* parent = nullptr);

    /// Shows this list (the list chooser follows).
    void showList(ContactList list);
    ContactList currentList() const;

private:
    void reload(std::optional<ContactListItemId> select = std::nullopt);
    void updateButtons();
    std::optional<ContactListItem> currentItem() const;
    /// Asks for a name until the service takes it or the counselor cancels; true when taken.
    bool askForName(const QString& title, const QString& initial, const std::function<Status(const QString&)>& apply);
    void addItem();
    void renameItem();
    void toggleRetired();
    void move(int step);
    void changeDosesPerKit();
    void showStatus(const Status& status);

    Domain& m_domain;
    QList<ContactListItem> m_items;
    QComboBox* m_list;
    QListWidget* m_view;
    QLabel* m_message;
    QPushButton* m_add;
    QPushButton* m_rename;
    QPushButton* m_retire;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_doses;
};

} // namespace continuum::ui
