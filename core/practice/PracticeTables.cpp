// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/PracticeTables.h"

#include "storage/SqlValues.h"

namespace continuum {

namespace {

QDateTime readTimestamp(const Statement& st, int column)
{
    return QDateTime::fromString(st.columnText(column), Qt::ISODateWithMs);
}

std::optional<int> readOptionalInt(const Statement& st, int column)
{
    return st.columnIsNull(column) ? std::nullopt : std::optional<int>(st.columnInt(column));
}

// A MITI global or count is one nullable integer column named by its key (practice/Miti.cpp).
template<MitiGlobal g>
Column<SelfReview> globalColumn(const char* name)
{
    return {name, Written::Always,
            [](Statement& st, int i, const SelfReview& r) { st.bind(i, r.content.miti.global(g)); },
            [](const Statement& st, int i, SelfReview& r) { r.content.miti.setGlobal(g, readOptionalInt(st, i)); }};
}

template<MitiCount c>
Column<SelfReview> countColumn(const char* name)
{
    return {name, Written::Always,
            [](Statement& st, int i, const SelfReview& r) { st.bind(i, r.content.miti.count(c)); },
            [](const Statement& st, int i, SelfReview& r) { r.content.miti.setCount(c, readOptionalInt(st, i)); }};
}

// One answer of the person's rating.
template<std::optional<int> ClientRating::*answer>
Column<EnteredClientRating> answerColumn(const char* name)
{
    return {name, Written::OnInsert,
            [](Statement& st, int i, const EnteredClientRating& r) { st.bind(i, r.rating.*answer); },
            [](const Statement& st, int i, EnteredClientRating& r) { r.rating.*answer = readOptionalInt(st, i); }};
}

} // namespace

const RecordTable<SelfReview>& selfReviewTable()
{
    using G = MitiGlobal;
    using C = MitiCount;
    static const RecordTable<SelfReview> table(
        "self_reviews", "sr", {},
        {
            {"id", Written::Never, nullptr, [](auto& st, int i, auto& r) { r.id = st.columnInt64(i); }},
            {"uuid", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, r.uuid.toString(QUuid::WithoutBraces)); },
             [](auto& st, int i, auto& r) { r.uuid = QUuid::fromString(st.columnText(i)); }},
            {"session_id", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.sessionId); },
             [](auto& st, int i, auto& r) { r.sessionId = SessionId(st.columnInt64(i)); }},
            {"reviewer", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.reviewer); },
             [](auto& st, int i, auto& r) { r.reviewer = st.columnText(i); }},
            {"created_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.createdAt)); },
             [](auto& st, int i, auto& r) { r.createdAt = readTimestamp(st, i); }},
            {"updated_at", Written::Always,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.updatedAt)); },
             [](auto& st, int i, auto& r) { r.updatedAt = readTimestamp(st, i); }},
            {"coded_recording", Written::Always,
             [](auto& st, int i, const auto& r) { st.bind(i, r.content.codedRecording); },
             [](auto& st, int i, auto& r) { r.content.codedRecording = st.columnInt(i) != 0; }},
            globalColumn<G::CultivatingChangeTalk>("cultivating_change_talk"),
            globalColumn<G::SofteningSustainTalk>("softening_sustain_talk"),
            globalColumn<G::Partnership>("partnership"),
            globalColumn<G::Empathy>("empathy"),
            countColumn<C::GivingInformation>("giving_information"),
            countColumn<C::Persuade>("persuade"),
            countColumn<C::PersuadeWithPermission>("persuade_with_permission"),
            countColumn<C::Question>("question"),
            countColumn<C::SimpleReflection>("simple_reflection"),
            countColumn<C::ComplexReflection>("complex_reflection"),
            countColumn<C::Affirm>("affirm"),
            countColumn<C::SeekingCollaboration>("seeking_collaboration"),
            countColumn<C::EmphasizingAutonomy>("emphasizing_autonomy"),
            countColumn<C::Confront>("confront"),
            {"note", Written::Always, [](auto& st, int i, const auto& r) { st.bind(i, r.content.note); },
             [](auto& st, int i, auto& r) { r.content.note = st.columnText(i); }},
        });
    return table;
}

const RecordTable<MiaStepRating>& selfReviewRatingTable()
{
    static const RecordTable<MiaStepRating> table(
        "self_review_ratings", "rr", {"self_review_id"},
        {
            {"item", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, toKey(r.item)); },
             [](auto& st, int i, auto& r) {
                 r.item = miaStepItemFromKey(st.columnText(i)).value_or(MiaStepItem::MiSpirit);
             }},
            {"adherence", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.adherence); },
             [](auto& st, int i, auto& r) { r.adherence = readOptionalInt(st, i); }},
            {"competence", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.competence); },
             [](auto& st, int i, auto& r) { r.competence = readOptionalInt(st, i); }},
        });
    return table;
}

const RecordTable<SkillsPlanRevision>& skillsPlanTable()
{
    static const RecordTable<SkillsPlanRevision> table(
        "skills_plans", "sp", {},
        {
            {"revision", Written::OnInsert, nullptr, [](auto& st, int i, auto& r) { r.revision = st.columnInt(i); },
             "(SELECT coalesce(max(revision), 0) + 1 FROM skills_plans)"},
            {"plan", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.plan.plan); },
             [](auto& st, int i, auto& r) { r.plan.plan = st.columnText(i); }},
            {"next_review", Written::OnInsert,
             [](auto& st, int i, const auto& r) {
                 st.bind(i, r.plan.nextReview ? std::optional<QString>(r.plan.nextReview->toString(Qt::ISODate))
                                              : std::nullopt);
             },
             [](auto& st, int i, auto& r) { r.plan.nextReview = columnDate(st, i); }},
            {"revised_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.revisedAt)); },
             [](auto& st, int i, auto& r) { r.revisedAt = readTimestamp(st, i); }},
            {"revised_by", Written::OnInsert, [](auto& st, int i, const auto& r) { st.bind(i, r.revisedBy); },
             [](auto& st, int i, auto& r) { r.revisedBy = st.columnText(i); }},
        });
    return table;
}

const RecordTable<EnteredClientRating>& clientRatingTable()
{
    static const RecordTable<EnteredClientRating> table(
        "session_client_ratings", "cr", {"session_id"},
        {
            answerColumn<&ClientRating::listened>("listened"),
            answerColumn<&ClientRating::workedOnWhatMatters>("worked_on_what_matters"),
            answerColumn<&ClientRating::moreAble>("more_able"),
            {"entered_by", Written::OnInsert,
             [](auto& st, int i, const auto&) { st.bind(i, QStringLiteral("person")); },
             [](auto& st, int i, auto& r) { r.enteredByPerson = st.columnText(i) == QLatin1String("person"); }},
            {"entered_at", Written::OnInsert,
             [](auto& st, int i, const auto& r) { st.bind(i, storedTimestamp(r.enteredAt)); },
             [](auto& st, int i, auto& r) { r.enteredAt = readTimestamp(st, i); }},
        });
    return table;
}

} // namespace continuum
