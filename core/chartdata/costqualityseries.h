// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/costquality.h"
#include "core/chartdata/chartcontext.h"
#include "core/model/indicator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace jamfor {

class Database;

// One unit of the scatter.
struct CostQualityDot
{
    QString unitId;
    QString name;
    double cost = 0;    // x
    double quality = 0; // y
    Quadrant quadrant = Quadrant::HighQualityLowCost;
    Highlight highlight = Highlight::Other;
    bool labelled = false; // the focus municipality and the network's members carry their name
};

// A quadrant's name and the corner of the plot it lies in. Low cost is to the left; high
// quality is at the top unless lower quality values are better.
struct QuadrantCorner
{
    Quadrant quadrant = Quadrant::HighQualityLowCost;
    bool top = true;
    bool left = true;
    QString label; // "High quality, low cost"
};

// A cost–quality scatter (DESIGN.md): cost on x, quality on y, median lines, the
// least-squares line and r, ρ and n.
struct CostQualitySeries
{
    Q_DECLARE_TR_FUNCTIONS(CostQualitySeries)

public:
    QString title;    // "Cost and quality"
    QString subtitle; // "All municipalities · cost 2024, quality 2024"
    QString costId;
    QString qualityId;
    QString costAxisTitle;    // "Kostnad äldreomsorg, kr/inv 65+ (kr/inv 65+)"
    QString qualityAxisTitle; // the quality indicator's title and unit
    QString costUnit;         // the indicators' units of measure
    QString qualityUnit;
    Direction qualityDirection = Direction::None;

    QList<CostQualityDot> points; // the points of CostQuality, in its order
    int n = 0;
    double medianCost = 0;
    double medianQuality = 0;
    std::optional<double> pearson;
    std::optional<double> spearman;
    std::optional<LinearFit> line;
    QList<QuadrantCorner> corners; // four, one per quadrant

    int costDecimals = 0;
    int qualityDecimals = 0;
    QString statistics; // "r = 0,42 · ρ = 0,39 · n = 287", decimal comma in Swedish
    QString caption;    // the statistics and how the medians and the line are drawn
    QString source;

    // Cost values of context.year and quality values of context.year + lag, of the chosen
    // population (the whole country or the network), each in the chosen gender where the
    // indicator is divided by gender (else the total). Throws jamfor::Error when the file lacks
    // either indicator.
    static CostQualitySeries build(Database& database, const ChartContext& context,
                                   const QString& costId, const QString& qualityId,
                                   ChartPopulation population, int lag = 0);

    // "r = 0,42 · ρ = 0,39 · n = 287"; a coefficient that is not defined is shown as "–".
    static QString formatStatistics(std::optional<double> pearson, std::optional<double> spearman,
                                    int n);
};

} // namespace jamfor
