// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/unitvalue.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace jamfor {

// One unit's values of the background indicators the user picked, in the order they were
// picked.
struct UnitFeatures
{
    QString unitId;
    QList<std::optional<double>> values;
};

struct Neighbour
{
    QString unitId;
    double distance = 0;
};

// Turns one list of values per picked indicator (as ObservationRepository::values returns
// them) into one UnitFeatures per unit of unitIds, in that order; a unit without a value of
// an indicator gets an empty value there.
QList<UnitFeatures> unitFeatures(const QStringList& unitIds,
                                 const QList<QList<UnitValue>>& valuesPerIndicator);

// The k units most similar to the focus unit ("similar municipalities"):
//
// 1. Units missing any picked value are left out entirely.
// 2. Each indicator j is z-scored over the remaining units, the focus unit included:
//        z = (x − mean_j) / sd_j,
//    where sd_j is the POPULATION standard deviation √(Σ(x − mean_j)² / m) over those m
//    units (not the sample one with m − 1). An indicator with sd_j = 0 (every unit has the
//    same value) gets z = 0 for all units and does not affect the distances.
// 3. The distance is the Euclidean distance of the z vectors, √Σ_j (z_focus,j − z_unit,j)².
//
// Returns at most k units (never the focus unit), nearest first; equal distances are ordered
// by unit id. Empty when k ≤ 0, when no indicator is picked, or when the focus unit is
// missing from units or lacks a picked value. Pass every municipality in units: the z-scores
// depend on the whole set (the DESIGN says "over all municipalities").
QList<Neighbour> nearestUnits(const QList<UnitFeatures>& units, const QString& focusUnitId, int k);

} // namespace jamfor
