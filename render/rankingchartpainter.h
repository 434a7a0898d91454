// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/rankingseries.h"

#include <QCoreApplication>
#include <QSizeF>

class QPainter;

namespace jamfor {

// The ranking of the reports drawn with a QPainter alone, as ui/charts' RankingChartView shows
// it: bars best to the left coloured by their unit's role (the focus orange, the network's
// members blue, every other unit grey), the pale bands of the best and the worst quarter of the
// country, the mean of all municipalities as a dashed line, the values or, with many bars, the
// names of the focus and the members, the axes and the legend.
class RankingChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(RankingChartPainter)

public:
    // Draws the chart onto (0, 0)–size in device-independent pixels (96 dpi); scale the painter
    // for a high-resolution image.
    static void paint(QPainter& painter, const QSizeF& size, const RankingSeries& series);
};

} // namespace jamfor
