// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/ReportDialog.h"

#include "UiHooks.h"
#include "common/ErrorText.h"
#include "common/ScreenFit.h"
#include "contacts/ContactLabels.h"
#include "domain/Domain.h"
#include "printing/PdfExport.h"
#include "printing/PrintTexts.h"
#include "report/IndicatorSource.h"
#include "report/ReportEngine.h"
#include "report/ReportExport.h"
#include "reports/ReportDocument.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

namespace {
enum KindIndex { MonthKind, QuarterKind, YearKind, CustomKind };

/// One of IndicatorSource's fixed labels (a breakdown, one of its values, what a cell counts) in the interface's
/// language; the label itself, which is the English, where the catalogue has none.
QString fixedLabelText(const QString& label)
{
    return QCoreApplication::translate(IndicatorSource::kTranslationContext, label.toUtf8().constData());
}

/// The labels of one breakdown of a table, by their stored keys: an enumerated value's fixed words, or an agency
/// list item in the words the interface shows it (contacts/ContactLabels: a seeded item the agency has not renamed
/// in the counselor's language, any other as typed). A key the dimension does not know keeps the label it has.
void wordAxis(const IndicatorDimension& dim, const QStringList& keys, QStringList& labels)
{
    const std::optional<ContactList> list = !dim.list.isEmpty() ? fromKey<ContactList>(dim.list) : std::nullopt;
    for (qsizetype i = 0; i < keys.size() && i < labels.size(); ++i) {
        if (list) {
            labels[i] = recordedItemText(*list, keys.at(i));
            continue;
        }
        const auto value = std::find_if(dim.values.cbegin(), dim.values.cend(),
                                        [&](const IndicatorValue& v) { return v.key == keys.at(i); });
        if (value != dim.values.cend())
            labels[i] = fixedLabelText(value->label);
    }
}

/// Words every label of the report's tables in the interface's language: the breakdowns' names, their values,
/// what a cell counts, and the agency's list items. Only the words change: the keys, the counts and what is hidden
/// stay as the engine made them. The preview, the PDF and the CSV all read these labels, so a report says what the
/// counselor's screen says.
void wordLabels(ReportResult& result, const ReportDefinition& definition)
{
    for (ReportTable& t : result.tables) {
        const auto indicator = std::find_if(definition.indicators.cbegin(), definition.indicators.cend(),
                                            [&t](const IndicatorDefinition& i) { return i.id == t.indicatorId; });
        const IndicatorSource* source =
            indicator != definition.indicators.cend() ? IndicatorSource::find(indicator->source) : nullptr;
        const IndicatorMeasure* measure = source ? source->measure(indicator->measure) : nullptr;
        if (!measure)
            continue;
        const QString measureText = fixedLabelText(measure->label);
        t.measureLabel = measureText;
        const IndicatorDimension* rows = indicator->rows.isEmpty() ? nullptr : source->dimension(indicator->rows);
        const IndicatorDimension* columns =
            indicator->columns.isEmpty() ? nullptr : source->dimension(indicator->columns);
        if (rows) {
            t.rowHeader = fixedLabelText(rows->label);
            wordAxis(*rows, t.rowKeys, t.rowLabels);
        } else {
            t.rowLabels.fill(measureText);
        }
        if (columns) {
            t.columnHeader = fixedLabelText(columns->label);
            wordAxis(*columns, t.columnKeys, t.columnLabels);
        } else {
            t.columnLabels.fill(measureText);
        }
    }
}
} // namespace

