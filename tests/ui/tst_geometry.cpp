// SPDX-License-Identifier: GPL-3.0-or-later
// Every top-level window and dialog fits the screen it opens on, with its buttons inside it and never
// scrolled away: run once per screen (1366×768, 1280×720, and 2732×1536 at scale factor 2), each a CTest
// of its own with the offscreen platform configured to that screen (see CMakeLists.txt). The laptop screens
// run again in Spanish (CONTINUUM_TEST_LANGUAGE=es), whose words are longer. Fitting the screen is not enough:
// every window's words must fit in it too, so no form scrolls sideways, no label, button or heading is cut
// short, and Today's lines and the client list's names are readable whole.
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "UiHooks.h"
#include "clients/ClientEditorDialog.h"
#include "common/ScreenFit.h"
#include "common/Translations.h"
#include "contacts/CodePage.h"
#include "contacts/ContactEditorDialog.h"
#include "contacts/ContactsView.h"
#include "crypto/KeySlot.h"
#include "domain/ContactListService.h"
#include "domain/ContactService.h"
#include "domain/Domain.h"
#include "goals/GoalEditorDialog.h"
#include "goals/GoalHistoryDialog.h"
#include "models/ClientListModel.h"
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

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <algorithm>

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

/// What a widget is called in a problem: its object name, else its text, else its class.
QString nameOf(const QWidget* x)
{
    if (!x->objectName().isEmpty())
        return x->objectName();
    QString text;
    if (auto* l = qobject_cast<const QLabel*>(x))
        text = l->text();
    else if (auto* b = qobject_cast<const QAbstractButton*>(x))
        text = b->text();
    else if (auto* g = qobject_cast<const QGroupBox*>(x))
        text = g->title();
    if (!text.isEmpty())
        return QLatin1Char('"') + text + QLatin1Char('"');
    return QString::fromLatin1(x->metaObject()->className());
}

/// The width a push button's text (and icon) needs inside the button's own frame and margins; a button may be
/// narrower than its size hint (a style's minimum width) as long as its text fits.
int pushButtonNeed(const QPushButton* b)
{
    const QStyle* style = b->style();
    int need = b->fontMetrics().size(Qt::TextShowMnemonic, b->text()).width() +
               style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, b) +
               2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, b);
    if (!b->icon().isNull())
        need += b->iconSize().width() + 4;
    return std::min(need, b->sizeHint().width());
}

