// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientmode/ClientModeDialog.h"

#include "LockShortcut.h"
#include "clientmode/ChoiceButtons.h"
#include "clientmode/PasteGuard.h"
#include "common/BackgroundTask.h"
#include "common/ErrorText.h"
#include "crypto/SecureBytes.h"
#include "domain/Domain.h"
#include "vault/Vault.h"
#include "workspace/SessionDraftController.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>
#include <utility>

namespace continuum::ui {

namespace {

// Large type for someone who has never seen the program, at arm's length: this much of the application's font.
constexpr qreal kTypeScale = 1.6;
constexpr int kRulerLowest = 0;
constexpr int kRulerHighest = 10;

QLabel* plainLabel(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    // A person's own words are shown exactly as written, never read as markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setText(text);
    return label;
}

/// A button for someone at arm's length: tall enough to hit, with room round its words. The style's padding of a
/// few pixels looks like none in the large type, and the words would seem to fill the button.
void giveRoom(QPushButton* b)
{
    b->setMinimumHeight(56);
    const QFontMetrics fm = b->fontMetrics();
    const int words = fm.size(Qt::TextShowMnemonic, b->text()).width();
    b->setMinimumWidth(std::max(b->sizeHint().width(), words + 2 * fm.height()));
}

QLabel* heading(const QString& text, const QString& objectName, QWidget* parent, qreal scale = 1.25)
{
    QLabel* label = plainLabel(text, objectName, parent);
    QFont f = label->font();
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * scale);
    label->setFont(f);
    return label;
}

} // namespace

ClientModeDialog::ClientModeDialog(Workspace& workspace, SessionDraftController& draft, const QString& personName,
                                   QWidget* returnTo)
    : QDialog(nullptr)
    , m_workspace(workspace)
    , m_draft(&draft)
    , m_name(personName)
    , m_returnTo(returnTo)
    , m_guard(new PasteGuard(this))
{
    setObjectName(QStringLiteral("clientModeDialog"));
    setWindowTitle(tr("Your turn"));
    setModal(true);
    setWindowModality(Qt::ApplicationModal);
    setSizeGripEnabled(false);
    QFont big = font();
    if (big.pointSizeF() > 0)
        big.setPointSizeF(big.pointSizeF() * kTypeScale);
    else
        big.setPixelSize(qRound(big.pixelSize() * kTypeScale));
    setFont(big);

    auto* hello = heading(tr("Your turn, %1").arg(m_name), QStringLiteral("clientModeNameLabel"), this, 1.4);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("clientModePages"));

    // The draft's goals in its order, each goal's words as they stand now (read-only: a goal is revised with
    // the counselor, in the session window), one ruler to a page so the largest type still fits a laptop.
    const SessionContent content = draft.content();
    QList<std::pair<GoalId, QString>> goals;
    for (const SessionGoalEntry& e : content.goals) {
        auto goal = workspace.domain().goals().goal(e.goalId);
        if (goal && goal->clientId == draft.clientId())
            goals.append({e.goalId, goal->fields.clientWords});
    }
    for (int g = 0; g < goals.size(); ++g) {
        for (Ruler r : {Ruler::Importance, Ruler::Confidence, Ruler::Readiness}) {
            RulerPage p;
            p.goal = goals.at(g).first;
            p.ruler = r;
            m_rulers.append(p);
            m_pages->addWidget(buildRulerPage(m_rulers.last(), goals.at(g).second, g + 1, int(goals.size())));
        }
    }
    m_sessionPage = buildSessionPage();
    m_pages->addWidget(m_sessionPage);
    m_giveBackPage = buildGiveBackPage();
    m_pages->addWidget(m_giveBackPage);

    // What the person entered before (in an earlier turn) is shown again; what the counselor entered is not:
    // the numbers here are the person's own, and leaving a ruler alone leaves the counselor's as it was.
    for (RulerPage& p : m_rulers) {
        const auto it = std::find_if(content.goals.cbegin(), content.goals.cend(),
                                     [&p](const SessionGoalEntry& e) { return e.goalId == p.goal; });
        const std::optional<RulerScore>& score = (*it).*member(p.ruler);
        if (score && score->enteredByPerson) {
            p.buttons->setValue(score->value);
            p.why->setText(score->whyNotLower);
            p.help->setText(score->whatWouldHelp);
        }
        updateAnswers(p);
    }
    if (workspace.isOpen()) {
        if (auto rating = workspace.domain().sessionFeedback().clientRating(draft.sessionId()); rating && *rating) {
            m_listened->setValue((*rating)->rating.listened);
            m_workedOn->setValue((*rating)->rating.workedOnWhatMatters);
            m_moreAble->setValue((*rating)->rating.moreAble);
        }
    }

    m_progress = plainLabel(QString(), QStringLiteral("clientModeProgressLabel"), this);
    m_saveMessage = plainLabel(QString(), QStringLiteral("clientModeSaveMessage"), this);
    m_saveMessage->hide();
    m_back = new QPushButton(tr("Back"), this);
    m_back->setObjectName(QStringLiteral("clientModeBackButton"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("clientModeNextButton"));
    m_done = new QPushButton(tr("Done — hand it back to your counselor"), this);
    m_done->setObjectName(QStringLiteral("clientModeDoneButton"));
    for (QPushButton* b : {m_back, m_next, m_done})
        giveRoom(b);
    connect(m_back, &QPushButton::clicked, this, [this] { showPage(m_pages->currentIndex() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_pages->currentIndex() + 1); });
    connect(m_done, &QPushButton::clicked, this, &ClientModeDialog::showGiveBack);
    m_nav = new QWidget(this);
    auto* nav = new QHBoxLayout(m_nav);
    nav->setContentsMargins(0, 0, 0, 0);
    nav->addWidget(m_back);
    nav->addWidget(m_progress, 1, Qt::AlignCenter);
    nav->addWidget(m_next);
    nav->addWidget(m_done);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->setSpacing(16);
    layout->addWidget(hello);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_saveMessage);
    layout->addWidget(m_nav);

    // No right-click menu anywhere (a line edit's would offer Paste); not deferred to a parent either.
    setContextMenuPolicy(Qt::PreventContextMenu);
    for (QWidget* w : findChildren<QWidget*>())
        w->setContextMenuPolicy(Qt::PreventContextMenu);
    // No button is the default: Enter in an answer never jumps a page or locks. Buttons take Space (and clicks).
    for (QPushButton* b : findChildren<QPushButton*>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    setAcceptDrops(false);
    showPage(0);
}

