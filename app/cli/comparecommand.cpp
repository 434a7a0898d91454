// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/analysissupport.h"
#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "core/analysis/comparison.h"
#include "core/model/valuestatusmarker.h"
#include "core/storage/database.h"
#include "core/storage/observationrepository.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jamfor::cli {

namespace {

QJsonValue json(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject summaryJson(const Summary& s)
{
    return {{QStringLiteral("n"), s.n},           {QStringLiteral("mean"), s.mean},
            {QStringLiteral("median"), s.median}, {QStringLiteral("q1"), s.q1},
            {QStringLiteral("q3"), s.q3},         {QStringLiteral("min"), s.min},
            {QStringLiteral("max"), s.max}};
}

// The colour with a symbol, so the table reads without colour (DESIGN.md).
QString colourText(ColourClass colour)
{
    switch (colour) {
    case ColourClass::Green:
        return QCoreApplication::translate("cli", "green ▲");
    case ColourClass::Red:
        return QCoreApplication::translate("cli", "red ▼");
    case ColourClass::Yellow:
        return QCoreApplication::translate("cli", "yellow");
    case ColourClass::Missing:
        return QCoreApplication::translate("cli", "grey");
    case ColourClass::NoColour:
        break;
    }
    return {};
}

QString changeText(const std::optional<Change>& change)
{
    if (!change)
        return {};
    QString text = formatNumber(change->delta);
    if (change->delta > 0)
        text.prepend(QLatin1Char('+'));
    const QString verdict = verdictLabel(change->verdict);
    return verdict.isEmpty() ? text : QStringLiteral("%1 %2").arg(text, verdict);
}

} // namespace

int runCompare(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Compares the units of a population for one indicator and year: value, rank, colour "
               "class and change since the previous year, with n, mean, median and quartiles."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("cli", "The .jamfor file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption indicatorOption(
        QStringLiteral("indicator"), QCoreApplication::translate("cli", "The indicator id."),
        QStringLiteral("ID"));
    const QCommandLineOption yearOption(QStringLiteral("year"),
                                        QCoreApplication::translate("cli", "The year."),
                                        QStringLiteral("YEAR"));
    const QCommandLineOption genderOption(
        QStringLiteral("gender"),
        QCoreApplication::translate("cli", "T (total, the default), K (women) or M (men)."),
        QStringLiteral("T|K|M"), QStringLiteral("T"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Print JSON."));
    const PopulationOptions populationOptions;
    parser.addOption(dbOption);
    parser.addOption(indicatorOption);
    parser.addOption(yearOption);
    parser.addOption(genderOption);
    populationOptions.addTo(parser);
    parser.addOption(jsonOption);
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    for (const QCommandLineOption* required : {&dbOption, &indicatorOption, &yearOption}) {
        if (!parser.isSet(*required)) {
            printError(QCoreApplication::translate("cli", "compare needs --%1")
                           .arg(required->names().constFirst()));
            return exitUsage;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("cli", "compare takes no file arguments: \"%1\"")
                       .arg(parser.positionalArguments().constFirst()));
        return exitUsage;
    }
    const std::optional<int> year = intOption(parser, yearOption, 1900, 2200);
    if (!year)
        return exitUsage;
    const std::optional<Gender> gender = genderFromCode(parser.value(genderOption));
    if (!gender) {
        printError(QCoreApplication::translate("cli", "--gender \"%1\" must be T, K or M")
                       .arg(parser.value(genderOption)));
        return exitUsage;
    }
    const std::optional<PopulationChoice> choice = populationOptions.choice(parser);
    if (!choice)
        return exitUsage;

    try {
        auto database = Database::open(parser.value(dbOption), Database::OpenMode::ReadOnly);
        QSqlDatabase& db = database->connection();
        const Indicator indicator = requireIndicator(db, parser.value(indicatorOption));
        const ComparisonPopulation population =
            populationOptions.resolve(db, parser, *choice, indicator.areaId);
        if (population.unitIds.isEmpty())
            throw Error(QCoreApplication::translate("cli", "the population %1 has no units")
                            .arg(population.label));

        ObservationRepository observations(db);
        const QList<UnitValue> current =
            population.valuesIn(observations.values(indicator.id, *year, *gender));
        const QList<UnitValue> previous =
            population.valuesIn(observations.values(indicator.id, *year - 1, *gender));
        const Comparison comparison = compareUnits(current, previous, indicator.direction);
        if (comparison.summary.n == 0) {
            throw Error(
                QCoreApplication::translate("cli", "no values of %1 for %2 (gender %3) in %4")
                    .arg(indicator.id)
                    .arg(*year)
                    .arg(genderCode(*gender), population.label));
        }

        const QHash<QString, QString> names = unitNames(db);
        if (parser.isSet(jsonOption)) {
            QJsonArray rows;
            for (const ComparisonRow& row : comparison.rows) {
                QJsonObject object{
                    {QStringLiteral("unit"), row.unitId},
                    {QStringLiteral("name"), names.value(row.unitId)},
                    {QStringLiteral("value"), json(row.value)},
                    {QStringLiteral("status"), statusCode(row.status)},
                    {QStringLiteral("rank"), row.rank ? QJsonValue(*row.rank) : QJsonValue()},
                    {QStringLiteral("percentile"), json(row.percentile)},
                    {QStringLiteral("colour"), colourClassCode(row.colour)},
                    {QStringLiteral("change"),
                     row.change ? QJsonValue(row.change->delta) : QJsonValue()},
                    {QStringLiteral("change_verdict"),
                     row.change ? QJsonValue(verdictCode(row.change->verdict)) : QJsonValue()},
                };
                rows.append(object);
            }
            const QJsonObject root{
                {QStringLiteral("indicator"), indicator.id},
                {QStringLiteral("title"), indicator.title},
                {QStringLiteral("direction"), directionCode(indicator.direction)},
                {QStringLiteral("year"), *year},
                {QStringLiteral("gender"), genderCode(*gender)},
                {QStringLiteral("population"), population.choice.code()},
                {QStringLiteral("population_label"), population.label},
                {QStringLiteral("summary"), summaryJson(comparison.summary)},
                {QStringLiteral("rows"), rows},
            };
            printOut(
                QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
            return 0;
        }

        printOut(QStringLiteral("%1 %2").arg(indicator.id, indicator.title));
        printOut(
            QCoreApplication::translate("cli", "Year %1, gender %2, compared with %3 (%4 units)")
                .arg(*year)
                .arg(genderCode(*gender), population.label)
                .arg(population.unitIds.size()));
        if (indicator.direction == Direction::None)
            printOut(QCoreApplication::translate(
                "cli", "The indicator has no direction: ranked by value, highest first; no "
                       "colours."));
        printOut(QString());
        QList<QStringList> rows;
        for (const ComparisonRow& row : comparison.rows) {
            rows << QStringList{row.unitId,
                                names.value(row.unitId),
                                row.value ? formatNumber(*row.value)
                                          : valueStatusMarker(row.status),
                                row.rank ? QString::number(*row.rank) : QString(),
                                colourText(row.colour),
                                changeText(row.change)};
        }
        const QStringList table = formatTable(
            {QCoreApplication::translate("cli", "Unit"), QCoreApplication::translate("cli", "Name"),
             QCoreApplication::translate("cli", "Value"),
             QCoreApplication::translate("cli", "Rank"),
             QCoreApplication::translate("cli", "Colour"),
             QCoreApplication::translate("cli", "Change since %1").arg(*year - 1)},
            rows, {2, 3});
        for (const QString& line : table)
            printOut(line);
        printOut(QString());
        const Summary& s = comparison.summary;
        printOut(QCoreApplication::translate(
                     "cli", "n %1  mean %2  median %3  Q1 %4  Q3 %5  min %6  max %7")
                     .arg(s.n)
                     .arg(formatNumber(s.mean), formatNumber(s.median), formatNumber(s.q1),
                          formatNumber(s.q3), formatNumber(s.min), formatNumber(s.max)));
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

} // namespace jamfor::cli
