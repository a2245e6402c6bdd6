// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

namespace continuum::ui {

/// Asks before archiving a person, with an optional short reason that the audit log keeps.
class ArchiveClientDialog final : public QDialog
{
    Q_OBJECT

public:
    ArchiveClientDialog(const QString& chosenName, QWidget* parent = nullptr);

    /// The reason typed, trimmed; empty when none was given.
    QString reason() const;

private:
    QLineEdit* m_reason;
};

} // namespace continuum::ui
