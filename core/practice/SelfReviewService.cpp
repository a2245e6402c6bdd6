// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/SelfReviewService.h"

#include "domain/AuditLog.h"
#include "domain/RecordTables.h"
#include "practice/PracticeTables.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"
#include "util/Clock.h"

#include <QHash>

#include <algorithm>

namespace continuum {

namespace {

/// The ratings that hold a value, in the instrument's order (so that two saves of the same ratings compare
/// equal whatever order they were given in).
QList<MiaStepRating> keptRatings(const QList<MiaStepRating>& ratings)
{
    QList<MiaStepRating> kept;
    for (const MiaStepRating& r : ratings) {
        if (r.adherence || r.competence)
            kept.append(r);
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const MiaStepRating& a, const MiaStepRating& b) { return int(a.item) < int(b.item); });
    return kept;
}

Error withIndex(Error e, int index)
{
    e.index = index;
    return e;
}

bool outside(const std::optional<int>& v, int lowest, int highest)
{
    return v && (*v < lowest || *v > highest);
}

// The trend query: each review with its session's date and state, and the person's rating if any.
const std::string& trendSql()
{
    static const std::string sql = "SELECT " + selfReviewTable().columnList() +
                                   ", s.session_date, s.signed_at IS NOT NULL, cr.id IS NOT NULL, " +
                                   clientRatingTable().columnList() +
                                   " FROM self_reviews sr JOIN sessions s ON s.id = sr.session_id"
                                   " LEFT JOIN session_client_ratings cr ON cr.session_id = sr.session_id"
                                   " ORDER BY s.session_date, s.id";
    return sql;
}

struct TrendRow {
    SelfReview review;
    QDate sessionDate;
    bool sessionSigned = false;
    std::optional<EnteredClientRating> clientRating;
};

TrendRow readTrendRow(const Statement& st)
{
    TrendRow row;
    row.review = selfReviewTable().read(st);
    int column = selfReviewTable().readCount();
    row.sessionDate = columnDate(st, column).value_or(QDate());
    row.sessionSigned = st.columnInt(column + 1) != 0;
    if (st.columnInt(column + 2) != 0)
        row.clientRating = clientRatingTable().read(st, column + 3);
    return row;
}

} // namespace

