// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactLabels.h"

#include <QCoreApplication>

namespace continuum::ui {

namespace {
// lupdate files a message by the class of its Words::tr(): a free Words::tr() would put these under no context it can
// match.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(ContactLabels)
};

/// English words and the list they belong to, as lupdate reads them ("Other" and "Food" are in two lists).
struct SeedWords {
    const char* source;
    const char* comment;
};

/// One item the vault was seeded with (Migration 8), by the key Migration 14 gave it, and its English words.
struct Seed {
    ContactList list;
    const char* key;
    SeedWords words;
};

// The same items, keys and words as Migrations 8 and 14 (tests/ui/tst_spanishwords checks a new vault against it).
const Seed kSeeds[] = {
    {ContactList::Supply, "syringes", QT_TRANSLATE_NOOP3("ContactLabels", "Syringes", "a supply given")},
    {ContactList::Supply, "cookers", QT_TRANSLATE_NOOP3("ContactLabels", "Cookers", "a supply given")},
    {ContactList::Supply, "cottons_filters", QT_TRANSLATE_NOOP3("ContactLabels", "Cottons/filters", "a supply given")},
    {ContactList::Supply, "pipes", QT_TRANSLATE_NOOP3("ContactLabels", "Pipes", "a supply given")},
    {ContactList::Supply, "straws", QT_TRANSLATE_NOOP3("ContactLabels", "Straws", "a supply given")},
    {ContactList::Supply, "test_strips", QT_TRANSLATE_NOOP3("ContactLabels", "Test strips", "a supply given")},
    {ContactList::Supply, "wound_care", QT_TRANSLATE_NOOP3("ContactLabels", "Wound care", "a supply given")},
    {ContactList::Supply, "safer_sex", QT_TRANSLATE_NOOP3("ContactLabels", "Safer-sex supplies", "a supply given")},
    {ContactList::Supply, "hygiene", QT_TRANSLATE_NOOP3("ContactLabels", "Hygiene", "a supply given")},
    {ContactList::Supply, "food", QT_TRANSLATE_NOOP3("ContactLabels", "Food", "a supply given")},
    {ContactList::Supply, "sharps_container",
     QT_TRANSLATE_NOOP3("ContactLabels", "Sharps container", "a supply given")},
    {ContactList::NaloxoneProduct, "nasal_4mg",
     QT_TRANSLATE_NOOP3("ContactLabels", "Nasal 4 mg", "a naloxone product")},
    {ContactList::NaloxoneProduct, "nasal_8mg",
     QT_TRANSLATE_NOOP3("ContactLabels", "Nasal 8 mg", "a naloxone product")},
    {ContactList::NaloxoneProduct, "intramuscular",
     QT_TRANSLATE_NOOP3("ContactLabels", "Intramuscular", "a naloxone product")},
    {ContactList::NaloxoneProduct, "other", QT_TRANSLATE_NOOP3("ContactLabels", "Other", "a naloxone product")},
    {ContactList::CheckingMethod, "fentanyl_strip",
     QT_TRANSLATE_NOOP3("ContactLabels", "Fentanyl test strip", "a way to check drugs")},
    {ContactList::CheckingMethod, "xylazine_strip",
     QT_TRANSLATE_NOOP3("ContactLabels", "Xylazine test strip", "a way to check drugs")},
    {ContactList::CheckingMethod, "nitazene_strip",
     QT_TRANSLATE_NOOP3("ContactLabels", "Nitazene test strip", "a way to check drugs")},
    {ContactList::CheckingMethod, "reagent",
     QT_TRANSLATE_NOOP3("ContactLabels", "Reagent test", "a way to check drugs")},
    {ContactList::CheckingMethod, "ftir", QT_TRANSLATE_NOOP3("ContactLabels", "FTIR", "a way to check drugs")},
    {ContactList::ReferralType, "medical_care",
     QT_TRANSLATE_NOOP3("ContactLabels", "Medical care", "a place or service referred to")},
    {ContactList::ReferralType, "substance_use_treatment",
     QT_TRANSLATE_NOOP3("ContactLabels", "Treatment for substance use", "a place or service referred to")},
    {ContactList::ReferralType, "moud",
     QT_TRANSLATE_NOOP3("ContactLabels", "Medication for opioid use disorder", "a place or service referred to")},
    {ContactList::ReferralType, "mental_health",
     QT_TRANSLATE_NOOP3("ContactLabels", "Mental health", "a place or service referred to")},
    {ContactList::ReferralType, "housing",
     QT_TRANSLATE_NOOP3("ContactLabels", "Housing", "a place or service referred to")},
    {ContactList::ReferralType, "food", QT_TRANSLATE_NOOP3("ContactLabels", "Food", "a place or service referred to")},
    {ContactList::ReferralType, "legal_help",
     QT_TRANSLATE_NOOP3("ContactLabels", "Legal help", "a place or service referred to")},
    {ContactList::ReferralType, "benefits",
     QT_TRANSLATE_NOOP3("ContactLabels", "Benefits", "a place or service referred to")},
    {ContactList::ReferralType, "wound_care",
     QT_TRANSLATE_NOOP3("ContactLabels", "Wound care", "a place or service referred to")},
    {ContactList::ReferralType, "hiv_hcv_testing",
     QT_TRANSLATE_NOOP3("ContactLabels", "Testing for HIV/hepatitis C", "a place or service referred to")},
    {ContactList::ReferralType, "other",
     QT_TRANSLATE_NOOP3("ContactLabels", "Other", "a place or service referred to")},
};

const Seed* seedByKey(ContactList list, const QString& key)
{
    for (const Seed& seed : kSeeds) {
        if (seed.list == list && key == QLatin1String(seed.key))
            return &seed;
    }
    return nullptr;
}

const Seed* seedByWords(ContactList list, const QString& words)
{
    for (const Seed& seed : kSeeds) {
        if (seed.list == list && words == QLatin1String(seed.words.source))
            return &seed;
    }
    return nullptr;
}

QString translated(const Seed& seed)
{
    return QCoreApplication::translate("ContactLabels", seed.words.source, seed.words.comment);
}

} // namespace

