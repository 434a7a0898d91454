// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/profileseries.h"
#include "ui/charts/chartview.h"

class QAbstractBarSeries;

namespace jamfor {

// One municipality's percentile among all municipalities on each indicator: a horizontal bar
// per indicator in the colour of its class, the indicator's title and value to the left.
class ProfileChartView : public ChartView
{
    Q_OBJECT

public:
    explicit ProfileChartView(QWidget* parent = nullptr);

    void setSeries(const ProfileSeries& series);
    const ProfileSeries& series() const { return m_series; }

protected:
    QMargins extraMargins(const QSizeF& size) const override;
    void placeOverlays() override;

private:
    ProfileSeries m_series;
    QAbstractBarSeries* m_bars = nullptr;
};

} // namespace jamfor
