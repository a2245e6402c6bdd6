// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/SessionEditor.h"

#include "UiHooks.h"
#include "clientmode/ClientModeDialog.h"
#include "common/ErrorText.h"
#include "common/ScreenFit.h"
#include "common/TimeText.h"
#include "domain/Domain.h"
#include "goals/GoalEditorDialog.h"
#include "practice/SelfReviewDialog.h"
#include "printing/ReportActions.h"
#include "sessions/AddendumDialog.h"
#include "sessions/MissingItems.h"
#include "sessions/RulerEditor.h"
#include "sessions/SessionForm.h"
#include "sessions/SignedSessionView.h"
#include "util/Clock.h"
#include "voice/SessionVoiceSection.h"
#include "workspace/SessionDraftController.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTextDocument>
#include <QVBoxLayout>

namespace continuum::ui {

namespace {

// What the window asks for on a roomy screen; fitToScreen shrinks it to a laptop's.
constexpr QSize kPreferredSize(1100, 900);

} // namespace

SessionEditor::SessionEditor(Workspace& workspace, ClientId clientId, SessionId sessionId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_workspace(workspace)
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
    // A follow-up date the form holds back (before the session) still reaches the vault when it locks:
    // the draft then keeps it as text in the next steps.
    connect(&workspace, &Workspace::aboutToLock, this, [this] {
        if (!isSigned() && !m_form->followUpError().isEmpty())
            m_draft->edit(m_form->content());
    });

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("sessionTitleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);

    m_form = new SessionForm(this);
    m_form->setLatestSessionDate(workspace.clock().today().addDays(1));
    connect(m_form, &SessionForm::changed, this, &SessionEditor::markDirty);
    connect(m_form, &SessionForm::newGoalRequested, this, &SessionEditor::newGoal);
    connect(m_form, &SessionForm::reviseGoalRequested, this, &SessionEditor::reviseGoal);
    // The changes they count and where they are on their steps (ui/voice), saved linked to this session.
    m_form->setVoiceSection(new SessionVoiceSection(workspace, *this));
    // A signed record is read, not edited: it is shown as a document instead of the form.
    m_document = new SignedSessionView(this);
    m_document->hide();

    // The bar at the bottom never scrolls away: whether the draft is saved, and every action.
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("sessionStateLabel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sessionMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sign = new QPushButton(tr("&Sign…"), this);
    m_sign->setObjectName(QStringLiteral("signSessionButton"));
    // A shortcut of its own, so the button keeps its Alt mnemonic; it acts only while the button shows.
    const QKeySequence signKeys(Qt::CTRL | Qt::Key_Return);
    m_sign->setToolTip(tr("Sign this session note (%1)").arg(signKeys.toString(QKeySequence::NativeText)));
    for (const QKeySequence& keys : {signKeys, QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_sign->isVisible() && m_sign->isEnabled())
                sign();
        });
    }
    m_discard = new QPushButton(tr("Dis&card Draft…"), this);
    m_discard->setObjectName(QStringLiteral("discardDraftButton"));
    m_addendum = new QPushButton(tr("Add A&ddendum…"), this);
    m_addendum->setObjectName(QStringLiteral("addAddendumButton"));
    m_enteredInError = new QPushButton(tr("Mark as &Entered in Error…"), this);
    m_enteredInError->setObjectName(QStringLiteral("enteredInErrorButton"));
    // The person's turn at the keyboard (client mode), by the title: its words name them once the record is read.
    m_handOver = new QPushButton(this);
    m_handOver->setObjectName(QStringLiteral("handOverButton"));
    connect(m_handOver, &QPushButton::clicked, this, &SessionEditor::handOverToPerson);
    auto* print = new QPushButton(tr("&Print…"), this);
    print->setObjectName(QStringLiteral("printNoteButton"));
    print->setShortcut(QKeySequence::Print);
    auto* pdf = new QPushButton(tr("Save P&DF…"), this);
    pdf->setObjectName(QStringLiteral("pdfNoteButton"));
    auto* previewButton = new QPushButton(tr("Pre&view…"), this);
    previewButton->setObjectName(QStringLiteral("previewNoteButton"));
    auto* close = new QPushButton(tr("&Close"), this);
    close->setObjectName(QStringLiteral("closeSessionButton"));
    connect(print, &QPushButton::clicked, this, [this] { printNote(PrintNote); });
    connect(pdf, &QPushButton::clicked, this, [this] { printNote(PdfNote); });
    connect(previewButton, &QPushButton::clicked, this, [this] { printNote(PreviewNote); });
    // The counselor's own review of their work in this session (draft or signed): theirs, not the record's.
    auto* review = new QPushButton(tr("Review &My Practice…"), this);
    review->setObjectName(QStringLiteral("reviewPracticeButton"));
    connect(review, &QPushButton::clicked, this, [this] {
        const SessionId id = m_draft->sessionId();
        if (id.isNull()) {
            m_message->setText(tr("Write something in the session first: a review is of a saved session."));
            return;
        }
        SelfReviewDialog dialog(m_workspace.domain(), id, this);
        dialog.exec();
    });
    connect(m_sign, &QPushButton::clicked, this, &SessionEditor::sign);
    connect(m_addendum, &QPushButton::clicked, this, &SessionEditor::addAddendum);
    connect(m_discard, &QPushButton::clicked, this, &SessionEditor::discardDraft);
    connect(m_enteredInError, &QPushButton::clicked, this, &SessionEditor::markEnteredInError);
    connect(m_draft, &SessionDraftController::discarded, this, &QWidget::close);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto* bar = new QFrame(this);
    bar->setObjectName(QStringLiteral("sessionActionBar"));
    bar->setFrameShape(QFrame::StyledPanel);
    auto* status = new QVBoxLayout;
    status->setSpacing(2);
    status->addWidget(m_state);
    status->addWidget(m_message);
    auto* barLayout = new QHBoxLayout(bar);
    barLayout->setContentsMargins(8, 4, 8, 4);
    barLayout->addLayout(status, 1);
    barLayout->addWidget(m_sign);
    barLayout->addWidget(m_discard);
    barLayout->addWidget(m_addendum);
    barLayout->addWidget(m_enteredInError);
    barLayout->addWidget(previewButton);
    barLayout->addWidget(print);
    barLayout->addWidget(pdf);
    barLayout->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    // Beside the title, not in the bar: the bar is already as wide as a small screen allows.
    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(review);
    top->addWidget(m_handOver);
    layout->addLayout(top);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_document, 1);
    layout->addWidget(bar);

