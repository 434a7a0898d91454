// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "render/axisticks.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;

namespace jamfor {

// What every chart of the reports shares, drawn with a QPainter alone (the look of ui/charts'
// ChartView): a white background, the title and subtitle above the plot, the caption and the
// source line below it, or a message instead of the plot; the legend, the value axis, the axis
// titles and the labels on pale boxes. Everything is in device-independent pixels (96 dpi) on
// (0, 0)–size; fonts are sized in pixels, so a painter scaled for a high-resolution image draws
// the same picture.
class ChartFrame
{
public:
    // One entry of the legend: a square of the fill with the border and the text.
    struct LegendEntry
    {
        QString text;
        QColor fill;
        QColor border;
    };

    // Saves the painter's state, clips to (0, 0)–size and fills it white.
    ChartFrame(QPainter& painter, const QSizeF& size);
    ~ChartFrame();
    ChartFrame(const ChartFrame&) = delete;
    ChartFrame& operator=(const ChartFrame&) = delete;

    QPainter& painter() { return m_painter; }
    QSizeF size() const { return m_size; }

    // Draws the title (bold, larger) and the subtitle (muted) at the top and the caption and the
    // source line (muted, italic) at the bottom, each wrapped to the width. Returns the rectangle
    // left between them for the plot, its axes and the legend.
    QRectF drawTexts(const QString& title, const QString& subtitle, const QString& caption,
                     const QString& source);
    // The message, muted, in the middle of the chart instead of a plot.
    void drawMessage(const QString& message);

    // The legend in rows centred at the bottom of the area; returns the area above it.
    QRectF drawLegend(const QList<LegendEntry>& entries, const QRectF& area);

    // The lines of an axis title: long indicator titles broken into lines of about maxLine
    // characters.
    static QStringList axisTitleLines(const QString& text, int maxLine = 70);
    // The room an axis title takes across its axis (its lines' height), 0 without a title.
    static qreal axisTitleDepth(const QStringList& lines);
    // Draws the title centred in the rectangle, turned to read upwards when vertical.
    void drawAxisTitle(const QStringList& lines, const QRectF& rect, bool vertical);

    // The width the tick labels of a value axis need left of the plot, with their gap.
    static qreal valueAxisWidth(const AxisTicks& ticks);
    // The value's y in the plot.
    static qreal yFor(const AxisTicks& ticks, const QRectF& plot, double value);
    // The horizontal grid lines, the axis line on the left and the tick labels.
    void drawValueAxis(const AxisTicks& ticks, const QRectF& plot);

    // The size of a label's box for the text (lines broken by "\n") and font.
    static QSizeF textBox(const QString& text, const QFont& font);
    // A text on a pale box at the rectangle (from textBox()), with an optional border.
    void drawLabel(const QRectF& box, const QString& text, const QFont& font, const QColor& colour,
                   const QColor& border = {});

    // ChartPalette::font() sized in pixels at 96 dpi.
    static QFont font(qreal pointSizeDelta = 0, bool bold = false);
    static QFont titleFont();

    static constexpr qreal padding = 14;
    static QColor gridColour();
    static QColor axisColour();

private:
    // Draws the text wrapped to the width from the top left; returns its height. Draws nothing
    // when draw is false.
    qreal drawWrapped(const QString& text, const QFont& font, const QColor& colour,
                      const QPointF& topLeft, qreal width, bool draw,
                      Qt::Alignment alignment = Qt::AlignLeft);

    QPainter& m_painter;
    QSizeF m_size;
};

} // namespace jamfor
