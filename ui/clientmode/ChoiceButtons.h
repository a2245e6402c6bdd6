// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QButtonGroup;
class QPushButton;

namespace continuum::ui {

/// A row of big toggle buttons of which one at most is picked: the readiness rulers (0 to 10) and the
/// person's answers about the session (not at all … very much) in client mode. Made for someone who has never
/// seen the program: one click or the keyboard (the arrow keys, Home and End move along the row without
/// picking anything; Space picks), each button named for a screen reader ("Importance: 7 out of 10").
class ChoiceButtons final : public QWidget
{
    Q_OBJECT

public:
    struct Choice {
        int value = 0;
        QString text;           ///< on the button
        QString accessibleName; ///< what a screen reader says
    };

    /// Each button is named objectPrefix + "Button_" + its value (importanceButton_7).
    ChoiceButtons(const QList<Choice>& choices, const QString& objectPrefix, QWidget* parent = nullptr);

    std::optional<int> value() const;
    /// Shows a value (or none) without announcing it.
    void setValue(std::optional<int> value);
    QPushButton* button(int value) const;
    /// The first button, or the picked one: where the keyboard starts.
    QPushButton* focusButton() const;

Q_SIGNALS:
    /// The person picked a value (by click, Space or Enter).
    void picked(int value);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QButtonGroup* m_group;
    QList<QPushButton*> m_buttons;
    QList<int> m_values;
};

} // namespace continuum::ui
