// SPDX-License-Identifier: GPL-3.0-or-later
// jamfor-cli: everything that needs no eyes. Same core functions as the GUI.
#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "core/util/translations.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <functional>
#include <map>
#include <memory>

int main(int argc, char* argv[])
{
    // report and compile paint charts and write PDF: they need a QGuiApplication (fonts, images),
    // offscreen when there is no display. Every other command runs without Qt Gui.
    const bool drawing =
        argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "compile") == 0);
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
        qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app =
        drawing ? std::make_unique<QGuiApplication>(argc, argv)
                : std::make_unique<QCoreApplication>(argc, argv);
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
        {QStringLiteral("indicators"), jamfor::cli::runIndicators},
        {QStringLiteral("kolada"), jamfor::cli::runKolada},
        {QStringLiteral("report"), jamfor::cli::runReport},
        {QStringLiteral("send"), jamfor::cli::runSend},
        {QStringLiteral("compile"), jamfor::cli::runCompile},
    };

    const QStringList arguments = QCoreApplication::arguments();
    const QString usage = QCoreApplication::translate(
        "cli",
        "Usage: jamfor-cli COMMAND [OPTIONS]\n"
        "Commands:\n"
        "  demo OUT.jamfor                      write the example network\n"
        "  import --db FILE INPUT...             import Kolada JSON, CSV, XLSX and ODS files\n"
        "          [--include networks,groups,analyses|all]\n"
        "                                        and other members' .jamfor files\n"
        "  send --db FILE --analysis ID -o OUT.jamfor\n"
        "                                        one analysis and its values, to mail\n"
        "  export --db FILE [-o OUT.csv]         write every observation as CSV\n"
        "  info --db FILE                        show what a file holds\n"
        "  indicators --db FILE [--json]         list the indicators, their kind and\n"
        "                                        direction, and which are suggestions\n"
        "  compare --db FILE --indicator ID --year YEAR [--gender T|K|M]\n"
        "          [--population SPEC] [--area AREA] [--json]\n"
        "                                        rank, colour and change of one indicator\n"
        "  costquality --db FILE --cost ID --quality ID --year YEAR [--lag N]\n"
        "          [--population SPEC] [--area AREA] [--json]\n"
        "                                        cost against quality: quadrants, r, rho\n"
        "  report --db FILE --analysis ID -o OUT.pdf|.html|.xlsx|.csv [--a3]\n"
        "                                        the analysis report or its A3 summary\n"
        "  compile --db FILE (--network NAME|--county NN) --area AREA --year YEAR\n"
        "          -o OUT.pdf|.html|.xlsx|.csv   a network or county compilation\n"
        "  kolada fetch --db FILE (--kpi IDS|--kpi-group ID) --years YEARS\n"
        "          [--unit CODES] [--on-conflict keep|replace|fail] [--base-url URL]\n"
        "                                        download from the Kolada API (without\n"
        "                                        --unit: every municipality and region)\n"
        "  kolada search TEXT                    find Kolada indicators by title\n"
        "  kolada groups --db FILE [--search TEXT]\n"
        "                                        save Kolada's municipality groups\n"
        "  SPEC: country (default), network:NAME, county:NN, kommungrupp:A1…C9, group:NAME\n"
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
