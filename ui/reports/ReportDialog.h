// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/Period.h"
#include "report/ReportCatalog.h"
#include "report/ReportResult.h"
#include "util/Result.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

namespace continuum {
class Workspace;
}

namespace continuum::ui {

/// File ▸ Reports: choose a report and a period, preview it (the data-quality warnings first, then the tables
/// with small counts hidden), and export what was previewed as PDF or CSV. Every export is recorded in the
/// audit log by ReportExport (the report and the period, never the content).
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// The workspace must be open for as long as the dialog is (MainWindow's rule).
    explicit ReportDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// Runs the chosen report over the chosen period and shows it; the exports then hold what it shows.
    void preview();
    void exportPdf();
    void exportCsv();

    /// The last preview, if it is still what the choices say.
    const std::optional<ReportResult>& result() const { return m_result; }

private:
    void showPeriodPickers();
    /// A choice changed: the preview no longer matches it, so it cannot be exported.
    void invalidate();
    Result<Period> chosenPeriod() const;
    /// "report-quarterly-grant-2025-Q3.pdf"
    QString suggestedName(const QString& extension) const;

    Workspace& m_workspace;
    ReportCatalog m_catalog;
    std::optional<ReportResult> m_result;
    QComboBox* m_report = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_month = nullptr;
    QComboBox* m_quarter = nullptr;
    QSpinBox* m_year = nullptr;
    QDateEdit* m_from = nullptr;
    QLabel* m_toLabel = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_problems = nullptr;
    QTextBrowser* m_preview = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
};

} // namespace continuum::ui
