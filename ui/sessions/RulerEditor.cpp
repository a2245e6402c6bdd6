// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/RulerEditor.h"

#include "sessions/FieldError.h"
#include "sessions/RulerSpinBox.h"

#include <QAccessible>
#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSlider>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

namespace {
constexpr int kWhyRow = 0;
constexpr int kHelpRow = 1;
} // namespace

RulerEditor::RulerEditor(const RulerMeaning& meaning, const QString& objectPrefix, QWidget* parent)
    : QWidget(parent)
    , m_meaning(meaning)
{
    const QString& title = meaning.title;
    // Which ruler, and what its ends mean: what the eye takes from the slider and the prompts around it.
    const QString scale = tr("%1, 0 = %2, 10 = %3").arg(title, meaning.atLowest, meaning.atHighest);
    setObjectName(objectPrefix + QStringLiteral("Ruler"));
    m_asked = new QCheckBox(title, this);
    m_asked->setObjectName(objectPrefix + QStringLiteral("AskedCheck"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(objectPrefix + QStringLiteral("Slider"));
    m_slider->setRange(RulerSpinBox::kLowest, RulerSpinBox::kHighest);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setAccessibleName(scale);
    m_value = new RulerSpinBox(this);
    m_value->setObjectName(objectPrefix + QStringLiteral("Spin"));
    m_value->setAccessibleName(scale);
    m_error = new QLabel(this);
    m_error->setObjectName(objectPrefix + QStringLiteral("ErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    m_byPerson = new QLabel(this);
    m_byPerson->setObjectName(objectPrefix + QStringLiteral("ByPersonLabel"));
    m_byPerson->setTextFormat(Qt::PlainText);
    m_byPerson->hide();
    m_whyNotLower = new QLineEdit(this);
    m_whyNotLower->setObjectName(objectPrefix + QStringLiteral("WhyNotLowerEdit"));
    m_whyNotLower->setPlaceholderText(tr("In their words"));
    m_whyNotLower->setAccessibleName(tr("%1: why not lower, in their words").arg(title));
    m_whatWouldHelp = new QLineEdit(this);
    m_whatWouldHelp->setObjectName(objectPrefix + QStringLiteral("WhatWouldHelpEdit"));
    m_whatWouldHelp->setPlaceholderText(tr("In their words"));
    m_whatWouldHelp->setAccessibleName(tr("%1: what would it take to move higher, in their words").arg(title));

    auto* top = new QHBoxLayout;
    top->addWidget(m_asked);
    top->addWidget(m_slider, 1);
    top->addWidget(m_value);
    top->addWidget(m_error);
    top->addWidget(m_byPerson);
    m_answers = new QFormLayout;
    m_whyLabel = new QLabel(this);
    m_whyLabel->setObjectName(objectPrefix + QStringLiteral("WhyNotLowerLabel"));
    m_whyLabel->setBuddy(m_whyNotLower);
    m_helpLabel = new QLabel(this);
    m_helpLabel->setObjectName(objectPrefix + QStringLiteral("WhatWouldHelpLabel"));
    m_helpLabel->setBuddy(m_whatWouldHelp);
    m_answers->addRow(m_whyLabel, m_whyNotLower);
    m_answers->addRow(m_helpLabel, m_whatWouldHelp);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(m_answers);

    connect(m_slider, &QSlider::valueChanged, m_value, &QSpinBox::setValue);
    connect(m_value, &QSpinBox::valueChanged, this, &RulerEditor::committed);
    connect(m_value, &RulerSpinBox::entryChanged, this, &RulerEditor::typed);
    connect(m_asked, &QCheckBox::toggled, this, [this](bool on) {
        if (on && !m_committed)
            m_committed = m_value->enteredValue().value_or(m_slider->value());
        updatePrompts();
        Q_EMIT changed();
    });
    connect(m_whyNotLower, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_whyFor = text.isEmpty() ? std::nullopt : std::optional<int>(currentValue());
        updatePrompts();
        Q_EMIT changed();
    });
    connect(m_whatWouldHelp, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_helpFor = text.isEmpty() ? std::nullopt : std::optional<int>(currentValue());
        updatePrompts();
        Q_EMIT changed();
    });
    updatePrompts();
}

int RulerEditor::currentValue() const
{
    return m_value->enteredValue().value_or(m_committed.value_or(m_slider->value()));
}

int RulerEditor::titleWidthHint() const
{
    return m_asked->sizeHint().width();
}

int RulerEditor::promptWidthHint() const
{
    int width = 0;
    for (const QLabel* prompt : {m_whyLabel, m_helpLabel}) {
        if (!prompt->isHidden())
            width = std::max(width, prompt->sizeHint().width());
    }
    return width;
}

void RulerEditor::alignColumns(int titleWidth, int promptWidth)
{
    m_asked->setMinimumWidth(titleWidth);
    m_whyLabel->setMinimumWidth(promptWidth);
    m_helpLabel->setMinimumWidth(promptWidth);
}

bool RulerEditor::hasError() const
{
    return m_value->isOutOfRange();
}

void RulerEditor::typed()
{
    showFieldError(m_value, m_error,
                   m_value->isOutOfRange()
                       ? tr("Use a number from 0 to 10 (%1 is outside the ruler).").arg(m_value->cleanText().trimmed())
                       : QString());
    const std::optional<int> v = m_value->enteredValue();
    if (!v) {
        announce(); // the error, or (an empty box) the last good number, which stands
        return;
    }
    {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(*v);
    }
    if (!m_asked->isChecked()) {
        const QSignalBlocker block(m_asked);
        m_asked->setChecked(true);
    }
    updatePrompts();
    Q_EMIT changed();
}

void RulerEditor::committed(int value)
{
    if (value < RulerSpinBox::kLowest || value > RulerSpinBox::kHighest)
        return; // shown with its error by typed(); never taken
    m_committed = value;
    typed();
}

void RulerEditor::updatePrompts()
{
    const bool asked = m_asked->isChecked();
    const int v = currentValue();
    const bool hasWhy = !m_whyNotLower->text().isEmpty();
    const bool hasHelp = !m_whatWouldHelp->text().isEmpty();
    if (!asked) {
        m_whyLabel->setText(tr("Why this number and not lower?"));
        m_helpLabel->setText(tr("What would it take to move higher?"));
        m_answers->setRowVisible(kWhyRow, true);
        m_answers->setRowVisible(kHelpRow, true);
    } else {
        if (hasWhy && m_whyFor && *m_whyFor != v)
            m_whyLabel->setText(
                tr("Why %1 and not lower? (answered at %1; the number is now %2)").arg(*m_whyFor).arg(v));
        else
            m_whyLabel->setText(tr("Why %1 and not lower?").arg(v));
        if (hasHelp && m_helpFor && *m_helpFor != v)
            m_helpLabel->setText(tr("What would it take to move higher than %1? (answered at %1; the number is now %2)")
                                     .arg(*m_helpFor)
                                     .arg(v));
        else if (v == RulerSpinBox::kLowest)
            m_helpLabel->setText(tr("What would it take to move from 0 to a 1?"));
        else
            m_helpLabel->setText(tr("What would it take to move higher?"));
        // Nothing is lower than 0 and nothing higher than 10; an answer already given stays in view.
        m_answers->setRowVisible(kWhyRow, v > RulerSpinBox::kLowest || hasWhy);
        m_answers->setRowVisible(kHelpRow, v < RulerSpinBox::kHighest || hasHelp);
    }
    m_whyNotLower->setEnabled(asked);
    m_whatWouldHelp->setEnabled(asked);
    const std::optional<RulerScore> now = score();
    m_byPerson->setText(m_personName.isEmpty() ? tr("entered by the person") : tr("entered by %1").arg(m_personName));
    m_byPerson->setVisible(now && now->enteredByPerson);
    announce();
}

QString RulerEditor::valueText() const
{
    const std::optional<RulerScore> now = score();
    if (!now)
        return tr("not asked");
    if (now->value == RulerSpinBox::kLowest)
        return tr("%1 out of 10, %2").arg(now->value).arg(m_meaning.atLowest);
    if (now->value == RulerSpinBox::kHighest)
        return tr("%1 out of 10, %2").arg(now->value).arg(m_meaning.atHighest);
    return tr("%1 out of 10").arg(now->value);
}

void RulerEditor::announce()
{
    const QString value = valueText();
    const QString error = m_value->property("fieldError").toString();
    const QString description = error.isEmpty() ? value : error;
    m_asked->setAccessibleDescription(value);
    m_slider->setAccessibleDescription(value);
    m_value->setAccessibleDescription(description);
    if (description == m_announced)
        return;
    m_announced = description;
    if (!isVisible())
        return; // being built or filled, out of sight: nothing to hear yet, the description is read on arrival
    // Qt's spin box announces no change of its own (Qt 6.4), and a ruler also changes without its number changing
    // ("not asked", an error): a screen reader hears each change as it happens, typing included.
    const std::optional<RulerScore> now = score();
    QAccessibleValueChangeEvent event(m_value, now ? now->value : m_value->value());
    QAccessible::updateAccessibility(&event);
}

void RulerEditor::setPersonName(const QString& name)
{
    m_personName = name;
    updatePrompts();
}

void RulerEditor::setScore(const std::optional<RulerScore>& score)
{
    const QSignalBlocker b1(m_value);
    const QSignalBlocker b2(m_slider);
    const QSignalBlocker b3(m_asked);
    const int value = score ? score->value : 5;
    m_asked->setChecked(score.has_value());
    m_committed = score ? std::optional<int>(score->value) : std::nullopt;
    m_value->setValue(value);
    m_slider->setValue(qBound(RulerSpinBox::kLowest, value, RulerSpinBox::kHighest));
    m_whyNotLower->setText(score ? score->whyNotLower : QString());
    m_whatWouldHelp->setText(score ? score->whatWouldHelp : QString());
    // What was stored belongs to the number stored with it.
    m_whyFor = score && !score->whyNotLower.isEmpty() ? std::optional<int>(score->value) : std::nullopt;
    m_helpFor = score && !score->whatWouldHelp.isEmpty() ? std::optional<int>(score->value) : std::nullopt;
    m_stored = score;
    showFieldError(m_value, m_error, QString());
    updatePrompts();
}

std::optional<RulerScore> RulerEditor::score() const
{
    if (!m_asked->isChecked())
        return std::nullopt;
    const std::optional<int> value = m_value->enteredValue() ? m_value->enteredValue() : m_committed;
    if (!value)
        return std::nullopt;
    RulerScore out{*value, m_whyNotLower->text(), m_whatWouldHelp->text()};
    // Still the person's only as they left it: the same number and the same words.
    out.enteredByPerson = m_stored && m_stored->enteredByPerson && m_stored->value == out.value &&
                          m_stored->whyNotLower == out.whyNotLower && m_stored->whatWouldHelp == out.whatWouldHelp;
    return out;
}

void RulerEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_asked->setEnabled(!readOnly);
    m_slider->setEnabled(!readOnly);
    m_value->setReadOnly(readOnly);
    m_whyNotLower->setReadOnly(readOnly);
    m_whatWouldHelp->setReadOnly(readOnly);
    updatePrompts();
}

} // namespace continuum::ui
