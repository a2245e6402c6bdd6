// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>

namespace continuum::ui {

/// Translated, person-first words for the domain's values. One place, so a screen and a printout never
/// word the same thing two ways.
QString label(ClientStatus v);
QString label(SubstanceRoute v);
QString label(LifeArea v);
QString label(ContinuumPosition v);
/// The client's answer to a goal revision, as a short sentence ("Yes, they agreed").
QString label(ClientAgreement v);
QString label(GoalStatus v);
QString label(SessionSetting v);
QString label(MiProcess v);
QString label(StageOfChange v);
QString label(TalkCategory v);
QString label(NoteFormat v);
QString label(BalanceBox v);
/// The title of a note section key (data, assessment, subjective…).
QString noteSectionTitle(const QString& key);
/// The title of a goal field name as revisions record it (clientWords, steps…).
QString goalFieldTitle(const QString& field);
/// A stored goal field value in words (keys such as "safer_use" become "Safer use").
QString goalFieldValue(const QString& field, const QString& stored);

/// A person's chosen name with their pronouns beside it, the one form every list, page and printout uses:
/// "Sam (they/them)", or the name alone when no pronouns are recorded. Both exactly as the person gave them.
QString nameWithPronouns(const QString& name, const QString& pronouns);
/// The same for a screen reader: "Sam, pronouns they/them".
QString spokenNameWithPronouns(const QString& name, const QString& pronouns);

} // namespace continuum::ui
