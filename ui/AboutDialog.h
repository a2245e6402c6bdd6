// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/BuildInfo.h"

#include <QDialog>

class QLabel;

namespace continuum::ui {

/// Help > About Continuum: the version, the SQLCipher and Qt versions this copy runs with, and the license.
/// The same facts, as lines of plain text, are what `continuum --version` prints (versionText).
class AboutDialog final : public QDialog
{
    Q_OBJECT

public:
    /// What the dialog shows; tests pass their own (a library that is not SQLCipher, say).
    struct Facts {
        BuildInfo build;
        QString qtVersion; ///< the Qt library in use, qVersion(): "6.4.2"

        /// The program's own facts, read now.
        static Facts current();
    };

    explicit AboutDialog(const Facts& facts, QWidget* parent = nullptr);

    /// The lines `continuum --version` prints: "continuum 0.1.0", SQLCipher (with its SQLite), Qt, license.
    static QString versionText(const Facts& facts);

private:
    static QString sqlcipherText(const BuildInfo& build);
    /// The license's name in words, for an SPDX identifier Continuum is published under; empty for another.
    static QString licenseName(const QString& spdx);
    QLabel* valueLabel(const QString& text, const QString& objectName, const QString& accessibleName);
};

} // namespace continuum::ui
