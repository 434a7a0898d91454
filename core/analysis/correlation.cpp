// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/correlation.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace jamfor {

std::optional<double> pearson(const QList<double>& xs, const QList<double>& ys)
{
    const qsizetype n = xs.size();
    if (n != ys.size() || n < 2)
        return std::nullopt;
    // Shifted by the first pair, as in fitLine(): r does not change, equal values give
    // differences of exactly 0, and the "all equal" test below is exact.
    const double x0 = xs[0];
    const double y0 = ys[0];
    double sumX = 0;
    double sumY = 0;
    bool allXEqual = true;
    bool allYEqual = true;
    for (qsizetype i = 0; i < n; ++i) {
        sumX += xs[i] - x0;
        sumY += ys[i] - y0;
        allXEqual = allXEqual && xs[i] == x0;
        allYEqual = allYEqual && ys[i] == y0;
    }
    if (allXEqual || allYEqual)
        return std::nullopt;
    const double meanX = sumX / static_cast<double>(n);
    const double meanY = sumY / static_cast<double>(n);
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double dx = (xs[i] - x0) - meanX;
        const double dy = (ys[i] - y0) - meanY;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    return std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
}

std::optional<double> spearman(const QList<double>& xs, const QList<double>& ys)
{
    if (xs.size() != ys.size())
        return std::nullopt;
    return pearson(averageRanks(xs), averageRanks(ys));
}

QList<double> averageRanks(const QList<double>& values)
{
    const qsizetype n = values.size();
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return values[a] < values[b]; });
    QList<double> ranks(n);
    qsizetype first = 0;
    while (first < n) {
        qsizetype last = first; // the tie group is order[first..last]
        while (last + 1 < n && values[order[last + 1]] == values[order[first]])
            ++last;
        // Positions first..last hold ranks first+1..last+1; their mean:
        const double rank = (static_cast<double>(first + last) + 2.0) / 2.0;
        for (qsizetype k = first; k <= last; ++k)
            ranks[order[k]] = rank;
        first = last + 1;
    }
    return ranks;
}

} // namespace jamfor
