// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/IndicatorSource.h"

namespace continuum {

namespace {

IndicatorValue v(const char* key, const char* label)
{
    return {QString::fromLatin1(key), QString::fromUtf8(label)};
}

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// Contacts in the period: each contact whose current revision counts, one row of contact_report_rows
// (Migration 9), whose index on the day covers every breakdown, so a period is one range of one index.
// occurred_on is the counselor's local date. The person is joined only where people are counted; SQLite leaves
// out a LEFT JOIN on a key whose columns the query does not read. Macros only to join string literals at
// compile time.
#define CONTACTS_IN_PERIOD "contact_report_rows c LEFT JOIN contact_people p ON p.revision_id = c.revision_id"
#define PERSON_KEY                                                                                                     \
    "(CASE WHEN p.client_id IS NOT NULL THEN 'client:' || p.client_id "                                                \
    "WHEN p.client_code IS NOT NULL THEN 'code:' || p.client_code END)"
#define PERIOD_OF_CONTACT "c.occurred_on BETWEEN ?1 AND ?2"
/// A revision's rows (supplies, checks…) joined with their contact, for a table aliased `alias`.
/// A check's plans, one row each (drug_check_plans).
#define PLANS_OF_CHECK                                                                                                 \
    " JOIN (SELECT 'use_less' AS plan UNION ALL SELECT 'with_someone' UNION ALL SELECT 'naloxone_near'"                \
    " UNION ALL SELECT 'not_use' UNION ALL SELECT 'no_change' UNION ALL SELECT 'not_recorded') pl"                     \
    " ON (CASE pl.plan WHEN 'use_less' THEN d.plan_use_less WHEN 'with_someone' THEN d.plan_with_someone"              \
    " WHEN 'naloxone_near' THEN d.plan_naloxone_near WHEN 'not_use' THEN d.plan_not_use"                               \
    " WHEN 'no_change' THEN d.plan_no_change ELSE (d.plan_use_less + d.plan_with_someone"                              \
    " + d.plan_naloxone_near + d.plan_not_use + d.plan_no_change = 0) END) = 1"
/// The same, the revision's rows read first (IndicatorSource::wideFrom).
#define WIDE(table, alias)                                                                                             \
    "FROM " table " " alias " CROSS JOIN contact_report_rows c ON c.revision_id = " alias ".revision_id"               \
    " LEFT JOIN contact_people p ON p.revision_id = c.revision_id"
#define CONTACT_JOINED(alias)                                                                                          \
    "contact_report_rows c ON c.revision_id = " alias ".revision_id"                                                   \
    " LEFT JOIN contact_people p ON p.revision_id = c.revision_id"

IndicatorDimension identity()
{
    return {s("identity"),
            s(QT_TRANSLATE_NOOP("IndicatorSource", "Who")),
            "c.identity",
            {v("known", QT_TRANSLATE_NOOP("IndicatorSource", "Known person")),
             v("coded", QT_TRANSLATE_NOOP("IndicatorSource", "Person known by a code")),
             v("anonymous", QT_TRANSLATE_NOOP("IndicatorSource", "Anonymous"))},
            {}};
}

IndicatorDimension setting()
{
    return {s("setting"),
            s(QT_TRANSLATE_NOOP("IndicatorSource", "Where")),
            "COALESCE(c.setting, 'not_recorded')",
            {v("outreach", QT_TRANSLATE_NOOP("IndicatorSource", "Outreach")),
             v("drop_in", QT_TRANSLATE_NOOP("IndicatorSource", "Drop-in")),
             v("office", QT_TRANSLATE_NOOP("IndicatorSource", "Office")),
             v("phone", QT_TRANSLATE_NOOP("IndicatorSource", "Phone")),
             v("home", QT_TRANSLATE_NOOP("IndicatorSource", "Home visit")),
             v("other", QT_TRANSLATE_NOOP("IndicatorSource", "Other place")),
             v("not_recorded", QT_TRANSLATE_NOOP("IndicatorSource", "Not recorded"))},
            {}};
}

IndicatorDimension naloxoneShown()
{
    return {s("naloxone_shown"),
            s(QT_TRANSLATE_NOOP("IndicatorSource", "Shown how to use naloxone")),
            "CASE c.naloxone_shown WHEN 1 THEN 'yes' WHEN 0 THEN 'no' ELSE 'not_recorded' END",
            {v("yes", QT_TRANSLATE_NOOP("IndicatorSource", "Shown how")),
             v("no", QT_TRANSLATE_NOOP("IndicatorSource", "Not shown")),
             v("not_recorded", QT_TRANSLATE_NOOP("IndicatorSource", "Not recorded"))},
            {}};
}

IndicatorDimension checkMethod()
{
    return {s("method"),
            s(QT_TRANSLATE_NOOP("IndicatorSource", "How it was checked")),
            "d.label",
            {},
            s("checking_method")};
}

IndicatorDimension checkResult()
{
    return {s("result"),
            s(QT_TRANSLATE_NOOP("IndicatorSource", "Result")),
            "COALESCE(d.result, 'not_recorded')",
            {v("positive", QT_TRANSLATE_NOOP("IndicatorSource", "Found (positive)")),
             v("negative", QT_TRANSLATE_NOOP("IndicatorSource", "Not found (negative)")),
             v("invalid", QT_TRANSLATE_NOOP("IndicatorSource", "Could not read")),
             v("not_sure", QT_TRANSLATE_NOOP("IndicatorSource", "Not sure")),
             v("not_recorded", QT_TRANSLATE_NOOP("IndicatorSource", "Not recorded"))},
            {}};
}

QList<IndicatorValue> lifeAreas()
{
    return {v("safety", QT_TRANSLATE_NOOP("IndicatorSource", "Safety")),
            v("health", QT_TRANSLATE_NOOP("IndicatorSource", "Health")),
            v("mental_health", QT_TRANSLATE_NOOP("IndicatorSource", "Mental health")),
            v("housing", QT_TRANSLATE_NOOP("IndicatorSource", "Housing")),
            v("food", QT_TRANSLATE_NOOP("IndicatorSource", "Food")),
            v("income", QT_TRANSLATE_NOOP("IndicatorSource", "Income")),
            v("work_learning", QT_TRANSLATE_NOOP("IndicatorSource", "Work and learning")),
            v("relationships", QT_TRANSLATE_NOOP("IndicatorSource", "Relationships")),
            v("children_family", QT_TRANSLATE_NOOP("IndicatorSource", "Children and family")),
            v("legal", QT_TRANSLATE_NOOP("IndicatorSource", "Legal")),
            v("substance_use", QT_TRANSLATE_NOOP("IndicatorSource", "Substance use")),
            v("other", QT_TRANSLATE_NOOP("IndicatorSource", "Other"))};
}

QList<IndicatorDimension> goalDimensions()
{
    return {{s("life_area"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Life area")), "v.life_area", lifeAreas(), {}},
            {s("continuum_position"),
             s(QT_TRANSLATE_NOOP("IndicatorSource", "Where on the continuum")),
             "COALESCE(v.continuum_position, CASE WHEN v.life_area = 'substance_use' THEN 'not_placed' "
             "ELSE 'not_applicable' END)",
             {v("safer_use", QT_TRANSLATE_NOOP("IndicatorSource", "Safer use")),
              v("managed_use", QT_TRANSLATE_NOOP("IndicatorSource", "Managed use")),
              v("abstinence", QT_TRANSLATE_NOOP("IndicatorSource", "Not using")),
              v("not_placed", QT_TRANSLATE_NOOP("IndicatorSource", "Not placed yet")),
              v("not_applicable", QT_TRANSLATE_NOOP("IndicatorSource", "Not about substance use"))},
             {}},
            {s("status"),
             s(QT_TRANSLATE_NOOP("IndicatorSource", "Status")),
             "v.status",
             {v("active", QT_TRANSLATE_NOOP("IndicatorSource", "Active")),
              v("paused", QT_TRANSLATE_NOOP("IndicatorSource", "Paused")),
              v("achieved", QT_TRANSLATE_NOOP("IndicatorSource", "Achieved")),
              v("set_aside", QT_TRANSLATE_NOOP("IndicatorSource", "Set aside"))},
             {}}};
}

IndicatorMeasure count(const char* label)
{
    return {s("count"), s(label), "COUNT(*)", true, false, "1"};
}

// Everyone reached: known and coded people once each, and each anonymous contact as one person (it names no
// one, so it cannot be matched with another).
IndicatorMeasure peopleAndAnonymous()
{
    return {s("people_and_anonymous"),
            s(QT_TRANSLATE_NOOP("IndicatorSource", "People (each anonymous contact counted once)")),
            "COUNT(DISTINCT COALESCE(" PERSON_KEY ", 'contact:' || c.contact_id))", false, true};
}

QList<IndicatorSource> build()
{
    QList<IndicatorSource> out;
    out.append({s("contacts"),
                s(QT_TRANSLATE_NOOP("IndicatorSource", "Contacts")),
                "FROM " CONTACTS_IN_PERIOD " WHERE " PERIOD_OF_CONTACT,
                {count(QT_TRANSLATE_NOOP("IndicatorSource", "Contacts")),
                 {s("people"), s(QT_TRANSLATE_NOOP("IndicatorSource", "People (known or coded)")),
                  "COUNT(DISTINCT " PERSON_KEY ")", false, true},
                 peopleAndAnonymous()},
                {identity(), setting(), naloxoneShown()}});
    // Unique people reached: known and coded people in contacts, and known people in MI sessions, each once
    // (temp.report_people, filled with the period's contacts). A key has one identity, so the parts add up.
    out.append({s("people"),
                s(QT_TRANSLATE_NOOP("IndicatorSource", "People reached")),
                "FROM temp.report_people p WHERE 1 = 1",
                {{s("count"), s(QT_TRANSLATE_NOOP("IndicatorSource", "People")), "COUNT(*)", true, false, "1"}},
                {{s("identity"),
                  s(QT_TRANSLATE_NOOP("IndicatorSource", "Who")),
                  "p.identity",
                  {v("known", QT_TRANSLATE_NOOP("IndicatorSource", "Known person")),
                   v("coded", QT_TRANSLATE_NOOP("IndicatorSource", "Person known by a code"))},
                  {}}}});
    out.append({s("supplies"),
                s(QT_TRANSLATE_NOOP("IndicatorSource", "Safer use supplies")),
                "FROM contact_supplies s JOIN " CONTACT_JOINED("s") " WHERE " PERIOD_OF_CONTACT,
                {{s("quantity"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Items given")), "SUM(s.quantity)", true, false,
                  "s.quantity"},
                 {s("contacts"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Contacts")), "COUNT(DISTINCT c.contact_id)",
                  false, true}},
                {{s("item"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Supply")), "s.label", {}, s("supply")},
                 identity(),
                 setting()}});
    out.append(
        {s("naloxone"),
         s(QT_TRANSLATE_NOOP("IndicatorSource", "Naloxone given")),
         "FROM contact_naloxone n JOIN " CONTACT_JOINED("n") " WHERE " PERIOD_OF_CONTACT,
         {{s("kits"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Kits")), "SUM(n.kits)", true, false, "n.kits"},
          {s("doses"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Doses")),
           "SUM(n.kits * n.doses_per_kit + n.single_doses)", true, false, "n.kits * n.doses_per_kit + n.single_doses"},
          {s("contacts"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Contacts")), "COUNT(DISTINCT c.contact_id)", false,
           true},
          peopleAndAnonymous()},
         {{s("product"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Product")), "n.label", {}, s("naloxone_product")},
          identity(),
          setting()}});
    out.append({s("drug_checks"),
                s(QT_TRANSLATE_NOOP("IndicatorSource", "Drug checking")),
                "FROM contact_drug_checks d JOIN " CONTACT_JOINED("d") " WHERE " PERIOD_OF_CONTACT,
                {count(QT_TRANSLATE_NOOP("IndicatorSource", "Checks"))},
                {checkMethod(), checkResult(), identity()}});
    // One row per plan a check named (a check can name several, so the parts do not add up to the checks).
    out.append({s("drug_check_plans"),
                s(QT_TRANSLATE_NOOP("IndicatorSource", "What people planned after a check")),
                "FROM contact_drug_checks d JOIN " CONTACT_JOINED("d") PLANS_OF_CHECK " WHERE " PERIOD_OF_CONTACT,
                {{s("count"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Checks")), "COUNT(*)", false, false, "1"}},
                {{s("plan"),
                  s(QT_TRANSLATE_NOOP("IndicatorSource", "Plan")),
                  "pl.plan",
                  {v("use_less", QT_TRANSLATE_NOOP("IndicatorSource", "Use less")),
                   v("with_someone", QT_TRANSLATE_NOOP("IndicatorSource", "Use with someone around")),
                   v("naloxone_near", QT_TRANSLATE_NOOP("IndicatorSource", "Keep naloxone near")),
                   v("not_use", QT_TRANSLATE_NOOP("IndicatorSource", "Not use it")),
                   v("no_change", QT_TRANSLATE_NOOP("IndicatorSource", "No change")),
                   v("not_recorded", QT_TRANSLATE_NOOP("IndicatorSource", "No plan recorded"))},
                  {}},
                 checkMethod(),
                 checkResult()}});
    out.append(
        {s("overdoses"),
         s(QT_TRANSLATE_NOOP("IndicatorSource", "Overdoses reported")),
         "FROM contact_overdoses o JOIN " CONTACT_JOINED("o") " WHERE " PERIOD_OF_CONTACT,
         {count(QT_TRANSLATE_NOOP("IndicatorSource", "Overdoses reported")),
          {s("reversals"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Reversals")),
           "SUM(CASE WHEN o.naloxone_doses >= 1 AND o.outcome IN ('survived', 'went_to_hospital') THEN 1 "
           "ELSE 0 END)",
           true, false,
           "CASE WHEN o.naloxone_doses >= 1 AND o.outcome IN ('survived', 'went_to_hospital') THEN 1 ELSE 0 END"},
          {s("naloxone_doses"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Naloxone doses used")),
           "SUM(COALESCE(o.naloxone_doses, 0))", true, false, "COALESCE(o.naloxone_doses, 0)"}},
         {{s("whose"),
           s(QT_TRANSLATE_NOOP("IndicatorSource", "Whose")),
           "o.whose",
           {v("witnessed", QT_TRANSLATE_NOOP("IndicatorSource", "Someone else's")),
            v("own", QT_TRANSLATE_NOOP("IndicatorSource", "The person's own"))},
           {}},
          {s("outcome"),
           s(QT_TRANSLATE_NOOP("IndicatorSource", "What happened")),
           "COALESCE(o.outcome, 'not_recorded')",
           {v("survived", QT_TRANSLATE_NOOP("IndicatorSource", "Survived")),
            v("went_to_hospital", QT_TRANSLATE_NOOP("IndicatorSource", "Went to the hospital")),
            v("died", QT_TRANSLATE_NOOP("IndicatorSource", "Died")),
            v("not_known", QT_TRANSLATE_NOOP("IndicatorSource", "Not known")),
            v("not_recorded", QT_TRANSLATE_NOOP("IndicatorSource", "Not recorded"))},
           {}},
          {s("called_911"),
           s(QT_TRANSLATE_NOOP("IndicatorSource", "911 called")),
           "CASE o.called_911 WHEN 1 THEN 'yes' WHEN 0 THEN 'no' ELSE 'not_recorded' END",
           {v("yes", QT_TRANSLATE_NOOP("IndicatorSource", "911 called")),
            v("no", QT_TRANSLATE_NOOP("IndicatorSource", "911 not called")),
            v("not_recorded", QT_TRANSLATE_NOOP("IndicatorSource", "Not recorded"))},
           {}},
          {s("naloxone_used"),
           s(QT_TRANSLATE_NOOP("IndicatorSource", "Naloxone used")),
           "CASE WHEN o.naloxone_doses >= 1 THEN 'yes' WHEN o.naloxone_doses = 0 THEN 'no' "
           "ELSE 'not_recorded' END",
           {v("yes", QT_TRANSLATE_NOOP("IndicatorSource", "Naloxone used")),
            v("no", QT_TRANSLATE_NOOP("IndicatorSource", "No naloxone used")),
            v("not_recorded", QT_TRANSLATE_NOOP("IndicatorSource", "Not recorded"))},
           {}}}});
    // The latest outcome recorded for each referral (append-only; none yet is an answer of its own).
    out.append({s("referrals"),
                s(QT_TRANSLATE_NOOP("IndicatorSource", "Referrals")),
                "FROM contact_referrals r JOIN " CONTACT_JOINED("r") " WHERE " PERIOD_OF_CONTACT,
                {count(QT_TRANSLATE_NOOP("IndicatorSource", "Referrals"))},
                {{s("type"), s(QT_TRANSLATE_NOOP("IndicatorSource", "Referred to")), "r.label", {}, s("referral_type")},
                 {s("outcome"),
                  s(QT_TRANSLATE_NOOP("IndicatorSource", "Outcome")),
                  "COALESCE((SELECT ro.outcome FROM referral_outcomes ro WHERE ro.referral_uuid = r.referral_uuid"
                  " ORDER BY ro.recorded_at DESC, ro.id DESC LIMIT 1), 'no_outcome_yet')",
                  {v("connected", QT_TRANSLATE_NOOP("IndicatorSource", "Connected")),
                   v("not_connected", QT_TRANSLATE_NOOP("IndicatorSource", "Not connected")),
                   v("still_waiting", QT_TRANSLATE_NOOP("IndicatorSource", "Still waiting")),
                   v("declined", QT_TRANSLATE_NOOP("IndicatorSource", "Decided not to go")),
                   v("no_outcome_yet", QT_TRANSLATE_NOOP("IndicatorSource", "No outcome yet"))},
                  {}},
                 identity()}});
    out.append(
        {s("sessions"),
         s(QT_TRANSLATE_NOOP("IndicatorSource", "MI sessions")),
         "FROM counted_sessions s WHERE s.session_date BETWEEN ?1 AND ?2",
         {count(QT_TRANSLATE_NOOP("IndicatorSource", "MI sessions held")),
          {s("people"), s(QT_TRANSLATE_NOOP("IndicatorSource", "People")), "COUNT(DISTINCT s.client_id)", false, true}},
         {}});
    // Goals are dated by the counselor's local day, as contacts are: their instants (UTC) between the first day's
    // start and the end of the last, ?98 and ?99 (Period::startInstantText()), compared as text. goals.status is
    // the current revision's, so only achieved goals' revisions are read.
    out.append({s("goals"),
                s(QT_TRANSLATE_NOOP("IndicatorSource", "Goals set")),
                "FROM goals g JOIN goal_revisions v ON v.goal_id = g.id AND v.revision = g.current_revision"
                " WHERE g.created_at >= ?98 AND g.created_at < ?99",
                {count(QT_TRANSLATE_NOOP("IndicatorSource", "Goals"))},
                goalDimensions()});
    out.append(
        {s("goals_worked_on"),
         s(QT_TRANSLATE_NOOP("IndicatorSource", "Goals worked on in MI sessions")),
         "FROM goals g JOIN goal_revisions v ON v.goal_id = g.id AND v.revision = g.current_revision"
         " WHERE g.id IN (SELECT sg.goal_id FROM session_goals sg JOIN counted_sessions s ON s.id = sg.session_id"
         " WHERE s.session_date BETWEEN ?1 AND ?2)",
         {count(QT_TRANSLATE_NOOP("IndicatorSource", "Goals"))},
         goalDimensions()});
    out.append({s("goals_achieved"),
                s(QT_TRANSLATE_NOOP("IndicatorSource", "Goals achieved")),
                "FROM goals g JOIN goal_revisions v ON v.goal_id = g.id AND v.revision = g.current_revision"
                " WHERE g.status = 'achieved' AND v.status = 'achieved' AND v.revised_at >= ?98 AND v.revised_at < ?99",
                {count(QT_TRANSLATE_NOOP("IndicatorSource", "Goals achieved"))},
                goalDimensions()});
    // The sources over a revision's rows, read the other way round for long periods (wideFrom).
    for (IndicatorSource& source : out) {
        const QString& k = source.key;
        if (k == QLatin1String("supplies"))
            source.wideFrom = WIDE("contact_supplies", "s") " WHERE " PERIOD_OF_CONTACT;
        else if (k == QLatin1String("naloxone"))
            source.wideFrom = WIDE("contact_naloxone", "n") " WHERE " PERIOD_OF_CONTACT;
        else if (k == QLatin1String("drug_checks"))
            source.wideFrom = WIDE("contact_drug_checks", "d") " WHERE " PERIOD_OF_CONTACT;
        else if (k == QLatin1String("drug_check_plans"))
            source.wideFrom = WIDE("contact_drug_checks", "d") PLANS_OF_CHECK " WHERE " PERIOD_OF_CONTACT;
        else if (k == QLatin1String("overdoses"))
            source.wideFrom = WIDE("contact_overdoses", "o") " WHERE " PERIOD_OF_CONTACT;
        else if (k == QLatin1String("referrals"))
            source.wideFrom = WIDE("contact_referrals", "r") " WHERE " PERIOD_OF_CONTACT;
    }
    return out;
}

} // namespace

const IndicatorMeasure* IndicatorSource::measure(const QString& name) const
{
    for (const IndicatorMeasure& m : measures) {
        if (m.key == name)
            return &m;
    }
    return nullptr;
}

const IndicatorDimension* IndicatorSource::dimension(const QString& name) const
{
    for (const IndicatorDimension& d : dimensions) {
        if (d.key == name)
            return &d;
    }
    return nullptr;
}

const QList<IndicatorSource>& IndicatorSource::all()
{
    static const QList<IndicatorSource> sources = build();
    return sources;
}

const QList<const char*>& IndicatorSource::scopeSql()
{
    // Memory only (the vault runs with temp_store = MEMORY): nothing of it reaches the disk.
    static const QList<const char*> sql{
        "DROP TABLE IF EXISTS temp.report_people",
        "CREATE TEMP TABLE report_people (person_key TEXT PRIMARY KEY, identity TEXT NOT NULL) WITHOUT ROWID"};
    return sql;
}

const char* IndicatorSource::contactPeopleSql(bool wide)
{
    // The person of each of the period's contacts that names one; a person comes once per contact, and
    // ReportEngine keeps each once (a SQL DISTINCT would sort them all first).
    return wide ? "SELECT p.client_id, p.client_code FROM contact_people p CROSS JOIN contact_report_rows c "
                  "ON c.revision_id = p.revision_id WHERE " PERIOD_OF_CONTACT
                : "SELECT p.client_id, p.client_code FROM contact_report_rows c JOIN contact_people p "
                  "ON p.revision_id = c.revision_id WHERE " PERIOD_OF_CONTACT " AND c.identity <> 'anonymous'";
}

const char* IndicatorSource::sessionPeopleSql()
{
    return "SELECT DISTINCT client_id FROM counted_sessions WHERE session_date BETWEEN ?1 AND ?2";
}

const char* IndicatorSource::addPersonSql()
{
    return "INSERT INTO temp.report_people (person_key, identity) VALUES (?1, ?2)";
}

const QList<const char*>& IndicatorSource::dropScopeSql()
{
    static const QList<const char*> sql{"DROP TABLE IF EXISTS temp.report_people"};
    return sql;
}

const IndicatorSource* IndicatorSource::find(const QString& name)
{
    for (const IndicatorSource& source : all()) {
        if (source.key == name)
            return &source;
    }
    return nullptr;
}

QStringList IndicatorSource::keys()
{
    QStringList out;
    for (const IndicatorSource& source : all())
        out << source.key;
    return out;
}

} // namespace continuum

#undef CONTACTS_IN_PERIOD
#undef CONTACT_JOINED
#undef WIDE
#undef PLANS_OF_CHECK
#undef PERSON_KEY
#undef PERIOD_OF_CONTACT
