// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/SessionForm.h"

#include "common/Labels.h"
#include "common/TimeText.h"
#include "sessions/FieldError.h"
#include "sessions/GoalEntryEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTextCursor>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace continuum::ui {

namespace {

// A date edit wide enough for the longest date of this locale: its own size hint can leave the year
// cut off ("11/20/2") beside the calendar button.
void fitDateEdit(QDateEdit* edit)
{
    const QString widest = QLocale().toString(QDate(2000, 12, 28), edit->displayFormat());
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(widest + QStringLiteral("00")) + 40);
}

/// The form's sections, in order: each becomes a titled group and an entry of the section list.
struct SectionDescription {
    SessionForm::Section section;
    const char* key;
    const char* title;
};
const SectionDescription kSections[] = {
    {SessionForm::Section::About, "about", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "About the session")},
    {SessionForm::Section::Goals, "goals", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "Goals discussed")},
    {SessionForm::Section::Balance, "balance", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "Decisional balance")},
    {SessionForm::Section::Plan, "plan", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "Change plan")},
    {SessionForm::Section::Note, "note", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "Note")},
    {SessionForm::Section::NextSteps, "next",
     QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "Next steps and follow-up")},
    {SessionForm::Section::Addenda, "addenda", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "Addenda")},
    // Last, so the sections before it keep their places in the list.
    {SessionForm::Section::Voice, "voice", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "Changes they count")},
};

/// The change plan's fields, described once: the form is built from this table and read back through it.
struct PlanFieldDescription {
    const char* key;
    const char* title;
    QString ChangePlan::*member;
};
const PlanFieldDescription kPlanFields[] = {
    {"changesIWant", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "The changes I want to make"),
     &ChangePlan::changesIWant},
    {"mostImportantReasons", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "The most important reasons"),
     &ChangePlan::mostImportantReasons},
    {"stepsIPlan", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "The steps I plan to take"),
     &ChangePlan::stepsIPlan},
    {"howOthersCanHelp", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "How other people can help"),
     &ChangePlan::howOthersCanHelp},
    {"howIWillKnow", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "How I will know my plan is working"),
     &ChangePlan::howIWillKnow},
    {"whatCouldGetInTheWay", QT_TRANSLATE_NOOP("continuum::ui::SessionForm", "What could get in the way"),
     &ChangePlan::whatCouldGetInTheWay},
};

QPlainTextEdit* textBox(QWidget* parent, const QString& name, const QString& accessible, int lines)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setAccessibleName(accessible);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

QStringList lines(const QString& text)
{
    QStringList out;
    for (const QString& l : text.split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            out.append(l.trimmed());
    }
    return out;
}

// A little room above a section scrolled to the top, so its title is not cut.
constexpr int kSectionMargin = 6;

} // namespace

