// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/ChangeDialog.h"

#include "common/ErrorText.h"
#include "common/ScreenFit.h"
#include "domain/PositiveChangeService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

ChangeDialog::ChangeDialog(PositiveChangeService& service, const PositiveChange& change, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_change(change)
{
    setObjectName(QStringLiteral("correctChangeDialog"));
    setWindowTitle(tr("Correct a Change They Count"));
    const PositiveChangeRevision& r = change.current;

    m_words = new QPlainTextEdit(this);
    m_words->setObjectName(QStringLiteral("changeWordsEdit"));
    m_words->setAccessibleName(tr("The change, in their words"));
    m_words->setTabChangesFocus(true);
    m_words->setPlainText(r.words);
    m_words->setMinimumHeight(m_words->fontMetrics().lineSpacing() * 3 + 12);
    m_day = new QDateEdit(r.noticedOn, this);
    m_day->setObjectName(QStringLiteral("changeDayEdit"));
    m_day->setAccessibleName(tr("When it happened or they noticed it"));
    m_day->setCalendarPopup(true);
    m_day->setMaximumDate(std::max(service.today(), r.noticedOn));
    m_onPlan = new QCheckBox(tr("&On their printed plan (they want it there)"), this);
    m_onPlan->setObjectName(QStringLiteral("changeOnPlanCheck"));
    m_onPlan->setChecked(r.onPlan);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("changeReasonEdit"));
    m_reason->setAccessibleName(tr("Why it changed"));
    m_reason->setMaxLength(PositiveChangeService::kMaxReason);
    m_reason->setPlaceholderText(tr("Needed for new words or a new day: it stays with the record"));
    m_reasonLabel = new QLabel(tr("&Why it changed:"), this);
    m_reasonLabel->setBuddy(m_reason);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("changeDialogMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* form = new QFormLayout;
    auto* wordsLabel = new QLabel(tr("In their &words:"), this);
    wordsLabel->setBuddy(m_words);
    form->addRow(wordsLabel, m_words);
    auto* dayLabel = new QLabel(tr("Wh&en:"), this);
    dayLabel->setBuddy(m_day);
    form->addRow(dayLabel, m_day);
    form->addRow(QString(), m_onPlan);
    form->addRow(m_reasonLabel, m_reason);
    auto* earlier = new QLabel(tr("The earlier wording stays in the record."), this);
    earlier->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveChangeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(earlier);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    connect(m_words, &QPlainTextEdit::textChanged, this, &ChangeDialog::updateReason);
    connect(m_day, &QDateEdit::dateChanged, this, &ChangeDialog::updateReason);
    updateReason();
    fitToScreen(this, QSize(520, 320));
}

void ChangeDialog::updateReason()
{
    // A reason is asked for what needs one: new words or a new day, not the plan.
    const bool needed =
        m_words->toPlainText().trimmed() != m_change.current.words || m_day->date() != m_change.current.noticedOn;
    m_reason->setEnabled(needed);
    m_reasonLabel->setEnabled(needed);
}

void ChangeDialog::accept()
{
    const PositiveChangeEdit edit{m_words->toPlainText(), m_day->date(), m_onPlan->isChecked()};
    const Status s = m_service.correct(m_change.id, edit, m_reason->isEnabled() ? m_reason->text() : QString());
    if (!s) {
        m_message->setText(errorText(s.error()));
        m_message->show();
        switch (s.error().field) {
        case Field::ChangeWords: m_words->setFocus(); break;
        case Field::ChangeDate: m_day->setFocus(); break;
        case Field::ChangeReason: m_reason->setFocus(); break;
        default: break;
        }
        return;
    }
    QDialog::accept();
}

} // namespace continuum::ui
