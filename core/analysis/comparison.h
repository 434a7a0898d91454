// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/colourclass.h"
#include "core/analysis/summary.h"
#include "core/analysis/trend.h"
#include "core/model/indicator.h"
#include "core/model/unitvalue.h"

#include <QList>
#include <QString>
#include <optional>

namespace jamfor {

// One unit's line of a comparison table.
struct ComparisonRow
{
    QString unitId;
    std::optional<double> value;
    ValueStatus status = ValueStatus::Ok;
    std::optional<int> rank;          // competitionRanks(): 1 = best, ties share the best rank
    std::optional<double> percentile; // percentiles(): 0–100
    ColourClass colour = ColourClass::Missing;
    std::optional<Change> change; // since the previous year; empty when either value is missing
};

// A comparison of the units of one population for one indicator, year and gender.
struct Comparison
{
    Summary summary; // of the population's values (units without a value left out)
    // Best first (by rank; equal ranks by unit id), then the units without a value in the
    // population's order.
    QList<ComparisonRow> rows;
};

// Compares the population's values (ComparisonPopulation::valuesIn gives them, one per unit)
// under the indicator's direction. previous holds the values of the year before, for the
// change column; units not in current are ignored there, and it may be empty.
Comparison compareUnits(const QList<UnitValue>& current, const QList<UnitValue>& previous,
                        Direction direction);

} // namespace jamfor