ClientModeDialog::~ClientModeDialog() = default;

std::optional<RulerScore> SessionGoalEntry::*ClientModeDialog::member(Ruler ruler)
{
    switch (ruler) {
    case Ruler::Importance: return &SessionGoalEntry::importance;
    case Ruler::Confidence: return &SessionGoalEntry::confidence;
    case Ruler::Readiness: return &SessionGoalEntry::readiness;
    }
    return &SessionGoalEntry::importance;
}

QLineEdit* ClientModeDialog::answerField(const QString& objectName, const QString& accessibleName)
{
    auto* field = new QLineEdit(this);
    field->setObjectName(objectName);
    field->setAccessibleName(accessibleName);
    field->setMinimumHeight(48);
    m_guard->guard(field);
    return field;
}

QWidget* ClientModeDialog::buildRulerPage(RulerPage& p, const QString& goalWords, int goalNumber, int goals)
{
    QString question;
    QString prefix;
    QString accessible;
    // Each ruler has its own end words: "10 = very" alone does not say very what.
    QString lowEnd;
    QString highEnd;
    switch (p.ruler) {
    case Ruler::Importance:
        question = tr("How important is this to you right now?");
        prefix = QStringLiteral("importance");
        accessible = tr("Importance: %1 out of 10");
        lowEnd = tr("0 = not at all important");
        highEnd = tr("10 = very important");
        break;
    case Ruler::Confidence:
        question = tr("How sure are you that you could do it?");
        prefix = QStringLiteral("confidence");
        accessible = tr("Confidence: %1 out of 10");
        lowEnd = tr("0 = not at all sure");
        highEnd = tr("10 = very sure");
        break;
    case Ruler::Readiness:
        question = tr("How ready are you to make this change?");
        prefix = QStringLiteral("readiness");
        accessible = tr("Readiness: %1 out of 10");
        lowEnd = tr("0 = not at all ready");
        highEnd = tr("10 = very ready");
        break;
    }
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("clientModeRulerPage_%1_%2").arg(p.goal.value).arg(prefix));
    p.page = page;

    auto* goalTitle = plainLabel(goals > 1 ? tr("Your goal %1 of %2, in your words").arg(goalNumber).arg(goals)
                                           : tr("Your goal, in your words"),
                                 QStringLiteral("clientModeGoalTitle"), page);
    auto* words = heading(goalWords, QStringLiteral("clientModeGoalWords"), page, 1.0);
    words->setMargin(8);
    // Shown whole, however long: a goal of a sentence or two fits as it is; a very long one scrolls in its own
    // box, which keeps the question and its buttons on the screen.
    auto* wordsBox = new QScrollArea(page);
    wordsBox->setObjectName(QStringLiteral("clientModeGoalWordsBox"));
    wordsBox->setWidget(words);
    wordsBox->setWidgetResizable(true);
    wordsBox->setFrameShape(QFrame::StyledPanel);
    wordsBox->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    wordsBox->setMaximumHeight(words->fontMetrics().lineSpacing() * 4 + 2 * 8 + 2 * wordsBox->frameWidth());
    wordsBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    auto* questionLabel = heading(question, QStringLiteral("clientModeQuestion"), page, 1.1);

    QList<ChoiceButtons::Choice> choices;
    for (int v = kRulerLowest; v <= kRulerHighest; ++v)
        choices.append({v, QString::number(v), accessible.arg(v)});
    p.buttons = new ChoiceButtons(choices, prefix, page);
    p.buttons->setAccessibleName(question);
    // Each end word takes half the row under the buttons: on one line wherever it fits there. (Beside a stretch,
    // a wrapping label would keep only the narrow width it guesses for itself and break a short phrase in two.)
    auto* ends = new QHBoxLayout;
    auto* low = plainLabel(lowEnd, QStringLiteral("clientModeLowEnd"), page);
    low->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    ends->addWidget(low, 1);
    auto* high = plainLabel(highEnd, QStringLiteral("clientModeHighEnd"), page);
    high->setAlignment(Qt::AlignRight | Qt::AlignTop);
    ends->addWidget(high, 1);

    p.whyLabel =
        plainLabel(tr("Why this number and not a lower one?"), prefix + QStringLiteral("WhyNotLowerLabel"), page);
    p.why = answerField(prefix + QStringLiteral("WhyNotLowerEdit"), p.whyLabel->text());
    p.why->setParent(page);
    p.whyLabel->setBuddy(p.why);
    p.helpLabel =
        plainLabel(tr("What would it take to move higher?"), prefix + QStringLiteral("WhatWouldHelpLabel"), page);
    p.help = answerField(prefix + QStringLiteral("WhatWouldHelpEdit"), p.helpLabel->text());
    p.help->setParent(page);
    p.helpLabel->setBuddy(p.help);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(goalTitle);
    layout->addWidget(wordsBox);
    layout->addSpacing(12);
    layout->addWidget(questionLabel);
    layout->addWidget(p.buttons);
    layout->addLayout(ends);
    layout->addSpacing(12);
    layout->addWidget(p.whyLabel);
    layout->addWidget(p.why);
    layout->addWidget(p.helpLabel);
    layout->addWidget(p.help);
    layout->addStretch(1);

    const qsizetype index = m_rulers.size() - 1; // p is the last page added; its address may move, its index not
    connect(p.buttons, &ChoiceButtons::picked, this, [this, index] {
        updateAnswers(m_rulers.at(index));
        saveRuler(m_rulers.at(index));
    });
    connect(p.why, &QLineEdit::textEdited, this, [this, index] { saveRuler(m_rulers.at(index)); });
    connect(p.help, &QLineEdit::textEdited, this, [this, index] { saveRuler(m_rulers.at(index)); });
    return page;
}

