// SPDX-License-Identifier: GPL-3.0-or-later
// The MITI 4.2.1 summary scores, checked against examples worked out by hand (each written out below), at
// every threshold boundary exactly, and where a ratio is not computable (never 0, never infinity); and the
// MIA:STEP items, their keys and their summaries.
#include "practice/MiaStep.h"
#include "practice/Miti.h"

#include <QSet>
#include <QTest>

using namespace continuum;

Q_DECLARE_METATYPE(continuum::MitiLevel)
Q_DECLARE_METATYPE(continuum::MitiSummaryScore)

namespace {

using G = MitiGlobal;
using C = MitiCount;

MitiCoding coding(std::initializer_list<std::pair<G, int>> globals, std::initializer_list<std::pair<C, int>> counts)
{
    MitiCoding m;
    for (const auto& [g, v] : globals)
        m.setGlobal(g, v);
    for (const auto& [c, v] : counts)
        m.setCount(c, v);
    return m;
}

/// Every count coded, the ones given as given and the rest 0.
MitiCoding allCounts(std::initializer_list<std::pair<C, int>> counts)
{
    MitiCoding m;
    for (C c : allMitiCounts())
        m.setCount(c, 0);
    for (const auto& [c, v] : counts)
        m.setCount(c, v);
    return m;
}

const char* levelName(MitiLevel level)
{
    switch (level) {
    case MitiLevel::NotComputable: return "not computable";
    case MitiLevel::BelowFair: return "below fair";
    case MitiLevel::Fair: return "fair";
    case MitiLevel::Good: return "good";
    }
    return "?";
}

} // namespace

namespace continuum {
char* toString(const Fraction& f)
{
    return qstrdup(QByteArray::number(f.numerator).append('/').append(QByteArray::number(f.denominator)));
}
char* toString(MitiLevel level)
{
    return qstrdup(levelName(level));
}
} // namespace continuum

