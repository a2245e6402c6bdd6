// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/CountSpinBox.h"

#include <QWheelEvent>

namespace continuum::ui {

namespace {
// One below the lowest count: the spin box shows it as "not counted".
constexpr int kNotCounted = -1;
} // namespace

CountSpinBox::CountSpinBox(int highest, QWidget* parent)
    : QSpinBox(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setRange(kNotCounted, highest);
    setSpecialValueText(QStringLiteral("–"));
    setValue(kNotCounted);
    setAccelerated(true);
}

std::optional<int> CountSpinBox::count() const
{
    return value() == kNotCounted ? std::nullopt : std::optional<int>(value());
}

void CountSpinBox::setCount(std::optional<int> v)
{
    setValue(v ? *v : kNotCounted);
}

void CountSpinBox::wheelEvent(QWheelEvent* event)
{
    event->ignore();
}

} // namespace continuum::ui
