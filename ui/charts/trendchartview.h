// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/chartdata/trendseries.h"
#include "ui/charts/chartview.h"

#include <QHash>

class QLineSeries;

namespace jamfor {

// Lines over the years: the focus municipality thick and orange, the other members thinner in
// colours of their own, the mean of all municipalities dashed. Each line is named at its end.
class TrendChartView : public ChartView
{
    Q_OBJECT

public:
    explicit TrendChartView(QWidget* parent = nullptr);

    void setSeries(const TrendSeries& series);
    const TrendSeries& series() const { return m_series; }

protected:
    QMargins extraMargins(const QSizeF& size) const override;
    void placeOverlays() override;

private:
    struct LineEnd
    {
        QString name;
        double year = 0;
        double value = 0;
        QColor colour;
        bool bold = false;
    };

    TrendSeries m_series;
    QList<LineEnd> m_ends;
    QLineSeries* m_anchor = nullptr; // a series whose axes map values to the plot
};

} // namespace jamfor
