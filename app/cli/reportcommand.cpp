// SPDX-License-Identifier: GPL-3.0-or-later
// jamfor-cli report and compile: the analysis report, the A3 summary and the compilation
// (länsrapport) as PDF or HTML, or their tables as XLSX or CSV.
#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "core/report/a3summarybuilder.h"
#include "core/report/analysisreportbuilder.h"
#include "core/report/compilationbuilder.h"
#include "core/report/tableexport.h"
#include "core/storage/database.h"
#include "core/util/error.h"
#include "render/reportwriter.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace jamfor::cli {

namespace {

// PDF and HTML draw the document; XLSX holds every table of it, CSV the first.
void writeDocument(const ReportDocument& document, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"csv") {
        const QList<ReportTable> tables = document.tables();
        if (tables.isEmpty())
            throw Error(QCoreApplication::translate("cli", "%1: the report has no table to export")
                            .arg(path));
        if (suffix == u"xlsx")
            TableExport::writeXlsx(tables, path, document.sourceLine);
        else
            TableExport::writeCsv(tables.constFirst(), path);
        return;
    }
    ReportWriter::write(document, path);
}

QCommandLineOption dbOption()
{
    return {QStringLiteral("db"), QCoreApplication::translate("cli", "The .jamfor file."),
            QStringLiteral("FILE")};
}

QCommandLineOption outputOption()
{
    return {{QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate(
                "cli",
                "The file to write: .pdf, .html, .xlsx (every table) or .csv (the first table)."),
            QStringLiteral("OUT")};
}

} // namespace

int runReport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Writes the report of an analysis for the municipal executive board, or with --a3 its "
        "one-page A3 summary."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption analysis(QStringLiteral("analysis"),
                                      QCoreApplication::translate("cli", "The analysis id."),
                                      QStringLiteral("ID"));
    const QCommandLineOption out = outputOption();
    const QCommandLineOption a3(
        QStringLiteral("a3"),
        QCoreApplication::translate("cli", "The one-page A3 summary instead."));
    parser.addOption(db);
    parser.addOption(analysis);
    parser.addOption(out);
    parser.addOption(a3);
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    if (!parser.isSet(db) || !parser.isSet(analysis) || !parser.isSet(out)) {
        printError(
            QCoreApplication::translate("cli", "report needs --db FILE --analysis ID -o OUT"));
        return exitUsage;
    }
    bool ok = false;
    const qint64 id = parser.value(analysis).toLongLong(&ok);
    if (!ok || id <= 0) {
        printError(QCoreApplication::translate(
                       "cli", "--analysis: \"%1\" is not an analysis id (a whole number above 0)")
                       .arg(parser.value(analysis)));
        return exitUsage;
    }
    try {
        auto database = Database::open(parser.value(db), Database::OpenMode::ReadOnly);
        const ReportDocument document = parser.isSet(a3)
                                            ? A3SummaryBuilder::build(*database, id)
                                            : AnalysisReportBuilder::build(*database, id);
        writeDocument(document, parser.value(out));
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

int runCompile(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli",
        "Writes a compilation (länsrapport) of a network or a county for one area and year."));
    const QCommandLineOption db = dbOption();
    const QCommandLineOption network(QStringLiteral("network"),
                                     QCoreApplication::translate("cli", "The network's name."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption county(
        QStringLiteral("county"), QCoreApplication::translate("cli", "The two-digit county code."),
        QStringLiteral("NN"));
    const QCommandLineOption area(QStringLiteral("area"),
                                  QCoreApplication::translate("cli", "The operating area's id."),
                                  QStringLiteral("AREA"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  QCoreApplication::translate("cli", "The year."),
                                  QStringLiteral("YEAR"));
    const QCommandLineOption out = outputOption();
    for (const QCommandLineOption& option : {db, network, county, area, year, out})
        parser.addOption(option);
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    if (!parser.isSet(db) || !parser.isSet(area) || !parser.isSet(year) || !parser.isSet(out) ||
        parser.isSet(network) == parser.isSet(county)) {
        printError(QCoreApplication::translate(
            "cli", "compile needs --db FILE (--network NAME | --county NN) --area AREA "
                   "--year YEAR -o OUT"));
        return exitUsage;
    }
    CompilationRequest request;
    request.areaId = parser.value(area);
    bool ok = false;
    request.year = parser.value(year).toInt(&ok);
    if (!ok || request.year < 1900 || request.year > 2200) {
        printError(
            QCoreApplication::translate("cli", "--year: \"%1\" is not a year between 1900 and 2200")
                .arg(parser.value(year)));
        return exitUsage;
    }
    if (parser.isSet(network)) {
        request.population = {PopulationKind::Network, parser.value(network)};
    } else {
        const QString code = parser.value(county);
        if (code.size() != 2 || !code.at(0).isDigit() || !code.at(1).isDigit()) {
            printError(QCoreApplication::translate(
                           "cli", "--county: \"%1\" is not a two-digit county code such as 14")
                           .arg(code));
            return exitUsage;
        }
        request.population = {PopulationKind::County, code};
    }
    try {
        auto database = Database::open(parser.value(db), Database::OpenMode::ReadOnly);
        writeDocument(CompilationBuilder::build(*database, request), parser.value(out));
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

} // namespace jamfor::cli
