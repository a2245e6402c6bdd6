// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/Miti.h"

#include <algorithm>

namespace continuum {

namespace {

constexpr std::array<const char*, kMitiGlobalCount> kGlobalKeys{"cultivating_change_talk", "softening_sustain_talk",
                                                                "partnership", "empathy"};
constexpr std::array<const char*, kMitiCountCount> kCountKeys{"giving_information",
                                                              "persuade",
                                                              "persuade_with_permission",
                                                              "question",
                                                              "simple_reflection",
                                                              "complex_reflection",
                                                              "affirm",
                                                              "seeking_collaboration",
                                                              "emphasizing_autonomy",
                                                              "confront"};

/// The mean of two globals, or nothing when either was not scored.
std::optional<Fraction> meanOf(std::optional<int> a, std::optional<int> b)
{
    if (!a || !b)
        return std::nullopt;
    return Fraction{qint64(*a) + *b, 2};
}

/// The sum of counts, or nothing when any of them was not counted.
std::optional<qint64> sumOf(const MitiCoding& coding, std::initializer_list<MitiCount> counts)
{
    qint64 sum = 0;
    for (MitiCount c : counts) {
        const std::optional<int> v = coding.count(c);
        if (!v)
            return std::nullopt;
        sum += *v;
    }
    return sum;
}

/// numerator / denominator, or nothing when either is unknown or the denominator is 0.
std::optional<Fraction> ratio(std::optional<qint64> numerator, std::optional<qint64> denominator)
{
    if (!numerator || !denominator || *denominator == 0)
        return std::nullopt;
    return Fraction{*numerator, *denominator};
}

} // namespace

QList<MitiGlobal> allMitiGlobals()
{
    return {MitiGlobal::CultivatingChangeTalk, MitiGlobal::SofteningSustainTalk, MitiGlobal::Partnership,
            MitiGlobal::Empathy};
}

QList<MitiCount> allMitiCounts()
{
    return {MitiCount::GivingInformation,
            MitiCount::Persuade,
            MitiCount::PersuadeWithPermission,
            MitiCount::Question,
            MitiCount::SimpleReflection,
            MitiCount::ComplexReflection,
            MitiCount::Affirm,
            MitiCount::SeekingCollaboration,
            MitiCount::EmphasizingAutonomy,
            MitiCount::Confront};
}

QString toKey(MitiGlobal global)
{
    return QString::fromLatin1(kGlobalKeys.at(std::size_t(global)));
}

QString toKey(MitiCount count)
{
    return QString::fromLatin1(kCountKeys.at(std::size_t(count)));
}

bool MitiCoding::isEmpty() const
{
    const auto unset = [](const std::optional<int>& v) { return !v.has_value(); };
    return std::all_of(globals.begin(), globals.end(), unset) && std::all_of(counts.begin(), counts.end(), unset);
}

qint64 Fraction::tenths(qint64 scale) const
{
    // round(n * scale * 10 / d) with halves up, for n, d >= 0: floor((2 * n * scale * 10 + d) / (2 * d)).
    return (2 * numerator * scale * 10 + denominator) / (2 * denominator);
}

int Fraction::compare(const Fraction& other) const
{
    // Denominators are positive, so cross-multiplying keeps the order.
    const qint64 left = numerator * other.denominator;
    const qint64 right = other.numerator * denominator;
    return left < right ? -1 : (left > right ? 1 : 0);
}

MitiThreshold mitiThreshold(MitiSummaryScore score)
{
    switch (score) {
    case MitiSummaryScore::Relational: return {{7, 2}, {4, 1}};
    case MitiSummaryScore::Technical: return {{3, 1}, {4, 1}};
    case MitiSummaryScore::PercentComplexReflections: return {{2, 5}, {1, 2}};
    case MitiSummaryScore::ReflectionToQuestion: return {{1, 1}, {2, 1}};
    }
    return {};
}

MitiLevel classify(const std::optional<Fraction>& value, const MitiThreshold& threshold)
{
    if (!value)
        return MitiLevel::NotComputable;
    if (value->compare(threshold.good) >= 0)
        return MitiLevel::Good;
    if (value->compare(threshold.fair) >= 0)
        return MitiLevel::Fair;
    return MitiLevel::BelowFair;
}

std::optional<Fraction> MitiSummary::score(MitiSummaryScore which) const
{
    switch (which) {
    case MitiSummaryScore::Relational: return relational;
    case MitiSummaryScore::Technical: return technical;
    case MitiSummaryScore::PercentComplexReflections: return percentComplexReflections;
    case MitiSummaryScore::ReflectionToQuestion: return reflectionToQuestion;
    }
    return std::nullopt;
}

MitiSummary summarize(const MitiCoding& c)
{
    MitiSummary s;
    s.technical = meanOf(c.global(MitiGlobal::CultivatingChangeTalk), c.global(MitiGlobal::SofteningSustainTalk));
    s.relational = meanOf(c.global(MitiGlobal::Partnership), c.global(MitiGlobal::Empathy));
    const std::optional<qint64> reflections = sumOf(c, {MitiCount::SimpleReflection, MitiCount::ComplexReflection});
    s.percentComplexReflections = ratio(sumOf(c, {MitiCount::ComplexReflection}), reflections);
    s.reflectionToQuestion = ratio(reflections, sumOf(c, {MitiCount::Question}));
    if (auto adherent = sumOf(c, {MitiCount::SeekingCollaboration, MitiCount::Affirm, MitiCount::EmphasizingAutonomy}))
        s.miAdherent = int(*adherent);
    if (auto nonAdherent = sumOf(c, {MitiCount::Confront, MitiCount::Persuade}))
        s.miNonAdherent = int(*nonAdherent);
    return s;
}

} // namespace continuum
