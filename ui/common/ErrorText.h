// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <QString>

namespace continuum::ui {

/// A plain-language sentence for an error from core: what happened and what to do next. The sentence
/// comes from the table the command line shares (core/util/ErrorMessages), so both say the same thing;
/// a validation failure gets the sentence for its field and reason (validationText).
QString errorText(const Error& error);

/// What to do about one refused value, in the counselor's words: one sentence per (field, reason) pair
/// core can refuse with (kValidationFailures). Never core's English detail; a pair without a sentence of
/// its own gets the general one for validation failures.
QString validationText(FieldReason failure);

/// validationText for the error's field and reason.
QString validationText(const Error& error);

} // namespace continuum::ui
