// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/costqualitychartview.h"

#include "core/chartdata/chartlabels.h"
#include "render/chartpalette.h"
#include "render/labelplacer.h"

#include <QChart>
#include <QCursor>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace jamfor {

namespace {

constexpr qreal otherSize = 8;
constexpr qreal memberSize = 12;
constexpr qreal focusSize = 16;

qreal markerSize(Highlight highlight)
{
    switch (highlight) {
    case Highlight::Focus:
        return focusSize;
    case Highlight::Member:
        return memberSize;
    case Highlight::Other:
        break;
    }
    return otherSize;
}

// A range around the values with a little air, so that no point sits on the frame.
std::pair<double, double> paddedRange(double low, double high)
{
    const double span = high - low;
    const double pad = span > 0 ? span * 0.06 : std::max(std::abs(high) * 0.05, 1.0);
    return {low - pad, high + pad};
}

} // namespace

CostQualityChartView::CostQualityChartView(QWidget* parent)
    : ChartView(parent)
{
    setObjectName(QStringLiteral("costQualityChart"));
}

void CostQualityChartView::setSeries(const CostQualitySeries& series)
{
    m_series = series;
    m_anchor = nullptr;
    QChart* chart = startChart(series.title, series.subtitle, series.caption, series.source);
    if (series.points.isEmpty()) {
        showMessage(tr("No municipality has values of both indicators for the chosen years."));
        return;
    }

    double costLow = series.points.constFirst().cost;
    double costHigh = costLow;
    double qualityLow = series.points.constFirst().quality;
    double qualityHigh = qualityLow;
    for (const CostQualityDot& dot : series.points) {
        costLow = std::min(costLow, dot.cost);
        costHigh = std::max(costHigh, dot.cost);
        qualityLow = std::min(qualityLow, dot.quality);
        qualityHigh = std::max(qualityHigh, dot.quality);
    }
    const auto [xMin, xMax] = paddedRange(costLow, costHigh);
    const auto [yMin, yMax] = paddedRange(qualityLow, qualityHigh);
    const QChar percent = QLatin1Char('%');
    auto* xAxis = new QValueAxis;
    setTidyRange(xAxis, xMin, xMax, series.costUnit.contains(percent) && costHigh <= 100);
    xAxis->setTitleText(axisTitle(series.costAxisTitle, 110));
    auto* yAxis = new QValueAxis;
    setTidyRange(yAxis, yMin, yMax, series.qualityUnit.contains(percent) && qualityHigh <= 100);
    yAxis->setTitleText(axisTitle(series.qualityAxisTitle, 60));
    for (QValueAxis* axis : {xAxis, yAxis}) {
        axis->setTitleFont(ChartPalette::font());
        axis->setLabelsFont(ChartPalette::font());
        axis->setGridLinePen(QPen(QColor(0xE4, 0xE4, 0xE4), 1));
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    const auto attach = [&](QAbstractSeries* added) {
        chart->addSeries(added);
        added->attachAxis(xAxis);
        added->attachAxis(yAxis);
    };

    // The points of other units first, so that the highlighted ones are drawn on top.
    QScatterSeries* scatter[3] = {nullptr, nullptr, nullptr};
    const QString focusName = [&] {
        for (const CostQualityDot& dot : series.points) {
            if (dot.highlight == Highlight::Focus)
                return dot.name;
        }
        return QString();
    }();
    const QString names[3] = {tr("%1 (focus)").arg(focusName), tr("Network members"),
                              tr("Other municipalities")};
    for (int role : {2, 1, 0}) {
        const auto highlight = static_cast<Highlight>(role);
        QList<QPointF> points;
        for (const CostQualityDot& dot : series.points) {
            if (dot.highlight == highlight)
                points.append(QPointF(dot.cost, dot.quality));
        }
        if (points.isEmpty())
            continue;
        auto* dots = new QScatterSeries;
        dots->setName(names[role]);
        dots->append(points);
        dots->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        dots->setMarkerSize(markerSize(highlight));
        QColor fill = ChartPalette::highlight(highlight);
        if (highlight == Highlight::Other)
            fill.setAlpha(190);
        dots->setBrush(fill);
        dots->setPen(
            QPen(ChartPalette::outline(highlight), highlight == Highlight::Other ? 0.8 : 1.4));
        connect(dots, &QScatterSeries::hovered, this, &CostQualityChartView::showToolTip);
        scatter[role] = dots;
    }

    // Median lines, then the least-squares line, below the points.
    auto* medians = new QLineSeries;
    medians->setName(tr("Medians"));
    medians->setPen(QPen(ChartPalette::reference(), 1.5, Qt::DashLine));
    medians->append(series.medianCost, yAxis->min());
    medians->append(series.medianCost, yAxis->max());
    attach(medians);
    auto* medianQuality = new QLineSeries;
    medianQuality->setPen(medians->pen());
    medianQuality->append(xAxis->min(), series.medianQuality);
    medianQuality->append(xAxis->max(), series.medianQuality);
    attach(medianQuality);
    for (QLegendMarker* marker : chart->legend()->markers(medianQuality))
        marker->setVisible(false);
    if (series.line) {
        auto* fit = new QLineSeries;
        fit->setName(tr("Least-squares line"));
        fit->setPen(QPen(QColor(0x44, 0x44, 0x88), 2));
        // Clip the line to the plot: from the x range, then cut at the y range.
        const double slope = series.line->slope;
        double x0 = xAxis->min();
        double x1 = xAxis->max();
        if (slope != 0) {
            const double xAtMin = (yAxis->min() - series.line->intercept) / slope;
            const double xAtMax = (yAxis->max() - series.line->intercept) / slope;
            x0 = std::max(x0, std::min(xAtMin, xAtMax));
            x1 = std::min(x1, std::max(xAtMin, xAtMax));
        }
        if (x0 < x1) {
            fit->append(x0, series.line->predict(x0));
            fit->append(x1, series.line->predict(x1));
        }
        attach(fit);
    }
    for (int role : {2, 1, 0}) {
        if (scatter[role]) {
            attach(scatter[role]);
            m_anchor = scatter[role];
        }
    }
    // Listed from the focus down to the lines.
    chart->legend()->setReverseMarkers(true);
    finishChart();
}

void CostQualityChartView::showToolTip(const QPointF& point, bool hovering)
{
    if (!hovering) {
        QToolTip::hideText();
        return;
    }
    for (const CostQualityDot& dot : std::as_const(m_series.points)) {
        if (dot.cost == point.x() && dot.quality == point.y()) {
            QToolTip::showText(QCursor::pos(),
                               tr("%1: cost %2, quality %3 (%4)")
                                   .arg(dot.name,
                                        ChartLabels::number(dot.cost, m_series.costDecimals),
                                        ChartLabels::number(dot.quality, m_series.qualityDecimals),
                                        quadrantLabel(dot.quadrant)),
                               this);
            return;
        }
    }
}

void CostQualityChartView::placeOverlays()
{
    if (!m_anchor)
        return;
    const QRectF plot = chart()->plotArea();
    LabelPlacer placer(plot.adjusted(2, 2, -2, -2));

    // The quadrants' names in the corners of the plot, muted.
    QFont cornerFont = ChartPalette::font(-1);
    cornerFont.setItalic(true);
    for (const QuadrantCorner& corner : std::as_const(m_series.corners)) {
        const QSizeF box = textBox(corner.label, cornerFont);
        const qreal x = corner.left ? plot.left() + 6 : plot.right() - box.width() - 6;
        const qreal y = corner.top ? plot.top() + 6 : plot.bottom() - box.height() - 6;
        const QRectF rect(QPointF(x, y), box);
        placer.addObstacle(rect);
        addLabel(rect, corner.label, cornerFont, ChartPalette::mutedText());
    }

    QList<const CostQualityDot*> labelled;
    for (const CostQualityDot& dot : std::as_const(m_series.points)) {
        if (!dot.labelled)
            continue;
        const QPointF at = chart()->mapToPosition(QPointF(dot.cost, dot.quality), m_anchor);
        const qreal radius = markerSize(dot.highlight) / 2;
        placer.addObstacle(QRectF(at - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)));
        if (dot.highlight == Highlight::Focus)
            labelled.prepend(&dot);
        else
            labelled.append(&dot);
    }
    const QFont font = ChartPalette::font(-1);
    const QFont bold = ChartPalette::font(-1, true);
    for (const CostQualityDot* dot : std::as_const(labelled)) {
        const bool focus = dot->highlight == Highlight::Focus;
        const QFont& labelFont = focus ? bold : font;
        const QSizeF box = textBox(dot->name, labelFont);
        const QPointF at = chart()->mapToPosition(QPointF(dot->cost, dot->quality), m_anchor);
        const qreal gap = markerSize(dot->highlight) / 2 + 3;
        QList<QRectF> candidates;
        for (int ring = 0; ring < 8; ++ring) {
            const qreal d = gap + ring * box.height() * 0.8;
            candidates << QRectF(QPointF(at.x() + d, at.y() - box.height() / 2), box)
                       << QRectF(QPointF(at.x() - d - box.width(), at.y() - box.height() / 2), box)
                       << QRectF(QPointF(at.x() - box.width() / 2, at.y() - d - box.height()), box)
                       << QRectF(QPointF(at.x() - box.width() / 2, at.y() + d), box)
                       << QRectF(QPointF(at.x() + d, at.y() - d - box.height()), box)
                       << QRectF(QPointF(at.x() - d - box.width(), at.y() - d - box.height()), box)
                       << QRectF(QPointF(at.x() + d, at.y() + d), box)
                       << QRectF(QPointF(at.x() - d - box.width(), at.y() + d), box);
        }
        const QRectF placed = placer.place(candidates);
        const QColor colour = ChartPalette::outline(dot->highlight);
        // A leader line when the label had to move away from its point.
        const QPointF nearest(std::clamp(at.x(), placed.left(), placed.right()),
                              std::clamp(at.y(), placed.top(), placed.bottom()));
        if (QLineF(at, nearest).length() > gap + 4)
            addLine(at, nearest, colour, 1);
        addLabel(placed, dot->name, labelFont, colour);
    }
}

} // namespace jamfor
