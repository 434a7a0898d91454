// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/rankingchartview.h"

#include "core/chartdata/chartlabels.h"
#include "render/chartgeometry.h"
#include "render/chartpalette.h"
#include "render/labelplacer.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QLegendMarker>
#include <QLineSeries>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>

namespace jamfor {

RankingChartView::RankingChartView(QWidget* parent)
    : ChartView(parent)
{
    setObjectName(QStringLiteral("rankingChart"));
}

void RankingChartView::setSeries(const RankingSeries& series)
{
    m_series = series;
    m_bars = nullptr;
    const bool many = series.bars.size() > RankingSeries::maxNamedBars;
    QChart* chart = startChart(
        series.title, many ? tr("%1 · %2").arg(series.subtitle, series.orderNote) : series.subtitle,
        series.caption, series.source);
    if (series.bars.isEmpty()) {
        showMessage(tr("No municipality has a value of this indicator for the chosen year."));
        return;
    }
    const qsizetype count = series.bars.size();

    const chartgeometry::ValueSpan span = chartgeometry::rankingSpan(series);
    auto* yAxis = new QValueAxis;
    setTidyRange(yAxis, span.low, span.high, span.capAtHundred);
    yAxis->setTitleText(axisTitle(series.axisTitle, 60));
    yAxis->setTitleFont(ChartPalette::font());
    yAxis->setLabelsFont(ChartPalette::font());
    const double yMin = yAxis->min();
    const double yMax = yAxis->max();

    auto* xAxis = new QBarCategoryAxis;
    QStringList categories;
    QSet<QString> used;
    for (qsizetype i = 0; i < count; ++i) {
        // Categories must be unique; with many bars they are never shown.
        QString category = many ? QString::number(i + 1) : series.bars[i].name;
        if (used.contains(category))
            category = QStringLiteral("%1 (%2)").arg(category, series.bars[i].unitId);
        used.insert(category);
        categories << category;
    }
    xAxis->append(categories);
    // With many bars Qt Charts cuts the axis title to "…"; the order is then told in the
    // subtitle instead.
    if (!many)
        xAxis->setTitleText(series.orderNote);
    xAxis->setTitleFont(ChartPalette::font());
    xAxis->setLabelsFont(ChartPalette::font());
    xAxis->setGridLineVisible(false);
    xAxis->setTruncateLabels(false);
    if (many) {
        xAxis->setLabelsVisible(false);
        xAxis->setLineVisible(true);
    } else if (count > 12) {
        xAxis->setLabelsAngle(-45);
    }
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);

    // Pale bands behind the best and the worst quarter of the country. The bars are sorted, so
    // each colour class is one run of bars.
    if (series.population == ChartPopulation::AllMunicipalities &&
        series.direction != Direction::None) {
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
            if (first < 0)
                continue;
            auto* upper = new QLineSeries;
            upper->append(first - 0.5, yMax);
            upper->append(last + 0.5, yMax);
            auto* lower = new QLineSeries;
            lower->append(first - 0.5, yMin);
            lower->append(last + 0.5, yMin);
            auto* band = new QAreaSeries(upper, lower);
            upper->setParent(band);
            lower->setParent(band);
            band->setName(colour == ColourClass::Green ? tr("Best quarter of the country")
                                                       : tr("Worst quarter of the country"));
            band->setBrush(ChartPalette::colourClassTint(colour));
            band->setPen(QPen(ChartPalette::colourClass(colour).lighter(140), 1));
            chart->addSeries(band);
            band->attachAxis(xAxis);
            band->attachAxis(yAxis);
        }
    }

    // One set per highlight, stacked, so that every bar has the colour of its unit's role.
    const QString focusName = [&] {
        for (const RankingBar& bar : series.bars) {
            if (bar.highlight == Highlight::Focus)
                return bar.name;
        }
        return QString();
    }();
    QBarSet* sets[3] = {new QBarSet(tr("%1 (focus)").arg(focusName)),
                        new QBarSet(tr("Network members")),
                        new QBarSet(tr("Other municipalities"))};
    int barsIn[3] = {0, 0, 0};
    for (const RankingBar& bar : series.bars) {
        const int role = chartgeometry::roleIndex(bar.highlight);
        for (int set = 0; set < 3; ++set)
            sets[set]->append(set == role ? bar.value : 0.0);
        ++barsIn[role];
    }
    auto* bars = new QStackedBarSeries;
    bars->setBarWidth(many ? 0.9 : 0.65);
    for (int set = 0; set < 3; ++set) {
        if (barsIn[set] == 0) {
            delete sets[set];
            continue;
        }
        const auto highlight = static_cast<Highlight>(set);
        sets[set]->setBrush(ChartPalette::highlight(highlight));
        sets[set]->setPen(many ? QPen(Qt::NoPen) : QPen(ChartPalette::outline(highlight), 1));
        bars->append(sets[set]);
        connect(sets[set], &QBarSet::hovered, this, &RankingChartView::showToolTip);
    }
    chart->addSeries(bars);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    m_bars = bars;

    if (series.countryMean) {
        auto* mean = new QLineSeries;
        mean->setName(series.countryMeanLabel);
        mean->append(-0.5, *series.countryMean);
        mean->append(count - 0.5, *series.countryMean);
        mean->setPen(QPen(ChartPalette::reference(), 2, Qt::DashLine));
        chart->addSeries(mean);
        mean->attachAxis(xAxis);
        mean->attachAxis(yAxis);
    }
    finishChart();
}

