// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/trendchartview.h"

#include "core/chartdata/chartlabels.h"
#include "render/chartgeometry.h"
#include "render/chartpalette.h"
#include "render/labelplacer.h"

#include <QCategoryAxis>
#include <QChart>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>

namespace jamfor {

TrendChartView::TrendChartView(QWidget* parent)
    : ChartView(parent)
{
    setObjectName(QStringLiteral("trendChart"));
}

void TrendChartView::setSeries(const TrendSeries& series)
{
    m_series = series;
    m_ends.clear();
    m_anchor = nullptr;
    QChart* chart = startChart(series.title, series.subtitle, series.caption, series.source);

    const std::optional<chartgeometry::ValueSpan> span = chartgeometry::trendSpan(series);
    if (series.years.isEmpty() || !span) {
        showMessage(tr("There are no values of this indicator for the network's members in "
                       "these years."));
        return;
    }

    const int firstYear = series.years.constFirst();
    const int lastYear = series.years.constLast();
    auto* xAxis = new QCategoryAxis;
    xAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    xAxis->setStartValue(firstYear - 0.5);
    for (int year : series.years)
        xAxis->append(QString::number(year), year); // never "2 024": no locale grouping
    xAxis->setRange(firstYear - 0.3, lastYear + 0.3);
    xAxis->setLabelsFont(ChartPalette::font());
    xAxis->setGridLineVisible(true);
    xAxis->setGridLinePen(QPen(QColor(0xE4, 0xE4, 0xE4), 1));

    auto* yAxis = new QValueAxis;
    setTidyRange(yAxis, span->low, span->high, span->capAtHundred);
    yAxis->setTitleText(axisTitle(series.axisTitle, 60));
    yAxis->setTitleFont(ChartPalette::font());
    yAxis->setLabelsFont(ChartPalette::font());
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // Added back to front and shown in reverse in the legend: the focus line is drawn on top
    // and listed first, then the mean, then the members in the network's order.
    struct Drawn
    {
        const TrendLine* line;
        QPen pen;
        qreal markerSize;
        QString name;
    };
    QList<Drawn> drawn;
    int memberIndex = 0;
    QList<Drawn> members;
    const Drawn* focus = nullptr;
    Drawn focusLine{};
    for (const TrendLine& line : series.lines) {
        if (line.highlight == Highlight::Focus) {
            focusLine = {&line, QPen(ChartPalette::highlight(Highlight::Focus), 4), 8,
                         tr("%1 (focus)").arg(line.name)};
            focus = &focusLine;
        } else {
            members.append({&line, QPen(ChartPalette::line(memberIndex++), 2), 5, line.name});
        }
    }
    for (auto it = members.crbegin(); it != members.crend(); ++it)
        drawn.append(*it);
    QPen meanPen(ChartPalette::reference(), 2.5, Qt::DashLine);
    drawn.append({&series.countryMean, meanPen, 0, series.countryMean.name});
    if (focus)
        drawn.append(*focus);

    for (const Drawn& item : std::as_const(drawn)) {
        const QList<QList<QPointF>> runs = chartgeometry::valueRuns(item.line->points);
        bool first = true;
        for (const QList<QPointF>& run : runs) {
            auto* line = new QLineSeries;
            line->setName(item.name);
            line->append(run);
            line->setPen(item.pen);
            line->setColor(item.pen.color());
            if (item.markerSize > 0) {
                line->setPointsVisible(true);
                line->setMarkerSize(item.markerSize);
            }
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
            if (!first) {
                for (QLegendMarker* marker : chart->legend()->markers(line))
                    marker->setVisible(false);
            }
            first = false;
            m_anchor = line;
        }
        if (!runs.isEmpty()) {
            const QPointF end = runs.constLast().constLast();
            m_ends.append({item.line->name, end.x(), end.y(), item.pen.color(),
                           item.line->highlight == Highlight::Focus});
        }
    }
    chart->legend()->setReverseMarkers(true);
    finishChart();
}

QMargins TrendChartView::extraMargins(const QSizeF&) const
{
    qreal widest = 0;
    for (const LineEnd& end : m_ends)
        widest = std::max(widest, textBox(end.name, ChartPalette::font(-1, end.bold)).width());
    return QMargins(0, 0, int(widest) + 10, 0);
}

void TrendChartView::placeOverlays()
{
    if (!m_anchor)
        return;
    const QRectF plot = chart()->plotArea();
    qreal widest = 0;
    for (const LineEnd& end : std::as_const(m_ends))
        widest = std::max(widest, textBox(end.name, ChartPalette::font(-1, end.bold)).width());
    LabelPlacer placer(QRectF(plot.right() + 4, plot.top() - 20, widest + 12, plot.height() + 40));
    // The focus first, so that it gets the place next to its own line.
    QList<LineEnd> ends = m_ends;
    std::stable_sort(ends.begin(), ends.end(),
                     [](const LineEnd& a, const LineEnd& b) { return a.bold && !b.bold; });
    for (const LineEnd& end : std::as_const(ends)) {
        const QFont font = ChartPalette::font(-1, end.bold);
        const QSizeF box = textBox(end.name, font);
        const QPointF point = chart()->mapToPosition(QPointF(end.year, end.value), m_anchor);
        QList<QRectF> candidates;
        for (int step = 0; step < 40; ++step) {
            for (int sign : {1, -1}) {
                const qreal y = point.y() - box.height() / 2 + sign * step * box.height() * 0.5;
                candidates.append(QRectF(QPointF(plot.right() + 8, y), box));
            }
        }
        const QRectF placed = placer.place(candidates);
        addLine(point, QPointF(placed.left(), placed.center().y()), end.colour, 1);
        addLabel(placed, end.name, font, end.colour.darker(130));
    }
}

} // namespace jamfor
