// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/profilechartview.h"

#include "core/chartdata/chartlabels.h"
#include "render/chartpalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QTextDocument>
#include <QTextOption>
#include <QValueAxis>
#include <algorithm>

namespace jamfor {

namespace {

// The column left of the plot that holds the indicators' titles.
qreal titleColumn(const QSizeF& size)
{
    return std::clamp(size.width() * 0.36, 200.0, 520.0);
}

} // namespace

ProfileChartView::ProfileChartView(QWidget* parent)
    : ChartView(parent)
{
    setObjectName(QStringLiteral("profileChart"));
}

void ProfileChartView::setSeries(const ProfileSeries& series)
{
    m_series = series;
    m_bars = nullptr;
    QChart* chart = startChart(series.title, series.subtitle, series.caption, series.source);
    if (series.unitId.isEmpty()) {
        showMessage(tr("Choose a focus municipality or a network to see a profile."));
        return;
    }
    if (series.items.isEmpty()) {
        showMessage(tr("The area has no indicators with a better direction."));
        return;
    }

    // The first indicator at the top: bar categories run from the bottom up.
    const qsizetype count = series.items.size();
    struct ClassSet
    {
        ColourClass colour;
        QString name;
    };
    const QList<ClassSet> classes{{ColourClass::Green, tr("Best quarter (green)")},
                                  {ColourClass::Yellow, tr("Middle half (yellow)")},
                                  {ColourClass::Red, tr("Worst quarter (red)")},
                                  {ColourClass::NoColour, tr("No colour (fewer than 4 values)")}};
    auto* bars = new QHorizontalStackedBarSeries;
    bars->setBarWidth(count <= 5 ? 0.45 : 0.65);
    for (const ClassSet& colourClass : classes) {
        auto* set = new QBarSet(colourClass.name);
        bool used = false;
        for (qsizetype row = count - 1; row >= 0; --row) {
            const ProfileItem& item = series.items[row];
            const bool mine = item.percentile && item.colour == colourClass.colour;
            set->append(mine ? *item.percentile : 0.0);
            used = used || mine;
        }
        if (!used) {
            delete set;
            continue;
        }
        set->setBrush(ChartPalette::colourClass(colourClass.colour));
        set->setPen(QPen(ChartPalette::colourClass(colourClass.colour).darker(135), 1));
        bars->append(set);
    }
    QStringList categories;
    for (qsizetype row = count - 1; row >= 0; --row)
        categories << QString::number(row + 1);
    auto* yAxis = new QBarCategoryAxis;
    yAxis->append(categories);
    yAxis->setLabelsVisible(false);
    yAxis->setGridLineVisible(false);
    auto* xAxis = new QValueAxis;
    xAxis->setRange(0, 100);
    xAxis->setTickCount(5); // 0, 25, 50, 75, 100: the quartiles
    xAxis->setLabelFormat(QStringLiteral("%.0f"));
    xAxis->setTitleText(series.axisTitle);
    xAxis->setTitleFont(ChartPalette::font());
    xAxis->setLabelsFont(ChartPalette::font());
    xAxis->setGridLinePen(QPen(QColor(0xCC, 0xCC, 0xCC), 1, Qt::DashLine));
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    chart->addSeries(bars);
    bars->attachAxis(xAxis);
    bars->attachAxis(yAxis);
    m_bars = bars;
    finishChart();
}

QMargins ProfileChartView::extraMargins(const QSizeF& size) const
{
    return QMargins(int(titleColumn(size)), 0, 0, 0);
}

void ProfileChartView::placeOverlays()
{
    if (!m_bars)
        return;
    const QRectF plot = chart()->plotArea();
    const qsizetype count = m_series.items.size();
    const qreal band = plot.height() / count;
    const qreal column = titleColumn(chart()->size()) - 8;
    const QFont font = ChartPalette::font(-1);
    const QFont bold = ChartPalette::font(-1, true);
    const QFontMetricsF metrics(font);

    for (qsizetype row = 0; row < count; ++row) {
        const ProfileItem& item = m_series.items[row];
        const qreal category = count - 1 - row;
        const qreal centre = chart()->mapToPosition(QPointF(0, category), m_bars).y();

        // The title wraps in its column; when the bars are too close, it is cut to one line.
        auto* title = new QGraphicsTextItem;
        title->setFont(font);
        title->setTextWidth(column);
        QTextOption option = title->document()->defaultTextOption();
        option.setAlignment(Qt::AlignRight);
        title->document()->setDefaultTextOption(option);
        const QString detailHtml =
            QStringLiteral("<span style=\"color:%1\">%2</span>")
                .arg(ChartPalette::mutedText().name(), item.detail.toHtmlEscaped());
        title->setHtml(
            QStringLiteral("<div style=\"color:%1\">%2</div><div>%3</div>")
                .arg(ChartPalette::text().name(), item.title.toHtmlEscaped(), detailHtml));
        if (title->boundingRect().height() > band) {
            const QString shortTitle = metrics.elidedText(item.title, Qt::ElideRight, column - 8);
            title->setHtml(
                QStringLiteral("<div style=\"color:%1\">%2</div><div>%3</div>")
                    .arg(ChartPalette::text().name(), shortTitle.toHtmlEscaped(), detailHtml));
            if (title->boundingRect().height() > band) {
                title->setHtml(QStringLiteral("<div style=\"color:%1\">%2</div>")
                                   .arg(ChartPalette::text().name(), shortTitle.toHtmlEscaped()));
            }
            title->setToolTip(item.title);
        }
        addOverlay(title);
        title->setPos(plot.left() - column - 6, centre - title->boundingRect().height() / 2);

        // The percentile at the end of the bar; "No value" where there is none.
        if (item.percentile) {
            const QString text = ChartLabels::number(*item.percentile, 0);
            const QSizeF box = textBox(text, bold);
            const QPointF end = chart()->mapToPosition(QPointF(*item.percentile, category), m_bars);
            qreal left = end.x() + 4;
            if (left + box.width() > plot.right())
                left = end.x() - box.width() - 4;
            addLabel(QRectF(QPointF(left, centre - box.height() / 2), box), text, bold,
                     ChartPalette::text());
        } else {
            const QString text = tr("No value");
            const QSizeF box = textBox(text, font);
            addLabel(QRectF(QPointF(plot.left() + 4, centre - box.height() / 2), box), text, font,
                     ChartPalette::mutedText());
        }
    }
}

} // namespace jamfor
