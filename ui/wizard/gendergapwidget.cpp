// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/gendergapwidget.h"

#include "core/chartdata/chartlabels.h"
#include "core/model/observation.h"

#include <QPainter>
#include <algorithm>

namespace jamfor {

namespace {

const QColor womenColour(0xcc, 0x79, 0xa7); // Okabe–Ito reddish purple
const QColor menColour(0x00, 0x72, 0xb2);   // Okabe–Ito blue
constexpr int rowHeight = 26;
constexpr int topSpace = 56;

} // namespace

GenderGapWidget::GenderGapWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("genderGapChart"));
    setMinimumHeight(200);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void GenderGapWidget::setRows(const QString& title, const QList<Row>& rows, int decimals)
{
    m_title = title;
    m_rows = rows;
    m_decimals = decimals;
    setMinimumHeight(topSpace + rowHeight * int(std::max<qsizetype>(rows.size(), 2)) + 40);
    updateGeometry();
    update();
}

QSize GenderGapWidget::sizeHint() const
{
    return {600, minimumHeight()};
}

void GenderGapWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(font());
    QFont bold = font();
    bold.setBold(true);

    p.setFont(bold);
    p.drawText(QRect(8, 4, width() - 16, 22), Qt::AlignLeft | Qt::AlignVCenter, m_title);
    p.setFont(font());

    // Legend.
    int x = 8;
    for (const auto& [colour, label] : {std::pair{womenColour, enumLabel(Gender::Women)},
                                        std::pair{menColour, enumLabel(Gender::Men)}}) {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(QPointF(x + 6, 36), 5, 5);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPoint(x + 16, 36 + metrics.ascent() / 2 - 1), label);
        x += 28 + metrics.horizontalAdvance(label);
    }

    QList<double> values;
    int nameWidth = 60;
    for (const Row& row : m_rows) {
        if (row.women)
            values << *row.women;
        if (row.men)
            values << *row.men;
        nameWidth = std::max(nameWidth, QFontMetrics(bold).horizontalAdvance(row.name) + 16);
    }
    if (values.isEmpty()) {
        p.drawText(rect().adjusted(8, topSpace, -8, -8), Qt::AlignLeft | Qt::AlignTop,
                   tr("No values by gender for this indicator and year."));
        return;
    }
    double low = *std::min_element(values.cbegin(), values.cend());
    double high = *std::max_element(values.cbegin(), values.cend());
    const double pad = std::max((high - low) * 0.08, std::abs(high) * 0.02 + 1e-9);
    low -= pad;
    high += pad;
    const int valueWidth = metrics.horizontalAdvance(QStringLiteral("0000000,0")) * 2;
    const QRectF plot(nameWidth, topSpace, std::max(80, width() - nameWidth - valueWidth - 16),
                      rowHeight * m_rows.size());
    const auto toX = [&](double v) {
        return plot.left() + (v - low) / (high - low) * plot.width();
    };

    p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.setPen(palette().color(QPalette::Text));
    // The smallest and the largest value, under their places on the line.
    const QString lowText = ChartLabels::number(low + pad, m_decimals);
    const QString highText = ChartLabels::number(high - pad, m_decimals);
    p.drawText(QPointF(toX(low + pad) - metrics.horizontalAdvance(lowText) / 2.0,
                       plot.bottom() + metrics.ascent() + 4),
               lowText);
    p.drawText(QPointF(toX(high - pad) - metrics.horizontalAdvance(highText) / 2.0,
                       plot.bottom() + metrics.ascent() + 4),
               highText);

    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows[i];
        const double y = plot.top() + rowHeight * (i + 0.5);
        p.setFont(row.focus ? bold : font());
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(4, y - rowHeight / 2.0, nameWidth - 10, rowHeight),
                   Qt::AlignRight | Qt::AlignVCenter, row.name);
        if (row.women && row.men) {
            p.setPen(QPen(palette().color(QPalette::Mid), row.focus ? 3 : 2));
            p.drawLine(QPointF(toX(*row.women), y), QPointF(toX(*row.men), y));
        }
        p.setPen(Qt::NoPen);
        const qreal radius = row.focus ? 6.5 : 5;
        if (row.women) {
            p.setBrush(womenColour);
            p.drawEllipse(QPointF(toX(*row.women), y), radius, radius);
        }
        if (row.men) {
            p.setBrush(menColour);
            p.drawEllipse(QPointF(toX(*row.men), y), radius, radius);
        }
        QString text;
        if (row.women && row.men)
            text = tr("W %1 · M %2")
                       .arg(ChartLabels::number(*row.women, m_decimals),
                            ChartLabels::number(*row.men, m_decimals));
        else
            text = tr("no value by gender");
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(plot.right() + 12, y - rowHeight / 2.0, valueWidth, rowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, text);
    }
}

} // namespace jamfor