SessionForm::SessionForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("sessionForm"));
    m_sections = new QListWidget(this);
    m_sections->setObjectName(QStringLiteral("sessionSectionList"));
    m_sections->setAccessibleName(tr("Sections of the session record"));
    m_sections->setFocusPolicy(Qt::StrongFocus);
    m_sections->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = new QWidget;
    m_body->setObjectName(QStringLiteral("sessionFormBody"));
    m_scroll = new QScrollArea(this);
    // Not a stop for Tab (it could show no focus): its fields take focus and are scrolled into view.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setObjectName(QStringLiteral("sessionFormScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* bodyLayout = new QVBoxLayout(m_body);
    int listWidth = 0;
    for (const SectionDescription& d : kSections) {
        const QString title = tr(d.title);
        auto* item = new QListWidgetItem(title, m_sections);
        item->setData(Qt::AccessibleTextRole, title);
        item->setToolTip(title);
        listWidth = qMax(listWidth, m_sections->fontMetrics().horizontalAdvance(title));
        auto* box = new QGroupBox(title, m_body);
        box->setObjectName(QStringLiteral("section_") + QLatin1String(d.key));
        bodyLayout->addWidget(box);
        m_sectionBoxes.append({d.section, box});
    }
    bodyLayout->addStretch(1);
    m_sections->setFixedWidth(qMin(listWidth + 32, 240));
    const auto box = [this](Section s) {
        for (const auto& [section, b] : std::as_const(m_sectionBoxes)) {
            if (section == s)
                return b;
        }
        return static_cast<QGroupBox*>(nullptr);
    };

    // About the session: when and where, and the MI processes.
    QGroupBox* about = box(Section::About);
    m_date = new QDateEdit(about);
    m_date->setObjectName(QStringLiteral("sessionDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Session date"));
    fitDateEdit(m_date);
    m_hasTime = new QCheckBox(tr("at"), about);
    m_hasTime->setObjectName(QStringLiteral("hasStartTimeCheck"));
    m_time = new QTimeEdit(about);
    m_time->setObjectName(QStringLiteral("startTimeEdit"));
    m_time->setAccessibleName(tr("Start time"));
    m_time->setDisplayFormat(timeFormatWithoutSeconds());
    m_duration = new QSpinBox(about);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(0, 1440);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("not recorded"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_setting = new QComboBox(about);
    m_setting->setObjectName(QStringLiteral("settingCombo"));
    m_setting->setAccessibleName(tr("Setting"));
    m_setting->addItem(tr("Not recorded"), QString());
    for (SessionSetting s : allValues<SessionSetting>())
        m_setting->addItem(label(s), toKey(s));
    auto* processes = new QWidget(about);
    auto* processLayout = new QHBoxLayout(processes);
    processLayout->setContentsMargins(0, 0, 0, 0);
    for (MiProcess p : allValues<MiProcess>()) {
        auto* check = new QCheckBox(label(p), processes);
        check->setObjectName(QStringLiteral("process_") + toKey(p));
        m_processes.append({p, check});
        processLayout->addWidget(check);
        connect(check, &QCheckBox::toggled, this, &SessionForm::edited);
    }
    processLayout->addStretch();
    auto* aboutForm = new QFormLayout(about);
    aboutForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_hasTime);
    dateRow->addWidget(m_time);
    dateRow->addStretch();
    auto* dateLabel = new QLabel(tr("&Date:"), about);
    dateLabel->setBuddy(m_date);
    aboutForm->addRow(dateLabel, dateRow);
    aboutForm->addRow(tr("D&uration:"), m_duration);
    aboutForm->addRow(tr("Se&tting:"), m_setting);
    aboutForm->addRow(tr("MI processes:"), processes);

    // Goals discussed: one entry per goal (stage, rulers, change and sustain talk).
    QGroupBox* goals = box(Section::Goals);
    m_goalEntries = new QVBoxLayout;
    m_goalButtons = new QWidget(goals);
    m_goalPicker = new QComboBox(m_goalButtons);
    m_goalPicker->setObjectName(QStringLiteral("goalPickerCombo"));
    m_goalPicker->setAccessibleName(tr("Goal to add to this session"));
    m_goalPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_goalPicker->setMinimumContentsLength(20);
    m_addGoal = new QPushButton(tr("&Add to Session"), m_goalButtons);
    m_addGoal->setObjectName(QStringLiteral("addGoalToSessionButton"));
    m_newGoal = new QPushButton(tr("&New Goal…"), m_goalButtons);
    m_newGoal->setObjectName(QStringLiteral("newGoalInSessionButton"));
    auto* pickRow = new QHBoxLayout(m_goalButtons);
    pickRow->setContentsMargins(0, 0, 0, 0);
    pickRow->addWidget(m_goalPicker, 1);
    pickRow->addWidget(m_addGoal);
    pickRow->addWidget(m_newGoal);
    auto* goalsLayout = new QVBoxLayout(goals);
    goalsLayout->addLayout(m_goalEntries);
    goalsLayout->addWidget(m_goalButtons);
    connect(m_addGoal, &QPushButton::clicked, this, [this] {
        if (const GoalId id(m_goalPicker->currentData().toLongLong()); !id.isNull())
            addGoal(id);
    });
    connect(m_newGoal, &QPushButton::clicked, this, &SessionForm::newGoalRequested);

    // Decisional balance: the four boxes, one item per line.
    QGroupBox* balance = box(Section::Balance);
    auto* balanceLayout = new QVBoxLayout(balance);
    auto* balanceHint = new QLabel(tr("One item per line."), balance);
    balanceLayout->addWidget(balanceHint);
    auto* grid = new QGridLayout;
    balanceLayout->addLayout(grid);
    int i = 0;
    for (BalanceBox b : allValues<BalanceBox>()) {
        auto* title = new QLabel(label(b), balance);
        title->setWordWrap(true);
        auto* edit = textBox(balance, QStringLiteral("balance_") + toKey(b), label(b), 3);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
        title->setBuddy(edit);
        m_balance.append({b, edit});
        grid->addWidget(title, (i / 2) * 2, i % 2);
        grid->addWidget(edit, (i / 2) * 2 + 1, i % 2);
        connect(edit, &QPlainTextEdit::textChanged, this, &SessionForm::edited);
        ++i;
    }

    // Change plan: optional, ticked when one was made.
    m_plan = box(Section::Plan);
    m_plan->setObjectName(QStringLiteral("changePlanGroup"));
    m_plan->setCheckable(true);
    m_plan->setChecked(false);
    auto* planForm = new QFormLayout(m_plan);
    for (const PlanFieldDescription& field : kPlanFields) {
        const QString title = tr(field.title);
        auto* edit = textBox(m_plan, QStringLiteral("plan_") + QLatin1String(field.key), title, 2);
        m_planFields.push_back({field.member, edit});
        planForm->addRow(title + QLatin1Char(':'), edit);
        connect(edit, &QPlainTextEdit::textChanged, this, &SessionForm::edited);
    }
    connect(m_plan, &QGroupBox::toggled, this, [this](bool on) {
        // A signed record's plan is part of it: the box cannot be unticked (or ticked) any more.
        if (m_readOnly) {
            const QSignalBlocker block(m_plan);
            m_plan->setChecked(!on);
            return;
        }
        edited();
    });

    // The note, in the chosen format; its sections come from the format.
    QGroupBox* note = box(Section::Note);
    m_format = new QComboBox(note);
    m_format->setObjectName(QStringLiteral("noteFormatCombo"));
    m_format->setAccessibleName(tr("Note format"));
    for (NoteFormat f : allValues<NoteFormat>())
        m_format->addItem(label(f), toKey(f));
    m_noteLayout = new QVBoxLayout;
    m_addToNote = new QPushButton(tr("Add &rulers and quotes to the note"), note);
    m_addToNote->setObjectName(QStringLiteral("addRulersToNoteButton"));
    m_addToNote->setToolTip(tr("Writes the rulers, with the person's reasons, and the change-talk quotes into the "
                               "first section of the note, as text you can edit."));
    m_addToNoteMessage = new QLabel(note);
    m_addToNoteMessage->setObjectName(QStringLiteral("addRulersToNoteMessage"));
    m_addToNoteMessage->setWordWrap(true);
    m_addToNoteMessage->hide();
    auto* noteTop = new QHBoxLayout;
    noteTop->addWidget(m_format);
    noteTop->addWidget(m_addToNote);
    noteTop->addWidget(m_addToNoteMessage, 1);
    auto* noteLayout = new QVBoxLayout(note);
    noteLayout->addLayout(noteTop);
    noteLayout->addLayout(m_noteLayout);
    connect(m_addToNote, &QPushButton::clicked, this, [this] { addRulersAndQuotesToNote(); });
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        QList<NoteSection> keep;
        for (const auto& [key, edit] : std::as_const(m_noteFields))
            keep.append({key, edit->toPlainText()});
        rebuildNote(fromKey<NoteFormat>(m_format->currentData().toString()).value_or(NoteFormat::Free), keep);
        edited();
    });

    // Next steps and the follow-up date.
    QGroupBox* next = box(Section::NextSteps);
    m_nextSteps = textBox(next, QStringLiteral("nextStepsEdit"), tr("Next steps"), 2);
    connect(m_nextSteps, &QPlainTextEdit::textChanged, this, &SessionForm::edited);
    m_hasFollowUp = new QCheckBox(tr("&Follow up on"), next);
    m_hasFollowUp->setObjectName(QStringLiteral("hasFollowUpCheck"));
    m_followUp = new QDateEdit(next);
    m_followUp->setObjectName(QStringLiteral("followUpEdit"));
    m_followUp->setCalendarPopup(true);
    m_followUp->setAccessibleName(tr("Follow-up date"));
    fitDateEdit(m_followUp);
    m_followUpError = new QLabel(next);
    m_followUpError->setObjectName(QStringLiteral("followUpErrorLabel"));
    m_followUpError->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_followUpError->setWordWrap(true);
    m_followUpError->hide();
    auto* nextLayout = new QVBoxLayout(next);
    nextLayout->addWidget(m_nextSteps);
    auto* followRow = new QHBoxLayout;
    followRow->addWidget(m_hasFollowUp);
    followRow->addWidget(m_followUp);
    followRow->addWidget(m_followUpError, 1);
    followRow->addStretch();
    nextLayout->addLayout(followRow);

    // Addenda, once signed.
    QGroupBox* addenda = box(Section::Addenda);
    m_addenda = new QListWidget(addenda);
    m_addenda->setObjectName(QStringLiteral("addendaList"));
    m_addenda->setAccessibleName(tr("Addenda"));
    m_addenda->setWordWrap(true);
    auto* addendaLayout = new QVBoxLayout(addenda);
    addendaLayout->addWidget(m_addenda);
    setAddenda({});
    setSectionVisible(Section::Voice, false);

    m_scroll->setWidget(m_body);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sections);
    layout->addWidget(m_scroll, 1);

    connect(m_date, &QDateEdit::dateChanged, this, [this] {
        updateFollowUp();
        edited();
    });
    connect(m_hasTime, &QCheckBox::toggled, this, [this](bool on) {
        m_time->setEnabled(on && !m_readOnly);
        edited();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, &SessionForm::edited);
    connect(m_duration, &QSpinBox::valueChanged, this, &SessionForm::edited);
    connect(m_setting, &QComboBox::currentIndexChanged, this, &SessionForm::edited);
    connect(m_hasFollowUp, &QCheckBox::toggled, this, [this] {
        updateFollowUp();
        edited();
    });
    connect(m_followUp, &QDateEdit::dateChanged, this, [this] {
        updateFollowUp();
        edited();
    });
    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_sectionBoxes.size())
            showSection(m_sectionBoxes.at(row).first);
    });
    connect(m_sections, &QListWidget::itemClicked, this,
            [this](QListWidgetItem* item) { showSection(m_sectionBoxes.at(m_sections->row(item)).first); });
    connect(m_scroll->verticalScrollBar(), &QScrollBar::valueChanged, this, &SessionForm::followScroll);
    connect(m_scroll->verticalScrollBar(), &QScrollBar::rangeChanged, this, &SessionForm::followScroll);

    setContent(SessionContent());
}

