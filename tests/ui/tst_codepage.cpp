// SPDX-License-Identifier: GPL-3.0-or-later
// The page of a person known only by a code (issue 13): opened from a coded row of the Contacts view, it
// shows that code's contacts and no one else's, records a new contact with the code filled in, and corrects
// one with its history kept.
#include "MainWindow.h"
#include "UiHooks.h"
#include "contacts/CodePage.h"
#include "contacts/ContactHistoryList.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactsView.h"
#include "domain/ContactService.h"
#include "domain/Domain.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

ContactId recordCoded(Domain& domain, const QString& code)
{
    ContactDraft d;
    d.identity = code.isEmpty() ? ContactIdentity::Anonymous : ContactIdentity::Coded;
    d.clientCode = code;
    return domain.contacts().record(d).value();
}

/// The ids the page lists, top to bottom.
QList<ContactId> listed(ContactHistoryList* list)
{
    QList<ContactId> out;
    QTreeWidgetItem* was = list->currentItem();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        list->setCurrentItem(list->topLevelItem(i));
        out.append(list->currentCorrectable());
    }
    list->setCurrentItem(was);
    return out;
}

/// The Contacts view's row of this contact.
int rowOf(ContactsView* view, ContactId id)
{
    return view->model()->rowOf(id);
}

} // namespace

class TestCodePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { UiHooks::reset(); }
    void openRecordAndCorrect();
    void todaysCodedLineOpensTheCodesPage();
    void everyColumnShowsItsWordsWhole_data();
    void everyColumnShowsItsWordsWhole();
};

void TestCodePage::everyColumnShowsItsWordsWhole_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("English") << QStringLiteral("en");
    QTest::addRow("Spanish") << QStringLiteral("es"); // longer words: "Análisis de sustancias", "Alcance comunitario"
}

// The list a code's page and a person's Contacts tab share: every heading and every place whole, in both
// languages, and the counts lined up on the right as in the Contacts view.
void TestCodePage::everyColumnShowsItsWordsWhole()
{
    QFETCH(QString, language);
    QTranslator words;
    if (language == QStringLiteral("es")) {
        QVERIFY2(words.load(QStringLiteral(CONTINUUM_ES_QM)), CONTINUUM_ES_QM);
        QVERIFY(QCoreApplication::installTranslator(&words));
    }
    const auto cleanup = qScopeGuard([&words] { QCoreApplication::removeTranslator(&words); });
    QList<ContactSummary> contacts;
    for (ContactSetting setting : {ContactSetting::Outreach, ContactSetting::Home, ContactSetting::Other}) {
        ContactSummary c;
        c.id = ContactId(contacts.size() + 1);
        c.identity = ContactIdentity::Coded;
        c.clientCode = QStringLiteral("AB12");
        c.occurredAt = QDateTime(QDate(2026, 12, 28), QTime(23, 45));
        c.setting = setting;
        c.suppliesGiven = 120;
        c.naloxoneDoses = 2;
        c.drugChecks = 1;
        c.referrals = 3;
        c.status = contacts.isEmpty() ? ContactStatus::EnteredInError : ContactStatus::Counted;
        contacts.append(c);
    }
    ContactHistoryList list;
    list.resize(1000, 300);
    list.setContacts(contacts);
    list.show();
    QVERIFY(QTest::qWaitForWindowExposed(&list));
    QCoreApplication::processEvents();
    if (language == QStringLiteral("es"))
        QVERIFY2(list.headerItem()->text(4) != QStringLiteral("Drug checks"), "the Spanish words did not load");

    QHeaderView* header = list.header();
    for (int column = 0; column < list.columnCount(); ++column) {
        const QString heading = list.headerItem()->text(column);
        QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column),
                 qPrintable(QStringLiteral("the heading “%1” is cut: %2 of %3 px")
                                .arg(heading)
                                .arg(header->sectionSize(column))
                                .arg(header->sectionSizeHint(column))));
        // Each entry whole on its line: what the style needs to draw it, asked of the style itself.
        for (int row = 0; row < list.topLevelItemCount(); ++row) {
            const QTreeWidgetItem* item = list.topLevelItem(row);
            QStyleOptionViewItem option;
            option.initFrom(&list);
            option.widget = &list;
            option.text = item->text(column);
            option.font = item->font(column);
            option.fontMetrics = QFontMetrics(option.font);
            option.features = QStyleOptionViewItem::HasDisplay;
            const int needs = list.style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), &list).width();
            QVERIFY2(list.columnWidth(column) >= needs, qPrintable(QStringLiteral("“%1” under “%2” is cut: %3 of %4 px")
                                                                       .arg(item->text(column), heading)
                                                                       .arg(list.columnWidth(column))
                                                                       .arg(needs)));
        }
    }
    // The counts on the right, as the Contacts view's model gives them; the time and the place on the left.
    for (int row = 0; row < list.topLevelItemCount(); ++row) {
        const QTreeWidgetItem* item = list.topLevelItem(row);
        for (int column = 2; column < list.columnCount(); ++column)
            QCOMPARE(item->textAlignment(column), int(Qt::AlignRight | Qt::AlignVCenter));
        for (int column : {0, 1})
            QCOMPARE(item->textAlignment(column) & int(Qt::AlignRight), 0);
    }
    saveScreenshot(&list, QStringLiteral("code-page-contact-list-%1").arg(language));
}

