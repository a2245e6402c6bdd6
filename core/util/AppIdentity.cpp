// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace continuum {

namespace {
const QString kName = QStringLiteral("Continuum");
} // namespace

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(kName);
    QCoreApplication::setApplicationName(kName);
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTINUUM_VERSION));
}

bool carryOverUnnamedSettings()
{
    QSettings current;
    const QString currentFile = current.fileName();
    if (QFileInfo::exists(currentFile))
        return false;
    // What QSettings used while no organization was set.
    const QString oldFile = QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
                                .filePath(QStringLiteral("Unknown Organization/") + kName + QStringLiteral(".conf"));
    if (!QFileInfo::exists(oldFile))
        return false;
    QSettings old(oldFile, QSettings::IniFormat);
    const QStringList keys = old.allKeys();
    for (const QString& key : keys)
        current.setValue(key, old.value(key));
    current.sync();
    return current.status() == QSettings::NoError && !keys.isEmpty();
}

QString defaultVaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(kName + QStringLiteral("/vault"));
}

} // namespace continuum
