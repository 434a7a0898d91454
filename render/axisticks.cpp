// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/axisticks.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace jamfor {

namespace {

// A number of the form 1, 2 or 5 × 10^k near x, as Qt Charts' AbstractDomain::niceNumber: the
// next one up with ceiling, else the nearest.
double niceNumber(double x, bool ceiling)
{
    const double z = std::pow(10.0, std::floor(std::log10(x)));
    double q = x / z;
    if (ceiling) {
        if (q <= 1.0)
            q = 1;
        else if (q <= 2.0)
            q = 2;
        else if (q <= 5.0)
            q = 5;
        else
            q = 10;
    } else {
        if (q < 1.5)
            q = 1;
        else if (q < 3.0)
            q = 2;
        else if (q < 7.0)
            q = 5;
        else
            q = 10;
    }
    return q * z;
}

} // namespace

double AxisTicks::value(int index) const
{
    const double value = index >= tickCount - 1 ? max : min + index * step;
    // Never "−0" and no rounding noise such as 0.30000000000000004 in the labels.
    const double rounded =
        std::round(value * std::pow(10.0, decimals + 6)) / std::pow(10.0, decimals + 6);
    return rounded == 0 ? 0.0 : rounded;
}

QString AxisTicks::label(int index) const
{
    return QLocale().toString(value(index), 'f', decimals);
}

double AxisTicks::fraction(double value) const
{
    return max > min ? (value - min) / (max - min) : 0.0;
}

AxisTicks tidyAxisTicks(double low, double high, bool capAtHundred)
{
    if (capAtHundred)
        high = std::min(high, 100.0);
    if (!(high > low))
        high = low + 1;

    // QValueAxis::applyNiceNumbers() with six ticks (AbstractDomain::looseNiceNumbers).
    AxisTicks ticks;
    const double range = niceNumber(high - low, true);
    const double step = niceNumber(range / 5, false);
    const double first = std::floor(low / step);
    const double last = std::ceil(high / step);
    ticks.tickCount = std::max(2, int(last - first) + 1);
    ticks.min = first * step;
    ticks.max = last * step;

    if (capAtHundred && ticks.max > 100) {
        // Keep the ticks tidy between the lower end and 100.
        const double span = 100 - ticks.min;
        for (double candidate : {1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0, 50.0}) {
            const double count = span / candidate;
            if (count <= 8 && std::abs(count - std::round(count)) < 1e-9) {
                ticks.tickCount = int(std::round(count)) + 1;
                break;
            }
        }
        ticks.max = 100;
    }
    ticks.step = (ticks.max - ticks.min) / std::max(1, ticks.tickCount - 1);
    ticks.decimals = 0;
    while (ticks.decimals < 4 &&
           std::abs(ticks.step * std::pow(10.0, ticks.decimals) -
                    std::round(ticks.step * std::pow(10.0, ticks.decimals))) > 1e-6)
        ++ticks.decimals;
    if (ticks.min == 0)
        ticks.min = 0; // never −0
    return ticks;
}

} // namespace jamfor
