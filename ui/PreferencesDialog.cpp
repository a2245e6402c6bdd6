// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "IdleLock.h"
#include "common/Appearance.h"
#include "common/ErrorText.h"
#include "common/Labels.h"
#include "common/ScreenFit.h"
#include "common/Translations.h"
#include "contacts/ContactListsDialog.h"
#include "domain/Domain.h"
#include "report/Suppression.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace continuum::ui {

PreferencesDialog::PreferencesDialog(Domain& domain, QWidget* parent)
    : QDialog(parent)
    , m_domain(domain)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("prefCounselorNameEdit"));
    m_credentials = new QLineEdit(this);
    m_credentials->setObjectName(QStringLiteral("prefCredentialsEdit"));
    m_agency = new QLineEdit(this);
    m_agency->setObjectName(QStringLiteral("prefAgencyNameEdit"));
    m_agencyContact = new QPlainTextEdit(this);
    m_agencyContact->setObjectName(QStringLiteral("prefAgencyContactEdit"));
    m_agencyContact->setTabChangesFocus(true);
    m_agencyContact->setMaximumHeight(70);
    m_idle = new QSpinBox(this);
    m_idle->setObjectName(QStringLiteral("prefIdleMinutesSpin"));
    m_idle->setRange(0, 240);
    m_idle->setSuffix(tr(" min"));
    m_idle->setSpecialValueText(tr("Never (not recommended)"));
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("prefNoteFormatCombo"));
    for (NoteFormat f : allValues<NoteFormat>())
        m_format->addItem(label(f), toKey(f));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("prefLanguageCombo"));
    m_language->addItem(tr("The system's language"), QString());
    // One entry per catalogue shipped inside the program, each language named in its own words as a name on its
    // own ("English", "Español"), not one country's variety of it.
    for (const QString& file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("continuum_*.qm")})) {
        const QString code = file.mid(10, file.size() - 13);
        m_language->addItem(nativeLanguageName(code), code);
    }
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("prefThemeCombo"));
    m_theme->addItem(tr("Follow the system"), int(Theme::System));
    m_theme->addItem(tr("Light"), int(Theme::Light));
    m_theme->addItem(tr("Dark"), int(Theme::Dark));
    m_textSize = new QSpinBox(this);
    m_textSize->setObjectName(QStringLiteral("prefTextSizeSpin"));
    m_textSize->setRange(80, 200);
    m_textSize->setSingleStep(10);
    m_textSize->setSuffix(tr(" %"));
    m_textSize->setAccessibleName(tr("Text size, in percent of the system's"));
    m_identity = new QComboBox(this);
    m_identity->setObjectName(QStringLiteral("prefContactIdentityCombo"));
    // From the least collected to the most.
    m_identity->addItem(tr("No one — an anonymous tally"), toKey(ContactIdentity::Anonymous));
    m_identity->addItem(tr("A code"), toKey(ContactIdentity::Coded));
    m_identity->addItem(tr("A client"), toKey(ContactIdentity::Known));
    m_smallCell = new QSpinBox(this);
    m_smallCell->setObjectName(QStringLiteral("prefSmallCellSpin"));
    m_smallCell->setRange(CounselorService::kMinSmallCellThreshold, CounselorService::kMaxSmallCellThreshold);
    m_smallCell->setAccessibleName(tr("Counts to hide in reports: from 1 to"));
    m_smallCellMeaning = new QLabel(this);
    m_smallCellMeaning->setObjectName(QStringLiteral("prefSmallCellMeaning"));
    m_smallCellMeaning->setWordWrap(true);
    m_editLists = new QPushButton(tr("Edit L&ists…"), this);
    m_editLists->setObjectName(QStringLiteral("prefEditListsButton"));
    m_editLists->setAutoDefault(false);
    m_editLists->setToolTip(tr("Supplies, naloxone products, drug checking methods and referral types"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("preferencesMessage"));
    m_message->setWordWrap(true);

    auto* you = new QGroupBox(tr("You"), this);
    auto* youForm = new QFormLayout(you);
    youForm->addRow(tr("&Name:"), m_name);
    youForm->addRow(tr("&Credentials:"), m_credentials);
    auto* agency = new QGroupBox(tr("Agency (printed on summaries when set)"), this);
    auto* agencyForm = new QFormLayout(agency);
    agencyForm->addRow(tr("A&gency name:"), m_agency);
    agencyForm->addRow(tr("Agency c&ontact:"), m_agencyContact);
    auto* work = new QGroupBox(tr("Working"), this);
    auto* workForm = new QFormLayout(work);
    workForm->addRow(tr("&Lock after idle for:"), m_idle);
    workForm->addRow(tr("Default note &format:"), m_format);
    workForm->addRow(tr("Lan&guage (after restart):"), m_language);
    auto* look = new QGroupBox(tr("Screen"), this);
    auto* lookForm = new QFormLayout(look);
    lookForm->addRow(tr("&Colours:"), m_theme);
    lookForm->addRow(tr("&Text size:"), m_textSize);
    auto* contacts = new QGroupBox(tr("Contacts and reports"), this);
    contacts->setObjectName(QStringLiteral("prefContactsGroup"));
    auto* contactsForm = new QFormLayout(contacts);
    contactsForm->addRow(tr("A new contact is recorded &with:"), m_identity);
    auto* identityNote = new QLabel(
        tr("No one is the usual choice: it collects the least. You can still choose for each contact."), contacts);
    identityNote->setWordWrap(true);
    contactsForm->addRow(identityNote);
    auto* smallCellRow = new QHBoxLayout;
    smallCellRow->addWidget(new QLabel(tr("from 1 to"), contacts));
    smallCellRow->addWidget(m_smallCell);
    smallCellRow->addStretch();
    contactsForm->addRow(tr("Counts to &hide in reports:"), smallCellRow);
    if (auto* rowLabel = qobject_cast<QLabel*>(contactsForm->labelForField(smallCellRow)))
        rowLabel->setBuddy(m_smallCell);
    contactsForm->addRow(m_smallCellMeaning);
    auto* listsRow = new QHBoxLayout;
    listsRow->addWidget(new QLabel(tr("What a contact can record, in the agency's words:"), contacts), 1);
    listsRow->addWidget(m_editLists);
    contactsForm->addRow(listsRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePreferencesButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Two columns, so everything shows at once on a laptop screen.
    auto* columns = new QGridLayout;
    columns->addWidget(you, 0, 0);
    columns->addWidget(agency, 1, 0);
    columns->addWidget(work, 2, 0);
    columns->addWidget(look, 0, 1);
    columns->addWidget(contacts, 1, 1, 2, 1);
    columns->setRowStretch(3, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_smallCell, &QSpinBox::valueChanged, this, &PreferencesDialog::showThresholdMeaning);
    connect(m_editLists, &QPushButton::clicked, this, &PreferencesDialog::editLists);

    if (auto c = m_domain.counselor().counselor(); c && c.value()) {
        m_name->setText(c.value()->name);
        m_credentials->setText(c.value()->credentials);
    }
    m_agency->setText(m_domain.counselor().setting(SettingKey::AgencyName).value_or(QString()));
    m_agencyContact->setPlainText(m_domain.counselor().setting(SettingKey::AgencyContact).value_or(QString()));
    const QString format = m_domain.counselor().setting(SettingKey::DefaultNoteFormat).value_or(QString());
    m_format->setCurrentIndex(qMax(0, m_format->findData(format.isEmpty() ? toKey(NoteFormat::Dap) : format)));
    const AppearanceSettings appearance = loadAppearance();
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(appearance.theme))));
    m_textSize->setValue(appearance.textPercent);
    m_idle->setValue(IdleLock::savedMinutes());
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(QSettings().value(QStringLiteral("ui/language")).toString())));
    if (auto identity = m_domain.counselor().defaultContactIdentity())
        m_identity->setCurrentIndex(qMax(0, m_identity->findData(toKey(identity.value()))));
    else
        m_message->setText(errorText(identity.error()));
    if (auto threshold = m_domain.counselor().smallCellThreshold())
        m_smallCell->setValue(threshold.value());
    else
        m_message->setText(errorText(threshold.error()));
    showThresholdMeaning();
    m_name->setFocus();
    fitToScreen(this, sizeHint());
}

