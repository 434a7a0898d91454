// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <optional>

namespace jamfor {

// An ordinary least-squares line y = intercept + slope · x.
struct LinearFit
{
    double slope = 0;
    double intercept = 0;
    int n = 0;

    double predict(double x) const { return intercept + slope * x; }
};

// Least squares over the pairs (xs[i], ys[i]):
//     slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²,  intercept = ȳ − slope · x̄.
// std::nullopt when the lists differ in length, there are fewer than 2 pairs, or every x is
// the same (the line is not defined).
std::optional<LinearFit> fitLine(const QList<double>& xs, const QList<double>& ys);

} // namespace jamfor
