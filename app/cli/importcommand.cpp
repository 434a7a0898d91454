// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"
#include "clioutput.h"
#include "import/observationimporter.h"
#include "storage/database.h"
#include "util/error.h"

#include <QCoreApplication>

namespace jamfor::cli {

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Imports CSV files into a .jamfor file (created if missing). Each file is "
               "imported whole or not at all."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("cli", "The .jamfor file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption conflictOption(
        QStringLiteral("on-conflict"),
        QCoreApplication::translate("cli", "When a value differs from the stored one: fail "
                                           "(default), keep the stored value or replace it."),
        QStringLiteral("keep|replace|fail"), QStringLiteral("fail"));
    parser.addOption(dbOption);
    parser.addOption(conflictOption);
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QCoreApplication::translate("cli", "Files to import."),
                                 QStringLiteral("INPUT..."));
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    if (!parser.isSet(dbOption) || parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("cli", "import needs --db FILE and at least one "
                                                      "input file"));
        return exitUsage;
    }
    const QString conflict = parser.value(conflictOption);
    ConflictPolicy policy = ConflictPolicy::Fail;
    if (conflict == u"keep") {
        policy = ConflictPolicy::Keep;
    } else if (conflict == u"replace") {
        policy = ConflictPolicy::Replace;
    } else if (conflict != u"fail") {
        printError(QCoreApplication::translate("cli", "--on-conflict takes keep, replace or "
                                                      "fail, not \"%1\"")
                       .arg(conflict));
        return exitUsage;
    }

    try {
        auto database = Database::open(parser.value(dbOption), Database::OpenMode::CreateIfMissing);
        ObservationImporter importer(*database);
        for (const QString& input : parser.positionalArguments()) {
            const ImportResult result = importer.importCsv(input, policy);
            printOut(QCoreApplication::translate("cli", "%1: %2 rows, %3 new, %4 unchanged, "
                                                        "%5 replaced, %6 kept")
                         .arg(input)
                         .arg(result.rows)
                         .arg(result.inserted)
                         .arg(result.unchanged)
                         .arg(result.replaced)
                         .arg(result.kept));
        }
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

} // namespace jamfor::cli
