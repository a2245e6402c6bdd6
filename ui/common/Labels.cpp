// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Labels.h"

#include <QCoreApplication>

namespace continuum::ui {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(Labels)
};
} // namespace

QString label(ClientStatus v)
{
    switch (v) {
    case ClientStatus::Active: return Words::tr("Active");
    case ClientStatus::Inactive: return Words::tr("Inactive");
    case ClientStatus::Archived: return Words::tr("Archived");
    }
    return {};
}

QString label(SubstanceRoute v)
{
    switch (v) {
    case SubstanceRoute::Inject: return Words::tr("Inject");
    case SubstanceRoute::Smoke: return Words::tr("Smoke");
    case SubstanceRoute::Snort: return Words::tr("Snort");
    case SubstanceRoute::Swallow: return Words::tr("Swallow");
    case SubstanceRoute::Other: return Words::tr("Other route");
    }
    return {};
}

QString label(LifeArea v)
{
    switch (v) {
    case LifeArea::Safety: return Words::tr("Safety");
    case LifeArea::Health: return Words::tr("Health");
    case LifeArea::MentalHealth: return Words::tr("Mental health");
    case LifeArea::Housing: return Words::tr("Housing");
    case LifeArea::Food: return Words::tr("Food");
    case LifeArea::Income: return Words::tr("Income");
    case LifeArea::WorkLearning: return Words::tr("Work and learning");
    case LifeArea::Relationships: return Words::tr("Relationships");
    case LifeArea::ChildrenFamily: return Words::tr("Children and family");
    case LifeArea::Legal: return Words::tr("Legal");
    case LifeArea::SubstanceUse: return Words::tr("Substance use");
    case LifeArea::Other: return Words::tr("Other");
    }
    return {};
}

QString label(ContinuumPosition v)
{
    switch (v) {
    case ContinuumPosition::SaferUse: return Words::tr("Safer use");
    case ContinuumPosition::ManagedUse: return Words::tr("Managed use");
    case ContinuumPosition::Abstinence: return Words::tr("Abstinence");
    case ContinuumPosition::NotPlaced: return Words::tr("Not placed yet");
    }
    return {};
}

QString label(ClientAgreement v)
{
    switch (v) {
    case ClientAgreement::Yes: return Words::tr("Yes, they agreed");
    case ClientAgreement::No: return Words::tr("No, they did not agree");
    case ClientAgreement::NotDiscussed: return Words::tr("Not talked about");
    }
    return {};
}

QString label(GoalStatus v)
{
    switch (v) {
    case GoalStatus::Active: return Words::tr("Active");
    case GoalStatus::Paused: return Words::tr("Paused");
    case GoalStatus::Achieved: return Words::tr("Achieved");
    case GoalStatus::SetAside: return Words::tr("Set aside");
    }
    return {};
}

QString label(SessionSetting v)
{
    switch (v) {
    case SessionSetting::Office: return Words::tr("Office");
    case SessionSetting::Outreach: return Words::tr("Outreach");
    case SessionSetting::Phone: return Words::tr("Phone");
    case SessionSetting::Video: return Words::tr("Video");
    case SessionSetting::Home: return Words::tr("Home visit");
    }
    return {};
}

QString label(MiProcess v)
{
    switch (v) {
    case MiProcess::Engaging: return Words::tr("Engaging");
    case MiProcess::Focusing: return Words::tr("Focusing");
    case MiProcess::Evoking: return Words::tr("Evoking");
    case MiProcess::Planning: return Words::tr("Planning");
    }
    return {};
}

QString label(StageOfChange v)
{
    switch (v) {
    case StageOfChange::Precontemplation: return Words::tr("Precontemplation");
    case StageOfChange::Contemplation: return Words::tr("Contemplation");
    case StageOfChange::Preparation: return Words::tr("Preparation");
    case StageOfChange::Action: return Words::tr("Action");
    case StageOfChange::Maintenance: return Words::tr("Maintenance");
    }
    return {};
}

