// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/GoalEntryEditor.h"

#include "common/Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace continuum::ui {

RulerEditor::RulerEditor(const QString& title, const QString& objectPrefix, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(objectPrefix + QStringLiteral("Ruler"));
    m_asked = new QCheckBox(title, this);
    m_asked->setObjectName(objectPrefix + QStringLiteral("AskedCheck"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setObjectName(objectPrefix + QStringLiteral("Slider"));
    m_slider->setRange(0, 10);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(1);
    m_slider->setAccessibleName(title);
    m_value = new QSpinBox(this);
    m_value->setObjectName(objectPrefix + QStringLiteral("Spin"));
    m_value->setRange(0, 10);
    m_value->setAccessibleName(title);
    m_whyNotLower = new QLineEdit(this);
    m_whyNotLower->setObjectName(objectPrefix + QStringLiteral("WhyNotLowerEdit"));
    m_whatWouldHelp = new QLineEdit(this);
    m_whatWouldHelp->setObjectName(objectPrefix + QStringLiteral("WhatWouldHelpEdit"));
    m_whatWouldHelp->setPlaceholderText(tr("In their words"));
    m_whyNotLower->setPlaceholderText(tr("In their words"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_asked);
    top->addWidget(m_slider, 1);
    top->addWidget(m_value);
    auto* answers = new QFormLayout;
    m_whyLabel = new QLabel(this);
    m_whyLabel->setObjectName(objectPrefix + QStringLiteral("WhyNotLowerLabel"));
    m_whyLabel->setBuddy(m_whyNotLower);
    auto* helpLabel = new QLabel(tr("What would it take to move higher?"), this);
    helpLabel->setBuddy(m_whatWouldHelp);
    answers->addRow(m_whyLabel, m_whyNotLower);
    answers->addRow(helpLabel, m_whatWouldHelp);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(answers);

    connect(m_slider, &QSlider::valueChanged, m_value, &QSpinBox::setValue);
    connect(m_value, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_value, &QSpinBox::valueChanged, this, [this] {
        m_asked->setChecked(true);
        updatePrompts();
        Q_EMIT changed();
    });
    connect(m_asked, &QCheckBox::toggled, this, [this] {
        updatePrompts();
        Q_EMIT changed();
    });
    connect(m_whyNotLower, &QLineEdit::textEdited, this, &RulerEditor::changed);
    connect(m_whatWouldHelp, &QLineEdit::textEdited, this, &RulerEditor::changed);
    updatePrompts();
}

void RulerEditor::updatePrompts()
{
    const bool asked = m_asked->isChecked();
    m_whyLabel->setText(asked ? tr("Why %1 and not lower?").arg(m_value->value())
                              : tr("Why this number and not lower?"));
    m_whyNotLower->setEnabled(asked && m_asked->isEnabled());
    m_whatWouldHelp->setEnabled(asked && m_asked->isEnabled());
}

void RulerEditor::setScore(const std::optional<RulerScore>& score)
{
    const QSignalBlocker b1(m_value);
    const QSignalBlocker b2(m_slider);
    const QSignalBlocker b3(m_asked);
    m_asked->setChecked(score.has_value());
    m_value->setValue(score ? score->value : 5);
    m_slider->setValue(score ? score->value : 5);
    m_whyNotLower->setText(score ? score->whyNotLower : QString());
    m_whatWouldHelp->setText(score ? score->whatWouldHelp : QString());
    updatePrompts();
}

std::optional<RulerScore> RulerEditor::score() const
{
    if (!m_asked->isChecked())
        return std::nullopt;
    return RulerScore{m_value->value(), m_whyNotLower->text(), m_whatWouldHelp->text()};
}

void RulerEditor::setReadOnly(bool readOnly)
{
    m_asked->setEnabled(!readOnly);
    m_slider->setEnabled(!readOnly);
    m_value->setReadOnly(readOnly);
    m_whyNotLower->setReadOnly(readOnly);
    m_whatWouldHelp->setReadOnly(readOnly);
    updatePrompts();
    m_whyNotLower->setEnabled(m_asked->isChecked());
    m_whatWouldHelp->setEnabled(m_asked->isChecked());
}

GoalEntryEditor::GoalEntryEditor(const SessionGoalEntry& entry, const QString& clientWords, QWidget* parent)
    : QGroupBox(parent)
    , m_goalId(entry.goalId)
{
    setObjectName(QStringLiteral("goalEntry_%1").arg(entry.goalId));
    setTitle(clientWords);
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("stageCombo"));
    m_stage->setAccessibleName(tr("Stage of change, as observed today"));
    m_stage->addItem(tr("Not assessed"), QString());
    for (StageOfChange s : allValues<StageOfChange>())
        m_stage->addItem(label(s), toKey(s));
    m_stage->setCurrentIndex(entry.stage ? m_stage->findData(toKey(*entry.stage)) : 0);
    m_returnToUse = new QCheckBox(tr("They described a return to use (part of the cycle)"), this);
    m_returnToUse->setObjectName(QStringLiteral("returnToUseCheck"));
    m_returnToUse->setChecked(entry.returnToUse);
    m_importance = new RulerEditor(tr("Importance"), QStringLiteral("importance"), this);
    m_confidence = new RulerEditor(tr("Confidence"), QStringLiteral("confidence"), this);
    m_readiness = new RulerEditor(tr("Readiness"), QStringLiteral("readiness"), this);
    m_importance->setScore(entry.importance);
    m_confidence->setScore(entry.confidence);
    m_readiness->setScore(entry.readiness);

    m_quotes = new QVBoxLayout;
    auto* addChange = new QPushButton(tr("Add &change talk"), this);
    addChange->setObjectName(QStringLiteral("addChangeTalkButton"));
    auto* addSustain = new QPushButton(tr("Add s&ustain talk"), this);
    addSustain->setObjectName(QStringLiteral("addSustainTalkButton"));
    auto* revise = new QPushButton(tr("Re&vise this goal…"), this);
    revise->setObjectName(QStringLiteral("reviseGoalInSessionButton"));
    auto* remove = new QPushButton(tr("Remove from this session"), this);
    remove->setObjectName(QStringLiteral("removeGoalEntryButton"));
    m_buttons = new QWidget(this);
    auto* buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(addChange);
    buttons->addWidget(addSustain);
    buttons->addStretch();
    buttons->addWidget(revise);
    buttons->addWidget(remove);

    auto* form = new QFormLayout;
    form->addRow(tr("Stage:"), m_stage);
    form->addRow(QString(), m_returnToUse);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_importance);
    layout->addWidget(m_confidence);
    layout->addWidget(m_readiness);
    auto* quotesTitle = new QLabel(tr("In their words (change and sustain talk):"), this);
    layout->addWidget(quotesTitle);
    layout->addLayout(m_quotes);
    layout->addWidget(m_buttons);

    for (const TalkQuote& q : entry.quotes)
        addQuote(q);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &GoalEntryEditor::changed);
    connect(m_returnToUse, &QCheckBox::toggled, this, &GoalEntryEditor::changed);
    for (RulerEditor* r : {m_importance, m_confidence, m_readiness})
        connect(r, &RulerEditor::changed, this, &GoalEntryEditor::changed);
    connect(addChange, &QPushButton::clicked, this, [this] {
        addQuote({TalkDirection::Change, TalkCategory::Desire, QString()});
        Q_EMIT changed();
    });
    connect(addSustain, &QPushButton::clicked, this, [this] {
        addQuote({TalkDirection::Sustain, TalkCategory::Desire, QString()});
        Q_EMIT changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] { Q_EMIT removeRequested(this); });
    connect(revise, &QPushButton::clicked, this, [this] { Q_EMIT reviseRequested(m_goalId); });
}