SelfReviewService::SelfReviewService(Database& db, const Clock& clock, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
    , m_audit(audit)
{}

QString SelfReviewService::reviewer()
{
    auto counselor = readCounselor(m_db);
    const QString who = counselor && counselor.value() ? counselor.value()->signature() : QString();
    return who.trimmed().isEmpty() ? QStringLiteral("(counselor not yet named)") : who;
}

Status SelfReviewService::validate(const SelfReviewContent& c) const
{
    QList<MiaStepItem> seen;
    for (const MiaStepRating& r : c.ratings) {
        const int index = int(r.item) + 1;
        if (int(r.item) < 0 || int(r.item) >= kMiaStepItemCount)
            return withIndex(validationError({Field::PracticeRating, ValidationReason::OutOfRange},
                                             QStringLiteral("no MIA:STEP item %1").arg(int(r.item))),
                             0);
        if (seen.contains(r.item))
            return withIndex(validationError({Field::PracticeRating, ValidationReason::Duplicate},
                                             QStringLiteral("%1 is rated twice").arg(toKey(r.item))),
                             index);
        seen.append(r.item);
        if (outside(r.adherence, kMiaStepMin, kMiaStepMax) || outside(r.competence, kMiaStepMin, kMiaStepMax))
            return withIndex(validationError({Field::PracticeRating, ValidationReason::OutOfRange},
                                             QStringLiteral("%1: ratings go from 1 to 7").arg(toKey(r.item))),
                             index);
        if (r.competence && !takesCompetence(r.item))
            return withIndex(validationError({Field::PracticeRating, ValidationReason::NotApplicable},
                                             QStringLiteral("%1 is rated for adherence only").arg(toKey(r.item))),
                             index);
    }
    const QList<MitiGlobal> globals = allMitiGlobals();
    for (qsizetype i = 0; i < globals.size(); ++i) {
        const std::optional<int> v = c.miti.global(globals.at(i));
        if (v && !c.codedRecording)
            return withIndex(validationError({Field::MitiGlobal, ValidationReason::NotApplicable},
                                             QStringLiteral("MITI scores need a coded recording")),
                             int(i) + 1);
        if (outside(v, kMitiGlobalMin, kMitiGlobalMax))
            return withIndex(validationError({Field::MitiGlobal, ValidationReason::OutOfRange},
                                             QStringLiteral("%1 is %2, outside 1-5").arg(toKey(globals.at(i))).arg(*v)),
                             int(i) + 1);
    }
    const QList<MitiCount> counts = allMitiCounts();
    for (qsizetype i = 0; i < counts.size(); ++i) {
        const std::optional<int> v = c.miti.count(counts.at(i));
        if (v && !c.codedRecording)
            return withIndex(validationError({Field::MitiCount, ValidationReason::NotApplicable},
                                             QStringLiteral("MITI counts need a coded recording")),
                             int(i) + 1);
        if (outside(v, kMitiCountMin, kMitiCountMax))
            return withIndex(
                validationError({Field::MitiCount, ValidationReason::OutOfRange},
                                QStringLiteral("%1 is %2, outside 0-9999").arg(toKey(counts.at(i))).arg(*v)),
                int(i) + 1);
    }
    if (c.note.size() > kMaxNote)
        return validationError({Field::PracticeNote, ValidationReason::TooLong}, QStringLiteral("too long"));
    return {};
}

Status SelfReviewService::save(SessionId session, const SelfReviewContent& input)
{
    if (auto s = validate(input); !s)
        return s;
    SelfReviewContent content = input;
    content.ratings = keptRatings(input.ratings);
    auto existing = review(session);
    if (!existing)
        return existing.error();
    if (existing.value() && existing.value()->content == content)
        return {}; // nothing changes

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const QDateTime now = m_clock.now();
    SelfReview row;
    if (existing.value()) {
        row = *existing.value();
        row.content = content;
        row.updatedAt = std::max(now, row.createdAt); // a clock set back never makes it older than it is
        if (auto s = updateRecord(m_db, selfReviewTable(), row.id, row); !s)
            return s;
        if (auto s = runEachWithId(m_db, {"DELETE FROM self_review_ratings WHERE self_review_id = ?1"}, row.id); !s)
            return s;
    } else {
        row.uuid = QUuid::createUuid();
        row.sessionId = session;
        row.reviewer = reviewer();
        row.createdAt = now;
        row.updatedAt = now;
        row.content = content;
        auto id = insertRecord(m_db, selfReviewTable(), row);
        if (!id)
            return id.error();
        row.id = id.value();
    }
    for (const MiaStepRating& r : content.ratings) {
        if (auto id = insertRecord(m_db, selfReviewRatingTable(), r, row.id); !id)
            return id.error();
    }
    // Which review and whether it is new; never a rating, a score or the note. No client either: the review is
    // the counselor's, not part of the person's record.
    if (auto s =
            m_audit.record({PracticeAuditAction::SaveSelfReview, QStringLiteral("self-review"), row.uuid, std::nullopt,
                            existing.value() ? QStringLiteral("updated") : QStringLiteral("created"), std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT selfReviewChanged(session);
    return {};
}

Result<std::optional<SelfReview>> SelfReviewService::review(SessionId session)
{
    auto exists = Query(m_db, "SELECT 1 FROM sessions WHERE id = ?1", session).exists();
    if (!exists)
        return exists.error();
    if (!exists.value())
        return makeError(ErrorCode::NotFound, QStringLiteral("no session %1").arg(session.value));
    static const std::string sql = selfReviewTable().select("WHERE sr.session_id = ?1");
    auto found = Query(m_db, sql, session).first(selfReviewTable());
    if (!found || !found.value())
        return found;
    SelfReview review = *found.value();
    static const std::string ratingSql = selfReviewRatingTable().select("WHERE rr.self_review_id = ?1");
    auto ratings = Query(m_db, ratingSql, review.id).all(selfReviewRatingTable());
    if (!ratings)
        return ratings.error();
    review.content.ratings = keptRatings(ratings.value());
    return std::optional<SelfReview>(review);
}

Result<QList<PracticePoint>> SelfReviewService::trends()
{
    auto rows = Query(m_db, trendSql()).all(readTrendRow);
    if (!rows)
        return rows.error();
    static const std::string ratingSql =
        "SELECT rr.self_review_id, " + selfReviewRatingTable().columnList() + " FROM self_review_ratings rr";
    auto ratings = Query(m_db, ratingSql).all([](const Statement& st) {
        return std::pair(st.columnInt64(0), selfReviewRatingTable().read(st, 1));
    });
    if (!ratings)
        return ratings.error();
    QHash<qint64, QList<MiaStepRating>> byReview;
    for (const auto& [review, rating] : ratings.value())
        byReview[review].append(rating);

    QList<PracticePoint> out;
    out.reserve(rows->size());
    for (const TrendRow& row : rows.value()) {
        PracticePoint p;
        p.sessionId = row.review.sessionId;
        p.sessionDate = row.sessionDate;
        p.sessionSigned = row.sessionSigned;
        p.reviewedAt = row.review.updatedAt;
        p.codedRecording = row.review.content.codedRecording;
        if (p.codedRecording)
            p.miti = summarize(row.review.content.miti);
        p.miaStep = summarize(byReview.value(row.review.id));
        p.clientRating = row.clientRating;
        out.append(p);
    }
    return out;
}

Status SelfReviewService::saveSkillsPlan(const SkillsPlan& plan)
{
    if (plan.plan.size() > kMaxPlan)
        return validationError({Field::SkillsPlan, ValidationReason::TooLong}, QStringLiteral("too long"));
    if (plan.nextReview) {
        const QDate today = m_clock.today();
        if (!plan.nextReview->isValid() || plan.nextReview->year() < 2000 ||
            *plan.nextReview > today.addYears(kMaxReviewYearsAhead))
            return validationError({Field::NextReview, ValidationReason::NotPlausible},
                                   QStringLiteral("not a plausible date for the next review"));
    }
    auto latest = skillsPlan();
    if (!latest)
        return latest.error();
    if (latest.value() ? latest.value()->plan == plan : (plan.plan.isEmpty() && !plan.nextReview))
        return {}; // nothing changes

    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    SkillsPlanRevision revision;
    revision.plan = plan;
    revision.revisedAt = m_clock.now();
    revision.revisedBy = reviewer();
    auto id = insertRecord(m_db, skillsPlanTable(), revision);
    if (!id)
        return id.error();
    auto number = Query(m_db, "SELECT revision FROM skills_plans WHERE id = ?1", id.value())
                      .one(readInt, Missing{"skills plan revision", id.value()});
    if (!number)
        return number.error();
    if (auto s = m_audit.record({PracticeAuditAction::ReviseSkillsPlan, QStringLiteral("skills-plan"), QUuid(),
                                 std::nullopt, QStringLiteral("revision %1").arg(number.value()), std::nullopt});
        !s)
        return s;
    if (auto s = tx->commit(); !s)
        return s;
    Q_EMIT skillsPlanChanged();
    return {};
}

Result<std::optional<SkillsPlanRevision>> SelfReviewService::skillsPlan()
{
    static const std::string sql = skillsPlanTable().select("ORDER BY sp.revision DESC LIMIT 1");
    return Query(m_db, sql).first(skillsPlanTable());
}

Result<QList<SkillsPlanRevision>> SelfReviewService::skillsPlanHistory()
{
    static const std::string sql = skillsPlanTable().select("ORDER BY sp.revision");
    return Query(m_db, sql).all(skillsPlanTable());
}

Result<bool> SelfReviewService::reviewDue()
{
    auto latest = skillsPlan();
    if (!latest)
        return latest.error();
    return latest.value() && latest.value()->plan.nextReview && *latest.value()->plan.nextReview <= m_clock.today();
}

} // namespace continuum
