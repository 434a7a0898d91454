// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

namespace jamfor {

class ChartView;

// Writes a chart to PNG or SVG and copies it to the clipboard, laid out for the requested size
// whatever the size of the widget on screen.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    // The chart as an image of pixelSize pixels, laid out for pixelSize / scale: a scale of 2
    // gives the proportions of a chart half the size at twice the sharpness, for print.
    static QImage toImage(ChartView& view, const QSize& pixelSize, qreal scale = 1);
    // The chart as an SVG document of the size (in pixels at 96 dpi).
    static QByteArray toSvg(ChartView& view, const QSize& size);

    // Throw jamfor::Error naming the file when it cannot be written.
    static void savePng(ChartView& view, const QString& path, const QSize& pixelSize,
                        qreal scale = 1);
    static void saveSvg(ChartView& view, const QString& path, const QSize& size);

    // Puts the image on the clipboard, and the SVG beside it for programs that take vectors.
    static void copyToClipboard(ChartView& view, const QSize& pixelSize, qreal scale = 1);
};

} // namespace jamfor