    // Focus leaving a field saves at once.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget* old, QWidget*) {
        if (isDirty() && old && isAncestorOf(old))
            saveNow();
    });
    load();
    fitToScreen(this, kPreferredSize);
}

SessionEditor::~SessionEditor()
{
    delete m_clientMode.data(); // it edits this window's draft
}

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
    m_loading = true;
    auto client = m_workspace.domain().clients().client(m_clientId);
    const QString name = client ? client->chosenName : QString();
    SessionContent fresh;
    fresh.date = m_workspace.clock().today();
    if (auto format = m_workspace.domain().counselor().setting(SettingKey::DefaultNoteFormat);
        format && !format->isEmpty())
        fresh.noteFormat = fromKey<NoteFormat>(format.value()).value_or(NoteFormat::Dap);
    if (!m_draft->sessionId().isNull()) {
        if (auto s = m_draft->load(); !s)
            m_message->setText(errorText(s.error()));
    } else {
        fresh.goals = carriedOverGoals();
    }
    const SessionRecord& record = m_draft->record();
    m_personName = name;
    m_handOver->setText(tr("Hand &Over to %1…").arg(name));
    setWindowTitle(tr("Session — %1").arg(name));
    m_title->setText(tr("Session with %1").arg(name));
    refreshClientGoals();
    m_form->setReadOnly(record.isSigned());
    m_form->setContent(!m_draft->sessionId().isNull() ? record.content : fresh);
    for (RulerEditor* ruler : m_form->findChildren<RulerEditor*>())
        ruler->setPersonName(name);
    QStringList addenda;
    for (const Addendum& a : record.addenda) {
        addenda.append(tr("Addendum %1 — %2, %3\n%4").arg(a.number).arg(a.signedBy, dateTimeText(a.signedAt), a.body));
    }
    m_form->setAddenda(addenda);
    if (record.isSigned()) {
        if (auto note = buildSessionNote(m_workspace.domain(), record.id))
            m_document->setNote(note.value());
        else
            m_message->setText(errorText(note.error()));
    }
    m_form->setVisible(!record.isSigned());
    m_document->setVisible(record.isSigned());
    m_loading = false;
    updateState();
}

