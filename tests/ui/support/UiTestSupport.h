// SPDX-License-Identifier: GPL-3.0-or-later
// What every widget test needs: acting on a dialog (and failing, not hanging, when it does not come or does
// not go), finding a widget by object name, and a screenshot for review.
#pragma once

#include <QDialog>
#include <QList>
#include <QObject>
#include <QString>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

#include <chrono>
#include <functional>
#include <source_location>

namespace continuum::test {

/// How long withDialog() waits for its dialog to open, and then for it to close once act has run. Far
/// more than a dialog takes on a busy machine, far less than the CTest timeout.
inline constexpr std::chrono::milliseconds kDialogTimeout{15000};

/// Runs `open`, which shows the dialog named `objectName` (usually with exec(), returning once it is
/// closed), and runs `act` on the dialog once it is visible. Returns true when the dialog came, act passed
/// its checks and the dialog was closed by then. Otherwise it fails the current test, saying which of
/// these went wrong and where it was called, closes the dialog (or whatever modal dialog is in the way,
/// so that `open` returns) and returns false. In a test function, use WITH_DIALOG below.
[[nodiscard]] bool withDialog(const QString& objectName, const std::function<void()>& open,
                              const std::function<void(QDialog*)>& act,
                              std::chrono::milliseconds timeout = kDialogTimeout,
                              std::source_location where = std::source_location::current());

/// withDialog(objectName, open, act[, timeout]) in a test function: returns from it when the dialog did not
/// come, failed a check or did not close (the failure already says which).
#define WITH_DIALOG(...)                                                                                               \
    do {                                                                                                               \
        if (!::continuum::test::withDialog(__VA_ARGS__))                                                               \
            return;                                                                                                    \
    } while (false)

/// The descendant of `parent` of type T named `name`; null, with a warning naming what was looked for,
/// when there is none.
template<typename T>
T* child(const QObject* parent, const QString& name)
{
    T* found = parent ? parent->findChild<T*>(name) : nullptr;
    if (!found)
        qWarning("no %s named \"%s\" under %s", T::staticMetaObject.className(), qPrintable(name),
                 parent ? qPrintable(parent->objectName()) : "a null parent");
    return found;
}

template<typename T>
T* child(const QObject* parent, const char* name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

/// Runs `open`, which shows some modal window (of any kind, named or not) and returns once it closes; hands
/// that window to `visit` as soon as it is showing, then closes it (reject() for a dialog). False when no modal
/// window came within ten seconds. For tests that look at every window rather than act on one dialog.
bool visitAnyModal(const std::function<void()>& open, const std::function<void(QWidget*)>& visit);

/// The rows under the top-level section of `tree` whose title starts with `title` (Today's lists).
QList<QTreeWidgetItem*> rowsOf(const QTreeWidget* tree, const QString& title);

/// Saves a picture of `w` as <name>.png in $CONTINUUM_SCREENSHOT_DIR, when that is set.
void saveScreenshot(QWidget* w, const QString& name);

} // namespace continuum::test
