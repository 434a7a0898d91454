// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jamfor {

// The ticks of a value axis: tickCount ticks from min to max, step apart, labelled with just the
// decimals the step needs.
struct AxisTicks
{
    double min = 0;
    double max = 1;
    double step = 0.2;
    int tickCount = 6;
    int decimals = 1;

    // The value of tick index (0 = min, tickCount - 1 = max).
    double value(int index) const;
    // The label of tick index in QLocale()'s format: "20 000", "2,5".
    QString label(int index) const;
    // Where the value lies between min (0) and max (1).
    double fraction(double value) const;
};

// The range low–high rounded outwards to about six tidy ticks, as ChartView::setTidyRange does
// with Qt Charts' QValueAxis::applyNiceNumbers: the step is 1, 2 or 5 × 10^k and the range runs
// from a multiple of the step to a multiple of the step. With capAtHundred (a share in per cent
// whose values are at most 100) the axis never goes above 100; the ticks are then spread between
// the lower end and 100 by a step of 1, 2, 2,5, 5, 10, 20, 25 or 50 where one fits.
AxisTicks tidyAxisTicks(double low, double high, bool capAtHundred = false);

} // namespace jamfor
