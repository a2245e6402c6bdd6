// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/SelfReviewDialog.h"

#include "common/ErrorText.h"
#include "common/ScreenFit.h"
#include "common/TimeText.h"
#include "domain/Domain.h"
#include "practice/CountSpinBox.h"
#include "practice/PracticeLabels.h"
#include "practice/RatingComboBox.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace continuum::ui {

namespace {

// What the dialog asks for on a roomy screen; fitToScreen shrinks it to a laptop's and the form scrolls.
constexpr QSize kPreferredSize(1180, 860);

QString globalWords(int value)
{
    return QLocale().toString(value);
}

QLabel* columnHeading(const QString& text, QWidget* parent)
{
    auto* heading = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    heading->setTextFormat(Qt::RichText);
    return heading;
}

const QList<MitiSummaryScore>& summaryScores()
{
    static const QList<MitiSummaryScore> scores{MitiSummaryScore::Relational, MitiSummaryScore::Technical,
                                                MitiSummaryScore::PercentComplexReflections,
                                                MitiSummaryScore::ReflectionToQuestion};
    return scores;
}

QString scoreObjectName(MitiSummaryScore score)
{
    switch (score) {
    case MitiSummaryScore::Relational: return QStringLiteral("relationalScore");
    case MitiSummaryScore::Technical: return QStringLiteral("technicalScore");
    case MitiSummaryScore::PercentComplexReflections: return QStringLiteral("percentComplexReflectionsScore");
    case MitiSummaryScore::ReflectionToQuestion: return QStringLiteral("reflectionToQuestionScore");
    }
    return {};
}

} // namespace

