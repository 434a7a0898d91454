// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/trend.h"
#include "core/chartdata/rankingseries.h"

#include <QList>
#include <QPointF>

namespace jamfor {

// Geometry that the interactive charts (ui/charts) and the painted ones (render/) share.
namespace chartgeometry {

// The runs of consecutive years with a value, as (year, value) points: a line is broken where
// a year has none.
QList<QList<QPointF>> valueRuns(const QList<YearValue>& points);

// The bars whose names are written on a ranking: the focus municipality first, then the
// network's members in the bars' order.
QList<qsizetype> labelledBars(const QList<RankingBar>& bars);

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