QString itemText(const ContactListItem& item)
{
    if (item.seedKey.isEmpty())
        return item.label;
    const Seed* seed = seedByKey(item.list, item.seedKey);
    // Renamed by the agency (even into what a translation would say): their words, as typed.
    if (!seed || item.label != QLatin1String(seed->words.source))
        return item.label;
    return translated(*seed);
}

QString recordedItemText(ContactList list, const QString& label)
{
    const Seed* seed = seedByWords(list, label);
    return seed ? translated(*seed) : label;
}

QString seededLabel(ContactList list, const QString& seedKey)
{
    const Seed* seed = seedByKey(list, seedKey);
    return seed ? QString::fromLatin1(seed->words.source) : QString();
}

QStringList seedKeys(ContactList list)
{
    QStringList out;
    for (const Seed& seed : kSeeds) {
        if (seed.list == list)
            out.append(QString::fromLatin1(seed.key));
    }
    return out;
}

QString label(ContactIdentity v)
{
    switch (v) {
    case ContactIdentity::Anonymous: return Words::tr("Anonymous");
    case ContactIdentity::Coded: return Words::tr("Coded (a code only)");
    case ContactIdentity::Known: return Words::tr("Known client");
    }
    return {};
}

QString label(ContactSetting v)
{
    switch (v) {
    case ContactSetting::Outreach: return Words::tr("Outreach");
    case ContactSetting::DropIn: return Words::tr("Drop-in");
    case ContactSetting::Office: return Words::tr("Office");
    case ContactSetting::Phone: return Words::tr("Phone");
    case ContactSetting::Home: return Words::tr("Home visit");
    case ContactSetting::Other: return Words::tr("Other place");
    }
    return {};
}

QString label(DrugCheckResult v)
{
    switch (v) {
    case DrugCheckResult::Positive: return Words::tr("Positive");
    case DrugCheckResult::Negative: return Words::tr("Negative");
    case DrugCheckResult::Invalid: return Words::tr("Invalid");
    case DrugCheckResult::NotSure: return Words::tr("Not sure");
    }
    return {};
}

QString label(OverdoseWhose v)
{
    switch (v) {
    case OverdoseWhose::Witnessed: return Words::tr("Someone else's (they saw it)");
    case OverdoseWhose::Own: return Words::tr("Their own");
    }
    return {};
}

QString label(OverdoseOutcome v)
{
    switch (v) {
    case OverdoseOutcome::Survived: return Words::tr("Survived");
    case OverdoseOutcome::WentToHospital: return Words::tr("Went to hospital");
    case OverdoseOutcome::Died: return Words::tr("Died");
    case OverdoseOutcome::NotKnown: return Words::tr("Not known");
    }
    return {};
}

QString label(ReferralOutcome v)
{
    switch (v) {
    case ReferralOutcome::Connected: return Words::tr("Connected");
    case ReferralOutcome::NotConnected: return Words::tr("Not connected");
    case ReferralOutcome::StillWaiting: return Words::tr("Still waiting");
    case ReferralOutcome::Declined: return Words::tr("Declined");
    }
    return {};
}

QString contactWith(const ContactSummary& s)
{
    switch (s.identity) {
    case ContactIdentity::Known: return s.clientName;
    case ContactIdentity::Coded: return s.clientCode;
    case ContactIdentity::Anonymous: return Words::tr("Anonymous");
    }
    return {};
}

QString stripReadingAid()
{
    return Words::tr("Any second line, however faint, means negative. One line only means positive; no line by the "
                     "control mark means the strip is invalid.");
}

bool isTestStrip(const ContactListItem& method)
{
    if (method.seedKey.endsWith(QLatin1String("_strip")))
        return true;
    return method.label.contains(QLatin1String("strip"), Qt::CaseInsensitive) ||
           method.label.contains(QLatin1String("tira"), Qt::CaseInsensitive);
}

} // namespace continuum::ui