void RankingChartView::showToolTip(bool hovering, int index)
{
    if (!hovering || index < 0 || index >= m_series.bars.size()) {
        QToolTip::hideText();
        return;
    }
    const RankingBar& bar = m_series.bars[index];
    QToolTip::showText(QCursor::pos(),
                       tr("%1: %2 %3, rank %4")
                           .arg(bar.name, ChartLabels::number(bar.value, m_series.decimals),
                                m_series.unitOfMeasure)
                           .arg(bar.rank),
                       this);
}

void RankingChartView::placeOverlays()
{
    if (!m_bars || m_series.bars.isEmpty())
        return;
    const QRectF plot = chart()->plotArea();
    const qsizetype count = m_series.bars.size();
    const bool many = count > RankingSeries::maxNamedBars;
    const QFont font = ChartPalette::font(-1);
    const QFont bold = ChartPalette::font(-1, true);

    if (!many) {
        // Few bars: every bar has its value above it (below it when negative).
        for (qsizetype i = 0; i < count; ++i) {
            const RankingBar& bar = m_series.bars[i];
            // ▲ best and ▼ worst quarter of the country, as in the overview table.
            QString text = ChartLabels::number(bar.value, m_series.decimals);
            if (bar.colour == ColourClass::Green)
                text += QStringLiteral(" ▲");
            else if (bar.colour == ColourClass::Red)
                text += QStringLiteral(" ▼");
            const QFont& labelFont = bar.highlight == Highlight::Focus ? bold : font;
            const QSizeF box = textBox(text, labelFont);
            const QPointF end = chart()->mapToPosition(QPointF(i, bar.value), m_bars);
            const qreal top = bar.value >= 0 ? end.y() - box.height() - 2 : end.y() + 2;
            addLabel(QRectF(QPointF(end.x() - box.width() / 2, top), box), text, labelFont,
                     ChartPalette::text());
        }
        return;
    }

    // Many bars: name only the focus and the members, above the bars where there is room,
    // with a leader line to the bar. The highlighted bars themselves are never covered.
    LabelPlacer placer(plot);
    const qreal halfBar = 0.45;
    QList<qreal> barTops; // y of each bar's upper end
    for (qsizetype i = 0; i < count; ++i) {
        const double value = m_series.bars[i].value;
        const QPointF a =
            chart()->mapToPosition(QPointF(i - halfBar, std::max(value, 0.0)), m_bars);
        const QPointF b =
            chart()->mapToPosition(QPointF(i + halfBar, std::min(value, 0.0)), m_bars);
        barTops.append(a.y());
        if (m_series.bars[i].highlight != Highlight::Other)
            placer.addObstacle(QRectF(a, b).normalized().adjusted(-1, -3, 1, 0));
    }
    const qreal step = count > 1 ? (chart()->mapToPosition(QPointF(1, 0), m_bars).x() -
                                    chart()->mapToPosition(QPointF(0, 0), m_bars).x())
                                 : 1.0;
    const chartgeometry::BarSkyline skyline{chart()->mapToPosition(QPointF(0, 0), m_bars).x(), step,
                                            plot.bottom(), barTops};
    const QList<qsizetype> order = chartgeometry::labelledBars(m_series.bars);
    for (qsizetype i : std::as_const(order)) {
        const RankingBar& bar = m_series.bars[i];
        const bool focus = bar.highlight == Highlight::Focus;
        const QString text = QStringLiteral("%1 %2").arg(
            bar.name, ChartLabels::number(bar.value, m_series.decimals));
        const QFont& labelFont = focus ? bold : font;
        const QSizeF box = textBox(text, labelFont);
        const QPointF anchor = chart()->mapToPosition(QPointF(i, std::max(bar.value, 0.0)), m_bars);
        QList<QRectF> above;
        QList<QRectF> over;
        for (qreal shift : {0.0, -0.5, 0.5, -1.0, 1.0, -1.5, 1.5}) {
            qreal left = anchor.x() - box.width() / 2 + shift * box.width();
            left = std::clamp(left, plot.left() + 2, plot.right() - box.width() - 2);
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
        std::sort(above.begin(), above.end(), [&](const QRectF& a, const QRectF& b) {
            // Nearest to the bar first.
            return QLineF(anchor, a.center()).length() < QLineF(anchor, b.center()).length();
        });
        std::sort(over.begin(), over.end(), [&](const QRectF& a, const QRectF& b) {
            return QLineF(anchor, a.center()).length() < QLineF(anchor, b.center()).length();
        });
        const QRectF placed = placer.place(above + over);
        const QPointF labelFoot(std::clamp(anchor.x(), placed.left() + 2, placed.right() - 2),
                                placed.bottom() < anchor.y() ? placed.bottom() : placed.top());
        addLine(anchor, labelFoot, ChartPalette::outline(bar.highlight), focus ? 1.6 : 1.0);
        addLabel(placed, text, labelFont, ChartPalette::outline(bar.highlight),
                 ChartPalette::highlight(bar.highlight));
    }
}

} // namespace jamfor
