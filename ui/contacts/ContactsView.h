// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace continuum {
class Domain;
struct RecordChange;
} // namespace continuum

namespace continuum::ui {

class ContactListModel;

/// Every harm-reduction contact, newest first, a page at a time: filtered by period, who it was with,
/// where, what happened, and part of a code. Enter opens a contact for correction; one recorded by
/// mistake is marked as entered in error, with a reason.
class ContactsView final : public QWidget
{
    Q_OBJECT

public:
    enum class Period { ThisWeek, ThisMonth, ThisQuarter, Custom };

    explicit ContactsView(Domain& domain, QWidget* parent = nullptr);

    /// What the filters say now, today being `today`.
    ContactFilter filter(const QDate& today) const;
    ContactListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }

    /// Reads the list again with the filters as they stand.
    void applyFilters();
    /// The workspace's events, forwarded by the window: a contact changed, the list follows and keeps its
    /// scroll position and selection.
    void recordChanged(const RecordChange& change);
    void correctCurrent();
    void markCurrentEnteredInError();
    /// Asks for the page of the selected row's code (a coded row only).
    void openCurrentCode();

Q_SIGNALS:
    /// The page of the person known by this code was asked for.
    void codePageRequested(const QString& code);

private:
    ContactId currentContact() const;
    void updateButtons();

    Domain& m_domain;
    ContactListModel* m_model;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_who;
    QComboBox* m_where;
    QCheckBox* m_naloxone;
    QCheckBox* m_check;
    QCheckBox* m_overdose;
    QCheckBox* m_referral;
    QLineEdit* m_code;
    QTableView* m_table;
    QLabel* m_empty;
    QPushButton* m_correct;
    QPushButton* m_enteredInError;
    QPushButton* m_openCode;
    QAction* m_openCodeAction;
};

} // namespace continuum::ui
