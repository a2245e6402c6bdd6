// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace continuum {
class Domain;
struct RecordChange;
} // namespace continuum

namespace continuum::ui {

class ContactHistoryList;

/// The page of a person known only by an agency code: the code as recorded, how many contacts and when,
/// and every contact with that code, newest first. A contact is recorded with the code already filled in,
/// or one is corrected (a new revision; nothing is overwritten).
class CodePage final : public QWidget
{
    Q_OBJECT

public:
    explicit CodePage(Domain& domain, QWidget* parent = nullptr);

    void showCode(const QString& code);
    QString code() const { return m_code; }
    ContactHistoryList* list() const { return m_list; }

    /// The workspace's events, forwarded by the window: a contact recorded or corrected reloads the page.
    void recordChanged(const RecordChange& change);
    /// The contact entry dialog, with this code.
    void recordContact();
    /// The selected contact, for correction.
    void correctCurrent();

private:
    void reload();
    void updateButtons();

    Domain& m_domain;
    QString m_code;
    QLabel* m_heading;
    QLabel* m_summary;
    ContactHistoryList* m_list;
    QPushButton* m_correct;
};

} // namespace continuum::ui
