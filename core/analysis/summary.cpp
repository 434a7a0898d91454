// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/summary.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace jamfor {

double quantileInc(const QList<double>& sortedValues, double p)
{
    const double position = (sortedValues.size() - 1) * p;
    const auto lower = static_cast<qsizetype>(std::floor(position));
    const double fraction = position - static_cast<double>(lower);
    if (lower + 1 >= sortedValues.size())
        return sortedValues[lower];
    return sortedValues[lower] + fraction * (sortedValues[lower + 1] - sortedValues[lower]);
}

Summary summarize(QList<double> values)
{
    Summary summary;
    if (values.isEmpty())
        return summary;
    std::sort(values.begin(), values.end());
    summary.n = static_cast<int>(values.size());
    summary.mean = std::accumulate(values.cbegin(), values.cend(), 0.0) / summary.n;
    summary.median = quantileInc(values, 0.5);
    summary.min = values.constFirst();
    summary.max = values.constLast();
    summary.q1 = quantileInc(values, 0.25);
    summary.q3 = quantileInc(values, 0.75);
    return summary;
}

} // namespace jamfor