QList<SessionGoalEntry> SessionEditor::carriedOverGoals() const
{
    QList<SessionGoalEntry> out;
    auto sessions = m_workspace.domain().sessions().sessionsForClient(m_clientId);
    if (!sessions)
        return out;
    // The latest session that counts (newest first; one entered in error is not a session that happened).
    const auto latest =
        std::find_if(sessions->cbegin(), sessions->cend(), [](const SessionSummary& s) { return !s.enteredInError; });
    if (latest == sessions->cend())
        return out;
    auto previous = m_workspace.domain().sessions().session(latest->id);
    if (!previous)
        return out;
    for (const SessionGoalEntry& e : previous->content.goals) {
        auto goal = m_workspace.domain().goals().goal(e.goalId);
        if (!goal || goal->clientId != m_clientId || goal->fields.status != GoalStatus::Active)
            continue;
        SessionGoalEntry entry;
        entry.goalId = e.goalId;
        out.append(entry);
    }
    return out;
}

QMap<GoalId, QString> SessionEditor::goalWords() const
{
    QMap<GoalId, QString> words;
    if (auto all = m_workspace.domain().goals().goalsForClient(m_clientId)) {
        for (const Goal& g : all.value())
            words.insert(g.id, g.fields.clientWords);
    }
    return words;
}

void SessionEditor::refreshClientGoals()
{
    QList<std::pair<GoalId, QString>> goals;
    if (auto all = m_workspace.domain().goals().goalsForClient(m_clientId)) {
        for (const Goal& g : all.value())
            goals.append({g.id, g.fields.clientWords});
    }
    m_form->setClientGoals(goals);
}

void SessionEditor::addGoal(GoalId goal)
{
    auto g = m_workspace.domain().goals().goal(goal);
    if (!g || g->clientId != m_clientId)
        return;
    refreshClientGoals();
    m_form->addGoal(goal);
}

void SessionEditor::newGoal()
{
    // The goal links back to this session, so the draft must exist first.
    if (m_draft->sessionId().isNull())
        handOver();
    if (!saveNow() || m_draft->sessionId().isNull())
        return;
    GoalEditorDialog dialog(&m_workspace.domain().goals(), m_clientId, Goal(), m_draft->sessionId(), this);
    if (dialog.exec() == QDialog::Accepted)
        addGoal(dialog.savedId());
}

void SessionEditor::reviseGoal(GoalId goal)
{
    if (m_draft->sessionId().isNull())
        handOver();
    if (!saveNow() || m_draft->sessionId().isNull())
        return;
    auto current = m_workspace.domain().goals().goal(goal);
    if (!current) {
        m_message->setText(errorText(current.error()));
        return;
    }
    GoalEditorDialog dialog(&m_workspace.domain().goals(), m_clientId, current.value(), m_draft->sessionId(), this);
    if (dialog.exec() == QDialog::Accepted)
        refreshClientGoals(); // the entry's title follows the client's words as revised
}

SessionContent SessionEditor::content() const
{
    return m_form->content();
}

void SessionEditor::handOver()
{
    m_draft->edit(m_form->savableContent());
}

void SessionEditor::markDirty()
{
    if (m_loading || isSigned())
        return;
    handOver();
    m_state->setText(tr("Draft — unsaved changes"));
    showSaveState();
}

