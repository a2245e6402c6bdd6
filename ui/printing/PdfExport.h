// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "printing/PageRenderer.h"
#include "util/Result.h"

#include <QPageSize>
#include <QString>

class QTextDocument;

namespace continuum::ui {

/// Writes doc to a PDF file (fonts embedded, text selectable, owner-only permissions). The file appears
/// whole or not at all: it is written beside the target, synced and renamed over it, so a full disk or a
/// crash leaves the previous file at that path untouched and no partial file. DiskFull or Io on failure.
Status writePdf(QTextDocument& doc, const QString& file, const PageDecoration& decoration,
                const QPageSize& pageSize = defaultPageSize(), int* pages = nullptr);

} // namespace continuum::ui
