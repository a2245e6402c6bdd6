// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Result.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace continuum::ui {

/// Asks why something is marked entered in error, and does it: `apply` is given the reason and says whether
/// it was done; a refusal is shown and the dialog stays, with what was typed.
class ReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& explanation, std::function<Status(const QString&)> apply,
                 QWidget* parent = nullptr);

    void accept() override;

private:
    std::function<Status(const QString&)> m_apply;
    QLineEdit* m_reason;
    QLabel* m_message;
};

} // namespace continuum::ui
