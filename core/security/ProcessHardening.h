// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

namespace continuum {

/// Turns core dumps off for this process (RLIMIT_CORE to zero, PR_SET_DUMPABLE to 0), so that a crash
/// never writes unlocked records or keys to disk, and other processes of the same user cannot ptrace it.
Status disableCoreDumps();

/// True when both settings are in force (for tests and a diagnostic line).
bool coreDumpsDisabled();

} // namespace continuum
