// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <ctime>

namespace continuum::ui {

PaintProbe::PaintProbe(const QString& objectName, Reached reached, QObject* parent)
    : QObject(parent)
    , m_objectName(objectName)
    , m_reached(std::move(reached))
{
    QCoreApplication::instance()->installEventFilter(this);
}

PaintProbe::~PaintProbe()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

qint64 PaintProbe::monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

bool PaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType() && watched->objectName() == m_objectName) {
        m_done = true;
        // The paint event is delivered after this filter returns: the time is taken on the next turn of
        // the event loop, once the widget has painted and its window has been flushed.
        QTimer::singleShot(0, this, [this] { m_reached(monotonicNs()); });
    }
    return false;
}

void PaintProbe::installFromEnvironment()
{
    const QString name = qEnvironmentVariable(kEnvironmentVariable);
    if (name.isEmpty())
        return;
    new PaintProbe(
        name,
        [name](qint64 ns) {
            std::printf("painted %s %lld\n", qPrintable(name), static_cast<long long>(ns));
            std::fflush(stdout);
            QCoreApplication::quit();
        },
        QCoreApplication::instance());
}

} // namespace continuum::ui
