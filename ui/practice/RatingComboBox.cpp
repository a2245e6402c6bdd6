// SPDX-License-Identifier: GPL-3.0-or-later
#include "practice/RatingComboBox.h"

#include <QWheelEvent>

namespace continuum::ui {

RatingComboBox::RatingComboBox(int lowest, int highest, QString (*words)(int), const QString& notRated, QWidget* parent)
    : QComboBox(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    addItem(notRated);
    for (int v = lowest; v <= highest; ++v)
        addItem(words(v), v);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
}

std::optional<int> RatingComboBox::rating() const
{
    const QVariant v = currentData();
    return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
}

void RatingComboBox::setRating(std::optional<int> value)
{
    const int index = value ? findData(*value) : -1;
    setCurrentIndex(index < 0 ? 0 : index);
}

void RatingComboBox::wheelEvent(QWheelEvent* event)
{
    // Handed on to the parent (the scroll area scrolls); the rating stays.
    event->ignore();
}

} // namespace continuum::ui
