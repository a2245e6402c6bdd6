// SPDX-License-Identifier: GPL-3.0-or-later
// The goal and client dialogs: nothing typed is lost without a question; a revision asks whether the
// client agreed (nothing chosen for them) and a move along the continuum says why; the new life areas and
// "not placed yet"; the history says the answer in words; archiving asks an optional reason; a long name
// never widens the page; the chart's legend names every line it draws, and its points speak on hover.
#include "UiHooks.h"
#include "clients/ClientEditorDialog.h"
#include "clients/ClientNameLabel.h"
#include "domain/Domain.h"
#include "goals/GoalEditorDialog.h"
#include "goals/GoalHistoryDialog.h"
#include "goals/ReadinessChart.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "views/ClientPage.h"
#include "workspace/Workspace.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontMetricsF>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC);

/// One vault with one person and one substance-use goal (safer use).
struct Fixture {
    QTemporaryDir tmp;
    FixedClock clock{kNow};
    Vault::Created created = createTestVault(tmp.filePath(QStringLiteral("v")));
    Domain domain{created.vault->database(), clock};
    ClientId client;
    GoalId goal;

    Fixture()
    {
        clock.setToday(kNow.date());
        (void)domain.counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")});
        Client c;
        c.chosenName = QStringLiteral("Sky");
        client = domain.clients().create(c).value();
        GoalFields f;
        f.clientWords = QStringLiteral("Use with someone around");
        f.lifeArea = LifeArea::SubstanceUse;
        f.position = ContinuumPosition::SaferUse;
        goal = domain.goals().create(client, f, {}).value();
    }
    int goalCount() { return int(domain.goals().goalsForClient(client)->size()); }
    int revision() { return domain.goals().goal(goal)->revision; }
    Client person() { return domain.clients().client(client).value(); }
};

enum class Kind { NewGoal, ReviseGoal, NewClient, EditClient };
enum class Way { Escape, CancelButton, CloseButton };

/// Answers every question with `answer` and counts them. The discard question offers Keep Editing as
/// its safe, default answer.
struct Answer {
    int asked = 0;
    QString lastTitle;
    QString lastBack;
    explicit Answer(bool answer)
    {
        UiHooks::instance().confirm = [this, answer](QWidget*, const QString& title, const QString&, const QString&) {
            ++asked;
            lastTitle = title;
            return answer;
        };
        UiHooks::instance().confirmOrGoBack = [this, answer](QWidget*, const QString& title, const QString&,
                                                             const QString&, const QString& back) {
            ++asked;
            lastTitle = title;
            lastBack = back;
            return answer;
        };
    }
    ~Answer() { UiHooks::reset(); }
};

std::unique_ptr<QDialog> openDialog(Fixture& fx, Kind kind)
{
    switch (kind) {
    case Kind::NewGoal: return std::make_unique<GoalEditorDialog>(&fx.domain.goals(), fx.client, Goal(), std::nullopt);
    case Kind::ReviseGoal:
        return std::make_unique<GoalEditorDialog>(&fx.domain.goals(), fx.client,
                                                  fx.domain.goals().goal(fx.goal).value(), std::nullopt);
    case Kind::NewClient: return std::make_unique<ClientEditorDialog>(&fx.domain.clients(), Client());
    case Kind::EditClient: return std::make_unique<ClientEditorDialog>(&fx.domain.clients(), fx.person());
    }
    return {};
}

/// The field typed into, and what a save would have written, for each dialog.
QWidget* typingField(QDialog* d, Kind kind)
{
    if (kind == Kind::NewGoal || kind == Kind::ReviseGoal)
        return child<QPlainTextEdit>(d, "whyItMattersEdit");
    return child<QLineEdit>(d, "pronounsEdit");
}

QString typedText(QWidget* field)
{
    if (auto* line = qobject_cast<QLineEdit*>(field))
        return line->text();
    return qobject_cast<QPlainTextEdit*>(field)->toPlainText();
}