QWidget* ClientModeDialog::buildSessionPage()
{
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("clientModeSessionPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("How did today feel to you?"), QStringLiteral("clientModeSessionTitle"), page));
    layout->addWidget(plainLabel(tr("You can skip these. Your counselor sees your answers, to learn what helps."),
                                 QStringLiteral("clientModeSessionHint"), page));
    const QStringList words = {tr("Not at all"), tr("A little"), tr("Somewhat"), tr("Mostly"), tr("Very much")};
    auto row = [&](const QString& question, const QString& prefix) {
        QList<ChoiceButtons::Choice> choices;
        for (int v = kClientRatingMin; v <= kClientRatingMax; ++v)
            choices.append(
                {v, words.at(v - kClientRatingMin), tr("%1 %2").arg(question, words.at(v - kClientRatingMin))});
        layout->addSpacing(8);
        layout->addWidget(heading(question, prefix + QStringLiteral("Question"), page, 1.1));
        auto* buttons = new ChoiceButtons(choices, prefix, page);
        buttons->setAccessibleName(question);
        connect(buttons, &ChoiceButtons::picked, this, &ClientModeDialog::saveRating);
        layout->addWidget(buttons);
        return buttons;
    };
    m_listened = row(tr("Was I listened to?"), QStringLiteral("listened"));
    m_workedOn = row(tr("Did we work on what matters to me?"), QStringLiteral("workedOnWhatMatters"));
    m_moreAble = row(tr("Do I feel more able to make the change?"), QStringLiteral("moreAble"));
    layout->addStretch(1);
    return page;
}

QWidget* ClientModeDialog::buildGiveBackPage()
{
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("clientModeGiveBackPage"));
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(heading(tr("Give back to the counselor"), QStringLiteral("giveBackTitle"), page));
    layout->addWidget(plainLabel(tr("Thank you, %1. Please hand this back to your counselor.").arg(m_name),
                                 QStringLiteral("giveBackThanks"), page));
    layout->addSpacing(12);
    auto* prompt = plainLabel(tr("Counselor: type your passphrase to go back to your work."),
                              QStringLiteral("giveBackPrompt"), page);
    layout->addWidget(prompt);
    m_passphrase = answerField(QStringLiteral("clientModePassphraseEdit"), tr("Counselor's passphrase"));
    m_passphrase->setParent(page);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    prompt->setBuddy(m_passphrase);
    layout->addWidget(m_passphrase);
    m_giveBackMessage = plainLabel(QString(), QStringLiteral("giveBackMessage"), page);
    layout->addWidget(m_giveBackMessage);
    m_giveBack = new QPushButton(tr("Give back"), page);
    m_giveBack->setObjectName(QStringLiteral("giveBackButton"));
    m_lock = new QPushButton(tr("Lock Continuum"), page);
    m_lock->setObjectName(QStringLiteral("clientModeLockButton"));
    auto* questions = new QPushButton(tr("Back to the questions"), page);
    questions->setObjectName(QStringLiteral("backToQuestionsButton"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_giveBack, m_lock, questions}) {
        giveRoom(b);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &ClientModeDialog::giveBack);
    connect(m_giveBack, &QPushButton::clicked, this, &ClientModeDialog::giveBack);
    connect(m_lock, &QPushButton::clicked, this, &ClientModeDialog::lockNow);
    connect(questions, &QPushButton::clicked, this, [this] { showPage(m_lastQuestionPage); });
    return page;
}

