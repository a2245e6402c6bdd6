// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/Enums.h"

#include <array>
#include <utility>

namespace continuum {

namespace {

template<typename E, std::size_t N>
using Table = std::array<std::pair<E, const char*>, N>;

constexpr Table<ClientStatus, 3> kClientStatus{
    {{ClientStatus::Active, "active"}, {ClientStatus::Inactive, "inactive"}, {ClientStatus::Archived, "archived"}}};
constexpr Table<SubstanceRoute, 5> kRoute{{{SubstanceRoute::Inject, "inject"},
                                           {SubstanceRoute::Smoke, "smoke"},
                                           {SubstanceRoute::Snort, "snort"},
                                           {SubstanceRoute::Swallow, "swallow"},
                                           {SubstanceRoute::Other, "other"}}};
constexpr Table<LifeArea, 12> kLifeArea{{{LifeArea::Safety, "safety"},
                                         {LifeArea::Health, "health"},
                                         {LifeArea::Housing, "housing"},
                                         {LifeArea::Income, "income"},
                                         {LifeArea::Relationships, "relationships"},
                                         {LifeArea::Legal, "legal"},
                                         {LifeArea::SubstanceUse, "substance_use"},
                                         {LifeArea::Other, "other"},
                                         {LifeArea::MentalHealth, "mental_health"},
                                         {LifeArea::Food, "food"},
                                         {LifeArea::WorkLearning, "work_learning"},
                                         {LifeArea::ChildrenFamily, "children_family"}}};
constexpr Table<ContinuumPosition, 4> kPosition{{{ContinuumPosition::SaferUse, "safer_use"},
                                                 {ContinuumPosition::ManagedUse, "managed_use"},
                                                 {ContinuumPosition::Abstinence, "abstinence"},
                                                 {ContinuumPosition::NotPlaced, "not_placed"}}};
constexpr Table<ClientAgreement, 3> kAgreement{
    {{ClientAgreement::Yes, "yes"}, {ClientAgreement::No, "no"}, {ClientAgreement::NotDiscussed, "not_discussed"}}};
constexpr Table<GoalStatus, 4> kGoalStatus{{{GoalStatus::Active, "active"},
                                            {GoalStatus::Paused, "paused"},
                                            {GoalStatus::Achieved, "achieved"},
                                            {GoalStatus::SetAside, "set_aside"}}};
constexpr Table<SessionSetting, 5> kSetting{{{SessionSetting::Office, "office"},
                                             {SessionSetting::Outreach, "outreach"},
                                             {SessionSetting::Phone, "phone"},
                                             {SessionSetting::Video, "video"},
                                             {SessionSetting::Home, "home"}}};
constexpr Table<MiProcess, 4> kProcess{{{MiProcess::Engaging, "engaging"},
                                        {MiProcess::Focusing, "focusing"},
                                        {MiProcess::Evoking, "evoking"},
                                        {MiProcess::Planning, "planning"}}};
constexpr Table<StageOfChange, 5> kStage{{{StageOfChange::Precontemplation, "precontemplation"},
                                          {StageOfChange::Contemplation, "contemplation"},
                                          {StageOfChange::Preparation, "preparation"},
                                          {StageOfChange::Action, "action"},
                                          {StageOfChange::Maintenance, "maintenance"}}};
constexpr Table<TalkDirection, 2> kDirection{{{TalkDirection::Change, "change"}, {TalkDirection::Sustain, "sustain"}}};
constexpr Table<TalkCategory, 7> kCategory{{{TalkCategory::Desire, "desire"},
                                            {TalkCategory::Ability, "ability"},
                                            {TalkCategory::Reasons, "reasons"},
                                            {TalkCategory::Need, "need"},
                                            {TalkCategory::Commitment, "commitment"},
                                            {TalkCategory::Activation, "activation"},
                                            {TalkCategory::TakingSteps, "taking_steps"}}};
constexpr Table<BalanceBox, 4> kBox{{{BalanceBox::StatusQuoGood, "status_quo_good"},
                                     {BalanceBox::StatusQuoNotSoGood, "status_quo_not_so_good"},
                                     {BalanceBox::ChangeGood, "change_good"},
                                     {BalanceBox::ChangeNotSoGood, "change_not_so_good"}}};
constexpr Table<NoteFormat, 4> kFormat{
    {{NoteFormat::Dap, "dap"}, {NoteFormat::Soap, "soap"}, {NoteFormat::Birp, "birp"}, {NoteFormat::Free, "free"}}};

template<typename E, std::size_t N>
QString keyOf(const Table<E, N>& table, E v)
{
    for (const auto& [value, key] : table) {
        if (value == v)
            return QLatin1String(key);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const Table<E, N>& table, const QString& key)
{
    for (const auto& [value, k] : table) {
        if (key == QLatin1String(k))
            return value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesOf(const Table<E, N>& table)
{
    QList<E> out;
    for (const auto& entry : table)
        out.append(entry.first);
    return out;
}

} // namespace

#define CONTINUUM_ENUM_KEYS(Type, table)                                                                               \
    QString toKey(Type v)                                                                                              \
    {                                                                                                                  \
        return keyOf(table, v);                                                                                        \
    }                                                                                                                  \
    template<>                                                                                                         \
    std::optional<Type> fromKey<Type>(const QString& key)                                                              \
    {                                                                                                                  \
        return valueOf(table, key);                                                                                    \
    }                                                                                                                  \
    template<>                                                                                                         \
    QList<Type> allValues<Type>()                                                                                      \
    {                                                                                                                  \
        return valuesOf(table);                                                                                        \
    }

CONTINUUM_ENUM_KEYS(ClientStatus, kClientStatus)
CONTINUUM_ENUM_KEYS(SubstanceRoute, kRoute)
CONTINUUM_ENUM_KEYS(LifeArea, kLifeArea)
CONTINUUM_ENUM_KEYS(ContinuumPosition, kPosition)
CONTINUUM_ENUM_KEYS(ClientAgreement, kAgreement)
CONTINUUM_ENUM_KEYS(GoalStatus, kGoalStatus)
CONTINUUM_ENUM_KEYS(SessionSetting, kSetting)
CONTINUUM_ENUM_KEYS(MiProcess, kProcess)
CONTINUUM_ENUM_KEYS(StageOfChange, kStage)
CONTINUUM_ENUM_KEYS(TalkDirection, kDirection)
CONTINUUM_ENUM_KEYS(TalkCategory, kCategory)
CONTINUUM_ENUM_KEYS(BalanceBox, kBox)
CONTINUUM_ENUM_KEYS(NoteFormat, kFormat)

#undef CONTINUUM_ENUM_KEYS

bool isPreparatory(TalkCategory c)
{
    return c == TalkCategory::Desire || c == TalkCategory::Ability || c == TalkCategory::Reasons ||
           c == TalkCategory::Need;
}

QStringList noteSectionKeys(NoteFormat format)
{
    switch (format) {
    case NoteFormat::Dap: return {QStringLiteral("data"), QStringLiteral("assessment"), QStringLiteral("plan")};
    case NoteFormat::Soap:
        return {QStringLiteral("subjective"), QStringLiteral("objective"), QStringLiteral("assessment"),
                QStringLiteral("plan")};
    case NoteFormat::Birp:
        return {QStringLiteral("behavior"), QStringLiteral("intervention"), QStringLiteral("response"),
                QStringLiteral("plan")};
    case NoteFormat::Free: return {QStringLiteral("note")};
    }
    return {};
}

} // namespace continuum
