// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

namespace continuum {
class Domain;
}

namespace continuum::ui {

/// A quick harm-reduction contact, recorded by keyboard in seconds: with no one, a code, or a known client;
/// when and where; supplies, naloxone, a drug check, an overdose they told about, referrals, a short note.
/// Every field is optional but the moment, which defaults to now. Opened on a recorded contact, it makes a
/// correction: the same form, plus why it changed (a new revision; nothing is overwritten).
class ContactEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    /// A new contact (contact null), preset to a known client when `client` is given; or a correction of
    /// the contact's current revision.
    ContactEditorDialog(Domain& domain, ContactId contact, std::optional<ClientId> client = std::nullopt,
                        QWidget* parent = nullptr);
    /// A new contact with the person known by this agency code.
    ContactEditorDialog(Domain& domain, const QString& code, QWidget* parent = nullptr);

    ContactId savedId() const { return m_saved; }
    bool isCorrection() const { return !m_contact.isNull(); }
    /// What a save would store now.
    ContactDraft draft() const;
    bool hasChanges() const;

    void accept() override;
    void reject() override;

private:
    /// Builds the form from m_previous and puts the focus where the counselor starts typing.
    void setUp();
    void buildForm();
    void load(const ContactDraft& d);
    void updateIdentity();
    void updateDoses();
    void updateReadingAid();
    void showError(const QString& text, QWidget* field);
    std::optional<ClientId> chosenClient() const;

    Domain& m_domain;
    ContactId m_contact;
    ContactId m_saved;
    ContactDraft m_previous; ///< the current revision being corrected
    ContactDraft m_opened;   ///< what the form said when it opened
    QDateTime m_loadedWhen;  ///< what the time field showed when the form opened
    QHash<QString, ClientId> m_clientsByName;
    QList<ContactListItem> m_supplyItems;
    QList<ContactListItem> m_products;
    QList<ContactListItem> m_methods;
    QList<ContactListItem> m_referralTypes;

    QComboBox* m_identity = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_client = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLabel* m_clientLabel = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QComboBox* m_setting = nullptr;
    QSpinBox* m_duration = nullptr;
    QList<QSpinBox*> m_supplies;
    QComboBox* m_product = nullptr;
    QSpinBox* m_kits = nullptr;
    QSpinBox* m_singleDoses = nullptr;
    QComboBox* m_shown = nullptr;
    QLabel* m_doses = nullptr;
    QGroupBox* m_check = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_expected = nullptr;
    QComboBox* m_result = nullptr;
    QLabel* m_readingAid = nullptr;
    QLineEdit* m_planWords = nullptr;
    QCheckBox* m_planUseLess = nullptr;
    QCheckBox* m_planWithSomeone = nullptr;
    QCheckBox* m_planNaloxoneNear = nullptr;
    QCheckBox* m_planNotUse = nullptr;
    QCheckBox* m_planNoChange = nullptr;
    QGroupBox* m_overdose = nullptr;
    QComboBox* m_whose = nullptr;
    QDateEdit* m_overdoseOn = nullptr;
    QSpinBox* m_overdoseDoses = nullptr;
    QComboBox* m_called911 = nullptr;
    QComboBox* m_outcome = nullptr;
    QListWidget* m_referrals = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_noteReason = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_message = nullptr;
    QLineEdit* m_change = nullptr; ///< a change the person counts, saved with a new contact (known clients only)
};

} // namespace continuum::ui
