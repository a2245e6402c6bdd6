// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <QString>

namespace continuum {

/// The translation context of the shared error sentences (for QCoreApplication::translate and lupdate).
inline constexpr char kErrorMessagesContext[] = "ErrorMessages";

/// The untranslated sentence for an error code, or nullptr for a value outside the enum. One table serves
/// the window and the command line, so both say the same thing about the same failure.
const char* errorMessageSource(ErrorCode code);

/// The sentence for an error code, translated: what happened, in plain words, and what to do next. It
/// never blames the person; where the failed operation changed nothing on disk, it says so.
QString errorMessage(ErrorCode code);

/// The sentence for an error, with what the error itself can add: which group of a mistyped recovery
/// key is at fault.
QString errorMessage(const Error& error);

} // namespace continuum
