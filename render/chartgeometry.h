// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/trend.h"
#include "core/chartdata/rankingseries.h"
#include "core/chartdata/trendseries.h"

#include <QList>
#include <QPointF>
#include <optional>

namespace jamfor {

// Geometry that the interactive charts (ui/charts) and the painted ones (render/) share.
namespace chartgeometry {

// The runs of consecutive years with a value, as (year, value) points: a line is broken where
// a year has none.
QList<QList<QPointF>> valueRuns(const QList<YearValue>& points);

// The bars of a ranking are drawn in three sets, one per role: 0 the focus municipality, 1 the
// network's members, 2 the other municipalities.
int roleIndex(Highlight highlight);

// The bars whose names are written on a ranking: the focus municipality first, then the
// network's members in the bars' order.
QList<qsizetype> labelledBars(const QList<RankingBar>& bars);

// The span of a chart's values axis, before it is rounded to tidy ticks.
struct ValueSpan
{
    double low = 0;
    double high = 1;
    bool capAtHundred = false; // a share in per cent whose values are at most 100
};

// A ranking's axis starts at 0 (or below it for negative values), takes in the country mean and
// leaves room above the bars for the names of the highlighted ones (more with many bars).
ValueSpan rankingSpan(const RankingSeries& series);
// The lowest and highest value of the lines and the country mean with a little room around
// them; nothing when no line has a value.
std::optional<ValueSpan> trendSpan(const TrendSeries& series);

// The tops of a row of bars, for putting labels above them.
struct BarSkyline
{
    qreal first = 0;   // x of the first bar's centre
    qreal step = 1;    // from one bar's centre to the next
    qreal bottom = 0;  // y of the bars' foot
    QList<qreal> tops; // y of each bar's upper end

    // The top of the highest bar under a label that spans left–right (smaller y is higher).
    qreal over(qreal left, qreal right) const;
};

} // namespace chartgeometry

} // namespace jamfor