void SessionEditor::showSaveState()
{
    if (const auto error = m_draft->lastError()) {
        // What was typed stays on screen; the next change or focus move tries again.
        m_message->setText(tr("Not saved yet. %1").arg(saveProblemText(*error)));
        m_state->setText(tr("Draft — not saved"));
        return;
    }
    // A field in error is marked where it is; this says only what it means for the saved draft.
    m_message->setText(m_form->followUpError().isEmpty()
                           ? QString()
                           : tr("Saved without the follow-up date, which is before the session date."));
    if (!m_draft->isDirty()) {
        if (const auto at = m_draft->lastSavedAt()) {
            m_state->setText(tr("Draft — saved %1").arg(timeText(at->toLocalTime().time())));
        }
    }
}

QString SessionEditor::saveProblemText(const Error& error) const
{
    // A refused value gets the sentence for its field and reason (common/ErrorText), never core's detail.
    return errorText(error);
}

bool SessionEditor::saveNow()
{
    if (!m_draft->isAttached())
        return !isDirty();
    return m_draft->saveNow().ok();
}

bool SessionEditor::saveBeforeLock()
{
    if (!m_draft->isAttached())
        return !isDirty();
    if (!isSigned() && !m_form->followUpError().isEmpty())
        m_draft->edit(m_form->content()); // the draft moves the refused date into the next steps
    return m_draft->saveBeforeLock().ok();
}

void SessionEditor::updateState()
{
    const bool signedRecord = isSigned();
    m_form->setReadOnly(signedRecord);
    m_sign->setVisible(!signedRecord);
    m_discard->setVisible(!signedRecord);
    m_handOver->setVisible(!signedRecord);
    m_addendum->setVisible(signedRecord);
    m_enteredInError->setVisible(signedRecord && !m_draft->enteredInError());
    if (signedRecord) {
        const SessionRecord& record = m_draft->record();
        QString state = tr("Signed by %1 on %2").arg(record.signedBy, dateTimeText(*record.signedAt));
        if (m_draft->enteredInError())
            state += QStringLiteral(" · ") + tr("entered in error");
        m_state->setText(state);
    } else if (m_draft->sessionId().isNull()) {
        m_state->setText(tr("New draft"));
    } else {
        m_state->setText(tr("Draft"));
    }
}

void SessionEditor::sign()
{
    if (isSigned())
        return;
    // Save first, so a refusal (a follow-up before the session) shows before anything is asked. A new
    // record is created now, with what the form shows.
    if (m_draft->sessionId().isNull())
        handOver();
    if (!saveNow())
        return;
    auto counselor = m_workspace.domain().counselor().counselor();
    const QString who = counselor && counselor.value() ? counselor.value()->signature() : QString();
    if (who.isEmpty()) {
        m_message->setText(tr("Add your name in Preferences before signing."));
        return;
    }
    const QString meaning = tr("Signing as %1 makes it a permanent part of the record: it can no longer be edited, "
                               "only followed by numbered, signed addenda.")
                                .arg(who);
    // A short record may be signed; what it lacks is shown first, so that signing one is a choice.
    const QList<MissingItem> missing = missingBeforeSigning(m_form->content(), goalWords());
    if (!missing.isEmpty()) {
        QStringList items;
        for (const MissingItem& m : missing)
            items.append(QStringLiteral("•  ") + m.text);
        const QString text = tr("Before you sign, this record does not have:\n\n%1\n\nYou can go back and add "
                                "them, or sign it as it is.\n\n%2")
                                 .arg(items.join(QLatin1Char('\n')), meaning);
        if (!UiHooks::instance().confirmOrGoBack(this, tr("Sign Session Note"), text, tr("Sign &Anyway"),
                                                 tr("&Go Back"))) {
            m_form->showSection(missing.first().section);
            return;
        }
    } else if (!UiHooks::instance().confirm(this, tr("Sign Session Note"),
                                            tr("Sign this session note?\n\n%1").arg(meaning), tr("&Sign"))) {
        return;
    }
    if (auto s = m_draft->sign(); !s) {
        m_message->setText(tr("Not signed. %1").arg(saveProblemText(s.error())));
        return;
    }
    load();
    Q_EMIT saved(m_draft->sessionId());
}

