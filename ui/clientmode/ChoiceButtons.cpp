// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientmode/ChoiceButtons.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPushButton>

namespace continuum::ui {

namespace {
// Big enough to hit with a finger on a touch screen, or with an unsteady hand on a touchpad.
constexpr int kMinButtonSide = 56;
} // namespace

ChoiceButtons::ChoiceButtons(const QList<Choice>& choices, const QString& objectPrefix, QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(objectPrefix + QStringLiteral("Choices"));
    // The picked answer must be plain from arm's length, in light and dark colours alike.
    setStyleSheet(
        QStringLiteral("QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);"
                       " font-weight: bold; border: 2px solid palette(highlighted-text); border-radius: 4px; }"));
    m_group->setExclusive(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const Choice& c : choices) {
        auto* b = new QPushButton(c.text, this);
        b->setObjectName(objectPrefix + QStringLiteral("Button_%1").arg(c.value));
        b->setCheckable(true);
        b->setAutoDefault(false);
        b->setAccessibleName(c.accessibleName);
        b->setMinimumSize(kMinButtonSide, kMinButtonSide);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        b->installEventFilter(this);
        m_group->addButton(b, c.value);
        m_buttons.append(b);
        m_values.append(c.value);
        layout->addWidget(b, 1);
    }
    connect(m_group, &QButtonGroup::idClicked, this, &ChoiceButtons::picked);
}

std::optional<int> ChoiceButtons::value() const
{
    const int id = m_group->checkedId();
    return id == -1 ? std::nullopt : std::optional<int>(id); // the values are never -1: 0–10 and 1–5
}

void ChoiceButtons::setValue(std::optional<int> value)
{
    // An exclusive group keeps one button checked: it lets go only while not exclusive.
    m_group->setExclusive(false);
    for (int i = 0; i < m_buttons.size(); ++i)
        m_buttons.at(i)->setChecked(value && m_values.at(i) == *value);
    m_group->setExclusive(true);
}

QPushButton* ChoiceButtons::button(int value) const
{
    const qsizetype i = m_values.indexOf(value);
    return i < 0 ? nullptr : m_buttons.at(i);
}

QPushButton* ChoiceButtons::focusButton() const
{
    if (const auto v = value())
        return button(*v);
    return m_buttons.isEmpty() ? nullptr : m_buttons.first();
}

bool ChoiceButtons::eventFilter(QObject* watched, QEvent* event)
{
    // The arrows move along the row and only move: picking is a choice of its own (Space), so looking at the
    // numbers never changes one already given.
    if (event->type() == QEvent::KeyPress) {
        const qsizetype at = m_buttons.indexOf(static_cast<QPushButton*>(watched));
        if (at >= 0) {
            const auto* key = static_cast<QKeyEvent*>(event);
            qsizetype to = -1;
            switch (key->key()) {
            case Qt::Key_Left:
            case Qt::Key_Up: to = at - 1; break;
            case Qt::Key_Right:
            case Qt::Key_Down: to = at + 1; break;
            case Qt::Key_Home: to = 0; break;
            case Qt::Key_End: to = m_buttons.size() - 1; break;
            default: break;
            }
            if (to != -1 && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
                m_buttons.at(qBound<qsizetype>(0, to, m_buttons.size() - 1))->setFocus(Qt::TabFocusReason);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace continuum::ui
