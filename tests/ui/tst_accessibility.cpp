// SPDX-License-Identifier: GPL-3.0-or-later
// Accessibility (issue 14): every control in every window and dialog has a name a screen reader can say, an
// icon-only button included; and keyboard focus is always visible, in the light and the dark theme.
//
// The windows opened here, with real records in them (a person with goals and their steps, a signed and a
// draft session, contacts known, coded and anonymous, a referral waiting, a change the person counts):
//   the main window on Today, on the client page (each of its tabs), on Contacts, on a code's page and on
//   My Practice (Ctrl+4); the client editor (new, edit); the archive question; the goal editor (new, revise);
//   the goal history; the contact editor (new, correcting); the contact lists dialog with its two questions
//   (a name, doses per kit); the Contacts view's "entered in error" question; Today's referral outcome question;
//   the goal summary print dialog; the reports window; the session window (new, draft, signed); the addendum
//   and "entered in error" dialogs; client mode (each page, and the give-back step); the self-review; the
//   voice dialogs (correct a change, set steps, mark a step, the reason for "entered in error"); Preferences;
//   the vault dialogs (unlock, restore, new passphrase in both modes, the first-run wizard's four pages);
//   About; and the dialogs behind UiHooks (the two questions, information, warning, print preview).
// Not opened: the printer and file choosers (Qt's own QPrintDialog and QFileDialog, which the desktop may replace
// with its own; nothing in them is ours to name).
// That is every `: public QDialog`, `QDialog(`, `QInputDialog`, `QMessageBox` and top-level widget in ui/
// (grep ui/ for them when adding a window, and add it to windows() below).
#include "AboutDialog.h"
#include "MainWindow.h"
#include "PreferencesDialog.h"
#include "UiHooks.h"
#include "clientmode/ClientModeDialog.h"
#include "clients/ArchiveClientDialog.h"
#include "clients/ClientEditorDialog.h"
#include "common/Appearance.h"
#include "contacts/ContactEditorDialog.h"
#include "contacts/ContactListsDialog.h"
#include "crypto/KeySlot.h"
#include "domain/Domain.h"
#include "goals/GoalEditorDialog.h"
#include "goals/GoalHistoryDialog.h"
#include "practice/SelfReviewDialog.h"
#include "printing/PrintSummaryDialog.h"
#include "reports/ReportDialog.h"
#include "sessions/AddendumDialog.h"
#include "sessions/SessionEditor.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "vaultdialogs/CreateVaultWizard.h"
#include "vaultdialogs/NewPassphraseDialog.h"
#include "vaultdialogs/RestoreDialog.h"
#include "vaultdialogs/UnlockDialog.h"
#include "workspace/Workspace.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMetaEnum>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

#include <cmath>
#include <functional>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

// ---- Names -------------------------------------------------------------------------------------------------

/// The roles of the elements a person operates, which a screen reader must be able to name: buttons of every
/// kind, check boxes, radio buttons, combo boxes, text fields, spin boxes (date and time edits too), sliders and
/// dials, the item views themselves (a list, table or tree: the reader says "Goals, list" before the first
/// row), each tab of a tab bar, links, shortcut fields and the menu bar's entries.
/// Left out, on purpose: scroll bars (Qt names them by direction, and they are reached by scrolling, not
/// named by the app); cells, rows, list and tree items and headers (their text is the record's content, and an
/// empty cell is a value, not a missing name); static text, panes and groupings (they are read, not operated).
bool mustBeNamed(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Link:
    case QAccessible::HotkeyField:
    case QAccessible::MenuItem: return true;
    default: return false;
    }
}

/// Elements whose children are their own parts, checked as the element itself: a combo box's popup list and
/// the line edit inside an editable one (the reader names the combo box), and an item view's cells and
/// headers (content, see above; widgets placed over the cells are reached through the focus chain instead).
bool isWhole(QAccessible::Role role)
{
    return role == QAccessible::ComboBox || role == QAccessible::List || role == QAccessible::Table ||
           role == QAccessible::Tree || role == QAccessible::ScrollBar;
}

QString stripped(QString text)
{
    text.remove(QLatin1Char('&'));
    return text.trimmed();
}

/// The name a screen reader says for the element. A combo box is the exception to "what Qt says": on Linux
/// Qt reports a combo box's current text as its name (the label reaches the reader as a "labelled by"
/// relation), so a combo box with no label would read as its value ("This week") and pass unnoticed. Here
/// it counts as named only by its accessible name or a label that names it.
QString nameOf(QAccessibleInterface* iface)
{
    if (iface->role() != QAccessible::ComboBox)
        return stripped(iface->text(QAccessible::Name));
    if (auto* w = qobject_cast<QWidget*>(iface->object()); w && !stripped(w->accessibleName()).isEmpty())
        return stripped(w->accessibleName());
    const auto labels = iface->relations(QAccessible::Label);
    for (const auto& [label, relation] : labels) {
        Q_UNUSED(relation);
        if (label && !stripped(label->text(QAccessible::Name)).isEmpty())
            return stripped(label->text(QAccessible::Name));
    }
    return {};
}

QString roleName(QAccessible::Role role)
{
    const char* key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
    return key ? QString::fromLatin1(key) : QString::number(int(role));
}

