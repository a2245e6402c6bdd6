// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "IdleLock.h"
#include "common/Appearance.h"
#include "common/ErrorText.h"
#include "common/Labels.h"
#include "domain/Domain.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
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
    // One entry per catalogue shipped inside the program.
    for (const QString& file : QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("continuum_*.qm")})) {
        const QString code = file.mid(10, file.size() - 13);
        const QLocale locale(code);
        m_language->addItem(locale.nativeLanguageName().isEmpty() ? code : locale.nativeLanguageName(), code);
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
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("savePreferencesButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(you);
    layout->addWidget(agency);
    layout->addWidget(work);
    layout->addWidget(look);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

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
    m_name->setFocus();
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
