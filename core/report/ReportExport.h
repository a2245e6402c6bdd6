// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportCsvWriter.h"
#include "report/ReportResult.h"
#include "util/Result.h"

#include <QString>

namespace continuum {

class Workspace;

/// A report leaving the program, recorded in the audit log: which report, which period and which format,
/// never its content. The window calls writeCsv for a CSV file, and recordExport after it has printed or
/// saved a PDF itself.
class ReportExport final
{
public:
    /// The audit action for every report export.
    static QString auditAction() { return QStringLiteral("export-report"); }
    /// "report=general period=2025-Q3 format=csv": the audit entry's detail.
    static QString auditDetail(const ReportResult& result, const QString& format);

    /// Writes the CSV to path (atomically, owner-only), then records the export. Locked if the vault is
    /// locked (nothing is written then); NotRecorded if the file was written but the audit entry was not.
    /// words: the CSV's fixed words in the reader's language (English by default).
    static Status writeCsv(Workspace& workspace, const ReportResult& result, const QString& path,
                           const ReportCsvWords& words = {});
    /// Records an export the window made itself ("pdf", "print"). Locked if the vault is locked.
    static Status recordExport(Workspace& workspace, const ReportResult& result, const QString& format);
};

} // namespace continuum
