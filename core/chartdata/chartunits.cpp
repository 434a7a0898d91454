// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/chartdata/chartunits.h"

#include "core/storage/database.h"
#include "core/storage/networkrepository.h"
#include "core/storage/unitrepository.h"

namespace jamfor {

ChartUnits ChartUnits::load(Database& database, const ChartContext& context)
{
    QSqlDatabase& db = database.connection();
    ChartUnits result;
    result.units = UnitRepository(db).all();
    for (const Unit& unit : std::as_const(result.units))
        result.names.insert(unit.id, unit.name);
    if (context.networkId != 0) {
        result.network = NetworkRepository(db).find(context.networkId);
        if (result.network)
            result.memberIds = result.network->memberIdsFor(context.areaId);
    }
    result.focusUnitId = context.focusUnitId;
    return result;
}

Highlight ChartUnits::highlightOf(const QString& unitId) const
{
    if (!focusUnitId.isEmpty() && unitId == focusUnitId)
        return Highlight::Focus;
    if (memberIds.contains(unitId))
        return Highlight::Member;
    return Highlight::Other;
}

QString ChartUnits::nameOf(const QString& unitId) const
{
    return names.value(unitId, unitId);
}

QString ChartUnits::networkName() const
{
    return network ? network->name : QString();
}

} // namespace jamfor
