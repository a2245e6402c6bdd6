// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/ReasonDialog.h"

#include "common/ErrorText.h"
#include "common/ScreenFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace continuum::ui {

ReasonDialog::ReasonDialog(const QString& title, const QString& explanation,
                           std::function<Status(const QString&)> apply, QWidget* parent)
    : QDialog(parent)
    , m_apply(std::move(apply))
{
    setObjectName(QStringLiteral("enteredInErrorDialog"));
    setWindowTitle(title);
    auto* text = new QLabel(explanation, this);
    text->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("enteredInErrorReasonEdit"));
    m_reason->setAccessibleName(tr("Why it was entered in error"));
    m_reason->setMaxLength(1000);
    auto* label = new QLabel(tr("&Why:"), this);
    label->setBuddy(m_reason);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("enteredInErrorMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Mark Entered in Error"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("confirmEnteredInErrorButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(460, 220));
}

void ReasonDialog::accept()
{
    const Status s = m_apply(m_reason->text());
    if (!s) {
        m_message->setText(errorText(s.error()));
        m_message->show();
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace continuum::ui
