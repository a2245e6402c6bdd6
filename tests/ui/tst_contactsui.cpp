// SPDX-License-Identifier: GPL-3.0-or-later
// Harm-reduction contacts in the window (issue 13): recorded by keyboard in seconds (the keys are counted
// and the time printed), with no one, a code or a known client; no note for an anonymous contact; a refused
// save keeps what was typed; a correction asks why and keeps the history.
#include "MainWindow.h"
#include "UiHooks.h"
#include "contacts/ContactEditorDialog.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactsView.h"
#include "domain/Domain.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "views/ClientPage.h"
#include "views/TodayView.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

struct Fixture {
    QTemporaryDir tmp;
    FixedClock clock{QDateTime::currentDateTimeUtc()};
    Vault::Created created = createTestVault(tmp.filePath(QStringLiteral("v")));
    Domain domain{created.vault->database(), clock};
    ClientId client;

    Fixture()
    {
        (void)domain.counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")});
        Client c;
        c.chosenName = QStringLiteral("Sky");
        client = domain.clients().create(c).value();
        Client other;
        other.chosenName = QStringLiteral("Jordan");
        (void)domain.clients().create(other).value();
    }
    ContactListItem item(ContactList list, const QString& label)
    {
        const QList<ContactListItem> items = domain.contactLists().items(list).value();
        for (const ContactListItem& i : items)
            if (i.label == label)
                return i;
        return {};
    }
    Contact contact(ContactId id) { return domain.contacts().contact(id).value(); }
};

/// Keys sent to whichever widget has the keyboard focus, as a person would, and counted.
struct Keyboard {
    int count = 0;
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus, "nothing has the keyboard focus");
        QTest::keyClick(focus, key, modifiers);
        ++count;
    }
    void type(const QString& text)
    {
        for (QChar c : text) {
            QWidget* focus = QApplication::focusWidget();
            QVERIFY2(focus, "nothing has the keyboard focus");
            QTest::keyClick(focus, c.toLatin1());
            ++count;
        }
    }
};

struct Answer {
    int asked = 0;
    explicit Answer(bool answer)
    {
        UiHooks::instance().confirmOrGoBack = [this, answer](QWidget*, const QString&, const QString&, const QString&,
                                                             const QString&) {
            ++asked;
            return answer;
        };
    }
    ~Answer() { UiHooks::reset(); }
};

bool showActive(QDialog& d)
{
    d.show();
    d.activateWindow();
    return QTest::qWaitForWindowActive(&d);
}

} // namespace

class TestContactsUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The English catalogue gives "%n" messages their singular and plural, as the program does.
        QVERIFY2(m_english.load(QStringLiteral(CONTINUUM_EN_QM)), CONTINUUM_EN_QM);
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }
    void init()
    {
        // A question nobody answers would hang the test: the discard question says "discard".
        UiHooks::instance().confirmOrGoBack = [](QWidget*, const QString&, const QString&, const QString&,
                                                 const QString&) { return true; };
    }
    void cleanup() { UiHooks::reset(); }
    void typicalOutreachContactByKeyboard();
    void codedContactByKeyboard();
    void knownContactByKeyboard();
    void knownContactPresetFromClientPage();
    void anonymousKeepsNoNote();
    void refusedSaveKeepsEverythingTyped();
    void correctionAsksWhyAndKeepsHistory();
    void escapeAsksBeforeDiscarding();
    void drugCheckShowsReadingAidForStrips();
    void overdoseIsNeverRequired();
    void contactsViewFiltersAndPages();
    void contactsViewKeepsItsPlaceOnRefresh();
    void contactsViewCorrectsAndMarksEnteredInError();
    void todayShowsContactsAndWaitingReferrals();
    void clientPageHasContactsTab();
    void mainWindowActions();

private:
    QTranslator m_english;
};

