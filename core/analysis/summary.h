// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace jamfor {

// Unweighted statistics of the units' values (Kolada's "ovägt medel"); missing values are
// left out before this is computed.
struct Summary
{
    int n = 0;
    double mean = 0;
    double median = 0;
    double min = 0;
    double max = 0;
    double q1 = 0; // QUARTILE.INC(values; 1)
    double q3 = 0; // QUARTILE.INC(values; 3)
};

// QUARTILE.INC / R type 7: linear interpolation at position (n - 1) * p of the sorted values.
// sortedValues must be ascending and non-empty; p in [0, 1].
double quantileInc(const QList<double>& sortedValues, double p);

// Summary of the values (any order). An empty list gives n = 0 and zeros elsewhere.
Summary summarize(QList<double> values);

} // namespace jamfor