void GoalEntryEditor::addQuote(const TalkQuote& quote)
{
    auto* row = new QWidget(this);
    row->setObjectName(QStringLiteral("quoteRow"));
    auto* direction = new QComboBox(row);
    direction->setObjectName(QStringLiteral("quoteDirectionCombo"));
    direction->setAccessibleName(tr("Change or sustain talk"));
    direction->addItem(tr("Change talk"), toKey(TalkDirection::Change));
    direction->addItem(tr("Sustain talk"), toKey(TalkDirection::Sustain));
    direction->setCurrentIndex(quote.direction == TalkDirection::Change ? 0 : 1);
    auto* category = new QComboBox(row);
    category->setObjectName(QStringLiteral("quoteCategoryCombo"));
    category->setAccessibleName(tr("DARN-CAT category"));
    for (TalkCategory c : allValues<TalkCategory>())
        category->addItem(label(c), toKey(c));
    category->setCurrentIndex(category->findData(toKey(quote.category)));
    auto* text = new QLineEdit(quote.quote, row);
    text->setObjectName(QStringLiteral("quoteEdit"));
    text->setAccessibleName(tr("Quote"));
    text->setPlaceholderText(tr("Exactly as they said it"));
    auto* drop = new QPushButton(tr("Remove"), row);
    drop->setObjectName(QStringLiteral("removeQuoteButton"));
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(direction);
    layout->addWidget(category);
    layout->addWidget(text, 1);
    layout->addWidget(drop);
    m_quotes->addWidget(row);
    row->show();
    m_quoteRows.append(row);
    connect(direction, &QComboBox::currentIndexChanged, this, &GoalEntryEditor::changed);
    connect(category, &QComboBox::currentIndexChanged, this, &GoalEntryEditor::changed);
    connect(text, &QLineEdit::textEdited, this, &GoalEntryEditor::changed);
    connect(drop, &QPushButton::clicked, this, [this, row] {
        m_quoteRows.removeOne(row);
        row->deleteLater();
        Q_EMIT changed();
    });
    if (quote.quote.isEmpty() && !m_readOnly)
        text->setFocus();
}

