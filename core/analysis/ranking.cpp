// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/ranking.h"

#include <algorithm>

namespace jamfor {

namespace {

QList<double> sortedValues(const QList<UnitValue>& values)
{
    QList<double> sorted;
    sorted.reserve(values.size());
    for (const UnitValue& v : values) {
        if (v.value)
            sorted.append(*v.value);
    }
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// How many of the sorted values are strictly greater, or strictly smaller, than v.
qsizetype countGreater(const QList<double>& sorted, double v)
{
    return sorted.cend() - std::upper_bound(sorted.cbegin(), sorted.cend(), v);
}

qsizetype countSmaller(const QList<double>& sorted, double v)
{
    return std::lower_bound(sorted.cbegin(), sorted.cend(), v) - sorted.cbegin();
}

} // namespace

QList<std::optional<int>> competitionRanks(const QList<UnitValue>& values, Direction direction)
{
    const QList<double> sorted = sortedValues(values);
    QList<std::optional<int>> ranks;
    ranks.reserve(values.size());
    for (const UnitValue& v : values) {
        if (!v.value) {
            ranks.append(std::nullopt);
            continue;
        }
        const qsizetype better = direction == Direction::LowerIsBetter
                                     ? countSmaller(sorted, *v.value)
                                     : countGreater(sorted, *v.value);
        ranks.append(static_cast<int>(better) + 1);
    }
    return ranks;
}

QList<std::optional<double>> percentiles(const QList<UnitValue>& values, Direction direction)
{
    const QList<double> sorted = sortedValues(values);
    const auto n = static_cast<double>(sorted.size());
    QList<std::optional<double>> result;
    result.reserve(values.size());
    for (const UnitValue& v : values) {
        if (!v.value) {
            result.append(std::nullopt);
            continue;
        }
        // Better than or equal to = not strictly worse.
        const qsizetype worseOrEqual = direction == Direction::LowerIsBetter
                                           ? sorted.size() - countSmaller(sorted, *v.value)
                                           : sorted.size() - countGreater(sorted, *v.value);
        result.append(100.0 * static_cast<double>(worseOrEqual) / n);
    }
    return result;
}

} // namespace jamfor