void SessionEditor::addAddendum()
{
    if (!isSigned())
        return;
    AddendumDialog dialog(AddendumDialog::Kind::Addendum, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto number = m_draft->addAddendum(dialog.text());
    if (!number) {
        m_message->setText(errorText(number.error()));
        return;
    }
    load();
}

void SessionEditor::discardDraft()
{
    if (isSigned())
        return;
    if (!UiHooks::instance().confirm(this, tr("Discard Draft"),
                                     tr("Discard this draft?\n\nNothing of it is kept: everything in it is removed "
                                        "and cannot be brought back. The audit log notes only that a draft was "
                                        "discarded."),
                                     tr("&Discard Draft"))) {
        return;
    }
    if (auto s = m_draft->discard(); !s)
        m_message->setText(errorText(s.error()));
    // The window closes on the draft's discarded().
}

void SessionEditor::markEnteredInError()
{
    if (!isSigned() || m_draft->enteredInError())
        return;
    AddendumDialog dialog(AddendumDialog::Kind::EnteredInError, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto number = m_draft->markEnteredInError(dialog.text()); !number) {
        m_message->setText(errorText(number.error()));
        return;
    }
    load();
}

ClientModeDialog* SessionEditor::clientMode() const
{
    return m_clientMode.data();
}

void SessionEditor::handOverToPerson()
{
    if (isSigned() || m_clientMode)
        return;
    // The form is filled again from the draft afterwards: a follow-up date the draft cannot hold yet would be lost.
    if (!m_form->followUpError().isEmpty()) {
        m_message->setText(tr("Fix the follow-up date first, then hand over."));
        return;
    }
    if (m_draft->sessionId().isNull())
        handOver(); // a new record is saved before the person's answers can go into it
    if (!saveNow() || m_draft->sessionId().isNull())
        return;
    // The audit log says when the laptop was in the person's hands, and how it came back: keys only.
    const SessionId session = m_draft->sessionId();
    const auto recordHandOver = [this, session](const QString& action, const QString& detail) {
        auto record = m_workspace.domain().sessions().session(session);
        if (record)
            (void)m_workspace.domain().audit().recordNow(
                {action, QStringLiteral("session"), record->uuid, m_clientId, detail, std::nullopt});
    };
    recordHandOver(AuditAction::HandOver, QString());
    auto* dialog = new ClientModeDialog(m_workspace, *m_draft, m_personName, this);
    m_clientMode = dialog;
    connect(dialog, &QDialog::finished, this, [this, dialog, recordHandOver](int result) {
        recordHandOver(AuditAction::HandBack,
                       result == QDialog::Accepted ? QStringLiteral("passphrase") : QStringLiteral("lock"));
        dialog->deleteLater();
        // What the person entered is in the draft now: the form shows it, marked as theirs.
        m_loading = true;
        m_form->setContent(m_draft->content());
        for (RulerEditor* ruler : m_form->findChildren<RulerEditor*>())
            ruler->setPersonName(m_personName);
        m_loading = false;
        showSaveState();
    });
    dialog->start();
}

void SessionEditor::printNote(PrintHow how)
{
    if (m_draft->sessionId().isNull())
        handOver(); // a new record is saved before it can be printed
    if (!saveNow() || m_draft->sessionId().isNull())
        return;
    auto note = buildSessionNote(m_workspace.domain(), m_draft->sessionId());
    if (!note) {
        m_message->setText(errorText(note.error()));
        return;
    }
    auto doc = sessionNoteDocument(note.value());
    const PageDecoration decoration{
        tr("Session note — %1 — %2")
            .arg(note->chosenName, QLocale().toString(note->record.content.date, QLocale::ShortFormat)),
        isSigned() ? QString() : tr("DRAFT — NOT SIGNED")};
    const Delivery delivery = how == PdfNote ? Delivery::Pdf : how == PrintNote ? Delivery::Print : Delivery::Preview;
    deliverReport(this, m_workspace, delivery, *doc, decoration,
                  DeliveryRecord{QStringLiteral("session"), note->record.uuid, m_clientId, QString(),
                                 tr("session-note-%1.pdf").arg(note->record.content.date.toString(Qt::ISODate))});
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
