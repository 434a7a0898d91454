// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reporttable.h"

#include "core/report/swedishnumbers.h"

namespace jamfor {

ReportCell ReportCell::fromNumber(double value, int decimals)
{
    ReportCell cell = fromText(SwedishNumbers::format(value, decimals));
    cell.number = value;
    cell.decimals = decimals;
    return cell;
}

ReportCell ReportCell::fromInteger(qint64 value)
{
    ReportCell cell = fromText(SwedishNumbers::format(double(value), 0));
    cell.number = double(value);
    cell.decimals = 0;
    return cell;
}

QString ReportTable::marker(ColourClass colour)
{
    switch (colour) {
    case ColourClass::Green:
        return QStringLiteral("▲");
    case ColourClass::Red:
        return QStringLiteral("▼");
    case ColourClass::Yellow:
        return QStringLiteral("●");
    case ColourClass::Missing:
    case ColourClass::NoColour:
        break;
    }
    return {};
}

QString ReportTable::colourLegend()
{
    return tr("Colours compare each value with the quartiles of the compared municipalities: "
              "▲ green at or beyond the best quartile, ● yellow in the middle half, ▼ red at or "
              "beyond the worst quartile, grey without a value. No colour for indicators without "
              "a better direction or with fewer than four values.");
}

} // namespace jamfor
