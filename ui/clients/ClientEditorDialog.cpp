// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ClientEditorDialog.h"

#include "UiHooks.h"
#include "common/ErrorText.h"
#include "common/Labels.h"
#include "common/ScreenFit.h"
#include "common/Translations.h"
#include "domain/ClientService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

namespace {

enum SubstanceColumn { SubstanceName, Inject, Smoke, Snort, Swallow, OtherRoute, Prescribed, SubstanceColumns };

void addSubstanceRow(QTableWidget* table, const SubstanceUse& s)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, SubstanceName, new QTableWidgetItem(s.substance));
    const QList<SubstanceRoute> routes = allValues<SubstanceRoute>();
    for (int i = 0; i < routes.size(); ++i) {
        auto* item = new QTableWidgetItem;
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(s.routes.contains(routes.at(i)) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::AccessibleTextRole, label(routes.at(i)));
        table->setItem(row, Inject + i, item);
    }
    auto* prescribed = new QTableWidgetItem;
    prescribed->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    prescribed->setCheckState(s.prescribed ? Qt::Checked : Qt::Unchecked);
    table->setItem(row, Prescribed, prescribed);
}

} // namespace

ClientEditorDialog::ClientEditorDialog(ClientService* service, const Client& client, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_original(client)
{
    setObjectName(QStringLiteral("clientEditorDialog"));
    setWindowTitle(client.id.isNull() ? tr("New Client") : tr("Edit Profile"));

    m_chosenName = new QLineEdit(this);
    m_chosenName->setObjectName(QStringLiteral("chosenNameEdit"));
    m_chosenName->setAccessibleName(tr("Chosen name"));
    m_chosenName->setMaxLength(ClientService::kMaxChosenName);
    m_chosenName->setPlaceholderText(tr("The name they want to be called"));
    m_pronouns = new QLineEdit(this);
    m_pronouns->setObjectName(QStringLiteral("pronounsEdit"));
    m_pronouns->setAccessibleName(tr("Pronouns"));
    m_pronouns->setPlaceholderText(tr("e.g. she/her, they/them"));
    m_legalName = new QLineEdit(this);
    m_legalName->setObjectName(QStringLiteral("legalNameEdit"));
    m_legalName->setAccessibleName(tr("Legal name"));
    m_legalName->setPlaceholderText(tr("Only if needed; hidden unless asked for"));
    m_birthYear = new QSpinBox(this);
    m_birthYear->setObjectName(QStringLiteral("birthYearSpin"));
    m_birthYear->setAccessibleName(tr("Birth year"));
    m_birthYear->setRange(1899, QDate::currentDate().year());
    m_birthYear->setSpecialValueText(tr("not recorded"));
    m_agencyCode = new QLineEdit(this);
    m_agencyCode->setObjectName(QStringLiteral("agencyCodeEdit"));
    m_agencyCode->setAccessibleName(tr("Agency code"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setAccessibleName(tr("Phone"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setAccessibleName(tr("Email"));
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setAccessibleName(tr("Address or where to find them"));
    m_address->setTabChangesFocus(true);
    m_address->setMaximumHeight(60);
    m_contactHiddenNote =
        new QLabel(tr("Contact details are hidden for this person. They are kept as they are."), this);
    m_contactHiddenNote->setObjectName(QStringLiteral("contactHiddenNote"));
    m_contactHiddenNote->setWordWrap(true);
    m_housing = new QLineEdit(this);
    m_housing->setObjectName(QStringLiteral("housingEdit"));
    m_housing->setAccessibleName(tr("Housing situation"));
    m_housingDated = new QCheckBox(tr("as of"), this);
    m_housingDated->setObjectName(QStringLiteral("housingDatedCheck"));
    m_housingDate = new QDateEdit(QDate::currentDate(), this);
    m_housingDate->setObjectName(QStringLiteral("housingDateEdit"));
    m_housingDate->setAccessibleName(tr("Housing recorded on"));
    m_housingDate->setCalendarPopup(true);
    m_housingDate->setMaximumDate(QDate::currentDate());
    m_housingDate->setEnabled(false);
    connect(m_housingDated, &QCheckBox::toggled, m_housingDate, &QWidget::setEnabled);
    connect(m_housing, &QLineEdit::textEdited, this, [this] {
        m_housingDated->setChecked(true);
        m_housingDate->setDate(QDate::currentDate());
    });

    m_substances = new QTableWidget(0, SubstanceColumns, this);
    m_substances->setObjectName(QStringLiteral("substancesTable"));
    m_substances->setAccessibleName(tr("Substances and routes"));
    QStringList headers{tr("Substance")};
    for (SubstanceRoute r : allValues<SubstanceRoute>())
        headers.append(label(r));
    headers.append(tr("Prescribed"));
    m_substances->setHorizontalHeaderLabels(headers);
    // Each route as wide as its heading, the substance's name taking the rest; the table never narrower than
    // that with room for a name, so no heading is cut and the table never scrolls sideways.
    QHeaderView* columns = m_substances->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(SubstanceName, QHeaderView::Stretch);
    m_substances->verticalHeader()->hide();
    m_substances->setMinimumHeight(90);
    int tableWidth =
        std::max(columns->sectionSizeHint(SubstanceName), m_substances->fontMetrics().averageCharWidth() * 14);
    for (int column = SubstanceName + 1; column < SubstanceColumns; ++column)
        tableWidth += columns->sectionSizeHint(column);
    m_substances->setMinimumWidth(
        tableWidth + 2 * m_substances->frameWidth() +
        m_substances->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_substances));
    auto* addSubstance = new QPushButton(tr("&Add substance"), this);
    addSubstance->setObjectName(QStringLiteral("addSubstanceButton"));
    auto* removeSubstance = new QPushButton(tr("Re&move"), this);
    removeSubstance->setObjectName(QStringLiteral("removeSubstanceButton"));
    connect(addSubstance, &QPushButton::clicked, this, [this] {
        addSubstanceRow(m_substances, {});
        m_substances->setCurrentCell(m_substances->rowCount() - 1, SubstanceName);
        m_substances->editItem(m_substances->item(m_substances->rowCount() - 1, SubstanceName));
    });
    connect(removeSubstance, &QPushButton::clicked, this, [this] {
        if (m_substances->currentRow() >= 0)
            m_substances->removeRow(m_substances->currentRow());
    });

    m_safetyFlag = new QCheckBox(tr("&Hide address and contact details everywhere (safety)"), this);
    m_safetyFlag->setObjectName(QStringLiteral("safetyFlagCheck"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("clientNotesEdit"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    // What they take home prints in their language; their own words are never translated.
    m_printLanguage = new QComboBox(this);
    m_printLanguage->setObjectName(QStringLiteral("printLanguageCombo"));
    m_printLanguage->addItem(tr("Same as the program's"), QString());
    for (const QString& code : catalogueLanguages())
        m_printLanguage->addItem(nativeLanguageName(code), code);
    m_printLanguage->setToolTip(tr("The language of the goal summary they take home. Their own words print "
                                   "exactly as they wrote them."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("clientEditorMessage"));
    m_message->setWordWrap(true);
    QPalette warn = m_message->palette();
    warn.setColor(QPalette::WindowText, palette().color(QPalette::Highlight));
    m_message->setPalette(warn);

    auto* who = new QGroupBox(tr("Who they are"), this);
    auto* whoForm = new QFormLayout(who);
    whoForm->addRow(tr("C&hosen name:"), m_chosenName);
    whoForm->addRow(tr("&Pronouns:"), m_pronouns);
    whoForm->addRow(tr("&Legal name:"), m_legalName);
    whoForm->addRow(tr("&Birth year:"), m_birthYear);
    whoForm->addRow(tr("A&gency code:"), m_agencyCode);
    whoForm->addRow(tr("Lang&uage for printouts:"), m_printLanguage);
    auto* contact = new QGroupBox(tr("Contact"), this);
    auto* contactForm = new QFormLayout(contact);
    contactForm->addRow(m_contactHiddenNote);
    contactForm->addRow(tr("P&hone:"), m_phone);
    contactForm->addRow(tr("E&mail:"), m_email);
    contactForm->addRow(tr("Add&ress:"), m_address);
    contactForm->addRow(m_safetyFlag);
    auto* situation = new QGroupBox(tr("Situation"), this);
    auto* situationForm = new QFormLayout(situation);
    auto* housingRow = new QHBoxLayout;
    housingRow->addWidget(m_housing, 1);
    housingRow->addWidget(m_housingDated);
    housingRow->addWidget(m_housingDate);
    auto* housingLabel = new QLabel(tr("Hou&sing:"), this);
    housingLabel->setBuddy(m_housing);
    situationForm->addRow(housingLabel, housingRow);
    auto* substanceButtons = new QHBoxLayout;
    substanceButtons->addWidget(addSubstance);
    substanceButtons->addWidget(removeSubstance);
    substanceButtons->addStretch();
    auto* substanceBox = new QVBoxLayout;
    substanceBox->addWidget(m_substances);
    substanceBox->addLayout(substanceButtons);
    situationForm->addRow(tr("Substances:"), substanceBox);
    situationForm->addRow(tr("&Notes:"), m_notes);

    auto* intro =
        new QLabel(tr("Only the chosen name is needed. Record no more than the person is comfortable with."), this);
    intro->setWordWrap(true);
    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(intro);
    contentLayout->addWidget(who);
    contentLayout->addWidget(contact);
    contentLayout->addWidget(situation);
    auto* scroll = new QScrollArea(this);
    // Not a stop for Tab (it could show no focus): its fields take focus and are scrolled into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveClientButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ClientEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // As wide as the form needs (within the screen), so it scrolls down, never sideways.
    const QMargins margins = layout->contentsMargins();
    const int formWidth = content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() +
                          margins.left() + margins.right();
    fitToScreen(this, QSize(std::max(620, formWidth), 720));

    load(client);
    m_opened = edited();
    m_chosenName->setFocus();
}

bool ClientEditorDialog::hasChanges() const
{
    return edited() != m_opened;
}

void ClientEditorDialog::reject()
{
    if (hasChanges() && !UiHooks::instance().confirmOrGoBack(this, tr("Discard what you typed?"),
                                                             tr("What you typed here has not been saved. Discard it?"),
                                                             tr("&Discard"), tr("&Keep Editing"))) {
        return; // keep editing: everything stays as typed
    }
    QDialog::reject();
}

void ClientEditorDialog::load(const Client& c)
{
    m_chosenName->setText(c.chosenName);
    m_pronouns->setText(c.pronouns);
    m_legalName->setText(c.legalName);
    m_birthYear->setValue(c.birthYear.value_or(m_birthYear->minimum()));
    m_agencyCode->setText(c.agencyCode);
    m_phone->setText(c.phone);
    m_email->setText(c.email);
    m_address->setPlainText(c.address);
    // Contact details that were withheld are neither shown nor editable, and saving keeps them.
    m_contactHiddenNote->setVisible(c.contactHidden);
    for (QWidget* w : std::initializer_list<QWidget*>{m_phone, m_email, m_address})
        w->setEnabled(!c.contactHidden);
    m_housing->setText(c.housing);
    m_housingDated->setChecked(c.housingRecordedOn.has_value());
    if (c.housingRecordedOn)
        m_housingDate->setDate(*c.housingRecordedOn);
    for (const SubstanceUse& s : c.substances)
        addSubstanceRow(m_substances, s);
    m_safetyFlag->setChecked(c.safetyFlag);
    m_notes->setPlainText(c.notes);
    int language = m_printLanguage->findData(c.printLanguage);
    if (language < 0) {
        // A language kept on the record with no catalogue here (a vault from another computer): kept, as its code.
        m_printLanguage->addItem(c.printLanguage, c.printLanguage);
        language = m_printLanguage->count() - 1;
    }
    m_printLanguage->setCurrentIndex(language);
}

Client ClientEditorDialog::edited() const
{
    Client c = m_original;
    c.chosenName = m_chosenName->text();
    c.pronouns = m_pronouns->text();
    c.legalName = m_legalName->text();
    c.birthYear =
        m_birthYear->value() == m_birthYear->minimum() ? std::nullopt : std::optional<int>(m_birthYear->value());
    if (c.birthDate && c.birthYear != c.birthDate->year())
        c.birthDate.reset();
    c.agencyCode = m_agencyCode->text();
    c.phone = m_phone->text();
    c.email = m_email->text();
    c.address = m_address->toPlainText();
    c.housing = m_housing->text();
    c.housingRecordedOn = m_housingDated->isChecked() ? std::optional<QDate>(m_housingDate->date()) : std::nullopt;
    c.substances.clear();
    const QList<SubstanceRoute> routes = allValues<SubstanceRoute>();
    for (int row = 0; row < m_substances->rowCount(); ++row) {
        const QTableWidgetItem* name = m_substances->item(row, SubstanceName);
        if (!name || name->text().trimmed().isEmpty())
            continue;
        SubstanceUse s;
        s.substance = name->text().trimmed();
        for (int i = 0; i < routes.size(); ++i) {
            if (m_substances->item(row, Inject + i)->checkState() == Qt::Checked)
                s.routes.append(routes.at(i));
        }
        s.prescribed = m_substances->item(row, Prescribed)->checkState() == Qt::Checked;
        c.substances.append(s);
    }
    c.safetyFlag = m_safetyFlag->isChecked();
    c.notes = m_notes->toPlainText();
    c.printLanguage = m_printLanguage->currentData().toString();
    return c;
}

void ClientEditorDialog::showError(Field field, const QString& message)
{
    m_message->setText(message);
    QWidget* target = nullptr;
    switch (field) {
    case Field::ChosenName: target = m_chosenName; break;
    case Field::Pronouns: target = m_pronouns; break;
    case Field::LegalName: target = m_legalName; break;
    case Field::BirthYear:
    case Field::BirthDate: target = m_birthYear; break;
    case Field::AgencyCode: target = m_agencyCode; break;
    case Field::Phone: target = m_phone; break;
    case Field::Email: target = m_email; break;
    case Field::Address: target = m_address; break;
    case Field::Housing:
    case Field::HousingRecordedOn: target = m_housing; break;
    case Field::Substances: target = m_substances; break;
    case Field::Notes: target = m_notes; break;
    case Field::PrintLanguage: target = m_printLanguage; break;
    default: break; // a field this dialog does not show, or none: the message says what to do
    }
    if (target)
        target->setFocus();
}

void ClientEditorDialog::accept()
{
    if (!m_service)
        return;
    const Client c = edited();
    Status saved;
    if (c.id.isNull()) {
        auto id = m_service->create(c);
        if (id)
            m_savedId = id.value();
        else
            saved = id.error();
    } else {
        saved = m_service->update(c);
        if (saved)
            m_savedId = c.id;
    }
    if (!saved) {
        const Error& e = saved.error();
        showError(e.field, errorText(e)); // for a refused value, the sentence for its field and reason
        return;                           // everything typed stays in the form
    }
    QDialog::accept();
}

} // namespace continuum::ui
