// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QDialog>

namespace continuum::ui {

/// Every revision of a goal, first to latest: when, by whom, why, whether the client agreed, and what
/// changed from what to what. Read-only: history is never rewritten.
class GoalHistoryDialog final : public QDialog
{
    Q_OBJECT

public:
    GoalHistoryDialog(const QList<GoalRevision>& revisions, QWidget* parent = nullptr);
};

} // namespace continuum::ui
