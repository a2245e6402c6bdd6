// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/Practice.h"

#include <QString>

namespace continuum::ui {

// Translated words for the counselor's practice: the MIA:STEP items and scales, the MITI 4.2.1 scores and
// their thresholds, the person's three questions. Core names these by enum; the window words them here.

/// The MIA:STEP item as the instrument names it ("Open questions", "Unsolicited advice or direction").
QString label(MiaStepItem item);
/// One point of the "how much" scale: 1 "Not at all" … 7 "Extensively".
QString adherenceLabel(int value);
/// One point of the "how well" scale: 1 "Very poor" … 7 "Excellent".
QString competenceLabel(int value);
/// A MITI global ("Partnership") and count ("Complex reflection").
QString label(MitiGlobal global);
QString label(MitiCount count);
/// A summary score's name ("Relational", "% complex reflections").
QString label(MitiSummaryScore score);
/// Where a score stands: "good", "fair", "below fair", "not computable".
QString label(MitiLevel level);
/// The person's question, in their words ("Was I listened to?").
QString label(ClientRatingQuestion question);
/// One point of the person's scale: 1 "Not at all" … 5 "Very much".
QString clientRatingLabel(int value);

/// A summary score in the form it is read: "3.5", "40.0 %", "2.0 : 1"; "not computable" without a value.
QString scoreText(MitiSummaryScore score, const std::optional<Fraction>& value);
/// A mean with one decimal ("4.5"), or a dash without a value.
QString meanText(const std::optional<Fraction>& value);
/// The manual's thresholds for a score: "fair 3.5, good 4.0".
QString thresholdText(MitiSummaryScore score);
/// The sentence every threshold is shown with: they are the manual's suggestion, from expert opinion.
QString thresholdsCaveat();
/// The sentence every practice screen carries: it is the counselor's alone.
QString practicePrivacyNote();

} // namespace continuum::ui
