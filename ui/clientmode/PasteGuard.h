// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace continuum::ui {

/// Keeps a text field to what is typed into it there: no paste (Ctrl+V, Shift+Insert, whatever the platform
/// calls Paste, or the middle mouse button's selection paste), no text dropped on it, no context menu (whose
/// Paste would do the same). In client mode the clipboard could hold another person's words copied earlier; they
/// must not come up in front of this person. One guard can watch any number of fields.
class PasteGuard final : public QObject
{
    Q_OBJECT

public:
    explicit PasteGuard(QObject* parent = nullptr);

    /// Watches `field` (a QLineEdit, QTextEdit or QPlainTextEdit, or any widget) and refuses drops on it.
    void guard(QWidget* field);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace continuum::ui
