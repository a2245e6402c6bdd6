// SPDX-License-Identifier: GPL-3.0-or-later
#include "contacts/ContactLabels.h"

#include <QCoreApplication>

namespace continuum::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ContactLabels", text);
}
} // namespace

QString label(ContactIdentity v)
{
    switch (v) {
    case ContactIdentity::Anonymous: return tr("Anonymous");
    case ContactIdentity::Coded: return tr("Coded (a code only)");
    case ContactIdentity::Known: return tr("Known client");
    }
    return {};
}

QString label(ContactSetting v)
{
    switch (v) {
    case ContactSetting::Outreach: return tr("Outreach");
    case ContactSetting::DropIn: return tr("Drop-in");
    case ContactSetting::Office: return tr("Office");
    case ContactSetting::Phone: return tr("Phone");
    case ContactSetting::Home: return tr("Home visit");
    case ContactSetting::Other: return tr("Other place");
    }
    return {};
}

QString label(DrugCheckResult v)
{
    switch (v) {
    case DrugCheckResult::Positive: return tr("Positive");
    case DrugCheckResult::Negative: return tr("Negative");
    case DrugCheckResult::Invalid: return tr("Invalid");
    case DrugCheckResult::NotSure: return tr("Not sure");
    }
    return {};
}

QString label(OverdoseWhose v)
{
    switch (v) {
    case OverdoseWhose::Witnessed: return tr("Someone else's (they saw it)");
    case OverdoseWhose::Own: return tr("Their own");
    }
    return {};
}

QString label(OverdoseOutcome v)
{
    switch (v) {
    case OverdoseOutcome::Survived: return tr("Survived");
    case OverdoseOutcome::WentToHospital: return tr("Went to hospital");
    case OverdoseOutcome::Died: return tr("Died");
    case OverdoseOutcome::NotKnown: return tr("Not known");
    }
    return {};
}

QString label(ReferralOutcome v)
{
    switch (v) {
    case ReferralOutcome::Connected: return tr("Connected");
    case ReferralOutcome::NotConnected: return tr("Not connected");
    case ReferralOutcome::StillWaiting: return tr("Still waiting");
    case ReferralOutcome::Declined: return tr("Declined");
    }
    return {};
}

QString contactWith(const ContactSummary& s)
{
    switch (s.identity) {
    case ContactIdentity::Known: return s.clientName;
    case ContactIdentity::Coded: return s.clientCode;
    case ContactIdentity::Anonymous: return tr("Anonymous");
    }
    return {};
}

QString stripReadingAid()
{
    return tr("Any second line, however faint, means negative. One line only means positive; no line by the "
              "control mark means the strip is invalid.");
}

bool isTestStrip(const QString& methodLabel)
{
    return methodLabel.contains(QLatin1String("strip"), Qt::CaseInsensitive);
}

} // namespace continuum::ui
