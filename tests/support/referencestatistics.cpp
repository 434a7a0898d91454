// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/referencestatistics.h"

double referencePearson(const QList<double>& xs, const QList<double>& ys)
{
    const double n = static_cast<double>(xs.size());
    double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
    for (qsizetype i = 0; i < xs.size(); ++i) {
        sx += xs[i];
        sy += ys[i];
        sxx += xs[i] * xs[i];
        syy += ys[i] * ys[i];
        sxy += xs[i] * ys[i];
    }
    return (n * sxy - sx * sy) / std::sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
}

QList<double> referenceRanks(const QList<double>& values)
{
    QList<double> ranks;
    for (double v : values) {
        int smaller = 0;
        int equal = 0;
        for (double w : values) {
            smaller += w < v;
            equal += w == v;
        }
        ranks << smaller + (equal + 1) / 2.0;
    }
    return ranks;
}
