// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "core/demo/demodataset.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/fileinforepository.h"
#include "core/storage/importbatchrepository.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationrepository.h"
#include "core/storage/unitrepository.h"
#include "core/util/error.h"

#include <QCoreApplication>

namespace jamfor::cli {

int runInfo(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Prints what a .jamfor file holds."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("cli", "The .jamfor file."),
                                      QStringLiteral("FILE"));
    parser.addOption(dbOption);
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    if (!parser.isSet(dbOption)) {
        printError(QCoreApplication::translate("cli", "info needs --db FILE"));
        return exitUsage;
    }
    try {
        auto database = Database::open(parser.value(dbOption), Database::OpenMode::ReadOnly);
        QSqlDatabase& db = database->connection();
        const std::optional<std::pair<int, int>> years = ObservationRepository(db).yearRange();
        const QString yearRange = years
                                      ? QStringLiteral("%1–%2").arg(years->first).arg(years->second)
                                      : QStringLiteral("-");
        printOut(QCoreApplication::translate("cli", "File: %1").arg(database->path()));
        printOut(
            QCoreApplication::translate("cli", "File format: %1").arg(database->schemaVersion()));
        if (FileInfoRepository(db).isExampleData())
            printOut(DemoDataset::exampleDataLabel());
        printOut(
            QCoreApplication::translate("cli", "Units: %1").arg(UnitRepository(db).all().size()));
        printOut(
            QCoreApplication::translate("cli", "Areas: %1").arg(AreaRepository(db).all().size()));
        printOut(QCoreApplication::translate("cli", "Indicators: %1")
                     .arg(IndicatorRepository(db).all().size()));
        printOut(QCoreApplication::translate("cli", "Observations: %1")
                     .arg(ObservationRepository(db).count()));
        printOut(QCoreApplication::translate("cli", "Years: %1").arg(yearRange));
        printOut(QCoreApplication::translate("cli", "Import batches: %1")
                     .arg(ImportBatchRepository(db).all().size()));
        const QList<Network> networks = NetworkRepository(db).all();
        printOut(QCoreApplication::translate("cli", "Networks: %1").arg(networks.size()));
        for (const Network& network : networks) {
            printOut(QCoreApplication::translate("cli", "  %1: %2 members, %3 people")
                         .arg(network.name)
                         .arg(network.members.size())
                         .arg(network.people.size()));
        }
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

} // namespace jamfor::cli
