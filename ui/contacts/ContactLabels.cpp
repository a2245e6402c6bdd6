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
} // namespace

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

bool isTestStrip(const QString& methodLabel)
{
    return methodLabel.contains(QLatin1String("strip"), Qt::CaseInsensitive);
}

} // namespace continuum::ui
