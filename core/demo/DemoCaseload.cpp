// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoCaseload.h"

#include "domain/Domain.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QRandomGenerator>

namespace continuum {

namespace {

// Every name here is invented for the demonstration.
const char* const kNames[] = {
    "Ana Ramírez",  "Bea Lindqvist",  "Chris Odum",   "Dee Mensah",   "Eli Navarro",  "Fern Castillo", "Gus Whitford",
    "Hana Sato",    "Iris Delacroix", "Jules Moreau", "Kai Nakamura", "Lena Öztürk",  "Mo Haddad",     "Nico Brandt",
    "Ola Nwosu",    "Pat Keane",      "Quinn Ahearn", "Rosa Benítez", "Sol Park",     "Tam Nguyen",    "Uma Patel",
    "Vic Laurent",  "Wren Holloway",  "Xavi Peña",    "Yara Haddad",  "Zed Kowalski", "José Ñandú",    "Marisol Vega",
    "Dani Fischer", "Remy Duval",     "Sky Tremblay", "Ash Morgan",   "Noor Aziz",    "Teo Santos",    "Lou Baptiste",
    "Ivy Chen",     "Cato Reyes",     "Bo Lindgren",  "Mica Osei",    "Rain Álvarez",
};
const char* const kHousing[] = {"Shelter", "Staying with friends", "Outside", "Own apartment", "Motel"};
const char* const kPronouns[] = {"she/her", "he/him", "they/them", "", "she/they", "he/they", ""};

struct GoalSeed {
    LifeArea area;
    std::optional<ContinuumPosition> position;
    const char* words;
    const char* why;
    const char* steps;
    const char* help;
    const char* hard;
};

const GoalSeed kGoals[] = {
    {LifeArea::SubstanceUse, ContinuumPosition::SaferUse, "Use with someone around, not alone",
     "I want to see my kid grow up", "Tell Marco when I use\nKeep naloxone in my bag", "Marco; the drop-in staff",
     "Call the never-use-alone line"},
    {LifeArea::SubstanceUse, ContinuumPosition::SaferUse, "Test what I buy with strips before I use",
     "Two friends died from stuff that wasn't what they thought", "Pick up strips at the van every week",
     "The outreach van", "Use a smaller amount first and go slow"},
    {LifeArea::SubstanceUse, ContinuumPosition::ManagedUse, "Only drink on weekends",
     "I want to keep my job at the warehouse", "No bottles in the apartment on weekdays\nGo to the gym after work",
     "My sister", "Text my sister before I buy anything"},
    {LifeArea::SubstanceUse, ContinuumPosition::Abstinence, "Stay off opioids while I'm on methadone",
     "I'm tired of chasing every day", "Dose every morning at the clinic\nGo to the Tuesday group",
     "Clinic nurse; my sponsor", "Call the clinic and talk it through, no shame"},
    {LifeArea::Housing, std::nullopt, "Get on the list for supportive housing", "I want a door that locks",
     "Get my ID replaced\nFill in the application with Sam", "Sam from housing",
     "Keep the papers at the drop-in so they don't get stolen"},
    {LifeArea::Health, std::nullopt, "Get the abscess on my arm looked at",
     "It hurts and I'm scared it's getting worse", "Go to the wound clinic on Thursday", "The nurse at the van",
     "Ask the van to drive me"},
    {LifeArea::Income, std::nullopt, "Sort out my disability payments", "So I can pay rent on time",
     "Call the benefits office\nBring the letters to my next visit", "The legal clinic", "Ask for help with the forms"},
    {LifeArea::Relationships, std::nullopt, "See my daughter every other Sunday", "She's the reason I keep going",
     "Call her mom to set it up", "My mom", "Talk to my counselor before I give up on it"},
    {LifeArea::Safety, std::nullopt, "Carry naloxone every day and know how to use it",
     "I've seen people go blue and didn't know what to do", "Do the training at the drop-in\nKeep a kit in my jacket",
     "Drop-in staff", "Ask someone to show me again"},
    {LifeArea::Legal, std::nullopt, "Get to my court date in March", "I don't want a warrant hanging over me",
     "Write the date on my hand\nAsk for a bus pass", "Duty counsel", "Call the lawyer's office the day before"},
    {LifeArea::MentalHealth, std::nullopt, "Sleep more than four hours a night",
     "When I don't sleep everything is worse", "Ask the clinic about the sleep group\nNo phone after midnight",
     "The clinic nurse", "Lie down anyway and put on the radio"},
    {LifeArea::Food, std::nullopt, "Eat one hot meal a day", "I get shaky and mean when I skip meals",
     "Lunch at the drop-in on weekdays\nFood bank card for weekends", "Drop-in kitchen", "Keep crackers in my bag"},
    {LifeArea::WorkLearning, std::nullopt, "Finish the forklift course",
     "I want a job where I'm not on my feet all day", "Sign up at the employment centre\nGo to the Monday class",
     "The employment counselor", "Tell the teacher if I miss a class instead of dropping out"},
    {LifeArea::ChildrenFamily, std::nullopt, "Be at my son's school meeting", "I want him to know I show up",
     "Put the date on the calendar at the drop-in\nAsk about a bus ticket", "My aunt",
     "Call the school and ask to join by phone"},
    {LifeArea::SubstanceUse, ContinuumPosition::NotPlaced, "Figure out what I want to do about my drinking",
     "I'm not sure yet, but I want to think about it", "Keep a note of the days I drink", "My friend Jo",
     "Come back and talk it over"},
};

// The person's answers beside the rulers, varied so the chart's tooltips read like different days.
const char* const kImportanceWhy[] = {
    "It matters for my family.",
    "I'm tired of feeling like this.",
    "My health comes first now.",
    "I don't want to lose my place.",
    "",
    "Because I promised myself.",
};
const char* const kConfidenceWhy[] = {
    "I did it before for a while.",         "I have people around me now.", "I got through last month.", "",
    "The clinic is close to where I stay.",
};
const char* const kConfidenceHelp[] = {
    "Having someone check in on me.", "A phone that works.", "A ride to the clinic.", "", "Knowing the schedule ahead.",
};

const char* const kChangeTalk[] = {
    "I want to be around for my kids.", "I could do it if I had someone with me.", "It's costing me too much.",
    "I need to stop waking up sick.",   "I'm going to call them tomorrow.",        "I'm ready to try the strips.",
    "I already cut back last week.",
};
const char* const kSustainTalk[] = {
    "It's the only thing that helps me sleep.",
    "Everyone I know uses, it's just normal.",
    "I don't see the point right now.",
};
const TalkCategory kChangeCategories[] = {TalkCategory::Desire,     TalkCategory::Ability,    TalkCategory::Reasons,
                                          TalkCategory::Need,       TalkCategory::Commitment, TalkCategory::Activation,
                                          TalkCategory::TakingSteps};
const TalkCategory kSustainCategories[] = {TalkCategory::Need, TalkCategory::Reasons, TalkCategory::Desire};

const char* const kDataNotes[] = {
    "Met at the drop-in after lunch. Talked about the last two weeks.",
    "Outreach visit by the river camp. Brought supplies and a new naloxone kit.",
    "Phone check-in. Voice steady, said the week was rough but manageable.",
    "Came in early, wanted to talk about the housing application.",
};
const char* const kAssessmentNotes[] = {
    "Describes mixed feelings about change; more change talk than last time.",
    "Engaged and clear about what matters to them right now.",
    "Tired and stressed; focused on immediate safety.",
};
const char* const kPlanNotes[] = {
    "Follow up next week at the drop-in. Bring the housing forms.",
    "Check in by phone Thursday. Offer a ride to the clinic.",
    "Keep meeting weekly; review the goal together next time.",
};

template<typename T, std::size_t N>
const T& pick(QRandomGenerator& rng, const T (&items)[N])
{
    return items[rng.bounded(static_cast<quint32>(N))];
}

QStringList splitLines(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

int clamp10(int v)
{
    return std::clamp(v, 0, 10);
}

// Three weeks of quick harm-reduction contacts up to today, of all three kinds: people on the caseload,
// people known only by a code (fictional), and anonymous tallies; supplies, naloxone, drug checks, a few
// overdoses told about, referrals (the older ones with what came of them), one correction and one entry in
// error. Written through the services at the moment each happened.
Status populateDemoContacts(Domain& domain, FixedClock& clock, QRandomGenerator& rng, const QDate& today)
{
    static const char* const kCodes[] = {"MR-1979", "TJ-1990", "AL-1985", "DK-1972", "SE-1996", "PB-1988"};
    static const char* const kNotes[] = {"Asked about the new clinic hours.", "Wants to come back for wound care.",
                                         "Says the shelter has beds this week.", "Picked up for a friend too."};
    static const char* const kExpected[] = {"down", "pressed pill", "crystal", "powder"};
    static const char* const kPlans[] = {"Going slow and not alone tonight.", "Keeping the kit in my bag.",
                                         "Going to try a smaller amount first."};
    QList<ClientId> known;
    ClientQuery everyone;
    everyone.limit = 100;
    auto people = domain.clients().search(everyone);
    if (!people)
        return people.error();
    for (const ClientSummary& p : people.value())
        known.append(p.id);
    const auto items = [&](ContactList list) {
        auto all = domain.contactLists().items(list, RetiredItems::Exclude);
        return all ? all.value() : QList<ContactListItem>();
    };
    const QList<ContactListItem> supplies = items(ContactList::Supply);
    const QList<ContactListItem> products = items(ContactList::NaloxoneProduct);
    const QList<ContactListItem> methods = items(ContactList::CheckingMethod);
    const QList<ContactListItem> referralTypes = items(ContactList::ReferralType);
    if (supplies.isEmpty() || products.isEmpty() || methods.isEmpty() || referralTypes.isEmpty() || known.isEmpty())
        return {};
    const auto any = [&rng](const auto& list) { return list.at(int(rng.bounded(quint32(list.size())))); };
    QList<ContactId> recorded;
    for (int back = 20; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        const bool weekend = day.dayOfWeek() >= 6;
        // today: a few early contacts only, so none is later than the clock the program runs on
        const int count = back == 0 ? 2 : weekend ? 1 + int(rng.bounded(3)) : 3 + int(rng.bounded(6));
        for (int n = 0; n < count; ++n) {
            const int hour = back == 0 ? 6 + n : 9 + int(rng.bounded(9));
            clock.set(QDateTime(day, QTime(hour, int(rng.bounded(60))), Qt::UTC));
            clock.setToday(day);
            ContactDraft d;
            const int who = int(rng.bounded(10));
            d.identity = who < 4   ? ContactIdentity::Anonymous
                         : who < 7 ? ContactIdentity::Coded
                                   : ContactIdentity::Known;
            if (d.identity == ContactIdentity::Coded)
                d.clientCode = QString::fromUtf8(pick(rng, kCodes));
            if (d.identity == ContactIdentity::Known)
                d.client = any(known);
            d.setting = rng.bounded(3) ? ContactSetting::Outreach : ContactSetting::DropIn;
            if (rng.bounded(3) == 0)
                d.durationMinutes = 5 + int(rng.bounded(20));
            if (d.identity != ContactIdentity::Anonymous && rng.bounded(5) == 0)
                d.note = QString::fromUtf8(pick(rng, kNotes));
            if (rng.bounded(4) != 0) {
                d.supplies.append({supplies.at(0).id, 10 * (1 + int(rng.bounded(5))), {}});
                const ContactListItem other = any(supplies);
                if (other.id != supplies.at(0).id)
                    d.supplies.append({other.id, 1 + int(rng.bounded(10)), {}});
            }
            if (rng.bounded(5) == 0) {
                d.naloxone.append({products.at(rng.bounded(3) ? 0 : int(rng.bounded(quint32(products.size())))).id,
                                   1 + int(rng.bounded(2)),
                                   0,
                                   {},
                                   0});
                d.naloxoneShown = rng.bounded(2) == 0;
            }
            if (rng.bounded(10) == 0) {
                DrugCheck check;
                check.method = methods.at(rng.bounded(3) ? 0 : int(rng.bounded(quint32(methods.size())))).id;
                check.expected = QString::fromUtf8(pick(rng, kExpected));
                check.result = rng.bounded(2) ? DrugCheckResult::Positive : DrugCheckResult::Negative;
                check.planWords = QString::fromUtf8(pick(rng, kPlans));
                check.planWithSomeone = rng.bounded(2) == 0;
                check.planNaloxoneNear = rng.bounded(2) == 0;
                check.planUseLess = rng.bounded(3) == 0;
                d.drugChecks.append(check);
            }
            if (rng.bounded(30) == 0)
                d.overdoses.append({rng.bounded(3) ? OverdoseWhose::Witnessed : OverdoseWhose::Own,
                                    day.addDays(-int(rng.bounded(4))), 1 + int(rng.bounded(2)), rng.bounded(2) == 0,
                                    OverdoseOutcome::Survived});
            if (rng.bounded(10) == 0)
                d.referrals.append({any(referralTypes).id, {}, {}});
            auto id = domain.contacts().record(d);
            if (!id)
                return id.error();
            recorded.append(id.value());
            // What came of an older referral, a week on.
            if (!d.referrals.isEmpty() && back > 7 && rng.bounded(10) < 6) {
                auto referrals = domain.contacts().referrals(id.value());
                if (!referrals)
                    return referrals.error();
                clock.set(clock.now().addDays(7));
                if (auto s = domain.contacts().recordReferralOutcome(referrals->first().referral,
                                                                     rng.bounded(3) ? ReferralOutcome::Connected
                                                                                    : ReferralOutcome::StillWaiting);
                    !s)
                    return s;
                clock.set(clock.now().addDays(-7));
            }
        }
    }
    // A contact whose length was entered wrong, and one recorded twice.
    if (recorded.size() > 10) {
        auto first = domain.contacts().contact(recorded.at(3));
        if (!first)
            return first.error();
        ContactDraft fixed = first->current.fields;
        fixed.durationMinutes = fixed.durationMinutes.value_or(10) + 5;
        if (auto s = domain.contacts().correct(recorded.at(3), fixed, QStringLiteral("The length was wrong")); !s)
            return s;
        if (auto s = domain.contacts().markEnteredInError(recorded.at(7), QStringLiteral("Recorded twice")); !s)
            return s;
    }
    return {};
}

} // namespace

Status populateDemoCaseload(Database& db, const DemoOptions& options)
{
    QRandomGenerator rng(options.seed);
    const QDate start = options.today.addMonths(-options.months);
    FixedClock clock(QDateTime(start, QTime(9, 0), Qt::UTC));
    clock.setToday(start);
    Domain domain(db, clock);
    auto counselor = domain.counselor().counselor();
    if (!counselor)
        return counselor.error();
    if (!counselor.value()) {
        if (auto s = domain.counselor().setCounselor({QStringLiteral("Robin Okafor"), QStringLiteral("CADC")}); !s)
            return s;
    }
    const auto at = [&clock](const QDate& day, int hour) {
        clock.set(QDateTime(day, QTime(hour, 15), Qt::UTC));
        clock.setToday(day);
    };

    const int count = std::min<int>(options.clients, int(std::size(kNames)));
    for (int i = 0; i < count; ++i) {
        const QDate joined = start.addDays(rng.bounded(0, 60));
        at(joined, 10);
        Client c;
        c.chosenName = QString::fromUtf8(kNames[i]);
        c.pronouns = QString::fromUtf8(pick(rng, kPronouns));
        if (rng.bounded(3) == 0)
            c.agencyCode = QStringLiteral("HR-%1").arg(100 + i * 7, 4, 10, QLatin1Char('0'));
        if (rng.bounded(5) == 0)
            c.phone = QStringLiteral("555-01%1").arg(10 + i, 2, 10, QLatin1Char('0'));
        c.safetyFlag = i % 9 == 4;
        if (rng.bounded(2) == 0) {
            c.housing = QString::fromUtf8(pick(rng, kHousing));
            c.housingRecordedOn = joined;
        }
        if (rng.bounded(2) == 0)
            c.substances.append({QStringLiteral("Fentanyl"), {SubstanceRoute::Smoke, SubstanceRoute::Inject}, false});
        if (rng.bounded(3) == 0)
            c.substances.append({QStringLiteral("Methadone"), {SubstanceRoute::Swallow}, true});
        if (i % 11 == 7)
            c.status = ClientStatus::Inactive;
        auto client = domain.clients().create(c);
        if (!client)
            return client.error();

        // One to three goals, negotiated at the first session.
        QList<GoalId> goals;
        QList<int> importance, confidence;
        const int goalCount = 1 + int(rng.bounded(3));
        // Different goals for one person: each seed at most once.
        QList<int> seeds;
        while (seeds.size() < goalCount) {
            const int n = int(rng.bounded(quint32(std::size(kGoals))));
            if (!seeds.contains(n))
                seeds.append(n);
        }
        for (int g = 0; g < goalCount; ++g) {
            const GoalSeed& seed = kGoals[seeds.at(g)];
            GoalFields f;
            f.clientWords = QString::fromUtf8(seed.words);
            f.whyItMatters = QString::fromUtf8(seed.why);
            f.lifeArea = seed.area;
            f.position = seed.position;
            f.steps = splitLines(seed.steps);
            f.whoCanHelp = QString::fromUtf8(seed.help);
            f.ifItGetsHard = QString::fromUtf8(seed.hard);
            auto goal = domain.goals().create(client.value(), f,
                                              {QStringLiteral("First agreed"), ClientAgreement::Yes, std::nullopt});
            if (!goal)
                return goal.error();
            goals.append(goal.value());
            importance.append(int(rng.bounded(4, 9)));
            confidence.append(int(rng.bounded(2, 7)));
        }

        // Sessions every one to four weeks until some time before today.
        QDate day = joined;
        // Most people keep coming until now; some drift away (they show up as overdue and not seen lately).
        const bool driftsAway = rng.bounded(5) == 0;
        const int sessions = driftsAway ? 2 + int(rng.bounded(4)) : 60;
        for (int s = 0; s < sessions && day < options.today; ++s) {
            at(day, 14);
            SessionContent content;
            content.date = day;
            content.startTime = QTime(9 + int(rng.bounded(8)), rng.bounded(2) ? 0 : 30);
            content.durationMinutes = 15 + 5 * int(rng.bounded(10));
            content.setting = allValues<SessionSetting>().at(int(rng.bounded(5)));
            content.processes = {MiProcess::Engaging};
            if (rng.bounded(2))
                content.processes.append(MiProcess::Evoking);
            if (s > 1)
                content.processes.append(MiProcess::Planning);
            for (int g = 0; g < goals.size(); ++g) {
                importance[g] = clamp10(importance[g] + int(rng.bounded(3)) - 1);
                confidence[g] = clamp10(confidence[g] + int(rng.bounded(4)) - 1);
                SessionGoalEntry e;
                e.goalId = goals[g];
                e.stage = allValues<StageOfChange>().at(std::min(4, 1 + s / 2 + int(rng.bounded(2))));
                e.returnToUse = rng.bounded(6) == 0;
                // As the form asks: no "why not lower" at 0, no "what would help" at 10.
                const auto ruler = [](int value, const char* why, const char* help) {
                    return RulerScore{value, value > 0 ? QString::fromUtf8(why) : QString(),
                                      value < 10 ? QString::fromUtf8(help) : QString()};
                };
                const char* importanceWhy = pick(rng, kImportanceWhy); // drawn in a fixed order
                const char* confidenceWhy = pick(rng, kConfidenceWhy);
                const char* confidenceHelp = pick(rng, kConfidenceHelp);
                e.importance = ruler(importance[g], importanceWhy, "");
                e.confidence = ruler(confidence[g], confidenceWhy, confidenceHelp);
                if (s > 0)
                    e.readiness = RulerScore{clamp10((importance[g] + confidence[g]) / 2), QString(), QString()};
                const int ct = int(rng.bounded(quint32(std::size(kChangeTalk))));
                e.quotes.append({TalkDirection::Change, kChangeCategories[ct], QString::fromUtf8(kChangeTalk[ct])});
                if (rng.bounded(3) == 0) {
                    const int st = int(rng.bounded(quint32(std::size(kSustainTalk))));
                    e.quotes.append(
                        {TalkDirection::Sustain, kSustainCategories[st], QString::fromUtf8(kSustainTalk[st])});
                }
                content.goals.append(e);
            }
            if (s == 1) {
                content.balance = {{BalanceBox::StatusQuoGood, QStringLiteral("It takes the edge off")},
                                   {BalanceBox::StatusQuoNotSoGood, QStringLiteral("Always broke by Wednesday")},
                                   {BalanceBox::ChangeGood, QStringLiteral("More money for food")},
                                   {BalanceBox::ChangeNotSoGood, QStringLiteral("Not sure I can sleep")}};
            }
            content.noteFormat = NoteFormat::Dap;
            content.note = {{QStringLiteral("data"), QString::fromUtf8(pick(rng, kDataNotes))},
                            {QStringLiteral("assessment"), QString::fromUtf8(pick(rng, kAssessmentNotes))},
                            {QStringLiteral("plan"), QString::fromUtf8(pick(rng, kPlanNotes))}};
            content.nextSteps = QStringLiteral("Check in about the goal next time.");
            const QDate next = day.addDays(7 * (1 + int(rng.bounded(driftsAway ? 3 : 4))));
            content.followUp = next;
            auto session = domain.sessions().createDraft(client.value(), content);
            if (!session)
                return session.error();
            // Most notes are signed the same day; the latest may still be a draft.
            const bool last = s == sessions - 1 || next >= options.today;
            if (!last || rng.bounded(3) != 0) {
                if (auto signedOk = domain.sessions().sign(session.value()); !signedOk)
                    return signedOk;
                if (rng.bounded(8) == 0) {
                    at(day.addDays(1), 11);
                    if (auto a = domain.sessions().addAddendum(
                            session.value(), QStringLiteral("Called the next day: they got to the clinic."));
                        !a)
                        return a.error();
                }
            }
            // Now and then a goal moves, in either direction, and is revised with the client.
            if (s == 2 && !goals.isEmpty()) {
                auto goal = domain.goals().goal(goals.first());
                if (goal && goal->fields.lifeArea == LifeArea::SubstanceUse &&
                    goal->fields.position != ContinuumPosition::Abstinence &&
                    goal->fields.position != ContinuumPosition::NotPlaced) {
                    GoalFields f = goal->fields;
                    f.position = f.position == ContinuumPosition::SaferUse ? ContinuumPosition::ManagedUse
                                                                           : ContinuumPosition::SaferUse;
                    if (auto r = domain.goals().revise(goals.first(), f,
                                                       {QStringLiteral("They want to try a different approach"),
                                                        ClientAgreement::Yes, std::nullopt});
                        !r)
                        return r;
                } else if (goal) {
                    GoalFields f = goal->fields;
                    f.steps.append(QStringLiteral("Check in with the drop-in on Fridays"));
                    if (auto r = domain.goals().revise(
                            goals.first(), f,
                            {QStringLiteral("Added a step together"), ClientAgreement::Yes, std::nullopt});
                        !r)
                        return r;
                }
            }
            if (next >= options.today)
                break;
            day = next.addDays(int(rng.bounded(4)));
        }
        if (i % 13 == 12) {
            GoalFields f;
            if (auto g = domain.goals().goal(goals.first())) {
                f = g->fields;
                f.status = GoalStatus::Achieved;
                (void)domain.goals().revise(goals.first(), f,
                                            {QStringLiteral("They did it"), ClientAgreement::Yes, std::nullopt});
            }
        }
    }
    return populateDemoContacts(domain, clock, rng, options.today);
}

} // namespace continuum