void TestCodePage::openRecordAndCorrect()
{
    QTemporaryDir tmp;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    FixedClock clock(now.addSecs(-4 * 3600));
    Workspace ws(clock);
    QVERIFY(ws.open(createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
    Domain& domain = ws.domain();
    QList<ContactId> ab12;
    for (int i = 0; i < 3; ++i) {
        ab12.prepend(recordCoded(domain, QStringLiteral("AB12"))); // newest first
        clock.advanceSecs(600);
    }
    const ContactId cd34 = recordCoded(domain, QStringLiteral("CD34"));
    const ContactId anonymous = recordCoded(domain, QString());
    clock.set(now);
    {
        MainWindow window(ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showContacts();
        auto* view = child<ContactsView>(&window, "contactsView");
        // A period that holds the contacts on any day of the month.
        auto* period = child<QComboBox>(view, "contactPeriodCombo");
        period->setCurrentIndex(period->findData(int(ContactsView::Period::Custom)));
        child<QDateEdit>(view, "contactFromEdit")->setDate(QDate::currentDate().addDays(-7));
        child<QDateEdit>(view, "contactToEdit")->setDate(QDate::currentDate().addDays(1));
        QCOMPARE(view->model()->rowCount(), 5);
        QTableView* table = view->table();
        auto* open = child<QPushButton>(view, "openCodePageButton");
        auto* action = child<QAction>(table, "openCodePageAction");

        // Only a coded row has a code's page.
        table->setCurrentIndex(view->model()->index(rowOf(view, anonymous), 0));
        QVERIFY(!open->isEnabled());
        QVERIFY(!action->isEnabled());
        table->setCurrentIndex(view->model()->index(rowOf(view, cd34), 0));
        QVERIFY(open->isEnabled());
        QVERIFY(action->isEnabled());
        action->trigger();
        auto* page = child<CodePage>(&window, "codePage");
        QVERIFY(page->isVisible());
        QCOMPARE(child<QLabel>(page, "codeHeadingLabel")->text(), QStringLiteral("Code CD34"));
        QCOMPARE(listed(page->list()), QList<ContactId>{cd34});

        // From an AB12 row, by the button: its three contacts, newest first, and no one else's.
        window.showContacts();
        table->setCurrentIndex(view->model()->index(rowOf(view, ab12.at(1)), 0));
        open->click();
        QVERIFY(page->isVisible());
        QCOMPARE(page->code(), QStringLiteral("AB12"));
        QCOMPARE(child<QLabel>(page, "codeHeadingLabel")->text(), QStringLiteral("Code AB12"));
        QCOMPARE(listed(page->list()), ab12);
        const QString summary = child<QLabel>(page, "codeSummaryLabel")->text();
        QVERIFY2(summary.startsWith(QStringLiteral("3 contact")), qPrintable(summary));
        QCOMPARE(page->list()->accessibleName(), QStringLiteral("Contacts"));

        // A new contact from the page: coded AB12 without typing the code, and on top.
        WITH_DIALOG(
            QStringLiteral("contactEditorDialog"),
            [&] { child<QPushButton>(page, "recordCodeContactButton")->click(); },
            [&](QDialog* d) {
                QCOMPARE(child<QComboBox>(d, "contactIdentityCombo")->currentData().toInt(),
                         int(ContactIdentity::Coded));
                QCOMPARE(child<QLineEdit>(d, "contactCodeEdit")->text(), QStringLiteral("AB12"));
                auto* where = child<QComboBox>(d, "contactSettingCombo");
                where->setCurrentIndex(where->findData(int(ContactSetting::Outreach)));
                d->accept();
            });
        QTRY_COMPARE(page->list()->topLevelItemCount(), 4);
        const ContactId added = listed(page->list()).first();
        QVERIFY(!ab12.contains(added));
        const Contact stored = domain.contacts().contact(added).value();
        QCOMPARE(stored.current.fields.identity, ContactIdentity::Coded);
        QCOMPARE(stored.current.fields.clientCode, QStringLiteral("AB12"));
        QVERIFY(!listed(page->list()).contains(cd34));

        // A correction from the page: a new revision, the first one kept.
        page->list()->selectContact(ab12.last());
        QCOMPARE(page->list()->currentCorrectable(), ab12.last());
        WITH_DIALOG(
            QStringLiteral("contactEditorDialog"),
            [&] { child<QPushButton>(page, "correctCodeContactButton")->click(); },
            [](QDialog* d) {
                QVERIFY(child<QLineEdit>(d, "correctionReasonEdit")->isVisible());
                auto* where = child<QComboBox>(d, "contactSettingCombo");
                where->setCurrentIndex(where->findData(int(ContactSetting::DropIn)));
                child<QLineEdit>(d, "correctionReasonEdit")->setText(QStringLiteral("It was at the drop-in"));
                d->accept();
            });
        const Contact corrected = domain.contacts().contact(ab12.last()).value();
        QCOMPARE(corrected.history.size(), 2);
        QCOMPARE(corrected.history.first().fields.setting, std::optional<ContactSetting>());
        QCOMPARE(corrected.current.fields.setting, std::optional(ContactSetting::DropIn));
        QCOMPARE(corrected.current.fields.clientCode, QStringLiteral("AB12"));
        QCOMPARE(page->list()->topLevelItemCount(), 4);
        QCOMPARE(page->list()->currentCorrectable(), ab12.last()); // the selection stays on it
    }
    ws.lock();
}

// Today's contacts: Enter on a coded person's line opens that code's page; an anonymous line opens nothing.
void TestCodePage::todaysCodedLineOpensTheCodesPage()
{
    QTemporaryDir tmp;
    FixedClock clock(QDateTime::currentDateTimeUtc());
    Workspace ws(clock);
    QVERIFY(ws.open(createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
    Domain& domain = ws.domain();
    const ContactId coded = recordCoded(domain, QStringLiteral("EF56"));
    recordCoded(domain, QString());
    {
        MainWindow window(ws);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showToday();
        auto* tree = child<QTreeWidget>(&window, "todayTree");
        const auto lineWith = [&](const QString& text) -> QTreeWidgetItem* {
            for (QTreeWidgetItemIterator it(tree); *it; ++it) {
                if ((*it)->parent() && (*it)->text(0).contains(text))
                    return *it;
            }
            return nullptr;
        };
        QTreeWidgetItem* anonymousLine = lineWith(QStringLiteral("Anonymous"));
        QTreeWidgetItem* codedLine = lineWith(QStringLiteral("EF56"));
        QVERIFY(anonymousLine);
        QVERIFY(codedLine);
        auto* page = child<CodePage>(&window, "codePage");

        tree->setFocus();
        tree->setCurrentItem(anonymousLine);
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(!page->isVisible());
        QVERIFY(tree->isVisible());

        tree->setCurrentItem(codedLine);
        QTest::keyClick(tree, Qt::Key_Return);
        QVERIFY(page->isVisible());
        QCOMPARE(page->code(), QStringLiteral("EF56"));
        QCOMPARE(listed(page->list()), QList<ContactId>{coded});
    }
    ws.lock();
}

QTEST_MAIN(TestCodePage)
#include "tst_codepage.moc"
