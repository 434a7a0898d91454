// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/populationchoice.h"
#include "core/model/network.h"
#include "core/model/unit.h"
#include "core/model/unitgroup.h"
#include "core/model/unitvalue.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace jamfor {

// The units a value is compared with. Built from plain values fetched by core/storage; the
// values of the units are then picked with valuesIn().
struct ComparisonPopulation
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonPopulation)

public:
    PopulationChoice choice;
    QString label;       // shown to the user: "Bohusnätverket", "All municipalities", …
    QStringList unitIds; // without duplicates, in the order described at each function

    // The network's members that take part in the area (Network::memberIdsFor), in the
    // network's order. An empty area takes every member.
    static ComparisonPopulation ofNetwork(const Network& network, const QString& areaId);
    // Every municipality among the units (regions and the country are left out), by id.
    static ComparisonPopulation ofCountry(const QList<Unit>& units);
    // The municipalities with the given two-digit county code, by id. The label uses the
    // region's name when the units hold it ("00" + county code).
    static ComparisonPopulation ofCounty(const QList<Unit>& units, const QString& countyCode);
    // The municipalities whose kommungrupp is the given one (A1–C9), by id. Empty while no
    // unit has a kommungrupp.
    static ComparisonPopulation ofKommungrupp(const QList<Unit>& units, const QString& kommungrupp);
    // The group's members, in the group's order.
    static ComparisonPopulation ofUserGroup(const UnitGroup& group);

    // Resolves a choice with the file's units, networks and groups. Throws jamfor::Error
    // naming the network, group or county when the file has none by that name or code.
    static ComparisonPopulation resolve(const PopulationChoice& choice, const QString& areaId,
                                        const QList<Unit>& units, const QList<Network>& networks,
                                        const QList<UnitGroup>& groups);

    // The population with the unit added (sorted in by id) when it is a municipality that is not
    // in it yet; the label then says so ("V9 and Tanum"). Otherwise the population unchanged.
    ComparisonPopulation including(const QString& unitId, const QList<Unit>& units) const;

    // One entry per unit of the population, in the population's order: the unit's value from
    // values, or no value (status Missing) when values has none for it. Units outside the
    // population are dropped.
    QList<UnitValue> valuesIn(const QList<UnitValue>& values) const;
};

} // namespace jamfor