/// "newChangeEdit (QLineEdit, EditableText)", with the nearest named ancestor when the element has no
/// object name, so that it can be found in the source.
QString describe(const QObject* object, QAccessible::Role role)
{
    QString name = object ? object->objectName() : QString();
    if (name.isEmpty() && object) {
        for (const QObject* p = object->parent(); p; p = p->parent()) {
            if (!p->objectName().isEmpty()) {
                name = QStringLiteral("(unnamed, in %1)").arg(p->objectName());
                break;
            }
        }
    }
    if (name.isEmpty())
        name = QStringLiteral("(unnamed)");
    QString detail;
    if (const auto* b = qobject_cast<const QAbstractButton*>(object); b && !b->toolTip().isEmpty())
        detail = QStringLiteral(", tooltip \"%1\"").arg(b->toolTip());
    return QStringLiteral("%1 (%2, %3%4)")
        .arg(name, object ? QString::fromLatin1(object->metaObject()->className()) : QStringLiteral("?"),
             roleName(role), detail);
}

/// Walks one window's accessibility tree and lists every element a person operates that has no name.
class NameAudit
{
public:
    QStringList run(QWidget* window)
    {
        if (QAccessibleInterface* root = QAccessible::queryAccessibleInterface(window))
            walk(root, 0);
        else
            m_problems.append(QStringLiteral("no accessible interface for the window"));
        checkFocusChain(window);
        checkIconOnlyButtons(window);
        return m_problems;
    }

private:
    void walk(QAccessibleInterface* iface, int depth)
    {
        if (!iface || !iface->isValid() || depth > 64)
            return;
        if (iface->state().invisible)
            return; // and nothing under it shows either
        QObject* object = iface->object();
        if (object)
            m_visited.insert(object);
        check(iface, object);
        if (isWhole(iface->role()))
            return;
        for (int i = 0; i < iface->childCount(); ++i)
            walk(iface->child(i), depth + 1);
    }

    void check(QAccessibleInterface* iface, const QObject* object)
    {
        const QAccessible::Role role = iface->role();
        if (!mustBeNamed(role) || !nameOf(iface).isEmpty())
            return;
        // A tab or a menu bar entry has no object of its own: it is told apart by its parent and index.
        const QObject* key = object;
        QString what = describe(object, role);
        if (role == QAccessible::PageTab || role == QAccessible::MenuItem) {
            QAccessibleInterface* parent = iface->parent();
            key = nullptr;
            what = QStringLiteral("%1 #%2 of %3")
                       .arg(roleName(role))
                       .arg(parent ? parent->indexOfChild(iface) : -1)
                       .arg(describe(parent ? parent->object() : nullptr, parent ? parent->role() : role));
        }
        report(key, what + QStringLiteral(": no accessible name"));
    }

    /// Every widget that takes Tab focus is operated by someone, so it needs a name too, also where the
    /// accessibility tree does not reach it (a widget over an item view's cells).
    void checkFocusChain(QWidget* window)
    {
        QWidget* w = window;
        int guard = 0;
        while ((w = w->nextInFocusChain()) != window && ++guard < 10000) {
            if (m_visited.contains(w) || w->window() != window || !w->isVisibleTo(window) ||
                !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
                continue;
            // The parts of a spin box and a combo box are named by their whole.
            if (w->objectName() == QLatin1String("qt_spinbox_lineedit") || qobject_cast<QComboBox*>(w->parentWidget()))
                continue;
            // A view's viewport is the view.
            if (auto* view = qobject_cast<QAbstractScrollArea*>(w->parentWidget()); view && view->viewport() == w)
                continue;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            if (!iface)
                continue;
            m_visited.insert(w);
            if (nameOf(iface).isEmpty())
                report(w, describe(w, iface->role()) + QStringLiteral(": takes focus, no accessible name"));
        }
    }

    /// A button that shows only an icon says nothing to a screen reader unless it is given a name.
    void checkIconOnlyButtons(QWidget* window)
    {
        const QList<QAbstractButton*> buttons = window->findChildren<QAbstractButton*>();
        for (QAbstractButton* b : buttons) {
            if (b->window() != window || !b->isVisibleTo(window))
                continue;
            if (stripped(b->text()).isEmpty() && !b->icon().isNull() && stripped(b->accessibleName()).isEmpty())
                report(b, describe(b, QAccessible::PushButton) + QStringLiteral(": icon only, no accessible name"));
        }
    }

    void report(const QObject* key, const QString& text)
    {
        if (key && m_reported.contains(key))
            return;
        if (key)
            m_reported.insert(key);
        m_problems.append(text);
    }

    QStringList m_problems;
    QSet<const QObject*> m_visited;
    QSet<const QObject*> m_reported;
};

QStringList unnamedElements(QWidget* window)
{
    return NameAudit().run(window);
}

// ---- Focus -------------------------------------------------------------------------------------------------

double channel(int c)
{
    const double s = c / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
}

double luminance(QRgb c)
{
    return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
}

double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// How many pixels differ between the two pictures by a contrast of 3:1 or more (WCAG 2.2 non-text contrast
/// and focus appearance: the focus mark must stand out against what was there before).
int markedPixels(const QImage& before, const QImage& after)
{
    if (before.size() != after.size())
        return std::numeric_limits<int>::max(); // the widget changed size on focus: plainly visible
    const QImage a = before.convertToFormat(QImage::Format_RGB32);
    const QImage b = after.convertToFormat(QImage::Format_RGB32);
    int count = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* ra = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* rb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (ra[x] != rb[x] && contrast(ra[x], rb[x]) >= 3.0)
                ++count;
        }
    }
    return count;
}