QString label(TalkCategory v)
{
    switch (v) {
    case TalkCategory::Desire: return Words::tr("Desire");
    case TalkCategory::Ability: return Words::tr("Ability");
    case TalkCategory::Reasons: return Words::tr("Reasons");
    case TalkCategory::Need: return Words::tr("Need");
    case TalkCategory::Commitment: return Words::tr("Commitment");
    case TalkCategory::Activation: return Words::tr("Activation");
    case TalkCategory::TakingSteps: return Words::tr("Taking steps");
    }
    return {};
}

QString label(NoteFormat v)
{
    switch (v) {
    case NoteFormat::Dap: return Words::tr("DAP (data, assessment, plan)");
    case NoteFormat::Soap: return Words::tr("SOAP (subjective, objective, assessment, plan)");
    case NoteFormat::Birp: return Words::tr("BIRP (behavior, intervention, response, plan)");
    case NoteFormat::Free: return Words::tr("Free text");
    }
    return {};
}

QString label(BalanceBox v)
{
    switch (v) {
    case BalanceBox::StatusQuoGood: return Words::tr("Good things about the way things are");
    case BalanceBox::StatusQuoNotSoGood: return Words::tr("Not-so-good things about the way things are");
    case BalanceBox::ChangeGood: return Words::tr("Good things about changing");
    case BalanceBox::ChangeNotSoGood: return Words::tr("Not-so-good things about changing");
    }
    return {};
}

QString noteSectionTitle(const QString& key)
{
    if (key == QStringLiteral("data"))
        return Words::tr("Data");
    if (key == QStringLiteral("assessment"))
        return Words::tr("Assessment");
    if (key == QStringLiteral("plan"))
        return Words::tr("Plan");
    if (key == QStringLiteral("subjective"))
        return Words::tr("Subjective");
    if (key == QStringLiteral("objective"))
        return Words::tr("Objective");
    if (key == QStringLiteral("behavior"))
        return Words::tr("Behavior");
    if (key == QStringLiteral("intervention"))
        return Words::tr("Intervention");
    if (key == QStringLiteral("response"))
        return Words::tr("Response");
    if (key == QStringLiteral("note"))
        return Words::tr("Note");
    return key;
}

QString goalFieldTitle(const QString& field)
{
    if (field == QStringLiteral("clientWords"))
        return Words::tr("In their words");
    if (field == QStringLiteral("counselorFraming"))
        return Words::tr("Counselor's framing");
    if (field == QStringLiteral("lifeArea"))
        return Words::tr("Life area");
    if (field == QStringLiteral("position"))
        return Words::tr("Where on the continuum");
    if (field == QStringLiteral("whyItMatters"))
        return Words::tr("Why it matters");
    if (field == QStringLiteral("steps"))
        return Words::tr("Next steps");
    if (field == QStringLiteral("whoCanHelp"))
        return Words::tr("Who can help");
    if (field == QStringLiteral("ifItGetsHard"))
        return Words::tr("If it gets hard");
    if (field == QStringLiteral("status"))
        return Words::tr("Status");
    if (field == QStringLiteral("statusReason"))
        return Words::tr("Reason for the status");
    return field;
}

QString goalFieldValue(const QString& field, const QString& stored)
{
    if (stored.isEmpty())
        return Words::tr("(empty)");
    if (field == QStringLiteral("lifeArea")) {
        if (auto v = fromKey<LifeArea>(stored))
            return label(*v);
    } else if (field == QStringLiteral("position")) {
        if (auto v = fromKey<ContinuumPosition>(stored))
            return label(*v);
    } else if (field == QStringLiteral("status")) {
        if (auto v = fromKey<GoalStatus>(stored))
            return label(*v);
    }
    return stored;
}

QString nameWithPronouns(const QString& name, const QString& pronouns)
{
    const QString p = pronouns.trimmed();
    return p.isEmpty() ? name : Words::tr("%1 (%2)", "name (pronouns)").arg(name, p);
}

QString spokenNameWithPronouns(const QString& name, const QString& pronouns)
{
    const QString p = pronouns.trimmed();
    return p.isEmpty() ? name : Words::tr("%1, pronouns %2", "name, pronouns").arg(name, p);
}

} // namespace continuum::ui
