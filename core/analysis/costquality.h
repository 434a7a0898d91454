// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/linearfit.h"
#include "core/model/indicator.h"
#include "core/model/unitvalue.h"

#include <QList>
#include <QString>
#include <optional>

namespace jamfor {

// Where a unit lies relative to the median lines of a cost–quality scatter.
enum class Quadrant
{
    HighQualityLowCost,
    HighQualityHighCost,
    LowQualityLowCost,
    LowQualityHighCost
};

// "high_quality_low_cost", "high_quality_high_cost", "low_quality_low_cost",
// "low_quality_high_cost".
QString quadrantCode(Quadrant quadrant);
// The same, translated for the user ("High quality, low cost", …).
QString quadrantLabel(Quadrant quadrant);

// One unit of the scatter: its cost (x) and its quality (y).
struct CostQualityPoint
{
    QString unitId;
    double cost = 0;
    double quality = 0;
    Quadrant quadrant = Quadrant::HighQualityLowCost;
    std::optional<double> residual; // quality − line.predict(cost); empty without a line
};

struct CostQuality
{
    QList<CostQualityPoint> points; // in the order of the cost values
    int n = 0;                      // number of points
    double medianCost = 0;          // median of the points' costs (0 when n = 0)
    double medianQuality = 0;       // median of the points' qualities (0 when n = 0)
    std::optional<double> pearson;  // r of (cost, quality); see correlation.h
    std::optional<double> spearman; // ρ of (cost, quality), ties by average ranks
    std::optional<LinearFit> line;  // least squares quality = intercept + slope · cost
};

// The cost–quality analysis of DESIGN.md. cost holds the cost indicator's values (x) and
// quality the quality indicator's values (y) of the comparison population, for the cost year
// and for the quality year (cost year + lag) respectively; the caller picks the years. Only
// units with both values become points; the medians, r, ρ, n and the line are computed over
// the points.
//
// Quadrants: a cost above the median cost is high cost; a cost equal to or below it is low
// cost. A quality better than the median quality is high quality and a quality equal to the
// median counts as high quality too; "better" follows qualityDirection (higher values for
// HigherIsBetter and, as if it were, for None; lower values for LowerIsBetter). So a unit on a
// median line is given the favourable side, as ties are in the colour classes and ranks.
//
// r and ρ are of the raw values: with a lower-is-better quality indicator, a negative r means
// that higher cost goes with better quality.
CostQuality costQuality(const QList<UnitValue>& cost, const QList<UnitValue>& quality,
                        Direction qualityDirection);

} // namespace jamfor
