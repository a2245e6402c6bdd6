// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportData.h"

#include <QTextBrowser>

namespace continuum::ui {

/// A signed session as a document to read: only what was recorded, in the order of the printed note, with
/// the signature and the addenda (counted in the header, each with its number, date and signature). A record
/// entered in error says so at the top, with its reason. Read-only; the text can be selected and copied.
class SignedSessionView final : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SignedSessionView(QWidget* parent = nullptr);

    /// Shows `note` (a signed record, its client's name and the words of the goals discussed).
    void setNote(const SessionNoteData& note);
    /// The document as HTML, built from the record (what the view shows).
    static QString html(const SessionNoteData& note);
};

} // namespace continuum::ui
