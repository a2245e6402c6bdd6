// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace continuum {
class Workspace;
}

namespace continuum::ui {

/// What needs attention today: follow-ups due and overdue, the week ahead, every unsigned draft with its
/// age, and people not seen for a while. Activating a person opens them; activating a draft opens the draft
/// itself. A draft started by mistake can be discarded here, after a confirmation.
class TodayView final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kNotSeenDays = 30;
    /// Rows shown under one heading; the heading counts them all, and a last line says how many more
    /// there are. A work list of thousands (a large caseload's "not seen") is read from the client list,
    /// and building it here made Today take a second to appear after unlock.
    static constexpr int kRowsPerSection = 50;

    /// Shows the work of an unlocked workspace; the view lives no longer than the vault stays open.
    explicit TodayView(Workspace& workspace, QWidget* parent = nullptr);

    void refresh();
    /// Asks, then discards the draft in the current row (nothing if the current row is not a draft).
    void discardCurrentDraft();
    /// Asks what came of the referral in the current row (nothing if it is not a waiting referral).
    void recordReferralOutcome();

    /// "started today", "started yesterday", "started 3 days ago".
    static QString draftAge(int daysOld);

Q_SIGNALS:
    void openClient(continuum::ClientId id);
    /// A draft row was activated: open that record in the session window.
    void openSession(continuum::ClientId client, continuum::SessionId session);
    /// A contact row of a person known only by a code was activated: open that code's page.
    void openCode(const QString& code);

private:
    QTreeWidgetItem* section(const QString& title, int count);
    /// The "…and N more" line closing a section that shows kRowsPerSection of `total`.
    void addMoreLine(QTreeWidgetItem* section, qsizetype total);
    void showContextMenu(const QPoint& pos);
    void updateButtons();
    /// Today's contacts with their counts, and the referrals still waiting to hear what came of them.
    void addContactSections();

    Workspace& m_workspace;
    QLabel* m_heading;
    QTreeWidget* m_tree;
    QPushButton* m_openDraft;
    QPushButton* m_discardDraft;
    QPushButton* m_referralOutcome = nullptr;
};

} // namespace continuum::ui
