// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace continuum {

// Every enum here is stored as a stable lower-case key (never its number), so the vault stays readable
// and reordering an enum can never change a record. The UI translates the keys; core never shows words.

enum class ClientStatus { Active, Inactive, Archived };
enum class SubstanceRoute { Inject, Smoke, Snort, Swallow, Other };
/// Life areas. New areas go at the end (tests and pickers index allValues()); the UI orders its picker.
enum class LifeArea {
    Safety,
    Health,
    Housing,
    Income,
    Relationships,
    Legal,
    SubstanceUse,
    Other,
    MentalHealth,
    Food,
    WorkLearning,
    ChildrenFamily
};
/// Where the client places a substance-use goal. Equal positions: no order, no score, anywhere. "Not placed
/// yet" is one of them: a person may want a substance-use goal without saying where it sits.
enum class ContinuumPosition { SaferUse, ManagedUse, Abstinence, NotPlaced };
/// Whether the client agreed to a goal revision. Asked every time, never assumed.
enum class ClientAgreement { Yes, No, NotDiscussed };
enum class GoalStatus { Active, Paused, Achieved, SetAside };
enum class SessionSetting { Office, Outreach, Phone, Video, Home };
enum class MiProcess { Engaging, Focusing, Evoking, Planning };
/// Transtheoretical stages, observed for a goal on a date. A return to use is part of the cycle and is
/// recorded beside the stage, never as a stage of its own.
enum class StageOfChange { Precontemplation, Contemplation, Preparation, Action, Maintenance };
enum class TalkDirection { Change, Sustain };
/// DARN-CAT: preparatory (desire, ability, reasons, need) and mobilizing (commitment, activation, taking steps).
enum class TalkCategory { Desire, Ability, Reasons, Need, Commitment, Activation, TakingSteps };
enum class BalanceBox { StatusQuoGood, StatusQuoNotSoGood, ChangeGood, ChangeNotSoGood };
enum class NoteFormat { Dap, Soap, Birp, Free };
enum class Ruler { Importance, Confidence, Readiness };

QString toKey(ClientStatus v);
QString toKey(SubstanceRoute v);
QString toKey(LifeArea v);
QString toKey(ContinuumPosition v);
QString toKey(ClientAgreement v);
QString toKey(GoalStatus v);
QString toKey(SessionSetting v);
QString toKey(MiProcess v);
QString toKey(StageOfChange v);
QString toKey(TalkDirection v);
QString toKey(TalkCategory v);
QString toKey(BalanceBox v);
QString toKey(NoteFormat v);

/// Parses a stored key; nullopt for anything unknown.
template<typename E>
std::optional<E> fromKey(const QString& key);

/// All values of an enum, in their declared order (for pickers and table-driven tests).
template<typename E>
QList<E> allValues();

template<>
std::optional<ClientStatus> fromKey<ClientStatus>(const QString& key);
template<>
QList<ClientStatus> allValues<ClientStatus>();
template<>
std::optional<SubstanceRoute> fromKey<SubstanceRoute>(const QString& key);
template<>
QList<SubstanceRoute> allValues<SubstanceRoute>();
template<>
std::optional<LifeArea> fromKey<LifeArea>(const QString& key);
template<>
QList<LifeArea> allValues<LifeArea>();
template<>
std::optional<ContinuumPosition> fromKey<ContinuumPosition>(const QString& key);
template<>
QList<ContinuumPosition> allValues<ContinuumPosition>();
template<>
std::optional<ClientAgreement> fromKey<ClientAgreement>(const QString& key);
template<>
QList<ClientAgreement> allValues<ClientAgreement>();
template<>
std::optional<GoalStatus> fromKey<GoalStatus>(const QString& key);
template<>
QList<GoalStatus> allValues<GoalStatus>();
template<>
std::optional<SessionSetting> fromKey<SessionSetting>(const QString& key);
template<>
QList<SessionSetting> allValues<SessionSetting>();
template<>
std::optional<MiProcess> fromKey<MiProcess>(const QString& key);
template<>
QList<MiProcess> allValues<MiProcess>();
template<>
std::optional<StageOfChange> fromKey<StageOfChange>(const QString& key);
template<>
QList<StageOfChange> allValues<StageOfChange>();
template<>
std::optional<TalkDirection> fromKey<TalkDirection>(const QString& key);
template<>
QList<TalkDirection> allValues<TalkDirection>();
template<>
std::optional<TalkCategory> fromKey<TalkCategory>(const QString& key);
template<>
QList<TalkCategory> allValues<TalkCategory>();
template<>
std::optional<BalanceBox> fromKey<BalanceBox>(const QString& key);
template<>
QList<BalanceBox> allValues<BalanceBox>();
template<>
std::optional<NoteFormat> fromKey<NoteFormat>(const QString& key);
template<>
QList<NoteFormat> allValues<NoteFormat>();

/// True for desire, ability, reasons and need.
bool isPreparatory(TalkCategory c);

/// The section keys of a note format, in order: DAP = data, assessment, plan; SOAP = subjective,
/// objective, assessment, plan; BIRP = behavior, intervention, response, plan; free = note.
/// The titles are the UI's to translate; the vault stores the keys with each section.
QStringList noteSectionKeys(NoteFormat format);

} // namespace continuum
