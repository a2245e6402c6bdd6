// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace continuum {

/// A data-quality finding for the preview: how many records lack something a report counts. For the counselor
/// only; never exported (its counts are not suppressed).
struct ReportWarning {
    QString key;  ///< stable: "contacts_without_setting", "referrals_without_outcome", …
    QString text; ///< plain English: "Contacts with no place recorded"
    qint64 count = 0;

    friend bool operator==(const ReportWarning&, const ReportWarning&) = default;
};

} // namespace continuum
