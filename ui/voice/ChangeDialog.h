// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Voice.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace continuum {
class PositiveChangeService;
}

namespace continuum::ui {

/// Corrects a change a person counts: their words, the day, whether it goes on their plan. New words or a
/// new day need a reason, kept beside the earlier wording (a new revision; nothing is overwritten).
class ChangeDialog final : public QDialog
{
    Q_OBJECT

public:
    ChangeDialog(PositiveChangeService& service, const PositiveChange& change, QWidget* parent = nullptr);

    void accept() override;

private:
    void updateReason();

    PositiveChangeService& m_service;
    PositiveChange m_change;
    QPlainTextEdit* m_words;
    QDateEdit* m_day;
    QCheckBox* m_onPlan;
    QLabel* m_reasonLabel;
    QLineEdit* m_reason;
    QLabel* m_message;
};

} // namespace continuum::ui
