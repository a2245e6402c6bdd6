// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportCatalog.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace continuum {

namespace {

/// Larger than any sensible definition; a bigger file is refused rather than read whole.
constexpr qint64 kMaxDefinitionBytes = 1024 * 1024;

Result<ReportDefinition> readDefinition(const QString& path, const QString& origin)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, origin + QStringLiteral(": cannot be read (%1)").arg(file.errorString()));
    if (file.size() > kMaxDefinitionBytes)
        return makeError(ErrorCode::InvalidArgument,
                         origin + QStringLiteral(": larger than a report definition can be"));
    return ReportDefinition::parse(file.readAll(), origin);
}

QStringList definitionFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
}

} // namespace

QString ReportCatalog::builtInFolder()
{
    return QStringLiteral(":/reports");
}

QString ReportCatalog::defaultAgencyFolder()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return data.isEmpty() ? QString() : data + QStringLiteral("/reports");
}

Result<ReportCatalog> ReportCatalog::load(const QString& agencyFolder)
{
    ReportCatalog catalog;
    const QStringList builtIn = definitionFiles(builtInFolder());
    if (builtIn.isEmpty())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no built-in report definitions in %1").arg(builtInFolder()));
    for (const QString& name : builtIn) {
        auto def = readDefinition(builtInFolder() + QLatin1Char('/') + name, QStringLiteral("built-in ") + name);
        if (!def)
            return def.error();
        catalog.m_reports.append(std::move(def).value());
    }
    if (agencyFolder.isEmpty() || !QDir(agencyFolder).exists())
        return catalog;
    for (const QString& name : definitionFiles(agencyFolder)) {
        const QString path = QDir(agencyFolder).filePath(name);
        auto def = readDefinition(path, path);
        if (!def) {
            catalog.m_problems << def.error().detail;
            continue;
        }
        bool replaced = false;
        for (ReportDefinition& existing : catalog.m_reports) {
            if (existing.id == def->id) {
                existing = def.value();
                replaced = true;
                break;
            }
        }
        if (!replaced)
            catalog.m_reports.append(std::move(def).value());
    }
    return catalog;
}

std::optional<ReportDefinition> ReportCatalog::find(const QString& id) const
{
    for (const ReportDefinition& def : m_reports) {
        if (def.id == id)
            return def;
    }
    return std::nullopt;
}

} // namespace continuum