SessionGoalEntry GoalEntryEditor::entry() const
{
    SessionGoalEntry e;
    e.goalId = m_goalId;
    e.stage = fromKey<StageOfChange>(m_stage->currentData().toString());
    e.returnToUse = m_returnToUse->isChecked();
    e.importance = m_importance->score();
    e.confidence = m_confidence->score();
    e.readiness = m_readiness->score();
    for (QWidget* row : m_quoteRows) {
        const QString text = row->findChild<QLineEdit*>(QStringLiteral("quoteEdit"))->text().trimmed();
        if (text.isEmpty())
            continue; // a row started but not filled in is not a quote
        TalkQuote q;
        q.direction = fromKey<TalkDirection>(
                          row->findChild<QComboBox*>(QStringLiteral("quoteDirectionCombo"))->currentData().toString())
                          .value_or(TalkDirection::Change);
        q.category = fromKey<TalkCategory>(
                         row->findChild<QComboBox*>(QStringLiteral("quoteCategoryCombo"))->currentData().toString())
                         .value_or(TalkCategory::Desire);
        q.quote = text;
        e.quotes.append(q);
    }
    return e;
}

void GoalEntryEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_stage->setEnabled(!readOnly);
    m_returnToUse->setEnabled(!readOnly);
    for (RulerEditor* r : {m_importance, m_confidence, m_readiness})
        r->setReadOnly(readOnly);
    for (QWidget* row : m_quoteRows) {
        for (QComboBox* c : row->findChildren<QComboBox*>())
            c->setEnabled(!readOnly);
        row->findChild<QLineEdit*>(QStringLiteral("quoteEdit"))->setReadOnly(readOnly);
        row->findChild<QPushButton*>(QStringLiteral("removeQuoteButton"))->setVisible(!readOnly);
    }
    m_buttons->setVisible(!readOnly);
}

} // namespace continuum::ui
