// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"
#include "core/model/unitvalue.h"

#include <QList>
#include <optional>

namespace jamfor {

// Ranks and percentiles of the units of one comparison population. Units without a value get
// neither and do not count in n. Values are compared exactly (no rounding tolerance).
//
// "Better" follows the indicator's direction: a higher value for HigherIsBetter, a lower value
// for LowerIsBetter. An indicator without a direction (Direction::None) is ranked by value,
// highest first, as if higher were better; its rank then orders values and says nothing about
// quality.

// Competition ranking ("1224"): rank = 1 + the number of values that are strictly better.
// 1 is the best; ties share the best rank of their group and the next rank is skipped.
// Element i belongs to values[i].
QList<std::optional<int>> competitionRanks(const QList<UnitValue>& values, Direction direction);

// Percentile, 0–100: the share of the population's values (the unit's own value included)
// that the unit's value is better than or equal to,
//     percentile = 100 · #{ j : value_i is better than or equal to value_j } / n.
// The best unit gets 100, a unique worst unit 100/n, and every unit gets 100 when all values
// are equal. Ties get the same percentile. Element i belongs to values[i].
QList<std::optional<double>> percentiles(const QList<UnitValue>& values, Direction direction);

} // namespace jamfor
