// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/PrintSummaryDialog.h"

#include "UiHooks.h"
#include "common/ErrorText.h"
#include "common/Labels.h"
#include "common/ScreenFit.h"
#include "common/Translations.h"
#include "domain/Domain.h"
#include "printing/PrintTexts.h"
#include "printing/ReportActions.h"
#include "report/Readability.h"
#include "util/Clock.h"
#include "voice/PlanChangesFit.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

namespace {
enum Action { Preview, Print, Pdf };

/// A language's name inside a sentence of the window's language, as that language writes it there: "Spanish" in
/// English, "español" in Spanish (never capitalised mid-sentence). A language this table does not know yet is
/// named in its own words as Qt has them ("français"), else by its code.
QString languageInSentence(const QString& code)
{
    switch (QLocale(code).language()) {
    case QLocale::English:
        return PrintSummaryDialog::tr("English", "a language's name inside a sentence; lower case where the "
                                                 "language writes it so");
    case QLocale::Spanish:
        return PrintSummaryDialog::tr("Spanish", "a language's name inside a sentence; lower case where the "
                                                 "language writes it so");
    default: break;
    }
    const QString own = QLocale(code).nativeLanguageName();
    return own.isEmpty() ? code : own;
}
} // namespace

PrintSummaryDialog::PrintSummaryDialog(Workspace& workspace, ClientId client, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_domain(&workspace.domain())
    , m_client(client)
{
    Domain* domain = m_domain;
    setObjectName(QStringLiteral("printSummaryDialog"));
    setWindowTitle(tr("Print Goal Summary"));
    m_goals = new QListWidget(this);
    m_goals->setObjectName(QStringLiteral("summaryGoalsList"));
    m_goals->setAccessibleName(tr("Goals to include"));
    m_substances = new QCheckBox(tr("Include &substances (only if they want them on the page)"), this);
    m_substances->setObjectName(QStringLiteral("includeSubstancesCheck"));
    // Only the changes they chose for their plan; ticked when there are some (each was their choice).
    const int onPlan = domain->positiveChanges().planChanges(client, 0).value_or(PlanChanges()).notShown;
    m_changes = new QCheckBox(onPlan > 0 ? tr("Include “&Changes I have made” (%1 on their plan; up to the %2 most "
                                              "recent print, as many as fit on the page)")
                                               .arg(onPlan)
                                               .arg(std::min(onPlan, GoalSummaryOptions::kDefaultMaxChanges))
                                         : tr("Include “&Changes I have made” (none on their plan yet)"),
                              this);
    m_changes->setObjectName(QStringLiteral("includeChangesCheck"));
    m_changes->setChecked(onPlan > 0);
    m_changes->setEnabled(onPlan > 0);
    if (auto c = domain->clients().client(client))
        m_chosenName = c->chosenName;
    if (auto goals = domain->goals().goalsForClient(client)) {
        for (const Goal& g : goals.value()) {
            auto* item = new QListWidgetItem(g.fields.clientWords + QStringLiteral("  (") + label(g.fields.status) +
                                             QLatin1Char(')'));
            item->setData(Qt::UserRole, g.id.value); // raw; chosenGoals() gives it back typed
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(g.fields.status == GoalStatus::Active ? Qt::Checked : Qt::Unchecked);
            m_goals->addItem(item);
        }
    }
    auto* intro = new QLabel(tr("The summary is for %1 to take home. It shows their chosen name and the goals "
                                "ticked below, in their own words. Legal name, codes and hidden contact details "
                                "never print.")
                                 .arg(m_chosenName),
                             this);
    intro->setWordWrap(true);
    // The page they take home: in their language, and plain.
    QString printLanguage;
    if (auto c = domain->clients().client(client))
        printLanguage = c->printLanguage;
    // The language named as the window's language says it mid-sentence ("Prints in Spanish", "Se imprime en
    // español"); when that is not the printout's own language, also as the printout's language names itself,
    // as the client editor lists it ("Spanish (Español)").
    const PrintTexts printTexts(printLanguage);
    const QString languageName = languageInSentence(printTexts.language());
    QString printsIn;
    if (printTexts.followsWindow() && !printLanguage.isEmpty())
        printsIn = tr("Prints in the program's language (%1): there are no texts for their language (%2) yet.")
                       .arg(languageName, languageInSentence(printLanguage));
    else if (QLocale(printTexts.language()).language() != QLocale(PrintTexts::windowLanguage()).language())
        printsIn = tr("Prints in %1 (%2).", "the language's name in the window's language, then in its own")
                       .arg(languageName, nativeLanguageName(printTexts.language()));
    else
        printsIn = tr("Prints in %1.").arg(languageName);
    auto* language = new QLabel(
        printsIn + QLatin1Char(' ') +
            tr("Only the program's texts are translated. Their own words print exactly as they wrote them, never "
               "translated or changed."),
        this);
    language->setObjectName(QStringLiteral("printLanguageNote"));
    language->setWordWrap(true);
    m_reading = new QLabel(this);
    m_reading->setObjectName(QStringLiteral("readingLevelLabel"));
    m_reading->setWordWrap(true);
    m_reading->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reading->setToolTip(tr("Flesch–Kincaid grade for English, Fernández-Huerta for Spanish: an estimate from "
                             "counting syllables, words and sentences. Health-literacy guidance sets grade 6 to 8 "
                             "for what a person takes home."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("previewSummaryButton"));
    auto* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printSummaryButton"));
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("pdfSummaryButton"));
    connect(preview, &QPushButton::clicked, this, [this] { run(Preview); });
    connect(print, &QPushButton::clicked, this, [this] { run(Print); });
    connect(pdf, &QPushButton::clicked, this, [this] { run(Pdf); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_goals);
    layout->addWidget(m_substances);
    layout->addWidget(m_changes);
    layout->addWidget(language);
    layout->addWidget(m_reading);
    layout->addWidget(buttons);
    connect(m_goals, &QListWidget::itemChanged, this, [this] { updateReadingLevel(); });
    connect(m_substances, &QCheckBox::toggled, this, [this] { updateReadingLevel(); });
    connect(m_changes, &QCheckBox::toggled, this, [this] { updateReadingLevel(); });
    updateReadingLevel();
    fitToScreen(this, QSize(560, 460));
}

void PrintSummaryDialog::updateReadingLevel()
{
    GoalSummaryOptions options;
    options.goals = chosenGoals();
    if (options.goals.isEmpty()) {
        m_reading->setText(tr("Reading level: tick a goal to see it."));
        return;
    }
    options.includeSubstances = m_substances->isChecked();
    options.includeChanges = m_changes->isChecked();
    options.date = m_workspace.clock().today();
    auto summary = buildGoalSummary(*m_domain, m_client, options);
    if (!summary) {
        m_reading->setText(errorText(summary.error()));
        return;
    }
    GoalSummaryTexts texts;
    goalSummaryDocument(summary.value(), &texts);
    const auto formula = readingLanguageFor(texts.language);
    if (!formula) {
        m_reading->setText(tr("Reading level: there is no reading-level formula for this language."));
        return;
    }
    const auto grade = [this](const ReadingLevel& level) {
        if (level.isEmpty())
            return tr("none");
        const GradeBand g = level.grades;
        return g.low == g.high
                   ? locale().toString(g.high)
                   : tr("%1–%2", "a range of school grades").arg(locale().toString(g.low), locale().toString(g.high));
    };
    const ReadingLevel fixed = readingLevel(texts.fixed, *formula);
    const ReadingLevel theirs = readingLevel(texts.theirs, *formula);
    m_reading->setText(
        tr("Reading level: fixed texts grade %1 (target %2–%3) · their words grade %4")
            .arg(grade(fixed), locale().toString(kTargetGradeLow), locale().toString(kTargetGradeHigh), grade(theirs)));
}

QList<GoalId> PrintSummaryDialog::chosenGoals() const
{
    QList<GoalId> out;
    for (int i = 0; i < m_goals->count(); ++i) {
        if (m_goals->item(i)->checkState() == Qt::Checked)
            out.append(GoalId(m_goals->item(i)->data(Qt::UserRole).toLongLong()));
    }
    return out;
}

void PrintSummaryDialog::run(int action)
{
    const QList<GoalId> goals = chosenGoals();
    if (goals.isEmpty()) {
        UiHooks::instance().warning(this, windowTitle(), tr("Tick at least one goal to print."));
        return;
    }
    GoalSummaryOptions options;
    options.goals = goals;
    options.includeSubstances = m_substances->isChecked();
    options.includeChanges = m_changes->isChecked();
    options.date = QDate::currentDate();
    auto summary = buildGoalSummary(*m_domain, m_client, options);
    if (!summary) {
        UiHooks::instance().warning(this, windowTitle(), errorText(summary.error()));
        return;
    }
    // The changes take only the room left on the page: the newest that fit, and a count of the rest.
    if (options.includeChanges && !fitPlanChangesToPages(summary.value()))
        UiHooks::instance().information(this, windowTitle(),
                                        tr("Their changes do not fit on the page beside these goals, so this copy "
                                           "prints without them. Untick a goal to make room for them."));
    auto doc = goalSummaryDocument(summary.value());
    // In the printout's language, like the page itself.
    const PageDecoration decoration = goalSummaryDecoration(summary.value());
    // Recorded through the workspace like every printout: what and for whom, never the content.
    auto client = m_domain->clients().client(m_client);
    const Delivery how = action == Pdf ? Delivery::Pdf : action == Print ? Delivery::Print : Delivery::Preview;
    deliverReport(this, m_workspace, how, *doc, decoration,
                  {QStringLiteral("goal-summary"), client ? client->uuid : QUuid(), m_client,
                   QStringLiteral("%1 goals").arg(goals.size()),
                   tr("plan-%1.pdf").arg(QDate::currentDate().toString(Qt::ISODate))});
}

} // namespace continuum::ui
