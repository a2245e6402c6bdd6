// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ErrorText.h"

#include "util/ErrorMessages.h"

namespace continuum::ui {

QString errorText(const Error& error)
{
    return errorMessage(error);
}

} // namespace continuum::ui