SelfReviewDialog::SelfReviewDialog(Domain& domain, SessionId session, QWidget* parent)
    : QDialog(parent)
    , m_domain(domain)
    , m_session(session)
{
    setObjectName(QStringLiteral("selfReviewDialog"));
    setWindowTitle(tr("Review My Practice"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("selfReviewTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    m_title->setFont(big);
    auto* privacy = new QLabel(practicePrivacyNote() + QLatin1Char(' ') +
                                   tr("Every rating is optional: rate what you want to look at."),
                               this);
    privacy->setObjectName(QStringLiteral("selfReviewPrivacyNote"));
    privacy->setWordWrap(true);

    // Two columns in a scrolling form: the MIA:STEP ratings on the left; the person's rating, the MITI
    // and the note on the right.
    auto* form = new QWidget(this);
    auto* left = new QVBoxLayout;
    left->addWidget(buildConsistent());
    left->addWidget(buildInconsistent());
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(buildClientRating());
    m_coded = new QCheckBox(tr("I &coded a recording of this session (MITI 4.2.1)"), form);
    m_coded->setObjectName(QStringLiteral("codedRecordingCheck"));
    right->addWidget(m_coded);
    right->addWidget(buildMiti());
    auto* noteLabel = new QLabel(tr("My &note to myself:"), form);
    m_note = new QPlainTextEdit(form);
    m_note->setObjectName(QStringLiteral("selfReviewNoteEdit"));
    m_note->setAccessibleName(tr("My note to myself"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(80);
    noteLabel->setBuddy(m_note);
    right->addWidget(noteLabel);
    right->addWidget(m_note, 1);
    auto* columns = new QHBoxLayout(form);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* scroll = new QScrollArea(this);
    // Not a stop for Tab (it could show no focus): its fields take focus and are scrolled into view.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setObjectName(QStringLiteral("selfReviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("selfReviewMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* save = buttons->addButton(tr("&Save Review"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveSelfReviewButton"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SelfReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(privacy);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_coded, &QCheckBox::toggled, this, [this](bool on) {
        m_mitiPanel->setVisible(on);
        updateSummary();
    });
    load();
    m_mitiPanel->setVisible(m_coded->isChecked());
    updateSummary();
    fitToScreen(this, kPreferredSize);
}

QGroupBox* SelfReviewDialog::buildConsistent()
{
    auto* box = new QGroupBox(tr("MI-consistent behaviours (MIA:STEP)"), this);
    box->setObjectName(QStringLiteral("miConsistentGroup"));
    auto* grid = new QGridLayout(box);
    grid->addWidget(columnHeading(tr("How much"), box), 0, 1);
    grid->addWidget(columnHeading(tr("How well"), box), 0, 2);
    int row = 1;
    for (MiaStepItem item : allMiaStepItems()) {
        if (!isMiConsistent(item))
            continue;
        auto* name = new QLabel(label(item), box);
        name->setWordWrap(true);
        auto* much = new RatingComboBox(kMiaStepMin, kMiaStepMax, adherenceLabel, tr("Not rated"), box);
        much->setObjectName(QStringLiteral("adherence_") + toKey(item));
        much->setAccessibleName(tr("%1: how much").arg(label(item)));
        auto* well = new RatingComboBox(kMiaStepMin, kMiaStepMax, competenceLabel, tr("Not rated"), box);
        well->setObjectName(QStringLiteral("competence_") + toKey(item));
        well->setAccessibleName(tr("%1: how well").arg(label(item)));
        name->setBuddy(much);
        grid->addWidget(name, row, 0);
        grid->addWidget(much, row, 1);
        grid->addWidget(well, row, 2);
        m_adherence.insert(item, much);
        m_competence.insert(item, well);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    return box;
}

QGroupBox* SelfReviewDialog::buildInconsistent()
{
    auto* box = new QGroupBox(tr("MI-inconsistent behaviours (MIA:STEP)"), this);
    box->setObjectName(QStringLiteral("miInconsistentGroup"));
    auto* grid = new QGridLayout(box);
    grid->addWidget(columnHeading(tr("How much"), box), 0, 1);
    int row = 1;
    for (MiaStepItem item : allMiaStepItems()) {
        if (isMiConsistent(item))
            continue;
        auto* name = new QLabel(label(item), box);
        name->setWordWrap(true);
        auto* much = new RatingComboBox(kMiaStepMin, kMiaStepMax, adherenceLabel, tr("Not rated"), box);
        much->setObjectName(QStringLiteral("adherence_") + toKey(item));
        much->setAccessibleName(tr("%1: how much").arg(label(item)));
        name->setBuddy(much);
        grid->addWidget(name, row, 0);
        grid->addWidget(much, row, 1);
        m_adherence.insert(item, much);
        ++row;
    }
    grid->setColumnStretch(0, 1);
    return box;
}

QGroupBox* SelfReviewDialog::buildClientRating()
{
    auto* box = new QGroupBox(tr("The person's own rating of this session"), this);
    box->setObjectName(QStringLiteral("clientRatingGroup"));
    auto* layout = new QFormLayout(box);
    auto rating = m_domain.sessionFeedback().clientRating(m_session);
    if (!rating) {
        auto* problem = new QLabel(errorText(rating.error()), box);
        problem->setWordWrap(true);
        layout->addRow(problem);
        return box;
    }
    if (!rating.value()) {
        auto* none = new QLabel(tr("They have not rated this session."), box);
        none->setObjectName(QStringLiteral("clientRatingNone"));
        none->setWordWrap(true);
        layout->addRow(none);
        return box;
    }
    const EnteredClientRating& entered = *rating.value();
    int index = 0;
    for (ClientRatingQuestion q :
         {ClientRatingQuestion::Listened, ClientRatingQuestion::WorkedOnWhatMatters, ClientRatingQuestion::MoreAble}) {
        const std::optional<int> answer = entered.rating.answer(q);
        auto* value = new QLabel(answer ? clientRatingLabel(*answer) : tr("Not answered"), box);
        value->setObjectName(QStringLiteral("clientRatingAnswer%1").arg(++index));
        auto* question = new QLabel(label(q), box);
        question->setWordWrap(true);
        value->setAccessibleName(label(q));
        layout->addRow(question, value);
    }
    auto* when = new QLabel(tr("Entered by them on %1.").arg(dateTimeText(entered.enteredAt)), box);
    when->setWordWrap(true);
    layout->addRow(when);
    return box;
}

QGroupBox* SelfReviewDialog::buildMiti()
{
    m_mitiPanel = new QGroupBox(tr("MITI 4.2.1: what you coded"), this);
    m_mitiPanel->setObjectName(QStringLiteral("mitiGroup"));
    auto* layout = new QVBoxLayout(m_mitiPanel);

    // Four globals and ten counts, each in two columns, so the summary below stays in sight as they are typed.
    auto* globals = new QGridLayout;
    const QList<MitiGlobal> allGlobals = allMitiGlobals();
    for (qsizetype i = 0; i < allGlobals.size(); ++i) {
        const MitiGlobal g = allGlobals.at(i);
        auto* combo = new RatingComboBox(kMitiGlobalMin, kMitiGlobalMax, globalWords, tr("Not scored"), m_mitiPanel);
        combo->setObjectName(QStringLiteral("miti_") + toKey(g));
        combo->setAccessibleName(tr("%1 (global score, 1 to 5)").arg(label(g)));
        connect(combo, &QComboBox::currentIndexChanged, this, &SelfReviewDialog::updateSummary);
        auto* name = new QLabel(tr("%1:").arg(label(g)), m_mitiPanel);
        name->setBuddy(combo);
        const int row = int(i) / 2;
        const int column = (int(i) % 2) * 2;
        globals->addWidget(name, row, column);
        globals->addWidget(combo, row, column + 1);
        m_globals.at(std::size_t(i)) = combo;
    }
    layout->addWidget(columnHeading(tr("Global scores"), m_mitiPanel));
    layout->addLayout(globals);

    auto* counts = new QGridLayout;
    const QList<MitiCount> allCounts = allMitiCounts();
    for (qsizetype i = 0; i < allCounts.size(); ++i) {
        const MitiCount c = allCounts.at(i);
        auto* spin = new CountSpinBox(kMitiCountMax, m_mitiPanel);
        spin->setObjectName(QStringLiteral("miti_") + toKey(c));
        spin->setAccessibleName(tr("%1 (count; a dash means not counted)").arg(label(c)));
        connect(spin, &QSpinBox::valueChanged, this, &SelfReviewDialog::updateSummary);
        auto* name = new QLabel(tr("%1:").arg(label(c)), m_mitiPanel);
        name->setBuddy(spin);
        const int row = int(i) / 2;
        const int column = (int(i) % 2) * 2;
        counts->addWidget(name, row, column);
        counts->addWidget(spin, row, column + 1);
        m_counts.at(std::size_t(i)) = spin;
    }
    layout->addWidget(columnHeading(tr("Behaviour counts"), m_mitiPanel));
    layout->addLayout(counts);

    // The summary scores, worked out as the counselor types, beside the thresholds.
    auto* summary = new QGridLayout;
    summary->addWidget(columnHeading(tr("Summary"), m_mitiPanel), 0, 0);
    summary->addWidget(columnHeading(tr("Yours"), m_mitiPanel), 0, 1);
    summary->addWidget(columnHeading(tr("Thresholds"), m_mitiPanel), 0, 2);
    int row = 1;
    for (MitiSummaryScore score : summaryScores()) {
        auto* value = new QLabel(m_mitiPanel);
        value->setObjectName(scoreObjectName(score));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setAccessibleName(label(score));
        summary->addWidget(new QLabel(label(score), m_mitiPanel), row, 0);
        summary->addWidget(value, row, 1);
        summary->addWidget(new QLabel(thresholdText(score), m_mitiPanel), row, 2);
        m_scores.insert(score, value);
        ++row;
    }
    m_adherent = new QLabel(m_mitiPanel);
    m_adherent->setObjectName(QStringLiteral("miAdherentScore"));
    m_adherent->setAccessibleName(tr("MI-adherent"));
    summary->addWidget(new QLabel(tr("MI-adherent (SC + AF + EA)"), m_mitiPanel), row, 0);
    summary->addWidget(m_adherent, row++, 1);
    m_nonAdherent = new QLabel(m_mitiPanel);
    m_nonAdherent->setObjectName(QStringLiteral("miNonAdherentScore"));
    m_nonAdherent->setAccessibleName(tr("MI-non-adherent"));
    summary->addWidget(new QLabel(tr("MI-non-adherent (Confront + Persuade)"), m_mitiPanel), row, 0);
    summary->addWidget(m_nonAdherent, row++, 1);
    layout->addLayout(summary);
    auto* caveat = new QLabel(thresholdsCaveat(), m_mitiPanel);
    caveat->setObjectName(QStringLiteral("thresholdsCaveat"));
    caveat->setWordWrap(true);
    layout->addWidget(caveat);
    return m_mitiPanel;
}

void SelfReviewDialog::load()
{
    auto session = m_domain.sessions().session(m_session);
    if (session)
        m_title->setText(
            tr("My practice in the session of %1").arg(QLocale().toString(session->content.date, QLocale::LongFormat)));
    auto review = m_domain.selfReviews().review(m_session);
    if (!review) {
        m_message->setText(errorText(review.error()));
        m_message->show();
        return;
    }
    if (!review.value())
        return;
    const SelfReviewContent& c = review.value()->content;
    for (const MiaStepRating& r : c.ratings) {
        if (auto* much = m_adherence.value(r.item))
            much->setRating(r.adherence);
        if (auto* well = m_competence.value(r.item))
            well->setRating(r.competence);
    }
    m_coded->setChecked(c.codedRecording);
    const QList<MitiGlobal> allGlobals = allMitiGlobals();
    for (qsizetype i = 0; i < allGlobals.size(); ++i)
        m_globals.at(std::size_t(i))->setRating(c.miti.global(allGlobals.at(i)));
    const QList<MitiCount> allCounts = allMitiCounts();
    for (qsizetype i = 0; i < allCounts.size(); ++i)
        m_counts.at(std::size_t(i))->setCount(c.miti.count(allCounts.at(i)));
    m_note->setPlainText(c.note);
}

MitiCoding SelfReviewDialog::coding() const
{
    MitiCoding m;
    const QList<MitiGlobal> allGlobals = allMitiGlobals();
    for (qsizetype i = 0; i < allGlobals.size(); ++i)
        m.setGlobal(allGlobals.at(i), m_globals.at(std::size_t(i))->rating());
    const QList<MitiCount> allCounts = allMitiCounts();
    for (qsizetype i = 0; i < allCounts.size(); ++i)
        m.setCount(allCounts.at(i), m_counts.at(std::size_t(i))->count());
    return m;
}

SelfReviewContent SelfReviewDialog::content() const
{
    SelfReviewContent c;
    for (MiaStepItem item : allMiaStepItems()) {
        MiaStepRating r;
        r.item = item;
        if (auto* much = m_adherence.value(item))
            r.adherence = much->rating();
        if (auto* well = m_competence.value(item))
            r.competence = well->rating();
        if (r.adherence || r.competence)
            c.ratings.append(r);
    }
    c.codedRecording = m_coded->isChecked();
    if (c.codedRecording)
        c.miti = coding();
    c.note = m_note->toPlainText();
    return c;
}

MitiSummary SelfReviewDialog::summary() const
{
    return summarize(coding());
}

void SelfReviewDialog::updateSummary()
{
    if (!m_coded || !m_adherent)
        return;
    const MitiSummary s = summary();
    for (MitiSummaryScore score : summaryScores()) {
        const std::optional<Fraction> value = s.score(score);
        const QString level = label(s.level(score));
        m_scores.value(score)->setText(value ? tr("%1 — %2").arg(scoreText(score, value), level) : level);
    }
    m_adherent->setText(s.miAdherent ? QLocale().toString(*s.miAdherent) : label(MitiLevel::NotComputable));
    m_nonAdherent->setText(s.miNonAdherent ? QLocale().toString(*s.miNonAdherent) : label(MitiLevel::NotComputable));
}

void SelfReviewDialog::accept()
{
    const Status saved = m_domain.selfReviews().save(m_session, content());
    if (!saved) {
        m_message->setText(errorText(saved.error()));
        m_message->show();
        // The cursor goes to the value at fault, where the window can tell which.
        const Error& e = saved.error();
        QWidget* at = nullptr;
        if (e.field == Field::PracticeRating && e.index >= 1 && e.index <= kMiaStepItemCount) {
            const auto item = static_cast<MiaStepItem>(e.index - 1);
            at = e.reason == ValidationReason::NotApplicable ? m_competence.value(item) : m_adherence.value(item);
        } else if (e.field == Field::MitiGlobal && e.index >= 1 && e.index <= kMitiGlobalCount) {
            at = m_globals.at(std::size_t(e.index - 1));
        } else if (e.field == Field::MitiCount && e.index >= 1 && e.index <= kMitiCountCount) {
            at = m_counts.at(std::size_t(e.index - 1));
        } else if (e.field == Field::PracticeNote) {
            at = m_note;
        }
        if (at)
            at->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace continuum::ui
