// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/comparison.h"

#include "core/analysis/ranking.h"

#include <QHash>
#include <algorithm>

namespace jamfor {

Comparison compareUnits(const QList<UnitValue>& current, const QList<UnitValue>& previous,
                        Direction direction)
{
    QList<double> values;
    values.reserve(current.size());
    for (const UnitValue& v : current) {
        if (v.value)
            values.append(*v.value);
    }
    Comparison comparison;
    comparison.summary = summarize(values);

    QHash<QString, std::optional<double>> previousById;
    for (const UnitValue& v : previous)
        previousById.insert(v.unitId, v.value);

    const QList<std::optional<int>> ranks = competitionRanks(current, direction);
    const QList<std::optional<double>> shares = percentiles(current, direction);
    comparison.rows.reserve(current.size());
    for (qsizetype i = 0; i < current.size(); ++i) {
        const UnitValue& v = current[i];
        ComparisonRow row;
        row.unitId = v.unitId;
        row.value = v.value;
        row.status = v.status;
        row.rank = ranks[i];
        row.percentile = shares[i];
        row.colour = colourClass(v.value, direction, comparison.summary);
        row.change = changeSince(previousById.value(v.unitId), v.value, direction);
        comparison.rows.append(row);
    }
    std::stable_sort(comparison.rows.begin(), comparison.rows.end(),
                     [](const ComparisonRow& a, const ComparisonRow& b) {
                         if (a.rank && b.rank)
                             return *a.rank != *b.rank ? *a.rank < *b.rank : a.unitId < b.unitId;
                         return a.rank.has_value() && !b.rank.has_value();
                     });
    return comparison;
}

} // namespace jamfor