void TestContactsUi::typicalOutreachContactByKeyboard()
{
    Fixture fx;
    ContactEditorDialog d(fx.domain, ContactId());
    QVERIFY(showActive(d));
    Keyboard keys;
    QElapsedTimer timer;
    timer.start();
    keys.type(QStringLiteral("o"));                  // where: Outreach
    keys.press(Qt::Key_Tab);                         // how long
    keys.press(Qt::Key_Tab);                         // the first supply: syringes
    keys.type(QStringLiteral("10"));                 // 10 syringes
    keys.press(Qt::Key_K, Qt::AltModifier);          // naloxone kits
    keys.type(QStringLiteral("1"));                  // 1 kit of the first product (nasal)
    keys.press(Qt::Key_O, Qt::AltModifier);          // shown how to use it
    keys.type(QStringLiteral("y"));                  // yes
    keys.press(Qt::Key_Return, Qt::ControlModifier); // save
    const qint64 ms = timer.elapsed();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QVERIFY(!d.savedId().isNull());
    qInfo("typical outreach contact: %d keystrokes, %lld ms", keys.count, ms);
    QVERIFY2(keys.count <= 20, qPrintable(QStringLiteral("%1 keystrokes").arg(keys.count)));

    const ContactDraft stored = fx.contact(d.savedId()).current.fields;
    QCOMPARE(stored.identity, ContactIdentity::Anonymous);
    QVERIFY(!stored.client);
    QVERIFY(stored.clientCode.isEmpty());
    QCOMPARE(stored.setting, std::optional(ContactSetting::Outreach));
    QCOMPARE(stored.supplies.size(), 1);
    QCOMPARE(stored.supplies.first().item, fx.item(ContactList::Supply, QStringLiteral("Syringes")).id);
    QCOMPARE(stored.supplies.first().quantity, 10);
    QCOMPARE(stored.naloxone.size(), 1);
    QCOMPARE(stored.naloxone.first().kits, 1);
    QCOMPARE(stored.naloxone.first().label, QStringLiteral("Nasal 4 mg"));
    QCOMPARE(stored.naloxone.first().doses(), 2);
    QCOMPARE(stored.naloxoneShown, std::optional(true));
    QVERIFY(stored.note.isEmpty());
    QVERIFY(stored.drugChecks.isEmpty());
    QVERIFY(stored.overdoses.isEmpty());
}

void TestContactsUi::codedContactByKeyboard()
{
    Fixture fx;
    QVERIFY(fx.domain.counselor().setDefaultContactIdentity(ContactIdentity::Coded));
    ContactEditorDialog d(fx.domain, ContactId());
    QVERIFY(showActive(d));
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&d, "contactCodeEdit")); // the code comes first
    Keyboard keys;
    keys.type(QStringLiteral("AB-12"));
    keys.press(Qt::Key_H, Qt::AltModifier); // where
    keys.type(QStringLiteral("d"));         // Drop-in
    keys.press(Qt::Key_T, Qt::AltModifier); // the note
    keys.type(QStringLiteral("Asked for wound care"));
    keys.press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const ContactDraft stored = fx.contact(d.savedId()).current.fields;
    QCOMPARE(stored.identity, ContactIdentity::Coded);
    QCOMPARE(stored.clientCode, QStringLiteral("AB-12"));
    QVERIFY(!stored.client);
    QCOMPARE(stored.setting, std::optional(ContactSetting::DropIn));
    QCOMPARE(stored.note, QStringLiteral("Asked for wound care"));
    QCOMPARE(fx.domain.contacts().contactsOfCode(QStringLiteral("AB-12"))->size(), 1);
}

void TestContactsUi::knownContactByKeyboard()
{
    Fixture fx;
    ContactEditorDialog d(fx.domain, ContactId());
    QVERIFY(showActive(d));
    Keyboard keys;
    keys.press(Qt::Key_W, Qt::AltModifier); // with
    keys.type(QStringLiteral("k"));         // Known client
    keys.press(Qt::Key_Tab);                // the client's name
    QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(&d, "contactClientEdit"));
    keys.type(QStringLiteral("sky"));       // a name in any case; the list of names offers it
    keys.press(Qt::Key_Tab);                // closes the list of names
    keys.press(Qt::Key_H, Qt::AltModifier); // where
    keys.type(QStringLiteral("p"));         // Phone
    keys.press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const ContactDraft stored = fx.contact(d.savedId()).current.fields;
    QCOMPARE(stored.identity, ContactIdentity::Known);
    QCOMPARE(stored.client, std::optional(fx.client));
    QCOMPARE(stored.setting, std::optional(ContactSetting::Phone));
    QCOMPARE(fx.domain.contacts().contactsOfClient(fx.client)->size(), 1);
}