ReportDialog::ReportDialog(Workspace& workspace, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Reports"));

    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("reportCombo"));
    m_report->setAccessibleName(tr("Report"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("reportCatalogProblems"));
    m_problems->setWordWrap(true);
    m_problems->hide();
    auto catalog = ReportCatalog::load(ReportCatalog::defaultAgencyFolder());
    if (catalog) {
        m_catalog = std::move(catalog).value();
        for (const ReportDefinition& d : m_catalog.reports())
            m_report->addItem(d.inLanguage(PrintTexts::windowLanguage()).title, d.id);
        if (!m_catalog.problems().isEmpty()) {
            m_problems->setText(tr("Some of your agency's report files could not be read and are left out:") +
                                QLatin1Char('\n') + m_catalog.problems().join(QLatin1Char('\n')));
            m_problems->show();
        }
    } else {
        m_problems->setText(errorText(catalog.error()));
        m_problems->show();
    }

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("periodKindCombo"));
    m_kind->setAccessibleName(tr("Kind of period"));
    m_kind->addItem(tr("Month"));
    m_kind->addItem(tr("Quarter"));
    m_kind->addItem(tr("Year"));
    m_kind->addItem(tr("Dates you choose"));
    const QLocale locale;
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("periodMonthCombo"));
    m_month->setAccessibleName(tr("Month"));
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(locale.standaloneMonthName(m), m);
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("periodQuarterCombo"));
    m_quarter->setAccessibleName(tr("Quarter"));
    for (int q = 1; q <= 4; ++q) {
        m_quarter->addItem(tr("%1 to %2").arg(locale.standaloneMonthName(q * 3 - 2), locale.standaloneMonthName(q * 3)),
                           q);
    }
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("periodYearSpin"));
    m_year->setAccessibleName(tr("Year"));
    m_year->setRange(1900, 9999);
    m_year->setGroupSeparatorShown(false);
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("periodFromEdit"));
    m_from->setAccessibleName(tr("First day"));
    m_from->setCalendarPopup(true);
    m_toLabel = new QLabel(tr("to"), this);
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("periodToEdit"));
    m_to->setAccessibleName(tr("Last day"));
    m_to->setCalendarPopup(true);

    // The last full quarter: what a quarterly report is usually run for.
    const QDate today = m_workspace.clock().today();
    int year = today.year();
    int quarter = (today.month() - 1) / 3; // the one before this one, 0 for the last of the year before
    if (quarter == 0) {
        quarter = 4;
        --year;
    }
    m_kind->setCurrentIndex(QuarterKind);
    m_year->setValue(year);
    m_quarter->setCurrentIndex(quarter - 1);
    m_month->setCurrentIndex(quarter * 3 - 1);
    m_from->setDate(QDate(year, quarter * 3 - 2, 1));
    m_to->setDate(QDate(year, quarter * 3, 1).addMonths(1).addDays(-1));

    m_previewButton = new QPushButton(tr("Pre&view"), this);
    m_previewButton->setObjectName(QStringLiteral("reportPreviewButton"));
    m_previewButton->setDefault(true);

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_kind);
    periodRow->addWidget(m_month);
    periodRow->addWidget(m_quarter);
    periodRow->addWidget(m_from);
    periodRow->addWidget(m_toLabel);
    periodRow->addWidget(m_to);
    periodRow->addWidget(m_year);
    periodRow->addStretch(1);
    periodRow->addWidget(m_previewButton);
    auto* form = new QFormLayout;
    form->addRow(tr("&Report:"), m_report);
    form->addRow(tr("&Period:"), periodRow);
    qobject_cast<QLabel*>(form->labelForField(periodRow))->setBuddy(m_kind);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setAccessibleName(tr("Report preview"));
    m_preview->setOpenLinks(false);
    m_preview->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the tables take the width they are given
    m_preview->setPlaceholderText(tr("Choose a report and a period, then press Preview."));

    m_pdf = new QPushButton(tr("Export P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_csv = new QPushButton(tr("Export &CSV…"), this);
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_pdf, QDialogButtonBox::ActionRole);
    buttons->addButton(m_csv, QDialogButtonBox::ActionRole);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("reportCloseButton"));
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(m_previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(m_pdf, &QPushButton::clicked, this, &ReportDialog::exportPdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        showPeriodPickers();
        invalidate();
    });
    for (QComboBox* combo : {m_report, m_month, m_quarter})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportDialog::invalidate);
    connect(m_year, &QSpinBox::valueChanged, this, &ReportDialog::invalidate);
    connect(m_from, &QDateEdit::dateChanged, this, &ReportDialog::invalidate);
    connect(m_to, &QDateEdit::dateChanged, this, &ReportDialog::invalidate);

    showPeriodPickers();
    invalidate();
    fitToScreen(this, QSize(980, 760));
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::showPeriodPickers()
{
    const int kind = m_kind->currentIndex();
    m_month->setVisible(kind == MonthKind);
    m_quarter->setVisible(kind == QuarterKind);
    m_year->setVisible(kind != CustomKind);
    m_from->setVisible(kind == CustomKind);
    m_toLabel->setVisible(kind == CustomKind);
    m_to->setVisible(kind == CustomKind);
}

