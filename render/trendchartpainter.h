// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/trendseries.h"

#include <QCoreApplication>
#include <QSizeF>

class QPainter;

namespace jamfor {

// The trend of the reports drawn with a QPainter alone, as ui/charts' TrendChartView shows it:
// a line with markers per unit over the years, the focus municipality thick and orange, the
// other members thinner in colours of their own, the mean of all municipalities dashed; lines
// are broken where a year has no value, and each line is named at its end.
class TrendChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(TrendChartPainter)

public:
    // Draws the chart onto (0, 0)–size in device-independent pixels (96 dpi); scale the painter
    // for a high-resolution image.
    static void paint(QPainter& painter, const QSizeF& size, const TrendSeries& series);
};

} // namespace jamfor
