// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactEditorDialog.h"

#include "UiHooks.h"
#include "common/ErrorText.h"
#include "common/ScreenFit.h"
#include "contacts/ContactLabels.h"
#include "domain/ClientService.h"
#include "domain/ContactListService.h"
#include "domain/ContactService.h"
#include "domain/CounselorService.h"
#include "domain/Domain.h"
#include "domain/PositiveChangeService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

namespace {

constexpr int kNoAnswer = -1;
const QDate kNoDate(2000, 1, 1);      // the overdose date's "Not recorded"
constexpr int kMaxQuantity = 1000000; // no cap in the record; only what a spin box can hold

QComboBox* yesNoCombo(QWidget* parent, const QString& notAsked)
{
    auto* c = new QComboBox(parent);
    c->addItem(notAsked, kNoAnswer);
    c->addItem(ContactEditorDialog::tr("Yes"), 1);
    c->addItem(ContactEditorDialog::tr("No"), 0);
    return c;
}

std::optional<bool> yesNo(const QComboBox* c)
{
    const int v = c->currentData().toInt();
    if (v == kNoAnswer)
        return std::nullopt;
    return v == 1;
}

void setYesNo(QComboBox* c, std::optional<bool> v)
{
    c->setCurrentIndex(c->findData(v ? (*v ? 1 : 0) : kNoAnswer));
}

template<typename E>
std::optional<E> enumData(const QComboBox* c)
{
    const int v = c->currentData().toInt();
    if (v < 0)
        return std::nullopt;
    return static_cast<E>(v);
}

template<typename E>
void setEnumData(QComboBox* c, std::optional<E> v)
{
    c->setCurrentIndex(std::max(0, c->findData(v ? int(*v) : -1)));
}

QSpinBox* spin(QWidget* parent, const QString& name, int min, int max)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(min, max);
    s->setAccessibleName(name);
    return s;
}

QList<ContactListItem> activeItems(Domain& domain, ContactList list, const QList<ContactListItemId>& alsoKeep)
{
    QList<ContactListItem> out;
    for (const ContactListItem& item : domain.contactLists().items(list).value_or(QList<ContactListItem>{}))
        if (!item.retired || alsoKeep.contains(item.id))
            out.append(item);
    return out;
}

} // namespace

ContactEditorDialog::ContactEditorDialog(Domain& domain, ContactId contact, std::optional<ClientId> client,
                                         QWidget* parent)
    : QDialog(parent)
    , m_domain(domain)
    , m_contact(contact)
{
    setObjectName(QStringLiteral("contactEditorDialog"));
    setWindowTitle(contact.isNull() ? tr("Record Contact") : tr("Correct Contact"));

    if (!contact.isNull()) {
        if (auto c = domain.contacts().contact(contact))
            m_previous = c->current.fields;
    } else {
        m_previous.identity = domain.counselor().defaultContactIdentity().value_or(ContactIdentity::Anonymous);
        if (client) {
            m_previous.identity = ContactIdentity::Known;
            m_previous.client = client;
        }
    }
    setUp();
}

