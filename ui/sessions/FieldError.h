// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace continuum::ui {

/// Marks `field` as in error where the eye is: a red outline on the field, `text` in `message` beside it
/// (shown only while there is one), and the same words as the field's accessible description. An empty
/// text clears the mark. The field's property "fieldError" holds the text, for tests.
void showFieldError(QWidget* field, QLabel* message, const QString& text);

} // namespace continuum::ui
