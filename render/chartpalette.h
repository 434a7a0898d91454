// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/colourclass.h"
#include "core/chartdata/chartcontext.h"

#include <QColor>
#include <QFont>

namespace jamfor {

// The colours and fonts every chart shares. The focus municipality is a strong orange, the
// network's members blue, other units a light grey; the pair reads for the common kinds of
// colour blindness (Okabe–Ito), and each role also differs in size or width.
class ChartPalette
{
public:
    static QColor highlight(Highlight highlight);
    // A darker edge for points and bars of the highlight.
    static QColor outline(Highlight highlight);
    // The ÖJ traffic light, strong enough for bars and points.
    static QColor colourClass(ColourClass colour);
    // A pale tint of the traffic light, for bands behind bars.
    static QColor colourClassTint(ColourClass colour);
    // Distinct line colours for the members of a network (never the focus orange).
    static QColor line(int index);
    static QColor reference(); // mean and median lines
    static QColor text();
    static QColor mutedText();

    static QFont font(qreal pointSizeDelta = 0, bool bold = false);
};

} // namespace jamfor
