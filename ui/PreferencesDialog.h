// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace continuum {
class Domain;
}

namespace continuum::ui {

/// The counselor's name and credentials, the agency's name and contact for printouts, the idle lock,
/// the default note format, the language, and for contacts and reports who a new contact is recorded
/// with and the counts reports hide (with the agency's lists a button away). What belongs to the records
/// is kept in the vault; what belongs to this computer (idle time, language) in the user's settings.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(Domain& domain, QWidget* parent = nullptr);

    int idleMinutes() const;
    void accept() override;

private:
    void showThresholdMeaning();
    void editLists();

    Domain& m_domain;
    QLineEdit* m_name;
    QLineEdit* m_credentials;
    QLineEdit* m_agency;
    QPlainTextEdit* m_agencyContact;
    QSpinBox* m_idle;
    QComboBox* m_format;
    QComboBox* m_language;
    QComboBox* m_theme;
    QSpinBox* m_textSize;
    QComboBox* m_identity;
    QSpinBox* m_smallCell;
    QLabel* m_smallCellMeaning;
    QPushButton* m_editLists;
    QLabel* m_message;
};

} // namespace continuum::ui
