// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace continuum {

/// Initializes libsodium once for the process; false if it cannot (no source of randomness).
bool ensureSodium();

/// n bytes from the operating system's secure random source.
QByteArray randomBytes(int n);

} // namespace continuum
