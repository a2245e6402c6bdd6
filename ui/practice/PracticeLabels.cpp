// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/PracticeLabels.h"

#include <QCoreApplication>
#include <QLocale>

namespace continuum::ui {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(PracticeLabels)
};

/// tenths (35) as "3.5" in the counselor's locale.
QString oneDecimal(qint64 tenths)
{
    return QLocale().toString(double(tenths) / 10.0, 'f', 1);
}
} // namespace

QString label(MiaStepItem item)
{
    switch (item) {
    case MiaStepItem::MiSpirit: return Words::tr("MI spirit");
    case MiaStepItem::OpenQuestions: return Words::tr("Open questions");
    case MiaStepItem::Affirmations: return Words::tr("Affirmations");
    case MiaStepItem::Reflections: return Words::tr("Reflections");
    case MiaStepItem::FosteringCollaboration: return Words::tr("Fostering collaboration");
    case MiaStepItem::MotivationToChange: return Words::tr("Motivation to change");
    case MiaStepItem::DevelopingDiscrepancy: return Words::tr("Developing discrepancy");
    case MiaStepItem::ProsAndCons: return Words::tr("Pros and cons");
    case MiaStepItem::ChangePlanning: return Words::tr("Change planning");
    case MiaStepItem::ClientCentredFeedback: return Words::tr("Client-centred feedback");
    case MiaStepItem::UnsolicitedAdvice: return Words::tr("Unsolicited advice or direction");
    case MiaStepItem::EmphasisOnAbstinence: return Words::tr("Emphasis on abstinence");
    case MiaStepItem::Confrontation: return Words::tr("Confrontation");
    case MiaStepItem::Powerlessness: return Words::tr("Emphasizing powerlessness");
    case MiaStepItem::AssertingAuthority: return Words::tr("Asserting authority");
    case MiaStepItem::ClosedQuestions: return Words::tr("Closed questions");
    }
    return {};
}

QString adherenceLabel(int value)
{
    switch (value) {
    case 1: return Words::tr("1 Not at all");
    case 2: return Words::tr("2 A little");
    case 3: return Words::tr("3 Infrequently");
    case 4: return Words::tr("4 Somewhat");
    case 5: return Words::tr("5 Quite a bit");
    case 6: return Words::tr("6 Considerably");
    case 7: return Words::tr("7 Extensively");
    }
    return {};
}

QString competenceLabel(int value)
{
    switch (value) {
    case 1: return Words::tr("1 Very poor");
    case 2: return Words::tr("2 Poor");
    case 3: return Words::tr("3 Acceptable");
    case 4: return Words::tr("4 Adequate");
    case 5: return Words::tr("5 Good");
    case 6: return Words::tr("6 Very good");
    case 7: return Words::tr("7 Excellent");
    }
    return {};
}

QString label(MitiGlobal global)
{
    switch (global) {
    case MitiGlobal::CultivatingChangeTalk: return Words::tr("Cultivating change talk");
    case MitiGlobal::SofteningSustainTalk: return Words::tr("Softening sustain talk");
    case MitiGlobal::Partnership: return Words::tr("Partnership");
    case MitiGlobal::Empathy: return Words::tr("Empathy");
    }
    return {};
}

QString label(MitiCount count)
{
    switch (count) {
    case MitiCount::GivingInformation: return Words::tr("Giving information");
    case MitiCount::Persuade: return Words::tr("Persuade");
    case MitiCount::PersuadeWithPermission: return Words::tr("Persuade with permission");
    case MitiCount::Question: return Words::tr("Question");
    case MitiCount::SimpleReflection: return Words::tr("Simple reflection");
    case MitiCount::ComplexReflection: return Words::tr("Complex reflection");
    case MitiCount::Affirm: return Words::tr("Affirm");
    case MitiCount::SeekingCollaboration: return Words::tr("Seeking collaboration");
    case MitiCount::EmphasizingAutonomy: return Words::tr("Emphasizing autonomy");
    case MitiCount::Confront: return Words::tr("Confront");
    }
    return {};
}

QString label(MitiSummaryScore score)
{
    switch (score) {
    case MitiSummaryScore::Relational: return Words::tr("Relational");
    case MitiSummaryScore::Technical: return Words::tr("Technical");
    case MitiSummaryScore::PercentComplexReflections: return Words::tr("% complex reflections");
    case MitiSummaryScore::ReflectionToQuestion: return Words::tr("Reflections to questions");
    }
    return {};
}

QString label(MitiLevel level)
{
    switch (level) {
    case MitiLevel::NotComputable: return Words::tr("not computable");
    case MitiLevel::BelowFair: return Words::tr("below fair");
    case MitiLevel::Fair: return Words::tr("fair");
    case MitiLevel::Good: return Words::tr("good");
    }
    return {};
}

QString label(ClientRatingQuestion question)
{
    switch (question) {
    case ClientRatingQuestion::Listened: return Words::tr("Was I listened to?");
    case ClientRatingQuestion::WorkedOnWhatMatters: return Words::tr("Did we work on what matters to me?");
    case ClientRatingQuestion::MoreAble: return Words::tr("Do I feel more able to make the change?");
    }
    return {};
}

QString clientRatingLabel(int value)
{
    switch (value) {
    case 1: return Words::tr("1 Not at all");
    case 2: return Words::tr("2 A little");
    case 3: return Words::tr("3 Somewhat");
    case 4: return Words::tr("4 Mostly");
    case 5: return Words::tr("5 Very much");
    }
    return {};
}

QString scoreText(MitiSummaryScore score, const std::optional<Fraction>& value)
{
    if (!value)
        return label(MitiLevel::NotComputable);
    switch (score) {
    case MitiSummaryScore::Relational:
    case MitiSummaryScore::Technical: return oneDecimal(value->tenths());
    case MitiSummaryScore::PercentComplexReflections: return Words::tr("%1 %").arg(oneDecimal(value->tenths(100)));
    case MitiSummaryScore::ReflectionToQuestion: return Words::tr("%1 : 1").arg(oneDecimal(value->tenths()));
    }
    return {};
}

QString meanText(const std::optional<Fraction>& value)
{
    return value ? oneDecimal(value->tenths()) : QStringLiteral("–");
}

QString thresholdText(MitiSummaryScore score)
{
    const MitiThreshold t = mitiThreshold(score);
    return Words::tr("fair %1, good %2").arg(scoreText(score, t.fair), scoreText(score, t.good));
}

QString thresholdsCaveat()
{
    return Words::tr("Fair and good are the MITI 4.2.1 manual's suggested thresholds, based on expert opinion, not "
                     "on research.");
}

QString practicePrivacyNote()
{
    return Words::tr("Only you see this. It is never printed with a person's record.");
}

} // namespace continuum::ui
