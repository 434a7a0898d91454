// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chartview.h"

#include "render/axisticks.h"
#include "render/chartpalette.h"

#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QTextDocument>
#include <QValueAxis>
#include <cmath>

namespace jamfor {

namespace {

constexpr qreal padding = 14;
constexpr qreal labelPadding = 3;

QString paragraph(const QString& text, const QColor& colour, bool italic = false)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<div style=\"color:%1;%2\">%3</div>")
        .arg(colour.name(), italic ? QStringLiteral("font-style:italic;") : QString(),
             text.toHtmlEscaped());
}

} // namespace

ChartView::ChartView(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(480, 320);
    startChart({}, {}, {}, {});
}

QChart* ChartView::startChart(const QString& title, const QString& subtitle, const QString& caption,
                              const QString& source)
{
    m_overlays.clear(); // deleted with the old chart
    QChart* old = chart();
    auto* fresh = new QChart;
    fresh->setBackgroundRoundness(0);
    fresh->setBackgroundBrush(Qt::white);
    fresh->setLocalizeNumbers(true);
    fresh->setLocale(QLocale());
    fresh->setFont(ChartPalette::font());
    fresh->legend()->setFont(ChartPalette::font());
    fresh->legend()->setAlignment(Qt::AlignBottom);
    fresh->legend()->setLabelColor(ChartPalette::text());
    fresh->setAnimationOptions(QChart::NoAnimation);
    if (fresh->layout())
        fresh->layout()->setContentsMargins(0, 0, 0, 0); // the white reaches the edges

    m_title = title;
    m_header = new QGraphicsTextItem(fresh);
    m_header->setFont(ChartPalette::font(1));
    m_header->setHtml(QStringLiteral("<div style=\"color:%1;font-weight:bold;font-size:large\">"
                                     "%2</div>")
                          .arg(ChartPalette::text().name(), title.toHtmlEscaped()) +
                      paragraph(subtitle, ChartPalette::mutedText()));
    m_footer = new QGraphicsTextItem(fresh);
    m_footer->setFont(ChartPalette::font(-1));
    m_footer->setHtml(paragraph(caption, ChartPalette::text()) +
                      paragraph(source, ChartPalette::mutedText(), true));
    m_message = nullptr;
    m_hasData = false;

    connect(fresh, &QChart::plotAreaChanged, this, &ChartView::replaceOverlays);
    setChart(fresh);
    delete old;
    layoutFor(size());
    return fresh;
}

void ChartView::showMessage(const QString& message)
{
    delete m_message;
    m_message = new QGraphicsTextItem(chart());
    m_message->setFont(ChartPalette::font(1));
    m_message->setDefaultTextColor(ChartPalette::mutedText());
    m_message->setPlainText(message);
    m_hasData = false;
    layoutFor(size());
}

void ChartView::finishChart()
{
    m_hasData = true;
    layoutFor(size());
}

QMargins ChartView::extraMargins(const QSizeF&) const
{
    return {};
}

void ChartView::placeOverlays() {}

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    layoutFor(event->size());
}

void ChartView::renderChart(QPainter& painter, const QSizeF& size)
{
    layoutFor(size);
    const QRectF rect(QPointF(0, 0), size);
    painter.fillRect(rect, Qt::white); // an SVG is transparent where nothing is drawn
    scene()->render(&painter, rect, rect);
    layoutFor(QSizeF(this->size()));
}

void ChartView::layoutFor(const QSizeF& size)
{
    QChart* current = chart();
    if (!current || size.isEmpty())
        return;
    const qreal textWidth = std::max<qreal>(120, size.width() - 2 * padding);
    m_header->setTextWidth(textWidth);
    m_footer->setTextWidth(textWidth);
    const qreal headerHeight = m_header->boundingRect().height();
    const qreal footerHeight = m_footer->boundingRect().height();
    const QMargins extra = extraMargins(size);
    current->setMargins(
        QMargins(int(padding) + extra.left(), int(padding + headerHeight) + 4 + extra.top(),
                 int(padding) + extra.right(), int(padding + footerHeight) + 4 + extra.bottom()));
    current->setGeometry(QRectF(QPointF(0, 0), size));
    if (current->layout())
        current->layout()->activate();
    m_header->setPos(padding, padding * 0.6);
    m_footer->setPos(padding, size.height() - padding * 0.6 - footerHeight);
    if (m_message) {
        m_message->setTextWidth(std::min<qreal>(textWidth, 520));
        const QRectF box = m_message->boundingRect();
        m_message->setPos((size.width() - box.width()) / 2, (size.height() - box.height()) / 2);
    }
    replaceOverlays();
}

void ChartView::replaceOverlays()
{
    if (m_placing)
        return;
    m_placing = true;
    clearOverlays();
    if (m_hasData)
        placeOverlays();
    m_placing = false;
}

void ChartView::clearOverlays()
{
    qDeleteAll(m_overlays);
    m_overlays.clear();
}

void ChartView::addOverlay(QGraphicsItem* item)
{
    item->setParentItem(chart());
    item->setZValue(20);
    m_overlays.append(item);
}

QGraphicsSimpleTextItem* ChartView::addText(const QString& text, const QFont& font,
                                            const QColor& colour)
{
    auto* item = new QGraphicsSimpleTextItem(text, chart());
    item->setFont(font);
    item->setBrush(colour);
    item->setZValue(20);
    m_overlays.append(item);
    return item;
}

QGraphicsRectItem* ChartView::addBox(const QRectF& rect, const QColor& fill, const QColor& border)
{
    auto* item = new QGraphicsRectItem(rect, chart());
    item->setBrush(fill);
    item->setPen(border.isValid() ? QPen(border, 1) : QPen(Qt::NoPen));
    item->setZValue(19);
    m_overlays.append(item);
    return item;
}

QGraphicsLineItem* ChartView::addLine(const QPointF& from, const QPointF& to, const QColor& colour,
                                      qreal width)
{
    auto* item = new QGraphicsLineItem(QLineF(from, to), chart());
    item->setPen(QPen(colour, width));
    item->setZValue(18);
    m_overlays.append(item);
    return item;
}

QSizeF ChartView::textBox(const QString& text, const QFont& font)
{
    const QFontMetricsF metrics(font);
    return {metrics.horizontalAdvance(text) + 2 * labelPadding,
            metrics.height() + 2 * labelPadding - 2};
}

QString ChartView::axisTitle(const QString& text, int maxLine)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > maxLine) {
            lines << line.toHtmlEscaped();
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

void ChartView::setTidyRange(QValueAxis* axis, double low, double high, bool capAtHundred)
{
    // The same ticks as the painted charts of the reports.
    const AxisTicks ticks = tidyAxisTicks(low, high, capAtHundred);
    axis->setRange(ticks.min, ticks.max);
    axis->setTickCount(ticks.tickCount);
    axis->setLabelFormat(QStringLiteral("%.%1f").arg(ticks.decimals));
}

void ChartView::addLabel(const QRectF& box, const QString& text, const QFont& font,
                         const QColor& colour, const QColor& border)
{
    QColor fill(Qt::white);
    fill.setAlpha(225);
    addBox(box, fill, border);
    QGraphicsSimpleTextItem* item = addText(text, font, colour);
    item->setPos(box.left() + labelPadding, box.top() + labelPadding - 1);
}

} // namespace jamfor