void ClientModeDialog::start()
{
    // Whatever this program put on the clipboard (another person's words, copied earlier) is given up first.
    if (QClipboard* clipboard = QGuiApplication::clipboard()) {
        if (clipboard->ownsClipboard())
            clipboard->clear(QClipboard::Clipboard);
        if (clipboard->ownsSelection())
            clipboard->clear(QClipboard::Selection);
    }
    // No other window stays up behind this one, where a window manager could raise it.
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != this && w->isVisible())
            m_hidden.append(w);
    }
    for (const QPointer<QWidget>& w : std::as_const(m_hidden)) {
        if (w)
            w->hide();
    }
    showFullScreen();
    raise();
    activateWindow();
    showPage(0);
}

bool ClientModeDialog::isGivingBack() const
{
    return m_pages->currentWidget() == m_giveBackPage;
}

void ClientModeDialog::showPage(int index)
{
    const int questions = m_pages->count() - 1; // every page but the give-back step
    index = qBound(0, index, questions - 1);
    m_pages->setCurrentIndex(index);
    m_lastQuestionPage = index;
    m_nav->show();
    m_back->setEnabled(index > 0);
    m_next->setVisible(index < questions - 1);
    m_progress->setText(tr("%1 of %2").arg(index + 1).arg(questions));
    if (index > 0)
        saveDraftNow();
    QWidget* focus = index < m_rulers.size() ? static_cast<QWidget*>(m_rulers.at(index).buttons->focusButton())
                                             : static_cast<QWidget*>(m_listened->focusButton());
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

void ClientModeDialog::showGiveBack()
{
    saveDraftNow();
    m_giveBackMessage->clear();
    m_passphrase->setText(QString());
    m_pages->setCurrentWidget(m_giveBackPage);
    m_nav->hide();
    m_passphrase->setFocus(Qt::OtherFocusReason);
}

void ClientModeDialog::reject()
{
    if (!isGivingBack())
        showGiveBack();
}

void ClientModeDialog::updateAnswers(const RulerPage& p)
{
    const std::optional<int> v = p.buttons->value();
    // Asked once a number is chosen; nothing is lower than 0 or higher than 10, but an answer given stays.
    const bool why = v && (*v > kRulerLowest || !p.why->text().isEmpty());
    const bool help = v && (*v < kRulerHighest || !p.help->text().isEmpty());
    p.whyLabel->setVisible(why);
    p.why->setVisible(why);
    p.helpLabel->setVisible(help);
    p.help->setVisible(help);
}

void ClientModeDialog::saveRuler(const RulerPage& p)
{
    const std::optional<int> v = p.buttons->value();
    if (!v || !m_draft || !m_draft->isAttached())
        return;
    SessionContent content = m_draft->content();
    const auto it = std::find_if(content.goals.begin(), content.goals.end(),
                                 [&p](const SessionGoalEntry& e) { return e.goalId == p.goal; });
    if (it == content.goals.end())
        return;
    RulerScore score{*v, p.why->text(), p.help->text()};
    score.enteredByPerson = true;
    (*it).*member(p.ruler) = score;
    m_draft->edit(content); // saved within seconds, at the next page, and before a lock
}

void ClientModeDialog::saveRating()
{
    if (!m_draft || !m_workspace.isOpen())
        return;
    ClientRating rating;
    rating.listened = m_listened->value();
    rating.workedOnWhatMatters = m_workedOn->value();
    rating.moreAble = m_moreAble->value();
    const Status s = m_workspace.domain().sessionFeedback().saveClientRating(m_draft->sessionId(), rating);
    m_saveMessage->setText(s ? QString() : tr("Your answer was not saved. Please tell your counselor."));
    m_saveMessage->setVisible(!s);
}

void ClientModeDialog::saveDraftNow()
{
    if (!m_draft || !m_draft->isAttached())
        return;
    const Status s = m_draft->saveNow();
    m_saveMessage->setText(s ? QString() : tr("Your answers were not saved. Please tell your counselor."));
    m_saveMessage->setVisible(!s);
}

void ClientModeDialog::giveBack()
{
    if (m_busy || !m_workspace.isOpen())
        return;
    if (m_passphrase->text().isEmpty()) {
        m_passphrase->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_busy = true;
    m_giveBack->setEnabled(false);
    m_giveBackMessage->setText(tr("Checking…"));
    // Into locked memory at once; the field is emptied whatever the answer.
    auto secret = std::make_shared<SecureBytes>(SecureBytes::fromText(m_passphrase->text()));
    m_passphrase->setText(QString());
    Workspace* workspace = &m_workspace;
    // Key derivation takes about a second: off the window's thread. The vault waits to lock until it is done.
    runInBackground(
        this, [workspace, secret] { return workspace->vault().verifyPassphrase(*secret); },
        [this](Status s) {
            m_busy = false;
            m_giveBack->setEnabled(true);
            Q_EMIT busyEnded();
            if (s) {
                accept();
                return;
            }
            // The same plain words for every wrong try: no count, no hint.
            m_giveBackMessage->setText(s.code() == ErrorCode::WrongPassphrase ? tr("That is not the passphrase.")
                                                                              : errorText(s.error()));
            m_passphrase->setFocus(Qt::OtherFocusReason);
        });
}

void ClientModeDialog::lockNow()
{
    // Exactly what the lock key does, through the lock key's own path (LockShortcut, the application-wide
    // filter that locks from any window): this dialog knows nothing of what owns the vault.
    const QKeyCombination keys = LockShortcut::keys()[0];
    QKeyEvent press(QEvent::KeyPress, keys.key(), keys.keyboardModifiers());
    QCoreApplication::sendEvent(m_lock, &press);
}

void ClientModeDialog::restoreWindows()
{
    const QList<QPointer<QWidget>> hidden = std::exchange(m_hidden, {});
    for (const QPointer<QWidget>& w : hidden) {
        if (w)
            w->show();
    }
    if (m_returnTo && m_returnTo->isVisible()) {
        m_returnTo->raise();
        m_returnTo->activateWindow();
    }
}

void ClientModeDialog::done(int result)
{
    saveDraftNow();
    m_passphrase->setText(QString());
    // Shown again before this one closes, so the program never has no window (and never quits for it).
    restoreWindows();
    QDialog::done(result);
}

} // namespace continuum::ui
