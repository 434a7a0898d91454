// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/widgets/wrappedheaderview.h"

#include <QFontMetrics>
#include <QPainter>
#include <QStyleOptionHeader>
#include <QTextLayout>

namespace jamfor {

namespace {

constexpr int margin = 4;

} // namespace

WrappedHeaderView::WrappedHeaderView(int maxLines, QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
    , m_maxLines(std::max(1, maxLines))
{
    setSectionsClickable(true);
    setHighlightSections(false);
}

QStringList WrappedHeaderView::wrap(const QString& text, const QFont& font, int width, int maxLines)
{
    const QFontMetrics metrics(font);
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            // The last line takes the rest of the title, shortened with "…".
            lines << metrics.elidedText(text.mid(line.textStart()).simplified(), Qt::ElideRight,
                                        width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QSize WrappedHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    size.setHeight(std::max(size.height(), fontMetrics().lineSpacing() * m_maxLines + 2 * margin));
    return size;
}

void WrappedHeaderView::paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const
{
    if (!rect.isValid() || !model())
        return;
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    if (isSortIndicatorShown() && sortIndicatorSection() == logicalIndex)
        option.sortIndicator = sortIndicatorOrder() == Qt::AscendingOrder
                                   ? QStyleOptionHeader::SortDown
                                   : QStyleOptionHeader::SortUp;
    painter->save();
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);
    if (option.sortIndicator != QStyleOptionHeader::None) {
        QStyleOptionHeader arrow = option;
        arrow.rect = style()->subElementRect(QStyle::SE_HeaderArrow, &option, this);
        style()->drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &arrow, painter, this);
    }
    const QString text =
        model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QRect area = rect.adjusted(margin, margin, -margin, -margin);
    const QFontMetrics metrics = painter->fontMetrics();
    const QStringList lines = wrap(text, painter->font(), area.width(), m_maxLines);
    const int height = int(lines.size()) * metrics.lineSpacing();
    int y = area.top() + std::max(0, (area.height() - height) / 2);
    painter->setPen(palette().color(QPalette::ButtonText));
    for (const QString& line : lines) {
        painter->drawText(QRect(area.left(), y, area.width(), metrics.lineSpacing()),
                          Qt::AlignHCenter | Qt::AlignVCenter, line);
        y += metrics.lineSpacing();
    }
    painter->restore();
}

} // namespace jamfor
