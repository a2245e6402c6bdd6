// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/RulerSpinBox.h"

#include <QKeyEvent>
#include <QLineEdit>

namespace continuum::ui {

namespace {
// What can be typed: room for any three-digit number, so a mistyped "12" or "100" stays on screen as typed.
constexpr int kTypeable = 999;
} // namespace

RulerSpinBox::RulerSpinBox(QWidget* parent)
    : QSpinBox(parent)
{
    setRange(kLowest, kTypeable);
    // The value follows the box when typing ends (Enter, leaving the box); while typing, the ruler reads the
    // text itself, so "1" on the way to "12" is never taken for the answer.
    setKeyboardTracking(false);
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    connect(lineEdit(), &QLineEdit::textChanged, this, &RulerSpinBox::entryChanged);
}

std::optional<int> RulerSpinBox::enteredValue() const
{
    bool ok = false;
    const int v = cleanText().trimmed().toInt(&ok);
    if (!ok || v < kLowest || v > kHighest)
        return std::nullopt;
    return v;
}

bool RulerSpinBox::isOutOfRange() const
{
    return !cleanText().trimmed().isEmpty() && !enteredValue();
}

void RulerSpinBox::stepBy(int steps)
{
    const int from = enteredValue().value_or(qBound(kLowest, value(), kHighest));
    setValue(qBound(kLowest, from + steps, kHighest));
    selectAll();
}

void RulerSpinBox::keyPressEvent(QKeyEvent* event)
{
    // A ruler has two ends, and Home and End reach them, as they do on the slider beside it (a screen reader
    // user may never see the slider). The number is one or two digits: moving the text cursor to its start or
    // end is of no use there, and Shift+Home / Shift+End still select the text.
    const bool toAnEnd = event->key() == Qt::Key_Home || event->key() == Qt::Key_End;
    if (toAnEnd && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier && !isReadOnly()) {
        stepBy(event->key() == Qt::Key_Home ? kLowest - kHighest : kHighest - kLowest);
        event->accept();
        return;
    }
    QSpinBox::keyPressEvent(event);
}

QAbstractSpinBox::StepEnabled RulerSpinBox::stepEnabled() const
{
    if (isReadOnly())
        return StepNone;
    StepEnabled e = StepNone;
    if (value() > kLowest)
        e |= StepDownEnabled;
    if (value() < kHighest)
        e |= StepUpEnabled;
    return e;
}

} // namespace continuum::ui
