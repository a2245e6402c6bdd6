// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"
#include "sessions/SessionForm.h"

#include <QList>
#include <QMap>
#include <QString>

namespace continuum::ui {

/// Something a supervisor would look for that the record does not have, and where in the form it goes.
struct MissingItem {
    SessionForm::Section section;
    QString text; ///< in plain words, e.g. "No setting"

    friend bool operator==(const MissingItem&, const MissingItem&) = default;
};

/// What is missing from `content` before signing, in the order of the form. Nothing here is required (a
/// short record may be signed): it is shown so that signing one is a choice, not a surprise. goalWords
/// names the goals discussed.
QList<MissingItem> missingBeforeSigning(const SessionContent& content, const QMap<GoalId, QString>& goalWords);

} // namespace continuum::ui
