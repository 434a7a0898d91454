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

int roleIndex(Highlight highlight)
{
    switch (highlight) {
    case Highlight::Focus:
        return 0;
    case Highlight::Member:
        return 1;
    case Highlight::Other:
        break;
    }
    return 2;
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

ValueSpan rankingSpan(const RankingSeries& series)
{
    double low = 0;
    double high = 0;
    for (const RankingBar& bar : series.bars) {
        low = std::min(low, bar.value);
        high = std::max(high, bar.value);
    }
    if (series.countryMean) {
        low = std::min(low, *series.countryMean);
        high = std::max(high, *series.countryMean);
    }
    const bool many = series.bars.size() > RankingSeries::maxNamedBars;
    const bool percent = series.unitOfMeasure.contains(QLatin1Char('%'));
    return {low, high + (high - low) * (many ? 0.25 : 0.08), percent && high <= 100};
}

std::optional<ValueSpan> trendSpan(const TrendSeries& series)
{
    std::optional<ValueSpan> span;
    const auto include = [&](const TrendLine& line) {
        for (const YearValue& point : line.points) {
            if (!point.value)
                continue;
            if (!span)
                span = ValueSpan{*point.value, *point.value, false};
            span->low = std::min(span->low, *point.value);
            span->high = std::max(span->high, *point.value);
        }
    };
    for (const TrendLine& line : series.lines)
        include(line);
    include(series.countryMean);
    if (!span)
        return span;
    // A little room above and below the lines; a share in per cent stops at 100.
    const double high = span->high;
    const double margin = std::max((high - span->low) * 0.06, std::abs(high) * 0.01 + 1e-9);
    span->low -= margin;
    span->high += margin;
    span->capAtHundred = series.unitOfMeasure.contains(QLatin1Char('%')) && high <= 100;
    return span;
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
