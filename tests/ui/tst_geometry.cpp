// SPDX-License-Identifier: GPL-3.0-or-later
// Every top-level window and dialog fits the screen it opens on, with its buttons inside it and never
// scrolled away: run once per screen (1366×768, 1280×720, and 2732×1536 at scale factor 2), each a CTest
// of its own with the offscreen platform configured to that screen (see CMakeLists.txt). The laptop screens
// run again in Spanish (CONTINUUM_TEST_LANGUAGE=es), whose words are longer.
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "UiHooks.h"
#include "clients/ClientEditorDialog.h"
#include "common/ScreenFit.h"
#include "contacts/CodePage.h"
#include "contacts/ContactEditorDialog.h"
#include "contacts/ContactsView.h"
#include "crypto/KeySlot.h"
#include "domain/ContactService.h"
#include "domain/Domain.h"
#include "goals/GoalEditorDialog.h"
#include "goals/GoalHistoryDialog.h"
#include "printing/PrintSummaryDialog.h"
#include "reports/ReportDialog.h"
#include "sessions/SessionEditor.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "vaultdialogs/CreateVaultWizard.h"
#include "vaultdialogs/NewPassphraseDialog.h"
#include "vaultdialogs/RestoreDialog.h"
#include "vaultdialogs/UnlockDialog.h"
#include "views/ClientPage.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

const QString kLongName = QStringLiteral("Maximiliana Esperanza Concepción de la Cruz Villalobos-Hernández");
const QString kLongPronouns = QStringLiteral("she/they, or just her name please");

/// Empty when the window lies inside its screen's available area and every visible button is inside the
/// window; a dialog's own buttons (a QDialogButtonBox) sit in a fixed bar, never inside a scroll area.
/// Otherwise what is wrong, naming the window.
QString geometryProblem(QWidget* w, const QString& what)
{
    if (!w)
        return what + QStringLiteral(": no window");
    const QRect area = usableArea(w);
    if (!fitsOnScreen(w)) {
        return QStringLiteral("%1: frame %2,%3 %4×%5 is not inside the available %6,%7 %8×%9")
            .arg(what)
            .arg(w->frameGeometry().x())
            .arg(w->frameGeometry().y())
            .arg(w->frameGeometry().width())
            .arg(w->frameGeometry().height())
            .arg(area.x())
            .arg(area.y())
            .arg(area.width())
            .arg(area.height());
    }
    const QList<QAbstractButton*> buttons = w->findChildren<QAbstractButton*>();
    for (QAbstractButton* b : buttons) {
        if (!qobject_cast<QPushButton*>(b) || b->window() != w || !b->isVisibleTo(w))
            continue;
        const QString name = b->objectName().isEmpty() ? b->text() : b->objectName();
        const QScrollArea* scroll = nullptr;
        for (QWidget* p = b->parentWidget(); p && p != w; p = p->parentWidget()) {
            if (auto* s = qobject_cast<QScrollArea*>(p)) {
                scroll = s;
                break;
            }
        }
        const bool inButtonBox = qobject_cast<QDialogButtonBox*>(b->parentWidget()) != nullptr;
        if (scroll && inButtonBox)
            return QStringLiteral("%1: the button \"%2\" scrolls with the form").arg(what, name);
        if (scroll)
            continue; // inside a form that scrolls: reachable by scrolling
        const QRect r(b->mapTo(w, QPoint(0, 0)), b->size());
        if (!w->rect().contains(r)) {
            return QStringLiteral("%1: the button \"%2\" at %3,%4 %5×%6 is outside the window %7×%8")
                .arg(what, name)
                .arg(r.x())
                .arg(r.y())
                .arg(r.width())
                .arg(r.height())
                .arg(w->width())
                .arg(w->height());
        }
    }
    return {};
}

/// Shows w, waits for it, and returns what geometryProblem() says.
QString showAndCheck(QWidget* w, const QString& what)
{
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        return what + QStringLiteral(": never shown");
    QApplication::processEvents();
    saveScreenshot(w, QStringLiteral("geometry-%1-%2").arg(qEnvironmentVariable("CONTINUUM_SCREEN_NAME"), what));
    return geometryProblem(w, what);
}

