// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/ReportActions.h"

#include "UiHooks.h"
#include "common/ErrorText.h"

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

} // namespace continuum::ui
