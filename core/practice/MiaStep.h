// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/Miti.h"

#include <QList>
#include <QString>

#include <optional>

namespace continuum {

// MIA:STEP (Motivational Interviewing Assessment: Supervisory Tools for Enhancing Proficiency; NIDA/SAMHSA
// Clinical Trials Network, public domain). Ten MI-consistent behaviours, each rated for adherence (how much
// it happened: 1 not at all … 7 extensively) and competence (how well: 1 very poor … 7 excellent), and six
// MI-inconsistent behaviours, rated for adherence only. Every rating is optional.

/// The sixteen behaviours, MI-consistent first. Stored by key, never by number.
enum class MiaStepItem {
    // MI-consistent
    MiSpirit,
    OpenQuestions,
    Affirmations,
    Reflections,
    FosteringCollaboration,
    MotivationToChange,
    DevelopingDiscrepancy,
    ProsAndCons,
    ChangePlanning,
    ClientCentredFeedback,
    // MI-inconsistent
    UnsolicitedAdvice,
    EmphasisOnAbstinence,
    Confrontation,
    Powerlessness,
    AssertingAuthority,
    ClosedQuestions,
};

inline constexpr int kMiaStepItemCount = 16;
inline constexpr int kMiaStepMin = 1;
inline constexpr int kMiaStepMax = 7;

/// Every item, in the instrument's order (consistent, then inconsistent).
QList<MiaStepItem> allMiaStepItems();
/// True for the ten MI-consistent items (rated for adherence and competence).
bool isMiConsistent(MiaStepItem item);
/// True when the item takes a competence rating (the MI-consistent ones).
inline bool takesCompetence(MiaStepItem item)
{
    return isMiConsistent(item);
}
/// The stable storage key: "mi_spirit", "open_questions", …, "closed_questions".
QString toKey(MiaStepItem item);
/// The item for a stored key; nullopt for anything unknown.
std::optional<MiaStepItem> miaStepItemFromKey(const QString& key);

/// The counselor's rating of one behaviour. An item with neither rating is simply not rated.
struct MiaStepRating {
    MiaStepItem item = MiaStepItem::MiSpirit;
    std::optional<int> adherence;  ///< how much: 1–7
    std::optional<int> competence; ///< how well: 1–7, MI-consistent items only

    friend bool operator==(const MiaStepRating&, const MiaStepRating&) = default;
};

/// What a set of ratings says, using only what was rated. Means are exact fractions (sum / how many), empty
/// when nothing went into them.
struct MiaStepSummary {
    int itemsRated = 0;                            ///< items with at least one rating, of the sixteen
    int consistentRated = 0;                       ///< MI-consistent items with at least one rating
    int inconsistentRated = 0;                     ///< MI-inconsistent items rated
    std::optional<Fraction> consistentAdherence;   ///< mean "how much" of the MI-consistent items
    std::optional<Fraction> consistentCompetence;  ///< mean "how well" of the MI-consistent items
    std::optional<Fraction> inconsistentAdherence; ///< mean "how much" of the MI-inconsistent items

    friend bool operator==(const MiaStepSummary&, const MiaStepSummary&) = default;
};

/// The summary of ratings (each item once; an item with no rating is not counted).
MiaStepSummary summarize(const QList<MiaStepRating>& ratings);

} // namespace continuum