SessionForm::~SessionForm() = default;

void SessionForm::setLatestSessionDate(QDate latest)
{
    m_date->setMaximumDate(latest);
}

void SessionForm::edited()
{
    if (!m_loading && !m_readOnly)
        Q_EMIT changed();
}

void SessionForm::setContent(const SessionContent& c)
{
    m_loading = true;
    m_date->setDate(c.date);
    m_hasTime->setChecked(c.startTime.has_value());
    m_time->setTime(c.startTime.value_or(QTime(9, 0)));
    m_duration->setValue(c.durationMinutes.value_or(0));
    m_setting->setCurrentIndex(c.setting ? m_setting->findData(toKey(*c.setting)) : 0);
    for (const auto& [process, check] : std::as_const(m_processes))
        check->setChecked(c.processes.contains(process));
    qDeleteAll(m_entries);
    m_entries.clear();
    for (const SessionGoalEntry& e : c.goals)
        addGoalEntry(e);
    for (const auto& [b, edit] : std::as_const(m_balance)) {
        QStringList items;
        for (const BalanceItem& item : c.balance) {
            if (item.box == b)
                items.append(item.text);
        }
        edit->setPlainText(items.join(QLatin1Char('\n')));
    }
    {
        const QSignalBlocker block(m_plan);
        m_plan->setChecked(c.changePlan.has_value());
    }
    const ChangePlan plan = c.changePlan.value_or(ChangePlan());
    for (const auto& [member, edit] : m_planFields)
        edit->setPlainText(plan.*member);
    {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(m_format->findData(toKey(c.noteFormat)));
    }
    rebuildNote(c.noteFormat, c.note);
    m_nextSteps->setPlainText(c.nextSteps);
    m_followUp->clearMinimumDate();
    m_followUp->setDate(c.followUp.value_or(c.date.addDays(7)));
    m_hasFollowUp->setChecked(c.followUp.has_value());
    updateFollowUp();
    refreshGoalPicker();
    setReadOnly(m_readOnly);
    m_loading = false;
}

