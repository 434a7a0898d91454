// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/chartpalette.h"

#include <QGuiApplication>
#include <array>

namespace jamfor {

QColor ChartPalette::highlight(Highlight highlight)
{
    switch (highlight) {
    case Highlight::Focus:
        return QColor(0xD5, 0x5E, 0x00);
    case Highlight::Member:
        return QColor(0x00, 0x72, 0xB2);
    case Highlight::Other:
        break;
    }
    return QColor(0xC4, 0xC4, 0xC4);
}

QColor ChartPalette::outline(Highlight highlight)
{
    switch (highlight) {
    case Highlight::Focus:
        return QColor(0x7A, 0x33, 0x00);
    case Highlight::Member:
        return QColor(0x00, 0x3F, 0x66);
    case Highlight::Other:
        break;
    }
    return QColor(0xA0, 0xA0, 0xA0);
}

QColor ChartPalette::colourClass(ColourClass colour)
{
    switch (colour) {
    case ColourClass::Green:
        return QColor(0x4C, 0xA2, 0x4C);
    case ColourClass::Yellow:
        return QColor(0xE8, 0xC3, 0x3A);
    case ColourClass::Red:
        return QColor(0xD6, 0x4B, 0x3E);
    case ColourClass::Missing:
        return QColor(0xC4, 0xC4, 0xC4);
    case ColourClass::NoColour:
        break;
    }
    return QColor(0x8C, 0x9B, 0xAB);
}

QColor ChartPalette::colourClassTint(ColourClass colour)
{
    switch (colour) {
    case ColourClass::Green:
        return QColor(0xDD, 0xF0, 0xD6);
    case ColourClass::Red:
        return QColor(0xF8, 0xDC, 0xD8);
    case ColourClass::Yellow:
        return QColor(0xFB, 0xF3, 0xD2);
    case ColourClass::Missing:
    case ColourClass::NoColour:
        break;
    }
    return QColor(0xF0, 0xF0, 0xF0);
}

QColor ChartPalette::line(int index)
{
    static const std::array<QColor, 9> colours{
        QColor(0x00, 0x72, 0xB2), QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7),
        QColor(0x56, 0xB4, 0xE9), QColor(0x6A, 0x3D, 0x9A), QColor(0x9C, 0x75, 0x5F),
        QColor(0x4D, 0x92, 0x21), QColor(0xB8, 0x86, 0x0B), QColor(0x17, 0x8E, 0x9E)};
    return colours[static_cast<size_t>(index) % colours.size()];
}

QColor ChartPalette::reference()
{
    return QColor(0x33, 0x33, 0x33);
}

QColor ChartPalette::text()
{
    return QColor(0x1F, 0x1F, 0x1F);
}

QColor ChartPalette::mutedText()
{
    return QColor(0x5F, 0x5F, 0x5F);
}

QFont ChartPalette::font(qreal pointSizeDelta, bool bold)
{
    QFont font = QGuiApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() + pointSizeDelta);
    font.setBold(bold);
    return font;
}

} // namespace jamfor