void leave(QDialog* d, QWidget* field, Way way)
{
    switch (way) {
    case Way::Escape: QTest::keyClick(field, Qt::Key_Escape); break;
    case Way::CancelButton: d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click(); break;
    case Way::CloseButton: d->close(); break;
    }
}

} // namespace

class TestGoalDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }
    void cleanup() { UiHooks::reset(); }

    void nothingTypedIsLostWithoutAQuestion_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<Way>("way");
        const std::pair<Kind, const char*> kinds[] = {{Kind::NewGoal, "new goal"},
                                                      {Kind::ReviseGoal, "revise goal"},
                                                      {Kind::NewClient, "new client"},
                                                      {Kind::EditClient, "edit profile"}};
        const std::pair<Way, const char*> ways[] = {
            {Way::Escape, "Esc"}, {Way::CancelButton, "Cancel"}, {Way::CloseButton, "close button"}};
        for (const auto& [kind, kindName] : kinds) {
            for (const auto& [way, wayName] : ways)
                QTest::addRow("%s, %s", kindName, wayName) << kind << way;
        }
    }
    void nothingTypedIsLostWithoutAQuestion()
    {
        QFETCH(Kind, kind);
        QFETCH(Way, way);
        Fixture fx;
        const int goalsBefore = fx.goalCount();
        const int revisionBefore = fx.revision();
        const Client personBefore = fx.person();

        // Nothing typed: closes at once, no question.
        {
            Answer keep(false);
            auto d = openDialog(fx, kind);
            d->show();
            QVERIFY(QTest::qWaitForWindowExposed(d.get()));
            leave(d.get(), typingField(d.get(), kind), way);
            QCOMPARE(keep.asked, 0);
            QVERIFY(!d->isVisible());
            QCOMPARE(d->result(), int(QDialog::Rejected));
        }

        auto d = openDialog(fx, kind);
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        QWidget* field = typingField(d.get(), kind);
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("words worth keeping"));
        // Keep editing: still open, every word still there.
        {
            Answer keep(false);
            leave(d.get(), field, way);
            QCOMPARE(keep.asked, 1);
            QCOMPARE(keep.lastTitle, QStringLiteral("Discard what you typed?"));
            QCOMPARE(keep.lastBack, QStringLiteral("&Keep Editing")); // the safe answer, by name
            QVERIFY(d->isVisible());
            QVERIFY(typedText(field).contains(QStringLiteral("words worth keeping")));
        }
        // Discard: closed, nothing saved.
        {
            Answer discard(true);
            leave(d.get(), field, way);
            QCOMPARE(discard.asked, 1);
            QVERIFY(!d->isVisible());
            QCOMPARE(d->result(), int(QDialog::Rejected));
        }
        QCOMPARE(fx.goalCount(), goalsBefore);
        QCOMPARE(fx.revision(), revisionBefore);
        QCOMPARE(fx.person(), personBefore);
        QCOMPARE(fx.domain.clients().count({}).value(), 1);
    }

    // Consent is asked, not assumed; a move along the continuum needs its reason.
    void aRevisionAsksForAnAnswerAndAReason()
    {
        Fixture fx;
        GoalEditorDialog d(&fx.domain.goals(), fx.client, fx.domain.goals().goal(fx.goal).value(), std::nullopt);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        for (ClientAgreement a : allValues<ClientAgreement>()) {
            auto* answer = child<QRadioButton>(&d, qPrintable(QStringLiteral("agreement_") + toKey(a)));
            QVERIFY(answer);
            QVERIFY2(!answer->isChecked(), "an answer was chosen for them");
        }
        QVERIFY(d.findChildren<QAbstractButton*>(QStringLiteral("clientAgreedCheck")).isEmpty());

        child<QRadioButton>(&d, "position_managed_use")->click();
        bool marked = false;
        for (QLabel* l : d.findChildren<QLabel*>()) {
            if (l->buddy() == child<QLineEdit>(&d, "revisionReasonEdit"))
                marked = l->text().contains(QStringLiteral("needed"));
        }
        QVERIFY2(marked, "the reason is not marked as needed for a move");

        auto* save = child<QPushButton>(&d, "saveGoalButton");
        auto* message = child<QLabel>(&d, "goalEditorMessage");
        save->click();
        QVERIFY(d.isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("why it changed")), qPrintable(message->text()));
        QCOMPARE(fx.revision(), 1);

        QTest::keyClicks(child<QLineEdit>(&d, "revisionReasonEdit"), QStringLiteral("weekends only for now"));
        save->click();
        QVERIFY(d.isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("agreed")), qPrintable(message->text()));
        QCOMPARE(fx.revision(), 1);

        child<QRadioButton>(&d, "agreement_not_discussed")->click();
        save->click();
        QVERIFY(!d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const GoalRevision last = fx.domain.goals().history(fx.goal)->last();
        QCOMPARE(last.number, 2);
        QCOMPARE(last.reason, QStringLiteral("weekends only for now"));
        QCOMPARE(last.clientAgreement, std::optional<ClientAgreement>(ClientAgreement::NotDiscussed));
        QCOMPARE(last.fields.position, std::optional<ContinuumPosition>(ContinuumPosition::ManagedUse));
    }

    void newAreasAndNotPlacedYet()
    {
        Fixture fx;
        GoalEditorDialog d(&fx.domain.goals(), fx.client, Goal(), std::nullopt);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        auto* area = child<QComboBox>(&d, "lifeAreaCombo");
        QStringList shown;
        for (int i = 0; i < area->count(); ++i)
            shown.append(area->itemText(i));
        for (const char* expected : {"Mental health", "Work and learning", "Food", "Children and family"})
            QVERIFY2(shown.contains(QLatin1String(expected)), expected);
        QCOMPARE(area->count(), int(allValues<LifeArea>().size()));

        QTest::keyClicks(child<QPlainTextEdit>(&d, "clientWordsEdit"), QStringLiteral("Think about my drinking"));
        area->setCurrentIndex(area->findData(QStringLiteral("substance_use")));
        auto* notPlaced = child<QRadioButton>(&d, "position_not_placed");
        QCOMPARE(notPlaced->text(), QStringLiteral("Not placed yet"));
        // Equals: the same size policy as the others, side by side.
        QCOMPARE(notPlaced->y(), child<QRadioButton>(&d, "position_safer_use")->y());
        notPlaced->click();
        child<QPushButton>(&d, "saveGoalButton")->click();
        QVERIFY(!d.isVisible());
        const Goal saved = fx.domain.goals().goal(d.savedId()).value();
        QCOMPARE(saved.fields.position, std::optional<ContinuumPosition>(ContinuumPosition::NotPlaced));

        GoalEditorDialog food(&fx.domain.goals(), fx.client, Goal(), std::nullopt);
        QTest::keyClicks(child<QPlainTextEdit>(&food, "clientWordsEdit"), QStringLiteral("Eat one hot meal a day"));
        auto* foodArea = child<QComboBox>(&food, "lifeAreaCombo");
        foodArea->setCurrentIndex(foodArea->findData(QStringLiteral("food")));
        food.accept();
        QCOMPARE(fx.domain.goals().goal(food.savedId())->fields.lifeArea, LifeArea::Food);
    }

    void historySaysTheAnswerInWords()
    {
        Fixture fx;
        GoalFields f = fx.domain.goals().goal(fx.goal)->fields;
        f.whoCanHelp = QStringLiteral("Jo");
        QVERIFY(fx.domain.goals().revise(fx.goal, f, {QString(), ClientAgreement::No, std::nullopt}).ok());
        f.whoCanHelp = QStringLiteral("Jo and Sam");
        QVERIFY(fx.domain.goals().revise(fx.goal, f, {QString(), ClientAgreement::NotDiscussed, std::nullopt}).ok());
        f.whoCanHelp = QStringLiteral("Sam");
        QVERIFY(fx.domain.goals().revise(fx.goal, f, {QString(), ClientAgreement::Yes, std::nullopt}).ok());
        GoalHistoryDialog d(fx.domain.goals().history(fx.goal).value());
        auto* tree = child<QTreeWidget>(&d, "goalHistoryTree");
        QCOMPARE(tree->topLevelItemCount(), 4);
        QVERIFY(!tree->topLevelItem(0)->text(1).contains(QStringLiteral("agree"))); // never asked: nothing said
        QVERIFY2(tree->topLevelItem(1)->text(1).contains(QStringLiteral("they did not agree")),
                 qPrintable(tree->topLevelItem(1)->text(1)));
        QVERIFY2(tree->topLevelItem(2)->text(1).contains(QStringLiteral("agreement not talked about")),
                 qPrintable(tree->topLevelItem(2)->text(1)));
        QVERIFY2(tree->topLevelItem(3)->text(1).contains(QStringLiteral("they agreed")),
                 qPrintable(tree->topLevelItem(3)->text(1)));
    }

    void archivingAsksAnOptionalReason()
    {
        Fixture fx;
        ClientPage page(fx.domain);
        page.showClient(fx.client);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* archive = child<QPushButton>(&page, "archiveButton");

        // Cancelled: nothing changes.
        WITH_DIALOG(
            QStringLiteral("archiveClientDialog"), [&] { archive->click(); },
            [](QDialog* d) {
                QTest::keyClicks(child<QLineEdit>(d, "archiveReasonEdit"), QStringLiteral("moved away"));
                d->reject();
            });
        QCOMPARE(fx.person().status, ClientStatus::Active);

        WITH_DIALOG(
            QStringLiteral("archiveClientDialog"), [&] { archive->click(); },
            [](QDialog* d) {
                QTest::keyClicks(child<QLineEdit>(d, "archiveReasonEdit"), QStringLiteral("  moved to another city "));
                child<QPushButton>(d, "archiveConfirmButton")->click();
            });
        QCOMPARE(fx.person().status, ClientStatus::Archived);
        const auto audit = fx.domain.audit().entries(0, 1);
        QVERIFY(audit.ok());
        QCOMPARE(audit->first().action, AuditAction::Archive);
        QCOMPARE(audit->first().detail, QStringLiteral("archived: moved to another city"));

        // Brought back, archived again without a reason: the audit says only the status.
        archive->click();
        QCOMPARE(fx.person().status, ClientStatus::Active);
        WITH_DIALOG(
            QStringLiteral("archiveClientDialog"), [&] { archive->click(); },
            [](QDialog* d) { child<QPushButton>(d, "archiveConfirmButton")->click(); });
        QCOMPARE(fx.domain.audit().entries(0, 1)->first().detail, QStringLiteral("archived"));
        // Too long a reason is refused by the service, the status unchanged.
        const Status tooLong =
            fx.domain.clients().setStatus(fx.client, ClientStatus::Active, QString(201, QLatin1Char('x')));
        QCOMPARE(tooLong.code(), ErrorCode::Validation);
        QCOMPARE(tooLong.error().failure(), FieldReason(Field::ClientStatusReason, ValidationReason::TooLong));
        QCOMPARE(fx.person().status, ClientStatus::Archived);
    }

    void aLongNameNeverWidensThePage()
    {
        Fixture fx;
        Client c = fx.person();
        c.chosenName = QStringLiteral("Maximiliana Esperanza Concepción de la Cruz Villalobos-Hernández");
        c.pronouns = QStringLiteral("she/they, or just her name");
        QVERIFY(fx.domain.clients().update(c).ok());
        ClientPage page(fx.domain);
        page.showClient(fx.client);
        QVERIFY2(page.minimumSizeHint().width() < 900, qPrintable(QString::number(page.minimumSizeHint().width())));
        QVERIFY2(page.sizeHint().width() < 1100, qPrintable(QString::number(page.sizeHint().width())));
        page.resize(800, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* name = child<ClientNameLabel>(&page, "clientNameLabel");
        QCOMPARE(name->text(), c.chosenName + QStringLiteral(" (") + c.pronouns + QLatin1Char(')'));
        QVERIFY(name->isElided());
        QCOMPARE(name->toolTip(), name->text());
        for (const char* button : {"printSummaryButton", "editProfileButton", "archiveButton"}) {
            auto* b = child<QPushButton>(&page, button);
            const QRect r(b->mapTo(&page, QPoint(0, 0)), b->size());
            QVERIFY2(page.rect().contains(r), button);
        }
        // A short name is whole, with no tooltip. (The page hears of the change as the main window tells
        // it of the workspace's events.)
        QObject::connect(&fx.domain.clients(), &ClientService::clientChanged, &page, [&page](ClientId id) {
            page.recordChanged(RecordChange{RecordChange::Kind::Client, id, id.value});
        });
        c.chosenName = QStringLiteral("Sky");
        c.pronouns.clear();
        QVERIFY(fx.domain.clients().update(c).ok());
        QTRY_COMPARE(name->text(), QStringLiteral("Sky"));
        QVERIFY(!name->isElided());
        QVERIFY(name->toolTip().isEmpty());
    }

    // Every line the chart draws is named in its legend, whole and inside the chart: on screen, and at the
    // size and font of the printed summary (42 × 22 mm, 7 px), where "Readiness" used to fall off the edge.
    void legendNamesEveryLine_data()
    {
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("pixelSize");
        QTest::addRow("printed summary") << QSizeF(42 / 25.4 * 96, 22 / 25.4 * 96) << 7;
        QTest::addRow("screen, smallest") << QSizeF(200, 110) << 0;
        QTest::addRow("screen") << QSizeF(360, 160) << 0;
    }
    void legendNamesEveryLine()
    {
        QFETCH(QSizeF, size);
        QFETCH(int, pixelSize);
        QFont font = QApplication::font();
        if (pixelSize > 0) {
            font = QFont(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(pixelSize);
        }
        const QFontMetricsF fm(font);
        const QRectF rect(QPointF(0, 0), size);
        const auto legend = ReadinessChart::legendLayout(fm, rect);
        QStringList names;
        for (const auto& e : legend) {
            names.append(e.name);
            QVERIFY2(rect.contains(e.rect), qPrintable(e.name));
            QVERIFY2(e.rect.width() >= fm.horizontalAdvance(e.name), qPrintable(e.name));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Importance"), QStringLiteral("Confidence"),
                                     QStringLiteral("Readiness")}));
        for (int i = 0; i < legend.size(); ++i) {
            for (int j = i + 1; j < legend.size(); ++j)
                QVERIFY2(!legend.at(i).rect.intersects(legend.at(j).rect), "legend entries overlap");
        }
    }

    void chartPointsSpeakOnHover()
    {
        ReadinessChart chart;
        chart.resize(360, 160);
        ReadinessPoint p;
        p.date = QDate(2026, 2, 1);
        p.importance = 8;
        p.importanceWords = {QStringLiteral("My kid needs me"), QStringLiteral("A ride to the clinic")};
        chart.setPoints({p});
        QString found;
        for (int y = 0; y < chart.height() && found.isEmpty(); ++y) {
            for (int x = 0; x < chart.width() && found.isEmpty(); ++x)
                found = chart.toolTipAt(QPoint(x, y));
        }
        QVERIFY2(found.contains(QStringLiteral("Importance: 8")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("“My kid needs me”")), qPrintable(found));
        QVERIFY2(found.contains(QStringLiteral("“A ride to the clinic”")), qPrintable(found));
        QVERIFY(chart.toolTipAt(QPoint(1, 1)).isEmpty());
    }
};

QTEST_MAIN(TestGoalDialogs)
#include "tst_goaldialogs.moc"
