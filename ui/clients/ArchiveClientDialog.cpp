// SPDX-License-Identifier: GPL-3.0-or-later
#include "clients/ArchiveClientDialog.h"

#include "common/ScreenFit.h"
#include "domain/ClientService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace continuum::ui {

ArchiveClientDialog::ArchiveClientDialog(const QString& chosenName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("archiveClientDialog"));
    setWindowTitle(tr("Archive"));
    auto* question = new QLabel(
        tr("Archive %1? Their records stay in the vault and can be brought back at any time.").arg(chosenName), this);
    question->setTextFormat(Qt::PlainText);
    question->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("archiveReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for archiving"));
    m_reason->setMaxLength(ClientService::kMaxShortField);
    m_reason->setPlaceholderText(tr("Optional, a few words, e.g. moved away"));
    auto* note = new QLabel(tr("The reason is kept in the audit log. Keep it short and leave out names."), this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* archive = buttons->addButton(tr("&Archive"), QDialogButtonBox::AcceptRole);
    archive->setObjectName(QStringLiteral("archiveConfirmButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    fitToScreen(this, QSize(460, 200));
    m_reason->setFocus();
}

QString ArchiveClientDialog::reason() const
{
    return m_reason->text().trimmed();
}

} // namespace continuum::ui
