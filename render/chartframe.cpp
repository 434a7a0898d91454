// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/chartframe.h"

#include "render/chartpalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>
#include <QTextOption>
#include <algorithm>
#include <cmath>

namespace jamfor {

namespace {

constexpr qreal labelPadding = 3;
constexpr qreal textGap = 4;      // between the texts and the plot
constexpr qreal legendGap = 10;   // above the legend
constexpr qreal markerSize = 10;  // the legend's squares
constexpr qreal markerGap = 5;    // between a square and its text
constexpr qreal entryGap = 16;    // between the legend's entries
constexpr qreal tickLabelGap = 6; // between the tick labels and the plot
constexpr qreal tickLength = 4;

// The font with its point size turned into pixels at 96 dpi.
QFont inPixels(QFont font)
{
    if (font.pointSizeF() > 0)
        font.setPixelSize(std::max(1, int(std::lround(font.pointSizeF() * 96.0 / 72.0))));
    return font;
}

} // namespace

ChartFrame::ChartFrame(QPainter& painter, const QSizeF& size)
    : m_painter(painter)
    , m_size(size)
{
    m_painter.save();
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    const QRectF rect(QPointF(0, 0), size);
    m_painter.setClipRect(rect, Qt::IntersectClip);
    m_painter.fillRect(rect, Qt::white);
}

ChartFrame::~ChartFrame()
{
    m_painter.restore();
}

QFont ChartFrame::font(qreal pointSizeDelta, bool bold)
{
    return inPixels(ChartPalette::font(pointSizeDelta, bold));
}

QFont ChartFrame::titleFont()
{
    // As the views' "font-size:large" on ChartPalette::font(1).
    QFont font = ChartPalette::font(1, true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 1.2);
    else if (font.pixelSize() > 0)
        font.setPixelSize(int(std::lround(font.pixelSize() * 1.2)));
    return inPixels(font);
}

QColor ChartFrame::gridColour()
{
    return QColor(0xE4, 0xE4, 0xE4);
}

QColor ChartFrame::axisColour()
{
    return QColor(0xB4, 0xB4, 0xB4);
}

qreal ChartFrame::drawWrapped(const QString& text, const QFont& font, const QColor& colour,
                              const QPointF& topLeft, qreal width, bool draw,
                              Qt::Alignment alignment)
{
    if (text.isEmpty())
        return 0;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    layout.setTextOption(option);
    const QFontMetricsF metrics(font);
    qreal height = 0;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        // A little slack: text drawn by a scaled painter may come out a touch wider.
        line.setLineWidth(std::max<qreal>(1, width - 2));
        line.setPosition(QPointF(0, height));
        height += metrics.lineSpacing();
    }
    layout.endLayout();
    if (draw) {
        m_painter.setPen(colour);
        layout.draw(&m_painter, topLeft);
    }
    return height;
}

QRectF ChartFrame::drawTexts(const QString& title, const QString& subtitle, const QString& caption,
                             const QString& source)
{
    const qreal width = std::max<qreal>(120, m_size.width() - 2 * padding);
    const qreal left = padding;
    qreal top = padding * 0.85;
    top += drawWrapped(title, titleFont(), ChartPalette::text(), QPointF(left, top), width, true);
    top +=
        drawWrapped(subtitle, font(1), ChartPalette::mutedText(), QPointF(left, top), width, true);

    QFont italic = font(-1);
    italic.setItalic(true);
    const qreal captionHeight = drawWrapped(caption, font(-1), {}, {}, width, false);
    const qreal sourceHeight = drawWrapped(source, italic, {}, {}, width, false);
    const qreal bottom = m_size.height() - padding * 0.85 - captionHeight - sourceHeight;
    drawWrapped(caption, font(-1), ChartPalette::text(), QPointF(left, bottom), width, true);
    drawWrapped(source, italic, ChartPalette::mutedText(), QPointF(left, bottom + captionHeight),
                width, true);

    const qreal plotTop = top + textGap;
    const qreal plotBottom =
        std::max(plotTop, bottom - textGap - (caption.isEmpty() && source.isEmpty() ? 0 : 6));
    return QRectF(QPointF(padding, plotTop), QPointF(m_size.width() - padding, plotBottom));
}

void ChartFrame::drawMessage(const QString& message)
{
    const QFont messageFont = font(1);
    const qreal width = std::min<qreal>(std::max<qreal>(120, m_size.width() - 2 * padding), 520);
    // The width of the widest line, so that the block can be centred.
    const qreal height = drawWrapped(message, messageFont, {}, {}, width, false);
    const qreal left = (m_size.width() - width) / 2;
    drawWrapped(message, messageFont, ChartPalette::mutedText(),
                QPointF(left, (m_size.height() - height) / 2), width, true, Qt::AlignHCenter);
}

