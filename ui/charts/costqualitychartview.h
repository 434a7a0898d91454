// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/costqualityseries.h"
#include "ui/charts/chartview.h"

class QScatterSeries;

namespace jamfor {

// The cost–quality scatter: every unit a point, the focus municipality and the network's
// members highlighted and named, dashed median lines dividing four named quadrants and the
// least-squares line; r, ρ and n are in the caption.
class CostQualityChartView : public ChartView
{
    Q_OBJECT

public:
    explicit CostQualityChartView(QWidget* parent = nullptr);

    void setSeries(const CostQualitySeries& series);
    const CostQualitySeries& series() const { return m_series; }

protected:
    void placeOverlays() override;

private:
    void showToolTip(const QPointF& point, bool hovering);

    CostQualitySeries m_series;
    QScatterSeries* m_anchor = nullptr;
};

} // namespace jamfor
