// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/costqualityseries.h"

#include "core/analysis/comparisonpopulation.h"
#include "core/chartdata/chartlabels.h"
#include "core/chartdata/chartunits.h"
#include "core/storage/database.h"
#include "core/storage/observationrepository.h"

#include <QLocale>

namespace jamfor {

namespace {

// The indicator's title, with its unit of measure unless the title already names it.
QString axisTitle(const Indicator& indicator)
{
    if (indicator.unitOfMeasure.isEmpty() ||
        indicator.title.contains(indicator.unitOfMeasure, Qt::CaseInsensitive))
        return indicator.title;
    return CostQualitySeries::tr("%1 (%2)").arg(indicator.title, indicator.unitOfMeasure);
}

QString coefficient(std::optional<double> value)
{
    return value ? ChartLabels::number(*value, 2) : QStringLiteral("–");
}

} // namespace

QString CostQualitySeries::formatStatistics(std::optional<double> pearson,
                                            std::optional<double> spearman, int n)
{
    return tr("r = %1 · ρ = %2 · n = %3")
        .arg(coefficient(pearson), coefficient(spearman), QLocale().toString(n));
}

CostQualitySeries CostQualitySeries::build(Database& database, const ChartContext& context,
                                           const QString& costId, const QString& qualityId,
                                           ChartPopulation population, int lag)
{
    const Indicator cost = ChartLabels::requireIndicator(database, costId);
    const Indicator quality = ChartLabels::requireIndicator(database, qualityId);
    const ChartUnits units = ChartUnits::load(database, context);
    const int costYear = context.year;
    const int qualityYear = context.year + lag;

    ComparisonPopulation compared;
    if (population == ChartPopulation::AllMunicipalities)
        compared = ComparisonPopulation::ofCountry(units.units);
    else if (units.network)
        compared = ComparisonPopulation::ofNetwork(*units.network, context.areaId);
    else
        compared.label = tr("No network chosen");

    ObservationRepository observations(database.connection());
    const QList<UnitValue> costValues = compared.valuesIn(
        observations.values(cost.id, costYear, ChartLabels::genderFor(cost, context.gender)));
    const QList<UnitValue> qualityValues = compared.valuesIn(observations.values(
        quality.id, qualityYear, ChartLabels::genderFor(quality, context.gender)));
    const CostQuality result = costQuality(costValues, qualityValues, quality.direction);

    CostQualitySeries series;
    series.title = tr("Cost and quality");
    series.costId = cost.id;
    series.qualityId = quality.id;
    series.costAxisTitle = axisTitle(cost);
    series.qualityAxisTitle = axisTitle(quality);
    series.costUnit = cost.unitOfMeasure;
    series.qualityUnit = quality.unitOfMeasure;
    series.qualityDirection = quality.direction;
    series.n = result.n;
    series.medianCost = result.medianCost;
    series.medianQuality = result.medianQuality;
    series.pearson = result.pearson;
    series.spearman = result.spearman;
    series.line = result.line;
    series.source = ChartLabels::sourceLine(database);

    QList<double> costs;
    QList<double> qualities;
    for (const CostQualityPoint& point : result.points) {
        CostQualityDot dot;
        dot.unitId = point.unitId;
        dot.name = units.nameOf(point.unitId);
        dot.cost = point.cost;
        dot.quality = point.quality;
        dot.quadrant = point.quadrant;
        dot.highlight = units.highlightOf(point.unitId);
        dot.labelled = dot.highlight != Highlight::Other;
        series.points.append(dot);
        costs.append(point.cost);
        qualities.append(point.quality);
    }
    series.costDecimals = ChartLabels::decimalsFor(costs);
    series.qualityDecimals = ChartLabels::decimalsFor(qualities);

    const bool highQualityOnTop = quality.direction != Direction::LowerIsBetter;
    for (Quadrant quadrant : {Quadrant::HighQualityLowCost, Quadrant::HighQualityHighCost,
                              Quadrant::LowQualityLowCost, Quadrant::LowQualityHighCost}) {
        const bool highQuality =
            quadrant == Quadrant::HighQualityLowCost || quadrant == Quadrant::HighQualityHighCost;
        const bool lowCost =
            quadrant == Quadrant::HighQualityLowCost || quadrant == Quadrant::LowQualityLowCost;
        series.corners.append(
            {quadrant, highQuality == highQualityOnTop, lowCost, quadrantLabel(quadrant)});
    }

    const QString years = costYear == qualityYear
                              ? QString::number(costYear)
                              : tr("cost %1, quality %2").arg(costYear).arg(qualityYear);
    series.subtitle = tr("%1 · %2").arg(compared.label, years);
    const Gender qualityGender = ChartLabels::genderFor(quality, context.gender);
    if (qualityGender != Gender::Total)
        series.subtitle = tr("%1 · %2").arg(series.subtitle, enumLabel(qualityGender));

    series.statistics = formatStatistics(result.pearson, result.spearman, result.n);
    QStringList caption{series.statistics + QLatin1Char('.')};
    caption << tr("Dashed lines: the medians. Solid line: least squares.");
    if (quality.direction == Direction::LowerIsBetter)
        caption << tr("Lower quality values are better, so high quality is at the bottom.");
    else if (quality.direction == Direction::None)
        caption << tr("The quality indicator has no better direction.");
    series.caption = caption.join(QLatin1Char(' '));
    return series;
}

} // namespace jamfor
