// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/SecureBytes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace continuum::ui {

/// A new passphrase typed twice, with a strength hint and the minimum length. Used by first run,
/// change passphrase and the new passphrase after a recovery-key unlock.
class PassphraseFields final : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseFields(QWidget* parent = nullptr);

    /// Long enough and both entries equal.
    bool isAcceptable() const;
    SecureBytes passphrase() const;
    void clear();
    QLineEdit* firstField() const { return m_first; }

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit* m_first = nullptr;
    QLineEdit* m_repeat = nullptr;
    QProgressBar* m_meter = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_match = nullptr;
    QCheckBox* m_show = nullptr;
};

} // namespace continuum::ui
