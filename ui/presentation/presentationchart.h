// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace jamfor {

class ChartView;

// Shows a chart of ui/charts enlarged for a room: the chart is laid out at a fraction of the
// widget's size and drawn scaled up, so its titles, axis labels and names grow with the slide
// instead of staying at the size of the desktop font.
class PresentationChart : public QWidget
{
    Q_OBJECT

public:
    // Takes the view (hidden; it only lays the chart out).
    explicit PresentationChart(ChartView* view, QWidget* parent = nullptr);

    ChartView* view() const { return m_view; }
    // How much larger than on the desktop the chart's text is in a widget of this size.
    static qreal scaleFor(const QSize& size);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    ChartView* m_view;
    QImage m_cache;
};

} // namespace jamfor
