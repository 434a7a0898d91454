// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/profileseries.h"

#include "core/analysis/comparisonpopulation.h"
#include "core/analysis/ranking.h"
#include "core/chartdata/chartlabels.h"
#include "core/chartdata/chartunits.h"
#include "core/storage/arearepository.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/observationrepository.h"

namespace jamfor {

ProfileSeries ProfileSeries::build(Database& database, const ChartContext& context,
                                   const QString& unitId, const QStringList& indicatorIds)
{
    QSqlDatabase& db = database.connection();
    const ChartUnits units = ChartUnits::load(database, context);

    ProfileSeries series;
    series.unitId = unitId;
    if (series.unitId.isEmpty())
        series.unitId = units.focusUnitId;
    if (series.unitId.isEmpty() && !units.memberIds.isEmpty())
        series.unitId = units.memberIds.constFirst();
    series.unitName = units.nameOf(series.unitId);
    series.title =
        series.unitId.isEmpty() ? tr("Profile") : tr("Profile of %1").arg(series.unitName);
    series.axisTitle = tr("Percentile among all municipalities (100 = best)");
    series.source = ChartLabels::sourceLine(database);

    QList<Indicator> indicators;
    if (indicatorIds.isEmpty()) {
        // Every area's indicators are grouped by area, in the order of the areas.
        IndicatorRepository repository(db);
        QList<Indicator> candidates;
        if (context.areaId.isEmpty()) {
            for (const Area& area : AreaRepository(db).all())
                candidates += repository.forArea(area.id);
        } else {
            candidates = repository.forArea(context.areaId);
        }
        for (const Indicator& indicator : candidates) {
            if (indicator.direction != Direction::None)
                indicators.append(indicator);
        }
    } else {
        for (const QString& id : indicatorIds)
            indicators.append(ChartLabels::requireIndicator(database, id));
    }

    QString areaName;
    for (const Area& area : AreaRepository(db).all()) {
        if (area.id == context.areaId)
            areaName = area.name;
    }
    QString subtitle = QString::number(context.year);
    if (context.areaId.isEmpty())
        areaName = tr("All areas");
    if (!areaName.isEmpty())
        subtitle = tr("%1 · %2").arg(areaName, subtitle);
    if (context.gender != Gender::Total)
        subtitle = tr("%1 · %2").arg(subtitle, enumLabel(context.gender));
    series.subtitle = subtitle;

    const ComparisonPopulation country = ComparisonPopulation::ofCountry(units.units);
    const qsizetype position = country.unitIds.indexOf(series.unitId);
    ObservationRepository observations(db);
    for (const Indicator& indicator : std::as_const(indicators)) {
        ProfileItem item;
        item.indicatorId = indicator.id;
        item.title = indicator.title;
        item.unitOfMeasure = indicator.unitOfMeasure;
        item.direction = indicator.direction;
        const Gender gender = ChartLabels::genderFor(indicator, context.gender);
        const QList<UnitValue> values =
            country.valuesIn(observations.values(indicator.id, context.year, gender));
        for (const UnitValue& value : values) {
            if (value.value)
                ++item.n;
        }
        QList<double> present;
        if (position >= 0) {
            const auto ranks = competitionRanks(values, indicator.direction);
            const auto shares = percentiles(values, indicator.direction);
            const auto colours = colourClasses(values, indicator.direction);
            item.value = values[position].value;
            item.rank = ranks[position];
            item.percentile = shares[position];
            item.colour = colours[position];
        }
        if (item.value) {
            const int decimals = ChartLabels::decimalsFor({*item.value});
            item.detail = tr("Value %1 %2 · rank %3 of %4")
                              .arg(ChartLabels::number(*item.value, decimals), item.unitOfMeasure)
                              .arg(item.rank.value_or(0))
                              .arg(item.n);
        } else {
            item.detail = tr("No value");
        }
        series.items.append(item);
    }
    series.caption =
        tr("The percentile is the share of the country's municipalities with a value that %1 "
           "is better than or equal to. Colours: the quartiles of all municipalities.")
            .arg(series.unitName);
    return series;
}

} // namespace jamfor
