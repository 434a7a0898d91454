// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/networkoverview.h"

#include "core/registry/unitregistry.h"
#include "core/storage/database.h"
#include "core/storage/indicatorrepository.h"
#include "core/storage/networkrepository.h"
#include "core/storage/observationrepository.h"

#include <QHash>

namespace jamfor {

NetworkOverview NetworkOverview::build(Database& database, qint64 networkId, const QString& areaId,
                                       int year, Gender gender)
{
    QSqlDatabase& db = database.connection();
    NetworkOverview overview;
    const auto network = NetworkRepository(db).find(networkId);
    if (!network)
        return overview;
    const UnitRegistry& registry = UnitRegistry::instance();
    for (const QString& id : network->memberIdsFor(areaId)) {
        if (const Unit* unit = registry.find(id))
            overview.members.append(*unit);
    }
    overview.indicators = IndicatorRepository(db).forArea(areaId);

    ObservationRepository observations(db);
    overview.cells.resize(overview.members.size());
    for (const Indicator& indicator : overview.indicators) {
        QHash<QString, Observation> byUnit;
        QList<double> countryValues;
        for (const Observation& o : observations.forIndicatorYear(indicator.id, year, gender)) {
            byUnit.insert(o.unitId, o);
            const Unit* unit = registry.find(o.unitId);
            if (o.value && unit && unit->type == UnitType::Municipality)
                countryValues.append(*o.value);
        }
        const Summary summary = summarize(countryValues);
        overview.countrySummaries.append(summary);
        for (qsizetype row = 0; row < overview.members.size(); ++row) {
            OverviewCell cell;
            const auto it = byUnit.constFind(overview.members[row].id);
            if (it != byUnit.constEnd()) {
                cell.value = it->value;
                cell.status = it->status;
            }
            cell.colour = colourClass(cell.value, indicator.direction, summary);
            overview.cells[row].append(cell);
        }
    }
    return overview;
}

} // namespace jamfor
