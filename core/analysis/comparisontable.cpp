// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/comparisontable.h"

#include "core/analysis/comparison.h"
#include "core/analysis/comparisonpopulation.h"
#include "core/registry/unitregistry.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationrepository.h"
#include "core/storage/unitgrouprepository.h"
#include "core/storage/unitrepository.h"
#include "core/util/error.h"

#include <QHash>
#include <QSet>

namespace jamfor {

namespace {

QList<UnitValue> unitValues(const QList<Observation>& observations)
{
    QList<UnitValue> values;
    values.reserve(observations.size());
    for (const Observation& o : observations)
        values.append({o.unitId, o.value, o.status});
    return values;
}

// The values of the given units that have one.
QList<double> valuesOf(const QList<UnitValue>& values, const QSet<QString>& units)
{
    QList<double> result;
    for (const UnitValue& v : values) {
        if (v.value && units.contains(v.unitId))
            result.append(*v.value);
    }
    return result;
}

ComparisonTableCell summaryCell(const QList<double>& values, bool median)
{
    ComparisonTableCell cell;
    const Summary summary = summarize(values);
    if (summary.n > 0) {
        cell.value = median ? summary.median : summary.mean;
        cell.status = ValueStatus::Ok;
    }
    cell.colour = ColourClass::NoColour;
    return cell;
}

} // namespace

ComparisonTable ComparisonTable::build(Database& database, const ComparisonTableRequest& request)
{
    QSqlDatabase& db = database.connection();
    const QList<Unit> units = UnitRepository(db).all();
    const QList<Network> networks = NetworkRepository(db).all();
    const QList<UnitGroup> groups = UnitGroupRepository(db).all();
    ComparisonPopulation population =
        ComparisonPopulation::resolve(request.population, request.areaId, units, networks, groups);
    // Kolada's "Liknande kommuner <area>, <kommun>, <år>" holds the seven similar
    // municipalities without the municipality itself: a group is compared with the focus in it.
    if (request.population.kind == PopulationKind::UserGroup)
        population = population.including(request.focusUnitId, units);

    QStringList networkMembers;
    QString networkName;
    for (const Network& network : networks) {
        if (network.id == request.networkId) {
            networkMembers = network.memberIdsFor(request.areaId);
            networkName = network.name;
        }
    }
    const QSet<QString> memberSet(networkMembers.cbegin(), networkMembers.cend());
    QSet<QString> municipalities;
    for (const Unit& unit : units) {
        if (unit.type == UnitType::Municipality)
            municipalities.insert(unit.id);
    }

    ComparisonTable table;
    table.populationLabel = population.label;

    // Columns: (indicator, year) pairs.
    IndicatorRepository indicatorRepository(db);
    QList<QPair<Indicator, int>> columnKeys;
    if (request.columns == ComparisonTableRequest::Columns::Years) {
        if (request.indicatorIds.isEmpty())
            return table;
        const auto indicator = indicatorRepository.find(request.indicatorIds.constFirst());
        if (!indicator)
            throw Error(tr("The file has no indicator %1.").arg(request.indicatorIds.constFirst()));
        for (int year = request.firstYear; year <= request.year; ++year)
            columnKeys.append({*indicator, year});
    } else {
        for (const QString& id : request.indicatorIds) {
            const auto indicator = indicatorRepository.find(id);
            if (!indicator)
                throw Error(tr("The file has no indicator %1.").arg(id));
            columnKeys.append({*indicator, request.year});
        }
    }

    // Rows: the population's units, in the population's order.
    QHash<QString, qsizetype> rowOf;
    for (const QString& unitId : population.unitIds) {
        ComparisonTableRow row;
        row.unitId = unitId;
        const Unit* unit = UnitRegistry::instance().find(unitId);
        row.name = unit ? unit->name : unitId;
        row.focus = unitId == request.focusUnitId;
        row.networkMember = memberSet.contains(unitId);
        rowOf.insert(unitId, table.rows.size());
        table.rows.append(row);
    }
    ComparisonTableRow networkMean{ComparisonTableRow::Kind::NetworkMean,
                                   {},
                                   tr("%1, mean").arg(networkName),
                                   false,
                                   false,
                                   {}};
    ComparisonTableRow countryMean{ComparisonTableRow::Kind::CountryMean,
                                   {},
                                   tr("All municipalities, mean"),
                                   false,
                                   false,
                                   {}};
    ComparisonTableRow countryMedian{ComparisonTableRow::Kind::CountryMedian,
                                     {},
                                     tr("All municipalities, median"),
                                     false,
                                     false,
                                     {}};

    ObservationRepository observations(db);
    for (const auto& [indicator, year] : columnKeys) {
        const QList<UnitValue> current =
            unitValues(observations.forIndicatorYear(indicator.id, year, request.gender));
        const QList<UnitValue> previous =
            unitValues(observations.forIndicatorYear(indicator.id, year - 1, request.gender));
        const Comparison comparison = compareUnits(
            population.valuesIn(current), population.valuesIn(previous), indicator.direction);

        ComparisonTableColumn column;
        column.indicator = indicator;
        column.year = year;
        column.population = comparison.summary;
        const QList<double> countryValues = valuesOf(current, municipalities);
        column.country = summarize(countryValues);
        table.columns.append(column);

        for (ComparisonTableRow& row : table.rows)
            row.cells.append(ComparisonTableCell{});
        for (const ComparisonRow& result : comparison.rows) {
            ComparisonTableCell& cell = table.rows[rowOf.value(result.unitId)].cells.last();
            cell.value = result.value;
            cell.status = result.status;
            cell.colour = result.colour;
            cell.rank = result.rank;
            cell.change = result.change;
        }
        networkMean.cells.append(summaryCell(valuesOf(current, memberSet), false));
        countryMean.cells.append(summaryCell(countryValues, false));
        countryMedian.cells.append(summaryCell(countryValues, true));
    }

    if (!networkMembers.isEmpty())
        table.rows.append(networkMean);
    table.rows.append(countryMean);
    table.rows.append(countryMedian);
    return table;
}

} // namespace jamfor
