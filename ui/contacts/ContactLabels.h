// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Contact.h"

#include <QString>
#include <QStringList>

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

/// The words an item of an agency list shows: a seeded item the agency has not renamed (its seed key and the English
/// words it was seeded with, Migration 14) in the interface language; an item the agency added or renamed in the
/// agency's words, exactly as typed. Every list, editor, history and report shows items through this.
QString itemText(const ContactListItem& item);

/// The same for a label a contact was recorded with, or that a report counted by, where only the list and the label
/// are known: a seeded item's English words are shown in the interface language, any other label as typed.
QString recordedItemText(ContactList list, const QString& label);

/// The English words an item was seeded with, by its list and seed key; empty for a key that was never seeded.
QString seededLabel(ContactList list, const QString& seedKey);

/// The seed keys of a list, in the order Migration 8 seeded them.
QStringList seedKeys(ContactList list);

/// How to read a test strip, shown beside its result.
QString stripReadingAid();

/// True when a checking method is a test strip: a seeded strip, or an agency's item whose words say "strip" or
/// "tira" (the list names no kind).
bool isTestStrip(const ContactListItem& method);

} // namespace continuum::ui
