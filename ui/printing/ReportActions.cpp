// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/ReportActions.h"

#include "UiHooks.h"
#include "common/ErrorText.h"
#include "domain/AuditLog.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>

namespace continuum::ui {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ReportActions)
};
} // namespace

void previewReport(QWidget* parent, QTextDocument& doc, const PageDecoration& decoration)
{
    UiHooks::instance().preview(parent,
                                [&doc, decoration](QPrinter* printer) { renderDocument(doc, *printer, decoration); });
}

bool printReport(QWidget* parent, QTextDocument& doc, const PageDecoration& decoration)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(defaultPageSize());
    printer.setDocName(doc.metaInformation(QTextDocument::DocumentTitle));
    if (!UiHooks::instance().choosePrinter(&printer, parent))
        return false;
    renderDocument(doc, printer, decoration);
    return true;
}

bool exportReportPdf(QWidget* parent, QTextDocument& doc, const PageDecoration& decoration,
                     const QString& suggestedName)
{
    QSettings settings;
    if (!settings.value(QStringLiteral("privacy/pdfWarningShown")).toBool()) {
        UiHooks::instance().information(
            parent, Tr::tr("Saving as PDF"),
            Tr::tr("A PDF is not encrypted: anyone who opens the file can read it. Do not keep it in shared, "
                   "synced or cloud folders, on a shared computer, or attached to email. Print it, give it to the "
                   "person, and delete the file when you are done."));
        settings.setValue(QStringLiteral("privacy/pdfWarningShown"), true);
    }
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(suggestedName);
    const QString file =
        UiHooks::instance().saveFileName(parent, Tr::tr("Save as PDF"), suggested, Tr::tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return false;
    if (auto s = writePdf(doc, file, decoration); !s) {
        UiHooks::instance().warning(parent, Tr::tr("Saving as PDF"), errorText(s.error()));
        return false;
    }
    return true;
}

bool deliverReport(QWidget* parent, Workspace& workspace, Delivery how, QTextDocument& doc,
                   const PageDecoration& decoration, const DeliveryRecord& record)
{
    bool done = false;
    switch (how) {
    case Delivery::Preview: previewReport(parent, doc, decoration); return false;
    case Delivery::Print: done = printReport(parent, doc, decoration); break;
    case Delivery::Pdf: done = exportReportPdf(parent, doc, decoration, record.suggestedPdfName); break;
    }
    if (!done)
        return false;
    const QString action = how == Delivery::Pdf ? AuditAction::Export : AuditAction::Print;
    if (auto s = workspace.recordDelivery(action, record.recordType, record.recordUuid, record.client, record.detail);
        !s) {
        // The printout exists; that it is missing from the audit log must not pass unseen.
        UiHooks::instance().warning(parent, Tr::tr("Audit log"), errorText(s.error()));
    }
    return true;
}

} // namespace continuum::ui