/// Where a window's words do not fit in it, one line each (none when all fit), counting all of them:
/// - a form (a QScrollArea) or a table (an item view) that scrolls sideways: a form scrolls down, never across;
/// - a label, button, check box, radio button or group title narrower (a wrapping label: shorter) than its text
///   needs, or cut by a parent too small for it;
/// - a column heading narrower than its text.
QStringList fitProblems(QWidget* w, const QString& what)
{
    QStringList problems;
    const auto say = [&](const QString& text) { problems.append(what + QStringLiteral(": ") + text); };
    const auto shown = [w](const QWidget* x) { return x->window() == w && x->isVisibleTo(w); };

    for (QAbstractScrollArea* area : w->findChildren<QAbstractScrollArea*>()) {
        auto* form = qobject_cast<QScrollArea*>(area);
        auto* view = qobject_cast<QAbstractItemView*>(area);
        if ((!form && !view) || !shown(area))
            continue; // text boxes wrap; a page preview may scroll
        const int sideways = area->horizontalScrollBar()->maximum();
        if (sideways > 0) {
            say(QStringLiteral("%1 scrolls sideways by %2 px (its viewport is %3 px wide)")
                    .arg(nameOf(area))
                    .arg(sideways)
                    .arg(area->viewport()->width()));
        } else if (form && form->widget() && form->widgetResizable() &&
                   form->widget()->minimumSizeHint().width() > form->viewport()->width()) {
            say(QStringLiteral("%1 holds a form %2 px wide at least in a viewport of %3 px")
                    .arg(nameOf(area))
                    .arg(form->widget()->minimumSizeHint().width())
                    .arg(form->viewport()->width()));
        }
    }

    for (QWidget* x : w->findChildren<QWidget*>()) {
        if (!shown(x))
            continue;
        int need = 0;
        if (auto* l = qobject_cast<QLabel*>(x)) {
            if (l->text().isEmpty())
                continue;
            if (l->wordWrap()) {
                const int height = l->heightForWidth(l->width());
                if (l->height() < height)
                    say(QStringLiteral("the label %1 is %2 px high, its wrapped text needs %3")
                            .arg(nameOf(l))
                            .arg(l->height())
                            .arg(height));
            } else {
                need = l->minimumSizeHint().width();
            }
        } else if (auto* p = qobject_cast<QPushButton*>(x)) {
            if (!p->text().isEmpty())
                need = pushButtonNeed(p);
        } else if (qobject_cast<QCheckBox*>(x) || qobject_cast<QRadioButton*>(x)) {
            if (!static_cast<QAbstractButton*>(x)->text().isEmpty())
                need = x->sizeHint().width();
        } else if (auto* g = qobject_cast<QGroupBox*>(x)) {
            if (!g->title().isEmpty())
                need = g->minimumSizeHint().width();
        } else {
            continue;
        }
        if (x->width() < need) {
            say(QStringLiteral("%1 is %2 px wide, its text needs %3").arg(nameOf(x)).arg(x->width()).arg(need));
            continue;
        }
        // Cut by a parent that is too small for it (a layout squeezed below its minimum): up to the window, or
        // to the form it scrolls in, whose own width the scroll check above looks after.
        QRect r = x->rect();
        QWidget* from = x;
        for (QWidget* p = x->parentWidget(); p; p = p->parentWidget()) {
            r.translate(from->pos());
            from = p;
            if (auto* area = qobject_cast<QAbstractScrollArea*>(p->parentWidget()); area && area->viewport() == p)
                break;
            if (!p->rect().contains(r)) {
                say(QStringLiteral("%1 at %2,%3 %4×%5 is cut by %6 (%7×%8)")
                        .arg(nameOf(x))
                        .arg(r.x())
                        .arg(r.y())
                        .arg(r.width())
                        .arg(r.height())
                        .arg(nameOf(p))
                        .arg(p->width())
                        .arg(p->height()));
                break;
            }
            if (p == w)
                break;
        }
    }

    for (QHeaderView* header : w->findChildren<QHeaderView*>()) {
        if (header->orientation() != Qt::Horizontal || !shown(header) || !header->model())
            continue;
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i))
                continue;
            const int hint = header->sectionSizeHint(i);
            if (header->sectionSize(i) < hint) {
                say(QStringLiteral("the column \"%1\" of %2 is %3 px wide, its heading needs %4")
                        .arg(header->model()->headerData(i, Qt::Horizontal).toString(), nameOf(header->parentWidget()))
                        .arg(header->sectionSize(i))
                        .arg(hint));
            }
        }
    }
    return problems;
}

/// Everything wrong with w: where it lies on the screen (geometryProblem()) and where its words do not fit
/// (fitProblems()), one per line; empty when nothing is.
QString windowProblems(QWidget* w, const QString& what)
{
    QStringList problems;
    if (const QString place = geometryProblem(w, what); !place.isEmpty())
        problems.append(place);
    if (w)
        problems.append(fitProblems(w, what));
    return problems.join(QLatin1Char('\n'));
}

