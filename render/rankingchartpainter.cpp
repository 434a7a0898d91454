// SPDX-License-Identifier: GPL-3.0-or-later
#include "render/rankingchartpainter.h"

#include "core/chartdata/chartlabels.h"
#include "render/axisticks.h"
#include "render/chartframe.h"
#include "render/chartgeometry.h"
#include "render/chartpalette.h"
#include "render/labelplacer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace jamfor {

namespace {

constexpr qreal cos45 = 0.70710678118654752;
constexpr qreal labelAngle = -45;
constexpr qreal categoryGap = 6; // between the axis and the bars' names
constexpr qreal titleGap = 6;    // between the names or tick labels and an axis title

// ▲ best and ▼ worst quarter of the country, as in the overview table.
QString markerFor(ColourClass colour)
{
    if (colour == ColourClass::Green)
        return QStringLiteral(" ▲");
    if (colour == ColourClass::Red)
        return QStringLiteral(" ▼");
    return {};
}

// The name broken at spaces into lines of at most width; empty when a word is too wide or more
// than two lines are needed.
QStringList wrappedName(const QString& name, const QFontMetricsF& metrics, qreal width)
{
    QStringList lines;
    QString line;
    for (const QString& word : name.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (line.isEmpty() || metrics.horizontalAdvance(longer) <= width) {
            line = longer;
        } else {
            lines << line;
            line = word;
        }
        if (metrics.horizontalAdvance(line) > width)
            return {};
    }
    if (!line.isEmpty())
        lines << line;
    return lines.size() <= 2 ? lines : QStringList();
}

// How the bars' names are written under the axis.
struct Categories
{
    enum class Mode
    {
        None,       // many bars: no names
        Horizontal, // under each bar, in one or two lines
        Rotated     // turned by −45°, ending under the bar
    };
    Mode mode = Mode::None;
    QList<QStringList> lines; // Horizontal: each bar's lines
    QStringList names;        // Rotated: each bar's name, elided to fit
    qreal depth = 0;          // the room below the axis
};

Categories categoriesFor(const RankingSeries& series, qreal slot, qreal maxDepth, bool many)
{
    Categories categories;
    if (many) {
        categories.depth = 4;
        return categories;
    }
    const QFontMetricsF metrics(ChartFrame::font());
    if (series.bars.size() <= 12) {
        QList<QStringList> lines;
        int most = 1;
        for (const RankingBar& bar : series.bars) {
            const QStringList name = wrappedName(bar.name, metrics, slot - 4);
            if (name.isEmpty()) {
                lines.clear();
                break;
            }
            most = std::max(most, int(name.size()));
            lines << name;
        }
        if (!lines.isEmpty()) {
            categories.mode = Categories::Mode::Horizontal;
            categories.lines = lines;
            categories.depth = categoryGap + most * metrics.lineSpacing();
            return categories;
        }
    }
    categories.mode = Categories::Mode::Rotated;
    const qreal height = metrics.height();
    const qreal longest = std::max<qreal>(20, (maxDepth - categoryGap) / cos45 - height / 2);
    qreal widest = 0;
    for (const RankingBar& bar : series.bars) {
        const QString name = metrics.elidedText(bar.name, Qt::ElideRight, longest);
        widest = std::max(widest, metrics.horizontalAdvance(name));
        categories.names << name;
    }
    categories.depth = categoryGap + (widest + height / 2) * cos45;
    return categories;
}

} // namespace

