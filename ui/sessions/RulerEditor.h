// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSlider;

namespace continuum::ui {

class RulerSpinBox;

/// What a ruler is called and what its two ends mean, in the counselor's language: the number box and the
/// slider are named with them, so the ruler can be read and set without seeing it.
struct RulerMeaning {
    QString title;     ///< "Importance"
    QString atLowest;  ///< what 0 means: "not at all important"
    QString atHighest; ///< what 10 means: "very important"
};

/// One readiness ruler: 0–10 and the client's verbatim answers to "why are you at X and not lower?" and
/// "what would it take to move higher?" (never "why not 10?"). Unasked until ticked or given a number.
///
/// At 0 there is nothing lower, so that question is not asked; at 10 there is nothing higher. A number
/// outside 0–10 stays on screen with an error beside it and changes nothing. An answer belongs to the
/// number it was given for: when the number changes afterwards, the answer stays, and its question keeps
/// that number and says what the number is now, until the answer is edited (then it is for the new number).
/// A ruler the person set themselves (client mode) is marked "entered by <name>" and stays theirs while it is
/// left as they set it; once the counselor changes its number or an answer, it is the counselor's.
///
/// For a screen reader the number box and the slider are named with the ruler and the meaning of its ends,
/// and their description is the ruler as it would be saved ("7 out of 10", "not asked") or, while the box
/// holds a number outside 0–10, the error; every change of it is announced as a change of value.
class RulerEditor final : public QWidget
{
    Q_OBJECT

public:
    RulerEditor(const RulerMeaning& meaning, const QString& objectPrefix, QWidget* parent = nullptr);

    void setScore(const std::optional<RulerScore>& score);
    /// The ruler as it may be saved: while the number box is out of range, the last good number.
    std::optional<RulerScore> score() const;
    void setReadOnly(bool readOnly);
    /// True while the number box holds something that is not 0–10.
    bool hasError() const;
    /// Whose name the "entered by" mark gives, for a ruler the person set in client mode.
    void setPersonName(const QString& name);
    /// The ruler as it would be saved, in words: "7 out of 10" (with the end's meaning at 0 and 10) or
    /// "not asked". What a screen reader hears as the number box's and the slider's description.
    QString valueText() const;
    /// The widths its title (the "asked" box) and its answers' prompts need now, and the widths to give them, so
    /// that the rulers of one goal line up: each slider and each answer box starting at the same place.
    int titleWidthHint() const;
    int promptWidthHint() const;
    void alignColumns(int titleWidth, int promptWidth);

Q_SIGNALS:
    void changed();

private:
    int currentValue() const;
    void typed();
    void committed(int value);
    void updatePrompts();
    /// Gives the number box, the slider and the check box the words of valueText() (the number box the
    /// error instead, while it has one) and, when they changed, tells assistive technology.
    void announce();

    RulerMeaning m_meaning;
    QCheckBox* m_asked;
    QSlider* m_slider;
    RulerSpinBox* m_value;
    QLabel* m_error;
    QFormLayout* m_answers;
    QLabel* m_whyLabel;
    QLabel* m_helpLabel;
    QLineEdit* m_whyNotLower;
    QLineEdit* m_whatWouldHelp;
    std::optional<int> m_committed; ///< the last number from 0 to 10 the box held
    std::optional<int> m_whyFor;    ///< the number the "why not lower" answer was given for
    std::optional<int> m_helpFor;   ///< the number the "what would it take" answer was given for
    bool m_readOnly = false;
    QLabel* m_byPerson; ///< "entered by <name>" while the ruler is as the person left it
    QString m_personName;
    std::optional<RulerScore> m_stored; ///< as last set, to tell whether it is still the person's
    QString m_announced;                ///< the number box's description when it was last announced
};

} // namespace continuum::ui
