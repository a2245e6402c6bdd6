// SPDX-License-Identifier: GPL-3.0-or-later
// The counselor's own practice (issue 15): a self-review saved and read back exactly, for a draft or a
// signed session, and edited later; every refusal names its field and writes nothing, and the schema
// refuses the same values on its own; the person's rating of a session only while it is a draft; the skills
// plan kept as revisions; audit entries that hold no text or score; nothing of it in the session record a
// printout reads; the trends; and every row gone with its session.
#include "domain/Domain.h"
#include "report/ReportData.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "support/TestSupport.h"
#include "util/Clock.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <string>

using namespace continuum;
using namespace continuum::test;

Q_DECLARE_METATYPE(continuum::SelfReviewContent)
Q_DECLARE_METATYPE(continuum::FieldReason)

namespace {

const QDateTime kNow(QDate(2025, 3, 10), QTime(16, 0), Qt::UTC);
const QDate kToday(2025, 3, 10);

// Words that must never reach the audit log or a session record.
const QString kNote = QStringLiteral("  I jumped to advice at 12:40 — slow down.\nNext time: ask first. ñ  ");
const QString kPlan = QStringLiteral("Practise complex reflections; ask permission before giving information");

class Env
{
public:
    Env()
        : m_clock(kNow)
        , m_created(createTestVault(m_tmp.filePath(QStringLiteral("vault"))))
        , m_domain(db(), m_clock)
    {
        m_clock.setToday(kToday);
        if (!m_domain.counselor().setCounselor({QStringLiteral("Jordan Lee"), QStringLiteral("CADC")}))
            qFatal("cannot name the counselor");
        Client c;
        c.chosenName = QStringLiteral("River");
        client = m_domain.clients().create(c).value();
        draft = newDraft(kToday.addDays(-1));
        signedSession = newDraft(kToday.addDays(-7));
        if (!m_domain.sessions().sign(signedSession))
            qFatal("cannot sign");
    }

    bool isValid() const { return m_tmp.isValid() && m_created.vault && m_created.vault->isOpen(); }
    Database& db() { return m_created.vault->database(); }
    Domain& domain() { return m_domain; }
    SelfReviewService& reviews() { return m_domain.selfReviews(); }
    SessionFeedbackService& feedback() { return m_domain.sessionFeedback(); }
    FixedClock& clock() { return m_clock; }

    SessionId newDraft(QDate date)
    {
        SessionContent content;
        content.date = date;
        content.noteFormat = NoteFormat::Dap;
        content.nextSteps = QStringLiteral("meet at the drop-in");
        return m_domain.sessions().createDraft(client, content).value();
    }

    qint64 count(const std::string& sql)
    {
        auto n = db().queryInt(sql);
        return n ? n.value() : -1;
    }

    /// What a refusal must leave alone: every practice table, and the audit log.
    QList<qint64> footprint()
    {
        QList<qint64> out;
        for (const char* t :
             {"self_reviews", "self_review_ratings", "skills_plans", "session_client_ratings", "audit_log"})
            out.append(count(std::string("SELECT count(*) FROM ") + t));
        out.append(count("SELECT coalesce(sum(adherence * 10 + coalesce(competence, 0)), 0) FROM self_review_ratings"));
        out.append(count("SELECT coalesce(sum(length(note) + coalesce(partnership, 0)), 0) FROM self_reviews"));
        return out;
    }

    ClientId client;
    SessionId draft;
    SessionId signedSession;

private:
    QTemporaryDir m_tmp;
    FixedClock m_clock;
    Vault::Created m_created;
    Domain m_domain;
};

/// A full review: ratings given out of order, a coded recording, a note with spaces and lines to keep.
SelfReviewContent fullReview()
{
    SelfReviewContent c;
    c.ratings = {
        {MiaStepItem::ClosedQuestions, 3, std::nullopt},
        {MiaStepItem::MiSpirit, 6, 5},
        {MiaStepItem::Reflections, std::nullopt, 4},
        {MiaStepItem::OpenQuestions, 5, 6},
    };
    c.codedRecording = true;
    c.miti.setGlobal(MitiGlobal::CultivatingChangeTalk, 4);
    c.miti.setGlobal(MitiGlobal::SofteningSustainTalk, 3);
    c.miti.setGlobal(MitiGlobal::Partnership, 5);
    c.miti.setGlobal(MitiGlobal::Empathy, 4);
    c.miti.setCount(MitiCount::SimpleReflection, 12);
    c.miti.setCount(MitiCount::ComplexReflection, 8);
    c.miti.setCount(MitiCount::Question, 10);
    c.miti.setCount(MitiCount::Confront, 0);
    c.note = kNote;
    return c;
}

} // namespace

class TestSelfReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
    }

    void saveAndLoadRoundTrip()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.reviews().review(env.signedSession).value() == std::nullopt);
        QSignalSpy changed(&env.reviews(), &SelfReviewService::selfReviewChanged);

        const Status saved = env.reviews().save(env.signedSession, fullReview());
        QVERIFY2(saved.ok(), qPrintable(saved.error().detail));
        QCOMPARE(changed.size(), 1);
        auto loaded = env.reviews().review(env.signedSession);
        QVERIFY(loaded && loaded.value());
        const SelfReview first = *loaded.value();
        QCOMPARE(first.sessionId, env.signedSession);
        QCOMPARE(first.reviewer, QStringLiteral("Jordan Lee, CADC"));
        QCOMPARE(first.createdAt, kNow);
        QCOMPARE(first.updatedAt, kNow);
        QVERIFY(!first.uuid.isNull());
        QCOMPARE(first.content.note, kNote); // exactly as written, spaces and lines kept
        QCOMPARE(first.content.codedRecording, true);
        QCOMPARE(first.content.miti, fullReview().miti);
        // The ratings come back in the instrument's order.
        const QList<MiaStepRating> expected{
            {MiaStepItem::MiSpirit, 6, 5},
            {MiaStepItem::OpenQuestions, 5, 6},
            {MiaStepItem::Reflections, std::nullopt, 4},
            {MiaStepItem::ClosedQuestions, 3, std::nullopt},
        };
        QCOMPARE(first.content.ratings, expected);

        // Saving the same again writes nothing (no audit entry, no new time, no signal).
        const QList<qint64> before = env.footprint();
        env.clock().advanceSecs(60);
        QVERIFY(env.reviews().save(env.signedSession, fullReview()).ok());
        QCOMPARE(env.footprint(), before);
        QCOMPARE(env.reviews().review(env.signedSession).value()->updatedAt, kNow);
        QCOMPARE(changed.size(), 1);

        // Edited later: updated_at moves, created_at, uuid and reviewer stay; ratings replaced, MITI dropped.
        env.clock().advanceSecs(3600);
        SelfReviewContent edited;
        edited.ratings = {{MiaStepItem::Affirmations, 2, 2}};
        edited.note = QStringLiteral("on second thought");
        QVERIFY(env.reviews().save(env.signedSession, edited).ok());
        const SelfReview second = *env.reviews().review(env.signedSession).value();
        QCOMPARE(second.uuid, first.uuid);
        QCOMPARE(second.createdAt, kNow);
        QCOMPARE(second.updatedAt, kNow.addSecs(3660));
        QCOMPARE(second.reviewer, first.reviewer);
        QCOMPARE(second.content, edited);
        QCOMPARE(env.count("SELECT count(*) FROM self_review_ratings"), 1);
        QCOMPARE(env.count("SELECT count(*) FROM self_reviews WHERE partnership IS NOT NULL"), 0);
        QCOMPARE(changed.size(), 2);

        // An item with no value is not stored at all.
        SelfReviewContent sparse;
        sparse.ratings = {{MiaStepItem::Affirmations, std::nullopt, std::nullopt}, {MiaStepItem::Confrontation, 1, {}}};
        QVERIFY(env.reviews().save(env.signedSession, sparse).ok());
        QCOMPARE(env.reviews().review(env.signedSession).value()->content.ratings,
                 (QList<MiaStepRating>{{MiaStepItem::Confrontation, 1, std::nullopt}}));
    }

    // A review is the counselor's own: written for a draft or a signed session, and the session is untouched.
    void aReviewLeavesTheSessionAsItWas()
    {
        Env env;
        QVERIFY(env.isValid());
        for (SessionId id : {env.draft, env.signedSession}) {
            const SessionRecord before = env.domain().sessions().session(id).value();
            auto noteBefore = buildSessionNote(env.domain(), id);
            QVERIFY(noteBefore);
            QVERIFY(env.reviews().save(id, fullReview()).ok());
            QVERIFY(env.feedback().clientRating(id).ok());
            // What SessionService loads (and every printout and export reads) is the record as it was.
            QCOMPARE(env.domain().sessions().session(id).value(), before);
            auto noteAfter = buildSessionNote(env.domain(), id);
            QVERIFY(noteAfter);
            QCOMPARE(noteAfter->record, noteBefore->record);
            QCOMPARE(noteAfter->chosenName, noteBefore->chosenName);
            QCOMPARE(noteAfter->goalWords, noteBefore->goalWords);
            QCOMPARE(noteAfter->agencyName, noteBefore->agencyName);
        }
        // Nothing in the person's own audit trail either.
        auto entries = env.domain().audit().entries(0, 1000, env.client);
        QVERIFY(entries);
        for (const AuditEntry& e : entries.value())
            QVERIFY2(e.action != PracticeAuditAction::SaveSelfReview, qPrintable(e.action));
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<SelfReviewContent>("content");
        QTest::addColumn<FieldReason>("failure");
        QTest::addColumn<int>("index");
        using R = ValidationReason;
        const auto rated = [](MiaStepItem item, std::optional<int> adherence, std::optional<int> competence) {
            SelfReviewContent c;
            c.ratings = {{MiaStepItem::MiSpirit, 5, 5}, {item, adherence, competence}};
            return c;
        };
        QTest::addRow("adherence 0") << rated(MiaStepItem::Reflections, 0, std::nullopt)
                                     << FieldReason{Field::PracticeRating, R::OutOfRange} << 4;
        QTest::addRow("adherence 8") << rated(MiaStepItem::Reflections, 8, 3)
                                     << FieldReason{Field::PracticeRating, R::OutOfRange} << 4;
        QTest::addRow("competence 8") << rated(MiaStepItem::OpenQuestions, 3, 8)
                                      << FieldReason{Field::PracticeRating, R::OutOfRange} << 2;
        QTest::addRow("competence -1") << rated(MiaStepItem::OpenQuestions, std::nullopt, -1)
                                       << FieldReason{Field::PracticeRating, R::OutOfRange} << 2;
        QTest::addRow("competence on an MI-inconsistent item")
            << rated(MiaStepItem::Confrontation, 2, 2) << FieldReason{Field::PracticeRating, R::NotApplicable} << 13;
        QTest::addRow("an item twice") << rated(MiaStepItem::MiSpirit, 4, 4)
                                       << FieldReason{Field::PracticeRating, R::Duplicate} << 1;
        QTest::addRow("no such item") << rated(static_cast<MiaStepItem>(16), 4, std::nullopt)
                                      << FieldReason{Field::PracticeRating, R::OutOfRange} << 0;

        SelfReviewContent c = fullReview();
        c.miti.setGlobal(MitiGlobal::Empathy, 6);
        QTest::addRow("global 6") << c << FieldReason{Field::MitiGlobal, R::OutOfRange} << 4;
        c = fullReview();
        c.miti.setGlobal(MitiGlobal::CultivatingChangeTalk, 0);
        QTest::addRow("global 0") << c << FieldReason{Field::MitiGlobal, R::OutOfRange} << 1;
        c = fullReview();
        c.miti.setCount(MitiCount::Question, -1);
        QTest::addRow("count -1") << c << FieldReason{Field::MitiCount, R::OutOfRange} << 4;
        c = fullReview();
        c.miti.setCount(MitiCount::Confront, kMitiCountMax + 1);
        QTest::addRow("count 10000") << c << FieldReason{Field::MitiCount, R::OutOfRange} << 10;
        c = fullReview();
        c.codedRecording = false;
        QTest::addRow("globals without a coded recording")
            << c << FieldReason{Field::MitiGlobal, R::NotApplicable} << 1;
        c = SelfReviewContent();
        c.miti.setCount(MitiCount::Affirm, 3);
        QTest::addRow("a count without a coded recording") << c << FieldReason{Field::MitiCount, R::NotApplicable} << 7;
        c = fullReview();
        c.note = QString(SelfReviewService::kMaxNote + 1, QLatin1Char('n'));
        QTest::addRow("note too long") << c << FieldReason{Field::PracticeNote, R::TooLong} << 0;
    }
    void refusalsWriteNothing()
    {
        QFETCH(SelfReviewContent, content);
        QFETCH(FieldReason, failure);
        QFETCH(int, index);
        Env env;
        QVERIFY(env.isValid());
        // A review there already stays exactly as it was; a session with none gets none.
        SelfReviewContent earlier;
        earlier.ratings = {{MiaStepItem::ChangePlanning, 4, 4}};
        earlier.note = QStringLiteral("earlier");
        QVERIFY(env.reviews().save(env.signedSession, earlier).ok());
        const SelfReview before = *env.reviews().review(env.signedSession).value();
        const QList<qint64> footprint = env.footprint();
        QSignalSpy changed(&env.reviews(), &SelfReviewService::selfReviewChanged);

        for (SessionId id : {env.signedSession, env.draft}) {
            const Status s = env.reviews().save(id, content);
            QVERIFY(!s);
            QCOMPARE(s.code(), ErrorCode::Validation);
            QCOMPARE(s.error().failure(), failure);
            QCOMPARE(s.error().index, index);
        }
        QCOMPARE(env.footprint(), footprint);
        QCOMPARE(*env.reviews().review(env.signedSession).value(), before);
        QVERIFY(!env.reviews().review(env.draft).value());
        QCOMPARE(changed.size(), 0);
    }

    void aMissingSessionIsNotFound()
    {
        Env env;
        QVERIFY(env.isValid());
        const QList<qint64> footprint = env.footprint();
        QCOMPARE(env.reviews().save(SessionId(4242), fullReview()).code(), ErrorCode::NotFound);
        QCOMPARE(env.reviews().review(SessionId(4242)).code(), ErrorCode::NotFound);
        QCOMPARE(env.feedback().saveClientRating(SessionId(4242), {4, 4, 4}).code(), ErrorCode::NotFound);
        QCOMPARE(env.feedback().clientRating(SessionId(4242)).code(), ErrorCode::NotFound);
        QCOMPARE(env.footprint(), footprint);
    }

    // The schema holds the same rules for code that bypasses the service.
    void theSchemaRefusesWhatTheServiceRefuses_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addRow("global 6") << QStringLiteral("UPDATE self_reviews SET empathy = 6");
        QTest::addRow("global 0") << QStringLiteral("UPDATE self_reviews SET partnership = 0");
        QTest::addRow("count -1") << QStringLiteral("UPDATE self_reviews SET question = -1");
        QTest::addRow("count as text") << QStringLiteral("UPDATE self_reviews SET question = 'many'");
        QTest::addRow("no coded recording, yet a score")
            << QStringLiteral("UPDATE self_reviews SET coded_recording = 0");
        QTest::addRow("coded recording 2") << QStringLiteral("UPDATE self_reviews SET coded_recording = 2");
        QTest::addRow("updated before created")
            << QStringLiteral("UPDATE self_reviews SET updated_at = '2000-01-01T00:00:00.000Z'");
        QTest::addRow("note too long") << QStringLiteral(
            "UPDATE self_reviews SET note = replace(hex(zeroblob(2001)), '0', 'x')");
        QTest::addRow("second review of a session")
            << QStringLiteral("INSERT INTO self_reviews (uuid, session_id, reviewer, created_at, updated_at) "
                              "SELECT 'x', session_id, 'me', created_at, updated_at FROM self_reviews");
        QTest::addRow("review of no session")
            << QStringLiteral("INSERT INTO self_reviews (uuid, session_id, reviewer, created_at, updated_at) "
                              "VALUES ('y', 9999, 'me', 'a', 'b')");
        QTest::addRow("adherence 8") << QStringLiteral("UPDATE self_review_ratings SET adherence = 8");
        QTest::addRow("competence 0") << QStringLiteral("UPDATE self_review_ratings SET competence = 0");
        QTest::addRow("competence on an MI-inconsistent item")
            << QStringLiteral("INSERT INTO self_review_ratings (self_review_id, item, adherence, competence) "
                              "SELECT id, 'asserting_authority', 2, 2 FROM self_reviews");
        QTest::addRow("no rating at all") << QStringLiteral("INSERT INTO self_review_ratings (self_review_id, item) "
                                                            "SELECT id, 'asserting_authority' FROM self_reviews");
        QTest::addRow("unknown item") << QStringLiteral("UPDATE self_review_ratings SET item = 'relapse'");
        QTest::addRow("an item twice") << QStringLiteral(
            "INSERT INTO self_review_ratings (self_review_id, item, adherence) "
            "SELECT self_review_id, item, 1 FROM self_review_ratings LIMIT 1");
        QTest::addRow("rating 6") << QStringLiteral("UPDATE session_client_ratings SET listened = 6");
        QTest::addRow("rating 0") << QStringLiteral("UPDATE session_client_ratings SET more_able = 0");
        QTest::addRow("entered by someone else")
            << QStringLiteral("UPDATE session_client_ratings SET entered_by = 'counselor'");
        QTest::addRow("an empty rating") << QStringLiteral(
            "UPDATE session_client_ratings SET listened = NULL, worked_on_what_matters = NULL, "
            "more_able = NULL");
        QTest::addRow("rewriting the skills plan") << QStringLiteral("UPDATE skills_plans SET plan = 'other'");
        QTest::addRow("deleting the skills plan") << QStringLiteral("DELETE FROM skills_plans");
        QTest::addRow("next review not a date")
            << QStringLiteral("INSERT INTO skills_plans (revision, next_review, revised_at, revised_by) "
                              "VALUES (99, '2025-02-30', 'a', 'b')");
    }
    void theSchemaRefusesWhatTheServiceRefuses()
    {
        QFETCH(QString, sql);
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.reviews().save(env.signedSession, fullReview()).ok());
        QVERIFY(env.feedback().saveClientRating(env.draft, {4, 5, 3}).ok());
        QVERIFY(env.reviews().saveSkillsPlan({kPlan, kToday.addDays(30)}).ok());
        const QList<qint64> footprint = env.footprint();
        const Status s = env.db().exec(sql.toStdString());
        QVERIFY2(!s, qPrintable(sql));
        QCOMPARE(env.footprint(), footprint);
    }

    void theClientRatingOnlyOnDrafts()
    {
        Env env;
        QVERIFY(env.isValid());
        QSignalSpy changed(&env.feedback(), &SessionFeedbackService::clientRatingChanged);
        QVERIFY(env.feedback().clientRating(env.draft).value() == std::nullopt);

        // Each answer optional.
        ClientRating rating;
        rating.listened = 5;
        rating.moreAble = 2;
        QVERIFY(env.feedback().saveClientRating(env.draft, rating).ok());
        auto stored = env.feedback().clientRating(env.draft);
        QVERIFY(stored && stored.value());
        QCOMPARE(stored.value()->rating, rating);
        QCOMPARE(stored.value()->enteredAt, kNow);
        QVERIFY(stored.value()->enteredByPerson);
        QCOMPARE(env.count("SELECT count(*) FROM session_client_ratings WHERE entered_by = 'person'"), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<ClientId>(), env.client);

        // Out of range: which answer, and nothing written.
        const QList<qint64> footprint = env.footprint();
        for (const auto& [bad, index] : {std::pair(ClientRating{6, 3, 3}, 1), std::pair(ClientRating{3, 0, 3}, 2),
                                         std::pair(ClientRating{std::nullopt, std::nullopt, -2}, 3)}) {
            const Status s = env.feedback().saveClientRating(env.draft, bad);
            QCOMPARE(s.code(), ErrorCode::Validation);
            QCOMPARE(s.error().failure(), (FieldReason{Field::ClientRating, ValidationReason::OutOfRange}));
            QCOMPARE(s.error().index, index);
        }
        QCOMPARE(env.footprint(), footprint);
        QCOMPARE(env.feedback().clientRating(env.draft).value()->rating, rating);

        // Entered again later: replaced, with the new time. The same answers again write nothing.
        env.clock().advanceSecs(120);
        const ClientRating again{4, 4, 4};
        QVERIFY(env.feedback().saveClientRating(env.draft, again).ok());
        QCOMPARE(env.feedback().clientRating(env.draft).value()->rating, again);
        QCOMPARE(env.feedback().clientRating(env.draft).value()->enteredAt, kNow.addSecs(120));
        const QList<qint64> afterAgain = env.footprint();
        QVERIFY(env.feedback().saveClientRating(env.draft, again).ok());
        QCOMPARE(env.footprint(), afterAgain);
        QCOMPARE(changed.size(), 2);

        // A signed session takes no rating: refused, and nothing written.
        const Status onSigned = env.feedback().saveClientRating(env.signedSession, again);
        QCOMPARE(onSigned.code(), ErrorCode::SignedRecord);
        QVERIFY(env.feedback().clientRating(env.signedSession).value() == std::nullopt);
        QCOMPARE(env.footprint(), afterAgain);

        // Once the draft is signed its rating is kept as it was, and can no longer change, here or in SQL.
        QVERIFY(env.domain().sessions().sign(env.draft).ok());
        const QList<qint64> afterSigning = env.footprint(); // the signature's own audit entry
        QCOMPARE(env.feedback().clientRating(env.draft).value()->rating, again);
        QCOMPARE(env.feedback().saveClientRating(env.draft, {1, 1, 1}).code(), ErrorCode::SignedRecord);
        QCOMPARE(env.feedback().saveClientRating(env.draft, {}).code(), ErrorCode::SignedRecord);
        QVERIFY(!env.db().exec("UPDATE session_client_ratings SET listened = 1"));
        QVERIFY(!env.db().exec("DELETE FROM session_client_ratings"));
        QVERIFY(!env.db().exec(
            "INSERT INTO session_client_ratings (session_id, listened, entered_at) SELECT id, 3, 'now' FROM sessions "
            "WHERE signed_at IS NOT NULL AND id NOT IN (SELECT session_id FROM session_client_ratings)"));
        QCOMPARE(env.footprint(), afterSigning);
        QCOMPARE(changed.size(), 2);
    }

    // A rating with no answer removes an earlier one (the person chose not to rate).
    void anEmptyRatingRemovesIt()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.feedback().saveClientRating(env.draft, {}).ok()); // nothing to remove: nothing written
        QCOMPARE(env.count("SELECT count(*) FROM audit_log WHERE action LIKE '%client-rating'"), 0);
        QVERIFY(env.feedback().saveClientRating(env.draft, {3, std::nullopt, std::nullopt}).ok());
        QVERIFY(env.feedback().saveClientRating(env.draft, {}).ok());
        QVERIFY(env.feedback().clientRating(env.draft).value() == std::nullopt);
        QCOMPARE(env.count("SELECT count(*) FROM session_client_ratings"), 0);
        QCOMPARE(env.count("SELECT count(*) FROM audit_log WHERE action = 'clear-client-rating'"), 1);
    }

    void theSkillsPlanKeepsEveryRevision()
    {
        Env env;
        QVERIFY(env.isValid());
        QSignalSpy changed(&env.reviews(), &SelfReviewService::skillsPlanChanged);
        QVERIFY(env.reviews().skillsPlan().value() == std::nullopt);
        QCOMPARE(env.reviews().reviewDue().value(), false);

        QVERIFY(env.reviews().saveSkillsPlan({kPlan, kToday.addDays(14)}).ok());
        env.clock().advanceSecs(86400);
        QVERIFY(env.reviews().saveSkillsPlan({kPlan + QStringLiteral("\nAnd affirm more."), kToday.addDays(28)}).ok());
        env.clock().advanceSecs(86400);
        QVERIFY(env.reviews().saveSkillsPlan({QString(), std::nullopt}).ok()); // cleared, as a revision
        QCOMPARE(changed.size(), 3);

        auto history = env.reviews().skillsPlanHistory();
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).revision, 1);
        QCOMPARE(history->at(0).plan, (SkillsPlan{kPlan, kToday.addDays(14)}));
        QCOMPARE(history->at(0).revisedAt, kNow);
        QCOMPARE(history->at(0).revisedBy, QStringLiteral("Jordan Lee, CADC"));
        QCOMPARE(history->at(1).revision, 2);
        QCOMPARE(history->at(1).plan.plan, kPlan + QStringLiteral("\nAnd affirm more."));
        QCOMPARE(history->at(2).revision, 3);
        QCOMPARE(history->at(2).plan, (SkillsPlan{}));
        QCOMPARE(env.reviews().skillsPlan().value()->revision, 3);

        // The same plan again is not a revision.
        const QList<qint64> footprint = env.footprint();
        QVERIFY(env.reviews().saveSkillsPlan({}).ok());
        QCOMPARE(env.footprint(), footprint);
        QCOMPARE(changed.size(), 3);

        // Refused, with nothing written.
        Status s = env.reviews().saveSkillsPlan({QString(SelfReviewService::kMaxPlan + 1, QLatin1Char('p')), {}});
        QCOMPARE(s.error().failure(), (FieldReason{Field::SkillsPlan, ValidationReason::TooLong}));
        for (const QDate& bad : {QDate(), QDate(1999, 12, 31), kToday.addYears(10).addDays(1)}) {
            s = env.reviews().saveSkillsPlan({kPlan, bad});
            QCOMPARE(s.error().failure(), (FieldReason{Field::NextReview, ValidationReason::NotPlausible}));
        }
        QCOMPARE(env.footprint(), footprint);
        QCOMPARE(env.reviews().skillsPlanHistory()->size(), 3);
    }

    void aReviewIsDueOnItsDate()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.reviews().saveSkillsPlan({kPlan, kToday.addDays(1)}).ok());
        QCOMPARE(env.reviews().reviewDue().value(), false);
        env.clock().setToday(kToday.addDays(1));
        QCOMPARE(env.reviews().reviewDue().value(), true);
        env.clock().setToday(kToday.addDays(9));
        QCOMPARE(env.reviews().reviewDue().value(), true);
    }

    // Who did what to which record, when: never a rating, a score, the note or the plan.
    void theAuditLogHoldsNoText()
    {
        Env env;
        QVERIFY(env.isValid());
        const qint64 start = env.count("SELECT max(id) FROM audit_log");
        QVERIFY(env.reviews().save(env.draft, fullReview()).ok());
        SelfReviewContent edited = fullReview();
        edited.note = QStringLiteral("a second private note");
        QVERIFY(env.reviews().save(env.draft, edited).ok());
        QVERIFY(env.reviews().saveSkillsPlan({kPlan, kToday.addDays(30)}).ok());
        QVERIFY(env.feedback().saveClientRating(env.draft, {5, 4, 3}).ok());

        auto entries = env.domain().audit().entries(0, 100);
        QVERIFY(entries);
        QList<AuditEntry> ours;
        for (const AuditEntry& e : entries.value()) {
            if (e.id > start)
                ours.prepend(e);
        }
        QCOMPARE(ours.size(), 4);
        const QUuid reviewUuid = env.reviews().review(env.draft).value()->uuid;
        QCOMPARE(ours.at(0).action, PracticeAuditAction::SaveSelfReview);
        QCOMPARE(ours.at(0).recordType, QStringLiteral("self-review"));
        QCOMPARE(ours.at(0).recordUuid, reviewUuid);
        QCOMPARE(ours.at(0).clientId, std::nullopt); // the counselor's, not the person's record
        QCOMPARE(ours.at(0).detail, QStringLiteral("created"));
        QCOMPARE(ours.at(1).action, PracticeAuditAction::SaveSelfReview);
        QCOMPARE(ours.at(1).detail, QStringLiteral("updated"));
        QCOMPARE(ours.at(2).action, PracticeAuditAction::ReviseSkillsPlan);
        QCOMPARE(ours.at(2).detail, QStringLiteral("revision 1"));
        QCOMPARE(ours.at(3).action, FeedbackAuditAction::RecordClientRating);
        QCOMPARE(ours.at(3).recordType, QStringLiteral("session"));
        QCOMPARE(ours.at(3).recordUuid, env.domain().sessions().session(env.draft)->uuid);
        QCOMPARE(ours.at(3).clientId, std::optional<ClientId>(env.client));
        for (const AuditEntry& e : ours) {
            QCOMPARE(e.actor, QStringLiteral("Jordan Lee"));
            const QString all = e.action + e.recordType + e.detail;
            for (const QString& secret :
                 {QStringLiteral("advice"), QStringLiteral("private"), QStringLiteral("reflections"),
                  QStringLiteral("12"), QStringLiteral("5"), QStringLiteral("4")})
                QVERIFY2(!all.contains(secret, Qt::CaseInsensitive), qPrintable(all));
            QVERIFY2(e.detail.size() <= 24, qPrintable(e.detail));
        }
        // And nowhere in the table, whatever column.
        QCOMPARE(env.count("SELECT count(*) FROM audit_log WHERE detail LIKE '%advice%' OR detail LIKE '%Practise%'"
                           " OR detail LIKE '%private%'"),
                 0);
    }

    // The trends: every reviewed session, oldest first, with its summaries and the person's rating beside.
    void trendsPerReviewedSession()
    {
        Env env;
        QVERIFY(env.isValid());
        const SessionId unreviewed = env.newDraft(kToday.addDays(-3));
        QVERIFY(!unreviewed.isNull());
        QVERIFY(env.reviews().save(env.draft, fullReview()).ok()); // yesterday, coded
        SelfReviewContent ratingsOnly;
        ratingsOnly.ratings = {{MiaStepItem::MiSpirit, 3, 2}, {MiaStepItem::ClosedQuestions, 6, std::nullopt}};
        QVERIFY(env.reviews().save(env.signedSession, ratingsOnly).ok()); // a week ago
        QVERIFY(env.feedback().saveClientRating(env.draft, {5, std::nullopt, 4}).ok());

        auto points = env.reviews().trends();
        QVERIFY(points);
        QCOMPARE(points->size(), 2);
        const PracticePoint& older = points->at(0);
        QCOMPARE(older.sessionId, env.signedSession);
        QCOMPARE(older.sessionDate, kToday.addDays(-7));
        QVERIFY(older.sessionSigned);
        QVERIFY(!older.codedRecording);
        QCOMPARE(older.miti, MitiSummary());
        QCOMPARE(older.miaStep.itemsRated, 2);
        QCOMPARE(*older.miaStep.consistentAdherence, (Fraction{3, 1}));
        QCOMPARE(*older.miaStep.inconsistentAdherence, (Fraction{6, 1}));
        QVERIFY(!older.clientRating);

        const PracticePoint& newer = points->at(1);
        QCOMPARE(newer.sessionId, env.draft);
        QCOMPARE(newer.sessionDate, kToday.addDays(-1));
        QVERIFY(!newer.sessionSigned);
        QVERIFY(newer.codedRecording);
        // Hand-computed: SR 12, CR 8, Q 10 -> %CR 8/20, R:Q 20/10; globals 4, 3, 5, 4 -> 7/2 and 9/2.
        QCOMPARE(*newer.miti.percentComplexReflections, (Fraction{2, 5}));
        QCOMPARE(*newer.miti.reflectionToQuestion, (Fraction{2, 1}));
        QCOMPARE(*newer.miti.technical, (Fraction{7, 2}));
        QCOMPARE(*newer.miti.relational, (Fraction{9, 2}));
        QVERIFY(!newer.miti.miAdherent); // Seeking Collaboration etc. were not counted
        QCOMPARE(newer.miaStep.itemsRated, 4);
        QCOMPARE(newer.miaStep.consistentRated, 3);
        QCOMPARE(*newer.miaStep.consistentAdherence, (Fraction{11, 2}));
        QCOMPARE(*newer.miaStep.consistentCompetence, (Fraction{15, 3}));
        QVERIFY(newer.clientRating);
        QCOMPARE(newer.clientRating->rating, (ClientRating{5, std::nullopt, 4}));
    }

    // Every row goes with its session: a discarded draft, a client removed for good.
    void rowsGoWithTheirSession()
    {
        Env env;
        QVERIFY(env.isValid());
        QVERIFY(env.reviews().save(env.draft, fullReview()).ok());
        QVERIFY(env.feedback().saveClientRating(env.draft, {3, 3, 3}).ok());
        QVERIFY(env.reviews().save(env.signedSession, fullReview()).ok());
        QVERIFY(env.reviews().saveSkillsPlan({kPlan, std::nullopt}).ok());

        QVERIFY(env.domain().sessions().discardDraft(env.draft).ok());
        QCOMPARE(env.count("SELECT count(*) FROM self_reviews"), 1);
        QCOMPARE(env.count("SELECT count(*) FROM session_client_ratings"), 0);
        QCOMPARE(env.count("SELECT count(*) FROM self_review_ratings"), 4);

        // A second draft with a rating, then the person removed for good: everything of theirs goes.
        const SessionId another = env.newDraft(kToday);
        QVERIFY(env.feedback().saveClientRating(another, {2, 2, 2}).ok());
        QVERIFY(env.domain().sessions().sign(another).ok());
        const Status purged = env.domain().clients().purge(env.client, QStringLiteral("River"));
        QVERIFY2(purged.ok(), qPrintable(purged.error().detail));
        QCOMPARE(env.count("SELECT count(*) FROM self_reviews"), 0);
        QCOMPARE(env.count("SELECT count(*) FROM self_review_ratings"), 0);
        QCOMPARE(env.count("SELECT count(*) FROM session_client_ratings"), 0);
        QCOMPARE(env.count("SELECT count(*) FROM skills_plans"), 1); // the counselor's own plan stays
        QCOMPARE(env.reviews().trends()->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSelfReview)
#include "tst_selfreview.moc"
