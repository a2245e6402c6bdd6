// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "printing/Reports.h" // the documents these deliver, and PageDecoration

#include <QUuid>

#include <optional>

class QWidget;

namespace continuum {
class Workspace;
}

namespace continuum::ui {

/// How a printout leaves the program.
enum class Delivery { Preview, Print, Pdf };

/// What the audit log records about a printout: which record, for whom, a short detail; never the
/// content.
struct DeliveryRecord {
    QString recordType; ///< "session", "goal-summary"
    QUuid recordUuid;
    std::optional<ClientId> client;
    QString detail;
    QString suggestedPdfName; ///< the file name offered when saving as PDF
};

/// Render → deliver → record in the audit log: the one way every printout goes out. A preview records
/// nothing; a print or a PDF that went out is recorded through the workspace (Print or Export). True when
/// the document went out. A failure to write is shown to the counselor; so is a printout that went out
/// but could not be recorded (it is still true: the paper exists).
bool deliverReport(QWidget* parent, Workspace& workspace, Delivery how, QTextDocument& doc,
                   const PageDecoration& decoration, const DeliveryRecord& record);

/// Preview, print or save as PDF, the same layout each way. Each returns true when the document went
/// out (printed or written), so the caller can record it in the audit log.
void previewReport(QWidget* parent, QTextDocument& doc, const PageDecoration& decoration);
bool printReport(QWidget* parent, QTextDocument& doc, const PageDecoration& decoration);
/// Warns once (per computer) that a PDF is not encrypted, then asks where to save it.
bool exportReportPdf(QWidget* parent, QTextDocument& doc, const PageDecoration& decoration,
                     const QString& suggestedName);

} // namespace continuum::ui
