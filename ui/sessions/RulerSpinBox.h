// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSpinBox>

#include <optional>

namespace continuum::ui {

/// The number box of a readiness ruler. It shows whatever number is typed, even one outside 0–10 ("12"
/// stays "12", never becomes "1"), so the ruler can say it is out of range instead of silently changing
/// it; the arrows, keys and wheel stay within 0–10. Home and End go to the ruler's ends, 0 and 10.
class RulerSpinBox final : public QSpinBox
{
    Q_OBJECT

public:
    static constexpr int kLowest = 0;
    static constexpr int kHighest = 10;

    explicit RulerSpinBox(QWidget* parent = nullptr);

    /// The number shown, when it is a ruler value (0–10); nothing while the box is empty or out of range.
    std::optional<int> enteredValue() const;
    /// True when the box shows something that is not a ruler value.
    bool isOutOfRange() const;

    void stepBy(int steps) override;

Q_SIGNALS:
    /// The text in the box changed, as typed (QSpinBox says so only once typing ends).
    void entryChanged();

protected:
    StepEnabled stepEnabled() const override;
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace continuum::ui
