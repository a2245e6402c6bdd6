// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/SessionEditor.h"

#include "UiHooks.h"
#include "common/ErrorText.h"
#include "common/Labels.h"
#include "domain/Domain.h"
#include "goals/GoalEditorDialog.h"
#include "printing/ReportActions.h"
#include "sessions/GoalEntryEditor.h"
#include "util/Clock.h"
#include "workspace/SessionDraftController.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTextDocument>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace continuum::ui {

namespace {

QPlainTextEdit* textBox(QWidget* parent, const QString& name, const QString& accessible, int lines)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(name);
    e->setAccessibleName(accessible);
    e->setTabChangesFocus(true);
    e->setMinimumHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

/// The change plan's fields, described once: the form is built from this table and read back through
/// it, never by position.
struct PlanFieldDescription {
    const char* key;
    const char* title;
    QString ChangePlan::*member;
};
const PlanFieldDescription kPlanFields[] = {
    {"changesIWant", QT_TRANSLATE_NOOP("continuum::ui::SessionEditor", "The changes I want to make"),
     &ChangePlan::changesIWant},
    {"mostImportantReasons", QT_TRANSLATE_NOOP("continuum::ui::SessionEditor", "The most important reasons"),
     &ChangePlan::mostImportantReasons},
    {"stepsIPlan", QT_TRANSLATE_NOOP("continuum::ui::SessionEditor", "The steps I plan to take"),
     &ChangePlan::stepsIPlan},
    {"howOthersCanHelp", QT_TRANSLATE_NOOP("continuum::ui::SessionEditor", "How other people can help"),
     &ChangePlan::howOthersCanHelp},
    {"howIWillKnow", QT_TRANSLATE_NOOP("continuum::ui::SessionEditor", "How I will know my plan is working"),
     &ChangePlan::howIWillKnow},
    {"whatCouldGetInTheWay", QT_TRANSLATE_NOOP("continuum::ui::SessionEditor", "What could get in the way"),
     &ChangePlan::whatCouldGetInTheWay},
};

QStringList lines(const QString& text)
{
    QStringList out;
    for (const QString& l : text.split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty())
            out.append(l.trimmed());
    }
    return out;
}

/// The text of the next addendum; a plain dialog so tests can answer it like any other.
class AddendumDialog final : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(SessionEditor)

public:
    explicit AddendumDialog(QWidget* parent)
        : QDialog(parent)
    {
        setObjectName(QStringLiteral("addendumDialog"));
        setWindowTitle(tr("Add Addendum"));
        m_text = textBox(this, QStringLiteral("addendumEdit"), tr("Addendum"), 6);
        auto* intro = new QLabel(tr("The signed note stays as it is. The addendum is numbered, signed with your name "
                                    "and the time, and can never be changed."),
                                 this);
        intro->setWordWrap(true);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
        auto* add = buttons->addButton(tr("Sign and &Add"), QDialogButtonBox::AcceptRole);
        add->setObjectName(QStringLiteral("signAddendumButton"));
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(intro);
        layout->addWidget(m_text);
        layout->addWidget(buttons);
        resize(520, 300);
    }
    QString text() const { return m_text->toPlainText(); }

private:
    QPlainTextEdit* m_text;
};

} // namespace

