// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analysis/linearfit.h"

namespace jamfor {

std::optional<LinearFit> fitLine(const QList<double>& xs, const QList<double>& ys)
{
    const qsizetype n = xs.size();
    if (n != ys.size() || n < 2)
        return std::nullopt;
    // The sums are taken of the values shifted by the first pair. That changes neither the
    // slope nor the line, keeps large values (kronor, years) from losing digits, and makes
    // equal values differences of exactly 0, so a flat series has a slope of exactly 0.
    const double x0 = xs[0];
    const double y0 = ys[0];
    double sumX = 0;
    double sumY = 0;
    bool allXEqual = true;
    for (qsizetype i = 0; i < n; ++i) {
        sumX += xs[i] - x0;
        sumY += ys[i] - y0;
        allXEqual = allXEqual && xs[i] == x0;
    }
    if (allXEqual)
        return std::nullopt;
    const double meanX = sumX / static_cast<double>(n);
    const double meanY = sumY / static_cast<double>(n);
    double sxx = 0;
    double sxy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const double dx = (xs[i] - x0) - meanX;
        sxx += dx * dx;
        sxy += dx * ((ys[i] - y0) - meanY);
    }
    LinearFit fit;
    fit.slope = sxy / sxx;
    fit.intercept = (y0 + meanY) - fit.slope * (x0 + meanX);
    fit.n = static_cast<int>(n);
    return fit;
}

} // namespace jamfor
