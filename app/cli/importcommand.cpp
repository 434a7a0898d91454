// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "app/cli/exchangecommand.h"
#include "core/exchange/jamforfiletransfer.h"
#include "core/import/observationimporter.h"
#include "core/storage/database.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QLocale>

namespace jamfor::cli {

namespace {

void printResult(const QString& input, const ImportResult& result)
{
    if (result.format == ImportFormat::KoladaKpiJson) {
        printOut(QCoreApplication::translate("cli", "%1: %2 indicator descriptions, %3 new, %4 "
                                                    "updated, %5 with a suggested kind and "
                                                    "direction")
                     .arg(input)
                     .arg(result.rows)
                     .arg(result.indicatorsCreated)
                     .arg(result.indicatorsUpdated)
                     .arg(result.indicatorsSuggested));
    } else if (result.format == ImportFormat::KoladaGroupJson) {
        printOut(QCoreApplication::translate("cli", "%1: %2 municipality groups, %3 new, %4 "
                                                    "updated")
                     .arg(input)
                     .arg(result.rows)
                     .arg(result.groupsCreated)
                     .arg(result.groupsUpdated));
    } else {
        printOut(QCoreApplication::translate("cli", "%1: %2 rows, %3 new, %4 unchanged, "
                                                    "%5 replaced, %6 kept")
                     .arg(input)
                     .arg(result.rows)
                     .arg(result.inserted)
                     .arg(result.unchanged)
                     .arg(result.replaced)
                     .arg(result.kept));
        if (result.removed > 0)
            printOut(QCoreApplication::translate("cli", "%1: %2 stored values removed (deleted "
                                                        "in Kolada)")
                         .arg(input)
                         .arg(result.removed));
    }
    if (result.dryRun) {
        printConflicts(result.conflicts, result.conflictCount);
        printOut(
            QCoreApplication::translate("cli", "%1: dry run, nothing was imported").arg(input));
    }
    for (const QString& warning : result.warnings)
        printError(QCoreApplication::translate("cli", "warning: %1").arg(warning));
}

} // namespace

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Imports files into a .jamfor file (created if missing): Kolada JSON (data or KPI "
        "descriptions, API v2 or v3), CSV, XLSX and ODS tables, and another member's .jamfor "
        "file. The format is told from the content. Each file is imported whole or not at "
        "all."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("cli", "The .jamfor file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption conflictOption(
        QStringLiteral("on-conflict"),
        QCoreApplication::translate("cli", "When a value differs from the stored one: fail "
                                           "(default), keep the stored value or replace it."),
        QStringLiteral("keep|replace|fail"), QStringLiteral("fail"));
    const QCommandLineOption sheetOption(
        QStringLiteral("sheet"),
        QCoreApplication::translate("cli", "XLSX and ODS: the sheet to read (default: the first)."),
        QStringLiteral("NAME"));
    const QCommandLineOption dryRunOption(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("cli", "Read and check everything and list the conflicts, "
                                           "but import nothing."));
    const QCommandLineOption includeOption(
        QStringLiteral("include"),
        QCoreApplication::translate("cli", "Another .jamfor file: what to bring in besides its "
                                           "observations, comma-separated (an analysis always "
                                           "brings its network and group)."),
        QStringLiteral("networks,groups,analyses|all"));
    parser.addOption(dbOption);
    parser.addOption(conflictOption);
    parser.addOption(includeOption);
    parser.addOption(sheetOption);
    parser.addOption(dryRunOption);
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
    ImportOptions options;
    if (conflict == u"keep") {
        options.onConflict = ConflictPolicy::Keep;
    } else if (conflict == u"replace") {
        options.onConflict = ConflictPolicy::Replace;
    } else if (conflict == u"fail") {
        options.onConflict = ConflictPolicy::Fail;
    } else {
        printError(QCoreApplication::translate("cli", "--on-conflict takes keep, replace or "
                                                      "fail, not \"%1\"")
                       .arg(conflict));
        return exitUsage;
    }
    options.sheet = parser.value(sheetOption);
    options.dryRun = parser.isSet(dryRunOption);
    const std::optional<TransferContent> content = parseInclude(parser.value(includeOption));
    if (!content) {
        printError(QCoreApplication::translate("cli", "--include takes networks, groups, analyses "
                                                      "or all, separated by commas, not \"%1\"")
                       .arg(parser.value(includeOption)));
        return exitUsage;
    }
    TransferOptions transferOptions;
    transferOptions.content = *content;
    transferOptions.onConflict = options.onConflict;
    transferOptions.dryRun = options.dryRun;

    try {
        auto database = Database::open(parser.value(dbOption), Database::OpenMode::CreateIfMissing);
        ObservationImporter importer(*database);
        for (const QString& input : parser.positionalArguments()) {
            if (JamforFileTransfer::isSqliteFile(input))
                printTransferResult(
                    input, JamforFileTransfer::importFile(*database, input, transferOptions));
            else
                printResult(input, importer.importFile(input, options));
        }
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

} // namespace jamfor::cli