SessionContent SessionForm::content() const
{
    SessionContent c;
    c.date = m_date->date();
    if (m_hasTime->isChecked())
        c.startTime = QTime(m_time->time().hour(), m_time->time().minute());
    if (m_duration->value() > 0)
        c.durationMinutes = m_duration->value();
    c.setting = fromKey<SessionSetting>(m_setting->currentData().toString());
    for (const auto& [process, check] : m_processes) {
        if (check->isChecked())
            c.processes.append(process);
    }
    for (const GoalEntryEditor* e : m_entries)
        c.goals.append(e->entry());
    for (const auto& [b, edit] : m_balance) {
        for (const QString& item : lines(edit->toPlainText()))
            c.balance.append({b, item});
    }
    if (m_plan->isChecked()) {
        ChangePlan p;
        for (const auto& [member, edit] : m_planFields)
            p.*member = edit->toPlainText();
        c.changePlan = p;
    }
    c.noteFormat = fromKey<NoteFormat>(m_format->currentData().toString()).value_or(NoteFormat::Free);
    for (const auto& [key, edit] : m_noteFields) {
        if (!edit->toPlainText().trimmed().isEmpty())
            c.note.append({key, edit->toPlainText()});
    }
    c.nextSteps = m_nextSteps->toPlainText();
    if (m_hasFollowUp->isChecked())
        c.followUp = m_followUp->date();
    return c;
}

