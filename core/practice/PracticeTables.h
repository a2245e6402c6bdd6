// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "practice/Practice.h"
#include "storage/RecordTable.h"

namespace continuum {

// How the counselor's practice is stored (Migration 10): one column list per table, as in
// domain/RecordTables.h.

/// self_reviews, keyed by id, one per session. The UPDATE writes the content and updated_at; the uuid, the
/// session, the reviewer and created_at stay as first written.
const RecordTable<SelfReview>& selfReviewTable();
/// self_review_ratings: ?1 self_review_id; one row per rated item.
const RecordTable<MiaStepRating>& selfReviewRatingTable();
/// skills_plans, append-only; the revision number is the next one.
const RecordTable<SkillsPlanRevision>& skillsPlanTable();
/// session_client_ratings: ?1 session_id; one row per session.
const RecordTable<EnteredClientRating>& clientRatingTable();

} // namespace continuum