/// Runs open(), which shows a modal window and returns when it closes; checks the modal window when it
/// comes and closes it. The problem found, or why nothing could be checked.
QString checkModal(const std::function<void()>& open, const QString& what)
{
    QString problem = what + QStringLiteral(": no window opened");
    QTimer poll;
    poll.setInterval(20);
    int ticks = 0;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible()) {
            if (++ticks > 500) // 10 s: give up rather than hang
                poll.stop();
            return;
        }
        QApplication::processEvents();
        problem = geometryProblem(modal, what);
        poll.stop();
        if (auto* d = qobject_cast<QDialog*>(modal))
            d->reject();
        else
            modal->close();
    });
    poll.start();
    open();
    return problem;
}

} // namespace

class TestGeometry : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    SystemClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    ClientId m_client;
    GoalId m_goal;
    SessionId m_signed;
    QTranslator m_qtWords;
    QTranslator m_ourWords;
    bool m_spanish = false;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The screen this run is meant for really is the screen: a test that checks the default 800×800
        // offscreen screen instead would pass for the wrong reason.
        const QString expected = qEnvironmentVariable("CONTINUUM_EXPECT_SCREEN");
        QVERIFY2(!expected.isEmpty(), "CONTINUUM_EXPECT_SCREEN is not set (run through CTest)");
        const QScreen* screen = QGuiApplication::primaryScreen();
        QVERIFY(screen);
        const QSize logical = screen->geometry().size();
        QCOMPARE(QStringLiteral("%1x%2").arg(logical.width()).arg(logical.height()), expected);

        // A run in another language installs Qt's catalogue and ours as ui/common/Translations.cpp does, and
        // proves both answer, so a Spanish run cannot pass in English because a catalogue went missing.
        const QString language = qEnvironmentVariable("CONTINUUM_TEST_LANGUAGE");
        if (!language.isEmpty()) {
            QCOMPARE(language, QStringLiteral("es"));
            m_spanish = true;
            QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
            QVERIFY2(m_qtWords.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                     "qtbase_es.qm is not installed (qt6-translations-l10n)");
            QVERIFY(QCoreApplication::installTranslator(&m_qtWords));
            QVERIFY2(m_ourWords.load(QStringLiteral(CONTINUUM_ES_QM)), CONTINUUM_ES_QM);
            QVERIFY(QCoreApplication::installTranslator(&m_ourWords));
            QCOMPARE(QCoreApplication::translate("continuum::ui::MainWindow", "&File"), QStringLiteral("&Archivo"));
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancelar"));
        }

        m_workspace = std::make_unique<Workspace>(m_clock);
        QVERIFY(m_workspace->open(createTestVault(m_tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
        Domain& domain = m_workspace->domain();
        QVERIFY(domain.counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")}).ok());
        Client c;
        c.chosenName = kLongName;
        c.pronouns = kLongPronouns;
        c.legalName = QStringLiteral("A Legal Name");
        c.notes = QStringLiteral("Likes to meet at the library.");
        auto client = domain.clients().create(c);
        QVERIFY2(client.ok(), qPrintable(client.error().detail));
        m_client = client.value();
        GoalFields f;
        f.clientWords = QStringLiteral("Use with someone around, not alone, every time, even when it is late at night");
        f.lifeArea = LifeArea::SubstanceUse;
        f.position = ContinuumPosition::SaferUse;
        f.steps = {QStringLiteral("Tell Marco when I use"), QStringLiteral("Keep naloxone in my bag")};
        m_goal = domain.goals().create(m_client, f, {}).value();
        f.whoCanHelp = QStringLiteral("Marco");
        QVERIFY(domain.goals().revise(m_goal, f, {QString(), ClientAgreement::Yes, std::nullopt}).ok());
        SessionContent content;
        content.date = QDate::currentDate();
        SessionGoalEntry e;
        e.goalId = m_goal;
        e.importance = RulerScore{8, QStringLiteral("My kid"), QString()};
        content.goals = {e};
        auto session = domain.sessions().createDraft(m_client, content);
        QVERIFY2(session.ok(), qPrintable(session.error().detail));
        m_signed = session.value();
        QVERIFY(domain.sessions().sign(m_signed).ok());
    }

    void cleanup() { UiHooks::reset(); }

    void mainWindowWithALongName()
    {
        MainWindow window(*m_workspace);
        window.openClient(m_client);
        const QString problem = showAndCheck(&window, QStringLiteral("main window"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto* page = child<ClientPage>(&window, "clientPage");
        QVERIFY(page->isVisible());
        const QRect inWindow(page->mapTo(&window, QPoint(0, 0)), page->size());
        QVERIFY2(window.rect().contains(inWindow), "the client page is cut off");
        QVERIFY2(window.minimumSizeHint().width() <= usableArea(&window).width(),
                 qPrintable(QString::number(window.minimumSizeHint().width())));
        // The window itself speaks the run's language.
        QVERIFY(!window.menuBar()->actions().isEmpty());
        QCOMPARE(window.menuBar()->actions().constFirst()->text(),
                 m_spanish ? QStringLiteral("&Archivo") : QStringLiteral("&File"));
    }

    void clientPage()
    {
        ClientPage page(m_workspace->domain());
        page.showClient(m_client);
        fitToScreen(&page, QSize(1100, 700));
        const QString problem = showAndCheck(&page, QStringLiteral("client page"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void clientEditor_data()
    {
        QTest::addColumn<bool>("existing");
        QTest::addRow("new") << false;
        QTest::addRow("edit profile") << true;
    }
    void clientEditor()
    {
        QFETCH(bool, existing);
        ClientEditorDialog d(&m_workspace->domain().clients(),
                             existing ? m_workspace->domain().clients().client(m_client).value() : Client());
        const QString problem = showAndCheck(&d, QStringLiteral("client editor"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void goalEditor_data()
    {
        QTest::addColumn<bool>("revise");
        QTest::addRow("new goal") << false;
        QTest::addRow("revise goal") << true;
    }
    void goalEditor()
    {
        QFETCH(bool, revise);
        const Goal g = revise ? m_workspace->domain().goals().goal(m_goal).value() : Goal();
        GoalEditorDialog d(&m_workspace->domain().goals(), m_client, g, std::nullopt);
        const QString problem = showAndCheck(&d, revise ? QStringLiteral("revise goal") : QStringLiteral("new goal"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void contactEditorAndView()
    {
        // The contact entry dialog, new (with the long-named client) and correcting; the Contacts view.
        Domain& domain = m_workspace->domain();
        ContactEditorDialog fresh(domain, ContactId(), m_client);
        QString problem = showAndCheck(&fresh, QStringLiteral("contact entry"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        ContactDraft draft;
        draft.identity = ContactIdentity::Coded;
        draft.clientCode = QStringLiteral("AB-12");
        const ContactId id = domain.contacts().record(draft).value();
        ContactEditorDialog correct(domain, id);
        problem = showAndCheck(&correct, QStringLiteral("contact correction"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        ContactsView view(domain);
        fitToScreen(&view, QSize(1100, 700));
        problem = showAndCheck(&view, QStringLiteral("contacts view"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void codePage()
    {
        // A person known by the longest code there can be, with a few contacts.
        Domain& domain = m_workspace->domain();
        ContactDraft draft;
        draft.identity = ContactIdentity::Coded;
        draft.clientCode = QString(ContactService::kMaxCode, QLatin1Char('W'));
        for (int i = 0; i < 3; ++i)
            QVERIFY(domain.contacts().record(draft).ok());
        CodePage page(domain);
        page.showCode(draft.clientCode);
        fitToScreen(&page, QSize(1100, 700));
        const QString problem = showAndCheck(&page, QStringLiteral("code page"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void goalHistory()
    {
        GoalHistoryDialog d(m_workspace->domain().goals().history(m_goal).value());
        const QString problem = showAndCheck(&d, QStringLiteral("goal history"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void printSummary()
    {
        PrintSummaryDialog d(*m_workspace, m_client);
        const QString problem = showAndCheck(&d, QStringLiteral("print summary"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void reports()
    {
        // The reports window with a preview in it: the preview scrolls, the buttons stay in view.
        ReportDialog d(*m_workspace);
        d.preview();
        QVERIFY(d.result());
        const QString problem = showAndCheck(&d, QStringLiteral("reports"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void sessionWindow_data()
    {
        QTest::addColumn<bool>("isSigned");
        QTest::addRow("new") << false;
        QTest::addRow("signed") << true;
    }
    void sessionWindow()
    {
        QFETCH(bool, isSigned);
        auto* editor = new SessionEditor(*m_workspace, m_client, isSigned ? m_signed : SessionId());
        editor->setAttribute(Qt::WA_DeleteOnClose, false);
        const QString problem =
            showAndCheck(editor, isSigned ? QStringLiteral("signed session") : QStringLiteral("new session"));
        editor->hide();
        delete editor;
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void notePreview()
    {
        UiHooks::reset();
        QWidget parent;
        fitToScreen(&parent, QSize(1100, 700));
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        const QString problem = checkModal(
            [&] {
                UiHooks::instance().preview(&parent, [](QPrinter* printer) {
                    QPainter painter(printer);
                    painter.drawText(QPointF(100, 100), QStringLiteral("A note"));
                });
            },
            QStringLiteral("print preview"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void preferences()
    {
        PreferencesDialog d(m_workspace->domain());
        const QString problem = showAndCheck(&d, QStringLiteral("preferences"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void vaultDialogs()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("v"));
        {
            UnlockDialog d(dir);
            const QString problem = showAndCheck(&d, QStringLiteral("unlock"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        {
            RestoreDialog d(dir);
            const QString problem = showAndCheck(&d, QStringLiteral("restore"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        for (auto mode : {NewPassphraseDialog::Mode::Change, NewPassphraseDialog::Mode::AfterRecovery}) {
            NewPassphraseDialog d(m_workspace.get(), mode);
            const QString problem = showAndCheck(&d, QStringLiteral("new passphrase"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void createVaultWizardPages()
    {
        QTemporaryDir tmp;
        CreateVaultWizard wizard(tmp.filePath(QStringLiteral("vault")), KdfParams::cheapestForTests());
        QString problem = showAndCheck(&wizard, QStringLiteral("wizard passphrase"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString passphrase = QStringLiteral("a long enough passphrase for the van");
        QTest::keyClicks(child<QLineEdit>(&wizard, "newPassphraseEdit"), passphrase);
        QTest::keyClicks(child<QLineEdit>(&wizard, "repeatPassphraseEdit"), passphrase);
        wizard.button(QWizard::CommitButton)->click();
        QTRY_COMPARE(wizard.currentId(), int(CreateVaultWizard::RecoveryKeyPage));
        problem = geometryProblem(&wizard, QStringLiteral("wizard recovery key"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList groups = child<QLabel>(&wizard, "recoveryKeyLabel")->text().split(QLatin1Char('-'));
        child<QCheckBox>(&wizard, "recoveryKeySavedCheck")->setChecked(true);
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(CreateVaultWizard::ConfirmKeyPage));
        problem = geometryProblem(&wizard, QStringLiteral("wizard confirm key"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTest::keyClicks(child<QLineEdit>(&wizard, "confirmGroupAEdit"), groups.at(2));
        QTest::keyClicks(child<QLineEdit>(&wizard, "confirmGroupBEdit"), groups.at(5));
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(CreateVaultWizard::CounselorPage));
        problem = geometryProblem(&wizard, QStringLiteral("wizard counselor"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_MAIN(TestGeometry)
#include "tst_geometry.moc"