SessionContent SessionForm::savableContent() const
{
    SessionContent c = content();
    if (!followUpError().isEmpty())
        c.followUp.reset();
    return c;
}

QString SessionForm::followUpError() const
{
    return m_followUp->property("fieldError").toString();
}

void SessionForm::updateFollowUp()
{
    const QDate session = m_date->date();
    const QDate followUp = m_followUp->date();
    {
        // Dates before the session are greyed out in the calendar; a date already there (the session date
        // moved past it) is kept as it is and marked, never silently changed.
        const QSignalBlocker block(m_followUp);
        m_followUp->setMinimumDate(followUp < session ? followUp : session);
    }
    const bool wrong = m_hasFollowUp->isChecked() && followUp < session;
    showFieldError(m_followUp, m_followUpError,
                   wrong ? tr("This is before the session date (%1). Choose that day or later; the rest of the "
                              "draft is saved meanwhile, without the follow-up.")
                               .arg(QLocale().toString(session, QLocale::ShortFormat))
                         : QString());
}

void SessionForm::rebuildNote(NoteFormat format, const QList<NoteSection>& keep)
{
    // Gone at once (never called from one of these boxes' own signals), so nothing finds a stale section.
    for (const auto& [key, edit] : std::as_const(m_noteFields))
        delete edit;
    qDeleteAll(m_noteTitles);
    m_noteFields.clear();
    m_noteTitles.clear();
    const QStringList keys = noteSectionKeys(format);
    QStringList unplaced;
    for (const NoteSection& s : keep) {
        if (!keys.contains(s.key) && !s.body.trimmed().isEmpty())
            unplaced.append(s.body);
    }
    QWidget* note = m_format->parentWidget();
    for (const QString& key : keys) {
        auto* title = new QLabel(noteSectionTitle(key), note);
        title->setObjectName(QStringLiteral("noteSectionTitle"));
        auto* edit = textBox(note, QStringLiteral("note_") + key, noteSectionTitle(key), 3);
        edit->setReadOnly(m_readOnly);
        title->setBuddy(edit);
        for (const NoteSection& s : keep) {
            if (s.key == key)
                edit->setPlainText(s.body);
        }
        m_noteLayout->addWidget(title);
        m_noteLayout->addWidget(edit);
        m_noteFields.append({key, edit});
        m_noteTitles.append(title);
        connect(edit, &QPlainTextEdit::textChanged, this, &SessionForm::edited);
    }
    // Switching format never drops what was written: text of sections the new format lacks goes to its last one.
    if (!unplaced.isEmpty() && !m_noteFields.isEmpty()) {
        QPlainTextEdit* last = m_noteFields.last().second;
        QStringList all{last->toPlainText()};
        all.append(unplaced);
        all.removeAll(QString());
        last->setPlainText(all.join(QStringLiteral("\n\n")));
    }
}

