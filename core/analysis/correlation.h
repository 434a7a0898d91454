// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <optional>

namespace jamfor {

// Pearson's r of the pairs (xs[i], ys[i]):
//     r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²), clamped to [−1, 1].
// std::nullopt when the lists differ in length, there are fewer than 2 pairs, or all x or all
// y are equal (r is not defined).
std::optional<double> pearson(const QList<double>& xs, const QList<double>& ys);

// Spearman's ρ: Pearson's r of the ranks (averageRanks) of xs and of ys. Tied values share
// the average of the ranks they span. Same conditions for std::nullopt as pearson().
std::optional<double> spearman(const QList<double>& xs, const QList<double>& ys);

// Ranks 1..n in ascending order of value; equal values get the mean of the ranks they would
// occupy (e.g. 10, 20, 20, 30 → 1, 2.5, 2.5, 4). Element i belongs to values[i].
QList<double> averageRanks(const QList<double>& values);

} // namespace jamfor
