// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"

#include <QString>

namespace continuum::ui {

/// Where a change or a mark was added, in plain words: "Session, 2/27/26", "Contact, 2/28/26", "Their page".
QString addedInText(const AddedIn& addedIn);
/// A day as the lists show it (the locale's short date).
QString dayText(const QDate& day);
/// A step by its place, as a person counts: "step 2 of 3".
QString stepPlaceText(int step, int count);

} // namespace continuum::ui
