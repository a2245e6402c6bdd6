// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace continuum {

/// True when this process's free() and realloc() are the wiping ones from WipeOnFree.cpp: every block the
/// program (Qt, SQLite, our code) hands back to glibc is zeroed first. Linked into executables only.
bool wipeOnFreeActive();

} // namespace continuum