void RankingChartPainter::paint(QPainter& painter, const QSizeF& size, const RankingSeries& series)
{
    ChartFrame frame(painter, size);
    const qsizetype count = series.bars.size();
    const bool many = count > RankingSeries::maxNamedBars;
    QRectF area = frame.drawTexts(
        series.title, many ? tr("%1 · %2").arg(series.subtitle, series.orderNote) : series.subtitle,
        series.caption, series.source);
    if (series.bars.isEmpty()) {
        frame.drawMessage(tr("No municipality has a value of this indicator for the chosen year."));
        return;
    }

    const chartgeometry::ValueSpan span = chartgeometry::rankingSpan(series);
    const AxisTicks ticks = tidyAxisTicks(span.low, span.high, span.capAtHundred);

    const bool bands = series.population == ChartPopulation::AllMunicipalities &&
                       series.direction != Direction::None;
    struct Band
    {
        ColourClass colour;
        qsizetype first;
        qsizetype last;
    };
    QList<Band> bandList;
    if (bands) {
        // The bars are sorted, so each colour class is one run of bars.
        for (ColourClass colour : {ColourClass::Green, ColourClass::Red}) {
            qsizetype first = -1;
            qsizetype last = -1;
            for (qsizetype i = 0; i < count; ++i) {
                if (series.bars[i].colour == colour) {
                    if (first < 0)
                        first = i;
                    last = i;
                }
            }
            if (first >= 0)
                bandList.append({colour, first, last});
        }
    }

    // The legend, as the view's: the bands, the three roles that have bars, the mean.
    QList<ChartFrame::LegendEntry> legend;
    for (const Band& band : std::as_const(bandList)) {
        legend.append({band.colour == ColourClass::Green ? tr("Best quarter of the country")
                                                         : tr("Worst quarter of the country"),
                       ChartPalette::colourClassTint(band.colour),
                       ChartPalette::colourClass(band.colour).lighter(140)});
    }
    QString focusName;
    int barsIn[3] = {0, 0, 0};
    for (const RankingBar& bar : series.bars) {
        ++barsIn[chartgeometry::roleIndex(bar.highlight)];
        if (bar.highlight == Highlight::Focus && focusName.isEmpty())
            focusName = bar.name;
    }
    const QString roleNames[3] = {tr("%1 (focus)").arg(focusName), tr("Network members"),
                                  tr("Other municipalities")};
    for (int role = 0; role < 3; ++role) {
        if (barsIn[role] == 0)
            continue;
        const auto highlight = static_cast<Highlight>(role);
        legend.append({roleNames[role], ChartPalette::highlight(highlight),
                       ChartPalette::outline(highlight)});
    }
    if (series.countryMean) {
        legend.append({series.countryMeanLabel, ChartPalette::reference(),
                       ChartPalette::reference().darker(130)});
    }
    area = frame.drawLegend(legend, area);

    // The plot: the value axis with its title on the left, the names and the order below.
    const QStringList yTitle = ChartFrame::axisTitleLines(series.axisTitle, 60);
    const qreal yTitleDepth = ChartFrame::axisTitleDepth(yTitle);
    const QStringList xTitle =
        many ? QStringList() : ChartFrame::axisTitleLines(series.orderNote, 100);
    const qreal xTitleDepth = ChartFrame::axisTitleDepth(xTitle);
    const QFont valueFont = ChartFrame::font(-1);
    const QFont valueBold = ChartFrame::font(-1, true);
    const qreal labelHeight = ChartFrame::textBox(QStringLiteral("0"), valueFont).height();
    qreal plotLeft = area.left() + yTitleDepth + (yTitle.isEmpty() ? 0 : titleGap) +
                     ChartFrame::valueAxisWidth(ticks);

    // The values above the bars; where they are wider than a bar's place, the ▲ or ▼ goes
    // under the number.
    QStringList valueTexts;
    qreal widestValue = 0;
    for (const RankingBar& bar : series.bars) {
        valueTexts << ChartLabels::number(bar.value, series.decimals);
        const QString marker = markerFor(bar.colour);
        widestValue = std::max(widestValue,
                               ChartFrame::textBox(valueTexts.last() + marker, valueBold).width());
    }
    const bool stacked = !many && widestValue > (area.right() - plotLeft) / count - 1;
    for (qsizetype i = 0; i < count; ++i) {
        const QString marker = markerFor(series.bars[i].colour);
        if (!marker.isEmpty())
            valueTexts[i] += stacked ? QLatin1Char('\n') + marker.trimmed() : marker;
    }

    const qreal plotTop = area.top() + (many ? 12 : (stacked ? 2 : 1) * labelHeight + 4);
    const qreal plotRight = area.right() - 2;
    const qreal maxDepth = std::max<qreal>(30, (area.height() - labelHeight) * 0.3);
    Categories categories;
    for (int pass = 0; pass < 3; ++pass) {
        const qreal slot = std::max<qreal>(1, plotRight - plotLeft) / count;
        categories = categoriesFor(series, slot, maxDepth, many);
        if (categories.mode != Categories::Mode::Rotated)
            break;
        // Turned names reach left of their bar: keep the first ones inside the chart.
        const QFontMetricsF metrics(ChartFrame::font());
        qreal needed = plotLeft;
        for (qsizetype i = 0; i < count; ++i) {
            const qreal reach =
                (metrics.horizontalAdvance(categories.names[i]) + metrics.height() / 2) * cos45;
            needed = std::max(needed, area.left() + reach - (i + 0.5) * slot);
        }
        if (needed <= plotLeft + 0.5)
            break;
        plotLeft = needed;
    }
    const qreal plotBottom =
        std::max(plotTop + 20, area.bottom() - xTitleDepth - (xTitle.isEmpty() ? 0 : titleGap) -
                                   categories.depth);
    const QRectF plot(QPointF(plotLeft, plotTop), QPointF(plotRight, plotBottom));
    const qreal slot = plot.width() / count;
    const auto xFor = [&](double index) {
        return plot.left() + (index + 0.5) * slot;
    };
    const auto yFor = [&](double value) {
        return ChartFrame::yFor(ticks, plot, value);
    };

    frame.drawValueAxis(ticks, plot);
    frame.drawAxisTitle(yTitle, QRectF(area.left(), plot.top(), yTitleDepth, plot.height()), true);

    // Pale bands behind the best and the worst quarter of the country.
    for (const Band& band : std::as_const(bandList)) {
        const QRectF rect(QPointF(xFor(band.first - 0.5), plot.top()),
                          QPointF(xFor(band.last + 0.5), plot.bottom()));
        painter.setPen(QPen(ChartPalette::colourClass(band.colour).lighter(140), 1));
        painter.setBrush(ChartPalette::colourClassTint(band.colour));
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
    }

    // The bars, best to the left.
    const qreal barWidth = slot * (many ? 0.9 : 0.65);
    const qreal zero = yFor(std::clamp(0.0, ticks.min, ticks.max));
    QList<QRectF> barRects;
    for (qsizetype i = 0; i < count; ++i) {
        const RankingBar& bar = series.bars[i];
        const qreal x = xFor(double(i));
        const QRectF rect =
            QRectF(QPointF(x - barWidth / 2, yFor(bar.value)), QPointF(x + barWidth / 2, zero))
                .normalized();
        barRects.append(rect);
        painter.setBrush(ChartPalette::highlight(bar.highlight));
        if (many) {
            painter.setPen(Qt::NoPen);
            painter.drawRect(rect);
        } else {
            painter.setPen(QPen(ChartPalette::outline(bar.highlight), 1));
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        }
    }

    // The bars' axis: its line, the ticks between the bars and the names.
    painter.setPen(QPen(ChartFrame::axisColour(), 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    if (!many) {
        for (qsizetype i = 0; i <= count; ++i) {
            const qreal x = xFor(i - 0.5);
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        }
    }
    const QFont nameFont = ChartFrame::font();
    const QFontMetricsF nameMetrics(nameFont);
    painter.setFont(nameFont);
    painter.setPen(ChartPalette::text());
    if (categories.mode == Categories::Mode::Horizontal) {
        for (qsizetype i = 0; i < count; ++i) {
            qreal y = plot.bottom() + categoryGap;
            for (const QString& line : std::as_const(categories.lines[i])) {
                painter.drawText(
                    QRectF(xFor(double(i)) - slot / 2, y, slot, nameMetrics.lineSpacing()),
                    Qt::AlignHCenter | Qt::AlignTop, line);
                y += nameMetrics.lineSpacing();
            }
        }
    } else if (categories.mode == Categories::Mode::Rotated) {
        const qreal height = nameMetrics.height();
        for (qsizetype i = 0; i < count; ++i) {
            const qreal width = nameMetrics.horizontalAdvance(categories.names[i]) + 1;
            painter.save();
            painter.translate(xFor(double(i)) + 2, plot.bottom() + categoryGap);
            painter.rotate(labelAngle);
            painter.drawText(QRectF(-width, -height / 2, width, height),
                             Qt::AlignRight | Qt::AlignVCenter, categories.names[i]);
            painter.restore();
        }
    }
    frame.drawAxisTitle(
        xTitle,
        QRectF(plot.left(), plot.bottom() + categories.depth + titleGap, plot.width(), xTitleDepth),
        false);

    // The mean of all municipalities across the plot.
    if (series.countryMean) {
        const qreal y = yFor(*series.countryMean);
        painter.setPen(QPen(ChartPalette::reference(), 2, Qt::DashLine, Qt::FlatCap));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }

    if (!many) {
        // Few bars: every bar has its value above it (below it when negative), lifted where
        // it would cover a neighbour's value or bar.
        LabelPlacer placer(QRectF(QPointF(plot.left() - slot / 2, area.top()),
                                  QPointF(area.right(), plot.bottom())));
        for (const QRectF& rect : std::as_const(barRects))
            placer.addObstacle(rect.adjusted(0, -1, 0, 0));
        for (qsizetype i = 0; i < count; ++i) {
            const RankingBar& bar = series.bars[i];
            const QString& text = valueTexts[i];
            const QFont& labelFont = bar.highlight == Highlight::Focus ? valueBold : valueFont;
            const QSizeF box = ChartFrame::textBox(text, labelFont);
            const qreal x = xFor(double(i));
            const qreal end = yFor(bar.value);
            QList<QRectF> candidates;
            for (int lift = 0; lift < 12; ++lift) {
                const qreal shift = lift * box.height() * 0.5;
                const qreal labelTop =
                    bar.value >= 0 ? end - box.height() - 2 - shift : end + 2 + shift;
                candidates.append(QRectF(QPointF(x - box.width() / 2, labelTop), box));
            }
            frame.drawLabel(placer.place(candidates), text, labelFont, ChartPalette::text());
        }
        return;
    }

    // Many bars: name only the focus and the members, above the bars where there is room,
    // with a leader line to the bar. The highlighted bars themselves are never covered.
    LabelPlacer placer(plot);
    QList<qreal> barTops;
    for (qsizetype i = 0; i < count; ++i) {
        const double value = series.bars[i].value;
        const qreal x = xFor(double(i));
        const QRectF rect(QPointF(x - slot * 0.45, yFor(std::max(value, 0.0))),
                          QPointF(x + slot * 0.45, yFor(std::min(value, 0.0))));
        barTops.append(rect.top());
        if (series.bars[i].highlight != Highlight::Other)
            placer.addObstacle(rect.normalized().adjusted(-1, -3, 1, 0));
    }
    const chartgeometry::BarSkyline skyline{xFor(0), slot, plot.bottom(), barTops};
    const QList<qsizetype> order = chartgeometry::labelledBars(series.bars);
    for (qsizetype i : std::as_const(order)) {
        const RankingBar& bar = series.bars[i];
        const bool focus = bar.highlight == Highlight::Focus;
        const QString text =
            QStringLiteral("%1 %2").arg(bar.name, ChartLabels::number(bar.value, series.decimals));
        const QFont& labelFont = focus ? valueBold : valueFont;
        const QSizeF box = ChartFrame::textBox(text, labelFont);
        const QPointF anchor(xFor(double(i)), yFor(std::max(bar.value, 0.0)));
        QList<QRectF> above;
        QList<QRectF> over;
        for (qreal shift : {0.0, -0.5, 0.5, -1.0, 1.0, -1.5, 1.5}) {
            qreal left = anchor.x() - box.width() / 2 + shift * box.width();
            left = std::clamp(left, plot.left() + 2,
                              std::max(plot.left() + 2, plot.right() - box.width() - 2));
            const qreal roof = skyline.over(left, left + box.width()) - 6;
            for (int lift = 0; lift < 40; ++lift) {
                const qreal bottom = roof - lift * box.height() * 0.5;
                if (bottom - box.height() >= plot.top())
                    above.append(QRectF(QPointF(left, bottom - box.height()), box));
            }
            // Without room above the bars, on the grey bars near the top of the bar.
            for (int drop = 0; drop < 40; ++drop) {
                const qreal bottom = anchor.y() - 6 + drop * box.height() * 0.5;
                if (bottom - box.height() >= plot.top() && bottom <= plot.bottom())
                    over.append(QRectF(QPointF(left, bottom - box.height()), box));
            }
        }
        const auto nearer = [&](const QRectF& a, const QRectF& b) {
            return QLineF(anchor, a.center()).length() < QLineF(anchor, b.center()).length();
        };
        std::sort(above.begin(), above.end(), nearer);
        std::sort(over.begin(), over.end(), nearer);
        QList<QRectF> candidates = above + over;
        if (candidates.isEmpty())
            candidates.append(QRectF(QPointF(anchor.x() - box.width() / 2, plot.top()), box));
        const QRectF placed = placer.place(candidates);
        const QPointF labelFoot(std::clamp(anchor.x(), placed.left() + 2, placed.right() - 2),
                                placed.bottom() < anchor.y() ? placed.bottom() : placed.top());
        painter.setPen(QPen(ChartPalette::outline(bar.highlight), focus ? 1.6 : 1.0));
        painter.drawLine(anchor, labelFoot);
        frame.drawLabel(placed, text, labelFont, ChartPalette::outline(bar.highlight),
                        ChartPalette::highlight(bar.highlight));
    }
}

} // namespace jamfor
