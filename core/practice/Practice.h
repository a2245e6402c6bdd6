// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RecordIds.h"
#include "practice/MiaStep.h"
#include "practice/Miti.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace continuum {

// The counselor's own practice (issue 15): self-reviews of sessions, a skills plan, and the person's own
// rating of a session. A self-review belongs to the counselor, never to the person's chart: no printout,
// export, report or client page reads it.

/// What the counselor says about their own work in one session. Everything is optional.
struct SelfReviewContent {
    /// The MIA:STEP items rated, each at most once; an item not listed is not rated.
    QList<MiaStepRating> ratings;
    /// The counselor coded a recording of the session with the MITI; only then does miti hold anything.
    bool codedRecording = false;
    MitiCoding miti;
    /// The counselor's own note to themselves, kept exactly as written.
    QString note;

    friend bool operator==(const SelfReviewContent&, const SelfReviewContent&) = default;
};

/// A stored self-review of a session.
struct SelfReview {
    qint64 id = 0;
    QUuid uuid;
    SessionId sessionId;
    QString reviewer; ///< the counselor on record when it was first written
    QDateTime createdAt;
    QDateTime updatedAt;
    SelfReviewContent content;

    friend bool operator==(const SelfReview&, const SelfReview&) = default;
};

/// What the counselor plans to work on next, and when to look at their practice again.
struct SkillsPlan {
    QString plan; ///< kept exactly as written
    std::optional<QDate> nextReview;

    friend bool operator==(const SkillsPlan&, const SkillsPlan&) = default;
};

/// One saved version of the skills plan. Revisions are never rewritten.
struct SkillsPlanRevision {
    int revision = 0;
    SkillsPlan plan;
    QDateTime revisedAt;
    QString revisedBy;

    friend bool operator==(const SkillsPlanRevision&, const SkillsPlanRevision&) = default;
};

/// The three questions a person answers about a session, each 1 ("not at all") to 5 ("very much"), each
/// optional.
enum class ClientRatingQuestion { Listened, WorkedOnWhatMatters, MoreAble };

inline constexpr int kClientRatingMin = 1;
inline constexpr int kClientRatingMax = 5;

/// The person's own rating of a session, entered by them in client mode.
struct ClientRating {
    std::optional<int> listened;            ///< "Was I listened to?"
    std::optional<int> workedOnWhatMatters; ///< "Did we work on what matters to me?"
    std::optional<int> moreAble;            ///< "Do I feel more able to make the change?"

    std::optional<int> answer(ClientRatingQuestion q) const
    {
        switch (q) {
        case ClientRatingQuestion::Listened: return listened;
        case ClientRatingQuestion::WorkedOnWhatMatters: return workedOnWhatMatters;
        case ClientRatingQuestion::MoreAble: return moreAble;
        }
        return std::nullopt;
    }
    bool isEmpty() const { return !listened && !workedOnWhatMatters && !moreAble; }

    friend bool operator==(const ClientRating&, const ClientRating&) = default;
};

/// A stored rating: the answers, when they were entered, and that the person entered them.
struct EnteredClientRating {
    ClientRating rating;
    QDateTime enteredAt;
    bool enteredByPerson = true; ///< always true: only the person rates a session

    friend bool operator==(const EnteredClientRating&, const EnteredClientRating&) = default;
};

/// One reviewed session, for the counselor's trends: when it was, the summaries of the review, and the
/// person's own rating beside it. Carries no name and no note text.
struct PracticePoint {
    SessionId sessionId;
    QDate sessionDate;
    bool sessionSigned = false;
    QDateTime reviewedAt; ///< the review's last change
    bool codedRecording = false;
    MitiSummary miti; ///< empty unless a recording was coded
    MiaStepSummary miaStep;
    std::optional<EnteredClientRating> clientRating;

    friend bool operator==(const PracticePoint&, const PracticePoint&) = default;
};

} // namespace continuum