void PreferencesDialog::showThresholdMeaning()
{
    const int n = m_smallCell->value();
    const QLocale locale;
    // Exactly what reports print. With 1, "<2" would say "1" outright, so a count of 1 is printed as "*".
    const QString shown = Suppression::text(n == 1 ? SuppressionMark::Withheld : SuppressionMark::Primary, n);
    m_smallCellMeaning->setText(
        tr("Counts from 1 to %1 are printed as “%2” so no one can be picked out; %3 is the usual rule.")
            .arg(locale.toString(n), shown, locale.toString(CounselorService::kDefaultSmallCellThreshold)));
}

void PreferencesDialog::editLists()
{
    ContactListsDialog dialog(m_domain, this);
    dialog.exec();
}

int PreferencesDialog::idleMinutes() const
{
    return m_idle->value();
}

void PreferencesDialog::accept()
{
    if (auto s = m_domain.counselor().setCounselor({m_name->text(), m_credentials->text()}); !s) {
        m_message->setText(errorText(s.error()));
        if (s.error().field == Field::CounselorName)
            m_name->setFocus();
        return;
    }
    for (const auto& [key, value] : {std::pair{SettingKey::AgencyName, m_agency->text().trimmed()},
                                     std::pair{SettingKey::AgencyContact, m_agencyContact->toPlainText().trimmed()},
                                     std::pair{SettingKey::DefaultNoteFormat, m_format->currentData().toString()}}) {
        if (auto s = m_domain.counselor().setSetting(key, value); !s) {
            m_message->setText(errorText(s.error()));
            return;
        }
    }
    if (auto identity = fromKey<ContactIdentity>(m_identity->currentData().toString())) {
        if (auto s = m_domain.counselor().setDefaultContactIdentity(*identity); !s) {
            m_message->setText(errorText(s.error()));
            m_identity->setFocus();
            return;
        }
    }
    if (auto s = m_domain.counselor().setSmallCellThreshold(m_smallCell->value()); !s) {
        m_message->setText(errorText(s.error()));
        m_smallCell->setFocus();
        return;
    }
    IdleLock::saveMinutes(m_idle->value());
    QSettings().setValue(QStringLiteral("ui/language"), m_language->currentData().toString());
    // Colours and text size take effect at once, in every window.
    const AppearanceSettings appearance{Theme(m_theme->currentData().toInt()), m_textSize->value()};
    saveAppearance(appearance);
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        applyAppearance(*app, appearance);
    QDialog::accept();
}

} // namespace continuum::ui
