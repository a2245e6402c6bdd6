// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "common/ErrorText.h"
#include "common/ScreenFit.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace continuum::ui {

AboutDialog::Facts AboutDialog::Facts::current()
{
    return {BuildInfo::current(), QString::fromLatin1(qVersion())};
}

QString AboutDialog::sqlcipherText(const BuildInfo& build)
{
    if (!build.sqlcipherVersion)
        return errorText(build.sqlcipherVersion.error());
    if (!build.sqliteVersion)
        return build.sqlcipherVersion.value();
    return tr("%1 (SQLite %2)").arg(build.sqlcipherVersion.value(), build.sqliteVersion.value());
}

QString AboutDialog::licenseName(const QString& spdx)
{
    if (spdx == QStringLiteral("GPL-3.0-or-later"))
        return tr("GNU General Public License, version 3 or later");
    return {};
}

QString AboutDialog::versionText(const Facts& facts)
{
    const QString name = licenseName(facts.build.license);
    // The first line is what scripts read: the program's name as typed, then its version.
    return QStringLiteral("continuum ") + facts.build.version + QLatin1Char('\n') +
           (facts.build.sqlcipherVersion ? tr("SQLCipher %1") : tr("SQLCipher: %1")).arg(sqlcipherText(facts.build)) +
           QLatin1Char('\n') + tr("Qt %1").arg(facts.qtVersion) + QLatin1Char('\n') +
           (name.isEmpty() ? tr("License: %1").arg(facts.build.license)
                           : tr("License: %1 (%2)").arg(facts.build.license, name)) +
           QLatin1Char('\n');
}

QLabel* AboutDialog::valueLabel(const QString& text, const QString& objectName, const QString& accessibleName)
{
    auto* label = new QLabel(text, this);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    // Selectable, so a counselor can read the versions out or paste them into a message to IT staff.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAccessibleName(accessibleName);
    return label;
}

AboutDialog::AboutDialog(const Facts& facts, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Continuum"));

    auto* heading = new QLabel(tr("Continuum %1").arg(facts.build.version), this);
    heading->setObjectName(QStringLiteral("aboutHeading"));
    heading->setTextFormat(Qt::PlainText);
    QFont big = heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    heading->setFont(big);

    auto* purpose = new QLabel(tr("Offline records for harm-reduction counselors. Everything stays encrypted on "
                                  "this computer; Continuum never connects to a network."),
                               this);
    purpose->setObjectName(QStringLiteral("aboutPurpose"));
    purpose->setWordWrap(true);

    const QString sqlcipher = sqlcipherText(facts.build);
    const QString name = licenseName(facts.build.license);
    const QString license = name.isEmpty() ? facts.build.license : tr("%1 (%2)").arg(name, facts.build.license);
    auto* form = new QFormLayout;
    form->addRow(tr("Version:"), valueLabel(facts.build.version, QStringLiteral("aboutVersionValue"),
                                            tr("Continuum version: %1").arg(facts.build.version)));
    form->addRow(tr("SQLCipher:"), valueLabel(sqlcipher, QStringLiteral("aboutSqlcipherValue"),
                                              tr("SQLCipher version: %1").arg(sqlcipher)));
    form->addRow(tr("Qt:"), valueLabel(facts.qtVersion, QStringLiteral("aboutQtValue"),
                                       tr("Qt version: %1").arg(facts.qtVersion)));
    form->addRow(tr("License:"),
                 valueLabel(license, QStringLiteral("aboutLicenseValue"), tr("License: %1").arg(license)));

    auto* freedom = new QLabel(tr("Continuum is free software: you may share it and change it under the terms of "
                                  "that license. It comes with no warranty."),
                               this);
    freedom->setObjectName(QStringLiteral("aboutFreedom"));
    freedom->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("aboutCloseButton"));
    auto* copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("aboutCopyButton"));
    copy->setAutoDefault(false);
    copy->setToolTip(tr("Copies the versions and the license, to paste into a message to IT staff"));
    const QString details = versionText(facts);
    connect(copy, &QPushButton::clicked, this, [details] { QGuiApplication::clipboard()->setText(details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(purpose);
    layout->addLayout(form);
    layout->addWidget(freedom);
    layout->addStretch();
    layout->addWidget(buttons);
    fitToScreen(this, QSize(480, 300));
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

} // namespace continuum::ui
