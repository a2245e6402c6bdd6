// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

#include <optional>

namespace continuum::ui {

/// A MITI behaviour count, or "not counted" (shown as a dash, which is not 0). Typed or stepped with the
/// arrow keys; the wheel never changes it, focused or not: it scrolls the form instead.
class CountSpinBox final : public QSpinBox
{
    Q_OBJECT

public:
    explicit CountSpinBox(int highest, QWidget* parent = nullptr);

    /// The count, or nothing when not counted.
    std::optional<int> count() const;
    void setCount(std::optional<int> value);

protected:
    void wheelEvent(QWheelEvent* event) override;
};

} // namespace continuum::ui