ContactEditorDialog::ContactEditorDialog(Domain& domain, const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_domain(domain)
{
    setObjectName(QStringLiteral("contactEditorDialog"));
    setWindowTitle(tr("Record Contact"));
    m_previous.identity = ContactIdentity::Coded;
    m_previous.clientCode = code;
    setUp();
}

void ContactEditorDialog::setUp()
{
    buildForm();
    load(m_previous);
    m_opened = draft();

    // Where the counselor starts typing: who it was with when that still needs saying, else where.
    if (!m_code->isHidden() && m_code->text().isEmpty())
        m_code->setFocus();
    else if (!m_client->isHidden() && !chosenClient())
        m_client->setFocus();
    else
        m_setting->setFocus();
}

void ContactEditorDialog::buildForm()
{
    // The lists, with any retired item the contact being corrected still names.
    QList<ContactListItemId> supplies, products, methods, referrals;
    for (const SupplyGiven& s : m_previous.supplies)
        supplies.append(s.item);
    for (const NaloxoneGiven& n : m_previous.naloxone)
        products.append(n.item);
    for (const DrugCheck& c : m_previous.drugChecks)
        methods.append(c.method);
    for (const ReferralMade& r : m_previous.referrals)
        referrals.append(r.type);
    m_supplyItems = activeItems(m_domain, ContactList::Supply, supplies);
    m_products = activeItems(m_domain, ContactList::NaloxoneProduct, products);
    m_methods = activeItems(m_domain, ContactList::CheckingMethod, methods);
    m_referralTypes = activeItems(m_domain, ContactList::ReferralType, referrals);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);

    // Who, when, where: created in the order Tab goes through them.
    auto* basics = new QFormLayout;
    m_identity = new QComboBox(content);
    m_identity->setObjectName(QStringLiteral("contactIdentityCombo"));
    m_identity->setAccessibleName(tr("With"));
    for (ContactIdentity i : {ContactIdentity::Anonymous, ContactIdentity::Coded, ContactIdentity::Known})
        m_identity->addItem(label(i), int(i));
    basics->addRow(tr("&With:"), m_identity);
    m_code = new QLineEdit(content);
    m_code->setObjectName(QStringLiteral("contactCodeEdit"));
    m_code->setAccessibleName(tr("Code"));
    m_code->setMaxLength(ContactService::kMaxCode);
    m_code->setPlaceholderText(tr("The code your agency uses; no name"));
    m_codeLabel = new QLabel(tr("&Code:"), content);
    m_codeLabel->setBuddy(m_code);
    basics->addRow(m_codeLabel, m_code);
    m_client = new QLineEdit(content);
    m_client->setObjectName(QStringLiteral("contactClientEdit"));
    m_client->setAccessibleName(tr("Client"));
    m_client->setPlaceholderText(tr("Type their chosen name"));
    QStringList names;
    ClientQuery everyone;
    everyone.statuses = StatusFilter::All;
    everyone.limit = 5000;
    const QList<ClientSummary> people = m_domain.clients().search(everyone).value_or(QList<ClientSummary>{});
    QHash<QString, int> seen;
    for (const ClientSummary& p : people)
        ++seen[p.chosenName];
    for (const ClientSummary& p : people) {
        // Two people with one name are told apart by their code.
        const QString shown = seen.value(p.chosenName) > 1 && !p.agencyCode.isEmpty()
                                  ? tr("%1 (%2)").arg(p.chosenName, p.agencyCode)
                                  : p.chosenName;
        if (!m_clientsByName.contains(shown)) {
            m_clientsByName.insert(shown, p.id);
            names.append(shown);
        }
    }
    auto* completer = new QCompleter(names, m_client);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_client->setCompleter(completer);
    m_clientLabel = new QLabel(tr("Cl&ient:"), content);
    m_clientLabel->setBuddy(m_client);
    basics->addRow(m_clientLabel, m_client);
    m_when = new QDateTimeEdit(QDateTime::currentDateTime(), content);
    m_when->setObjectName(QStringLiteral("contactWhenEdit"));
    m_when->setAccessibleName(tr("When"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    basics->addRow(tr("Whe&n:"), m_when);
    m_setting = new QComboBox(content);
    m_setting->setObjectName(QStringLiteral("contactSettingCombo"));
    m_setting->setAccessibleName(tr("Where"));
    m_setting->addItem(tr("Not recorded"), -1);
    for (ContactSetting s : allValues<ContactSetting>())
        m_setting->addItem(label(s), int(s));
    basics->addRow(tr("W&here:"), m_setting);
    m_duration = spin(content, QStringLiteral("contactDurationSpin"), 0, 24 * 60);
    m_duration->setAccessibleName(tr("How long"));
    m_duration->setSpecialValueText(tr("Not recorded"));
    m_duration->setSuffix(tr(" min"));
    basics->addRow(tr("How &long:"), m_duration);
    contentLayout->addLayout(basics);

    // Supplies: a compact grid, a number each; 0 is none. Two to a row, so the longer names (Spanish) fit.
    auto* suppliesBox = new QGroupBox(tr("Supplies given"), content);
    auto* grid = new QGridLayout(suppliesBox);
    constexpr int kColumns = 2;
    for (int i = 0; i < m_supplyItems.size(); ++i) {
        const ContactListItem& item = m_supplyItems.at(i);
        auto* s = spin(suppliesBox, QStringLiteral("supplySpin_%1").arg(item.id.value), 0, kMaxQuantity);
        s->setAccessibleName(itemText(item));
        s->setSpecialValueText(tr("–"));
        auto* l = new QLabel(itemText(item), suppliesBox);
        l->setBuddy(s);
        grid->addWidget(l, i / kColumns, (i % kColumns) * 2);
        grid->addWidget(s, i / kColumns, (i % kColumns) * 2 + 1);
        m_supplies.append(s);
    }
    for (int column = 0; column < kColumns; ++column)
        grid->setColumnStretch(column * 2, 1); // the room goes to the names, not the numbers
    contentLayout->addWidget(suppliesBox);

    // Naloxone: the product, then what was given and its total in doses on one line, then whether they were
    // shown how (the order Tab goes through them).
    auto* naloxoneBox = new QGroupBox(tr("Overdose reversal medication (naloxone)"), content);
    auto* naloxone = new QFormLayout(naloxoneBox);
    m_product = new QComboBox(naloxoneBox);
    m_product->setObjectName(QStringLiteral("naloxoneProductCombo"));
    m_product->setAccessibleName(tr("Product"));
    for (const ContactListItem& p : m_products)
        m_product->addItem(itemText(p), p.id.value);
    m_kits = spin(naloxoneBox, QStringLiteral("naloxoneKitsSpin"), 0, kMaxQuantity);
    m_kits->setAccessibleName(tr("Kits"));
    m_singleDoses = spin(naloxoneBox, QStringLiteral("naloxoneDosesSpin"), 0, kMaxQuantity);
    m_singleDoses->setAccessibleName(tr("Single doses"));
    m_shown = yesNoCombo(naloxoneBox, tr("Not asked"));
    m_shown->setObjectName(QStringLiteral("naloxoneShownCombo"));
    m_shown->setAccessibleName(tr("Shown how to use it"));
    m_doses = new QLabel(naloxoneBox);
    m_doses->setObjectName(QStringLiteral("naloxoneTotalLabel"));
    naloxone->addRow(tr("&Product:"), m_product);
    auto* given = new QHBoxLayout;
    given->addWidget(m_kits);
    auto* singleLabel = new QLabel(tr("Single &doses:"), naloxoneBox);
    singleLabel->setBuddy(m_singleDoses);
    given->addSpacing(12);
    given->addWidget(singleLabel);
    given->addWidget(m_singleDoses);
    given->addSpacing(12);
    given->addWidget(m_doses);
    given->addStretch();
    auto* kitsLabel = new QLabel(tr("&Kits:"), naloxoneBox);
    kitsLabel->setBuddy(m_kits);
    naloxone->addRow(kitsLabel, given);
    naloxone->addRow(tr("Sh&own how to use it:"), m_shown);
    contentLayout->addWidget(naloxoneBox);

    // A drug check.
    m_check = new QGroupBox(tr("Dr&ug check"), content);
    m_check->setObjectName(QStringLiteral("drugCheckGroup"));
    m_check->setCheckable(true);
    m_check->setChecked(false);
    // What a group holds shows only once it is ticked: an unticked group takes one line.
    auto* checkBody = new QWidget(m_check);
    (new QVBoxLayout(m_check))->addWidget(checkBody);
    checkBody->setVisible(false);
    connect(m_check, &QGroupBox::toggled, checkBody, &QWidget::setVisible);
    auto* check = new QFormLayout(checkBody);
    check->setContentsMargins(0, 0, 0, 0);
    m_method = new QComboBox(m_check);
    m_method->setObjectName(QStringLiteral("checkMethodCombo"));
    m_method->setAccessibleName(tr("Method"));
    for (const ContactListItem& m : m_methods)
        m_method->addItem(itemText(m), m.id.value);
    check->addRow(tr("&Method:"), m_method);
    m_expected = new QLineEdit(m_check);
    m_expected->setObjectName(QStringLiteral("checkExpectedEdit"));
    m_expected->setAccessibleName(tr("What they expected"));
    m_expected->setMaxLength(ContactService::kMaxText);
    check->addRow(tr("E&xpected:"), m_expected);
    m_result = new QComboBox(m_check);
    m_result->setObjectName(QStringLiteral("checkResultCombo"));
    m_result->setAccessibleName(tr("Result"));
    m_result->addItem(tr("Not recorded"), -1);
    for (DrugCheckResult r : allValues<DrugCheckResult>())
        m_result->addItem(label(r), int(r));
    m_readingAid = new QLabel(stripReadingAid(), m_check);
    m_readingAid->setObjectName(QStringLiteral("readingAidLabel"));
    m_readingAid->setWordWrap(true);
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result);
    resultRow->addWidget(m_readingAid, 1);
    auto* resultLabel = new QLabel(tr("R&esult:"), m_check);
    resultLabel->setBuddy(m_result);
    check->addRow(resultLabel, resultRow);
    m_planWords = new QLineEdit(m_check);
    m_planWords->setObjectName(QStringLiteral("checkPlanEdit"));
    m_planWords->setAccessibleName(tr("Their plan, in their words"));
    m_planWords->setMaxLength(ContactService::kMaxText);
    check->addRow(tr("Pl&an (their words):"), m_planWords);
    m_planUseLess = new QCheckBox(tr("Use less"), m_check);
    m_planUseLess->setObjectName(QStringLiteral("planUseLessCheck"));
    m_planWithSomeone = new QCheckBox(tr("Use with someone"), m_check);
    m_planWithSomeone->setObjectName(QStringLiteral("planWithSomeoneCheck"));
    m_planNaloxoneNear = new QCheckBox(tr("Keep naloxone near"), m_check);
    m_planNaloxoneNear->setObjectName(QStringLiteral("planNaloxoneNearCheck"));
    m_planNotUse = new QCheckBox(tr("Not use it"), m_check);
    m_planNotUse->setObjectName(QStringLiteral("planNotUseCheck"));
    m_planNoChange = new QCheckBox(tr("No change"), m_check);
    m_planNoChange->setObjectName(QStringLiteral("planNoChangeCheck"));
    auto* plans = new QGridLayout;
    plans->addWidget(m_planUseLess, 0, 0);
    plans->addWidget(m_planWithSomeone, 0, 1);
    plans->addWidget(m_planNaloxoneNear, 0, 2);
    plans->addWidget(m_planNotUse, 1, 0);
    plans->addWidget(m_planNoChange, 1, 1);
    check->addRow(QString(), plans);
    contentLayout->addWidget(m_check);

    // An overdose they told about: never asked for, never required.
    m_overdose = new QGroupBox(tr("An o&verdose they told about (never required)"), content);
    m_overdose->setObjectName(QStringLiteral("overdoseGroup"));
    m_overdose->setCheckable(true);
    m_overdose->setChecked(false);
    auto* overdoseBody = new QWidget(m_overdose);
    (new QVBoxLayout(m_overdose))->addWidget(overdoseBody);
    overdoseBody->setVisible(false);
    connect(m_overdose, &QGroupBox::toggled, overdoseBody, &QWidget::setVisible);
    auto* od = new QFormLayout(overdoseBody);
    od->setContentsMargins(0, 0, 0, 0);
    m_whose = new QComboBox(m_overdose);
    m_whose->setObjectName(QStringLiteral("overdoseWhoseCombo"));
    m_whose->setAccessibleName(tr("Whose"));
    for (OverdoseWhose w : allValues<OverdoseWhose>())
        m_whose->addItem(label(w), int(w));
    od->addRow(tr("Whose:"), m_whose);
    m_overdoseOn = new QDateEdit(m_overdose);
    m_overdoseOn->setObjectName(QStringLiteral("overdoseDateEdit"));
    m_overdoseOn->setAccessibleName(tr("When it happened"));
    m_overdoseOn->setMinimumDate(kNoDate);
    m_overdoseOn->setMaximumDate(QDate::currentDate());
    m_overdoseOn->setSpecialValueText(tr("Not recorded"));
    m_overdoseOn->setDate(kNoDate);
    m_overdoseOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    od->addRow(tr("When:"), m_overdoseOn);
    m_overdoseDoses = spin(m_overdose, QStringLiteral("overdoseDosesSpin"), -1, 99);
    m_overdoseDoses->setAccessibleName(tr("Naloxone doses used"));
    m_overdoseDoses->setSpecialValueText(tr("Not recorded"));
    m_overdoseDoses->setValue(-1);
    od->addRow(tr("Naloxone doses used:"), m_overdoseDoses);
    m_called911 = yesNoCombo(m_overdose, tr("Not asked"));
    m_called911->setObjectName(QStringLiteral("overdose911Combo"));
    m_called911->setAccessibleName(tr("911 called"));
    od->addRow(tr("911 called:"), m_called911);
    m_outcome = new QComboBox(m_overdose);
    m_outcome->setObjectName(QStringLiteral("overdoseOutcomeCombo"));
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Not recorded"), -1);
    for (OverdoseOutcome o : allValues<OverdoseOutcome>())
        m_outcome->addItem(label(o), int(o));
    od->addRow(tr("Outcome:"), m_outcome);
    contentLayout->addWidget(m_overdose);

    // Referrals made.
    m_referrals = new QListWidget(content);
    m_referrals->setObjectName(QStringLiteral("referralList"));
    m_referrals->setAccessibleName(tr("Referrals made"));
    m_referrals->setFlow(QListView::LeftToRight);
    m_referrals->setWrapping(true);
    m_referrals->setResizeMode(QListView::Adjust);
    m_referrals->setMaximumHeight(110);
    for (const ContactListItem& r : m_referralTypes) {
        auto* item = new QListWidgetItem(itemText(r), m_referrals);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
        item->setData(Qt::UserRole, r.id.value);
    }
    auto* referralLabel = new QLabel(tr("&Referrals made (Space ticks one):"), content);
    referralLabel->setBuddy(m_referrals);
    contentLayout->addWidget(referralLabel);
    contentLayout->addWidget(m_referrals);

    // The note, and (correcting) why.
    m_note = new QPlainTextEdit(content);
    m_note->setObjectName(QStringLiteral("contactNoteEdit"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(70);
    auto* noteLabel = new QLabel(tr("No&te (optional):"), content);
    noteLabel->setBuddy(m_note);
    m_noteReason =
        new QLabel(tr("An anonymous contact keeps no note, so nothing in it can point to a person."), content);
    m_noteReason->setObjectName(QStringLiteral("noteDisabledReason"));
    m_noteReason->setWordWrap(true);
    contentLayout->addWidget(noteLabel);
    contentLayout->addWidget(m_note);
    contentLayout->addWidget(m_noteReason);
    // A change the person counts (issue 15), in their words: a known person's only, saved with a new contact.
    m_change = new QLineEdit(content);
    m_change->setObjectName(QStringLiteral("contactChangeEdit"));
    m_change->setAccessibleName(tr("A change they count, in their words"));
    m_change->setMaxLength(PositiveChangeService::kMaxWords);
    m_change->setPlaceholderText(tr("For a known person only: as they say it"));
    auto* changeLabel = new QLabel(tr("A chan&ge they count (optional):"), content);
    changeLabel->setBuddy(m_change);
    contentLayout->addWidget(changeLabel);
    contentLayout->addWidget(m_change);
    changeLabel->setVisible(!isCorrection());
    m_change->setVisible(!isCorrection());
    m_reason = new QLineEdit(content);
    m_reason->setObjectName(QStringLiteral("correctionReasonEdit"));
    m_reason->setAccessibleName(tr("Why it changed"));
    m_reason->setMaxLength(ContactService::kMaxReason);
    m_reason->setPlaceholderText(tr("Needed: it stays with the record"));
    auto* reasonLabel = new QLabel(tr("Wh&y it changed:"), content);
    reasonLabel->setBuddy(m_reason);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    contentLayout->addLayout(reasonRow);
    reasonLabel->setVisible(isCorrection());
    m_reason->setVisible(isCorrection());
    contentLayout->addStretch();

    auto* scroll = new QScrollArea(this);
    // Not a stop for Tab (it could show no focus): its fields take focus and are scrolled into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("contactEditorMessage"));
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    QPalette warn = m_message->palette();
    warn.setColor(QPalette::WindowText, palette().color(QPalette::Highlight));
    m_message->setPalette(warn);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* save = buttons->button(QDialogButtonBox::Save);
    save->setObjectName(QStringLiteral("saveContactButton"));
    save->setText(isCorrection() ? tr("Save Correction") : tr("Save"));
    save->setToolTip(tr("Ctrl+Return"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ContactEditorDialog::reject);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &ContactEditorDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    // As wide as the form needs (within the screen), so it scrolls down, never sideways.
    const QMargins margins = layout->contentsMargins();
    const int formWidth = content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() +
                          margins.left() + margins.right();
    fitToScreen(this, QSize(std::max(720, formWidth), 760));

    connect(m_identity, &QComboBox::currentIndexChanged, this, &ContactEditorDialog::updateIdentity);
    connect(m_client, &QLineEdit::textChanged, this, &ContactEditorDialog::updateIdentity);
    connect(m_product, &QComboBox::currentIndexChanged, this, &ContactEditorDialog::updateDoses);
    connect(m_kits, &QSpinBox::valueChanged, this, &ContactEditorDialog::updateDoses);
    connect(m_singleDoses, &QSpinBox::valueChanged, this, &ContactEditorDialog::updateDoses);
    connect(m_method, &QComboBox::currentIndexChanged, this, &ContactEditorDialog::updateReadingAid);
}

void ContactEditorDialog::load(const ContactDraft& d)
{
    m_identity->setCurrentIndex(m_identity->findData(int(d.identity)));
    m_code->setText(d.clientCode);
    if (d.client) {
        for (auto it = m_clientsByName.cbegin(); it != m_clientsByName.cend(); ++it)
            if (it.value() == *d.client)
                m_client->setText(it.key());
    }
    if (d.occurredAt)
        m_when->setDateTime(d.occurredAt->toLocalTime());
    m_loadedWhen = m_when->dateTime();
    setEnumData(m_setting, d.setting);
    m_duration->setValue(d.durationMinutes.value_or(0));
    for (const SupplyGiven& s : d.supplies)
        for (int i = 0; i < m_supplyItems.size(); ++i)
            if (m_supplyItems.at(i).id == s.item)
                m_supplies.at(i)->setValue(m_supplies.at(i)->value() + s.quantity);
    if (!d.naloxone.isEmpty()) {
        const NaloxoneGiven& n = d.naloxone.first();
        m_product->setCurrentIndex(std::max(0, m_product->findData(n.item.value)));
        m_kits->setValue(n.kits);
        m_singleDoses->setValue(n.singleDoses);
    }
    setYesNo(m_shown, d.naloxoneShown);
    if (!d.drugChecks.isEmpty()) {
        const DrugCheck& c = d.drugChecks.first();
        m_check->setChecked(true);
        m_method->setCurrentIndex(std::max(0, m_method->findData(c.method.value)));
        m_expected->setText(c.expected);
        setEnumData(m_result, c.result);
        m_planWords->setText(c.planWords);
        m_planUseLess->setChecked(c.planUseLess);
        m_planWithSomeone->setChecked(c.planWithSomeone);
        m_planNaloxoneNear->setChecked(c.planNaloxoneNear);
        m_planNotUse->setChecked(c.planNotUse);
        m_planNoChange->setChecked(c.planNoChange);
    }
    if (!d.overdoses.isEmpty()) {
        const OverdoseReport& o = d.overdoses.first();
        m_overdose->setChecked(true);
        m_whose->setCurrentIndex(m_whose->findData(int(o.whose)));
        m_overdoseOn->setDate(o.occurredOn.value_or(kNoDate));
        m_overdoseDoses->setValue(o.naloxoneDoses.value_or(-1));
        setYesNo(m_called911, o.called911);
        setEnumData(m_outcome, o.outcome);
    }
    for (const ReferralMade& r : d.referrals)
        for (int i = 0; i < m_referrals->count(); ++i)
            if (m_referrals->item(i)->data(Qt::UserRole).toLongLong() == r.type.value)
                m_referrals->item(i)->setCheckState(Qt::Checked);
    m_note->setPlainText(d.note);
    updateIdentity();
    updateDoses();
    updateReadingAid();
}

std::optional<ClientId> ContactEditorDialog::chosenClient() const
{
    const QString text = m_client->text().trimmed();
    if (m_clientsByName.contains(text))
        return m_clientsByName.value(text);
    // One person whose name is typed in another case is still that person.
    std::optional<ClientId> found;
    for (auto it = m_clientsByName.cbegin(); it != m_clientsByName.cend(); ++it) {
        if (it.key().compare(text, Qt::CaseInsensitive) == 0) {
            if (found)
                return std::nullopt;
            found = it.value();
        }
    }
    return found;
}

ContactDraft ContactEditorDialog::draft() const
{
    ContactDraft d;
    d.identity = static_cast<ContactIdentity>(m_identity->currentData().toInt());
    if (d.identity == ContactIdentity::Coded)
        d.clientCode = m_code->text();
    if (d.identity == ContactIdentity::Known)
        d.client = chosenClient();
    // Untouched, the moment stays what it was: the recorded one, or for a new contact the moment it is saved.
    d.occurredAt = m_when->dateTime() == m_loadedWhen ? m_previous.occurredAt : m_when->dateTime();
    d.setting = enumData<ContactSetting>(m_setting);
    if (m_duration->value() > 0)
        d.durationMinutes = m_duration->value();
    d.naloxoneShown = yesNo(m_shown);
    if (d.identity != ContactIdentity::Anonymous)
        d.note = m_note->toPlainText();

    // A row unchanged from the revision being corrected is copied as it was, so it keeps its label.
    for (int i = 0; i < m_supplyItems.size(); ++i) {
        const int quantity = m_supplies.at(i)->value();
        if (quantity <= 0)
            continue;
        SupplyGiven s{m_supplyItems.at(i).id, quantity, {}};
        for (const SupplyGiven& was : m_previous.supplies)
            if (was.item == s.item && was.quantity == quantity)
                s = was;
        d.supplies.append(s);
    }
    if (m_product->count() > 0 && (m_kits->value() > 0 || m_singleDoses->value() > 0)) {
        NaloxoneGiven n;
        n.item = ContactListItemId(m_product->currentData().toLongLong());
        n.kits = m_kits->value();
        n.singleDoses = m_singleDoses->value();
        if (!m_previous.naloxone.isEmpty()) {
            const NaloxoneGiven& was = m_previous.naloxone.first();
            if (was.item == n.item && was.kits == n.kits && was.singleDoses == n.singleDoses)
                n = was;
        }
        d.naloxone.append(n);
    }
    // Rows the form does not show (a second product, check or overdose) stay as they were.
    d.naloxone.append(m_previous.naloxone.mid(1));
    if (m_check->isChecked() && m_method->count() > 0) {
        DrugCheck c;
        c.method = ContactListItemId(m_method->currentData().toLongLong());
        c.expected = m_expected->text();
        c.result = enumData<DrugCheckResult>(m_result);
        c.planWords = m_planWords->text();
        c.planUseLess = m_planUseLess->isChecked();
        c.planWithSomeone = m_planWithSomeone->isChecked();
        c.planNaloxoneNear = m_planNaloxoneNear->isChecked();
        c.planNotUse = m_planNotUse->isChecked();
        c.planNoChange = m_planNoChange->isChecked();
        if (!m_previous.drugChecks.isEmpty()) {
            DrugCheck was = m_previous.drugChecks.first();
            c.label = was.method == c.method ? was.label : QString();
        }
        d.drugChecks.append(c);
    }
    d.drugChecks.append(m_previous.drugChecks.mid(1));
    if (m_overdose->isChecked()) {
        OverdoseReport o;
        o.whose = static_cast<OverdoseWhose>(m_whose->currentData().toInt());
        if (m_overdoseOn->date() != kNoDate)
            o.occurredOn = m_overdoseOn->date();
        if (m_overdoseDoses->value() >= 0)
            o.naloxoneDoses = m_overdoseDoses->value();
        o.called911 = yesNo(m_called911);
        o.outcome = enumData<OverdoseOutcome>(m_outcome);
        d.overdoses.append(o);
    }
    d.overdoses.append(m_previous.overdoses.mid(1));
    for (int i = 0; i < m_referrals->count(); ++i) {
        const QListWidgetItem* item = m_referrals->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        ReferralMade r{ContactListItemId(item->data(Qt::UserRole).toLongLong()), {}, {}};
        for (const ReferralMade& was : m_previous.referrals)
            if (was.type == r.type)
                r = was; // the same referral: what came of it follows it
        d.referrals.append(r);
    }
    return d;
}

bool ContactEditorDialog::hasChanges() const
{
    return draft() != m_opened || !m_reason->text().trimmed().isEmpty() || !m_change->text().trimmed().isEmpty();
}

void ContactEditorDialog::updateIdentity()
{
    const auto identity = static_cast<ContactIdentity>(m_identity->currentData().toInt());
    m_codeLabel->setVisible(identity == ContactIdentity::Coded);
    m_code->setVisible(identity == ContactIdentity::Coded);
    m_clientLabel->setVisible(identity == ContactIdentity::Known);
    m_client->setVisible(identity == ContactIdentity::Known);
    const bool anonymous = identity == ContactIdentity::Anonymous;
    m_note->setEnabled(!anonymous);
    m_noteReason->setVisible(anonymous);
    m_change->setEnabled(identity == ContactIdentity::Known && chosenClient().has_value());
}

void ContactEditorDialog::updateDoses()
{
    int perKit = 1;
    for (const ContactListItem& p : m_products)
        if (p.id.value == m_product->currentData().toLongLong())
            perKit = p.dosesPerKit.value_or(1);
    if (!m_previous.naloxone.isEmpty() && m_previous.naloxone.first().dosesPerKit > 0 &&
        m_previous.naloxone.first().item.value == m_product->currentData().toLongLong())
        perKit = m_previous.naloxone.first().dosesPerKit; // a recorded kit keeps the doses it had
    const int doses = m_kits->value() * perKit + m_singleDoses->value();
    m_doses->setText(tr("= %n dose(s)", "", doses));
    m_kits->setToolTip(tr("A kit of this product holds %n dose(s)", "", perKit));
}

void ContactEditorDialog::updateReadingAid()
{
    const qint64 chosen = m_method->currentData().toLongLong();
    const auto method = std::find_if(m_methods.cbegin(), m_methods.cend(),
                                     [chosen](const ContactListItem& m) { return m.id.value == chosen; });
    m_readingAid->setVisible(method != m_methods.cend() && isTestStrip(*method));
}

void ContactEditorDialog::showError(const QString& text, QWidget* field)
{
    m_message->setText(text);
    m_message->setVisible(true);
    if (field && field->isVisible() && field->isEnabled())
        field->setFocus();
}

void ContactEditorDialog::accept()
{
    const ContactDraft d = draft();
    if (d.identity == ContactIdentity::Known && !d.client) {
        showError(m_client->text().trimmed().isEmpty()
                      ? tr("Type the person's chosen name and choose them from the list, or record the contact as "
                           "coded or anonymous.")
                      : tr("No one on your caseload is called “%1”. Choose a name from the list, or record the "
                           "contact as coded or anonymous.")
                            .arg(m_client->text().trimmed()),
                  m_client);
        return;
    }
    if (isCorrection() && m_reason->text().trimmed().isEmpty()) {
        showError(tr("Say why it changed: the reason stays with the record, next to what it said before."), m_reason);
        return;
    }
    // A change they count goes with a new contact with a known person; checked first, so a refusal saves nothing.
    NewPositiveChange change;
    const bool withChange = !isCorrection() && !m_change->text().trimmed().isEmpty();
    if (withChange) {
        if (d.identity != ContactIdentity::Known || !d.client) {
            showError(tr("A change they count is kept in a known person's record. Choose the person, or clear the "
                         "change."),
                      m_change);
            return;
        }
        const QDate today = m_domain.positiveChanges().today();
        change.client = *d.client;
        change.words = m_change->text();
        change.noticedOn = d.occurredAt ? std::min(d.occurredAt->toLocalTime().date(), today) : today;
        if (const Status s = m_domain.positiveChanges().check(change); !s) {
            showError(errorText(s.error()), m_change);
            return;
        }
    }
    Status status;
    if (isCorrection()) {
        status = m_domain.contacts().correct(m_contact, d, m_reason->text().trimmed());
        if (status)
            m_saved = m_contact;
    } else {
        auto id = m_domain.contacts().record(d);
        if (id)
            m_saved = *id;
        else
            status = id.error();
    }
    if (!status) {
        // Refused: the field's problem in plain words; everything typed stays.
        QWidget* field = nullptr;
        switch (status.error().field) {
        case Field::ClientCode: field = m_code; break;
        case Field::Client: field = m_client; break;
        case Field::ContactNote: field = m_note; break;
        case Field::ContactTime: field = m_when; break;
        case Field::CorrectionReason: field = m_reason; break;
        default: break;
        }
        showError(errorText(status.error()), field);
        return;
    }
    if (withChange) {
        change.contact = m_saved;
        if (auto id = m_domain.positiveChanges().add(change); !id)
            UiHooks::instance().warning(
                this, windowTitle(),
                tr("The contact is saved, but the change they count is not: %1").arg(errorText(id.error())));
    }
    QDialog::accept();
}

void ContactEditorDialog::reject()
{
    // The lock closes the dialog with done(Rejected), which never comes here and never asks.
    if (hasChanges() && !UiHooks::instance().confirmOrGoBack(this, tr("Discard this contact?"),
                                                             tr("What you typed here has not been saved. Discard it?"),
                                                             tr("&Discard"), tr("&Keep Editing"))) {
        return;
    }
    QDialog::reject();
}

} // namespace continuum::ui
