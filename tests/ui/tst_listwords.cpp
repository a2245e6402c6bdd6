// SPDX-License-Identifier: GPL-3.0-or-later
// The words and marks of the lists a counselor reads all day: a list that is empty says why and what to
// do; pronouns read the same in every list; the row with the keyboard focus is plainly framed; times have
// no seconds; counts have real plurals, from the English catalogue also under the "C" locale.
#include "MainWindow.h"
#include "common/Appearance.h"
#include "common/FocusRingDelegate.h"
#include "common/Labels.h"
#include "common/TimeText.h"
#include "common/Translations.h"
#include "domain/Domain.h"
#include "models/ClientListModel.h"
#include "models/GoalListModel.h"
#include "support/TestSupport.h"
#include "support/UiTestSupport.h"
#include "util/Clock.h"
#include "views/ClientPage.h"
#include "views/TodayView.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace continuum;
using namespace continuum::ui;
using namespace continuum::test;

namespace {

const QDateTime kNow(QDate(2026, 11, 20), QTime(15, 30), Qt::UTC);

/// One message of a Qt Linguist catalogue.
struct TsMessage {
    bool numerus = false;
    QStringList forms;
};

/// The messages of a .ts file by "context|source|comment".
QHash<QString, TsMessage> readTs(const QString& path, QString* error)
{
    QHash<QString, TsMessage> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context, source, comment;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message")) {
                message = {xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}};
                source.clear();
                comment.clear();
            } else if (xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.name() == QLatin1String("comment"))
                comment = xml.readElementText();
            else if (xml.name() == QLatin1String("numerusform"))
                message.forms.append(xml.readElementText());
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.insert(context + QLatin1Char('|') + source + QLatin1Char('|') + comment, message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

/// Reads adjacent C++ string literals from `at` (the opening quote) on, as the compiler joins them.
QString readLiterals(const QString& code, qsizetype& at)
{
    QString out;
    while (at < code.size() && code.at(at) == QLatin1Char('"')) {
        for (++at; at < code.size() && code.at(at) != QLatin1Char('"'); ++at) {
            if (code.at(at) == QLatin1Char('\\') && at + 1 < code.size()) {
                ++at;
                out += code.at(at) == QLatin1Char('n') ? QLatin1Char('\n') : code.at(at);
            } else {
                out += code.at(at);
            }
        }
        ++at;
        while (at < code.size() && code.at(at).isSpace())
            ++at;
    }
    return out;
}

/// A tr() call that counts (%n), with the Linguist context it is translated in.
struct CountedString {
    QString file;
    QString context;
    QString source;
    QString comment;
};

/// Every tr("…%n…") in ui/, core/ and app/, with the context lupdate gives it.
QList<CountedString> countedStrings(const QString& root)
{
    static const QRegularExpression call(QStringLiteral("\\b(?:(\\w+)::)?tr\\(\\s*\""));
    static const QRegularExpression definition(QStringLiteral("^(?=[A-Za-z_])[\\w:<>,*& ]*?\\b(\\w+)::~?\\w+\\("),
                                               QRegularExpression::MultilineOption);
    QList<CountedString> out;
    for (const char* dir : {"ui", "core", "app"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString code = QString::fromUtf8(f.readAll());
            const QString ns = code.contains(QStringLiteral("namespace continuum::ui {"))
                                   ? QStringLiteral("continuum::ui::")
                               : code.contains(QStringLiteral("namespace continuum {")) ? QStringLiteral("continuum::")
                                                                                        : QString();
            for (auto m = call.globalMatch(code); m.hasNext();) {
                const QRegularExpressionMatch hit = m.next();
                qsizetype at = hit.capturedEnd() - 1;
                CountedString s;
                s.file = QDir(root).relativeFilePath(path);
                s.source = readLiterals(code, at);
                if (!s.source.contains(QStringLiteral("%n")))
                    continue;
                if (at < code.size() && code.at(at) == QLatin1Char(',')) {
                    ++at;
                    while (at < code.size() && code.at(at).isSpace())
                        ++at;
                    s.comment = readLiterals(code, at);
                }
                const QString qualifier = hit.captured(1);
                if (!qualifier.isEmpty()) {
                    // A struct declaring its own tr() context (Q_DECLARE_TR_FUNCTIONS), or a class.
                    const QRegularExpression declared(
                        QStringLiteral("struct\\s+%1\\s*\\{\\s*Q_DECLARE_TR_FUNCTIONS\\((\\w+)\\)").arg(qualifier));
                    const QRegularExpressionMatch d = declared.match(code);
                    s.context = d.hasMatch() ? d.captured(1) : ns + qualifier;
                } else {
                    // Inside a member function (or a lambda in one): the class of the enclosing definition.
                    QString enclosing;
                    for (auto defs = definition.globalMatch(code.left(hit.capturedStart())); defs.hasNext();)
                        enclosing = defs.next().captured(1);
                    s.context = ns + enclosing;
                }
                out.append(s);
            }
        }
    }
    return out;
}

/// Whether, going `depth` pixels inward from `from` by `step`, the frame has a pixel standing out 3:1 from
/// each of `backgrounds` (the row's own colour, the list's): what is empty when nothing is framed there.
QString frameProblem(const QImage& image, QPoint from, QPoint step, const QList<QColor>& backgrounds, int depth = 4)
{
    for (const QColor& b : backgrounds) {
        qreal best = 1;
        QPoint at = from;
        for (int i = 0; i < depth; ++i, at += step)
            best = std::max(best, FocusRingDelegate::contrast(image.pixelColor(at), b));
        if (best < 3.0)
            return QStringLiteral("at %1,%2 nothing stands out from %3 (best %4:1)")
                .arg(from.x())
                .arg(from.y())
                .arg(b.name())
                .arg(best, 0, 'f', 2);
    }
    return {};
}

void removeInstalledTranslators()
{
    for (QTranslator* t : qApp->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

} // namespace

class TestListWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        // Every widget test runs on Fusion (the offscreen default), whatever the machine's desktop.
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }

    void cleanup()
    {
        removeInstalledTranslators();
        QSettings().remove(QStringLiteral("ui/language"));
        QLocale::setDefault(QLocale::c());
    }

    // --- 1. An empty list says why, and what to do ---------------------------------------------------

    void anEmptyListSaysWhatToDo()
    {
        QTemporaryDir tmp;
        FixedClock clock(kNow);
        Workspace ws(clock);
        QVERIFY(ws.open(createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
        MainWindow window(ws);
        window.resize(1366, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* list = child<QTableView>(&window, "clientListView");
        auto* empty = child<QLabel>(&window, "clientListEmptyLabel");
        QVERIFY(list && empty);

        // Nobody yet: where to add the first person, by the menu's real words and the real shortcut.
        QVERIFY(empty->isVisible());
        QVERIFY(!list->isVisible());
        QVERIFY2(empty->text().contains(QStringLiteral("Add the first person you work with: File ▸ New Client… (%1)")
                                            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText))),
                 qPrintable(empty->text()));
        saveScreenshot(&window, QStringLiteral("listwords-empty-caseload"));

        Domain& d = ws.domain();
        for (const char* name : {"Ana Ramírez", "Bea Lindqvist", "Chris Odum"}) {
            Client c;
            c.chosenName = QString::fromUtf8(name);
            if (c.chosenName.startsWith(QLatin1Char('B')))
                c.legalName = QStringLiteral("Xyzlegal Person");
            QVERIFY(d.clients().create(c).ok());
        }
        QTRY_VERIFY(list->isVisible());
        QVERIFY(!empty->isVisible());
        QCOMPARE(list->model()->rowCount(), 3);

        // Part of a name, from the middle of a word.
        auto* search = child<QLineEdit>(&window, "clientSearchEdit");
        QTest::keyClicks(search, QStringLiteral("mir"));
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QVERIFY(list->isVisible());
        QVERIFY(list->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Ana Ram")));

        // No one matches: said so, with the hint about legal names in the option's own words.
        search->clear();
        QTest::keyClicks(search, QStringLiteral("xyz"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY(!list->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("No one matches “xyz”.")), qPrintable(empty->text()));
        QVERIFY2(empty->text().contains(QStringLiteral("Legal names are searched only when “Also legal names” is "
                                                       "ticked.")),
                 qPrintable(empty->text()));
        QVERIFY2(empty->text().contains(QStringLiteral("“Current”")), qPrintable(empty->text()));
        saveScreenshot(&window, QStringLiteral("listwords-no-match"));

        // The hint was right: ticking the box finds the legal name.
        child<QCheckBox>(&window, "searchLegalNamesCheck")->setChecked(true);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->model()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("qqq"));
        QTRY_VERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("No one matches “qqq”.")), qPrintable(empty->text()));
        QVERIFY2(!empty->text().contains(QStringLiteral("Legal names")), qPrintable(empty->text()));

        // What was typed is shown as typed, never read as markup.
        QCOMPARE(empty->textFormat(), Qt::PlainText);
        search->clear();
        QTRY_VERIFY(list->isVisible());
    }

    // --- 2. Pronouns the same everywhere ------------------------------------------------------------

    void nameWithPronouns_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pronouns");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<QString>("spoken");
        QTest::addRow("they/them") << "Sam"
                                   << "they/them"
                                   << "Sam (they/them)"
                                   << "Sam, pronouns they/them";
        QTest::addRow("none recorded") << "Sam"
                                       << ""
                                       << "Sam"
                                       << "Sam";
        QTest::addRow("only spaces") << "Sam"
                                     << "  "
                                     << "Sam"
                                     << "Sam";
        QTest::addRow("their own words, kept")
            << QString::fromUtf8("José Ñandú") << "él / he" << QString::fromUtf8("José Ñandú (él / he)")
            << QString::fromUtf8("José Ñandú, pronouns él / he");
        QTest::addRow("not markup") << "<b>Kai</b>"
                                    << "xe/xem"
                                    << "<b>Kai</b> (xe/xem)"
                                    << "<b>Kai</b>, pronouns xe/xem";
    }

    void nameWithPronouns()
    {
        QFETCH(QString, name);
        QFETCH(QString, pronouns);
        QFETCH(QString, shown);
        QFETCH(QString, spoken);
        QCOMPARE(ui::nameWithPronouns(name, pronouns), shown);
        QCOMPARE(spokenNameWithPronouns(name, pronouns), spoken);
    }

    void everyViewShowsPronounsTheSameWay()
    {
        QTemporaryDir tmp;
        FixedClock clock(kNow.addDays(-40));
        Workspace ws(clock);
        QVERIFY(ws.open(createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
        Domain& d = ws.domain();
        Client sam;
        sam.chosenName = QStringLiteral("Sam");
        sam.pronouns = QStringLiteral("they/them");
        const ClientId samId = d.clients().create(sam).value();
        clock.set(kNow);
        SessionContent c;
        c.date = clock.today();
        QVERIFY(d.sessions().createDraft(samId, c).ok());
        const QString expected = ui::nameWithPronouns(sam.chosenName, sam.pronouns);

        MainWindow window(ws);
        window.resize(1366, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The caseload list.
        auto* list = child<QTableView>(&window, "clientListView");
        QCOMPARE(list->model()->index(0, ClientListModel::NameColumn).data().toString(), expected);
        QCOMPARE(list->model()->index(0, ClientListModel::NameColumn).data(Qt::AccessibleTextRole).toString(),
                 spokenNameWithPronouns(sam.chosenName, sam.pronouns));
        // Today: a person not seen for a while, and their unsigned note.
        auto* tree = child<QTreeWidget>(&window, "todayTree");
        const QList<QTreeWidgetItem*> notSeen = rowsOf(tree, QStringLiteral("Not seen for"));
        QCOMPARE(notSeen.size(), 1);
        QCOMPARE(notSeen.first()->text(0), expected);
        const QList<QTreeWidgetItem*> drafts = rowsOf(tree, QStringLiteral("Session notes not yet signed"));
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.first()->text(0), expected);
        // The person's page.
        window.openClient(samId);
        QCOMPARE(child<QLabel>(&window, "clientNameLabel")->text(), expected);
    }

    // --- 3. The row with the keyboard focus is framed -----------------------------------------------

    void focusRingHasContrast_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addColumn<bool>("selected");
        for (Theme t : {Theme::System, Theme::Light, Theme::Dark}) {
            for (bool selected : {false, true})
                QTest::addRow("theme %d, %s", int(t), selected ? "selected" : "not selected") << int(t) << selected;
        }
    }

    void focusRingHasContrast()
    {
        QFETCH(int, theme);
        QFETCH(bool, selected);
        const QPalette palette = paletteFor(Theme(theme), QApplication::style()->standardPalette());
        QStandardItemModel model(1, 1);
        model.setData(model.index(0, 0), QStringLiteral("Sam (they/them)"));
        QStyleOptionViewItem option;
        option.rect = QRect(0, 0, 200, 24);
        option.palette = palette;
        option.showDecorationSelected = true; // as a view selecting whole rows draws them
        option.state = QStyle::State_Enabled | QStyle::State_Active | QStyle::State_HasFocus;
        if (selected)
            option.state |= QStyle::State_Selected;
        const QColor background = palette.color(selected ? QPalette::Highlight : QPalette::Base);

        FocusRingDelegate delegate;
        QImage image(option.rect.size(), QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Base));
        {
            QPainter p(&image);
            delegate.paint(&p, option, model.index(0, 0));
        }
        // All four sides of the frame stand out 3:1 from the row and from the rows around it.
        const QList<QColor> backgrounds{background, palette.color(QPalette::Base),
                                        palette.color(QPalette::AlternateBase)};
        const struct {
            QPoint from;
            QPoint step;
        } sides[] = {{{100, 0}, {0, 1}}, {{100, 23}, {0, -1}}, {{0, 12}, {1, 0}}, {{199, 12}, {-1, 0}}};
        for (const auto& side : sides) {
            const QString problem = frameProblem(image, side.from, side.step, backgrounds);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // Without the focus, no frame.
        option.state.setFlag(QStyle::State_HasFocus, false);
        image.fill(palette.color(QPalette::Base));
        {
            QPainter p(&image);
            delegate.paint(&p, option, model.index(0, 0));
        }
        QVERIFY2(FocusRingDelegate::contrast(image.pixelColor(100, 1), background) < 1.5,
                 qPrintable(image.pixelColor(100, 1).name() + QStringLiteral(" on ") + background.name()));
    }

    void clientListFramesTheFocusedRow()
    {
        QTemporaryDir tmp;
        FixedClock clock(kNow);
        Workspace ws(clock);
        QVERIFY(ws.open(createTestVault(tmp.filePath(QStringLiteral("v"))).vault, {}).ok());
        for (const char* name : {"Ana", "Bea", "Chris"}) {
            Client c;
            c.chosenName = QString::fromUtf8(name);
            QVERIFY(ws.domain().clients().create(c).ok());
        }
        MainWindow window(ws);
        window.resize(1366, 720);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto* list = child<QTableView>(&window, "clientListView");
        list->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(list->hasFocus());
        list->setCurrentIndex(list->model()->index(1, 0)); // selected and current
        QApplication::processEvents();
        const int columns = list->model()->columnCount();
        const QRect row =
            list->visualRect(list->model()->index(1, 0)).united(list->visualRect(list->model()->index(1, columns - 1)));
        const QColor highlight = list->palette().color(QPalette::Active, QPalette::Highlight);

        const QImage focused = list->viewport()->grab().toImage();
        saveScreenshot(&window, QStringLiteral("listwords-focus-ring"));
        const QList<QColor> backgrounds{highlight, list->palette().color(QPalette::Active, QPalette::Base)};
        // Along the whole row, top and bottom, and at both ends.
        for (int x = row.left() + 4; x <= row.right() - 4; x += 3) {
            QString problem = frameProblem(focused, {x, row.top()}, {0, 1}, backgrounds);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            problem = frameProblem(focused, {x, row.bottom()}, {0, -1}, backgrounds);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        for (const auto& [from, step] : {std::pair{QPoint(row.left(), row.center().y()), QPoint(1, 0)},
                                         std::pair{QPoint(row.right(), row.center().y()), QPoint(-1, 0)}}) {
            const QString problem = frameProblem(focused, from, step, backgrounds);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }

        // Focus elsewhere: the row stays selected, without the frame.
        child<QLineEdit>(&window, "clientSearchEdit")->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(!list->hasFocus());
        QApplication::processEvents();
        const QImage unfocused = list->viewport()->grab().toImage();
        for (int x = row.left() + 4; x <= row.right() - 4; x += 3)
            QVERIFY(!frameProblem(unfocused, {x, row.top()}, {0, 1}, {highlight}).isEmpty());
    }

    // --- 4. Times without seconds -------------------------------------------------------------------

    void timesHaveNoSeconds_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("time");
        QTest::addRow("C (its short format has seconds)") << "C"
                                                          << "14:15";
        QTest::addRow("en_US") << "en_US"
                               << "2:15 PM";
        QTest::addRow("de_DE") << "de_DE"
                               << "14:15";
    }

    void timesHaveNoSeconds()
    {
        QFETCH(QString, locale);
        QFETCH(QString, time);
        QLocale::setDefault(QLocale(locale));
        QCOMPARE(timeText(QTime(14, 15, 42)), time);
        const QDateTime at = QDateTime(QDate(2026, 11, 19), QTime(14, 15, 42)); // local time
        const QString shortText = dateTimeText(at);
        QVERIFY2(shortText.endsWith(time), qPrintable(shortText));
        const QString longText = dateTimeText(at, QLocale::LongFormat);
        QVERIFY2(longText.endsWith(time), qPrintable(longText));
        QVERIFY2(!longText.contains(QStringLiteral(":42")), qPrintable(longText));
    }

    // --- 5. Real plurals ----------------------------------------------------------------------------

    void everyCountHasEnglishSingularAndPlural()
    {
        QString error;
        const QHash<QString, TsMessage> ts = readTs(QStringLiteral(CONTINUUM_EN_TS), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        int numerus = 0;
        for (auto it = ts.cbegin(); it != ts.cend(); ++it) {
            if (!it->numerus)
                continue;
            ++numerus;
            QVERIFY2(it->forms.size() == 2, qPrintable(it.key()));
            for (const QString& form : it->forms)
                QVERIFY2(!form.isEmpty() && !form.contains(QStringLiteral("(s)")), qPrintable(it.key() + form));
            QVERIFY2(it->forms.at(0) != it->forms.at(1), qPrintable(it.key()));
        }
        QVERIFY(numerus > 0);

        // Every counted string in the code has them, in the context it is looked up in.
        const QList<CountedString> counted = countedStrings(QStringLiteral(CONTINUUM_SOURCE_DIR));
        QVERIFY(counted.size() >= 10);
        for (const CountedString& s : counted) {
            const QString key = s.context + QLatin1Char('|') + s.source + QLatin1Char('|') + s.comment;
            QVERIFY2(
                ts.contains(key) && ts.value(key).numerus,
                qPrintable(
                    QStringLiteral("%1: no English plural for “%2” in context %3").arg(s.file, s.source, s.context)));
        }
    }

    void pluralsReadUnderThePosixLocale()
    {
        // Run once more by CTest under LANG=C / LC_ALL=C, where the system locale has no catalogue.
        if (qgetenv("LC_ALL") == "C")
            QCOMPARE(QLocale::system().name(), QStringLiteral("C"));
        const QString dir = QFileInfo(QStringLiteral(CONTINUUM_EN_QM)).absolutePath();
        const QString installed = installTranslations(*qApp, dir);
        QVERIFY2(installed.endsWith(QStringLiteral("continuum_en.qm")), qPrintable(installed));
        QCOMPARE(QCoreApplication::translate("continuum::ui::TodayView", "%n day(s)", "", 1), QStringLiteral("1 day"));
        QCOMPARE(QCoreApplication::translate("continuum::ui::TodayView", "%n day(s)", "", 2), QStringLiteral("2 days"));
        QCOMPARE(TodayView::draftAge(2), QStringLiteral("started 2 days ago"));

        // The session list's count of addenda.
        SessionSummary one;
        one.id = SessionId(1);
        one.date = QDate(2026, 11, 19);
        one.isSigned = true;
        one.addenda = 1;
        SessionSummary two = one;
        two.id = SessionId(2);
        two.addenda = 2;
        SessionListModel sessions;
        sessions.setSessions({one, two});
        QVERIFY2(sessions.index(0).data().toString().endsWith(QStringLiteral("· 1 addendum")),
                 qPrintable(sessions.index(0).data().toString()));
        QVERIFY2(sessions.index(1).data().toString().endsWith(QStringLiteral("· 2 addenda")),
                 qPrintable(sessions.index(1).data().toString()));
    }

    void aLanguageWithoutACatalogueFallsBackToEnglish()
    {
        // Chosen in Preferences, it comes first: the locale is French, the words English until translated.
        QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("fr_FR"));
        const QString dir = QFileInfo(QStringLiteral(CONTINUUM_EN_QM)).absolutePath();
        const QString installed = installTranslations(*qApp, dir);
        QCOMPARE(QLocale().language(), QLocale::French);
        QVERIFY2(installed.endsWith(QStringLiteral("continuum_en.qm")), qPrintable(installed));
        QCOMPARE(TodayView::draftAge(3), QStringLiteral("started 3 days ago"));
    }
};

QTEST_MAIN(TestListWords)
#include "tst_listwords.moc"
