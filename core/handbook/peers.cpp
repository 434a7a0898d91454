// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handbook/peers.h"

#include "core/analysis/comparison.h"
#include "core/analysis/comparisonpopulation.h"
#include "core/analysis/gendersplit.h"
#include "core/analysis/ranking.h"
#include "core/chartdata/chartlabels.h"
#include "core/chartdata/chartunits.h"
#include "core/handbook/quickanalysis.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationrepository.h"
#include "core/storage/unitgrouprepository.h"
#include "core/storage/unitrepository.h"
#include "core/util/error.h"

namespace jamfor {

namespace {

// The units in order, each once.
ComparisonPopulation populationOf(const QStringList& unitIds)
{
    ComparisonPopulation population;
    for (const QString& id : unitIds) {
        if (!id.isEmpty() && !population.unitIds.contains(id))
            population.unitIds << id;
    }
    return population;
}

} // namespace

Peers::Suggestion Peers::similarTo(Database& database, const QString& focusUnitId, int year,
                                   int count)
{
    QSqlDatabase& db = database.connection();
    Suggestion suggestion;
    QStringList background;
    for (const Indicator& indicator : IndicatorRepository(db).all()) {
        if (indicator.kind == IndicatorKind::Background) {
            background << indicator.id;
            suggestion.backgroundTitles << indicator.title;
        }
    }
    if (background.isEmpty() || year <= 0 || focusUnitId.isEmpty())
        return suggestion;
    QStringList municipalities;
    for (const Unit& unit : UnitRepository(db).ofType(UnitType::Municipality))
        municipalities << unit.id;
    const auto values = ObservationRepository(db).values(background, year, Gender::Total);
    suggestion.nearest = nearestUnits(unitFeatures(municipalities, values), focusUnitId, count);
    return suggestion;
}

Peers::Values Peers::valuesAmong(Database& database, const Analysis& analysis,
                                 const QString& indicatorId)
{
    QSqlDatabase& db = database.connection();
    const auto indicator = IndicatorRepository(db).find(indicatorId);
    if (!indicator)
        return {};
    const ComparisonPopulation units =
        populationOf(QStringList{analysis.focusUnitId} + analysis.similarUnitIds);
    const QList<UnitValue> values =
        units.valuesIn(ObservationRepository(db).values(indicatorId, analysis.year, Gender::Total));
    const QList<std::optional<int>> ranks = competitionRanks(values, indicator->direction);
    Values result;
    QList<double> numbers;
    for (qsizetype i = 0; i < values.size(); ++i) {
        result.rows.append({values[i].unitId, values[i].value, values[i].status, ranks[i]});
        if (values[i].value)
            numbers << *values[i].value;
    }
    result.decimals = ChartLabels::decimalsFor(numbers);
    return result;
}

QStringList Peers::betterThanFocus(Database& database, const Analysis& analysis,
                                   const QString& indicatorId)
{
    QSqlDatabase& db = database.connection();
    const auto indicator = IndicatorRepository(db).find(indicatorId);
    if (!indicator || indicator->direction == Direction::None)
        return {};
    QStringList candidates;
    try {
        candidates = ComparisonPopulation::resolve(QuickAnalysis::populationOf(database, analysis),
                                                   analysis.areaId, UnitRepository(db).all(),
                                                   NetworkRepository(db).all(),
                                                   UnitGroupRepository(db).all())
                         .unitIds;
    } catch (const Error&) {
        // The population is gone; the similar municipalities still help.
    }
    const ComparisonPopulation units =
        populationOf(candidates + analysis.similarUnitIds + QStringList{analysis.focusUnitId});
    const Comparison comparison = compareUnits(
        units.valuesIn(ObservationRepository(db).values(indicatorId, analysis.year, Gender::Total)),
        {}, indicator->direction);
    std::optional<int> focusRank;
    for (const ComparisonRow& row : comparison.rows) {
        if (row.unitId == analysis.focusUnitId)
            focusRank = row.rank;
    }
    QStringList ids;
    for (const ComparisonRow& row : comparison.rows) {
        if (row.rank && focusRank && *row.rank < *focusRank)
            ids << row.unitId;
    }
    return ids;
}

Peers::GenderGaps Peers::genderGaps(Database& database, const ChartContext& context,
                                    const QStringList& similarUnitIds, const QString& indicatorId)
{
    const ChartUnits units = ChartUnits::load(database, context);
    const ComparisonPopulation population =
        populationOf(QStringList{context.focusUnitId} + units.memberIds + similarUnitIds);
    GenderGaps gaps;
    QList<double> values;
    for (const GenderSplit& split :
         genderSplit(ObservationRepository(database.connection())
                         .forIndicatorYearAllGenders(indicatorId, context.year),
                     population.unitIds)) {
        gaps.rows.append({split.unitId, units.nameOf(split.unitId), split.women, split.men,
                          split.unitId == context.focusUnitId});
        for (const auto& v : {split.women, split.men}) {
            if (v)
                values << *v;
        }
    }
    gaps.decimals = ChartLabels::decimalsFor(values);
    return gaps;
}

} // namespace jamfor
