// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/GoalEntryEditor.h"

#include "common/Labels.h"
#include "sessions/RulerEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace continuum::ui {

namespace {

/// The three readiness rulers, described once: the entry is built from this table and read back through
/// it, never by position.
struct RulerDescription {
    const char* key;
    const char* title;
    const char* atLowest;  ///< what 0 means
    const char* atHighest; ///< what 10 means
    std::optional<RulerScore> SessionGoalEntry::*member;
};
const RulerDescription kRulers[] = {
    {"importance", QT_TRANSLATE_NOOP("continuum::ui::GoalEntryEditor", "Importance"),
     QT_TRANSLATE_NOOP("continuum::ui::GoalEntryEditor", "not at all important"),
     QT_TRANSLATE_NOOP("continuum::ui::GoalEntryEditor", "very important"), &SessionGoalEntry::importance},
    {"confidence", QT_TRANSLATE_NOOP("continuum::ui::GoalEntryEditor", "Confidence"),
     QT_TRANSLATE_NOOP("continuum::ui::GoalEntryEditor", "not at all confident"),
     QT_TRANSLATE_NOOP("continuum::ui::GoalEntryEditor", "very confident"), &SessionGoalEntry::confidence},
    {"readiness", QT_TRANSLATE_NOOP("continuum::ui::GoalEntryEditor", "Readiness"),
     QT_TRANSLATE_NOOP("continuum::ui::GoalEntryEditor", "not at all ready"),
     QT_TRANSLATE_NOOP("continuum::ui::GoalEntryEditor", "very ready"), &SessionGoalEntry::readiness},
};

/// Change or sustain talk, in the words the entry shows.
QString directionLabel(TalkDirection d)
{
    switch (d) {
    case TalkDirection::Change: return GoalEntryEditor::tr("Change talk");
    case TalkDirection::Sustain: return GoalEntryEditor::tr("Sustain talk");
    }
    return {};
}

} // namespace

GoalEntryEditor::GoalEntryEditor(const SessionGoalEntry& entry, const QString& clientWords, QWidget* parent)
    : QGroupBox(parent)
    , m_goalId(entry.goalId)
{
    setObjectName(QStringLiteral("goalEntry_%1").arg(entry.goalId.value));
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
    for (const RulerDescription& ruler : kRulers) {
        auto* editor =
            new RulerEditor({tr(ruler.title), tr(ruler.atLowest), tr(ruler.atHighest)}, QLatin1String(ruler.key), this);
        editor->setScore(entry.*ruler.member);
        m_rulers.push_back({ruler.member, editor});
    }

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
    for (const auto& [member, editor] : m_rulers)
        layout->addWidget(editor);
    auto* quotesTitle = new QLabel(tr("In their words (change and sustain talk):"), this);
    layout->addWidget(quotesTitle);
    layout->addLayout(m_quotes);
    layout->addWidget(m_buttons);

    for (const TalkQuote& q : entry.quotes)
        addQuote(q);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &GoalEntryEditor::changed);
    connect(m_returnToUse, &QCheckBox::toggled, this, &GoalEntryEditor::changed);
    for (const auto& [member, editor] : m_rulers)
        connect(editor, &RulerEditor::changed, this, &GoalEntryEditor::changed);
    // The three rulers line up: their sliders and answer boxes start where the widest title and prompt end.
    // A prompt names the number ("Why 7 and not lower?"), so this is done again whenever a ruler changes.
    const auto alignRulers = [this] {
        int title = 0;
        int prompt = 0;
        for (const auto& [member, editor] : m_rulers) {
            title = std::max(title, editor->titleWidthHint());
            prompt = std::max(prompt, editor->promptWidthHint());
        }
        for (const auto& [member, editor] : m_rulers)
            editor->alignColumns(title, prompt);
    };
    alignRulers();
    for (const auto& [member, editor] : m_rulers)
        connect(editor, &RulerEditor::changed, this, alignRulers);
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
    for (TalkDirection d : allValues<TalkDirection>())
        direction->addItem(directionLabel(d), toKey(d));
    direction->setCurrentIndex(direction->findData(toKey(quote.direction)));
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
    for (const auto& [member, editor] : m_rulers)
        e.*member = editor->score();
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
    for (const auto& [member, editor] : m_rulers)
        editor->setReadOnly(readOnly);
    for (QWidget* row : m_quoteRows) {
        for (QComboBox* c : row->findChildren<QComboBox*>())
            c->setEnabled(!readOnly);
        row->findChild<QLineEdit*>(QStringLiteral("quoteEdit"))->setReadOnly(readOnly);
        row->findChild<QPushButton*>(QStringLiteral("removeQuoteButton"))->setVisible(!readOnly);
    }
    m_buttons->setVisible(!readOnly);
}

bool GoalEntryEditor::hasError() const
{
    for (const auto& [member, editor] : m_rulers) {
        if (editor->hasError())
            return true;
    }
    return false;
}

} // namespace continuum::ui
