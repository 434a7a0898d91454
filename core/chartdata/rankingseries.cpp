// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/rankingseries.h"

#include "core/analysis/comparisonpopulation.h"
#include "core/analysis/ranking.h"
#include "core/analysis/summary.h"
#include "core/chartdata/chartlabels.h"
#include "core/chartdata/chartunits.h"
#include "core/storage/database.h"
#include "core/storage/observationrepository.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace jamfor {

namespace {

// A computed mean gets one decimal more than the stored values, unless it is large.
int meanDecimals(double mean, int decimals)
{
    return std::abs(mean) >= 1000 ? decimals : std::min(decimals + 1, 2);
}

QString orderNoteFor(Direction direction)
{
    switch (direction) {
    case Direction::HigherIsBetter:
        return RankingSeries::tr("Best to the left (higher is better)");
    case Direction::LowerIsBetter:
        return RankingSeries::tr("Best to the left (lower is better)");
    case Direction::None:
        break;
    }
    return RankingSeries::tr("Highest to the left (no better direction)");
}

} // namespace

RankingSeries RankingSeries::build(Database& database, const ChartContext& context,
                                   const QString& indicatorId, ChartPopulation population)
{
    const Indicator indicator = ChartLabels::requireIndicator(database, indicatorId);
    const ChartUnits units = ChartUnits::load(database, context);
    const Gender gender = ChartLabels::genderFor(indicator, context.gender);
    const QList<UnitValue> stored =
        ObservationRepository(database.connection()).values(indicatorId, context.year, gender);

    RankingSeries series;
    series.indicatorId = indicator.id;
    series.title = indicator.title;
    series.unitOfMeasure = indicator.unitOfMeasure;
    series.direction = indicator.direction;
    series.population = population;
    series.axisTitle = indicator.unitOfMeasure;
    series.orderNote = orderNoteFor(indicator.direction);
    series.source = ChartLabels::sourceLine(database);

    // Colour classes and the mean line always compare with the whole country.
    const ComparisonPopulation country = ComparisonPopulation::ofCountry(units.units);
    const QList<UnitValue> countryValues = country.valuesIn(stored);
    const QList<ColourClass> colours = colourClasses(countryValues, indicator.direction);
    QHash<QString, ColourClass> colourOf;
    QList<double> present;
    for (qsizetype i = 0; i < countryValues.size(); ++i) {
        colourOf.insert(countryValues[i].unitId, colours[i]);
        if (countryValues[i].value)
            present.append(*countryValues[i].value);
    }

    ComparisonPopulation ranked;
    if (population == ChartPopulation::AllMunicipalities)
        ranked = country;
    else if (units.network)
        ranked = ComparisonPopulation::ofNetwork(*units.network, context.areaId);
    else
        ranked.label = tr("No network chosen");
    series.populationLabel = ranked.label;
    series.subtitle = tr("%1 · %2").arg(
        ranked.label, ChartLabels::yearAndGender(context.year, indicator, context.gender));

    const QList<UnitValue> values = ranked.valuesIn(stored);
    const QList<std::optional<int>> ranks = competitionRanks(values, indicator.direction);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString& id = values[i].unitId;
        if (!values[i].value) {
            series.withoutValue.append(units.nameOf(id));
            continue;
        }
        RankingBar bar;
        bar.unitId = id;
        bar.name = units.nameOf(id);
        bar.value = *values[i].value;
        bar.rank = ranks[i].value_or(0);
        bar.highlight = units.highlightOf(id);
        bar.colour = colourOf.value(id, ColourClass::NoColour);
        series.bars.append(bar);
    }
    std::stable_sort(series.bars.begin(), series.bars.end(),
                     [](const RankingBar& a, const RankingBar& b) {
                         if (a.rank != b.rank)
                             return a.rank < b.rank;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });

    QList<double> shown;
    for (const RankingBar& bar : std::as_const(series.bars))
        shown.append(bar.value);
    series.decimals = ChartLabels::decimalsFor(shown);
    if (!present.isEmpty()) {
        const double mean = summarize(present).mean;
        series.countryMean = mean;
        series.countryMeanLabel =
            tr("Mean of all municipalities: %1")
                .arg(ChartLabels::number(mean, meanDecimals(mean, series.decimals)));
    }

    QStringList caption;
    const qsizetype total = values.size();
    if (population == ChartPopulation::AllMunicipalities) {
        caption << tr("%1 of %2 municipalities have a value.").arg(series.bars.size()).arg(total);
    } else {
        caption << tr("%1 of %2 members have a value.").arg(series.bars.size()).arg(total);
        if (!series.withoutValue.isEmpty())
            caption
                << tr("Without a value: %1.").arg(series.withoutValue.join(QStringLiteral(", ")));
    }
    for (const RankingBar& bar : std::as_const(series.bars)) {
        if (bar.highlight == Highlight::Focus && indicator.direction != Direction::None) {
            caption
                << tr("%1 is ranked %2 of %3.").arg(bar.name).arg(bar.rank).arg(series.bars.size());
        }
    }
    // With few bars each value carries ▲ or ▼ (RankingChartView); the caption explains them.
    if (indicator.direction != Direction::None && series.bars.size() <= maxNamedBars)
        caption << tr("▲ best quarter, ▼ worst quarter of all municipalities.");
    series.caption = caption.join(QLatin1Char(' '));
    return series;
}

} // namespace jamfor