QRectF ChartFrame::drawLegend(const QList<LegendEntry>& entries, const QRectF& area)
{
    if (entries.isEmpty())
        return area;
    const QFont legendFont = font();
    const QFontMetricsF metrics(legendFont);
    const qreal rowHeight = std::max(metrics.height(), markerSize) + 4;
    const qreal maxText = std::max<qreal>(20, area.width() - markerSize - markerGap);

    // Entries laid out in rows that fit the width; a text too long even alone is elided.
    struct Placed
    {
        QString text;
        qreal width;
        const LegendEntry* entry;
    };
    QList<QList<Placed>> rows(1);
    QList<qreal> rowWidths(1, 0);
    for (const LegendEntry& entry : entries) {
        const QString text = metrics.elidedText(entry.text, Qt::ElideRight, maxText);
        const qreal width = markerSize + markerGap + metrics.horizontalAdvance(text);
        if (!rows.last().isEmpty() && rowWidths.last() + entryGap + width > area.width()) {
            rows.append(QList<Placed>());
            rowWidths.append(0);
        }
        rowWidths.last() += (rows.last().isEmpty() ? 0 : entryGap) + width;
        rows.last().append({text, width, &entry});
    }

    const qreal height = rows.size() * rowHeight;
    qreal y = area.bottom() - height;
    m_painter.setFont(legendFont);
    for (qsizetype row = 0; row < rows.size(); ++row, y += rowHeight) {
        qreal x = area.left() + (area.width() - rowWidths[row]) / 2;
        for (const Placed& placed : std::as_const(rows[row])) {
            const QRectF marker(x + 0.5, y + (rowHeight - markerSize) / 2, markerSize - 1,
                                markerSize - 1);
            m_painter.setPen(placed.entry->border.isValid() ? QPen(placed.entry->border, 1)
                                                            : QPen(Qt::NoPen));
            m_painter.setBrush(placed.entry->fill);
            m_painter.drawRect(marker);
            m_painter.setPen(ChartPalette::text());
            m_painter.drawText(QRectF(x + markerSize + markerGap, y, placed.width, rowHeight),
                               Qt::AlignLeft | Qt::AlignVCenter, placed.text);
            x += placed.width + entryGap;
        }
    }
    return QRectF(area.topLeft(), QPointF(area.right(), area.bottom() - height - legendGap));
}

QStringList ChartFrame::axisTitleLines(const QString& text, int maxLine)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > maxLine) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

qreal ChartFrame::axisTitleDepth(const QStringList& lines)
{
    if (lines.isEmpty())
        return 0;
    return lines.size() * QFontMetricsF(font()).lineSpacing();
}

void ChartFrame::drawAxisTitle(const QStringList& lines, const QRectF& rect, bool vertical)
{
    if (lines.isEmpty())
        return;
    const QFont titleFont = font();
    const QFontMetricsF metrics(titleFont);
    m_painter.save();
    m_painter.setFont(titleFont);
    m_painter.setPen(ChartPalette::text());
    QRectF box = rect;
    if (vertical) {
        // Turned to read upwards: the rectangle's height is the text's width.
        m_painter.translate(rect.left(), rect.bottom());
        m_painter.rotate(-90);
        box = QRectF(0, 0, rect.height(), rect.width());
    }
    const qreal height = lines.size() * metrics.lineSpacing();
    qreal y = box.top() + (box.height() - height) / 2;
    for (const QString& line : lines) {
        const QString text = metrics.elidedText(line, Qt::ElideRight, box.width());
        m_painter.drawText(QRectF(box.left(), y, box.width(), metrics.lineSpacing()),
                           Qt::AlignHCenter | Qt::AlignVCenter, text);
        y += metrics.lineSpacing();
    }
    m_painter.restore();
}

qreal ChartFrame::valueAxisWidth(const AxisTicks& ticks)
{
    const QFontMetricsF metrics(font());
    qreal widest = 0;
    for (int i = 0; i < ticks.tickCount; ++i)
        widest = std::max(widest, metrics.horizontalAdvance(ticks.label(i)));
    return widest + tickLabelGap + tickLength;
}

qreal ChartFrame::yFor(const AxisTicks& ticks, const QRectF& plot, double value)
{
    return plot.bottom() - ticks.fraction(value) * plot.height();
}

void ChartFrame::drawValueAxis(const AxisTicks& ticks, const QRectF& plot)
{
    const QFont labelFont = font();
    const QFontMetricsF metrics(labelFont);
    m_painter.save();
    m_painter.setFont(labelFont);
    for (int i = 0; i < ticks.tickCount; ++i) {
        const qreal y = yFor(ticks, plot, ticks.value(i));
        m_painter.setPen(QPen(gridColour(), 1));
        m_painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        m_painter.setPen(QPen(axisColour(), 1));
        m_painter.drawLine(QPointF(plot.left() - tickLength, y), QPointF(plot.left(), y));
        m_painter.setPen(ChartPalette::text());
        const qreal right = plot.left() - tickLength - tickLabelGap + 2;
        m_painter.drawText(QRectF(QPointF(right - 400, y - metrics.height()),
                                  QPointF(right, y + metrics.height())),
                           Qt::AlignRight | Qt::AlignVCenter, ticks.label(i));
    }
    m_painter.setPen(QPen(axisColour(), 1));
    m_painter.drawLine(plot.topLeft(), plot.bottomLeft());
    m_painter.restore();
}

QSizeF ChartFrame::textBox(const QString& text, const QFont& font)
{
    const QFontMetricsF metrics(font);
    const QStringList lines = text.split(QLatin1Char('\n'));
    qreal widest = 0;
    for (const QString& line : lines)
        widest = std::max(widest, metrics.horizontalAdvance(line));
    return {widest + 2 * labelPadding,
            metrics.height() + (lines.size() - 1) * metrics.lineSpacing() + 2 * labelPadding - 2};
}

void ChartFrame::drawLabel(const QRectF& box, const QString& text, const QFont& font,
                           const QColor& colour, const QColor& border)
{
    QColor fill(Qt::white);
    fill.setAlpha(225);
    m_painter.save();
    m_painter.setPen(border.isValid() ? QPen(border, 1) : QPen(Qt::NoPen));
    m_painter.setBrush(fill);
    m_painter.drawRect(box);
    m_painter.setFont(font);
    m_painter.setPen(colour);
    m_painter.drawText(box, Qt::AlignCenter, text);
    m_painter.restore();
}

} // namespace jamfor
