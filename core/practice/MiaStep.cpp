// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/MiaStep.h"

#include <array>

namespace continuum {

namespace {

constexpr std::array<const char*, kMiaStepItemCount> kKeys{"mi_spirit",
                                                           "open_questions",
                                                           "affirmations",
                                                           "reflections",
                                                           "fostering_collaboration",
                                                           "motivation_to_change",
                                                           "developing_discrepancy",
                                                           "pros_and_cons",
                                                           "change_planning",
                                                           "client_centred_feedback",
                                                           "unsolicited_advice",
                                                           "emphasis_on_abstinence",
                                                           "confrontation",
                                                           "powerlessness",
                                                           "asserting_authority",
                                                           "closed_questions"};

/// A running sum and how many values went into it.
struct Mean {
    qint64 sum = 0;
    qint64 n = 0;

    void add(const std::optional<int>& v)
    {
        if (v) {
            sum += *v;
            ++n;
        }
    }
    std::optional<Fraction> value() const { return n == 0 ? std::nullopt : std::optional<Fraction>(Fraction{sum, n}); }
};

} // namespace

QList<MiaStepItem> allMiaStepItems()
{
    QList<MiaStepItem> out;
    for (int i = 0; i < kMiaStepItemCount; ++i)
        out.append(static_cast<MiaStepItem>(i));
    return out;
}

bool isMiConsistent(MiaStepItem item)
{
    return int(item) <= int(MiaStepItem::ClientCentredFeedback);
}

QString toKey(MiaStepItem item)
{
    return QString::fromLatin1(kKeys.at(std::size_t(item)));
}

std::optional<MiaStepItem> miaStepItemFromKey(const QString& key)
{
    for (int i = 0; i < kMiaStepItemCount; ++i) {
        if (key == QLatin1String(kKeys.at(std::size_t(i))))
            return static_cast<MiaStepItem>(i);
    }
    return std::nullopt;
}

MiaStepSummary summarize(const QList<MiaStepRating>& ratings)
{
    MiaStepSummary s;
    Mean consistentAdherence;
    Mean consistentCompetence;
    Mean inconsistentAdherence;
    QList<MiaStepItem> seen;
    for (const MiaStepRating& r : ratings) {
        if ((!r.adherence && !r.competence) || seen.contains(r.item))
            continue;
        seen.append(r.item);
        ++s.itemsRated;
        if (isMiConsistent(r.item)) {
            ++s.consistentRated;
            consistentAdherence.add(r.adherence);
            consistentCompetence.add(r.competence);
        } else {
            ++s.inconsistentRated;
            inconsistentAdherence.add(r.adherence);
        }
    }
    s.consistentAdherence = consistentAdherence.value();
    s.consistentCompetence = consistentCompetence.value();
    s.inconsistentAdherence = inconsistentAdherence.value();
    return s;
}

} // namespace continuum
