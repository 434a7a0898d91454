// SPDX-License-Identifier: GPL-3.0-or-later
// Moving work between .jamfor files: `import` of another member's file and `send`.
#include "app/cli/exchangecommand.h"

#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "core/exchange/jamforfiletransfer.h"
#include "core/storage/database.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QLocale>

namespace jamfor::cli {

namespace {

QString itemCounts(const QString& what, const TransferItemCounts& counts)
{
    return QCoreApplication::translate("cli", "%1: %2 new, %3 unchanged, %4 replaced, %5 kept")
        .arg(what)
        .arg(counts.created)
        .arg(counts.unchanged)
        .arg(counts.replaced)
        .arg(counts.kept);
}

QString kindText(TransferItemConflict::Kind kind)
{
    switch (kind) {
    case TransferItemConflict::Kind::Network:
        return QCoreApplication::translate("cli", "network");
    case TransferItemConflict::Kind::Group:
        return QCoreApplication::translate("cli", "group");
    case TransferItemConflict::Kind::Analysis:
        break;
    }
    return QCoreApplication::translate("cli", "analysis");
}

} // namespace

QString valueText(const Observation& observation)
{
    if (observation.value)
        return QLocale::c().toString(*observation.value, 'g', QLocale::FloatingPointShortest);
    return statusCode(observation.status);
}

void printConflicts(const QList<ImportConflict>& conflicts, qint64 total)
{
    for (const ImportConflict& conflict : conflicts) {
        printOut(
            QCoreApplication::translate("cli", "  conflict at %1: %2 %3 %4 %5: stored "
                                               "%6, file %7")
                .arg(conflict.location, conflict.incoming.indicatorId, conflict.incoming.unitId)
                .arg(conflict.incoming.year)
                .arg(genderCode(conflict.incoming.gender), valueText(conflict.stored),
                     valueText(conflict.incoming)));
    }
    if (total > conflicts.size())
        printOut(QCoreApplication::translate("cli", "  … and %1 more conflicts")
                     .arg(total - conflicts.size()));
}

std::optional<TransferContent> parseInclude(const QString& text)
{
    TransferContent content;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString word = part.trimmed();
        if (word == u"all") {
            content = {true, true, true};
        } else if (word == u"networks") {
            content.networks = true;
        } else if (word == u"groups") {
            content.groups = true;
        } else if (word == u"analyses") {
            content.analyses = true;
        } else if (word != u"observations") {
            return std::nullopt;
        }
    }
    return content;
}

void printTransferResult(const QString& input, const TransferResult& result)
{
    printOut(QCoreApplication::translate("cli", "%1: %2 batches read, %3 brought values; %4 "
                                                "rows, %5 new, %6 unchanged, %7 replaced, %8 kept")
                 .arg(input)
                 .arg(result.batchesRead)
                 .arg(result.batchesCreated)
                 .arg(result.rows)
                 .arg(result.inserted)
                 .arg(result.unchanged)
                 .arg(result.replaced)
                 .arg(result.kept));
    if (result.indicatorsCreated > 0 || result.areasCreated > 0)
        printOut(QCoreApplication::translate("cli", "%1: %2 indicators and %3 areas added")
                     .arg(input)
                     .arg(result.indicatorsCreated)
                     .arg(result.areasCreated));
    const auto anything = [](const TransferItemCounts& c) {
        return c.created + c.unchanged + c.replaced + c.kept > 0;
    };
    if (anything(result.networks))
        printOut(itemCounts(QCoreApplication::translate("cli", "%1: networks").arg(input),
                            result.networks));
    if (anything(result.groups))
        printOut(
            itemCounts(QCoreApplication::translate("cli", "%1: groups").arg(input), result.groups));
    if (anything(result.analyses))
        printOut(itemCounts(QCoreApplication::translate("cli", "%1: analyses").arg(input),
                            result.analyses));
    if (result.dryRun) {
        printConflicts(result.conflicts, result.conflictCount);
        for (const TransferItemConflict& conflict : result.itemConflicts) {
            if (conflict.kind == TransferItemConflict::Kind::Analysis) {
                printOut(QCoreApplication::translate("cli", "  %1 \"%2\" differs: changed %3 "
                                                            "here, %4 in the file%5")
                             .arg(kindText(conflict.kind), conflict.name,
                                  conflict.storedEdit.toString(Qt::ISODate),
                                  conflict.incomingEdit.toString(Qt::ISODate),
                                  conflict.incomingIsNewer
                                      ? QCoreApplication::translate("cli", " (theirs is newer)")
                                      : QString()));
            } else {
                printOut(QCoreApplication::translate("cli", "  %1 \"%2\" differs")
                             .arg(kindText(conflict.kind), conflict.name));
            }
        }
        printOut(
            QCoreApplication::translate("cli", "%1: dry run, nothing was imported").arg(input));
    }
    for (const QString& warning : result.warnings)
        printError(QCoreApplication::translate("cli", "warning: %1").arg(warning));
}

int runSend(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Writes a small .jamfor file holding one analysis, its network and group, its "
               "indicators and their values, to send to a colleague, who imports it with "
               "jamfor-cli import or Arkiv › Importera från annan Jämför-fil…"));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("cli", "The .jamfor file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption analysisOption(
        QStringLiteral("analysis"), QCoreApplication::translate("cli", "The analysis's id."),
        QStringLiteral("ID"));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        QCoreApplication::translate("cli", "The file to write (replaced if it exists)."),
        QStringLiteral("OUT.jamfor"));
    parser.addOption(dbOption);
    parser.addOption(analysisOption);
    parser.addOption(outputOption);
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    bool idOk = false;
    const qint64 id = parser.value(analysisOption).toLongLong(&idOk);
    if (!parser.isSet(dbOption) || !idOk || !parser.isSet(outputOption)) {
        printError(QCoreApplication::translate("cli", "send needs --db FILE, --analysis ID and "
                                                      "-o OUT.jamfor"));
        return exitUsage;
    }
    try {
        auto database = Database::open(parser.value(dbOption), Database::OpenMode::OpenExisting);
        const TransferResult result =
            JamforFileTransfer::sendAnalysis(*database, id, parser.value(outputOption));
        printOut(QCoreApplication::translate("cli", "%1: analysis %2 with %3 values of %4 "
                                                    "indicators")
                     .arg(parser.value(outputOption))
                     .arg(id)
                     .arg(result.inserted)
                     .arg(result.indicatorsCreated));
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

} // namespace jamfor::cli
