// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/TimeText.h"

#include <QDateTime>
#include <QRegularExpression>

namespace continuum::ui {

QString timeFormatWithoutSeconds()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    // Seconds with the separator before them, and a zone ("t") should a locale put one in its short format.
    static const QRegularExpression seconds(QStringLiteral("[:.]?s+|\\s*t+"));
    format.remove(seconds);
    return format.trimmed();
}

QString timeText(const QTime& time)
{
    return QLocale().toString(time, timeFormatWithoutSeconds());
}

QString dateTimeText(const QDateTime& at, QLocale::FormatType dateFormat)
{
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), dateFormat) + QLatin1Char(' ') + timeText(local.time());
}

} // namespace continuum::ui
