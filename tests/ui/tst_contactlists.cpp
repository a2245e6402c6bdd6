// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences for contacts and reports, and the agency's lists editor (issue 13): the default identity and
// the small-count threshold are kept; the lists editor adds, renames (past contacts keep their label),
// retires, reorders and sets doses per kit, and refuses an empty or duplicate name with the plain sentence.
#include "PreferencesDialog.h"
#include "UiHooks.h"
#include "common/ErrorText.h"
#include "contacts/ContactListsDialog.h"
#include "domain/Domain.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

struct Fixture {
    QTemporaryDir tmp;
    FixedClock clock{QDateTime::currentDateTimeUtc()};
    Vault::Created created = createTestVault(tmp.filePath(QStringLiteral("v")));
    Domain domain{created.vault->database(), clock};

    Fixture() { (void)domain.counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")}); }
    QList<ContactListItem> items(ContactList list) { return domain.contactLists().items(list).value(); }
    ContactListItem item(ContactList list, const QString& label)
    {
        for (const ContactListItem& i : items(list))
            if (i.label == label)
                return i;
        return {};
    }
    QStringList labels(ContactList list)
    {
        QStringList out;
        for (const ContactListItem& i : items(list))
            out.append(i.label);
        return out;
    }
    qint64 auditCount() { return domain.audit().count().value(); }
};

/// Selects the row of the list editor that names `label` (the row's text starts with it).
bool selectRow(QListWidget* view, const QString& label)
{
    for (int row = 0; row < view->count(); ++row) {
        if (view->item(row)->text().startsWith(label)) {
            view->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

/// Answers the name dialog with `text`; when `expectProblem` is set, first checks that the dialog says it.
std::function<void(QDialog*)> answerName(const QString& text, const QString& expectProblem = {})
{
    return [text, expectProblem](QDialog* d) {
        auto* ask = qobject_cast<QInputDialog*>(d);
        QVERIFY(ask);
        if (!expectProblem.isEmpty())
            QVERIFY2(ask->labelText().startsWith(expectProblem), qPrintable(ask->labelText()));
        ask->setTextValue(text);
        ask->accept();
    };
}

void cancel(QDialog* d)
{
    d->reject();
}

/// Runs `open`, which asks again and again (a refused name brings the dialog back), and answers each
/// dialog named `objectName` with the next of `answers`. Fails, rejecting the dialog instead of hanging,
/// when more dialogs come than answers or none comes in time; false when not every answer was used.
bool answerEach(const QString& objectName, const std::function<void()>& open,
                const QList<std::function<void(QDialog*)>>& answers)
{
    int used = 0;
    bool extra = false;
    QPointer<QDialog> last;
    QDeadlineTimer deadline(kDialogTimeout);
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* d = qobject_cast<QDialog*>(w);
            if (!d || !d->isVisible() || d->objectName() != objectName || d == last)
                continue;
            last = d;
            deadline = QDeadlineTimer(kDialogTimeout);
            if (used < answers.size()) {
                answers.at(used++)(d);
                if (QTest::currentTestFailed() && d->isVisible())
                    d->reject();
            } else {
                extra = true;
                d->reject();
            }
            return;
        }
        if (deadline.hasExpired())
            if (auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                modal->reject();
    });
    poll.start();
    open();
    poll.stop();
    if (extra)
        qWarning("more \"%s\" dialogs came than answers", qPrintable(objectName));
    return !extra && used == answers.size();
}

} // namespace

class TestContactLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        // Real plurals ("2 doses a kit") come from the English translation the app ships.
        QVERIFY2(m_english.load(QStringLiteral(CONTINUUM_EN_QM)), CONTINUUM_EN_QM);
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }
    void cleanup() { UiHooks::reset(); }

    void preferencesKeepIdentityAndThreshold()
    {
        Fixture fx;
        QCOMPARE(fx.domain.counselor().defaultContactIdentity().value(), ContactIdentity::Anonymous);
        QCOMPARE(fx.domain.counselor().smallCellThreshold().value(), 10);
        {
            PreferencesDialog prefs(fx.domain);
            WITH_DIALOG(
                QStringLiteral("preferencesDialog"), [&] { prefs.exec(); },
                [](QDialog* d) {
                    saveScreenshot(d, QStringLiteral("contactlists-preferences"));
                    auto* identity = child<QComboBox>(d, "prefContactIdentityCombo");
                    QCOMPARE(identity->currentData().toString(), toKey(ContactIdentity::Anonymous));
                    QCOMPARE(identity->currentIndex(), 0); // the least collected comes first
                    identity->setCurrentIndex(identity->findData(toKey(ContactIdentity::Coded)));
                    auto* spin = child<QSpinBox>(d, "prefSmallCellSpin");
                    auto* meaning = child<QLabel>(d, "prefSmallCellMeaning");
                    QVERIFY2(meaning->text().contains(QStringLiteral("“<11”")), qPrintable(meaning->text()));
                    spin->selectAll();
                    QTest::keyClicks(spin, QStringLiteral("5"));
                    QCOMPARE(spin->value(), 5);
                    QCOMPARE(meaning->text(), QStringLiteral("Counts from 1 to 5 are printed as “<6” so no one can be "
                                                             "picked out; 10 is the usual rule."));
                    child<QPushButton>(d, "savePreferencesButton")->click();
                });
        }
        QCOMPARE(fx.domain.counselor().defaultContactIdentity().value(), ContactIdentity::Coded);
        QCOMPARE(fx.domain.counselor().smallCellThreshold().value(), 5);

        // Opened again: what was saved shows; Cancel changes nothing.
        PreferencesDialog again(fx.domain);
        WITH_DIALOG(
            QStringLiteral("preferencesDialog"), [&] { again.exec(); },
            [](QDialog* d) {
                QCOMPARE(child<QComboBox>(d, "prefContactIdentityCombo")->currentData().toString(),
                         toKey(ContactIdentity::Coded));
                QCOMPARE(child<QSpinBox>(d, "prefSmallCellSpin")->value(), 5);
                child<QComboBox>(d, "prefContactIdentityCombo")->setCurrentIndex(2);
                d->reject();
            });
        QCOMPARE(fx.domain.counselor().defaultContactIdentity().value(), ContactIdentity::Coded);
    }

    void thresholdOutOfRangeIsImpossible_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("kept");
        QTest::addRow("zero") << QStringLiteral("0") << 7;
        QTest::addRow("above 50") << QStringLiteral("51") << 5;
        QTest::addRow("negative") << QStringLiteral("-3") << 3;
        QTest::addRow("fifty") << QStringLiteral("50") << 50;
        QTest::addRow("one") << QStringLiteral("1") << 1;
    }
    void thresholdOutOfRangeIsImpossible()
    {
        QFETCH(QString, typed);
        QFETCH(int, kept);
        Fixture fx;
        QVERIFY(fx.domain.counselor().setSmallCellThreshold(7));
        PreferencesDialog prefs(fx.domain);
        auto* spin = child<QSpinBox>(&prefs, "prefSmallCellSpin");
        QCOMPARE(spin->minimum(), CounselorService::kMinSmallCellThreshold);
        QCOMPARE(spin->maximum(), CounselorService::kMaxSmallCellThreshold);
        spin->selectAll();
        QTest::keyClicks(spin, typed);
        QTest::keyClick(spin, Qt::Key_Return);
        QCOMPARE(spin->value(), kept); // a keystroke that would leave 1–50 is not taken
        WITH_DIALOG(
            QStringLiteral("preferencesDialog"), [&] { prefs.exec(); },
            [](QDialog* d) { child<QPushButton>(d, "savePreferencesButton")->click(); });
        const int saved = fx.domain.counselor().smallCellThreshold().value();
        QCOMPARE(saved, kept);
        // What the service itself says to a value the spin box cannot hold.
        const Status refused = fx.domain.counselor().setSmallCellThreshold(51);
        QVERIFY(!refused);
        QCOMPARE(errorText(refused.error()),
                 QStringLiteral("Small counts can be hidden from 1 up to 50. Choose a number in that range."));
        QCOMPARE(fx.domain.counselor().smallCellThreshold().value(), saved);
    }

    void editListsOpensFromPreferences()
    {
        Fixture fx;
        PreferencesDialog prefs(fx.domain);
        WITH_DIALOG(
            QStringLiteral("preferencesDialog"), [&] { prefs.exec(); },
            [](QDialog* d) {
                WITH_DIALOG(
                    QStringLiteral("contactListsDialog"),
                    [d] { child<QPushButton>(d, "prefEditListsButton")->click(); },
                    [](QDialog* lists) {
                        saveScreenshot(lists, QStringLiteral("contactlists-editor"));
                        QCOMPARE(child<QListWidget>(lists, "contactListItems")->item(0)->text(),
                                 QStringLiteral("Syringes"));
                        lists->accept();
                    });
                d->reject();
            });
    }

    void renameKeepsWhatPastContactsSay()
    {
        Fixture fx;
        const ContactListItem syringes = fx.item(ContactList::Supply, QStringLiteral("Syringes"));
        QVERIFY(!syringes.id.isNull());
        ContactDraft draft;
        draft.supplies.append({syringes.id, 10, {}});
        const ContactId before = fx.domain.contacts().record(draft).value();

        ContactListsDialog dialog(fx.domain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.currentList(), ContactList::Supply);
        auto* view = child<QListWidget>(&dialog, "contactListItems");
        QVERIFY(child<QLabel>(&dialog, "contactListsNote")
                    ->text()
                    .startsWith(QStringLiteral("Renaming changes what new contacts show; contacts already recorded "
                                               "keep the name they were recorded with.")));
        QVERIFY(selectRow(view, QStringLiteral("Syringes")));
        view->setFocus();
        // By keyboard: F2 renames the chosen item.
        WITH_DIALOG(
            QStringLiteral("contactListItemNameDialog"), [&] { QTest::keyClick(view, Qt::Key_F2); },
            answerName(QStringLiteral("Syringes (1 mL)")));
        QCOMPARE(fx.domain.contactLists().item(syringes.id)->label, QStringLiteral("Syringes (1 mL)"));
        QCOMPARE(view->currentItem()->text(), QStringLiteral("Syringes (1 mL)"));
        QCOMPARE(fx.domain.contacts().contact(before)->current.fields.supplies.first().label,
                 QStringLiteral("Syringes"));
        ContactDraft after;
        after.supplies.append({syringes.id, 5, {}});
        const ContactId later = fx.domain.contacts().record(after).value();
        QCOMPARE(fx.domain.contacts().contact(later)->current.fields.supplies.first().label,
                 QStringLiteral("Syringes (1 mL)"));
    }

    void emptyAndDuplicateNamesAreRefused()
    {
        Fixture fx;
        ContactListsDialog dialog(fx.domain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.showList(ContactList::ReferralType);
        const QStringList labelsBefore = fx.labels(ContactList::ReferralType);
        const qint64 auditBefore = fx.auditCount();
        auto* message = child<QLabel>(&dialog, "contactListsMessage");
        const QString empty = QStringLiteral("Add a name for this item.");
        const QString duplicate = QStringLiteral("This list already has an item with that name. Choose another name.");
        QCOMPARE(validationText({Field::ListLabel, ValidationReason::Required}), empty);
        QCOMPARE(validationText({Field::ListLabel, ValidationReason::Duplicate}), duplicate);

        // Add: an empty name is asked for again with the reason, then a duplicate (any case); then cancelled.
        QVERIFY(answerEach(
            QStringLiteral("contactListItemNameDialog"),
            [&] { child<QPushButton>(&dialog, "addListItemButton")->click(); },
            {answerName(QStringLiteral("   ")), answerName(QStringLiteral("housing"), empty), [&](QDialog* d) {
                 auto* ask = qobject_cast<QInputDialog*>(d);
                 QVERIFY(ask->labelText().startsWith(duplicate));
                 QCOMPARE(ask->textValue(), QStringLiteral("housing")); // what was typed is kept
                 cancel(d);
             }}));
        QVERIFY(message->isHidden()); // said in the name dialog; nothing stale once it is cancelled
        QCOMPARE(fx.labels(ContactList::ReferralType), labelsBefore);
        QCOMPARE(fx.auditCount(), auditBefore);

        // Rename to another item's name: refused the same way, nothing changed.
        auto* view = child<QListWidget>(&dialog, "contactListItems");
        QVERIFY(selectRow(view, QStringLiteral("Food")));
        QVERIFY(answerEach(QStringLiteral("contactListItemNameDialog"),
                           [&] { child<QPushButton>(&dialog, "renameListItemButton")->click(); },
                           {answerName(QStringLiteral("Legal help")), [&](QDialog* d) {
                                QVERIFY(qobject_cast<QInputDialog*>(d)->labelText().startsWith(duplicate));
                                cancel(d);
                            }}));
        QVERIFY(message->isHidden());
        QCOMPARE(fx.labels(ContactList::ReferralType), labelsBefore);
        QCOMPARE(fx.auditCount(), auditBefore);
    }

    void addRetireAndReorder()
    {
        Fixture fx;
        ContactListsDialog dialog(fx.domain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* view = child<QListWidget>(&dialog, "contactListItems");
        auto* retire = child<QPushButton>(&dialog, "retireListItemButton");
        const qint64 auditBefore = fx.auditCount();

        // Add: at the end, chosen.
        WITH_DIALOG(
            QStringLiteral("contactListItemNameDialog"),
            [&] { child<QPushButton>(&dialog, "addListItemButton")->click(); },
            answerName(QStringLiteral("  Naloxone info cards ")));
        QCOMPARE(fx.labels(ContactList::Supply).last(), QStringLiteral("Naloxone info cards"));
        QCOMPARE(view->currentItem()->text(), QStringLiteral("Naloxone info cards"));
        QCOMPARE(view->count(), fx.items(ContactList::Supply).size());
        QCOMPARE(fx.auditCount(), auditBefore + 1);

        // Retire: greyed, "(no longer offered)", not offered for new contacts; then offered again.
        QVERIFY(selectRow(view, QStringLiteral("Cookers")));
        const int cookersRow = view->currentRow();
        QCOMPARE(retire->text(), QStringLiteral("&Retire"));
        retire->click();
        QVERIFY(fx.item(ContactList::Supply, QStringLiteral("Cookers")).retired);
        QCOMPARE(view->item(cookersRow)->text(), QStringLiteral("Cookers (no longer offered)"));
        QCOMPARE(view->item(cookersRow)->foreground().color(),
                 dialog.palette().color(QPalette::Disabled, QPalette::Text));
        QCOMPARE(retire->text(), QStringLiteral("&Offer Again"));
        QVERIFY(!fx.domain.contactLists()
                     .items(ContactList::Supply, RetiredItems::Exclude)
                     .value()
                     .contains(fx.item(ContactList::Supply, QStringLiteral("Cookers"))));
        retire->click();
        QVERIFY(!fx.item(ContactList::Supply, QStringLiteral("Cookers")).retired);
        QCOMPARE(view->item(cookersRow)->text(), QStringLiteral("Cookers"));
        QCOMPARE(retire->text(), QStringLiteral("&Retire"));

        // Reorder by keyboard (Ctrl+Up) and by button; the moved item stays chosen.
        const QStringList before = fx.labels(ContactList::Supply);
        QCOMPARE(before.mid(0, 3), (QStringList{QStringLiteral("Syringes"), QStringLiteral("Cookers"),
                                                QStringLiteral("Cottons/filters")}));
        dialog.activateWindow(); // the offscreen platform does not give it back when the name dialog closes
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(fx.labels(ContactList::Supply).mid(0, 2),
                 (QStringList{QStringLiteral("Cookers"), QStringLiteral("Syringes")}));
        QCOMPARE(view->currentRow(), 0);
        QVERIFY(!child<QPushButton>(&dialog, "moveListItemUpButton")->isEnabled()); // already first
        child<QPushButton>(&dialog, "moveListItemDownButton")->click();
        child<QPushButton>(&dialog, "moveListItemDownButton")->click();
        QCOMPARE(
            fx.labels(ContactList::Supply).mid(0, 3),
            (QStringList{QStringLiteral("Syringes"), QStringLiteral("Cottons/filters"), QStringLiteral("Cookers")}));
        QCOMPARE(view->currentItem()->text(), QStringLiteral("Cookers"));
        QVERIFY(selectRow(view, QStringLiteral("Naloxone info cards")));
        QVERIFY(!child<QPushButton>(&dialog, "moveListItemDownButton")->isEnabled()); // already last
    }

    void dosesPerKit()
    {
        Fixture fx;
        ContactListsDialog dialog(fx.domain);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* doses = child<QPushButton>(&dialog, "dosesPerKitButton");
        QVERIFY(doses->isHidden()); // supplies have no kits
        dialog.showList(ContactList::NaloxoneProduct);
        QVERIFY(!doses->isHidden());
        auto* view = child<QListWidget>(&dialog, "contactListItems");
        QVERIFY(selectRow(view, QStringLiteral("Nasal 4 mg")));
        QCOMPARE(view->currentItem()->text(), QStringLiteral("Nasal 4 mg — 2 doses a kit"));
        WITH_DIALOG(
            QStringLiteral("dosesPerKitDialog"), [&] { doses->click(); },
            [](QDialog* d) {
                auto* ask = qobject_cast<QInputDialog*>(d);
                QVERIFY(ask);
                QCOMPARE(ask->intValue(), 2);
                QCOMPARE(ask->intMaximum(), ContactListService::kMaxDosesPerKit);
                ask->setIntValue(4);
                ask->accept();
            });
        QCOMPARE(fx.item(ContactList::NaloxoneProduct, QStringLiteral("Nasal 4 mg")).dosesPerKit,
                 std::optional<int>(4));
        QCOMPARE(view->currentItem()->text(), QStringLiteral("Nasal 4 mg — 4 doses a kit"));
        QVERIFY(selectRow(view, QStringLiteral("Other")));
        QCOMPARE(view->currentItem()->text(), QStringLiteral("Other — 1 dose a kit"));
        dialog.showList(ContactList::CheckingMethod);
        QVERIFY(doses->isHidden());
    }

private:
    QTranslator m_english;
};

QTEST_MAIN(TestContactLists)
#include "tst_contactlists.moc"
