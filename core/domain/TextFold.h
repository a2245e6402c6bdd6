// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace continuum {

/// Folds text for sorting and comparing names: compatibility decomposition, combining marks removed,
/// case folded. "José", "JOSE" and "jose" fold alike.
QString foldForSearch(const QString& text);

/// Turns what a counselor typed into an FTS5 query that matches every word as a prefix. Each word is
/// quoted (quotes doubled), so no input can change the query's structure. Empty for blank input.
QString ftsPrefixQuery(const QString& typed);

} // namespace continuum
