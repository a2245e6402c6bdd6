// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/UiTestSupport.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

namespace continuum::test {

namespace {

/// The visible dialog named objectName: the active modal one, or any top-level one.
QDialog* visibleDialog(const QString& objectName)
{
    if (auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        modal && modal->objectName() == objectName && modal->isVisible())
        return modal;
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (auto* d = qobject_cast<QDialog*>(w); d && d->objectName() == objectName && d->isVisible())
            return d;
    }
    return nullptr;
}

/// Closes the modal window that holds an event loop, so that whoever opened it gets control back.
void closeModal(QWidget* w)
{
    if (auto* d = qobject_cast<QDialog*>(w))
        d->reject();
    else if (w)
        w->close();
}

} // namespace

bool withDialog(const QString& objectName, const std::function<void()>& open, const std::function<void(QDialog*)>& act,
                std::chrono::milliseconds timeout, std::source_location where)
{
    const auto fail = [&where](const QString& why) {
        QTest::qFail(qPrintable(why), where.file_name(), static_cast<int>(where.line()));
    };
    const QDeadlineTimer appearBy(timeout);
    QDeadlineTimer closeBy(QDeadlineTimer::Forever);
    QPointer<QDialog> dialog;
    bool acting = false;
    bool acted = false;
    bool failed = false;

    // Polled from whatever event loop is running: the dialog's own exec() while open() waits on it, or the
    // loop below when open() has returned first.
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (acting)
            return; // act is running a loop of its own
        if (!acted) {
            if (QDialog* d = visibleDialog(objectName)) {
                dialog = d;
                acting = true;
                const bool failedBefore = QTest::currentTestFailed();
                act(d);
                acting = false;
                acted = true;
                closeBy = QDeadlineTimer(timeout);
                if (!failedBefore && QTest::currentTestFailed()) {
                    failed = true; // act said why; close the dialog so the test goes on to report it
                    if (dialog && dialog->isVisible())
                        dialog->reject();
                }
                return;
            }
            if (appearBy.hasExpired()) {
                if (!failed)
                    fail(QStringLiteral("no dialog named \"%1\" opened within %2 ms")
                             .arg(objectName)
                             .arg(timeout.count()));
                failed = true;
                closeModal(QApplication::activeModalWidget()); // whatever is in the way instead
            }
            return;
        }
        if (dialog && dialog->isVisible() && closeBy.hasExpired()) {
            if (!failed)
                fail(QStringLiteral("the dialog \"%1\" was still open %2 ms after the actions on it")
                         .arg(objectName)
                         .arg(timeout.count()));
            failed = true;
            dialog->reject();
        }
    });
    poll.start();
    open();

    // open() returned: the dialog may not have come yet (shown later, or without exec()), or be open still.
    const auto pending = [&] {
        if (failed)
            return false;
        if (!acted)
            return !appearBy.hasExpired() || acting;
        return dialog && dialog->isVisible() && !closeBy.hasExpired();
    };
    while (pending())
        QTest::qWait(20);
    poll.stop();
    if (failed)
        return false;
    if (!acted) {
        fail(QStringLiteral("no dialog named \"%1\" opened within %2 ms").arg(objectName).arg(timeout.count()));
        return false;
    }
    if (dialog && dialog->isVisible()) {
        fail(QStringLiteral("the dialog \"%1\" was still open %2 ms after the actions on it")
                 .arg(objectName)
                 .arg(timeout.count()));
        dialog->reject();
        return false;
    }
    return true;
}

void saveScreenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CONTINUUM_SCREENSHOT_DIR");
    if (dir.isEmpty() || !w)
        return;
    QDir().mkpath(dir);
    w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QList<QTreeWidgetItem*> rowsOf(const QTreeWidget* tree, const QString& title)
{
    QList<QTreeWidgetItem*> out;
    for (int i = 0; tree && i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* section = tree->topLevelItem(i);
        if (!section->text(0).startsWith(title))
            continue;
        for (int k = 0; k < section->childCount(); ++k)
            out.append(section->child(k));
    }
    return out;
}

bool visitAnyModal(const std::function<void()>& open, const std::function<void(QWidget*)>& visit)
{
    bool came = false;
    QTimer poll;
    poll.setInterval(20);
    int ticks = 0;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible()) {
            if (++ticks > 500) // 10 s: give up rather than hang
                poll.stop();
            return;
        }
        poll.stop();
        came = true;
        QApplication::processEvents();
        visit(modal);
        if (auto* d = qobject_cast<QDialog*>(modal))
            d->reject();
        else
            modal->close();
    });
    poll.start();
    open();
    return came;
}

} // namespace continuum::test
