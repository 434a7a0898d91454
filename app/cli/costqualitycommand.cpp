// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/analysissupport.h"
#include "app/cli/clicommands.h"
#include "app/cli/clioutput.h"
#include "core/analysis/costquality.h"
#include "core/storage/database.h"
#include "core/storage/observationrepository.h"
#include "core/util/error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace jamfor::cli {

namespace {

QJsonValue json(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject indicatorJson(const Indicator& indicator, int year)
{
    return {{QStringLiteral("id"), indicator.id},
            {QStringLiteral("title"), indicator.title},
            {QStringLiteral("direction"), directionCode(indicator.direction)},
            {QStringLiteral("year"), year}};
}

} // namespace

int runCostQuality(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Relates a cost indicator (x) to a quality indicator (y): the units' quadrants "
               "around the median lines, Pearson r, Spearman rho, n and the least-squares line "
               "with each unit's residual."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QCoreApplication::translate("cli", "The .jamfor file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption costOption(
        QStringLiteral("cost"), QCoreApplication::translate("cli", "The cost indicator id (x)."),
        QStringLiteral("ID"));
    const QCommandLineOption qualityOption(
        QStringLiteral("quality"),
        QCoreApplication::translate("cli", "The quality indicator id (y)."), QStringLiteral("ID"));
    const QCommandLineOption yearOption(
        QStringLiteral("year"), QCoreApplication::translate("cli", "The year of the costs."),
        QStringLiteral("YEAR"));
    const QCommandLineOption lagOption(
        QStringLiteral("lag"),
        QCoreApplication::translate("cli", "Years from the costs to the quality: the quality "
                                           "year is YEAR + N (default 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("cli", "Print JSON."));
    const PopulationOptions populationOptions;
    parser.addOption(dbOption);
    parser.addOption(costOption);
    parser.addOption(qualityOption);
    parser.addOption(yearOption);
    parser.addOption(lagOption);
    populationOptions.addTo(parser);
    parser.addOption(jsonOption);
    if (!parseArguments(parser, arguments))
        return parser.isSet(QStringLiteral("help")) ? 0 : exitUsage;
    for (const QCommandLineOption* required :
         {&dbOption, &costOption, &qualityOption, &yearOption}) {
        if (!parser.isSet(*required)) {
            printError(QCoreApplication::translate("cli", "costquality needs --%1")
                           .arg(required->names().constFirst()));
            return exitUsage;
        }
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("cli", "costquality takes no file arguments: \"%1\"")
                       .arg(parser.positionalArguments().constFirst()));
        return exitUsage;
    }
    const std::optional<int> year = intOption(parser, yearOption, 1900, 2200);
    if (!year)
        return exitUsage;
    const std::optional<int> lag = intOption(parser, lagOption, -50, 50);
    if (!lag)
        return exitUsage;
    const std::optional<PopulationChoice> choice = populationOptions.choice(parser);
    if (!choice)
        return exitUsage;
    const int qualityYear = *year + *lag;

    try {
        auto database = Database::open(parser.value(dbOption), Database::OpenMode::ReadOnly);
        QSqlDatabase& db = database->connection();
        const Indicator cost = requireIndicator(db, parser.value(costOption));
        const Indicator quality = requireIndicator(db, parser.value(qualityOption));
        const ComparisonPopulation population = populationOptions.resolve(
            db, parser, *choice, quality.areaId.isEmpty() ? cost.areaId : quality.areaId);
        if (population.unitIds.isEmpty())
            throw Error(QCoreApplication::translate("cli", "the population %1 has no units")
                            .arg(population.label));

        ObservationRepository observations(db);
        const QList<UnitValue> costValues =
            population.valuesIn(observations.values(cost.id, *year, Gender::Total));
        const QList<UnitValue> qualityValues =
            population.valuesIn(observations.values(quality.id, qualityYear, Gender::Total));
        const CostQuality result = costQuality(costValues, qualityValues, quality.direction);
        if (result.n == 0) {
            throw Error(QCoreApplication::translate(
                            "cli", "no unit in %1 has both a value of %2 for %3 and a value of "
                                   "%4 for %5")
                            .arg(population.label, cost.id)
                            .arg(*year)
                            .arg(quality.id)
                            .arg(qualityYear));
        }

        const QHash<QString, QString> names = unitNames(db);
        if (parser.isSet(jsonOption)) {
            QJsonArray points;
            for (const CostQualityPoint& point : result.points) {
                points.append(
                    QJsonObject{{QStringLiteral("unit"), point.unitId},
                                {QStringLiteral("name"), names.value(point.unitId)},
                                {QStringLiteral("cost"), point.cost},
                                {QStringLiteral("quality"), point.quality},
                                {QStringLiteral("quadrant"), quadrantCode(point.quadrant)},
                                {QStringLiteral("residual"), json(point.residual)}});
            }
            QJsonValue line;
            if (result.line) {
                line = QJsonObject{{QStringLiteral("slope"), result.line->slope},
                                   {QStringLiteral("intercept"), result.line->intercept}};
            }
            const QJsonObject root{
                {QStringLiteral("cost"), indicatorJson(cost, *year)},
                {QStringLiteral("quality"), indicatorJson(quality, qualityYear)},
                {QStringLiteral("population"), population.choice.code()},
                {QStringLiteral("population_label"), population.label},
                {QStringLiteral("n"), result.n},
                {QStringLiteral("median_cost"), result.medianCost},
                {QStringLiteral("median_quality"), result.medianQuality},
                {QStringLiteral("pearson"), json(result.pearson)},
                {QStringLiteral("spearman"), json(result.spearman)},
                {QStringLiteral("line"), line},
                {QStringLiteral("points"), points},
            };
            printOut(
                QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)).trimmed());
            return 0;
        }

        printOut(QCoreApplication::translate("cli", "Cost (x): %1 %2, %3")
                     .arg(cost.id, cost.title)
                     .arg(*year));
        printOut(QCoreApplication::translate("cli", "Quality (y): %1 %2, %3")
                     .arg(quality.id, quality.title)
                     .arg(qualityYear));
        printOut(QCoreApplication::translate("cli", "Compared with %1 (%2 units)")
                     .arg(population.label)
                     .arg(population.unitIds.size()));
        printOut(QString());
        QList<QStringList> rows;
        for (const CostQualityPoint& point : result.points) {
            rows << QStringList{point.unitId,
                                names.value(point.unitId),
                                formatNumber(point.cost),
                                formatNumber(point.quality),
                                quadrantLabel(point.quadrant),
                                formatNumber(point.residual)};
        }
        const QStringList table = formatTable({QCoreApplication::translate("cli", "Unit"),
                                               QCoreApplication::translate("cli", "Name"),
                                               QCoreApplication::translate("cli", "Cost"),
                                               QCoreApplication::translate("cli", "Quality"),
                                               QCoreApplication::translate("cli", "Quadrant"),
                                               QCoreApplication::translate("cli", "Residual")},
                                              rows, {2, 3, 5});
        for (const QString& text : table)
            printOut(text);
        printOut(QString());
        printOut(QCoreApplication::translate("cli", "n %1  median cost %2  median quality %3")
                     .arg(result.n)
                     .arg(formatNumber(result.medianCost), formatNumber(result.medianQuality)));
        printOut(QCoreApplication::translate("cli", "Pearson r %1  Spearman rho %2")
                     .arg(formatNumber(result.pearson), formatNumber(result.spearman)));
        if (result.line) {
            const double slope = result.line->slope;
            printOut(QCoreApplication::translate("cli", "Line: quality = %1 %2 %3 × cost")
                         .arg(formatNumber(result.line->intercept),
                              slope < 0 ? QStringLiteral("−") : QStringLiteral("+"),
                              QString::number(std::abs(slope), 'g', 6)));
        } else {
            printOut(QCoreApplication::translate(
                "cli", "Line: not defined (fewer than 2 points or every cost equal)"));
        }
    } catch (const Error& error) {
        printError(error.message());
        return exitFailure;
    }
    return 0;
}

} // namespace jamfor::cli
