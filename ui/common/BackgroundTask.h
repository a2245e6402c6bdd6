// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <memory>
#include <utility>

namespace continuum::ui {

/// Runs work() on a short-lived thread (key derivation takes about a second) and hands its result to
/// done() on the GUI thread, unless context has been destroyed meanwhile.
template<typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    QThread* thread = QThread::create([guard, work = std::move(work), done = std::move(done)]() mutable {
        using R = decltype(work());
        auto result = std::make_shared<R>(work());
        QMetaObject::invokeMethod(
            qApp,
            [guard, done, result]() mutable {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace continuum::ui
