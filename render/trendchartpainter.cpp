// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/trendchartpainter.h"

#include "render/axisticks.h"
#include "render/chartframe.h"
#include "render/chartgeometry.h"
#include "render/chartpalette.h"
#include "render/labelplacer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <optional>

namespace jamfor {

namespace {

constexpr qreal titleGap = 6; // between the tick labels and the axis title
constexpr qreal yearGap = 6;  // between the axis and the years
constexpr qreal labelGap = 8; // between the plot and the names at the lines' ends

} // namespace

void TrendChartPainter::paint(QPainter& painter, const QSizeF& size, const TrendSeries& series)
{
    ChartFrame frame(painter, size);
    QRectF area = frame.drawTexts(series.title, series.subtitle, series.caption, series.source);

    const std::optional<chartgeometry::ValueSpan> span = chartgeometry::trendSpan(series);
    if (series.years.isEmpty() || !span) {
        frame.drawMessage(tr("There are no values of this indicator for the network's members in "
                             "these years."));
        return;
    }
    const AxisTicks ticks = tidyAxisTicks(span->low, span->high, span->capAtHundred);

    // Drawn back to front: the members in reverse, the mean, the focus on top. The legend lists
    // them the other way round: the focus first, then the mean, then the members in the
    // network's order.
    struct Drawn
    {
        const TrendLine* line;
        QPen pen;
        qreal markerSize;
        QString name;
    };
    QList<Drawn> members;
    std::optional<Drawn> focus;
    int memberIndex = 0;
    for (const TrendLine& line : series.lines) {
        if (line.highlight == Highlight::Focus) {
            focus = Drawn{&line, QPen(ChartPalette::highlight(Highlight::Focus), 4), 8,
                          tr("%1 (focus)").arg(line.name)};
        } else {
            members.append({&line, QPen(ChartPalette::line(memberIndex++), 2), 5, line.name});
        }
    }
    QList<Drawn> drawn;
    for (auto it = members.crbegin(); it != members.crend(); ++it)
        drawn.append(*it);
    drawn.append({&series.countryMean, QPen(ChartPalette::reference(), 2.5, Qt::DashLine), 0,
                  series.countryMean.name});
    if (focus)
        drawn.append(*focus);

    struct LineEnd
    {
        QString name;
        QPointF end; // year, value
        QColor colour;
        bool bold = false;
    };
    QList<LineEnd> ends;
    QList<ChartFrame::LegendEntry> legend;
    for (auto it = drawn.crbegin(); it != drawn.crend(); ++it) {
        const QList<QList<QPointF>> runs = chartgeometry::valueRuns(it->line->points);
        if (runs.isEmpty())
            continue;
        const QColor colour = it->pen.color();
        legend.append({it->name, colour, colour.darker(130)});
    }
    for (const Drawn& item : std::as_const(drawn)) {
        const QList<QList<QPointF>> runs = chartgeometry::valueRuns(item.line->points);
        if (!runs.isEmpty()) {
            ends.append({item.line->name, runs.constLast().constLast(), item.pen.color(),
                         item.line->highlight == Highlight::Focus});
        }
    }
    area = frame.drawLegend(legend, area);

    // Room on the right for the names at the lines' ends, on the left for the value axis.
    qreal widest = 0;
    for (const LineEnd& end : std::as_const(ends)) {
        widest =
            std::max(widest, ChartFrame::textBox(end.name, ChartFrame::font(-1, end.bold)).width());
    }
    widest = std::min(widest, area.width() * 0.35);
    const QStringList yTitle = ChartFrame::axisTitleLines(series.axisTitle, 60);
    const qreal yTitleDepth = ChartFrame::axisTitleDepth(yTitle);
    const QFont yearFont = ChartFrame::font();
    const QFontMetricsF yearMetrics(yearFont);
    const qreal top = area.top() + yearMetrics.height() / 2 + 2;
    const qreal left = area.left() + yTitleDepth + (yTitle.isEmpty() ? 0 : titleGap) +
                       ChartFrame::valueAxisWidth(ticks);
    const qreal right = area.right() - widest - labelGap - 2;
    const qreal bottom = std::max(top + 20, area.bottom() - yearGap - yearMetrics.height());
    const QRectF plot(QPointF(left, top), QPointF(std::max(left + 20, right), bottom));

    const int firstYear = series.years.constFirst();
    const int lastYear = series.years.constLast();
    const double xMin = firstYear - 0.3;
    const double xMax = lastYear + 0.3;
    const auto xFor = [&](double year) {
        return plot.left() + (year - xMin) / (xMax - xMin) * plot.width();
    };
    const auto yFor = [&](double value) {
        return ChartFrame::yFor(ticks, plot, value);
    };
    const auto at = [&](const QPointF& point) {
        return QPointF(xFor(point.x()), yFor(point.y()));
    };

    // The grid, the axes and the years (every year that has room for its label).
    frame.drawValueAxis(ticks, plot);
    frame.drawAxisTitle(yTitle, QRectF(area.left(), plot.top(), yTitleDepth, plot.height()), true);
    qreal yearWidth = 0;
    for (int year : series.years)
        yearWidth = std::max(yearWidth, yearMetrics.horizontalAdvance(QString::number(year)));
    const qreal perYear = series.years.size() > 1
                              ? (xFor(lastYear) - xFor(firstYear)) / (lastYear - firstYear)
                              : plot.width();
    const int every = std::max(1, int(std::ceil((yearWidth + 8) / std::max<qreal>(1, perYear))));
    painter.setFont(yearFont);
    for (int year : series.years) {
        const qreal x = xFor(year);
        painter.setPen(QPen(ChartFrame::gridColour(), 1));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter.setPen(QPen(ChartFrame::axisColour(), 1));
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        if ((year - firstYear) % every != 0)
            continue;
        painter.setPen(ChartPalette::text());
        // Never "2 024": no locale grouping.
        painter.drawText(
            QRectF(x - yearWidth, plot.bottom() + yearGap, 2 * yearWidth, yearMetrics.height()),
            Qt::AlignHCenter | Qt::AlignTop, QString::number(year));
    }
    painter.setPen(QPen(ChartFrame::axisColour(), 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    // The lines, broken where a year has no value, with a marker at each value.
    painter.save();
    painter.setClipRect(plot.adjusted(-8, -8, 8, 8), Qt::IntersectClip);
    for (const Drawn& item : std::as_const(drawn)) {
        QPen pen = item.pen;
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        if (pen.style() == Qt::DashLine)
            pen.setCapStyle(Qt::FlatCap);
        for (const QList<QPointF>& run : chartgeometry::valueRuns(item.line->points)) {
            painter.setBrush(Qt::NoBrush);
            painter.setPen(pen);
            if (run.size() > 1) {
                QPainterPath path(at(run.constFirst()));
                for (qsizetype i = 1; i < run.size(); ++i)
                    path.lineTo(at(run[i]));
                painter.drawPath(path);
            }
            const qreal marker = item.markerSize > 0 ? item.markerSize : (run.size() == 1 ? 3 : 0);
            if (marker <= 0)
                continue;
            painter.setPen(QPen(pen.color(), item.markerSize > 0 ? pen.widthF() : 1));
            painter.setBrush(pen.color());
            for (const QPointF& point : run)
                painter.drawEllipse(at(point), marker / 2, marker / 2);
        }
    }
    painter.restore();

    // The names at the lines' ends, right of the plot; the focus first, so that it gets the
    // place next to its own line.
    LabelPlacer placer(
        QRectF(QPointF(plot.right() + 4, area.top()), QPointF(area.right(), area.bottom())));
    std::stable_sort(ends.begin(), ends.end(),
                     [](const LineEnd& a, const LineEnd& b) { return a.bold && !b.bold; });
    QList<QRectF> placed;
    QStringList names;
    bool overlapping = false;
    for (const LineEnd& end : std::as_const(ends)) {
        const QFont font = ChartFrame::font(-1, end.bold);
        const QFontMetricsF metrics(font);
        names << metrics.elidedText(end.name, Qt::ElideRight, widest - 6);
        const QSizeF box = ChartFrame::textBox(names.last(), font);
        const QPointF point = at(end.end);
        QList<QRectF> candidates;
        for (int step = 0; step < 40; ++step) {
            for (int sign : {1, -1}) {
                const qreal y = point.y() - box.height() / 2 + sign * step * box.height() * 0.5;
                candidates.append(QRectF(QPointF(plot.right() + labelGap, y), box));
            }
        }
        const QRectF rect = placer.place(candidates);
        for (const QRectF& other : std::as_const(placed))
            overlapping = overlapping || rect.intersects(other);
        placed.append(rect);
    }
    if (overlapping) {
        // No free place for every name (a crowded, low chart): stack them in the order of the
        // lines' ends instead, each as near its line as the others leave room for.
        QList<qsizetype> order;
        for (qsizetype i = 0; i < ends.size(); ++i)
            order.append(i);
        std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
            return at(ends[a].end).y() < at(ends[b].end).y();
        });
        qreal floor = area.top();
        for (qsizetype i : std::as_const(order)) {
            const qreal wanted = at(ends[i].end).y() - placed[i].height() / 2;
            placed[i].moveTop(std::max(wanted, floor));
            floor = placed[i].bottom() + 1;
        }
        qreal ceiling = area.bottom();
        for (auto it = order.crbegin(); it != order.crend(); ++it) {
            if (placed[*it].bottom() > ceiling)
                placed[*it].moveBottom(ceiling);
            ceiling = placed[*it].top() - 1;
        }
    }
    for (qsizetype i = 0; i < ends.size(); ++i) {
        const LineEnd& end = ends[i];
        painter.setPen(QPen(end.colour, 1));
        painter.drawLine(at(end.end), QPointF(placed[i].left(), placed[i].center().y()));
        frame.drawLabel(placed[i], names[i], ChartFrame::font(-1, end.bold),
                        end.colour.darker(130));
    }
}

} // namespace jamfor
