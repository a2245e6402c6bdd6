// SPDX-License-Identifier: GPL-3.0-or-later
#include "printing/PdfExport.h"

#include "util/AtomicFile.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextDocument>

namespace continuum::ui {

Status writePdf(QTextDocument& doc, const QString& file, const PageDecoration& decoration, const QPageSize& pageSize,
                int* pages)
{
    // The PDF is made in memory, then handed to the atomic writer: QPdfWriter reports no write errors, so
    // writing it straight to disk would leave a truncated file that looks saved when the disk fills up.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int n = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Continuum"));
        writer.setTitle(doc.metaInformation(QTextDocument::DocumentTitle));
        n = renderDocument(doc, writer, decoration);
    }
    if (buffer.data().isEmpty())
        return makeError(ErrorCode::Io, QStringLiteral("the PDF for ") + file + QStringLiteral(" came out empty"));
    if (auto s = writeFileAtomically(file, buffer.data()); !s)
        return s;
    if (pages)
        *pages = n;
    return {};
}

} // namespace continuum::ui
