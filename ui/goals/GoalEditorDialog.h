// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/GoalService.h"
#include "util/Validation.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QWidget;

namespace continuum::ui {

/// A negotiated goal, the client's own words first. New goals and revisions alike: a revision asks what
/// changed and whether the client agreed, and is kept beside every earlier one.
class GoalEditorDialog final : public QDialog
{
    Q_OBJECT

public:
    /// goal.id == 0 creates a goal for clientId.
    GoalEditorDialog(GoalService* service, ClientId clientId, const Goal& goal, std::optional<SessionId> session,
                     QWidget* parent = nullptr);

    GoalId savedId() const { return m_savedId; }
    GoalFields fields() const;

    void accept() override;
    /// Esc, Cancel and the window's close button: with something typed or changed, asks before discarding.
    void reject() override;
    /// True when anything differs from what the dialog opened with.
    bool hasChanges() const;

private:
    void updateState();
    void showError(Field field, const QString& message);

    GoalService* m_service;
    ClientId m_client;
    Goal m_goal;
    std::optional<SessionId> m_session;
    GoalId m_savedId;
    QPlainTextEdit* m_words;
    QPlainTextEdit* m_why;
    QComboBox* m_area;
    QWidget* m_positionBox;
    QButtonGroup* m_position;
    QPlainTextEdit* m_steps;
    QPlainTextEdit* m_whoCanHelp;
    QPlainTextEdit* m_ifHard;
    QPlainTextEdit* m_framing;
    QComboBox* m_status;
    QLineEdit* m_statusReason;
    QLineEdit* m_revisionReason = nullptr;
    QLabel* m_revisionReasonLabel = nullptr;
    QWidget* m_agreementBox = nullptr;
    QButtonGroup* m_agreement = nullptr;
    QLabel* m_message;
    GoalFields m_opened;
};

} // namespace continuum::ui