void ReportDialog::invalidate()
{
    m_result.reset();
    m_pdf->setEnabled(false);
    m_csv->setEnabled(false);
    m_preview->clear();
}

Result<Period> ReportDialog::chosenPeriod() const
{
    switch (m_kind->currentIndex()) {
    case MonthKind: return Period::month(m_year->value(), m_month->currentData().toInt());
    case QuarterKind: return Period::quarter(m_year->value(), m_quarter->currentData().toInt());
    case YearKind: return Period::year(m_year->value());
    default: return Period::custom(m_from->date(), m_to->date());
    }
}

void ReportDialog::preview()
{
    invalidate();
    const std::optional<ReportDefinition> found = m_catalog.find(m_report->currentData().toString());
    if (!found)
        return;
    // The report's own words in the interface's language where its file gives them; what it counts is the same.
    const ReportDefinition definition = found->inLanguage(PrintTexts::windowLanguage());
    const Result<Period> period = chosenPeriod();
    if (!period) {
        m_preview->setPlainText(
            tr("The last day comes before the first day. Choose a last day on or after the first one."));
        return;
    }
    const Result<int> threshold = m_workspace.domain().counselor().smallCellThreshold();
    if (!threshold) {
        m_preview->setPlainText(errorText(threshold.error()));
        return;
    }
    ReportOptions options;
    options.threshold = threshold.value();
    options.today = m_workspace.clock().today();
    // Hidden alike in every report of the catalog, so two of them over one period never give a count away.
    options.publishedWith = m_catalog.reports();
    Result<ReportResult> result = ReportEngine(m_workspace.vault().database()).run(definition, period.value(), options);
    if (!result) {
        m_preview->setPlainText(errorText(result.error()));
        return;
    }
    m_result = std::move(result).value();
    wordLabels(*m_result, definition);
    // The browser owns the document it is the parent of, and deletes the previous one when it is replaced.
    QTextDocument* doc = reportDocument(*m_result, {.withWarnings = true}).release();
    doc->setDocumentMargin(8); // on paper the page has margins; on screen the text needs its own
    doc->setParent(m_preview);
    m_preview->setDocument(doc);
    m_pdf->setEnabled(true);
    m_csv->setEnabled(true);
}

QString ReportDialog::suggestedName(const QString& extension) const
{
    QString period = m_result->period.key();
    period.replace(QStringLiteral(".."), QStringLiteral("_"));
    const QString name = QStringLiteral("report-%1-%2.%3").arg(m_result->reportId, period, extension);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}

void ReportDialog::exportPdf()
{
    if (!m_result)
        return;
    const QString file = UiHooks::instance().saveFileName(
        this, tr("Export report as PDF"), suggestedName(QStringLiteral("pdf")), tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    // The PDF leaves the program: no warnings in it (their counts are not suppressed).
    auto doc = reportDocument(*m_result, {.withWarnings = false});
    PageDecoration decoration;
    decoration.header = m_result->title + QStringLiteral(" · ") + periodText(m_result->period);
    if (auto s = writePdf(*doc, file, decoration); !s) {
        UiHooks::instance().warning(this, tr("Export report"), errorText(s.error()));
        return;
    }
    if (auto s = ReportExport::recordExport(m_workspace, *m_result, QStringLiteral("pdf")); !s) {
        // The file exists; that the audit log does not say so must not pass unseen.
        UiHooks::instance().warning(this, tr("Audit log"), errorText(s.error()));
    }
}

void ReportDialog::exportCsv()
{
    if (!m_result)
        return;
    const QString file = UiHooks::instance().saveFileName(
        this, tr("Export report as CSV"), suggestedName(QStringLiteral("csv")), tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    if (auto s = ReportExport::writeCsv(m_workspace, *m_result, file, csvWords(*m_result)); !s)
        UiHooks::instance().warning(this, tr("Export report"), errorText(s.error()));
}

} // namespace continuum::ui
