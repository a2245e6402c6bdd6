// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Error.h"

#include <QString>

namespace continuum::ui {

/// A plain-language sentence for an error from core: what happened and what to do next. The sentence
/// comes from the table the command line shares (core/util/ErrorMessages), so both say the same thing.
QString errorText(const Error& error);

} // namespace continuum::ui
