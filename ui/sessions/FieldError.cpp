// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessions/FieldError.h"

#include <QLabel>
#include <QWidget>

namespace continuum::ui {

void showFieldError(QWidget* field, QLabel* message, const QString& text)
{
    const bool error = !text.isEmpty();
    if (field->property("fieldError").toString() == text)
        return;
    field->setProperty("fieldError", text);
    // Selected by name, so the outline is the field's own and not that of the parts inside it.
    field->setStyleSheet(
        error ? QStringLiteral("#%1 { border: 2px solid #b3261e; border-radius: 3px; }").arg(field->objectName())
              : QString());
    field->setAccessibleDescription(text);
    message->setText(text);
    message->setVisible(error);
}

} // namespace continuum::ui
