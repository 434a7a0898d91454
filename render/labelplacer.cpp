// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/labelplacer.h"

#include <limits>

namespace jamfor {

LabelPlacer::LabelPlacer(const QRectF& bounds)
    : m_bounds(bounds)
{}

void LabelPlacer::addObstacle(const QRectF& rect)
{
    m_taken.append(rect);
}

double LabelPlacer::overlap(const QRectF& rect) const
{
    double area = 0;
    for (const QRectF& taken : m_taken) {
        const QRectF common = rect.intersected(taken);
        area += common.width() * common.height();
    }
    // Leaving the bounds counts as overlap too.
    const QRectF inside = rect.intersected(m_bounds);
    area += rect.width() * rect.height() - inside.width() * inside.height();
    return area;
}

QRectF LabelPlacer::place(const QList<QRectF>& candidates)
{
    if (candidates.isEmpty())
        return {};
    QRectF best = candidates.constFirst();
    double bestOverlap = std::numeric_limits<double>::max();
    for (const QRectF& candidate : candidates) {
        const double area = overlap(candidate);
        if (area < bestOverlap) {
            best = candidate;
            bestOverlap = area;
            if (area <= 0)
                break;
        }
    }
    m_taken.append(best);
    return best;
}

} // namespace jamfor
