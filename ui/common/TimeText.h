// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

class QDateTime;
class QTime;

namespace continuum::ui {

/// Times as a counselor reads them, on screen and on paper: hours and minutes, never seconds (some locales'
/// short format has them, "C" among them: "14:15:00") and never a time zone name.

/// The locale's short time format without seconds.
QString timeFormatWithoutSeconds();
/// A time of day: "14:15", "2:15 PM".
QString timeText(const QTime& time);
/// A date and time in the counselor's local time: the date in dateFormat, then hours and minutes.
QString dateTimeText(const QDateTime& at, QLocale::FormatType dateFormat = QLocale::ShortFormat);

} // namespace continuum::ui
