// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/ReportDefinition.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace continuum {

/// The reports a program offers: the definitions built into it (resources/reports/*.json, compiled in as the Qt
/// resource ":/reports"), and an agency's own from a folder beside them, which add reports or replace a built-in
/// one with the same id. An agency file that cannot be read is left out and named in problems(); the built-in
/// ones always load.
class ReportCatalog final
{
public:
    /// Where the built-in definitions live (a Qt resource folder).
    static QString builtInFolder();
    /// The agency's folder: "reports" in the program's data folder (QStandardPaths::AppDataLocation), e.g.
    /// ~/.local/share/Continuum/reports on Linux.
    static QString defaultAgencyFolder();

    /// The built-in definitions and then those of agencyFolder (none if empty or missing). An error only if a
    /// built-in definition is broken, which is a defect of the build.
    static Result<ReportCatalog> load(const QString& agencyFolder = {});

    /// In order: built-in ones first (as replaced), then the agency's by file name.
    const QList<ReportDefinition>& reports() const { return m_reports; }
    std::optional<ReportDefinition> find(const QString& id) const;
    /// One line per agency file left out: the error detail, which names the file.
    const QStringList& problems() const { return m_problems; }

private:
    QList<ReportDefinition> m_reports;
    QStringList m_problems;
};

} // namespace continuum
