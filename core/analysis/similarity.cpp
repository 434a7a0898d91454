// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/similarity.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace jamfor {

QList<UnitFeatures> unitFeatures(const QStringList& unitIds,
                                 const QList<QList<UnitValue>>& valuesPerIndicator)
{
    QHash<QString, qsizetype> indexById;
    QList<UnitFeatures> features;
    features.reserve(unitIds.size());
    for (const QString& id : unitIds) {
        indexById.insert(id, features.size());
        features.append({id, QList<std::optional<double>>(valuesPerIndicator.size())});
    }
    for (qsizetype j = 0; j < valuesPerIndicator.size(); ++j) {
        for (const UnitValue& v : valuesPerIndicator[j]) {
            const auto found = indexById.constFind(v.unitId);
            if (found != indexById.cend())
                features[*found].values[j] = v.value;
        }
    }
    return features;
}

QList<Neighbour> nearestUnits(const QList<UnitFeatures>& units, const QString& focusUnitId, int k)
{
    if (k <= 0 || units.isEmpty())
        return {};
    const qsizetype dimensions = units.constFirst().values.size();
    if (dimensions == 0)
        return {};

    // Units with every picked value, as plain rows.
    QStringList ids;
    QSet<QString> seen;
    QList<QList<double>> rows;
    for (const UnitFeatures& unit : units) {
        if (unit.values.size() != dimensions)
            continue;
        const bool complete =
            std::all_of(unit.values.cbegin(), unit.values.cend(),
                        [](const std::optional<double>& v) { return v.has_value(); });
        if (!complete || seen.contains(unit.unitId))
            continue;
        seen.insert(unit.unitId);
        ids << unit.unitId;
        QList<double> row;
        row.reserve(dimensions);
        for (const std::optional<double>& v : unit.values)
            row.append(*v);
        rows.append(row);
    }
    const qsizetype focus = ids.indexOf(focusUnitId);
    if (focus < 0)
        return {};

    // z-scores with the population standard deviation. The values are shifted by the first
    // unit's value first (z does not change), so that an indicator where every unit has the
    // same value gives exactly sd = 0 instead of a rounding error.
    const auto m = static_cast<double>(rows.size());
    for (qsizetype j = 0; j < dimensions; ++j) {
        const double shift = rows.constFirst()[j];
        double sum = 0;
        for (QList<double>& row : rows) {
            row[j] -= shift;
            sum += row[j];
        }
        const double mean = sum / m;
        double squares = 0;
        for (const QList<double>& row : rows)
            squares += (row[j] - mean) * (row[j] - mean);
        const double sd = std::sqrt(squares / m);
        for (QList<double>& row : rows)
            row[j] = sd > 0 ? (row[j] - mean) / sd : 0.0;
    }

    QList<Neighbour> neighbours;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i == focus)
            continue;
        double squares = 0;
        for (qsizetype j = 0; j < dimensions; ++j) {
            const double d = rows[focus][j] - rows[i][j];
            squares += d * d;
        }
        neighbours.append({ids[i], std::sqrt(squares)});
    }
    std::sort(neighbours.begin(), neighbours.end(), [](const Neighbour& a, const Neighbour& b) {
        return a.distance != b.distance ? a.distance < b.distance : a.unitId < b.unitId;
    });
    if (neighbours.size() > k)
        neighbours.resize(k);
    return neighbours;
}

} // namespace jamfor
