// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handbook/quickanalysis.h"

#include "core/analysis/comparisonpopulation.h"
#include "core/analysis/comparisontable.h"
#include "core/analysis/gendersplit.h"
#include "core/analysis/summary.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationrepository.h"
#include "core/storage/unitgrouprepository.h"
#include "core/storage/unitrepository.h"
#include "core/util/error.h"

namespace jamfor {

PopulationChoice QuickAnalysis::populationOf(Database& database, const Analysis& analysis)
{
    switch (analysis.comparisonKind) {
    case ComparisonKind::Network: {
        const auto network = NetworkRepository(database.connection()).find(analysis.networkId);
        if (!network)
            throw Error(tr("The analysis compares with network %1, which is no longer in the "
                           "file.")
                            .arg(analysis.networkId));
        return {PopulationKind::Network, network->name};
    }
    case ComparisonKind::Country:
        return {PopulationKind::Country, {}};
    case ComparisonKind::County:
        return {PopulationKind::County, analysis.comparisonKey};
    case ComparisonKind::Kommungrupp:
        return {PopulationKind::Kommungrupp, analysis.comparisonKey};
    case ComparisonKind::UnitGroup: {
        const auto group = UnitGroupRepository(database.connection()).find(analysis.unitGroupId);
        if (!group)
            throw Error(tr("The analysis compares with saved group %1, which is no longer in "
                           "the file.")
                            .arg(analysis.unitGroupId));
        return {PopulationKind::UserGroup, group->name};
    }
    }
    return {};
}

QuickAnalysis QuickAnalysis::build(Database& database, const Analysis& analysis)
{
    QuickAnalysis result;
    if (analysis.areaId.isEmpty() || analysis.year <= 0)
        return result;
    const QList<Indicator> indicators =
        IndicatorRepository(database.connection()).forArea(analysis.areaId);
    if (indicators.isEmpty())
        return result;

    ComparisonTableRequest request;
    request.population = populationOf(database, analysis);
    request.networkId = analysis.networkId;
    request.areaId = analysis.areaId;
    for (const Indicator& indicator : indicators)
        request.indicatorIds << indicator.id;
    request.year = analysis.year;
    request.focusUnitId = analysis.focusUnitId;
    const ComparisonTable table = ComparisonTable::build(database, request);
    result.populationLabel = table.populationLabel;

    const ComparisonTableRow* focus = nullptr;
    for (const ComparisonTableRow& row : table.rows) {
        if (row.kind == ComparisonTableRow::Kind::Unit && row.unitId == analysis.focusUnitId)
            focus = &row;
    }

    ObservationRepository observations(database.connection());
    QStringList indicatorIds;
    for (const Indicator& indicator : indicators)
        indicatorIds << indicator.id;
    const QList<QList<UnitValue>> allValues =
        observations.values(indicatorIds, analysis.year, Gender::Total);
    const QList<Unit> units = UnitRepository(database.connection()).all();
    std::optional<ComparisonPopulation> kommungrupp;
    for (const Unit& unit : units) {
        if (unit.id == analysis.focusUnitId && !unit.kommungrupp.isEmpty()) {
            result.kommungrupp = unit.kommungrupp;
            kommungrupp = ComparisonPopulation::ofKommungrupp(units, unit.kommungrupp);
        }
    }

    for (qsizetype i = 0; i < indicators.size(); ++i) {
        QuickAnalysisRow row;
        row.indicator = indicators[i];
        for (const UnitValue& value : allValues[i]) {
            if (value.unitId == countryUnitId)
                row.country = value.value;
        }
        if (kommungrupp) {
            QList<double> present;
            for (const UnitValue& value : kommungrupp->valuesIn(allValues[i])) {
                if (value.value)
                    present << *value.value;
            }
            row.kommungruppCount = int(present.size());
            if (!present.isEmpty())
                row.kommungruppMean = summarize(present).mean;
        }
        row.rankedCount = table.columns[i].population.n;
        if (focus) {
            const ComparisonTableCell& cell = focus->cells[i];
            row.value = cell.value;
            row.colour = cell.colour;
            row.rank = cell.rank;
            row.change = cell.change;
        } else {
            // Outside the population: the value and change still tell the group something.
            for (const Observation& o :
                 observations.series(analysis.focusUnitId, {row.indicator.id}, analysis.year,
                                     analysis.year, Gender::Total))
                row.value = o.value;
            row.colour = row.value ? ColourClass::NoColour : ColourClass::Missing;
        }
        if (row.indicator.dividedByGender) {
            const QList<GenderSplit> split = genderSplit(
                observations.forIndicatorYearAllGenders(row.indicator.id, analysis.year),
                {analysis.focusUnitId});
            if (!split.isEmpty()) {
                row.women = split.constFirst().women;
                row.men = split.constFirst().men;
            }
        }
        result.rows << row;
    }
    return result;
}

} // namespace jamfor