/// The rows of a tree whose text is cut short (elided, or a wrapped text taller than its row), one line each.
QStringList cutRows(const QTreeWidget* tree)
{
    QStringList cut;
    const QHeaderView* header = tree->header();
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget*>(tree)); *it; ++it) {
        const QTreeWidgetItem* item = *it;
        const QModelIndex first = tree->indexFromItem(item, 0);
        const bool spanned = tree->isFirstColumnSpanned(first.row(), first.parent());
        for (int column = 0; column < tree->columnCount(); ++column) {
            if (item->text(column).isEmpty() || (spanned && column > 0) || header->isSectionHidden(column))
                continue;
            const QModelIndex index = tree->indexFromItem(item, column);
            QRect rect = tree->visualRect(index);
            if (rect.isEmpty())
                continue; // collapsed or scrolled out
            if (spanned)  // the text runs to the end of the row
                rect.setRight(header->length() - header->offset() - 1);
            // What the style needs to draw the text whole in that rectangle, asked of the style itself (the
            // view's delegate may be the very thing that is wrong).
            QStyleOptionViewItem option;
            option.initFrom(tree);
            option.widget = tree;
            option.rect = rect;
            option.text = item->text(column);
            option.font = item->font(column);
            option.fontMetrics = QFontMetrics(option.font);
            option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
            option.features = QStyleOptionViewItem::HasDisplay;
            if (tree->wordWrap())
                option.features |= QStyleOptionViewItem::WrapText;
            const QSize need = tree->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), tree);
            const bool tooWide = !tree->wordWrap() && need.width() > rect.width();
            if (tooWide || need.height() > rect.height()) {
                cut.append(QStringLiteral("\"%1\" needs %2×%3 and has %4×%5")
                               .arg(item->text(column))
                               .arg(need.width())
                               .arg(need.height())
                               .arg(rect.width())
                               .arg(rect.height()));
            }
        }
    }
    return cut;
}

/// Shows w, waits for it, and returns what windowProblems() says.
QString showAndCheck(QWidget* w, const QString& what)
{
    w->show();
    if (!QTest::qWaitForWindowExposed(w))
        return what + QStringLiteral(": never shown");
    QApplication::processEvents();
    const QString name = QStringLiteral("geometry-%1-%2").arg(qEnvironmentVariable("CONTINUUM_SCREEN_NAME"), what);
    saveScreenshot(w, name);
    // A form taller than its window, whole, for whoever reviews the pictures.
    for (QScrollArea* form : w->findChildren<QScrollArea*>()) {
        if (form->window() == w && form->isVisible() && form->widget() &&
            form->widget()->height() > form->viewport()->height())
            saveScreenshot(form->widget(), name + QStringLiteral(" (whole form)"));
    }
    return windowProblems(w, what);
}

