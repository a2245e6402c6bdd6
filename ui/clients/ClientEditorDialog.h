// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "util/Validation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace continuum {
class ClientService;
}

namespace continuum::ui {

/// Adds a client or edits a profile. Only the chosen name is required; everything else may stay empty,
/// and the form says so. Saving goes through ClientService; a refused field is pointed at, and nothing
/// typed is lost when a save fails.
class ClientEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    /// client.id == 0 adds a new client.
    ClientEditorDialog(ClientService* service, const Client& client, QWidget* parent = nullptr);

    ClientId savedId() const { return m_savedId; }
    Client edited() const;

    void accept() override;
    /// Esc, Cancel and the window's close button: with something typed or changed, asks before discarding.
    void reject() override;
    /// True when the form differs from what it opened with.
    bool hasChanges() const;

private:
    void load(const Client& c);
    void showError(Field field, const QString& message);

    ClientService* m_service;
    Client m_original;
    ClientId m_savedId;
    QLineEdit* m_chosenName;
    QLineEdit* m_pronouns;
    QLineEdit* m_legalName;
    QSpinBox* m_birthYear;
    QLineEdit* m_agencyCode;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QPlainTextEdit* m_address;
    QLabel* m_contactHiddenNote;
    QLineEdit* m_housing;
    QCheckBox* m_housingDated;
    QDateEdit* m_housingDate;
    QTableWidget* m_substances;
    QCheckBox* m_safetyFlag;
    QPlainTextEdit* m_notes;
    QComboBox* m_printLanguage; ///< the language of their printouts; the first item follows the program's
    QLabel* m_message;
    Client m_opened;
};

} // namespace continuum::ui
