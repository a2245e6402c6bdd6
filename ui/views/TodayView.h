// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace continuum {
class Domain;
}

namespace continuum::ui {

/// What needs attention today: follow-ups due and overdue, the week ahead, unsigned drafts older than a
/// day, and people not seen for a while. Activating an entry opens that person.
class TodayView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kNotSeenDays = 30;

    explicit TodayView(QWidget* parent = nullptr);

    void setDomain(Domain* domain);
    void refresh();

Q_SIGNALS:
    void openClient(continuum::ClientId id);

private:
    QTreeWidgetItem* section(const QString& title, int count);

    Domain* m_domain = nullptr;
    QLabel* m_heading;
    QTreeWidget* m_tree;
};

} // namespace continuum::ui
