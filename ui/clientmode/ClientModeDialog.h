// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QDialog>
#include <QList>
#include <QPointer>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace continuum {
class SessionDraftController;
class Workspace;
} // namespace continuum

namespace continuum::ui {

class ChoiceButtons;
class PasteGuard;

/// Client mode: the counselor hands the laptop over to one person, whose session draft this is. The whole
/// screen shows only that person's goals (in their own words, read-only) and a few large, plain questions, one
/// at a time: each readiness ruler as eleven buttons 0–10 with the person's own answers to "why this number and
/// not a lower one?" and "what would it take to move higher?", then, if they like, three questions about how the
/// session felt to them. Each answer goes straight into the draft (rulers marked as entered by the person) or
/// the session's client rating.
///
/// Nothing else is reachable: every other window of the program is hidden while it is open and shown again
/// after, it is application modal, its fields take no paste, drop or context menu, and it has no menu. Leaving
/// (Escape, the window's close, "Done") goes to a last step that asks for the counselor's passphrase or locks
/// Continuum; the lock key and the idle lock keep working (a lock closes this dialog first).
class ClientModeDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `draft` is the session window's saved draft; `personName` the person's chosen name; `returnTo` the
    /// window to bring forward afterwards (the session window).
    ClientModeDialog(Workspace& workspace, SessionDraftController& draft, const QString& personName,
                     QWidget* returnTo = nullptr);
    ~ClientModeDialog() override;

    /// Gives up the clipboard this program owns, hides every other window and shows this one full screen.
    void start();
    /// True while the passphrase is being checked on another thread: the vault must not lock meanwhile.
    bool isBusy() const { return m_busy; }
    /// True on the step that asks for the counselor's passphrase.
    bool isGivingBack() const;

    /// Ends client mode now (accepted after the passphrase; rejected by a lock): the hidden windows show again.
    void done(int result) override;
    /// Escape and the window's close button: never out, only on to the give-back step.
    void reject() override;

Q_SIGNALS:
    void busyEnded();

private:
    enum class Ruler { Importance, Confidence, Readiness };
    struct RulerPage {
        GoalId goal;
        Ruler ruler = Ruler::Importance;
        QWidget* page = nullptr;
        ChoiceButtons* buttons = nullptr;
        QLabel* whyLabel = nullptr;
        QLineEdit* why = nullptr;
        QLabel* helpLabel = nullptr;
        QLineEdit* help = nullptr;
    };

    static std::optional<RulerScore> SessionGoalEntry::*member(Ruler ruler);
    QWidget* buildRulerPage(RulerPage& p, const QString& goalWords, int goalNumber, int goals);
    QWidget* buildSessionPage();
    QWidget* buildGiveBackPage();
    QLineEdit* answerField(const QString& objectName, const QString& accessibleName);
    void showPage(int index);
    void showGiveBack();
    void updateAnswers(const RulerPage& p);
    void saveRuler(const RulerPage& p);
    void saveRating();
    /// Saves what the draft holds now; says so on screen, plainly, if it could not.
    void saveDraftNow();
    void giveBack();
    void lockNow();
    void restoreWindows();

    Workspace& m_workspace;
    QPointer<SessionDraftController> m_draft;
    QString m_name;
    QPointer<QWidget> m_returnTo;
    PasteGuard* m_guard;
    QStackedWidget* m_pages;
    QList<RulerPage> m_rulers;
    QWidget* m_sessionPage = nullptr;
    ChoiceButtons* m_listened = nullptr;
    ChoiceButtons* m_workedOn = nullptr;
    ChoiceButtons* m_moreAble = nullptr;
    QWidget* m_giveBackPage = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_giveBack = nullptr;
    QPushButton* m_lock = nullptr;
    QLabel* m_giveBackMessage = nullptr;
    QWidget* m_nav = nullptr;
    QLabel* m_progress = nullptr;
    QLabel* m_saveMessage = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_done = nullptr;
    int m_lastQuestionPage = 0;
    bool m_busy = false;
    QList<QPointer<QWidget>> m_hidden; ///< the windows hidden while the person has the keyboard
};

} // namespace continuum::ui
