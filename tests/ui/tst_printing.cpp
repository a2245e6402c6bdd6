// SPDX-License-Identifier: GPL-3.0-or-later
// Printouts read back the way a person would: pdftotext for the words, pdfinfo for the pages, pdffonts for
// embedded fonts. The first pages are rendered to PNG in the build folder for a look. A PDF that cannot be
// written whole (a full disk) leaves no file behind and the previous one intact, and the counselor is told.
#include "UiHooks.h"
#include "common/TimeText.h"
#include "domain/Domain.h"
#include "printing/ReportActions.h"
#include "printing/Reports.h"
#include "report/ReportData.h"
#include "support/TestSupport.h"
#include "util/Clock.h"
#include "util/ErrorMessages.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <csignal>
#include <sys/resource.h>

using namespace continuum;
using namespace continuum::ui;

namespace {

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString text(const QString& pdf, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << pdf << QStringLiteral("-");
    // Whitespace as a reader sees it: one space between words, whatever the line breaks.
    return run(QStringLiteral(PDFTOTEXT), args).simplified();
}

int pageCount(const QString& pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral(PDFINFO), {pdf})).captured(1).toInt();
}

void renderFirstPage(const QString& pdf, const QString& name)
{
    const QString dir = qEnvironmentVariable("CONTINUUM_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    run(QStringLiteral(PDFTOPPM),
        {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-f"), QStringLiteral("1"),
         QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, QDir(dir).filePath(name)});
}

/// While alive, files this process writes may grow to `bytes` at most, as if the disk filled up there: a
/// write past it fails with EFBIG (SIGXFSZ is ignored, so the process is not killed). Restored on scope exit,
/// also when a check fails.
class DiskFullAt
{
public:
    explicit DiskFullAt(rlim_t bytes)
    {
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        rlimit limited = m_old;
        limited.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~DiskFullAt()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    DiskFullAt(const DiskFullAt&) = delete;
    DiskFullAt& operator=(const DiskFullAt&) = delete;

    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_ok = false;
};

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

struct Fixture {
    QTemporaryDir tmp;
    Vault::Created created;
    FixedClock clock{QDateTime(QDate(2026, 11, 20), QTime(15, 0), Qt::UTC)};
    std::unique_ptr<Domain> domain;
    ClientId client;
    QList<GoalId> goals;

    enum class Agency { Named, NotSet };

    explicit Fixture(Agency agency = Agency::Named)
    {
        clock.setToday(QDate(2026, 11, 20));
        created = test::createTestVault(tmp.filePath(QStringLiteral("v")));
        domain = std::make_unique<Domain>(created.vault->database(), clock);
        (void)domain->counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")});
        if (agency == Agency::Named)
            (void)domain->counselor().setSetting(SettingKey::AgencyName, QStringLiteral("Eastside Harm Reduction"));
        Client c;
        c.chosenName = QStringLiteral("Marisol Vega");
        c.legalName = QStringLiteral("Mariaxlegal Secretname");
        c.agencyCode = QStringLiteral("HR-9931");
        c.safetyFlag = true;
        c.phone = QStringLiteral("555-0142");
        c.address = QStringLiteral("12 Hiddenlane Road");
        c.substances = {{QStringLiteral("Fentanyl"), {SubstanceRoute::Smoke}, false}};
        client = domain->clients().create(c).value();
    }

    GoalId addGoal(const QString& words, int extraSteps = 0)
    {
        GoalFields f;
        f.clientWords = words;
        f.whyItMatters = QStringLiteral("Because I want to be around for my daughter and my mom.");
        f.lifeArea = LifeArea::SubstanceUse;
        f.position = ContinuumPosition::SaferUse;
        f.steps = {QStringLiteral("Tell Marco when I use"), QStringLiteral("Keep naloxone in my bag")};
        for (int i = 0; i < extraSteps; ++i)
            f.steps.append(QStringLiteral("Extra step number %1 that we wrote down together").arg(i + 1));
        f.whoCanHelp = QStringLiteral("Marco; the drop-in staff");
        f.ifItGetsHard = QStringLiteral("Call the never-use-alone line");
        const GoalId id = domain->goals().create(client, f, {}).value();
        goals.append(id);
        return id;
    }

