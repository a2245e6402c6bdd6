// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportExport.h"

#include "report/ReportCsvWriter.h"
#include "util/AtomicFile.h"
#include "workspace/Workspace.h"

#include <QUuid>

namespace continuum {

QString ReportExport::auditDetail(const ReportResult& result, const QString& format)
{
    return QStringLiteral("report=%1 period=%2 format=%3").arg(result.reportId, result.period.key(), format);
}

Status ReportExport::writeCsv(Workspace& workspace, const ReportResult& result, const QString& path,
                              const ReportCsvWords& words)
{
    if (!workspace.isOpen())
        return makeError(ErrorCode::Locked, QStringLiteral("the vault is locked"));
    if (auto s = writeFileAtomically(path, ReportCsvWriter::write(result, words)); !s)
        return s;
    return recordExport(workspace, result, QStringLiteral("csv"));
}

Status ReportExport::recordExport(Workspace& workspace, const ReportResult& result, const QString& format)
{
    return workspace.recordDelivery(auditAction(), QStringLiteral("report"), QUuid(), std::nullopt,
                                    auditDetail(result, format));
}

} // namespace continuum
