// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/chartgeometry.h"

#include <algorithm>
#include <cmath>

namespace jamfor::chartgeometry {

QList<QList<QPointF>> valueRuns(const QList<YearValue>& points)
{
    QList<QList<QPointF>> runs;
    QList<QPointF> run;
    for (const YearValue& point : points) {
        if (point.value) {
            run.append(QPointF(point.year, *point.value));
        } else if (!run.isEmpty()) {
            runs.append(run);
            run.clear();
        }
    }
    if (!run.isEmpty())
        runs.append(run);
    return runs;
}

QList<qsizetype> labelledBars(const QList<RankingBar>& bars)
{
    QList<qsizetype> order;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        if (bars[i].highlight == Highlight::Focus)
            order.prepend(i);
        else if (bars[i].highlight == Highlight::Member)
            order.append(i);
    }
    return order;
}

qreal BarSkyline::over(qreal left, qreal right) const
{
    if (tops.isEmpty())
        return bottom;
    const double last = double(tops.size() - 1);
    const auto from = qsizetype(std::clamp(std::floor((left - first) / step), 0.0, last));
    const auto to = qsizetype(std::clamp(std::ceil((right - first) / step), 0.0, last));
    qreal top = bottom;
    for (qsizetype i = from; i <= to; ++i)
        top = std::min(top, tops[i]);
    return top;
}

} // namespace jamfor::chartgeometry