void TestContactsUi::knownContactPresetFromClientPage()
{
    Fixture fx;
    ContactEditorDialog d(fx.domain, ContactId(), fx.client);
    QVERIFY(showActive(d));
    QCOMPARE(child<QComboBox>(&d, "contactIdentityCombo")->currentData().toInt(), int(ContactIdentity::Known));
    QCOMPARE(child<QLineEdit>(&d, "contactClientEdit")->text(), QStringLiteral("Sky"));
    QCOMPARE(QApplication::focusWidget(), child<QComboBox>(&d, "contactSettingCombo"));
    Keyboard keys;
    keys.type(QStringLiteral("o"));
    keys.press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(fx.contact(d.savedId()).current.fields.client, std::optional(fx.client));
    QCOMPARE(keys.count, 2);
}

void TestContactsUi::anonymousKeepsNoNote()
{
    Fixture fx;
    QVERIFY(fx.domain.counselor().setDefaultContactIdentity(ContactIdentity::Coded));
    ContactEditorDialog d(fx.domain, ContactId());
    QVERIFY(showActive(d));
    auto* note = child<QPlainTextEdit>(&d, "contactNoteEdit");
    auto* reason = child<QLabel>(&d, "noteDisabledReason");
    QVERIFY(note->isEnabled());
    QVERIFY(!reason->isVisible());
    note->setPlainText(QStringLiteral("Sleeps by the river"));
    auto* with = child<QComboBox>(&d, "contactIdentityCombo");
    with->setCurrentIndex(with->findData(int(ContactIdentity::Anonymous)));
    QVERIFY(!note->isEnabled());
    QVERIFY(reason->isVisible());
    QCOMPARE(reason->text(),
             QStringLiteral("An anonymous contact keeps no note, so nothing in it can point to a person."));
    QVERIFY(d.draft().note.isEmpty());
    QVERIFY(!child<QLineEdit>(&d, "contactCodeEdit")->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const ContactDraft stored = fx.contact(d.savedId()).current.fields;
    QVERIFY(stored.note.isEmpty());
    QVERIFY(stored.clientCode.isEmpty());

    // Core refuses a note on an anonymous contact too.
    ContactDraft sneaky;
    sneaky.note = QStringLiteral("x");
    QVERIFY(!fx.domain.contacts().record(sneaky));
}

void TestContactsUi::refusedSaveKeepsEverythingTyped()
{
    Fixture fx;
    ContactEditorDialog d(fx.domain, ContactId());
    QVERIFY(showActive(d));
    auto* with = child<QComboBox>(&d, "contactIdentityCombo");
    auto* message = child<QLabel>(&d, "contactEditorMessage");
    auto* kits = child<QSpinBox>(&d, "naloxoneKitsSpin");
    kits->setValue(3);

    // A coded contact with no code.
    with->setCurrentIndex(with->findData(int(ContactIdentity::Coded)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(d.isVisible());
    QVERIFY(message->isVisible());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(kits->value(), 3);

    // A code with a space at its end.
    auto* code = child<QLineEdit>(&d, "contactCodeEdit");
    code->setText(QStringLiteral("AB-12 "));
    message->clear();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(d.isVisible());
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), code);
    QCOMPARE(code->text(), QStringLiteral("AB-12 "));
    QCOMPARE(kits->value(), 3);

    // A known client nobody is called.
    with->setCurrentIndex(with->findData(int(ContactIdentity::Known)));
    auto* client = child<QLineEdit>(&d, "contactClientEdit");
    client->setText(QStringLiteral("Nobody"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(d.isVisible());
    QVERIFY(message->text().contains(QStringLiteral("Nobody")));
    QCOMPARE(client->text(), QStringLiteral("Nobody"));
    QCOMPARE(kits->value(), 3);
    QCOMPARE(fx.domain.contacts().day(QDate::currentDate())->counts.contacts, 0);

    // Put right, it saves.
    client->setText(QStringLiteral("Sky"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(fx.contact(d.savedId()).current.fields.naloxone.first().kits, 3);
}

void TestContactsUi::correctionAsksWhyAndKeepsHistory()
{
    Fixture fx;
    ContactDraft first;
    first.setting = ContactSetting::Outreach;
    first.supplies.append({fx.item(ContactList::Supply, QStringLiteral("Syringes")).id, 10, {}});
    first.referrals.append({fx.item(ContactList::ReferralType, QStringLiteral("Housing")).id, {}, {}});
    const ContactId id = fx.domain.contacts().record(first).value();
    const QUuid referral = fx.contact(id).current.fields.referrals.first().referral;

    ContactEditorDialog d(fx.domain, id);
    QVERIFY(showActive(d));
    QVERIFY(d.isCorrection());
    auto* reason = child<QLineEdit>(&d, "correctionReasonEdit");
    QVERIFY(reason->isVisible());
    QCOMPARE(child<QComboBox>(&d, "contactSettingCombo")->currentData().toInt(), int(ContactSetting::Outreach));
    const auto syringes =
        QStringLiteral("supplySpin_%1").arg(fx.item(ContactList::Supply, QStringLiteral("Syringes")).id.value);
    auto* spin = child<QSpinBox>(&d, syringes);
    QCOMPARE(spin->value(), 10);
    spin->setValue(20);

    // No reason: asked for one, nothing saved.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(d.isVisible());
    QCOMPARE(QApplication::focusWidget(), reason);
    QVERIFY(!child<QLabel>(&d, "contactEditorMessage")->text().isEmpty());
    QCOMPARE(fx.contact(id).history.size(), 1);

    Keyboard keys;
    keys.type(QStringLiteral("Counted twice"));
    keys.press(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const Contact c = fx.contact(id);
    QCOMPARE(c.history.size(), 2);
    QCOMPARE(c.history.first().fields.supplies.first().quantity, 10);
    QCOMPARE(c.current.fields.supplies.first().quantity, 20);
    QCOMPARE(c.current.reason, QStringLiteral("Counted twice"));
    QCOMPARE(c.current.fields.referrals.first().referral, referral); // the referral follows the correction
}

void TestContactsUi::escapeAsksBeforeDiscarding()
{
    Fixture fx;
    {
        // Nothing typed: Escape closes without a question.
        Answer answer(false);
        ContactEditorDialog d(fx.domain, ContactId());
        QVERIFY(showActive(d));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(answer.asked, 0);
        QVERIFY(!d.isVisible());
    }
    {
        // Typed: asked; "keep editing" keeps everything.
        Answer answer(false);
        ContactEditorDialog d(fx.domain, ContactId());
        QVERIFY(showActive(d));
        QTest::keyClick(QApplication::focusWidget(), 'o');
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(answer.asked, 1);
        QVERIFY(d.isVisible());
        QCOMPARE(d.draft().setting, std::optional(ContactSetting::Outreach));
        // The lock closes it with done(Rejected): no question.
        d.done(QDialog::Rejected);
        QCOMPARE(answer.asked, 1);
        QVERIFY(!d.isVisible());
    }
    {
        Answer answer(true);
        ContactEditorDialog d(fx.domain, ContactId());
        QVERIFY(showActive(d));
        QTest::keyClick(QApplication::focusWidget(), 'o');
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QCOMPARE(answer.asked, 1);
        QVERIFY(!d.isVisible());
    }
    QCOMPARE(fx.domain.contacts().day(QDate::currentDate())->counts.contacts, 0);
}

void TestContactsUi::drugCheckShowsReadingAidForStrips()
{
    Fixture fx;
    ContactEditorDialog d(fx.domain, ContactId());
    QVERIFY(showActive(d));
    auto* group = child<QGroupBox>(&d, "drugCheckGroup");
    group->setChecked(true);
    auto* method = child<QComboBox>(&d, "checkMethodCombo");
    auto* aid = child<QLabel>(&d, "readingAidLabel");
    method->setCurrentIndex(method->findText(QStringLiteral("Fentanyl test strip")));
    QVERIFY(aid->isVisible());
    QVERIFY(aid->text().contains(QStringLiteral("however faint, means negative")));
    method->setCurrentIndex(method->findText(QStringLiteral("FTIR")));
    QVERIFY(!aid->isVisible());
    method->setCurrentIndex(method->findText(QStringLiteral("Fentanyl test strip")));
    auto* result = child<QComboBox>(&d, "checkResultCombo");
    result->setCurrentIndex(result->findData(int(DrugCheckResult::Positive)));
    child<QLineEdit>(&d, "checkExpectedEdit")->setText(QStringLiteral("heroin"));
    child<QLineEdit>(&d, "checkPlanEdit")->setText(QStringLiteral("try a small amount first"));
    child<QCheckBox>(&d, "planNaloxoneNearCheck")->setChecked(true);
    child<QCheckBox>(&d, "planWithSomeoneCheck")->setChecked(true);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const DrugCheck c = fx.contact(d.savedId()).current.fields.drugChecks.value(0);
    QCOMPARE(c.label, QStringLiteral("Fentanyl test strip"));
    QCOMPARE(c.result, std::optional(DrugCheckResult::Positive));
    QCOMPARE(c.expected, QStringLiteral("heroin"));
    QCOMPARE(c.planWords, QStringLiteral("try a small amount first"));
    QVERIFY(c.planNaloxoneNear && c.planWithSomeone && !c.planUseLess && !c.planNotUse && !c.planNoChange);
}

void TestContactsUi::overdoseIsNeverRequired()
{
    Fixture fx;
    ContactEditorDialog d(fx.domain, ContactId());
    QVERIFY(showActive(d));
    // The group is there but off; supplies save without it.
    QVERIFY(!child<QGroupBox>(&d, "overdoseGroup")->isChecked());
    child<QGroupBox>(&d, "overdoseGroup")->setChecked(true); // told about, but no details given
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(d.result(), int(QDialog::Accepted));
    const QList<OverdoseReport> ods = fx.contact(d.savedId()).current.fields.overdoses;
    QCOMPARE(ods.size(), 1);
    QVERIFY(!ods.first().occurredOn && !ods.first().naloxoneDoses && !ods.first().called911 && !ods.first().outcome);
}

namespace {

/// Records n anonymous or coded contacts a minute apart, newest now.
void recordMany(Fixture& fx, int n, const QString& code = {})
{
    for (int i = 0; i < n; ++i) {
        ContactDraft d;
        if (!code.isEmpty()) {
            d.identity = ContactIdentity::Coded;
            d.clientCode = code;
        }
        d.occurredAt = fx.clock.now().addSecs(-60 * i);
        d.setting = ContactSetting::Outreach;
        QVERIFY(fx.domain.contacts().record(d));
    }
}

void showCustomPeriod(ContactsView& view, const QDate& from, const QDate& to)
{
    auto* period = child<QComboBox>(&view, "contactPeriodCombo");
    child<QDateEdit>(&view, "contactFromEdit")->setDate(from);
    child<QDateEdit>(&view, "contactToEdit")->setDate(to);
    period->setCurrentIndex(period->findData(int(ContactsView::Period::Custom)));
}

} // namespace

void TestContactsUi::contactsViewFiltersAndPages()
{
    Fixture fx;
    recordMany(fx, 230);
    recordMany(fx, 3, QStringLiteral("RIVER-7"));
    ContactDraft known;
    known.identity = ContactIdentity::Known;
    known.client = fx.client;
    known.naloxone.append({fx.item(ContactList::NaloxoneProduct, QStringLiteral("Nasal 4 mg")).id, 2, 0, {}, 0});
    QVERIFY(fx.domain.contacts().record(known));

    ContactsView view(fx.domain);
    const QDate today = fx.clock.now().toLocalTime().date();
    showCustomPeriod(view, today.addDays(-2), today);
    ContactListModel* model = view.model();
    QCOMPARE(model->rowCount(), ContactListModel::kPage); // a page, not the whole table
    QVERIFY(model->canFetchMore());
    model->fetchMore();
    model->fetchMore();
    QCOMPARE(model->rowCount(), 234);
    QVERIFY(!model->canFetchMore());

    // Newest first: the known contact was recorded last, at the same minute as the first of the others.
    auto* who = child<QComboBox>(&view, "contactWhoCombo");
    who->setCurrentIndex(who->findData(int(ContactIdentity::Known)));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, ContactListModel::WithColumn).data().toString(), QStringLiteral("Sky"));
    QCOMPARE(model->index(0, ContactListModel::NaloxoneColumn).data().toString(), QStringLiteral("4"));
    who->setCurrentIndex(who->findData(int(ContactIdentity::Coded)));
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(0, ContactListModel::WithColumn).data().toString(), QStringLiteral("RIVER-7"));
    who->setCurrentIndex(0);
    child<QLineEdit>(&view, "contactCodeFilterEdit")->setText(QStringLiteral("iver"));
    QCOMPARE(model->rowCount(), 3);
    child<QLineEdit>(&view, "contactCodeFilterEdit")->setText(QStringLiteral("nobody-has-this"));
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(!child<QLabel>(&view, "contactsEmptyLabel")->isHidden());
    child<QLineEdit>(&view, "contactCodeFilterEdit")->clear();
    child<QCheckBox>(&view, "filterNaloxoneCheck")->setChecked(true);
    QCOMPARE(model->rowCount(), 1);
    child<QCheckBox>(&view, "filterNaloxoneCheck")->setChecked(false);
    auto* where = child<QComboBox>(&view, "contactWhereCombo");
    where->setCurrentIndex(where->findData(int(ContactSetting::Phone)));
    QCOMPARE(model->rowCount(), 0);
    where->setCurrentIndex(0);
    // A period before anything was recorded; a "from" after "to" is read the right way round.
    showCustomPeriod(view, today.addDays(-40), today.addDays(-30));
    QCOMPARE(model->rowCount(), 0);
    showCustomPeriod(view, today, today.addDays(-1));
    QCOMPARE(model->rowCount(), ContactListModel::kPage);

    // The preset periods start where they should.
    auto* period = child<QComboBox>(&view, "contactPeriodCombo");
    const QDate wed(2026, 11, 25);
    period->setCurrentIndex(period->findData(int(ContactsView::Period::ThisWeek)));
    QCOMPARE(view.filter(wed).from, std::optional(QDate(2026, 11, 23)));
    period->setCurrentIndex(period->findData(int(ContactsView::Period::ThisMonth)));
    QCOMPARE(view.filter(wed).from, std::optional(QDate(2026, 11, 1)));
    period->setCurrentIndex(period->findData(int(ContactsView::Period::ThisQuarter)));
    QCOMPARE(view.filter(wed).from, std::optional(QDate(2026, 10, 1)));
}

void TestContactsUi::contactsViewKeepsItsPlaceOnRefresh()
{
    Fixture fx;
    recordMany(fx, 80);
    ContactsView view(fx.domain);
    view.resize(900, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QDate today = fx.clock.now().toLocalTime().date();
    showCustomPeriod(view, today.addDays(-2), today);
    QTableView* table = view.table();
    table->setCurrentIndex(view.model()->index(60, 0));
    table->scrollTo(view.model()->index(60, 0));
    const ContactId selected = view.model()->contactAt(60);
    const int scroll = table->verticalScrollBar()->value();
    QVERIFY(scroll > 0);

    // Corrected elsewhere: the same rows, in place.
    ContactDraft d = fx.contact(selected).current.fields;
    d.durationMinutes = 5;
    QVERIFY(fx.domain.contacts().correct(selected, d, QStringLiteral("Forgot the length")));
    view.recordChanged({RecordChange::Kind::Contact, std::nullopt, selected.value});
    QCOMPARE(view.model()->contactAt(table->currentIndex().row()), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);

    // A new one at the top: the selection follows its contact.
    recordMany(fx, 1);
    view.recordChanged({RecordChange::Kind::Contact, std::nullopt, 0});
    QCOMPARE(view.model()->rowCount(), 81);
    QCOMPARE(view.model()->contactAt(table->currentIndex().row()), selected);
}

void TestContactsUi::contactsViewCorrectsAndMarksEnteredInError()
{
    Fixture fx;
    recordMany(fx, 2);
    ContactsView view(fx.domain);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTableView* table = view.table();
    table->setFocus();
    table->setCurrentIndex(view.model()->index(0, 0));
    const ContactId first = view.model()->contactAt(0);

    // Enter opens it for correction.
    WITH_DIALOG(
        QStringLiteral("contactEditorDialog"), [&] { QTest::keyClick(table, Qt::Key_Return); },
        [](QDialog* d) {
            QVERIFY(child<QLineEdit>(d, "correctionReasonEdit")->isVisible());
            auto* where = child<QComboBox>(d, "contactSettingCombo");
            where->setCurrentIndex(where->findData(int(ContactSetting::DropIn)));
            child<QLineEdit>(d, "correctionReasonEdit")->setText(QStringLiteral("It was at the drop-in"));
            d->accept();
        });
    QCOMPARE(fx.contact(first).history.size(), 2);
    QCOMPARE(fx.contact(first).current.fields.setting, std::optional(ContactSetting::DropIn));

    // Marked as entered in error: an empty reason is refused and asked again; then it no longer counts.
    int warned = 0;
    UiHooks::instance().warning = [&](QWidget*, const QString&, const QString&) { ++warned; };
    view.recordChanged({RecordChange::Kind::Contact, std::nullopt, first.value});
    table->setCurrentIndex(view.model()->index(view.model()->rowOf(first), 0));
    const QStringList reasons{QStringLiteral("   "), QStringLiteral("Recorded twice")};
    for (const QString& reason : reasons) {
        WITH_DIALOG(
            QStringLiteral("enteredInErrorDialog"), [&] { child<QPushButton>(&view, "enteredInErrorButton")->click(); },
            [&](QDialog* d) {
                auto* input = qobject_cast<QInputDialog*>(d);
                QVERIFY(input);
                input->setTextValue(reason);
                input->accept();
            });
        if (reason.trimmed().isEmpty()) {
            QCOMPARE(warned, 1); // no reason: refused, said why
            QCOMPARE(fx.contact(first).current.status, ContactStatus::Counted);
        }
    }
    QCOMPARE(warned, 1);
    UiHooks::reset();
    QCOMPARE(fx.contact(first).current.status, ContactStatus::EnteredInError);
    QCOMPARE(fx.domain.contacts().day(fx.clock.now().toLocalTime().date())->counts.contacts, 1);
    view.recordChanged({RecordChange::Kind::Contact, std::nullopt, first.value});
    QCOMPARE(view.model()->rowCount(), 1); // the view lists counted contacts
}

void TestContactsUi::todayShowsContactsAndWaitingReferrals()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir tmp;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FixedClock clock(now.addDays(-40));
    Workspace ws(clock);
    QVERIFY(ws.open(createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
    Domain& domain = ws.domain();
    const ContactListItemId housing = [&] {
        const QList<ContactListItem> items = domain.contactLists().items(ContactList::ReferralType).value();
        for (const ContactListItem& i : items)
            if (i.label == QStringLiteral("Housing"))
                return i.id;
        return ContactListItemId();
    }();
    ContactDraft old;
    old.identity = ContactIdentity::Coded;
    old.clientCode = QStringLiteral("RIVER-7");
    old.referrals.append({housing, {}, {}});
    QVERIFY(domain.contacts().record(old));
    clock.set(now);
    ContactDraft a;
    a.supplies.append({domain.contactLists().items(ContactList::Supply).value().first().id, 10, {}});
    QVERIFY(domain.contacts().record(a));
    QVERIFY(domain.contacts().record(old)); // a coded one today, with a referral

    TodayView today(ws);
    auto* tree = child<QTreeWidget>(&today, "todayTree");
    QList<QTreeWidgetItem*> rows = rowsOf(tree, QStringLiteral("Contacts today"));
    QCOMPARE(rows.size(), 3); // the numbers, then one line per contact
    QVERIFY2(rows.at(0)->text(0).startsWith(QStringLiteral(
                 "1 anonymous contact · 1 coded contact · 0 contacts with a known client · 10 supply items")),
             qPrintable(rows.at(0)->text(0)));
    QVERIFY2(rows.at(0)->text(0).contains(QStringLiteral("1 referral")), qPrintable(rows.at(0)->text(0)));
    QStringList lines{rows.at(1)->text(0), rows.at(2)->text(0)};
    QVERIFY2(lines.join(u'|').contains(QStringLiteral("Anonymous")), qPrintable(lines.join(u'|')));
    QVERIFY(lines.join(u'|').contains(QStringLiteral("RIVER-7")));

    QList<QTreeWidgetItem*> waiting = rowsOf(tree, QStringLiteral("Referrals waiting for an outcome"));
    QCOMPARE(waiting.size(), 1); // the one 40 days old; today's is not waiting yet
    QVERIFY(waiting.at(0)->text(0).contains(QStringLiteral("Housing")));
    tree->setCurrentItem(waiting.at(0));
    auto* outcome = child<QPushButton>(&today, "referralOutcomeButton");
    QVERIFY(outcome->isEnabled());
    WITH_DIALOG(
        QStringLiteral("referralOutcomeDialog"), [&] { outcome->click(); },
        [](QDialog* d) {
            auto* input = qobject_cast<QInputDialog*>(d);
            QVERIFY(input);
            input->setTextValue(QStringLiteral("Connected"));
            input->accept();
        });
    QCOMPARE(rowsOf(tree, QStringLiteral("Referrals waiting for an outcome")).size(), 0);
    ws.lock();
}

void TestContactsUi::clientPageHasContactsTab()
{
    Fixture fx;
    ContactDraft k;
    k.identity = ContactIdentity::Known;
    k.client = fx.client;
    k.occurredAt = fx.clock.now().addSecs(-3600);
    QVERIFY(fx.domain.contacts().record(k));
    ClientPage page(fx.domain);
    page.showClient(fx.client);
    auto* list = child<QTreeWidget>(&page, "clientContactList");
    QCOMPARE(list->topLevelItemCount(), 1);
    WITH_DIALOG(
        QStringLiteral("contactEditorDialog"), [&] { child<QPushButton>(&page, "recordClientContactButton")->click(); },
        [](QDialog* d) {
            QCOMPARE(child<QLineEdit>(d, "contactClientEdit")->text(), QStringLiteral("Sky"));
            auto* where = child<QComboBox>(d, "contactSettingCombo");
            where->setCurrentIndex(where->findData(int(ContactSetting::Office)));
            d->accept();
        });
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(list->topLevelItem(0)->text(1) == QStringLiteral("Office")); // newest first
}

void TestContactsUi::mainWindowActions()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir tmp;
    SystemClock clock;
    Workspace ws(clock);
    QVERIFY(ws.open(createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
    {
        MainWindow window(ws);
        auto* record = window.findChild<QAction*>(QStringLiteral("recordContactAction"));
        auto* contacts = window.findChild<QAction*>(QStringLiteral("contactsAction"));
        QVERIFY(record && contacts);
        QCOMPARE(record->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
        // No other action of the window has the same keys.
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a != record && !a->shortcut().isEmpty())
                QVERIFY2(a->shortcut() != record->shortcut(), qPrintable(a->text()));
            if (a != contacts && !a->shortcut().isEmpty())
                QVERIFY2(a->shortcut() != contacts->shortcut(), qPrintable(a->text()));
        }
        contacts->trigger();
        auto* view = child<ContactsView>(&window, "contactsView");
        QVERIFY(view->isVisibleTo(&window));
        WITH_DIALOG(
            QStringLiteral("contactEditorDialog"), [&] { record->trigger(); },
            [](QDialog* d) {
                auto* where = child<QComboBox>(d, "contactSettingCombo");
                where->setCurrentIndex(where->findData(int(ContactSetting::Outreach)));
                d->accept();
            });
        // The workspace's event reached the view.
        QTRY_COMPARE(view->model()->rowCount(), 1);
    }
    ws.lock();
}

QTEST_MAIN(TestContactsUi)
#include "tst_contactsui.moc"