constexpr int kMinimumMarkedPixels = 8;

/// While alive, text fields draw no text cursor. A blinking one-pixel caret is not the focus mark we look
/// for: it comes and goes, and a field must show it has focus in the half second the caret is off too.
class NoCaret
{
public:
    explicit NoCaret(QWidget* w)
    {
        if (auto* e = qobject_cast<QLineEdit*>(w))
            m_line = e;
        else if (auto* s = qobject_cast<QAbstractSpinBox*>(w))
            m_line = s->findChild<QLineEdit*>();
        else if (auto* c = qobject_cast<QComboBox*>(w))
            m_line = c->lineEdit();
        else if (auto* p = qobject_cast<QPlainTextEdit*>(w))
            m_plain = p;
        if (m_line) {
            m_wasReadOnly = m_line->isReadOnly();
            m_line->setReadOnly(true);
        }
        if (m_plain) {
            m_flags = m_plain->textInteractionFlags();
            m_plain->setTextInteractionFlags(m_flags & ~(Qt::TextEditable | Qt::TextSelectableByKeyboard));
        }
    }
    ~NoCaret()
    {
        if (m_line)
            m_line->setReadOnly(m_wasReadOnly);
        if (m_plain)
            m_plain->setTextInteractionFlags(m_flags);
    }
    NoCaret(const NoCaret&) = delete;
    NoCaret& operator=(const NoCaret&) = delete;

private:
    QLineEdit* m_line = nullptr;
    bool m_wasReadOnly = false;
    QPlainTextEdit* m_plain = nullptr;
    Qt::TextInteractionFlags m_flags;
};

/// The kind of a focusable widget, for the list of kinds the test must have seen: its nearest Qt class.
QString kindOf(const QWidget* w)
{
    for (const QMetaObject* m = w->metaObject(); m; m = m->superClass()) {
        const QString name = QString::fromLatin1(m->className());
        if (name.startsWith(QLatin1Char('Q')) && !name.contains(QLatin1String("::")))
            return name;
    }
    return QString::fromLatin1(w->metaObject()->className());
}

/// Checks every widget in the window's focus chain: focused by Tab, it must look different from unfocused by a
/// visible mark. Problems go to `problems`, the kinds of widget checked to `kinds`.
void checkFocusMarks(QWidget* window, const QString& what, QStringList& problems, QSet<QString>& kinds)
{
    if (!window->isActiveWindow()) {
        QApplication::setActiveWindow(window);
        if (!QTest::qWaitForWindowActive(window)) {
            problems.append(what + QStringLiteral(": the window never became active"));
            return;
        }
    }
    QList<QWidget*> chain;
    QWidget* w = window;
    int guard = 0;
    while ((w = w->nextInFocusChain()) != window && ++guard < 10000) {
        if (w->window() == window && w->isVisibleTo(window) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            !w->focusProxy() && !w->visibleRegion().isEmpty())
            chain.append(w);
    }
    for (QWidget* widget : std::as_const(chain)) {
        QPointer<QWidget> guarded(widget);
        NoCaret noCaret(widget);
        widget->clearFocus();
        QApplication::processEvents();
        const QImage before = widget->grab().toImage();
        widget->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        if (!guarded)
            continue;
        if (!widget->hasFocus()) {
            problems.append(
                QStringLiteral("%1: %2 does not take focus by Tab").arg(what, describe(widget, QAccessible::NoRole)));
            continue;
        }
        const QImage after = widget->grab().toImage();
        kinds.insert(kindOf(widget));
        const int marked = markedPixels(before, after);
        if (marked < kMinimumMarkedPixels) {
            problems.append(QStringLiteral("%1: %2 shows no visible focus (%3 pixels changed by 3:1)")
                                .arg(what, describe(widget, QAccessible::NoRole))
                                .arg(marked));
            saveScreenshot(widget, QStringLiteral("a11y-nofocus-%1-%2").arg(what, widget->objectName()));
        }
        widget->clearFocus();
    }
    QApplication::processEvents();
}

// ---- Opening windows ---------------------------------------------------------------------------------------

/// What is done with each window once it is open and shown: it is given the window and a name for it.
using Visit = std::function<void(QWidget* window, const QString& what)>;

/// Shows w (if it is not shown yet) and visits it.
void showAndVisit(QWidget* w, const QString& what, const Visit& visit)
{
    if (!w->isVisible())
        w->show();
    if (!QTest::qWaitForWindowExposed(w)) {
        QFAIL(qPrintable(what + QStringLiteral(": never shown")));
        return;
    }
    QApplication::processEvents();
    visit(w, what);
}

/// Runs open(), which shows a modal window and returns once it closes: visits the modal window when it comes,
/// then closes it. False, with a failure naming the window, when none came.
bool visitModal(const std::function<void()>& open, const QString& what, const Visit& visit)
{
    const bool came = visitAnyModal(open, [&](QWidget* modal) { visit(modal, what); });
    if (!came)
        qWarning("%s: no window opened", qPrintable(what));
    return came;
}