/// Runs open(), which shows a modal window and returns when it closes; checks the modal window when it
/// comes and closes it. The problem found, or why nothing could be checked.
QString checkModal(const std::function<void()>& open, const QString& what)
{
    QString problem = what + QStringLiteral(": no window opened");
    visitAnyModal(open, [&](QWidget* modal) { problem = windowProblems(modal, what); });
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

    void fitChecksFindCutWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected"); // in the one problem found; empty: none is
        QTest::addRow("all fits") << QStringLiteral("none") << QString();
        QTest::addRow("label") << QStringLiteral("label") << QStringLiteral("its text needs");
        QTest::addRow("wrapping label") << QStringLiteral("wrapping label") << QStringLiteral("wrapped text needs");
        QTest::addRow("push button") << QStringLiteral("push button") << QStringLiteral("its text needs");
        QTest::addRow("check box") << QStringLiteral("check box") << QStringLiteral("its text needs");
        QTest::addRow("radio button") << QStringLiteral("radio button") << QStringLiteral("its text needs");
        QTest::addRow("group title") << QStringLiteral("group title") << QStringLiteral("its text needs");
        QTest::addRow("cut by its parent") << QStringLiteral("cut by its parent") << QStringLiteral("is cut by");
        QTest::addRow("form scrolls sideways") << QStringLiteral("form") << QStringLiteral("scrolls sideways");
        QTest::addRow("table scrolls sideways") << QStringLiteral("table") << QStringLiteral("scrolls sideways");
        QTest::addRow("column heading") << QStringLiteral("heading") << QStringLiteral("its heading needs");
    }
    void fitChecksFindCutWords()
    {
        // The checks themselves: each kind of cut word, alone in a small window, is found (once), and a window
        // where everything fits has nothing to report.
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QDialog d;
        d.resize(300, 200);
        const QString words = QStringLiteral("Words that need far more room than this");
        if (kind == QStringLiteral("label")) {
            (new QLabel(words, &d))->setGeometry(10, 10, 60, 20);
        } else if (kind == QStringLiteral("wrapping label")) {
            auto* l = new QLabel(words + QLatin1Char(' ') + words, &d);
            l->setWordWrap(true);
            l->setGeometry(10, 10, 120, 16);
        } else if (kind == QStringLiteral("push button")) {
            (new QPushButton(words, &d))->setGeometry(10, 10, 60, 30);
        } else if (kind == QStringLiteral("check box")) {
            (new QCheckBox(words, &d))->setGeometry(10, 10, 60, 20);
        } else if (kind == QStringLiteral("radio button")) {
            (new QRadioButton(words, &d))->setGeometry(10, 10, 60, 20);
        } else if (kind == QStringLiteral("group title")) {
            (new QGroupBox(words, &d))->setGeometry(10, 10, 60, 60);
        } else if (kind == QStringLiteral("cut by its parent")) {
            auto* box = new QWidget(&d);
            box->setGeometry(10, 10, 100, 40);
            auto* l = new QLabel(QStringLiteral("Fits"), box);
            l->setGeometry(90, 5, l->sizeHint().width(), l->sizeHint().height());
        } else if (kind == QStringLiteral("form")) {
            auto* area = new QScrollArea(&d);
            auto* form = new QWidget;
            form->setMinimumSize(800, 100);
            area->setWidget(form);
            area->setWidgetResizable(true);
            area->setGeometry(0, 0, 300, 200);
        } else if (kind == QStringLiteral("table")) {
            auto* table = new QTableWidget(1, 2, &d);
            table->setHorizontalHeaderLabels({QStringLiteral("A"), QStringLiteral("B")});
            table->horizontalHeader()->resizeSection(0, 400);
            table->setGeometry(0, 0, 300, 200);
        } else if (kind == QStringLiteral("heading")) {
            auto* table = new QTableWidget(1, 2, &d);
            table->setHorizontalHeaderLabels({words, QStringLiteral("B")});
            table->horizontalHeader()->resizeSection(0, 40);
            table->setGeometry(0, 0, 300, 200);
        } else {
            auto* l = new QLabel(QStringLiteral("Fits"), &d);
            l->setGeometry(QRect(QPoint(10, 10), l->sizeHint()));
        }
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QApplication::processEvents();
        const QStringList problems = fitProblems(&d, QStringLiteral("sample"));
        if (expected.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        } else {
            QVERIFY2(problems.size() == 1 && problems.constFirst().contains(expected),
                     qPrintable(problems.join(QLatin1Char('\n'))));
        }
    }

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
        // The client list: the name is what matters, so its column keeps room for a name (a short name with
        // pronouns, 16 characters) however long the other columns' headings are; they take no more than they
        // need.
        auto* list = child<QTableView>(&window, "clientListView");
        QVERIFY(list && list->isVisible());
        QVERIFY(list->model()->rowCount() > 0);
        const int nameWidth = list->columnWidth(ClientListModel::NameColumn);
        const int room = list->fontMetrics().averageCharWidth() * 16;
        QVERIFY2(nameWidth >= room,
                 qPrintable(QStringLiteral("the Name column is %1 px wide, less than %2").arg(nameWidth).arg(room)));
        const QAbstractItemView* view = list; // QTableView hides sizeHintForColumn()
        for (int column = 0; column < ClientListModel::ColumnCount; ++column) {
            if (column == ClientListModel::NameColumn)
                continue;
            const int need =
                std::max(list->horizontalHeader()->sectionSizeHint(column), view->sizeHintForColumn(column));
            QVERIFY2(list->columnWidth(column) <= need,
                     qPrintable(QStringLiteral("column %1 is %2 px wide and needs %3")
                                    .arg(column)
                                    .arg(list->columnWidth(column))
                                    .arg(need)));
        }
    }

    void today()
    {
        // A busy day of contacts: Today counts them in one line and lists each, every line readable whole (the
        // count line and the long name wrap; nothing is cut to "…").
        Domain& domain = m_workspace->domain();
        const auto firstItem = [&domain](ContactList list) {
            return domain.contactLists().items(list).value_or(QList<ContactListItem>{}).value(0).id;
        };
        ContactDraft draft;
        draft.supplies.append({firstItem(ContactList::Supply), 12, {}});
        draft.naloxone.append({firstItem(ContactList::NaloxoneProduct), 1, 2, {}, 0});
        draft.drugChecks.append({firstItem(ContactList::CheckingMethod), QStringLiteral("down"), std::nullopt,
                                 QString(), true, false, false, false, false, QString()});
        draft.referrals.append({firstItem(ContactList::ReferralType), {}, {}});
        draft.setting = ContactSetting::Office;
        QVERIFY(domain.contacts().record(draft));
        draft.identity = ContactIdentity::Coded;
        draft.clientCode = QStringLiteral("RIVER-7");
        QVERIFY(domain.contacts().record(draft));
        draft.identity = ContactIdentity::Known;
        draft.clientCode.clear();
        draft.client = m_client;
        QVERIFY(domain.contacts().record(draft));

        MainWindow window(*m_workspace);
        window.showToday();
        const QString problem = showAndCheck(&window, QStringLiteral("today"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        auto* tree = child<QTreeWidget>(&window, "todayTree");
        QVERIFY(tree && tree->isVisible());
        const QList<QTreeWidgetItem*> rows =
            rowsOf(tree, QCoreApplication::translate("continuum::ui::TodayView", "Contacts today"));
        QCOMPARE(rows.size(), 4); // the count line, then the three contacts
        const QStringList cut = cutRows(tree);
        QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
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
        // Opened out: the drug check and the overdose, whose fields show only once ticked, are checked too.
        child<QGroupBox>(&correct, "drugCheckGroup")->setChecked(true);
        child<QGroupBox>(&correct, "overdoseGroup")->setChecked(true);
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
        // The languages on offer, each by its own name alone, not one country's variety of it ("American English",
        // "español de España"). (This test has no catalogues built in, so the list may hold only the system's.)
        QCOMPARE(nativeLanguageName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(nativeLanguageName(QStringLiteral("es")), QStringLiteral("Español"));
        auto* languages = child<QComboBox>(&d, "prefLanguageCombo");
        for (int i = 1; i < languages->count(); ++i)
            QCOMPARE(languages->itemText(i), nativeLanguageName(languages->itemData(i).toString()));
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
        problem = windowProblems(&wizard, QStringLiteral("wizard recovery key"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList groups = child<QLabel>(&wizard, "recoveryKeyLabel")->text().split(QLatin1Char('-'));
        child<QCheckBox>(&wizard, "recoveryKeySavedCheck")->setChecked(true);
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(CreateVaultWizard::ConfirmKeyPage));
        problem = windowProblems(&wizard, QStringLiteral("wizard confirm key"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QTest::keyClicks(child<QLineEdit>(&wizard, "confirmGroupAEdit"), groups.at(2));
        QTest::keyClicks(child<QLineEdit>(&wizard, "confirmGroupBEdit"), groups.at(5));
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(CreateVaultWizard::CounselorPage));
        problem = windowProblems(&wizard, QStringLiteral("wizard counselor"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_MAIN(TestGeometry)
#include "tst_geometry.moc"
