// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QRectF>

namespace jamfor {

// Places labels so that they neither overlap each other nor the obstacles given: each label
// takes the first of its candidate rectangles that is free and inside the bounds.
class LabelPlacer
{
public:
    explicit LabelPlacer(const QRectF& bounds);

    // A rectangle no label may cover (a bar, a point, a corner note).
    void addObstacle(const QRectF& rect);
    // The first candidate inside the bounds that overlaps nothing taken so far; when none is
    // free, the one that overlaps least. The chosen rectangle is taken afterwards.
    QRectF place(const QList<QRectF>& candidates);

private:
    double overlap(const QRectF& rect) const;

    QRectF m_bounds;
    QList<QRectF> m_taken;
};

} // namespace jamfor
