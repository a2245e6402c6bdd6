// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

#include <array>
#include <optional>

namespace continuum {

// The Motivational Interviewing Treatment Integrity code, version 4.2.1 (Moyers, Manuel & Ernst, 2014):
// four global scores and ten behaviour counts a counselor gives a coded recording of a session, and the
// summary scores worked out from them. Everything here is exact: counts stay integers, the summary scores
// are fractions of integers, and a fraction is compared with a threshold by cross-multiplication, so a
// value on a boundary is classified by the boundary and never by a rounding error. A ratio whose
// denominator is zero is not computable (never 0, never infinity).

/// The four global scores, each 1–5.
enum class MitiGlobal { CultivatingChangeTalk, SofteningSustainTalk, Partnership, Empathy };
/// The ten behaviour counts, each a whole number from 0.
enum class MitiCount {
    GivingInformation,
    Persuade,
    PersuadeWithPermission,
    Question,
    SimpleReflection,
    ComplexReflection,
    Affirm,
    SeekingCollaboration,
    EmphasizingAutonomy,
    Confront
};

inline constexpr int kMitiGlobalCount = 4;
inline constexpr int kMitiCountCount = 10;
inline constexpr int kMitiGlobalMin = 1;
inline constexpr int kMitiGlobalMax = 5;
inline constexpr int kMitiCountMin = 0;
/// More than any session could hold (a count per utterance of an hour's recording is a few hundred).
inline constexpr int kMitiCountMax = 9999;

/// Every global, in the manual's order.
QList<MitiGlobal> allMitiGlobals();
/// Every count, in the manual's order.
QList<MitiCount> allMitiCounts();
/// The stable storage key (the column name): "cultivating_change_talk", "complex_reflection", …
QString toKey(MitiGlobal global);
QString toKey(MitiCount count);

/// What the counselor coded. Every value is optional: a global or count left out is "not coded", which is
/// not 0; a summary that needs it is then not computable.
struct MitiCoding {
    std::array<std::optional<int>, kMitiGlobalCount> globals{};
    std::array<std::optional<int>, kMitiCountCount> counts{};

    std::optional<int> global(MitiGlobal g) const { return globals.at(std::size_t(g)); }
    std::optional<int> count(MitiCount c) const { return counts.at(std::size_t(c)); }
    void setGlobal(MitiGlobal g, std::optional<int> v) { globals.at(std::size_t(g)) = v; }
    void setCount(MitiCount c, std::optional<int> v) { counts.at(std::size_t(c)) = v; }
    /// True when nothing at all was coded.
    bool isEmpty() const;

    friend bool operator==(const MitiCoding&, const MitiCoding&) = default;
};

/// An exact non-negative ratio of two integers; the denominator is never 0 (a zero denominator is "not
/// computable", an empty optional, wherever a Fraction could come from one).
struct Fraction {
    qint64 numerator = 0;
    qint64 denominator = 1;

    /// For drawing and sorting only; comparisons with thresholds use compare().
    double toDouble() const { return double(numerator) / double(denominator); }
    /// The value times scale, in tenths, rounded half up: tenths(1) of 7/2 is 35 (3.5), tenths(100) of
    /// 2/5 is 400 (40.0 %). Exact integer arithmetic, for showing one decimal.
    qint64 tenths(qint64 scale = 1) const;
    /// -1, 0 or 1 as this is below, equal to or above other (by cross-multiplication, exactly).
    int compare(const Fraction& other) const;

    friend bool operator==(const Fraction& a, const Fraction& b) { return a.compare(b) == 0; }
};

/// How a summary score stands against the manual's thresholds.
enum class MitiLevel { NotComputable, BelowFair, Fair, Good };

/// A fair and a good threshold: a value at or above good is good, at or above fair is fair.
struct MitiThreshold {
    Fraction fair;
    Fraction good;
};

/// The summary scores the thresholds apply to.
enum class MitiSummaryScore { Relational, Technical, PercentComplexReflections, ReflectionToQuestion };

/// The MITI 4.2.1 manual's suggested fair and good thresholds. The manual says they rest on expert opinion,
/// not on data: whatever shows them must say so. Relational 3.5 / 4; technical 3 / 4; % complex
/// reflections 40 % / 50 % (as fractions: 2/5, 1/2); reflection-to-question 1:1 / 2:1.
MitiThreshold mitiThreshold(MitiSummaryScore score);

/// Where value stands against threshold; NotComputable for no value.
MitiLevel classify(const std::optional<Fraction>& value, const MitiThreshold& threshold);

/// The MITI 4.2.1 summary scores. Each is empty when it is not computable: a value it needs was not
/// coded, or its denominator is 0.
struct MitiSummary {
    /// (Cultivating Change Talk + Softening Sustain Talk) / 2.
    std::optional<Fraction> technical;
    /// (Partnership + Empathy) / 2.
    std::optional<Fraction> relational;
    /// Complex reflections / (simple + complex reflections), as a fraction of 1 (2/5 is 40 %).
    std::optional<Fraction> percentComplexReflections;
    /// (Simple + complex reflections) / questions.
    std::optional<Fraction> reflectionToQuestion;
    /// Seeking Collaboration + Affirm + Emphasizing Autonomy.
    std::optional<int> miAdherent;
    /// Confront + Persuade (Persuade with Permission is not part of it).
    std::optional<int> miNonAdherent;

    std::optional<Fraction> score(MitiSummaryScore which) const;
    MitiLevel level(MitiSummaryScore which) const { return classify(score(which), mitiThreshold(which)); }

    friend bool operator==(const MitiSummary&, const MitiSummary&) = default;
};

/// The summary scores of a coding, exactly as the MITI 4.2.1 manual defines them.
MitiSummary summarize(const MitiCoding& coding);

} // namespace continuum
