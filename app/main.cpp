// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"
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
#include <QTextStream>

#include <cstring>

namespace {

/// Continuum's catalogues: installed, in <prefix>/share/continuum/translations, found from the executable
/// (so any prefix works); in the build tree, where that folder does not exist, the copies built into the
/// program.
QString translationsDirectory()
{
    const QDir installed(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                         QStringLiteral(CONTINUUM_TRANSLATIONS_RELATIVE_DIR));
    if (!installed.entryList({QStringLiteral("continuum_*.qm")}, QDir::Files).isEmpty())
        return installed.absolutePath();
    return QString::fromLatin1(continuum::ui::kTranslationsDir);
}

/// The window's command line. Made after the translations are installed, so --help speaks the person's language.
// Qt 6.4's own Spanish catalogue lacks the help option's two lines and the file chooser's type column (it has
// them only under an older context); listed here, they are extracted into Continuum's catalogues, which are
// asked before Qt's (ui/common/Translations.cpp).
[[maybe_unused]] const char* const kQtHelpTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
};
[[maybe_unused]] const struct {
    const char* source;
    const char* comment;
} kQtFileTypeTexts[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
};

struct CommandLine {
    QCommandLineParser parser;
    QCommandLineOption version{QStringList{QStringLiteral("v"), QStringLiteral("version")},
                               QCoreApplication::translate("main", "Show the versions of Continuum, SQLCipher and Qt, "
                                                                   "and the license.")};
    QCommandLineOption vault{QStringLiteral("vault"), QCoreApplication::translate("main", "Vault folder to open."),
                             QStringLiteral("DIR")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            QCoreApplication::translate("main", "Open a throwaway vault with a fictional caseload.")};

    CommandLine()
    {
        parser.setApplicationDescription(QCoreApplication::translate(
            "main",
            "Offline records for harm-reduction counselors.\n\nFor IT staff and scripts: continuum vault --help"));
        parser.addHelpOption();
        parser.addOption(version);
        parser.addOption(vault);
        parser.addOption(demo);
    }
};

int printVersion()
{
    QTextStream(stdout) << continuum::ui::AboutDialog::versionText(continuum::ui::AboutDialog::Facts::current());
    return 0;
}

/// True for `continuum --version` and `continuum --help`, which are answered without a window: they work
/// over ssh, in scripts and where no display exists.
bool answersWithoutWindow(int argc, char* argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    CommandLine commandLine;
    return commandLine.parser.parse(args) &&
           (commandLine.parser.isSet(commandLine.version) || commandLine.parser.isSet(QStringLiteral("help")));
}

} // namespace

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
        continuum::ui::installTranslations(app, translationsDirectory());
        return continuum::runVaultCliOnTerminal(app.arguments().mid(2));
    }
    if (answersWithoutWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        continuum::setApplicationIdentity();
        continuum::ui::installTranslations(app, translationsDirectory());
        CommandLine commandLine;
        commandLine.parser.process(app); // --help prints and exits here
        return printVersion();
    }

    QApplication app(argc, argv);
    continuum::ui::WheelGuard::install(&app);
    continuum::setApplicationIdentity();
    continuum::carryOverUnnamedSettings();
    QApplication::setApplicationDisplayName(QStringLiteral("Continuum"));
    // Desktops match the window to its desktop entry and icon by this name (resources/packaging/).
    QApplication::setDesktopFileName(QStringLiteral(CONTINUUM_APP_ID));
    continuum::ui::installTranslations(app, translationsDirectory());
    continuum::ui::applyAppearance(app, continuum::ui::loadAppearance());

    CommandLine commandLine;
    commandLine.parser.process(app);
    // Reached when Qt's own options came first (-platform …), which only QApplication understands.
    if (commandLine.parser.isSet(commandLine.version))
        return printVersion();

    QString dir = commandLine.parser.value(commandLine.vault);
    if (dir.isEmpty())
        dir = continuum::defaultVaultFolder();

    continuum::ui::AppController::Options options;
    options.vaultDir = QDir::cleanPath(QDir(dir).absolutePath());
    options.demo = commandLine.parser.isSet(commandLine.demo);
    continuum::ui::PaintProbe::installFromEnvironment(); // the start-up benchmark only
    continuum::ui::AppController controller(options);
    controller.start();
    return app.exec();
}
