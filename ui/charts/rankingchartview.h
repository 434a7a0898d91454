// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/rankingseries.h"
#include "ui/charts/chartview.h"

namespace jamfor {

// Bars of one indicator, best to the left, with the mean of all municipalities as a line. The
// focus municipality is orange, the network's members blue and every other unit grey; with
// many bars only the focus and the members are named.
class RankingChartView : public ChartView
{
    Q_OBJECT

public:
    explicit RankingChartView(QWidget* parent = nullptr);

    void setSeries(const RankingSeries& series);
    const RankingSeries& series() const { return m_series; }

protected:
    void placeOverlays() override;

private:
    void showToolTip(bool hovering, int index);

    RankingSeries m_series;
    QAbstractSeries* m_bars = nullptr;
};

} // namespace jamfor
