// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "core/report/csvobservationexporter.h"
#include "core/storage/database.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace jamfor::cli {

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Writes every observation as CSV: indicator,unit,year,gender,value,status."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("cli", "The .jamfor file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption outOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("cli", "Write to this file instead of standard output."),
        QStringLiteral("OUT.csv"));
    parser.addOption(dbOption);
    parser.addOption(outOption);
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    if (!parser.isSet(dbOption)) {
        printError(QCoreApplication::translate("cli", "export needs --db FILE"));
        return exitUsage;
    }
    try {
        auto database = Database::open(parser.value(dbOption), Database::OpenMode::ReadOnly);
        if (parser.isSet(outOption)) {
            // QSaveFile: a failed export never leaves half a file behind.
            QSaveFile out(parser.value(outOption));
            if (!out.open(QIODevice::WriteOnly))
                throw Error(QCoreApplication::translate("cli", "%1: cannot be written: %2")
                                .arg(out.fileName(), out.errorString()));
            exportObservationsCsv(*database, out);
            if (!out.commit())
                throw Error(QCoreApplication::translate("cli", "%1: cannot be written: %2")
                                .arg(out.fileName(), out.errorString()));
        } else {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                throw Error(QCoreApplication::translate("cli", "cannot write to standard output"));
            exportObservationsCsv(*database, out);
        }
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

} // namespace jamfor::cli