/// A small window with one focusable widget of each kind the app uses or may use (a slider and a dial, which
/// no window has yet, and a list of each view class with the app's focus ring): the focus test checks them
/// beside the real windows' widgets.
std::unique_ptr<QWidget> widgetGallery(QStandardItemModel* model)
{
    auto window = std::make_unique<QWidget>();
    window->setObjectName(QStringLiteral("gallery"));
    auto* form = new QFormLayout(window.get());
    auto* push = new QPushButton(QStringLiteral("Button"));
    push->setObjectName(QStringLiteral("galleryButton"));
    form->addRow(push);
    auto* check = new QCheckBox(QStringLiteral("Check"));
    check->setObjectName(QStringLiteral("galleryCheck"));
    form->addRow(check);
    auto* radio = new QRadioButton(QStringLiteral("Radio"));
    radio->setObjectName(QStringLiteral("galleryRadio"));
    form->addRow(radio);
    auto* combo = new QComboBox;
    combo->setObjectName(QStringLiteral("galleryCombo"));
    combo->addItems({QStringLiteral("One"), QStringLiteral("Two")});
    form->addRow(QStringLiteral("Combo"), combo);
    auto* line = new QLineEdit(QStringLiteral("text"));
    line->setObjectName(QStringLiteral("galleryLine"));
    form->addRow(QStringLiteral("Line"), line);
    auto* plain = new QPlainTextEdit(QStringLiteral("text"));
    plain->setObjectName(QStringLiteral("galleryPlain"));
    plain->setFixedHeight(60);
    form->addRow(QStringLiteral("Plain"), plain);
    auto* spin = new QSpinBox;
    spin->setObjectName(QStringLiteral("gallerySpin"));
    form->addRow(QStringLiteral("Spin"), spin);
    auto* date = new QDateEdit(QDate(2026, 3, 2));
    date->setObjectName(QStringLiteral("galleryDate"));
    form->addRow(QStringLiteral("Date"), date);
    auto* slider = new QSlider(Qt::Horizontal);
    slider->setObjectName(QStringLiteral("gallerySlider"));
    form->addRow(QStringLiteral("Slider"), slider);
    auto* tool = new QToolButton;
    tool->setObjectName(QStringLiteral("galleryTool"));
    tool->setText(QStringLiteral("Tool"));
    form->addRow(tool);
    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("galleryTabs"));
    tabs->addTab(new QWidget, QStringLiteral("First"));
    tabs->addTab(new QWidget, QStringLiteral("Second"));
    tabs->setFixedHeight(60);
    form->addRow(tabs);
    auto* list = new QListView;
    list->setObjectName(QStringLiteral("galleryList"));
    auto* table = new QTableView;
    table->setObjectName(QStringLiteral("galleryTable"));
    auto* tree = new QTreeView;
    tree->setObjectName(QStringLiteral("galleryTree"));
    auto* empty = new QListView;
    empty->setObjectName(QStringLiteral("galleryEmptyList"));
    empty->setModel(new QStandardItemModel(empty));
    for (QAbstractItemView* v : {static_cast<QAbstractItemView*>(list), static_cast<QAbstractItemView*>(table),
                                 static_cast<QAbstractItemView*>(tree), static_cast<QAbstractItemView*>(empty)}) {
        if (v != empty)
            v->setModel(model);
        v->setFixedHeight(70);
        form->addRow(v);
    }
    return window;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    SystemClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
    ClientId m_client;
    GoalId m_goal;
    SessionId m_signed;
    SessionId m_draft;
    QString m_code = QStringLiteral("AB-12");

    /// Opens every window and dialog, one after the other, and visits each.
    void windows(const Visit& visit)
    {
        Domain& domain = m_workspace->domain();
        {
            MainWindow window(*m_workspace);
            window.resize(1300, 760);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.showToday();
            showAndVisit(&window, QStringLiteral("main window, Today"), visit);
            // Today's question about a referral, from its row.
            auto* today = child<QTreeWidget>(&window, "todayTree");
            QVERIFY(today);
            QTreeWidgetItem* referral = nullptr;
            for (QTreeWidgetItemIterator it(today); *it && !referral; ++it) {
                if (!(*it)->data(0, Qt::UserRole + 3).toUuid().isNull())
                    referral = *it;
            }
            QVERIFY2(referral, "no referral waiting on Today");
            today->setCurrentItem(referral);
            QVERIFY(visitModal([&] { child<QPushButton>(&window, "referralOutcomeButton")->click(); },
                               QStringLiteral("referral outcome"), visit));

            window.openClient(m_client);
            auto* tabs = child<QTabWidget>(&window, "clientTabs");
            QVERIFY(tabs);
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                showAndVisit(&window,
                             QStringLiteral("main window, client page, tab %1").arg(stripped(tabs->tabText(i))), visit);
            }
            QVERIFY(visitModal([&] { child<QPushButton>(&window, "archiveButton")->click(); },
                               QStringLiteral("archive client"), visit));
            // The voice dialogs, from the client page's tab.
            tabs->setCurrentWidget(child<QWidget>(&window, "voicePanel"));
            auto* timeline = child<QAbstractItemView>(&window, "changeTimeline");
            QVERIFY(timeline && timeline->model()->rowCount() > 0);
            timeline->setCurrentIndex(timeline->model()->index(0, 0));
            QVERIFY(visitModal([&] { child<QPushButton>(&window, "correctChangeButton")->click(); },
                               QStringLiteral("correct a change"), visit));
            timeline->setCurrentIndex(timeline->model()->index(0, 0));
            QVERIFY(visitModal([&] { child<QPushButton>(&window, "changeEnteredInErrorButton")->click(); },
                               QStringLiteral("change entered in error"), visit));
            QVERIFY(visitModal([&] { child<QPushButton>(&window, "setLadderStepsButton")->click(); },
                               QStringLiteral("set steps"), visit));
            QVERIFY(visitModal([&] { child<QPushButton>(&window, "markLadderStepButton")->click(); },
                               QStringLiteral("mark a step"), visit));

            window.showContacts();
            showAndVisit(&window, QStringLiteral("main window, Contacts"), visit);
            auto* contacts = child<QTableView>(&window, "contactTable");
            QVERIFY(contacts && contacts->model()->rowCount() > 0);
            contacts->setCurrentIndex(contacts->model()->index(0, 0));
            QVERIFY(visitModal([&] { child<QPushButton>(&window, "enteredInErrorButton")->click(); },
                               QStringLiteral("contact entered in error"), visit));
            window.openCode(m_code);
            showAndVisit(&window, QStringLiteral("main window, code page"), visit);
            QAction* practice = nullptr;
            for (QAction* a : window.findChildren<QAction*>()) {
                if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_4))
                    practice = a;
            }
            QVERIFY2(practice, "no My Practice action (Ctrl+4)");
            practice->trigger();
            showAndVisit(&window, QStringLiteral("main window, My Practice"), visit);
            window.hide();
        }
        for (bool existing : {false, true}) {
            ClientEditorDialog d(&domain.clients(), existing ? domain.clients().client(m_client).value() : Client());
            showAndVisit(&d, existing ? QStringLiteral("client editor, edit") : QStringLiteral("client editor, new"),
                         visit);
        }
        for (bool revise : {false, true}) {
            GoalEditorDialog d(&domain.goals(), m_client, revise ? domain.goals().goal(m_goal).value() : Goal(),
                               std::nullopt);
            showAndVisit(&d, revise ? QStringLiteral("goal editor, revise") : QStringLiteral("goal editor, new"),
                         visit);
        }
        {
            GoalHistoryDialog d(domain.goals().history(m_goal).value());
            showAndVisit(&d, QStringLiteral("goal history"), visit);
        }
        {
            ContactEditorDialog fresh(domain, ContactId(), m_client);
            showAndVisit(&fresh, QStringLiteral("contact editor, new"), visit);
        }
        {
            const ContactId id = domain.contacts().contactsOfCode(m_code).value().first().id;
            ContactEditorDialog correct(domain, id);
            showAndVisit(&correct, QStringLiteral("contact editor, correcting"), visit);
        }
        {
            ContactListsDialog d(domain);
            showAndVisit(&d, QStringLiteral("contact lists"), visit);
            QVERIFY(visitModal([&] { child<QPushButton>(&d, "addListItemButton")->click(); },
                               QStringLiteral("contact list item name"), visit));
            d.showList(ContactList::NaloxoneProduct);
            auto* items = child<QListWidget>(&d, "contactListItems");
            QVERIFY(items && items->count() > 0);
            items->setCurrentRow(0);
            QVERIFY(visitModal([&] { child<QPushButton>(&d, "dosesPerKitButton")->click(); },
                               QStringLiteral("doses per kit"), visit));
        }
        {
            PrintSummaryDialog d(*m_workspace, m_client);
            showAndVisit(&d, QStringLiteral("print summary"), visit);
        }
        {
            ReportDialog d(*m_workspace);
            d.preview();
            showAndVisit(&d, QStringLiteral("reports"), visit);
        }
        for (const auto& [session, what] : {std::pair{SessionId(), QStringLiteral("session window, new")},
                                            std::pair{m_draft, QStringLiteral("session window, draft")},
                                            std::pair{m_signed, QStringLiteral("session window, signed")}}) {
            auto* editor = new SessionEditor(*m_workspace, m_client, session);
            editor->setAttribute(Qt::WA_DeleteOnClose, false);
            showAndVisit(editor, what, visit);
            editor->hide();
            delete editor;
        }
        for (auto kind : {AddendumDialog::Kind::Addendum, AddendumDialog::Kind::EnteredInError}) {
            AddendumDialog d(kind);
            showAndVisit(&d,
                         kind == AddendumDialog::Kind::Addendum ? QStringLiteral("addendum")
                                                                : QStringLiteral("session entered in error"),
                         visit);
        }
        visitClientMode(visit);
        {
            SelfReviewDialog d(domain, m_signed);
            showAndVisit(&d, QStringLiteral("self-review"), visit);
        }
        {
            PreferencesDialog d(domain);
            showAndVisit(&d, QStringLiteral("preferences"), visit);
        }
        {
            AboutDialog d(AboutDialog::Facts::current());
            showAndVisit(&d, QStringLiteral("about"), visit);
        }
        visitVaultDialogs(visit);
        visitHookDialogs(visit);
    }

    void visitClientMode(const Visit& visit)
    {
        auto* editor = new SessionEditor(*m_workspace, m_client, SessionId());
        editor->setAttribute(Qt::WA_DeleteOnClose, false);
        editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        editor->addGoal(m_goal);
        editor->handOverToPerson();
        QPointer<ClientModeDialog> dialog = editor->clientMode();
        QVERIFY2(dialog, "client mode did not open");
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* pages = child<QStackedWidget>(dialog, "clientModePages");
        auto* next = child<QPushButton>(dialog, "clientModeNextButton");
        QVERIFY(pages && next);
        for (int page = 1; page < 20; ++page) {
            showAndVisit(
                dialog, QStringLiteral("client mode, page %1 (%2)").arg(page).arg(pages->currentWidget()->objectName()),
                visit);
            if (!next->isVisible())
                break;
            next->click();
        }
        child<QPushButton>(dialog, "clientModeDoneButton")->click();
        QVERIFY(dialog->isGivingBack());
        showAndVisit(dialog, QStringLiteral("client mode, give back"), visit);
        dialog->done(QDialog::Rejected);
        QTRY_VERIFY(!dialog);
        editor->hide();
        delete editor;
    }

    void visitVaultDialogs(const Visit& visit)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("v"));
        {
            UnlockDialog d(dir);
            showAndVisit(&d, QStringLiteral("unlock"), visit);
        }
        {
            RestoreDialog d(dir);
            showAndVisit(&d, QStringLiteral("restore"), visit);
        }
        for (auto mode : {NewPassphraseDialog::Mode::Change, NewPassphraseDialog::Mode::AfterRecovery}) {
            NewPassphraseDialog d(m_workspace.get(), mode);
            showAndVisit(&d,
                         mode == NewPassphraseDialog::Mode::Change ? QStringLiteral("new passphrase, change")
                                                                   : QStringLiteral("new passphrase, after recovery"),
                         visit);
        }
        QTemporaryDir tmp;
        CreateVaultWizard wizard(tmp.filePath(QStringLiteral("vault")), KdfParams::cheapestForTests());
        showAndVisit(&wizard, QStringLiteral("first run, passphrase"), visit);
        const QString passphrase = QStringLiteral("a long enough passphrase for the van");
        QTest::keyClicks(child<QLineEdit>(&wizard, "newPassphraseEdit"), passphrase);
        QTest::keyClicks(child<QLineEdit>(&wizard, "repeatPassphraseEdit"), passphrase);
        wizard.button(QWizard::CommitButton)->click();
        QTRY_COMPARE(wizard.currentId(), int(CreateVaultWizard::RecoveryKeyPage));
        showAndVisit(&wizard, QStringLiteral("first run, recovery key"), visit);
        const QStringList groups = child<QLabel>(&wizard, "recoveryKeyLabel")->text().split(QLatin1Char('-'));
        child<QCheckBox>(&wizard, "recoveryKeySavedCheck")->setChecked(true);
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(CreateVaultWizard::ConfirmKeyPage));
        showAndVisit(&wizard, QStringLiteral("first run, confirm key"), visit);
        QTest::keyClicks(child<QLineEdit>(&wizard, "confirmGroupAEdit"), groups.at(2));
        QTest::keyClicks(child<QLineEdit>(&wizard, "confirmGroupBEdit"), groups.at(5));
        wizard.button(QWizard::NextButton)->click();
        QCOMPARE(wizard.currentId(), int(CreateVaultWizard::CounselorPage));
        showAndVisit(&wizard, QStringLiteral("first run, counselor"), visit);
    }

    /// The dialogs behind UiHooks: Qt's own, as the app shows them.
    void visitHookDialogs(const Visit& visit)
    {
        UiHooks::reset();
        QWidget parent;
        parent.resize(600, 400);
        parent.show();
        QVERIFY(QTest::qWaitForWindowExposed(&parent));
        UiHooks& hooks = UiHooks::instance();
        const QString title = QStringLiteral("Title");
        const QString text = QStringLiteral("A sentence.");
        QVERIFY(visitModal([&] { hooks.information(&parent, title, text); }, QStringLiteral("information"), visit));
        QVERIFY(visitModal([&] { hooks.warning(&parent, title, text); }, QStringLiteral("warning"), visit));
        QVERIFY(visitModal([&] { hooks.confirm(&parent, title, text, QStringLiteral("&Go")); },
                           QStringLiteral("question"), visit));
        QVERIFY(visitModal(
            [&] { hooks.confirmOrGoBack(&parent, title, text, QStringLiteral("&Go"), QStringLiteral("Go &Back")); },
            QStringLiteral("question with go back"), visit));
        QVERIFY(visitModal(
            [&] {
                hooks.preview(&parent, [](QPrinter* printer) {
                    QPainter painter(printer);
                    painter.drawText(QPointF(100, 100), QStringLiteral("A note"));
                });
            },
            QStringLiteral("print preview"), visit));
    }

    void runOverWindows(const Visit& visit, QStringList& visited)
    {
        windows([&](QWidget* w, const QString& what) {
            visited.append(what);
            visit(w, what);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_workspace = std::make_unique<Workspace>(m_clock);
        QVERIFY(m_workspace->open(createTestVault(m_tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
        Domain& domain = m_workspace->domain();
        QVERIFY(domain.counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")}).ok());
        Client c;
        c.chosenName = QStringLiteral("Marisol Vega");
        c.pronouns = QStringLiteral("she/her");
        c.legalName = QStringLiteral("A Legal Name");
        c.notes = QStringLiteral("Likes to meet at the library.");
        m_client = domain.clients().create(c).value();
        GoalFields f;
        f.clientWords = QStringLiteral("Use with someone around, not alone");
        f.lifeArea = LifeArea::SubstanceUse;
        f.position = ContinuumPosition::SaferUse;
        f.steps = {QStringLiteral("Tell Marco when I use"), QStringLiteral("Keep naloxone in my bag")};
        m_goal = domain.goals().create(m_client, f, {}).value();
        f.whoCanHelp = QStringLiteral("Marco");
        QVERIFY(domain.goals().revise(m_goal, f, {QString(), ClientAgreement::Yes, std::nullopt}).ok());
        GoalFields housing;
        housing.clientWords = QStringLiteral("Keep my room at the shelter");
        housing.lifeArea = LifeArea::Housing;
        QVERIFY(domain.goals().create(m_client, housing, {}).ok());

        SessionContent content;
        content.date = QDate::currentDate();
        SessionGoalEntry e;
        e.goalId = m_goal;
        e.importance = RulerScore{8, QStringLiteral("My kid"), QStringLiteral("A ride to the clinic")};
        e.confidence = RulerScore{5, QStringLiteral("I did it before"), QString()};
        content.goals = {e};
        m_signed = domain.sessions().createDraft(m_client, content).value();
        QVERIFY(domain.sessions().sign(m_signed).ok());
        m_draft = domain.sessions().createDraft(m_client, content).value();

        QVERIFY(
            domain.ladders().setSteps(m_goal, {QStringLiteral("Carry naloxone"), QStringLiteral("Tell Marco")}).ok());
        NewLadderMark mark;
        mark.goal = m_goal;
        mark.step = 1;
        QVERIFY(domain.ladders().mark(mark).ok());
        NewPositiveChange change;
        change.client = m_client;
        change.words = QStringLiteral("Dormí bajo techo, ¡tres noches!");
        QVERIFY(domain.positiveChanges().add(change).ok());

        // Contacts: known (with a referral waiting for its outcome), coded, anonymous.
        const ContactListItemId referralType =
            domain.contactLists().add(ContactList::ReferralType, QStringLiteral("Housing office")).value();
        ContactDraft known;
        known.identity = ContactIdentity::Known;
        known.client = m_client;
        known.note = QStringLiteral("Asked about the clinic hours.");
        known.occurredAt = QDateTime::currentDateTime().addDays(-40); // Today lists referrals a month old
        known.referrals = {ReferralMade{referralType, QUuid(), QStringLiteral("Housing office")}};
        const auto knownContact = domain.contacts().record(known);
        QVERIFY2(knownContact.ok(), qPrintable(knownContact.error().detail));
        ContactDraft coded;
        coded.identity = ContactIdentity::Coded;
        coded.clientCode = m_code;
        QVERIFY(domain.contacts().record(coded).ok());
        QVERIFY(domain.contacts().record(coded).ok());
        QVERIFY(domain.contacts().record(ContactDraft()).ok());
        QVERIFY(!domain.contactLists().items(ContactList::NaloxoneProduct).value().isEmpty() ||
                domain.contactLists().add(ContactList::NaloxoneProduct, QStringLiteral("Nasal spray"), 2).ok());
    }

    void cleanup()
    {
        UiHooks::reset();
        applyAppearance(*qApp, {Theme::System, 100});
    }

    // The walker itself finds what it must: a field with no label and a button with only an icon, and
    // nothing else in a dialog whose other controls are named the usual ways.
    void walkerFindsUnnamedElements()
    {
        QDialog d;
        auto* form = new QFormLayout(&d);
        auto* named = new QLineEdit;
        named->setObjectName(QStringLiteral("labelledEdit"));
        form->addRow(QStringLiteral("&Name"), named); // named by its buddy label
        auto* unnamed = new QLineEdit;
        unnamed->setObjectName(QStringLiteral("unlabelledEdit"));
        unnamed->setPlaceholderText(QStringLiteral("a placeholder is not a name"));
        form->addRow(unnamed);
        auto* icon = new QToolButton;
        icon->setObjectName(QStringLiteral("iconOnlyButton"));
        icon->setIcon(d.style()->standardIcon(QStyle::SP_DialogOkButton));
        icon->setToolTip(QStringLiteral("a tooltip is a description, not a name"));
        form->addRow(icon);
        auto* namedIcon = new QToolButton;
        namedIcon->setObjectName(QStringLiteral("namedIconButton"));
        namedIcon->setIcon(d.style()->standardIcon(QStyle::SP_DialogOkButton));
        namedIcon->setAccessibleName(QStringLiteral("Save"));
        form->addRow(namedIcon);
        auto* text = new QPushButton(QStringLiteral("&Save"));
        text->setObjectName(QStringLiteral("textButton"));
        form->addRow(text);
        auto* check = new QCheckBox(QStringLiteral("On their plan"));
        form->addRow(check);
        auto* spin = new QSpinBox;
        form->addRow(QStringLiteral("Count"), spin);
        auto* list = new QListWidget;
        list->setAccessibleName(QStringLiteral("Steps"));
        list->addItem(QString()); // an empty row is content, not a missing name
        form->addRow(list);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));

        const QStringList found = unnamedElements(&d);
        QCOMPARE(found.size(), 2);
        QVERIFY2(found.at(0).startsWith(QStringLiteral("unlabelledEdit (QLineEdit, EditableText")),
                 qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY2(found.at(1).startsWith(QStringLiteral("iconOnlyButton (QToolButton, ")),
                 qPrintable(found.join(QLatin1Char('\n'))));

        // Named, both are gone from the list.
        unnamed->setAccessibleName(QStringLiteral("Code"));
        icon->setAccessibleName(QStringLiteral("Save"));
        QCOMPARE(unnamedElements(&d), QStringList());
    }

    // A combo box with no label is reported, although Qt on Linux gives its current text as its name.
    void walkerFindsAnUnlabelledComboBox()
    {
        QWidget w;
        auto* layout = new QVBoxLayout(&w);
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("periodCombo"));
        combo->addItems({QStringLiteral("This week"), QStringLiteral("This month")});
        layout->addWidget(combo);
        auto* tabs = new QTabWidget;
        tabs->addTab(new QWidget, QString()); // a tab with no words
        layout->addWidget(tabs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QStringList found = unnamedElements(&w);
        QCOMPARE(found.size(), 2);
        QVERIFY2(found.at(0).startsWith(QStringLiteral("periodCombo (QComboBox, ComboBox")), qPrintable(found.at(0)));
        QVERIFY2(found.at(1).startsWith(QStringLiteral("PageTab #0")), qPrintable(found.at(1)));
        auto* label = new QLabel(QStringLiteral("&Period"));
        label->setBuddy(combo);
        layout->insertWidget(0, label);
        tabs->setTabText(0, QStringLiteral("Goals"));
        QCOMPARE(unnamedElements(&w), QStringList());
    }

    void everyControlHasAName()
    {
        QStringList problems;
        QStringList visited;
        runOverWindows(
            [&](QWidget* w, const QString& what) {
                const QStringList unnamed = unnamedElements(w);
                for (const QString& p : unnamed)
                    problems.append(what + QStringLiteral(": ") + p);
            },
            visited);
        QVERIFY2(!QTest::currentTestFailed(), "a window could not be opened");
        QVERIFY2(visited.size() >= 40, qPrintable(visited.join(QLatin1Char('\n'))));
        for (const QString& p : std::as_const(problems))
            qInfo().noquote() << p; // the failure message below is cut short by QTest
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("\n%1 unnamed:\n").arg(problems.size()) + problems.join(QLatin1Char('\n'))));
    }

    // The focus check can fail: a push button drawn with no focus mark at all is reported.
    void focusCheckFindsAnInvisibleFocus()
    {
        QWidget w;
        auto* layout = new QVBoxLayout(&w);
        auto* plain = new QPushButton(QStringLiteral("No ring"));
        plain->setObjectName(QStringLiteral("noRingButton"));
        // A style sheet that draws the button the same with and without focus.
        plain->setStyleSheet(QStringLiteral("QPushButton, QPushButton:focus { border: 1px solid gray; "
                                            "background: white; color: black; outline: none; }"));
        layout->addWidget(plain);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList problems;
        QSet<QString> kinds;
        checkFocusMarks(&w, QStringLiteral("self-check"), problems, kinds);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("noRingButton")), qPrintable(problems.first()));
    }

    void focusIsAlwaysVisible_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addRow("light") << int(Theme::Light);
        QTest::addRow("dark") << int(Theme::Dark);
    }
    void focusIsAlwaysVisible()
    {
        QFETCH(int, theme);
        applyAppearance(*qApp, {Theme(theme), 100});
        QStringList problems;
        QSet<QString> kinds;
        QStandardItemModel model;
        for (int r = 0; r < 3; ++r)
            model.appendRow(
                {new QStandardItem(QStringLiteral("Row %1").arg(r)), new QStandardItem(QStringLiteral("x"))});
        auto gallery = widgetGallery(&model);
        showAndVisit(gallery.get(), QStringLiteral("gallery"),
                     [&](QWidget* w, const QString& what) { checkFocusMarks(w, what, problems, kinds); });
        gallery.reset();
        QStringList visited;
        runOverWindows([&](QWidget* w, const QString& what) { checkFocusMarks(w, what, problems, kinds); }, visited);
        QVERIFY2(!QTest::currentTestFailed(), "a window could not be opened");
        // Every kind the issue names was checked somewhere.
        const QStringList expected = {
            QStringLiteral("QPushButton"), QStringLiteral("QCheckBox"),   QStringLiteral("QRadioButton"),
            QStringLiteral("QComboBox"),   QStringLiteral("QLineEdit"),   QStringLiteral("QPlainTextEdit"),
            QStringLiteral("QSpinBox"),    QStringLiteral("QDateEdit"),   QStringLiteral("QSlider"),
            QStringLiteral("QTabBar"),     QStringLiteral("QListView"),   QStringLiteral("QTableView"),
            QStringLiteral("QTreeView"),   QStringLiteral("QToolButton"), QStringLiteral("QListWidget"),
            QStringLiteral("QTreeWidget"),
        };
        QStringList missing;
        for (const QString& k : expected) {
            if (!kinds.contains(k))
                missing.append(k);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("never checked: ") + missing.join(QStringLiteral(", "))));
        for (const QString& p : std::as_const(problems))
            qInfo().noquote() << p; // the failure message below is cut short by QTest
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("\n%1 without visible focus:\n").arg(problems.size()) +
                                                problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
