// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace continuum::ui {

/// Asks for the text of a signed addendum: an ordinary one, or the reason a session was entered in error.
/// The text is required: an empty one is marked at the field and the dialog stays open.
class AddendumDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Addendum, EnteredInError };

    explicit AddendumDialog(Kind kind, QWidget* parent = nullptr);

    QString text() const;
    /// The message at the field (empty when there is none), for tests and screen readers.
    QString fieldError() const;

    void accept() override;

private:
    Kind m_kind;
    QPlainTextEdit* m_text;
    QLabel* m_error;
};

} // namespace continuum::ui
