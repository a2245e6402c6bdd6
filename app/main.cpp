// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppController.h"
#include "cli/VaultCli.h"
#include "common/Appearance.h"
#include "common/PaintProbe.h"
#include "common/Translations.h"
#include "common/WheelGuard.h"
#include "security/ProcessHardening.h"
#include "security/WipeOnFree.h"
#include "storage/Database.h"
#include "util/AppIdentity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>

#include <cstring>

int main(int argc, char* argv[])
{
    // Before anything is decrypted: a crash must never write records or keys to a core file.
    (void)continuum::disableCoreDumps();
#ifdef CONTINUUM_HAS_WIPE_ON_FREE
    // Every block this process frees is zeroed by the wiping free(): SQLite's decrypted pages as much as
    // Qt's strings. SQLCipher's own memory security does the same for SQLite alone at 1.6-11 times the
    // cost of a warm read (it mlocks and munlocks every allocation: tests/bench/README.md), so it stays
    // off where the wiping free is in place, and on wherever it is not.
    if (continuum::wipeOnFreeActive())
        continuum::Database::setMemorySecurity(false);
#endif

    if (argc > 1 && std::strcmp(argv[1], "vault") == 0) {
        QCoreApplication app(argc, argv);
        continuum::setApplicationIdentity();
        continuum::ui::installTranslations(app);
        return continuum::runVaultCliOnTerminal(app.arguments().mid(2));
    }

    QApplication app(argc, argv);
    continuum::ui::WheelGuard::install(&app);
    continuum::setApplicationIdentity();
    continuum::carryOverUnnamedSettings();
    QApplication::setApplicationDisplayName(QStringLiteral("Continuum"));
    continuum::ui::installTranslations(app);
    continuum::ui::applyAppearance(app, continuum::ui::loadAppearance());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Offline records for harm-reduction counselors.\n\nFor IT staff and scripts: continuum vault --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption vaultOpt(QStringLiteral("vault"), QApplication::translate("main", "Vault folder to open."),
                                      QStringLiteral("DIR"));
    parser.addOption(vaultOpt);
    const QCommandLineOption demoOpt(
        QStringLiteral("demo"), QApplication::translate("main", "Open a throwaway vault with a fictional caseload."));
    parser.addOption(demoOpt);
    parser.process(app);

    QString dir = parser.value(vaultOpt);
    if (dir.isEmpty())
        dir = continuum::defaultVaultFolder();

    continuum::ui::AppController::Options options;
    options.vaultDir = QDir::cleanPath(QDir(dir).absolutePath());
    options.demo = parser.isSet(demoOpt);
    continuum::ui::PaintProbe::installFromEnvironment(); // the start-up benchmark only
    continuum::ui::AppController controller(options);
    controller.start();
    return app.exec();
}