QString SessionForm::rulersAndQuotesText() const
{
    QStringList paragraphs;
    for (const GoalEntryEditor* editor : m_entries) {
        const SessionGoalEntry e = editor->entry();
        QString words;
        for (const auto& [id, w] : m_clientGoals) {
            if (id == e.goalId)
                words = w;
        }
        QStringList lines;
        const auto ruler = [&lines](const QString& name, const std::optional<RulerScore>& s) {
            if (!s)
                return;
            QString line = tr("%1: %2 of 10").arg(name).arg(s->value);
            if (!s->whyNotLower.trimmed().isEmpty())
                line += tr(" — why not lower: “%1”").arg(s->whyNotLower);
            if (!s->whatWouldHelp.trimmed().isEmpty())
                line += tr(" — what would help: “%1”").arg(s->whatWouldHelp);
            lines.append(line);
        };
        ruler(tr("Importance"), e.importance);
        ruler(tr("Confidence"), e.confidence);
        ruler(tr("Readiness"), e.readiness);
        for (const TalkQuote& q : e.quotes) {
            if (q.direction == TalkDirection::Change && !q.quote.trimmed().isEmpty())
                lines.append(tr("Change talk (%1): “%2”").arg(label(q.category), q.quote));
        }
        if (lines.isEmpty())
            continue;
        lines.prepend(tr("Goal: “%1”").arg(words));
        paragraphs.append(lines.join(QLatin1Char('\n')));
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

bool SessionForm::addRulersAndQuotesToNote()
{
    if (m_readOnly || m_noteFields.isEmpty())
        return false;
    const QString text = rulersAndQuotesText();
    if (text.isEmpty()) {
        m_addToNoteMessage->setText(tr("No rulers or change talk recorded yet: add them under Goals discussed."));
        m_addToNoteMessage->show();
        return false;
    }
    m_addToNoteMessage->hide();
    // The format's first section: data (DAP), subjective (SOAP), behavior (BIRP) or the free note.
    QPlainTextEdit* edit = m_noteFields.first().second;
    const QString current = edit->toPlainText();
    edit->setPlainText(current.trimmed().isEmpty() ? text : current + QStringLiteral("\n\n") + text);
    edit->moveCursor(QTextCursor::End);
    m_scroll->ensureWidgetVisible(edit);
    return true;
}

void SessionForm::setClientGoals(const QList<std::pair<GoalId, QString>>& goals)
{
    m_clientGoals = goals;
    for (GoalEntryEditor* e : std::as_const(m_entries)) {
        for (const auto& [id, words] : goals) {
            if (id == e->goalId())
                e->setClientWords(words);
        }
    }
    refreshGoalPicker();
}

bool SessionForm::hasGoal(GoalId goal) const
{
    for (const GoalEntryEditor* e : m_entries) {
        if (e->goalId() == goal)
            return true;
    }
    return false;
}

void SessionForm::addGoal(GoalId goal)
{
    if (hasGoal(goal) || m_readOnly)
        return;
    SessionGoalEntry e;
    e.goalId = goal;
    GoalEntryEditor* editor = addGoalEntry(e);
    refreshGoalPicker();
    m_scroll->ensureWidgetVisible(editor);
    edited();
}

GoalEntryEditor* SessionForm::addGoalEntry(const SessionGoalEntry& entry)
{
    QString words;
    for (const auto& [id, w] : std::as_const(m_clientGoals)) {
        if (id == entry.goalId)
            words = w;
    }
    auto* editor = new GoalEntryEditor(entry, words, m_goalButtons->parentWidget());
    m_goalEntries->addWidget(editor);
    editor->setReadOnly(m_readOnly);
    editor->show();
    m_entries.append(editor);
    connect(editor, &GoalEntryEditor::changed, this, &SessionForm::edited);
    connect(editor, &GoalEntryEditor::reviseRequested, this, &SessionForm::reviseGoalRequested);
    connect(editor, &GoalEntryEditor::removeRequested, this, [this](GoalEntryEditor* e) {
        m_entries.removeOne(e);
        e->hide();
        e->setObjectName(QString()); // it goes once its own signal has returned; nothing finds it meanwhile
        e->deleteLater();
        refreshGoalPicker();
        edited();
    });
    return editor;
}

void SessionForm::refreshGoalPicker()
{
    m_goalPicker->clear();
    for (const auto& [id, words] : std::as_const(m_clientGoals)) {
        if (!hasGoal(id))
            m_goalPicker->addItem(words, id.value); // raw, read back as a GoalId when added
    }
    m_goalPicker->setEnabled(m_goalPicker->count() > 0 && !m_readOnly);
    m_addGoal->setEnabled(m_goalPicker->count() > 0 && !m_readOnly);
}

void SessionForm::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPlainTextEdit* e : m_body->findChildren<QPlainTextEdit*>())
        e->setReadOnly(readOnly);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_date, m_hasTime, m_duration, m_setting, m_format, m_hasFollowUp, m_followUp})
        w->setEnabled(!readOnly);
    for (const auto& [process, check] : std::as_const(m_processes))
        check->setEnabled(!readOnly);
    m_time->setEnabled(!readOnly && m_hasTime->isChecked());
    for (GoalEntryEditor* e : std::as_const(m_entries))
        e->setReadOnly(readOnly);
    m_goalButtons->setVisible(!readOnly);
    m_addToNote->setVisible(!readOnly);
    m_addToNoteMessage->hide();
    refreshGoalPicker();
}

