// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/costquality.h"

#include "core/analysis/correlation.h"
#include "core/analysis/summary.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace jamfor {

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return quantileInc(values, 0.5);
}

} // namespace

QString quadrantCode(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::HighQualityLowCost:
        return QStringLiteral("high_quality_low_cost");
    case Quadrant::HighQualityHighCost:
        return QStringLiteral("high_quality_high_cost");
    case Quadrant::LowQualityLowCost:
        return QStringLiteral("low_quality_low_cost");
    case Quadrant::LowQualityHighCost:
        break;
    }
    return QStringLiteral("low_quality_high_cost");
}

QString quadrantLabel(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::HighQualityLowCost:
        return QCoreApplication::translate("CostQuality", "High quality, low cost");
    case Quadrant::HighQualityHighCost:
        return QCoreApplication::translate("CostQuality", "High quality, high cost");
    case Quadrant::LowQualityLowCost:
        return QCoreApplication::translate("CostQuality", "Low quality, low cost");
    case Quadrant::LowQualityHighCost:
        break;
    }
    return QCoreApplication::translate("CostQuality", "Low quality, high cost");
}

CostQuality costQuality(const QList<UnitValue>& cost, const QList<UnitValue>& quality,
                        Direction qualityDirection)
{
    QHash<QString, double> qualityById;
    for (const UnitValue& q : quality) {
        if (q.value)
            qualityById.insert(q.unitId, *q.value);
    }

    CostQuality result;
    QList<double> xs;
    QList<double> ys;
    for (const UnitValue& c : cost) {
        const auto q = qualityById.constFind(c.unitId);
        if (!c.value || q == qualityById.cend())
            continue;
        CostQualityPoint point;
        point.unitId = c.unitId;
        point.cost = *c.value;
        point.quality = *q;
        result.points.append(point);
        xs.append(point.cost);
        ys.append(point.quality);
        qualityById.erase(q); // a unit listed twice among the costs becomes one point
    }
    result.n = static_cast<int>(result.points.size());
    if (result.n == 0)
        return result;

    result.medianCost = median(xs);
    result.medianQuality = median(ys);
    result.pearson = pearson(xs, ys);
    result.spearman = spearman(xs, ys);
    result.line = fitLine(xs, ys);

    const bool lowerIsBetter = qualityDirection == Direction::LowerIsBetter;
    for (CostQualityPoint& point : result.points) {
        const bool highCost = point.cost > result.medianCost;
        const bool highQuality = lowerIsBetter ? point.quality <= result.medianQuality
                                               : point.quality >= result.medianQuality;
        if (highQuality)
            point.quadrant =
                highCost ? Quadrant::HighQualityHighCost : Quadrant::HighQualityLowCost;
        else
            point.quadrant = highCost ? Quadrant::LowQualityHighCost : Quadrant::LowQualityLowCost;
        if (result.line)
            point.residual = point.quality - result.line->predict(point.cost);
    }
    return result;
}

} // namespace jamfor
