// SPDX-License-Identifier: GPL-3.0-or-later
// jamfor-cli: everything that needs no eyes. Same core functions as the GUI.
#include "clicommands.h"
#include "clioutput.h"
#include "util/translations.h"

#include <QCoreApplication>
#include <functional>
#include <map>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jamfor-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Jamfor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JAMFOR_VERSION));
    // Messages follow the system locale (Swedish for sv_SE); figures on stdout never do.
    jamfor::installTranslations(jamfor::resolveLanguage(QString()));

    using Command = std::function<int(const QStringList&)>;
    const std::map<QString, Command> commands{
        {QStringLiteral("compare"), jamfor::cli::runCompare},
        {QStringLiteral("costquality"), jamfor::cli::runCostQuality},
        {QStringLiteral("demo"), jamfor::cli::runDemo},
        {QStringLiteral("export"), jamfor::cli::runExport},
        {QStringLiteral("import"), jamfor::cli::runImport},
        {QStringLiteral("info"), jamfor::cli::runInfo},
    };

    const QStringList arguments = QCoreApplication::arguments();
    const QString usage = QCoreApplication::translate(
        "cli", "Usage: jamfor-cli COMMAND [OPTIONS]\n"
               "Commands:\n"
               "  demo OUT.jamfor                      write the example network\n"
               "  import --db FILE INPUT...             import CSV files\n"
               "  export --db FILE [-o OUT.csv]         write every observation as CSV\n"
               "  info --db FILE                        show what a file holds\n"
               "  compare --db FILE --indicator ID --year YEAR [--gender T|K|M]\n"
               "          [--population SPEC] [--area AREA] [--json]\n"
               "                                        rank, colour and change of one indicator\n"
               "  costquality --db FILE --cost ID --quality ID --year YEAR [--lag N]\n"
               "          [--population SPEC] [--area AREA] [--json]\n"
               "                                        cost against quality: quadrants, r, rho\n"
               "  SPEC: country (default), network:NAME, county:NN, kommungrupp:GROUP, group:NAME\n"
               "Run jamfor-cli COMMAND --help for the options of a command.");
    if (arguments.size() < 2) {
        jamfor::cli::printError(usage);
        return jamfor::cli::exitUsage;
    }
    const QString name = arguments.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        jamfor::cli::printOut(usage);
        return 0;
    }
    if (name == u"--version") {
        jamfor::cli::printOut(
            QStringLiteral("jamfor-cli %1").arg(QCoreApplication::applicationVersion()));
        return 0;
    }
    const auto command = commands.find(name);
    if (command == commands.end()) {
        jamfor::cli::printError(
            QCoreApplication::translate("cli", "unknown command \"%1\"").arg(name));
        jamfor::cli::printError(usage);
        return jamfor::cli::exitUsage;
    }
    return command->second(arguments.mid(1));
}
