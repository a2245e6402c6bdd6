// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

#include <optional>

namespace continuum::ui {

/// A rating on a scale, or "not rated". Chosen by keyboard (arrows, or the number typed) or by mouse; the
/// wheel never changes it, focused or not: it scrolls the form instead. A self-review holds a score of these,
/// and a rating changed by a scroll would go unnoticed.
class RatingComboBox final : public QComboBox
{
    Q_OBJECT

public:
    /// The entries are "not rated" (shown as notRated) and lowest…highest, each worded by words(value).
    RatingComboBox(int lowest, int highest, QString (*words)(int), const QString& notRated, QWidget* parent = nullptr);

    /// The rating chosen, or nothing.
    std::optional<int> rating() const;
    /// Shows a rating (nothing: "not rated"; a value off the scale also shows "not rated").
    void setRating(std::optional<int> value);

protected:
    void wheelEvent(QWheelEvent* event) override;
};

} // namespace continuum::ui
