// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/AddendumDialog.h"

#include "common/ScreenFit.h"
#include "sessions/FieldError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace continuum::ui {

AddendumDialog::AddendumDialog(Kind kind, QWidget* parent)
    : QDialog(parent)
    , m_kind(kind)
{
    const bool inError = kind == Kind::EnteredInError;
    setObjectName(inError ? QStringLiteral("enteredInErrorDialog") : QStringLiteral("addendumDialog"));
    setWindowTitle(inError ? tr("Mark as Entered in Error") : tr("Add Addendum"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(inError ? QStringLiteral("enteredInErrorReasonEdit") : QStringLiteral("addendumEdit"));
    m_text->setAccessibleName(inError ? tr("Why this session was entered in error") : tr("Addendum"));
    m_text->setTabChangesFocus(true);
    auto* intro = new QLabel(
        inError ? tr("Use this when the session was recorded by mistake, for example under the wrong person. The "
                     "record stays as it is and says at the top that it was entered in error; it no longer counts "
                     "as contact, for follow-ups or in trends. The reason becomes a numbered addendum signed with "
                     "your name and the time.")
                : tr("The signed note stays as it is. The addendum is numbered, signed with your name and the time, "
                     "and can never be changed."),
        this);
    intro->setWordWrap(true);
    auto* fieldLabel = new QLabel(inError ? tr("&Reason:") : tr("&Text of the addendum:"), this);
    fieldLabel->setBuddy(m_text);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("addendumErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* add = buttons->addButton(inError ? tr("Sign and &Mark") : tr("Sign and &Add"), QDialogButtonBox::AcceptRole);
    add->setObjectName(inError ? QStringLiteral("signEnteredInErrorButton") : QStringLiteral("signAddendumButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_text->toPlainText().trimmed().isEmpty())
            showFieldError(m_text, m_error, QString());
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(fieldLabel);
    layout->addWidget(m_text);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fitToScreen(this, QSize(520, 320));
}

QString AddendumDialog::text() const
{
    return m_text->toPlainText();
}

QString AddendumDialog::fieldError() const
{
    return m_text->property("fieldError").toString();
}

void AddendumDialog::accept()
{
    if (m_text->toPlainText().trimmed().isEmpty()) {
        showFieldError(m_text, m_error,
                       m_kind == Kind::EnteredInError
                           ? tr("Write why this session was entered in error; the reason is kept with the record.")
                           : tr("Write the addendum first; an empty one cannot be added."));
        m_text->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace continuum::ui
