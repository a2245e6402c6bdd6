// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QString>

namespace continuum::ui {

/// Plain words for the values of a harm-reduction contact (issue 13).
QString label(ContactIdentity v);
QString label(ContactSetting v);
QString label(DrugCheckResult v);
QString label(OverdoseWhose v);
QString label(OverdoseOutcome v);
QString label(ReferralOutcome v);

/// Who a contact was with, as a list shows it: the chosen name, the code, or "Anonymous".
QString contactWith(const ContactSummary& s);

/// How to read a test strip, shown beside its result.
QString stripReadingAid();

/// True when a checking method is a test strip (read by its label: the list names no kind).
bool isTestStrip(const QString& methodLabel);

} // namespace continuum::ui
