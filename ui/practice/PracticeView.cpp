// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/PracticeView.h"

#include "common/ErrorText.h"
#include "common/FocusRingDelegate.h"
#include "common/TimeText.h"
#include "domain/Domain.h"
#include "practice/PracticeChart.h"
#include "practice/PracticeLabels.h"
#include "practice/PracticeTableModel.h"
#include "practice/SelfReviewDialog.h"
#include "util/Clock.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShowEvent>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace continuum::ui {

namespace {

QString chartObjectName(MitiSummaryScore score)
{
    switch (score) {
    case MitiSummaryScore::Relational: return QStringLiteral("relationalChart");
    case MitiSummaryScore::Technical: return QStringLiteral("technicalChart");
    case MitiSummaryScore::PercentComplexReflections: return QStringLiteral("percentComplexChart");
    case MitiSummaryScore::ReflectionToQuestion: return QStringLiteral("reflectionToQuestionChart");
    }
    return {};
}

} // namespace

PracticeView::PracticeView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_domain(workspace.domain())
{
    setObjectName(QStringLiteral("practiceView"));

    auto* title = new QLabel(tr("My practice"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    auto* privacy = new QLabel(practicePrivacyNote(), this);
    privacy->setObjectName(QStringLiteral("practicePrivacyNote"));
    privacy->setWordWrap(true);
    m_nextReview = new QLabel(this);
    m_nextReview->setObjectName(QStringLiteral("practiceNextReview"));
    m_nextReview->setWordWrap(true);

    // The reviewed sessions: the table, the text equivalent of every chart.
    auto* sessions = new QWidget(this);
    m_model = new PracticeTableModel(this);
    m_table = new QTableView(sessions);
    m_table->setObjectName(QStringLiteral("practiceTable"));
    m_table->setAccessibleName(tr("Reviewed sessions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setHighlightSections(false);
    FocusRingDelegate::install(m_table);
    connect(m_table, &QTableView::activated, this, [this] { openCurrentReview(); });
    m_empty = new QLabel(tr("You have not reviewed a session yet. In a session's window, choose “Review My "
                            "Practice…”: every rating there is optional."),
                         sessions);
    m_empty->setObjectName(QStringLiteral("practiceEmptyLabel"));
    m_empty->setWordWrap(true);
    auto* open = new QPushButton(tr("&Open Review…"), sessions);
    open->setObjectName(QStringLiteral("openReviewButton"));
    connect(open, &QPushButton::clicked, this, &PracticeView::openCurrentReview);
    auto* legend = new QLabel(tr("MITI scores show only for sessions where you coded a recording; “—” means not "
                                 "computable (nothing to divide by, or a value not coded). Person's rating: listened · "
                                 "worked on what matters · more able, each 1 to 5."),
                              sessions);
    legend->setObjectName(QStringLiteral("practiceTableLegend"));
    legend->setWordWrap(true);
    auto* sessionsLayout = new QVBoxLayout(sessions);
    sessionsLayout->addWidget(m_empty);
    sessionsLayout->addWidget(m_table, 1);
    sessionsLayout->addWidget(legend);
    auto* sessionButtons = new QHBoxLayout;
    sessionButtons->addStretch();
    sessionButtons->addWidget(open);
    sessionsLayout->addLayout(sessionButtons);

    // The trends: one chart per summary score, and what the dashed lines are.
    auto* trends = new QWidget(this);
    auto* chartGrid = new QGridLayout;
    int i = 0;
    for (MitiSummaryScore score :
         {MitiSummaryScore::Relational, MitiSummaryScore::Technical, MitiSummaryScore::PercentComplexReflections,
          MitiSummaryScore::ReflectionToQuestion}) {
        auto* chart = new PracticeChart(score, trends);
        chart->setObjectName(chartObjectName(score));
        chartGrid->addWidget(chart, i / 2, i % 2);
        m_charts.append(chart);
        ++i;
    }
    auto* caveat =
        new QLabel(tr("Each point is a session where you coded a recording with the MITI 4.2.1. "
                      "Dashed lines: ") +
                       thresholdsCaveat() + tr(" The same values are in the table under “Reviewed sessions”."),
                   trends);
    caveat->setObjectName(QStringLiteral("practiceChartsCaveat"));
    caveat->setWordWrap(true);
    auto* trendsLayout = new QVBoxLayout(trends);
    trendsLayout->addLayout(chartGrid, 1);
    trendsLayout->addWidget(caveat);

    // The skills plan: what to work on, and when to look again. Each save keeps the one before.
    auto* planPage = new QWidget(this);
    auto* planLabel = new QLabel(tr("What I want to &work on in my practice:"), planPage);
    m_plan = new QPlainTextEdit(planPage);
    m_plan->setObjectName(QStringLiteral("skillsPlanEdit"));
    m_plan->setAccessibleName(tr("My skills plan"));
    m_plan->setTabChangesFocus(true);
    planLabel->setBuddy(m_plan);
    m_hasNextReview = new QCheckBox(tr("&Review my practice again on"), planPage);
    m_hasNextReview->setObjectName(QStringLiteral("nextReviewCheck"));
    m_nextReviewDate = new QDateEdit(planPage);
    m_nextReviewDate->setObjectName(QStringLiteral("nextReviewDateEdit"));
    m_nextReviewDate->setAccessibleName(tr("Date of my next practice review"));
    m_nextReviewDate->setCalendarPopup(true);
    m_nextReviewDate->setEnabled(false);
    const QDate today = m_workspace.clock().today();
    m_nextReviewDate->setDateRange(QDate(2000, 1, 1), today.addYears(SelfReviewService::kMaxReviewYearsAhead));
    m_nextReviewDate->setDate(today.addDays(28));
    m_savePlan = new QPushButton(tr("&Save Plan"), planPage);
    m_savePlan->setObjectName(QStringLiteral("saveSkillsPlanButton"));
    m_planState = new QLabel(planPage);
    m_planState->setObjectName(QStringLiteral("skillsPlanState"));
    m_planState->setWordWrap(true);
    auto* historyLabel = new QLabel(tr("Every &version of the plan, newest first:"), planPage);
    m_planHistory = new QListWidget(planPage);
    m_planHistory->setObjectName(QStringLiteral("skillsPlanHistory"));
    m_planHistory->setAccessibleName(tr("Every version of my skills plan, newest first"));
    m_planHistory->setWordWrap(true);
    historyLabel->setBuddy(m_planHistory);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_hasNextReview);
    dateRow->addWidget(m_nextReviewDate);
    dateRow->addStretch();
    dateRow->addWidget(m_savePlan);
    auto* planLayout = new QVBoxLayout(planPage);
    planLayout->addWidget(planLabel);
    planLayout->addWidget(m_plan, 2);
    planLayout->addLayout(dateRow);
    planLayout->addWidget(m_planState);
    planLayout->addWidget(historyLabel);
    planLayout->addWidget(m_planHistory, 1);
    connect(m_hasNextReview, &QCheckBox::toggled, m_nextReviewDate, &QWidget::setEnabled);
    connect(m_savePlan, &QPushButton::clicked, this, &PracticeView::saveSkillsPlan);
    const auto edited = [this] {
        m_planEdited = true;
        m_planState->setText(tr("Not saved yet."));
    };
    connect(m_plan, &QPlainTextEdit::textChanged, this, [this, edited] {
        if (m_plan->document()->isModified())
            edited();
    });
    connect(m_hasNextReview, &QCheckBox::clicked, this, edited);
    connect(m_nextReviewDate, &QDateEdit::userDateChanged, this, edited);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("practiceTabs"));
    m_tabs->addTab(sessions, tr("Reviewed &sessions"));
    m_tabs->addTab(trends, tr("&Trends"));
    m_tabs->addTab(planPage, tr("Skills &plan"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(title);
    layout->addWidget(privacy);
    layout->addWidget(m_nextReview);
    layout->addWidget(m_tabs, 1);

    // Whatever changes a review, a rating, the plan, or a session's date or existence.
    connect(&m_domain.selfReviews(), &SelfReviewService::selfReviewChanged, this, &PracticeView::changed);
    connect(&m_domain.selfReviews(), &SelfReviewService::skillsPlanChanged, this, &PracticeView::changed);
    connect(&m_domain.sessionFeedback(), &SessionFeedbackService::clientRatingChanged, this, &PracticeView::changed);
    connect(&m_domain.sessions(), &SessionService::sessionChanged, this, &PracticeView::changed);
    connect(&m_domain.sessions(), &SessionService::sessionRemoved, this, &PracticeView::changed);
}

void PracticeView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void PracticeView::changed()
{
    m_stale = true;
    if (isVisible())
        reload();
}

void PracticeView::reload()
{
    m_stale = false;
    auto points = m_domain.selfReviews().trends();
    if (!points) {
        m_empty->setText(errorText(points.error()));
        m_empty->show();
        return;
    }
    const SessionId current = m_model->sessionAt(m_table->currentIndex().row());
    m_model->setPoints(points.value());
    for (PracticeChart* chart : m_charts)
        chart->setPoints(points.value());
    m_empty->setVisible(points->isEmpty());
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!current.isNull() && m_model->sessionAt(row) == current)
            m_table->setCurrentIndex(m_model->index(row, 0));
    }
    loadSkillsPlan();
}

void PracticeView::loadSkillsPlan()
{
    auto latest = m_domain.selfReviews().skillsPlan();
    auto history = m_domain.selfReviews().skillsPlanHistory();
    auto due = m_domain.selfReviews().reviewDue();
    if (!latest || !history || !due) {
        m_planState->setText(errorText(!latest ? latest.error() : !history ? history.error() : due.error()));
        return;
    }
    const std::optional<SkillsPlanRevision>& plan = latest.value();
    if (plan && plan->plan.nextReview) {
        const QString date = QLocale().toString(*plan->plan.nextReview, QLocale::LongFormat);
        m_nextReview->setText(due.value() ? tr("Your practice review is due: you set it for %1.").arg(date)
                                          : tr("Next review of your practice: %1.").arg(date));
    } else {
        m_nextReview->setText(tr("No next review set. You can set one in the skills plan."));
    }
    // What the counselor is typing stays until they save it.
    if (!m_planEdited) {
        const QSignalBlocker blockPlan(m_plan);
        m_plan->setPlainText(plan ? plan->plan.plan : QString());
        m_plan->document()->setModified(false);
        const bool hasDate = plan && plan->plan.nextReview;
        m_hasNextReview->setChecked(hasDate);
        m_nextReviewDate->setEnabled(hasDate);
        if (hasDate)
            m_nextReviewDate->setDate(*plan->plan.nextReview);
        m_planState->setText(plan ? tr("Version %1, saved %2.").arg(plan->revision).arg(dateTimeText(plan->revisedAt))
                                  : QString());
    }
    m_planHistory->clear();
    for (qsizetype i = history->size() - 1; i >= 0; --i) {
        const SkillsPlanRevision& r = history->at(i);
        QString line = tr("Version %1, %2").arg(r.revision).arg(dateTimeText(r.revisedAt));
        if (r.plan.nextReview)
            line += QStringLiteral(" · ") +
                    tr("review on %1").arg(QLocale().toString(*r.plan.nextReview, QLocale::ShortFormat));
        line += QLatin1Char('\n') + (r.plan.plan.isEmpty() ? tr("(no plan written)") : r.plan.plan);
        m_planHistory->addItem(line);
    }
}

void PracticeView::openCurrentReview()
{
    const SessionId session = m_model->sessionAt(m_table->currentIndex().row());
    if (session.isNull())
        return;
    SelfReviewDialog dialog(m_domain, session, this);
    dialog.exec();
}

void PracticeView::saveSkillsPlan()
{
    SkillsPlan plan;
    plan.plan = m_plan->toPlainText();
    if (m_hasNextReview->isChecked())
        plan.nextReview = m_nextReviewDate->date();
    const Status saved = m_domain.selfReviews().saveSkillsPlan(plan);
    if (!saved) {
        m_planState->setText(errorText(saved.error()));
        if (saved.error().field == Field::NextReview)
            m_nextReviewDate->setFocus();
        else
            m_plan->setFocus();
        return;
    }
    m_planEdited = false;
    loadSkillsPlan();
}

} // namespace continuum::ui