void SessionForm::setAddenda(const QStringList& addenda)
{
    m_addenda->clear();
    m_addenda->addItems(addenda);
    const bool any = !addenda.isEmpty();
    for (int row = 0; row < m_sectionBoxes.size(); ++row) {
        if (m_sectionBoxes.at(row).first == Section::Addenda) {
            m_sectionBoxes.at(row).second->setVisible(any);
            m_sections->item(row)->setHidden(!any);
        }
    }
}

void SessionForm::setSectionVisible(Section section, bool visible)
{
    for (int row = 0; row < m_sectionBoxes.size(); ++row) {
        if (m_sectionBoxes.at(row).first == section) {
            m_sectionBoxes.at(row).second->setVisible(visible);
            m_sections->item(row)->setHidden(!visible);
        }
    }
}

void SessionForm::setVoiceSection(QWidget* section)
{
    for (const auto& [s, box] : std::as_const(m_sectionBoxes)) {
        if (s != Section::Voice)
            continue;
        if (!section)
            continue;
        auto* layout = box->layout() ? box->layout() : new QVBoxLayout(box);
        layout->addWidget(section);
    }
    setSectionVisible(Section::Voice, section != nullptr);
}

void SessionForm::showSection(Section section)
{
    for (int row = 0; row < m_sectionBoxes.size(); ++row) {
        if (m_sectionBoxes.at(row).first != section)
            continue;
        m_scroll->verticalScrollBar()->setValue(m_sectionBoxes.at(row).second->y() - kSectionMargin);
        // Near the end of the form the section may not reach the top; it is still the one asked for.
        const QSignalBlocker block(m_sections);
        m_sections->setCurrentRow(row);
        return;
    }
}

SessionForm::Section SessionForm::sectionInView() const
{
    const int top = m_scroll->verticalScrollBar()->value() + kSectionMargin * 2;
    Section inView = Section::About;
    for (const auto& [section, box] : m_sectionBoxes) {
        if (!box->isHidden() && box->y() <= top)
            inView = section;
    }
    return inView;
}

void SessionForm::followScroll()
{
    QScrollBar* bar = m_scroll->verticalScrollBar();
    const int current = m_sections->currentRow();
    // At the very end the last sections cannot reach the top: one picked from the list stays picked.
    if (bar->value() == bar->maximum() && bar->maximum() > 0 && current >= 0 &&
        m_sectionBoxes.at(current).second->y() >= bar->value())
        return;
    const Section inView = sectionInView();
    for (int row = 0; row < m_sectionBoxes.size(); ++row) {
        if (m_sectionBoxes.at(row).first == inView && row != current) {
            const QSignalBlocker block(m_sections);
            m_sections->setCurrentRow(row);
        }
    }
}

} // namespace continuum::ui
