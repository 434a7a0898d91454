// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentation/presentationchart.h"

#include "ui/charts/chartexporter.h"
#include "ui/charts/chartview.h"
#include "ui/presentation/presentationstyle.h"

#include <QPaintEvent>
#include <QPainter>
#include <algorithm>

namespace jamfor {

PresentationChart::PresentationChart(ChartView* view, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
{
    m_view->setParent(this);
    m_view->hide();
    setFocusPolicy(Qt::NoFocus);
    setMinimumSize(320, 200);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

qreal PresentationChart::scaleFor(const QSize& size)
{
    // About 1.4 for the chart area of a 1366×768 window: desktop chart text of 12–13 px becomes
    // about 18 px, and the chart keeps a layout width of some 900 px, where the legend of a
    // trend still has room for every name.
    return std::clamp(std::min(size.height() / 350.0, size.width() / 900.0), 1.0, 4.0);
}

void PresentationChart::paintEvent(QPaintEvent*)
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (pixels.isEmpty())
        return;
    if (m_cache.size() != pixels) {
        // Rendering lays the whole chart out; once per size is enough.
        m_cache = ChartExporter::toImage(*m_view, pixels, scaleFor(size()) * ratio);
        m_cache.setDevicePixelRatio(ratio);
    }
    QPainter painter(this);
    painter.drawImage(QPoint(0, 0), m_cache);
}

} // namespace jamfor
