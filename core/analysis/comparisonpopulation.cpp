// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/comparisonpopulation.h"

#include "core/registry/kommungrupp.h"
#include "core/util/error.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace jamfor {

namespace {

QStringList withoutDuplicates(const QStringList& ids)
{
    QStringList unique;
    QSet<QString> seen;
    for (const QString& id : ids) {
        if (!seen.contains(id)) {
            seen.insert(id);
            unique << id;
        }
    }
    return unique;
}

template <typename Predicate>
QStringList municipalitiesWhere(const QList<Unit>& units, Predicate predicate)
{
    QStringList ids;
    for (const Unit& unit : units) {
        if (unit.type == UnitType::Municipality && predicate(unit))
            ids << unit.id;
    }
    ids.sort();
    return withoutDuplicates(ids);
}

} // namespace

ComparisonPopulation ComparisonPopulation::ofNetwork(const Network& network, const QString& areaId)
{
    ComparisonPopulation population;
    population.choice = {PopulationKind::Network, network.name};
    population.label = network.name;
    population.unitIds = withoutDuplicates(network.memberIdsFor(areaId));
    return population;
}

ComparisonPopulation ComparisonPopulation::ofCountry(const QList<Unit>& units)
{
    ComparisonPopulation population;
    population.choice = {PopulationKind::Country, {}};
    population.label = tr("All municipalities");
    population.unitIds = municipalitiesWhere(units, [](const Unit&) { return true; });
    return population;
}

ComparisonPopulation ComparisonPopulation::ofCounty(const QList<Unit>& units,
                                                    const QString& countyCode)
{
    ComparisonPopulation population;
    population.choice = {PopulationKind::County, countyCode};
    population.label = tr("County %1").arg(countyCode);
    const QString regionId = QStringLiteral("00") + countyCode;
    for (const Unit& unit : units) {
        if (unit.type == UnitType::Region && unit.id == regionId)
            population.label = unit.name;
    }
    population.unitIds =
        municipalitiesWhere(units, [&](const Unit& unit) { return unit.countyCode == countyCode; });
    return population;
}

ComparisonPopulation ComparisonPopulation::ofKommungrupp(const QList<Unit>& units,
                                                         const QString& kommungrupp)
{
    ComparisonPopulation population;
    population.choice = {PopulationKind::Kommungrupp, kommungrupp};
    population.label = Kommungrupper::populationLabel(kommungrupp);
    population.unitIds = municipalitiesWhere(
        units, [&](const Unit& unit) { return unit.kommungrupp == kommungrupp; });
    return population;
}

ComparisonPopulation ComparisonPopulation::ofUserGroup(const UnitGroup& group)
{
    ComparisonPopulation population;
    population.choice = {PopulationKind::UserGroup, group.name};
    population.label = group.name;
    population.unitIds = withoutDuplicates(group.unitIds);
    return population;
}

ComparisonPopulation ComparisonPopulation::resolve(const PopulationChoice& choice,
                                                   const QString& areaId, const QList<Unit>& units,
                                                   const QList<Network>& networks,
                                                   const QList<UnitGroup>& groups)
{
    switch (choice.kind) {
    case PopulationKind::Network:
        for (const Network& network : networks) {
            if (network.name == choice.key)
                return ofNetwork(network, areaId);
        }
        throw Error(tr("There is no network named \"%1\" in the file.").arg(choice.key));
    case PopulationKind::Country:
        return ofCountry(units);
    case PopulationKind::County: {
        const bool known = std::any_of(units.cbegin(), units.cend(), [&](const Unit& unit) {
            return unit.type != UnitType::Country && unit.countyCode == choice.key;
        });
        if (!known)
            throw Error(tr("There is no county with the code \"%1\".").arg(choice.key));
        return ofCounty(units, choice.key);
    }
    case PopulationKind::Kommungrupp: {
        const Kommungrupp* group = Kommungrupper::find(choice.key);
        if (!group)
            throw Error(tr("There is no kommungrupp \"%1\"; SKR's groups are A1, A2, B3, B4, "
                           "B5, C6, C7, C8 and C9.")
                            .arg(choice.key));
        return ofKommungrupp(units, group->code);
    }
    case PopulationKind::UserGroup:
        for (const UnitGroup& group : groups) {
            if (group.name == choice.key)
                return ofUserGroup(group);
        }
        throw Error(tr("There is no group named \"%1\" in the file.").arg(choice.key));
    }
    return ofCountry(units);
}

ComparisonPopulation ComparisonPopulation::including(const QString& unitId,
                                                     const QList<Unit>& units) const
{
    if (unitId.isEmpty() || unitIds.contains(unitId))
        return *this;
    const auto unit =
        std::find_if(units.cbegin(), units.cend(), [&](const Unit& u) { return u.id == unitId; });
    if (unit == units.cend() || unit->type != UnitType::Municipality)
        return *this;
    ComparisonPopulation result = *this;
    result.unitIds.append(unitId);
    if (std::is_sorted(unitIds.cbegin(), unitIds.cend()))
        std::sort(result.unitIds.begin(), result.unitIds.end());
    //: %1 a group's name, %2 the focus municipality added to it
    result.label = tr("%1 and %2").arg(label, unit->name);
    return result;
}

QList<UnitValue> ComparisonPopulation::valuesIn(const QList<UnitValue>& values) const
{
    QList<UnitValue> result;
    result.reserve(unitIds.size());
    const auto missing = [](const QString& id) {
        return UnitValue{id, std::nullopt, ValueStatus::Missing};
    };
    const auto byUnit = [](const UnitValue& a, const UnitValue& b) {
        return a.unitId < b.unitId;
    };
    // Storage returns values ordered by unit id, and most populations are ordered by id too:
    // then one merge pass does, without a hash of the ids for every indicator.
    if (std::is_sorted(unitIds.cbegin(), unitIds.cend()) &&
        std::is_sorted(values.cbegin(), values.cend(), byUnit)) {
        auto v = values.cbegin();
        for (const QString& id : unitIds) {
            while (v != values.cend() && v->unitId < id)
                ++v;
            result.append(v != values.cend() && v->unitId == id ? *v : missing(id));
        }
        return result;
    }
    QHash<QString, qsizetype> indexById;
    indexById.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i)
        indexById.insert(values[i].unitId, i);
    for (const QString& id : unitIds) {
        const auto found = indexById.constFind(id);
        result.append(found != indexById.cend() ? values[*found] : missing(id));
    }
    return result;
}

} // namespace jamfor