SessionEditor::SessionEditor(Workspace& workspace, ClientId clientId, SessionId sessionId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(&workspace)
    , m_domain(&workspace.domain())
    , m_draft(new SessionDraftController(workspace, clientId, sessionId, {}, this))
    , m_clientId(clientId)
{
    setObjectName(QStringLiteral("sessionEditor"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_draft->followUpMovedNote = [](QDate date) -> QString {
        return tr("(Follow-up wanted on %1, before the session date, so not set as a follow-up.)")
            .arg(QLocale().toString(date, QLocale::ShortFormat));
    };
    connect(m_draft, &SessionDraftController::saved, this, [this](SessionId id) {
        showSaveState();
        Q_EMIT saved(id);
    });
    connect(m_draft, &SessionDraftController::saveFailed, this, [this] { showSaveState(); });

    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("sessionStateLabel"));

    m_form = new QWidget(this);
    // When and where.
    m_date = new QDateEdit(QDate::currentDate(), m_form);
    m_date->setObjectName(QStringLiteral("sessionDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate().addDays(1));
    m_date->setAccessibleName(tr("Session date"));
    m_hasTime = new QCheckBox(tr("at"), m_form);
    m_hasTime->setObjectName(QStringLiteral("hasStartTimeCheck"));
    m_time = new QTimeEdit(QTime::currentTime(), m_form);
    m_time->setObjectName(QStringLiteral("startTimeEdit"));
    m_time->setAccessibleName(tr("Start time"));
    m_duration = new QSpinBox(m_form);
    m_duration->setObjectName(QStringLiteral("durationSpin"));
    m_duration->setRange(0, 1440);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("not recorded"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_setting = new QComboBox(m_form);
    m_setting->setObjectName(QStringLiteral("settingCombo"));
    m_setting->setAccessibleName(tr("Setting"));
    m_setting->addItem(tr("Not recorded"), QString());
    for (SessionSetting s : allValues<SessionSetting>())
        m_setting->addItem(label(s), toKey(s));
    auto* processes = new QWidget(m_form);
    auto* processLayout = new QHBoxLayout(processes);
    processLayout->setContentsMargins(0, 0, 0, 0);
    for (MiProcess p : allValues<MiProcess>()) {
        auto* box = new QCheckBox(label(p), processes);
        box->setObjectName(QStringLiteral("process_") + toKey(p));
        box->setProperty("key", toKey(p));
        m_processes.append(box);
        processLayout->addWidget(box);
    }
    processLayout->addStretch();
    auto* when = new QGroupBox(tr("When and where"), m_form);
    auto* whenForm = new QFormLayout(when);
    auto* dateRow = new QHBoxLayout;
    dateRow->addWidget(m_date);
    dateRow->addWidget(m_hasTime);
    dateRow->addWidget(m_time);
    dateRow->addStretch();
    auto* dateLabel = new QLabel(tr("&Date:"), when);
    dateLabel->setBuddy(m_date);
    whenForm->addRow(dateLabel, dateRow);
    whenForm->addRow(tr("D&uration:"), m_duration);
    whenForm->addRow(tr("Se&tting:"), m_setting);
    whenForm->addRow(tr("MI processes:"), processes);

    // Goals discussed.
    auto* goals = new QGroupBox(tr("Goals discussed"), m_form);
    m_goalEntries = new QVBoxLayout;
    m_goalPicker = new QComboBox(goals);
    m_goalPicker->setObjectName(QStringLiteral("goalPickerCombo"));
    m_goalPicker->setAccessibleName(tr("Goal to add to this session"));
    m_addGoal = new QPushButton(tr("&Add to Session"), goals);
    m_addGoal->setObjectName(QStringLiteral("addGoalToSessionButton"));
    m_newGoal = new QPushButton(tr("&New Goal…"), goals);
    m_newGoal->setObjectName(QStringLiteral("newGoalInSessionButton"));
    auto* pickRow = new QHBoxLayout;
    pickRow->addWidget(m_goalPicker, 1);
    pickRow->addWidget(m_addGoal);
    pickRow->addWidget(m_newGoal);
    auto* goalsLayout = new QVBoxLayout(goals);
    goalsLayout->addLayout(m_goalEntries);
    goalsLayout->addLayout(pickRow);
    connect(m_addGoal, &QPushButton::clicked, this, [this] {
        const GoalId id = m_goalPicker->currentData().toLongLong();
        if (id != 0)
            addGoal(id);
    });
    connect(m_newGoal, &QPushButton::clicked, this, &SessionEditor::newGoal);

    // Decisional balance.
    auto* balance = new QGroupBox(tr("Decisional balance (one item per line)"), m_form);
    auto* grid = new QGridLayout(balance);
    int i = 0;
    for (BalanceBox b : allValues<BalanceBox>()) {
        auto* title = new QLabel(label(b), balance);
        title->setWordWrap(true);
        auto* edit = textBox(balance, QStringLiteral("balance_") + toKey(b), label(b), 3);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
        title->setBuddy(edit);
        m_balance.insert(b, edit);
        grid->addWidget(title, (i / 2) * 2, i % 2);
        grid->addWidget(edit, (i / 2) * 2 + 1, i % 2);
        ++i;
    }

    // Change plan.
    m_plan = new QGroupBox(tr("Change plan"), m_form);
    m_plan->setObjectName(QStringLiteral("changePlanGroup"));
    m_plan->setCheckable(true);
    m_plan->setChecked(false);
    auto* planForm = new QFormLayout(m_plan);
    for (const PlanFieldDescription& field : kPlanFields) {
        const QString title = tr(field.title);
        auto* edit = textBox(m_plan, QStringLiteral("plan_") + QLatin1String(field.key), title, 2);
        m_planFields.push_back({field.member, edit});
        planForm->addRow(title + QLatin1Char(':'), edit);
    }

    // Note, in the chosen format.
    auto* note = new QGroupBox(tr("Note"), m_form);
    m_format = new QComboBox(note);
    m_format->setObjectName(QStringLiteral("noteFormatCombo"));
    m_format->setAccessibleName(tr("Note format"));
    for (NoteFormat f : allValues<NoteFormat>())
        m_format->addItem(label(f), toKey(f));
    m_noteLayout = new QVBoxLayout;
    auto* noteLayout = new QVBoxLayout(note);
    noteLayout->addWidget(m_format);
    noteLayout->addLayout(m_noteLayout);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        QList<NoteSection> keep;
        for (const auto& [key, edit] : m_noteFields)
            keep.append({key, edit->toPlainText()});
        rebuildNote(fromKey<NoteFormat>(m_format->currentData().toString()).value_or(NoteFormat::Free), keep);
        markDirty();
    });

    // Next steps and follow-up.
    auto* next = new QGroupBox(tr("Next steps"), m_form);
    m_nextSteps = textBox(next, QStringLiteral("nextStepsEdit"), tr("Next steps"), 2);
    m_hasFollowUp = new QCheckBox(tr("&Follow up on"), next);
    m_hasFollowUp->setObjectName(QStringLiteral("hasFollowUpCheck"));
    m_followUp = new QDateEdit(QDate::currentDate().addDays(7), next);
    m_followUp->setObjectName(QStringLiteral("followUpEdit"));
    m_followUp->setCalendarPopup(true);
    m_followUp->setAccessibleName(tr("Follow-up date"));
    auto* nextLayout = new QVBoxLayout(next);
    nextLayout->addWidget(m_nextSteps);
    auto* followRow = new QHBoxLayout;
    followRow->addWidget(m_hasFollowUp);
    followRow->addWidget(m_followUp);
    followRow->addStretch();
    nextLayout->addLayout(followRow);

    // Addenda, once signed.
    m_addenda = new QListWidget(m_form);
    m_addenda->setObjectName(QStringLiteral("addendaList"));
    m_addenda->setAccessibleName(tr("Addenda"));
    m_addenda->setWordWrap(true);

    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->addWidget(when);
    formLayout->addWidget(goals);
    formLayout->addWidget(balance);
    formLayout->addWidget(m_plan);
    formLayout->addWidget(note);
    formLayout->addWidget(next);
    formLayout->addWidget(m_addenda);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sessionMessage"));
    m_message->setWordWrap(true);
    m_sign = new QPushButton(tr("&Sign…"), this);
    m_sign->setObjectName(QStringLiteral("signSessionButton"));
    m_addendum = new QPushButton(tr("Add A&ddendum…"), this);
    m_addendum->setObjectName(QStringLiteral("addAddendumButton"));
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("printNoteButton"));
    print->setShortcut(QKeySequence::Print);
    auto* pdf = new QPushButton(tr("Save P&DF…"), this);
    pdf->setObjectName(QStringLiteral("pdfNoteButton"));
    auto* previewButton = new QPushButton(tr("Pre&view…"), this);
    previewButton->setObjectName(QStringLiteral("previewNoteButton"));
    connect(print, &QPushButton::clicked, this, [this] { printNote(PrintNote); });
    connect(pdf, &QPushButton::clicked, this, [this] { printNote(PdfNote); });
    connect(previewButton, &QPushButton::clicked, this, [this] { printNote(PreviewNote); });
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeSessionButton"));
    connect(m_sign, &QPushButton::clicked, this, &SessionEditor::sign);
    connect(m_addendum, &QPushButton::clicked, this, &SessionEditor::addAddendum);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto* footer = new QHBoxLayout;
    footer->addWidget(m_message, 1);
    footer->addWidget(m_sign);
    footer->addWidget(m_addendum);
    footer->addWidget(previewButton);
    footer->addWidget(print);
    footer->addWidget(pdf);
    footer->addWidget(close);
    auto* header = new QVBoxLayout;
    header->addWidget(m_title);
    header->addWidget(m_state);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(scroll, 1);
    layout->addLayout(footer);
    resize(860, 900);

    // Any edit marks the draft dirty; focus leaving a field saves it at once.
    const auto watch = [this](QWidget* w) {
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            connect(e, &QPlainTextEdit::textChanged, this, &SessionEditor::markDirty);
    };
    for (QPlainTextEdit* e : std::as_const(m_balance))
        watch(e);
    for (const auto& [member, e] : m_planFields)
        watch(e);
    watch(m_nextSteps);
    connect(m_date, &QDateEdit::dateChanged, this, &SessionEditor::markDirty);
    connect(m_hasTime, &QCheckBox::toggled, this, &SessionEditor::markDirty);
    connect(m_time, &QTimeEdit::timeChanged, this, &SessionEditor::markDirty);
    connect(m_duration, &QSpinBox::valueChanged, this, &SessionEditor::markDirty);
    connect(m_setting, &QComboBox::currentIndexChanged, this, &SessionEditor::markDirty);
    for (QCheckBox* box : m_processes)
        connect(box, &QCheckBox::toggled, this, &SessionEditor::markDirty);
    connect(m_plan, &QGroupBox::toggled, this, [this](bool on) {
        // A signed record's plan is part of it: the box cannot be unticked (or ticked) any more.
        if (isSigned() && on != m_draft->record().content.changePlan.has_value()) {
            const QSignalBlocker block(m_plan);
            m_plan->setChecked(!on);
            return;
        }
        markDirty();
    });
    connect(m_hasTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    connect(m_hasFollowUp, &QCheckBox::toggled, this, &SessionEditor::markDirty);
    connect(m_followUp, &QDateEdit::dateChanged, this, &SessionEditor::markDirty);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (isDirty() && old && isAncestorOf(old))
            saveNow();
    });
    load();
}

SessionEditor::~SessionEditor() = default;

SessionId SessionEditor::sessionId() const
{
    return m_draft->sessionId();
}

bool SessionEditor::isDirty() const
{
    return m_draft->isDirty();
}

bool SessionEditor::isSigned() const
{
    return m_draft->isSigned();
}

void SessionEditor::load()
{
    if (!m_domain)
        return;
    m_loading = true;
    auto client = m_domain->clients().client(m_clientId);
    const QString name = client ? client->chosenName : QString();
    SessionContent fresh;
    fresh.date = m_workspace->clock().today();
    if (auto format = m_domain->counselor().setting(SettingKey::DefaultNoteFormat); format && !format->isEmpty())
        fresh.noteFormat = fromKey<NoteFormat>(format.value()).value_or(NoteFormat::Dap);
    if (m_draft->sessionId() != 0) {
        if (auto s = m_draft->load(); !s)
            m_message->setText(errorText(s.error()));
    }
    const SessionRecord& record = m_draft->record();
    const SessionContent c = m_draft->sessionId() != 0 ? record.content : fresh;
    setWindowTitle(tr("Session — %1").arg(name));
    m_title->setText(tr("Session with %1").arg(name));
    m_date->setDate(c.date);
    m_hasTime->setChecked(c.startTime.has_value());
    if (c.startTime)
        m_time->setTime(*c.startTime);
    m_duration->setValue(c.durationMinutes.value_or(0));
    m_setting->setCurrentIndex(c.setting ? m_setting->findData(toKey(*c.setting)) : 0);
    for (QCheckBox* box : m_processes)
        box->setChecked(c.processes.contains(*fromKey<MiProcess>(box->property("key").toString())));
    qDeleteAll(m_entries);
    m_entries.clear();
    QHash<GoalId, QString> words;
    if (auto goals = m_domain->goals().goalsForClient(m_clientId)) {
        for (const Goal& g : goals.value())
            words.insert(g.id, g.fields.clientWords);
    }
    for (const SessionGoalEntry& e : c.goals)
        addGoalEntry(e, words.value(e.goalId));
    for (auto it = m_balance.cbegin(); it != m_balance.cend(); ++it) {
        QStringList items;
        for (const BalanceItem& b : c.balance) {
            if (b.box == it.key())
                items.append(b.text);
        }
        it.value()->setPlainText(items.join(QLatin1Char('\n')));
    }
    m_plan->setChecked(c.changePlan.has_value());
    const ChangePlan plan = c.changePlan.value_or(ChangePlan());
    for (const auto& [member, edit] : m_planFields)
        edit->setPlainText(plan.*member);
    {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(m_format->findData(toKey(c.noteFormat)));
    }
    rebuildNote(c.noteFormat, c.note);
    m_nextSteps->setPlainText(c.nextSteps);
    m_hasFollowUp->setChecked(c.followUp.has_value());
    if (c.followUp)
        m_followUp->setDate(*c.followUp);
    m_addenda->clear();
    for (const Addendum& a : record.addenda) {
        m_addenda->addItem(
            tr("Addendum %1 — %2, %3\n%4")
                .arg(a.number)
                .arg(a.signedBy, QLocale().toString(a.signedAt.toLocalTime(), QLocale::ShortFormat), a.body));
    }
    refreshGoalPicker();
    m_loading = false;
    updateState();
}

void SessionEditor::rebuildNote(NoteFormat format, const QList<NoteSection>& keep)
{
    for (const auto& pair : m_noteFields)
        pair.second->deleteLater();
    for (QLabel* l : m_form->findChildren<QLabel*>(QStringLiteral("noteSectionTitle")))
        l->deleteLater();
    m_noteFields.clear();
    QStringList unplaced;
    for (const NoteSection& s : keep) {
        if (!noteSectionKeys(format).contains(s.key) && !s.body.trimmed().isEmpty())
            unplaced.append(s.body);
    }
    for (const QString& key : noteSectionKeys(format)) {
        auto* title = new QLabel(noteSectionTitle(key), m_form);
        title->setObjectName(QStringLiteral("noteSectionTitle"));
        auto* edit = textBox(m_form, QStringLiteral("note_") + key, noteSectionTitle(key), 3);
        title->setBuddy(edit);
        for (const NoteSection& s : keep) {
            if (s.key == key)
                edit->setPlainText(s.body);
        }
        m_noteLayout->addWidget(title);
        m_noteLayout->addWidget(edit);
        m_noteFields.append({key, edit});
        connect(edit, &QPlainTextEdit::textChanged, this, &SessionEditor::markDirty);
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

void SessionEditor::refreshGoalPicker()
{
    m_goalPicker->clear();
    if (auto goals = m_domain->goals().goalsForClient(m_clientId)) {
        for (const Goal& g : goals.value()) {
            bool present = false;
            for (const GoalEntryEditor* e : m_entries)
                present = present || e->goalId() == g.id;
            if (!present)
                m_goalPicker->addItem(g.fields.clientWords, g.id);
        }
    }
    m_goalPicker->setEnabled(m_goalPicker->count() > 0 && !isSigned());
    m_addGoal->setEnabled(m_goalPicker->count() > 0 && !isSigned());
}

GoalEntryEditor* SessionEditor::addGoalEntry(const SessionGoalEntry& entry, const QString& words)
{
    auto* editor = new GoalEntryEditor(entry, words, m_form);
    m_goalEntries->addWidget(editor);
    editor->show();
    m_entries.append(editor);
    connect(editor, &GoalEntryEditor::changed, this, &SessionEditor::markDirty);
    connect(editor, &GoalEntryEditor::reviseRequested, this, &SessionEditor::reviseGoal);
    connect(editor, &GoalEntryEditor::removeRequested, this, [this](GoalEntryEditor* e) {
        m_entries.removeOne(e);
        e->deleteLater();
        refreshGoalPicker();
        markDirty();
    });
    return editor;
}

void SessionEditor::addGoal(GoalId goal)
{
    if (!m_domain)
        return;
    auto g = m_domain->goals().goal(goal);
    if (!g || g->clientId != m_clientId)
        return;
    SessionGoalEntry e;
    e.goalId = goal;
    addGoalEntry(e, g->fields.clientWords);
    refreshGoalPicker();
    markDirty();
}

void SessionEditor::newGoal()
{
    if (!m_domain)
        return;
    // The goal links back to this session, so the draft must exist first.
    if (m_draft->sessionId() == 0)
        m_draft->edit(content());
    if (!saveNow() || m_draft->sessionId() == 0)
        return;
    GoalEditorDialog dialog(&m_domain->goals(), m_clientId, Goal(), m_draft->sessionId(), this);
    if (dialog.exec() == QDialog::Accepted && m_domain)
        addGoal(dialog.savedId());
}

void SessionEditor::reviseGoal(GoalId goal)
{
    if (!m_domain)
        return;
    if (m_draft->sessionId() == 0)
        m_draft->edit(content());
    if (!saveNow() || m_draft->sessionId() == 0)
        return;
    auto current = m_domain->goals().goal(goal);
    if (!current) {
        m_message->setText(errorText(current.error()));
        return;
    }
    GoalEditorDialog dialog(&m_domain->goals(), m_clientId, current.value(), m_draft->sessionId(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto revised = m_domain->goals().goal(goal)) {
        for (GoalEntryEditor* e : m_entries) {
            if (e->goalId() == goal)
                e->setClientWords(revised->fields.clientWords);
        }
    }
}

SessionContent SessionEditor::content() const
{
    SessionContent c;
    c.date = m_date->date();
    if (m_hasTime->isChecked())
        c.startTime = QTime(m_time->time().hour(), m_time->time().minute());
    if (m_duration->value() > 0)
        c.durationMinutes = m_duration->value();
    c.setting = fromKey<SessionSetting>(m_setting->currentData().toString());
    for (QCheckBox* box : m_processes) {
        if (box->isChecked())
            c.processes.append(*fromKey<MiProcess>(box->property("key").toString()));
    }
    for (const GoalEntryEditor* e : m_entries)
        c.goals.append(e->entry());
    for (auto it = m_balance.cbegin(); it != m_balance.cend(); ++it) {
        for (const QString& item : lines(it.value()->toPlainText()))
            c.balance.append({it.key(), item});
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

void SessionEditor::markDirty()
{
    if (m_loading || isSigned() || !m_domain)
        return;
    m_draft->edit(content());
    m_state->setText(tr("Draft — unsaved changes"));
}

void SessionEditor::detach()
{
    m_domain = nullptr;
}

void SessionEditor::showSaveState()
{
    if (const auto error = m_draft->lastError()) {
        // What was typed stays on screen; the next change or focus move tries again.
        m_message->setText(error->code == ErrorCode::Validation ? tr("Not saved yet: %1.").arg(error->detail)
                                                                : errorText(*error));
        m_state->setText(tr("Draft — not saved"));
        return;
    }
    m_message->clear();
    if (const auto at = m_draft->lastSavedAt()) {
        m_state->setText(
            tr("Draft — saved %1").arg(QLocale().toString(at->toLocalTime().time(), QLocale::ShortFormat)));
    }
}

bool SessionEditor::saveNow()
{
    if (!m_domain || !m_draft->isAttached())
        return !isDirty();
    return m_draft->saveNow().ok();
}

bool SessionEditor::saveBeforeLock()
{
    if (!m_domain || !m_draft->isAttached())
        return !isDirty();
    return m_draft->saveBeforeLock().ok();
}

void SessionEditor::updateState()
{
    const bool signedRecord = isSigned();
    for (QWidget* w : m_form->findChildren<QWidget*>()) {
        if (auto* e = qobject_cast<QPlainTextEdit*>(w))
            e->setReadOnly(signedRecord);
    }
    for (QWidget* w : std::initializer_list<QWidget*>{m_date, m_hasTime, m_time, m_duration, m_setting, m_format,
                                                      m_hasFollowUp, m_followUp, m_newGoal})
        w->setEnabled(!signedRecord);
    for (QCheckBox* box : m_processes)
        box->setEnabled(!signedRecord);
    m_time->setEnabled(!signedRecord && m_hasTime->isChecked());
    for (GoalEntryEditor* e : m_entries)
        e->setReadOnly(signedRecord);
    m_sign->setVisible(!signedRecord);
    m_addendum->setVisible(signedRecord);
    m_addenda->setVisible(signedRecord && m_addenda->count() > 0);
    refreshGoalPicker();
    if (signedRecord) {
        const SessionRecord& record = m_draft->record();
        m_state->setText(
            tr("Signed by %1 on %2")
                .arg(record.signedBy, QLocale().toString(record.signedAt->toLocalTime(), QLocale::ShortFormat)));
    } else if (m_draft->sessionId() == 0) {
        m_state->setText(tr("New draft"));
    } else {
        m_state->setText(tr("Draft"));
    }
}

void SessionEditor::sign()
{
    if (!m_domain || isSigned())
        return;
    // Save first, so a refusal (a follow-up before the session) shows before anything is asked.
    if (m_draft->sessionId() != 0 && !saveNow())
        return;
    auto counselor = m_domain->counselor().counselor();
    const QString who = counselor && counselor.value() ? counselor.value()->signature() : QString();
    if (who.isEmpty()) {
        m_message->setText(tr("Add your name in Preferences before signing."));
        return;
    }
    if (!UiHooks::instance().confirm(this, tr("Sign Session Note"),
                                     tr("Sign this session note as %1?\n\nSigning makes it a permanent part of the "
                                        "record: it can no longer be edited, only followed by numbered, signed "
                                        "addenda.")
                                         .arg(who),
                                     tr("&Sign"))) {
        return;
    }
    if (!m_domain)
        return; // locked while the question was open
    if (auto s = m_draft->sign(); !s) {
        m_message->setText(s.code() == ErrorCode::Validation ? tr("Not saved yet: %1.").arg(s.error().detail)
                                                             : errorText(s.error()));
        return;
    }
    load();
    Q_EMIT saved(m_draft->sessionId());
}

void SessionEditor::addAddendum()
{
    if (!m_domain || !isSigned())
        return;
    AddendumDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || dialog.text().trimmed().isEmpty() || !m_domain)
        return;
    auto number = m_draft->addAddendum(dialog.text());
    if (!number) {
        m_message->setText(errorText(number.error()));
        return;
    }
    load();
}

void SessionEditor::printNote(int how)
{
    if (!m_domain)
        return;
    if (m_draft->sessionId() == 0)
        m_draft->edit(content()); // a new record is saved before it can be printed
    if (!saveNow() || m_draft->sessionId() == 0)
        return;
    auto note = buildSessionNote(*m_domain, m_draft->sessionId());
    if (!note) {
        m_message->setText(errorText(note.error()));
        return;
    }
    auto doc = sessionNoteDocument(note.value());
    const PageDecoration decoration{
        tr("Session note — %1 — %2")
            .arg(note->chosenName, QLocale().toString(note->record.content.date, QLocale::ShortFormat)),
        isSigned() ? QString() : tr("DRAFT — NOT SIGNED")};
    bool done = false;
    switch (how) {
    case PreviewNote: previewReport(this, *doc, decoration); break;
    case PrintNote: done = printReport(this, *doc, decoration); break;
    case PdfNote:
        done = exportReportPdf(this, *doc, decoration,
                               tr("session-note-%1.pdf").arg(note->record.content.date.toString(Qt::ISODate)));
        break;
    default: break;
    }
    if (done && m_domain) {
        if (auto s = m_workspace->recordDelivery(how == PdfNote ? AuditAction::Export : AuditAction::Print,
                                                 QStringLiteral("session"), note->record.uuid, m_clientId);
            !s)
            m_message->setText(errorText(s.error()));
    }
}

void SessionEditor::closeEvent(QCloseEvent* event)
{
    if (!saveNow()) {
        // Never lose typing silently: closing with an unsaved draft asks first.
        if (!UiHooks::instance().confirm(
                this, tr("Close Session"),
                tr("This draft could not be saved: %1\n\nClose it and lose the changes?").arg(m_message->text()),
                tr("Close &Without Saving"))) {
            event->ignore();
            return;
        }
    }
    QWidget::closeEvent(event);
}

} // namespace continuum::ui
