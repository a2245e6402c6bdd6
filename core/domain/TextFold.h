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

/// The same words as an FTS5 query for the trigram index, where each matches anywhere inside a name
/// ("mir" finds "Ramírez"). Empty when a word is shorter than three characters: a trigram index cannot
/// look those up, and the prefix query serves them.
QString ftsSubstringQuery(const QString& typed);

} // namespace continuum