    SessionId addSession(const QDate& date, int importance, int confidence, bool sign, bool importanceByPerson = false)
    {
        SessionContent s;
        s.date = date;
        s.noteFormat = NoteFormat::Dap;
        s.note = {{QStringLiteral("data"), QStringLiteral("Met at the drop-in.")},
                  {QStringLiteral("plan"), QStringLiteral("Meet again next week.")}};
        for (GoalId g : goals) {
            SessionGoalEntry e;
            e.goalId = g;
            e.stage = StageOfChange::Contemplation;
            e.importance =
                RulerScore{importance, QStringLiteral("My daughter"), QStringLiteral("A ride to the clinic")};
            e.importance->enteredByPerson = importanceByPerson;
            e.confidence = RulerScore{confidence, {}, {}};
            e.quotes = {{TalkDirection::Change, TalkCategory::Need, QStringLiteral("I have to be around for her")},
                        {TalkDirection::Sustain, TalkCategory::Reasons, QStringLiteral("It helps me sleep")}};
            s.goals.append(e);
        }
        const SessionId id = domain->sessions().createDraft(client, s).value();
        if (sign)
            (void)domain->sessions().sign(id);
        return id;
    }
};

} // namespace

class TestPrinting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
    }
    void cleanup() { UiHooks::reset(); }

    void typicalSummaryIsOnePageAndPrivate_data()
    {
        QTest::addColumn<QPageSize::PageSizeId>("paper");
        QTest::addRow("Letter") << QPageSize::Letter;
        QTest::addRow("A4") << QPageSize::A4;
    }
    void typicalSummaryIsOnePageAndPrivate()
    {
        QFETCH(QPageSize::PageSizeId, paper);
        Fixture fx;
        for (const char* words : {"Use with someone around, not alone", "Test what I buy with strips",
                                  "Get on the list for supportive housing", "See my daughter every other Sunday"})
            fx.addGoal(QString::fromUtf8(words));
        fx.addSession(QDate(2026, 10, 1), 5, 3, true);
        fx.addSession(QDate(2026, 11, 1), 7, 5, true);
        auto data = buildGoalSummary(*fx.domain, fx.client, {{}, false, QDate(2026, 11, 20)});
        QVERIFY(data.ok());
        auto doc = goalSummaryDocument(data.value());
        const QString pdf = fx.tmp.filePath(QStringLiteral("summary.pdf"));
        int pages = 0;
        QVERIFY(writePdf(*doc, pdf, {QStringLiteral("Marisol Vega — my plan"), {}}, QPageSize(paper), &pages).ok());
        renderFirstPage(pdf, QStringLiteral("30-goal-summary-") + QString::fromLatin1(QTest::currentDataTag()));
        QCOMPARE(pageCount(pdf), 1);
        QCOMPARE(pages, 1);

        const QString t = text(pdf);
        for (const char* expected :
             {"My plan", "Marisol Vega", "What I want", "Use with someone around, not alone", "Why it matters to me",
              "My next steps", "Tell Marco when I use", "Who can help", "If it gets hard", "How I feel about it now",
              "How important: 7 out of 10", "We made this plan together.", "Robin Okafor, CADC",
              "Eastside Harm Reduction", "Page 1 of 1"}) {
            QVERIFY2(t.contains(QString::fromUtf8(expected)), expected);
        }
        for (const char* never :
             {"Mariaxlegal", "Secretname", "HR-9931", "555-0142", "Hiddenlane", "Fentanyl", "Counselor's framing"}) {
            QVERIFY2(!t.contains(QString::fromUtf8(never)), never);
        }
        // Fonts are embedded and the text is real text (pdftotext found it above).
        const QString fonts = run(QStringLiteral(PDFFONTS), {pdf});
        const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY2(!lines.isEmpty(), qPrintable(fonts));
        for (const QString& line : lines) {
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 6 && cols.at(cols.size() - 5) == QStringLiteral("yes"), qPrintable(line)); // emb
        }
    }

    void substancesOnlyWhenTicked()
    {
        Fixture fx;
        fx.addGoal(QStringLiteral("Use with someone around, not alone"));
        auto data = buildGoalSummary(*fx.domain, fx.client, {{}, true, QDate(2026, 11, 20)});
        QVERIFY(data.ok());
        auto doc = goalSummaryDocument(data.value());
        const QString pdf = fx.tmp.filePath(QStringLiteral("s.pdf"));
        QVERIFY(writePdf(*doc, pdf, {QStringLiteral("x"), {}}).ok());
        QVERIFY(text(pdf).contains(QStringLiteral("Fentanyl")));
    }

    void emptySectionsAreLeftOut()
    {
        Fixture fx(Fixture::Agency::NotSet);
        GoalFields f;
        f.clientWords = QStringLiteral("Sleep indoors three nights a week");
        f.lifeArea = LifeArea::Housing;
        fx.domain->goals().create(fx.client, f, {}).value();
        auto data = buildGoalSummary(*fx.domain, fx.client, {{}, false, QDate(2026, 11, 20)});
        auto doc = goalSummaryDocument(data.value());
        const QString pdf = fx.tmp.filePath(QStringLiteral("e.pdf"));
        QVERIFY(writePdf(*doc, pdf, {QStringLiteral("x"), {}}).ok());
        const QString t = text(pdf);
        QVERIFY(t.contains(QStringLiteral("Sleep indoors three nights a week")));
        QVERIFY(t.contains(QStringLiteral("Robin Okafor, CADC"))); // the footer is there, without an agency
        for (const char* absent : {"Why it matters to me", "My next steps", "Who can help", "If it gets hard",
                                   "How I feel about it now", "Eastside", "Harm Reduction"}) {
            QVERIFY2(!t.contains(QString::fromUtf8(absent)), absent);
        }
    }

    void twelveLongGoalsPaginateWithEveryWordPresent()
    {
        Fixture fx;
        QStringList words;
        for (int i = 1; i <= 12; ++i) {
            words.append(QStringLiteral("Goal number %1: I want to keep working on this one thing that matters to me "
                                        "even on the days when it feels far away and nobody else believes it")
                             .arg(i));
            fx.addGoal(words.last(), 3);
        }
        auto data = buildGoalSummary(*fx.domain, fx.client, {{}, false, QDate(2026, 11, 20)});
        auto doc = goalSummaryDocument(data.value());
        const QString pdf = fx.tmp.filePath(QStringLiteral("long.pdf"));
        QVERIFY(writePdf(*doc, pdf, {QStringLiteral("Marisol Vega — my plan"), {}}).ok());
        const int pages = pageCount(pdf);
        QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
        const QString all = text(pdf);
        for (const QString& w : words)
            QVERIFY2(all.contains(w), qPrintable(w));
        // Each goal whole on one page, and the header with page x of y on every page.
        for (int p = 1; p <= pages; ++p) {
            const QString page = text(pdf, p);
            QVERIFY(page.contains(QStringLiteral("Marisol Vega — my plan")));
            QVERIFY(page.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)));
        }
        int whole = 0;
        for (const QString& w : words) {
            for (int p = 1; p <= pages; ++p) {
                const QString page = text(pdf, p);
                if (page.contains(w) && page.contains(QStringLiteral("Extra step number 3")))
                    ++whole, p = pages;
            }
        }
        QCOMPARE(whole, 12);
        renderFirstPage(pdf, QStringLiteral("31-goal-summary-long"));
    }

    void draftNoteIsMarkedOnEveryPage()
    {
        Fixture fx;
        for (int i = 0; i < 9; ++i)
            fx.addGoal(QStringLiteral("Goal %1 in their words").arg(i + 1));
        const SessionId id = fx.addSession(QDate(2026, 11, 19), 6, 4, false);
        auto note = buildSessionNote(*fx.domain, id);
        QVERIFY(note.ok());
        auto doc = sessionNoteDocument(note.value());
        const QString pdf = fx.tmp.filePath(QStringLiteral("draft.pdf"));
        QVERIFY(
            writePdf(*doc, pdf, {QStringLiteral("Session note — Marisol Vega"), QStringLiteral("DRAFT — NOT SIGNED")})
                .ok());
        const int pages = pageCount(pdf);
        QVERIFY2(pages >= 2, "the fixture should span pages");
        for (int p = 1; p <= pages; ++p)
            QVERIFY2(text(pdf, p).contains(QStringLiteral("DRAFT — NOT SIGNED")), qPrintable(QString::number(p)));
        const QString t = text(pdf);
        for (const char* expected :
             {"MI session note", "Marisol Vega", "HR-9931", "Contemplation", "Why 6 and not lower: “My daughter”",
              "Need: “I have to be around for her”", "Reasons: “It helps me sleep”", "Draft — not signed",
              "Note — DAP (data, assessment, plan)"}) {
            QVERIFY2(t.contains(QString::fromUtf8(expected)), expected);
        }
        QVERIFY2(!t.contains(QStringLiteral("Note (")), qPrintable(t)); // no parentheses within parentheses
        QVERIFY(!t.contains(QStringLiteral("Mariaxlegal")));
        renderFirstPage(pdf, QStringLiteral("32-session-note-draft"));
    }

    void aNumberThePersonSetIsMarkedTheirsOnTheNote()
    {
        Fixture fx;
        fx.addGoal(QStringLiteral("Use with someone around, not alone"));
        const SessionId id = fx.addSession(QDate(2026, 11, 19), 6, 4, true, true);
        auto note = buildSessionNote(*fx.domain, id);
        QVERIFY(note.ok());
        const QString pdf = fx.tmp.filePath(QStringLiteral("by-person.pdf"));
        QVERIFY(writePdf(*sessionNoteDocument(note.value()), pdf, {QStringLiteral("Session note"), {}}).ok());
        const QString t = text(pdf);
        QVERIFY2(t.contains(QStringLiteral("6 of 10 (entered by Marisol Vega)")), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("4 of 10")), qPrintable(t));
        QCOMPARE(t.count(QStringLiteral("entered by")), 1); // the counselor's confidence carries no mark
    }

    void signedNoteShowsEveryAddendumInOrder()
    {
        Fixture fx;
        fx.addGoal(QStringLiteral("Use with someone around, not alone"));
        const SessionId id = fx.addSession(QDate(2026, 11, 19), 6, 4, true);
        for (const char* body : {"First addendum text", "Second addendum text", "Third addendum text"}) {
            fx.clock.advanceSecs(3600);
            QVERIFY(fx.domain->sessions().addAddendum(id, QString::fromUtf8(body)).ok());
        }
        auto note = buildSessionNote(*fx.domain, id);
        auto doc = sessionNoteDocument(note.value());
        const QString pdf = fx.tmp.filePath(QStringLiteral("signed.pdf"));
        QVERIFY(writePdf(*doc, pdf, {QStringLiteral("Session note — Marisol Vega"), {}}).ok());
        const QString t = text(pdf);
        QVERIFY(t.contains(QStringLiteral("Signed by Robin Okafor, CADC")));
        QVERIFY(!t.contains(QStringLiteral("DRAFT")));
        // Each present, and in this order; a missing one is named rather than read as "earlier".
        const QString order = test::orderProblem(
            t, {QStringLiteral("Signed by"), QStringLiteral("Addendum 1"), QStringLiteral("First addendum text"),
                QStringLiteral("Addendum 2"), QStringLiteral("Second addendum text"), QStringLiteral("Addendum 3"),
                QStringLiteral("Third addendum text")});
        QVERIFY2(order.isEmpty(), qPrintable(order));
        renderFirstPage(pdf, QStringLiteral("33-session-note-signed"));
    }

    void printedTimesHaveNoSeconds_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addRow("en_US") << QStringLiteral("en_US");
        QTest::addRow("C (short format with seconds)") << QStringLiteral("C");
    }
    void printedTimesHaveNoSeconds()
    {
        QFETCH(QString, locale);
        QLocale::setDefault(QLocale(locale));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); });
        Fixture fx;
        fx.addGoal(QStringLiteral("Use with someone around, not alone"));
        SessionContent s;
        s.date = QDate(2026, 11, 19);
        s.startTime = QTime(11, 30, 27);
        fx.clock.set(QDateTime(QDate(2026, 11, 19), QTime(14, 15, 42), Qt::UTC));
        const SessionId id = fx.domain->sessions().createDraft(fx.client, s).value();
        QVERIFY(fx.domain->sessions().sign(id).ok());
        fx.clock.advanceSecs(3600 + 7);
        QVERIFY(fx.domain->sessions().addAddendum(id, QStringLiteral("Called back")).ok());
        auto note = buildSessionNote(*fx.domain, id);
        QVERIFY(note.ok());
        const QString pdf = fx.tmp.filePath(QStringLiteral("times.pdf"));
        QVERIFY(writePdf(*sessionNoteDocument(note.value()), pdf, {QStringLiteral("Session note"), {}}).ok());
        const QString t = text(pdf);
        static const QRegularExpression withSeconds(QStringLiteral("\\d:\\d\\d:\\d\\d"));
        QVERIFY2(!withSeconds.match(t).hasMatch(),
                 qPrintable(withSeconds.match(t).captured() + QStringLiteral(" in ") + t));
        QVERIFY2(!t.contains(QStringLiteral("UTC")), qPrintable(t));
        QVERIFY2(t.contains(timeText(QTime(11, 30))), qPrintable(t));
        QVERIFY2(t.contains(timeText(QDateTime(QDate(2026, 11, 19), QTime(14, 15), Qt::UTC).toLocalTime().time())),
                 qPrintable(t));
    }

    void aFullDiskLeavesNoPartialPdfAndThePreviousOneIntact_data()
    {
        QTest::addColumn<bool>("previous");
        QTest::addRow("over an earlier PDF") << true;
        QTest::addRow("a new file") << false;
    }
    void aFullDiskLeavesNoPartialPdfAndThePreviousOneIntact()
    {
        QFETCH(bool, previous);
        Fixture fx;
        fx.addGoal(QStringLiteral("Use with someone around, not alone"));
        auto data = buildGoalSummary(*fx.domain, fx.client, {{}, false, QDate(2026, 11, 20)});
        QVERIFY(data.ok());
        auto doc = goalSummaryDocument(data.value());
        const QString folder = fx.tmp.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(folder));
        const QString pdf = QDir(folder).filePath(QStringLiteral("summary.pdf"));
        QByteArray before;
        if (previous) {
            QVERIFY(writePdf(*doc, pdf, {QStringLiteral("the earlier one"), {}}).ok());
            before = contents(pdf);
            QVERIFY(before.startsWith("%PDF"));
        }
        const QStringList listing = filesIn(folder);

        Status s;
        {
            // Room for the start of a PDF (its header and some pages' worth), not for all of it.
            DiskFullAt full(4096);
            QVERIFY(full.ok());
            s = writePdf(*doc, pdf, {QStringLiteral("the later one"), {}});
        }
        QVERIFY(!s.ok());
        QCOMPARE(errorCodeName(s.code()), errorCodeName(ErrorCode::DiskFull));
        QCOMPARE(filesIn(folder), listing);
        if (previous)
            QCOMPARE(contents(pdf), before);
        else
            QVERIFY(!QFile::exists(pdf));

        // With room again the same call succeeds: the failure was the disk, not the document.
        QVERIFY(writePdf(*doc, pdf, {QStringLiteral("the later one"), {}}).ok());
        QVERIFY(text(pdf).contains(QStringLiteral("the later one")));
    }

    void aFailedPdfExportTellsTheCounselorInTheSharedWords()
    {
        Fixture fx;
        fx.addGoal(QStringLiteral("Use with someone around, not alone"));
        auto data = buildGoalSummary(*fx.domain, fx.client, {{}, false, QDate(2026, 11, 20)});
        QVERIFY(data.ok());
        auto doc = goalSummaryDocument(data.value());
        const QString pdf = fx.tmp.filePath(QStringLiteral("summary.pdf"));
        UiHooks::instance().saveFileName = [&pdf](QWidget*, const QString&, const QString&, const QString&) {
            return pdf;
        };
        UiHooks::instance().information = [](QWidget*, const QString&, const QString&) {};
        QStringList warnings;
        UiHooks::instance().warning = [&warnings](QWidget*, const QString&, const QString& text) {
            warnings.append(text);
        };
        bool exported = true;
        {
            DiskFullAt full(4096);
            QVERIFY(full.ok());
            exported = exportReportPdf(nullptr, *doc, {QStringLiteral("x"), {}}, QStringLiteral("summary.pdf"));
        }
        QVERIFY(!exported);
        QCOMPARE(warnings, QStringList{errorMessage(ErrorCode::DiskFull)});
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(TestPrinting)
#include "tst_printing.moc"