class TestMiti : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Example 1 (the brief's): SR 12, CR 8, Q 10.
    //   reflections = 12 + 8 = 20
    //   % complex reflections = 8 / 20 = 0.40 -> 40.0 %          (fair: at least 40 %, below 50 %)
    //   reflection-to-question = 20 / 10 = 2.0                   (good: at least 2:1)
    // Globals CCT 4, SST 3, Partnership 5, Empathy 4:
    //   technical = (4 + 3) / 2 = 3.5                            (fair: at least 3, below 4)
    //   relational = (5 + 4) / 2 = 4.5                           (good: at least 4)
    // Counts SC 3, AF 2, EA 1, Confront 1, Persuade 2, Persuade with Permission 4:
    //   MI-adherent = 3 + 2 + 1 = 6; MI-non-adherent = 1 + 2 = 3 (Persuade with Permission is not in it)
    void example1()
    {
        MitiCoding m =
            coding({{G::CultivatingChangeTalk, 4}, {G::SofteningSustainTalk, 3}, {G::Partnership, 5}, {G::Empathy, 4}},
                   {{C::SimpleReflection, 12},
                    {C::ComplexReflection, 8},
                    {C::Question, 10},
                    {C::SeekingCollaboration, 3},
                    {C::Affirm, 2},
                    {C::EmphasizingAutonomy, 1},
                    {C::Confront, 1},
                    {C::Persuade, 2},
                    {C::PersuadeWithPermission, 4},
                    {C::GivingInformation, 9}});
        const MitiSummary s = summarize(m);
        QVERIFY(s.percentComplexReflections);
        QCOMPARE(*s.percentComplexReflections, (Fraction{8, 20}));
        QCOMPARE(s.percentComplexReflections->tenths(100), 400); // 40.0 %
        QVERIFY(s.reflectionToQuestion);
        QCOMPARE(*s.reflectionToQuestion, (Fraction{20, 10}));
        QCOMPARE(s.reflectionToQuestion->tenths(), 20); // 2.0
        QCOMPARE(*s.technical, (Fraction{7, 2}));
        QCOMPARE(s.technical->tenths(), 35);
        QCOMPARE(*s.relational, (Fraction{9, 2}));
        QCOMPARE(s.relational->tenths(), 45);
        QCOMPARE(s.miAdherent, std::optional<int>(6));
        QCOMPARE(s.miNonAdherent, std::optional<int>(3));
        QCOMPARE(s.level(MitiSummaryScore::PercentComplexReflections), MitiLevel::Fair);
        QCOMPARE(s.level(MitiSummaryScore::ReflectionToQuestion), MitiLevel::Good);
        QCOMPARE(s.level(MitiSummaryScore::Technical), MitiLevel::Fair);
        QCOMPARE(s.level(MitiSummaryScore::Relational), MitiLevel::Good);
    }

    // Example 2: SR 17, CR 4, Q 30.
    //   reflections = 21; % complex = 4 / 21 = 0.190476… -> 19.0 %   (below fair: under 40 %)
    //   reflection-to-question = 21 / 30 = 0.7                        (below fair: under 1:1)
    // Globals CCT 2, SST 2, Partnership 3, Empathy 3:
    //   technical = 4 / 2 = 2.0 (below fair: under 3); relational = 6 / 2 = 3.0 (below fair: under 3.5)
    // Counts SC 0, AF 1, EA 0 -> MI-adherent 1; Confront 4, Persuade 6 -> MI-non-adherent 10.
    void example2()
    {
        MitiCoding m = allCounts({{C::SimpleReflection, 17},
                                  {C::ComplexReflection, 4},
                                  {C::Question, 30},
                                  {C::Affirm, 1},
                                  {C::Confront, 4},
                                  {C::Persuade, 6}});
        m.setGlobal(G::CultivatingChangeTalk, 2);
        m.setGlobal(G::SofteningSustainTalk, 2);
        m.setGlobal(G::Partnership, 3);
        m.setGlobal(G::Empathy, 3);
        const MitiSummary s = summarize(m);
        QCOMPARE(*s.percentComplexReflections, (Fraction{4, 21}));
        QCOMPARE(s.percentComplexReflections->tenths(100), 190); // 19.047… rounds to 19.0
        QCOMPARE(*s.reflectionToQuestion, (Fraction{21, 30}));
        QCOMPARE(s.reflectionToQuestion->tenths(), 7); // 0.7
        QCOMPARE(s.technical->tenths(), 20);
        QCOMPARE(s.relational->tenths(), 30);
        QCOMPARE(s.miAdherent, std::optional<int>(1));
        QCOMPARE(s.miNonAdherent, std::optional<int>(10));
        for (MitiSummaryScore score :
             {MitiSummaryScore::Relational, MitiSummaryScore::Technical, MitiSummaryScore::PercentComplexReflections,
              MitiSummaryScore::ReflectionToQuestion})
            QCOMPARE(s.level(score), MitiLevel::BelowFair);
    }

    // Example 3: SR 5, CR 10, Q 6.
    //   reflections = 15; % complex = 10 / 15 = 0.6666… -> 66.7 % (good: at least 50 %)
    //   reflection-to-question = 15 / 6 = 2.5                       (good)
    // Globals CCT 5, SST 4, Partnership 4, Empathy 3:
    //   technical = 9 / 2 = 4.5 (good); relational = 7 / 2 = 3.5 (fair: exactly on the fair boundary)
    // Counts SC 2, AF 2, EA 3 -> 7; Confront 0, Persuade 0 -> 0.
    void example3()
    {
        MitiCoding m = allCounts({{C::SimpleReflection, 5},
                                  {C::ComplexReflection, 10},
                                  {C::Question, 6},
                                  {C::SeekingCollaboration, 2},
                                  {C::Affirm, 2},
                                  {C::EmphasizingAutonomy, 3}});
        m.setGlobal(G::CultivatingChangeTalk, 5);
        m.setGlobal(G::SofteningSustainTalk, 4);
        m.setGlobal(G::Partnership, 4);
        m.setGlobal(G::Empathy, 3);
        const MitiSummary s = summarize(m);
        QCOMPARE(s.percentComplexReflections->tenths(100), 667); // 66.666… rounds to 66.7
        QCOMPARE(s.reflectionToQuestion->tenths(), 25);
        QCOMPARE(s.technical->tenths(), 45);
        QCOMPARE(s.relational->tenths(), 35);
        QCOMPARE(s.miAdherent, std::optional<int>(7));
        QCOMPARE(s.miNonAdherent, std::optional<int>(0)); // a real zero: both were coded
        QCOMPARE(s.level(MitiSummaryScore::PercentComplexReflections), MitiLevel::Good);
        QCOMPARE(s.level(MitiSummaryScore::ReflectionToQuestion), MitiLevel::Good);
        QCOMPARE(s.level(MitiSummaryScore::Technical), MitiLevel::Good);
        QCOMPARE(s.level(MitiSummaryScore::Relational), MitiLevel::Fair);
    }

    // The manual's thresholds, exactly: relational 3.5 / 4.0; technical 3.0 / 4.0; %CR 40 % / 50 %; R:Q 1 / 2.
    void thresholdsAreTheManuals()
    {
        const auto check = [](MitiSummaryScore score, Fraction fair, Fraction good) {
            const MitiThreshold t = mitiThreshold(score);
            QCOMPARE(t.fair, fair);
            QCOMPARE(t.good, good);
        };
        check(MitiSummaryScore::Relational, {35, 10}, {4, 1});
        check(MitiSummaryScore::Technical, {3, 1}, {4, 1});
        check(MitiSummaryScore::PercentComplexReflections, {40, 100}, {50, 100});
        check(MitiSummaryScore::ReflectionToQuestion, {1, 1}, {2, 1});
    }

    // Each boundary exactly: on it is the level above; just under it (3.49…, 39.9 %) is the level below.
    void classificationAtEachBoundary_data()
    {
        QTest::addColumn<MitiSummaryScore>("score");
        QTest::addColumn<qint64>("numerator");
        QTest::addColumn<qint64>("denominator");
        QTest::addColumn<MitiLevel>("level");
        using S = MitiSummaryScore;
        QTest::addRow("relational 3.0") << S::Relational << qint64(6) << qint64(2) << MitiLevel::BelowFair;
        QTest::addRow("relational 3.49") << S::Relational << qint64(349) << qint64(100) << MitiLevel::BelowFair;
        QTest::addRow("relational 3.4999") << S::Relational << qint64(34999) << qint64(10000) << MitiLevel::BelowFair;
        QTest::addRow("relational 3.5") << S::Relational << qint64(7) << qint64(2) << MitiLevel::Fair;
        QTest::addRow("relational 3.99") << S::Relational << qint64(399) << qint64(100) << MitiLevel::Fair;
        QTest::addRow("relational 4.0") << S::Relational << qint64(8) << qint64(2) << MitiLevel::Good;
        QTest::addRow("relational 5.0") << S::Relational << qint64(10) << qint64(2) << MitiLevel::Good;
        QTest::addRow("technical 2.5") << S::Technical << qint64(5) << qint64(2) << MitiLevel::BelowFair;
        QTest::addRow("technical 2.99") << S::Technical << qint64(299) << qint64(100) << MitiLevel::BelowFair;
        QTest::addRow("technical 3.0") << S::Technical << qint64(6) << qint64(2) << MitiLevel::Fair;
        QTest::addRow("technical 3.5") << S::Technical << qint64(7) << qint64(2) << MitiLevel::Fair;
        QTest::addRow("technical 4.0") << S::Technical << qint64(8) << qint64(2) << MitiLevel::Good;
        // 399 / 1000 = 39.9 %; 2 / 5 = 40 %; 4 / 10 = 40 %; 499 / 1000 = 49.9 %; 1 / 2 = 50 %.
        QTest::addRow("pcr 39.9") << S::PercentComplexReflections << qint64(399) << qint64(1000)
                                  << MitiLevel::BelowFair;
        QTest::addRow("pcr 40 (2/5)") << S::PercentComplexReflections << qint64(2) << qint64(5) << MitiLevel::Fair;
        QTest::addRow("pcr 40 (4/10)") << S::PercentComplexReflections << qint64(4) << qint64(10) << MitiLevel::Fair;
        QTest::addRow("pcr 49.9") << S::PercentComplexReflections << qint64(499) << qint64(1000) << MitiLevel::Fair;
        QTest::addRow("pcr 50") << S::PercentComplexReflections << qint64(5) << qint64(10) << MitiLevel::Good;
        QTest::addRow("pcr 0") << S::PercentComplexReflections << qint64(0) << qint64(7) << MitiLevel::BelowFair;
        // 9 / 10 = 0.9:1; 10 / 10 = 1:1; 19 / 10 = 1.9:1; 20 / 10 = 2:1.
        QTest::addRow("R:Q 0.9") << S::ReflectionToQuestion << qint64(9) << qint64(10) << MitiLevel::BelowFair;
        QTest::addRow("R:Q 1.0") << S::ReflectionToQuestion << qint64(10) << qint64(10) << MitiLevel::Fair;
        QTest::addRow("R:Q 1.99") << S::ReflectionToQuestion << qint64(199) << qint64(100) << MitiLevel::Fair;
        QTest::addRow("R:Q 2.0") << S::ReflectionToQuestion << qint64(20) << qint64(10) << MitiLevel::Good;
    }
    void classificationAtEachBoundary()
    {
        QFETCH(MitiSummaryScore, score);
        QFETCH(qint64, numerator);
        QFETCH(qint64, denominator);
        QFETCH(MitiLevel, level);
        QCOMPARE(classify(Fraction{numerator, denominator}, mitiThreshold(score)), level);
        QCOMPARE(classify(std::nullopt, mitiThreshold(score)), MitiLevel::NotComputable);
    }

    // The same boundaries reached from coded values, not only from fractions given directly.
    void boundariesFromCodedValues()
    {
        // Partnership 4 + Empathy 3 = 3.5 -> fair; Partnership 3 + Empathy 3 = 3.0 -> below fair.
        QCOMPARE(summarize(coding({{G::Partnership, 4}, {G::Empathy, 3}}, {})).level(MitiSummaryScore::Relational),
                 MitiLevel::Fair);
        QCOMPARE(summarize(coding({{G::Partnership, 3}, {G::Empathy, 3}}, {})).level(MitiSummaryScore::Relational),
                 MitiLevel::BelowFair);
        // CR 2 of SR 3 + CR 2 = 40 % -> fair; CR 2 of SR 4 + CR 2 = 33.3 % -> below; CR 3 of 6 = 50 % -> good.
        const auto pcr = [](int sr, int cr) {
            return summarize(coding({}, {{C::SimpleReflection, sr}, {C::ComplexReflection, cr}}))
                .level(MitiSummaryScore::PercentComplexReflections);
        };
        QCOMPARE(pcr(3, 2), MitiLevel::Fair);
        QCOMPARE(pcr(4, 2), MitiLevel::BelowFair);
        QCOMPARE(pcr(3, 3), MitiLevel::Good);
        // R 10 to Q 10 = 1:1 -> fair; R 9 to Q 10 -> below fair; R 20 to Q 10 -> good.
        const auto rq = [](int sr, int cr, int q) {
            return summarize(coding({}, {{C::SimpleReflection, sr}, {C::ComplexReflection, cr}, {C::Question, q}}))
                .level(MitiSummaryScore::ReflectionToQuestion);
        };
        QCOMPARE(rq(6, 4, 10), MitiLevel::Fair);
        QCOMPARE(rq(5, 4, 10), MitiLevel::BelowFair);
        QCOMPARE(rq(12, 8, 10), MitiLevel::Good);
    }

    // A ratio with nothing to divide by is not computable: never 0, never infinity.
    void undefinedRatiosAreNotComputable()
    {
        // No reflections at all: % complex has SR + CR = 0 below the line.
        MitiSummary s = summarize(allCounts({{C::Question, 8}}));
        QVERIFY(!s.percentComplexReflections);
        QCOMPARE(s.level(MitiSummaryScore::PercentComplexReflections), MitiLevel::NotComputable);
        // ... while R:Q is a real 0 / 8 = 0, below fair.
        QVERIFY(s.reflectionToQuestion);
        QCOMPARE(s.reflectionToQuestion->tenths(), 0);
        QCOMPARE(s.level(MitiSummaryScore::ReflectionToQuestion), MitiLevel::BelowFair);

        // No questions: R:Q has Q = 0 below the line.
        s = summarize(allCounts({{C::SimpleReflection, 6}, {C::ComplexReflection, 3}}));
        QVERIFY(!s.reflectionToQuestion);
        QCOMPARE(s.level(MitiSummaryScore::ReflectionToQuestion), MitiLevel::NotComputable);
        QCOMPARE(*s.percentComplexReflections, (Fraction{1, 3}));

        // Nothing at all.
        s = summarize(allCounts({}));
        QVERIFY(!s.percentComplexReflections);
        QVERIFY(!s.reflectionToQuestion);
        QCOMPARE(s.miAdherent, std::optional<int>(0));
        QCOMPARE(s.miNonAdherent, std::optional<int>(0));
    }

    // A value that was not coded is not a 0: whatever needs it is not computable.
    void uncodedValuesAreNotZeros()
    {
        const MitiSummary s =
            summarize(coding({{G::CultivatingChangeTalk, 4}, {G::Partnership, 5}},
                             {{C::ComplexReflection, 3}, {C::Question, 2}, {C::Affirm, 1}, {C::Confront, 0}}));
        QVERIFY(!s.technical);                 // Softening Sustain Talk not scored
        QVERIFY(!s.relational);                // Empathy not scored
        QVERIFY(!s.percentComplexReflections); // simple reflections not counted
        QVERIFY(!s.reflectionToQuestion);
        QVERIFY(!s.miAdherent);    // Seeking Collaboration and Emphasizing Autonomy not counted
        QVERIFY(!s.miNonAdherent); // Persuade not counted
        QVERIFY(MitiCoding().isEmpty());
        QVERIFY(!coding({}, {{C::Confront, 0}}).isEmpty());
    }

    // One decimal, rounded half up, from integers.
    void tenthsRoundHalfUp()
    {
        QCOMPARE((Fraction{1, 3}).tenths(100), 333); // 33.33… %
        QCOMPARE((Fraction{2, 3}).tenths(100), 667); // 66.66… %
        QCOMPARE((Fraction{1, 8}).tenths(100), 125); // 12.5 % exactly
        QCOMPARE((Fraction{1, 16}).tenths(100), 63); // 6.25 % -> 6.3
        QCOMPARE((Fraction{7, 4}).tenths(), 18);     // 1.75 -> 1.8
        QCOMPARE((Fraction{0, 5}).tenths(), 0);
        QCOMPARE((Fraction{9999 * 2, 1}).tenths(), 199980);
    }

    void keysAreStable()
    {
        QCOMPARE(toKey(MitiGlobal::CultivatingChangeTalk), QStringLiteral("cultivating_change_talk"));
        QCOMPARE(toKey(MitiGlobal::Empathy), QStringLiteral("empathy"));
        QCOMPARE(toKey(MitiCount::PersuadeWithPermission), QStringLiteral("persuade_with_permission"));
        QCOMPARE(toKey(MitiCount::Confront), QStringLiteral("confront"));
        QCOMPARE(allMitiGlobals().size(), kMitiGlobalCount);
        QCOMPARE(allMitiCounts().size(), kMitiCountCount);
        QSet<QString> keys;
        for (MitiCount c : allMitiCounts())
            keys.insert(toKey(c));
        for (MitiGlobal g : allMitiGlobals())
            keys.insert(toKey(g));
        QCOMPARE(keys.size(), kMitiCountCount + kMitiGlobalCount);
    }

    // MIA:STEP: sixteen items, ten consistent (adherence and competence) and six inconsistent (adherence only).
    void miaStepItems()
    {
        const QList<MiaStepItem> items = allMiaStepItems();
        QCOMPARE(items.size(), 16);
        int consistent = 0;
        QSet<QString> keys;
        for (MiaStepItem item : items) {
            consistent += isMiConsistent(item) ? 1 : 0;
            QCOMPARE(takesCompetence(item), isMiConsistent(item));
            keys.insert(toKey(item));
            QCOMPARE(miaStepItemFromKey(toKey(item)), std::optional<MiaStepItem>(item));
        }
        QCOMPARE(consistent, 10);
        QCOMPARE(keys.size(), 16);
        QVERIFY(isMiConsistent(MiaStepItem::MiSpirit));
        QVERIFY(isMiConsistent(MiaStepItem::ClientCentredFeedback));
        QVERIFY(!isMiConsistent(MiaStepItem::UnsolicitedAdvice));
        QVERIFY(!isMiConsistent(MiaStepItem::ClosedQuestions));
        QCOMPARE(toKey(MiaStepItem::EmphasisOnAbstinence), QStringLiteral("emphasis_on_abstinence"));
        QCOMPARE(miaStepItemFromKey(QStringLiteral("relapse")), std::nullopt);
        QCOMPARE(miaStepItemFromKey(QString()), std::nullopt);
    }

    // Summaries use only what was rated and say how many were rated.
    // Consistent: spirit 6/5, open questions 4/–, reflections –/3 -> 3 rated; adherence (6 + 4) / 2 = 5.0;
    // competence (5 + 3) / 2 = 4.0. Inconsistent: closed questions 3, confrontation 1 -> 2 rated; (3 + 1) / 2 = 2.0.
    // An item with no rating is not counted.
    void miaStepSummary()
    {
        const QList<MiaStepRating> ratings{
            {MiaStepItem::MiSpirit, 6, 5},
            {MiaStepItem::OpenQuestions, 4, std::nullopt},
            {MiaStepItem::Reflections, std::nullopt, 3},
            {MiaStepItem::Affirmations, std::nullopt, std::nullopt},
            {MiaStepItem::ClosedQuestions, 3, std::nullopt},
            {MiaStepItem::Confrontation, 1, std::nullopt},
        };
        const MiaStepSummary s = summarize(ratings);
        QCOMPARE(s.itemsRated, 5);
        QCOMPARE(s.consistentRated, 3);
        QCOMPARE(s.inconsistentRated, 2);
        QCOMPARE(*s.consistentAdherence, (Fraction{10, 2}));
        QCOMPARE(*s.consistentCompetence, (Fraction{8, 2}));
        QCOMPARE(*s.inconsistentAdherence, (Fraction{4, 2}));

        const MiaStepSummary none = summarize(QList<MiaStepRating>());
        QCOMPARE(none.itemsRated, 0);
        QVERIFY(!none.consistentAdherence);
        QVERIFY(!none.consistentCompetence);
        QVERIFY(!none.inconsistentAdherence);

        // Only competence rated: no mean adherence, never a 0.
        const MiaStepSummary onlyHowWell = summarize(QList<MiaStepRating>{{MiaStepItem::Reflections, std::nullopt, 7}});
        QCOMPARE(onlyHowWell.itemsRated, 1);
        QVERIFY(!onlyHowWell.consistentAdherence);
        QCOMPARE(onlyHowWell.consistentCompetence->tenths(), 70);
    }
};

QTEST_GUILESS_MAIN(TestMiti)
#include "tst_miti.moc"
