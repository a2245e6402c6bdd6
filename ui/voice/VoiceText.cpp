// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice/VoiceText.h"

#include <QCoreApplication>
#include <QLocale>

namespace continuum::ui {

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(VoiceText)
};
} // namespace

QString dayText(const QDate& day)
{
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString addedInText(const AddedIn& a)
{
    if (a.session)
        return a.on ? Words::tr("Session, %1").arg(dayText(*a.on)) : Words::tr("Session");
    if (a.contact)
        return a.on ? Words::tr("Contact, %1").arg(dayText(*a.on)) : Words::tr("Contact");
    return Words::tr("Their page");
}

QString stepPlaceText(int step, int count)
{
    return Words::tr("step %1 of %2").arg(step + 1).arg(count);
}

} // namespace continuum::ui
