// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/presentation/focusindicatortable.h"

#include "core/analysis/trend.h"
#include "core/chartdata/chartlabels.h"
#include "core/model/enumtable.h"
#include "core/model/valuestatusmarker.h"
#include "ui/comparison/colourclassdelegate.h"
#include "ui/comparison/overviewtablemodel.h"
#include "ui/presentation/presentationstyle.h"

#include <QEvent>
#include <QHeaderView>
#include <cmath>

namespace jamfor {

namespace {

QString valueText(const ComparisonTableCell& cell)
{
    if (!cell.value)
        return valueStatusMarker(cell.status);
    QString text = OverviewTableModel::formatValue(*cell.value);
    // The symbol carries the colour's meaning for grey projectors and colour-blind viewers.
    if (cell.colour == ColourClass::Green)
        text += QStringLiteral(" ▲");
    else if (cell.colour == ColourClass::Red)
        text += QStringLiteral(" ▼");
    return text;
}

QString changeText(const ComparisonTableCell& cell)
{
    if (!cell.change)
        return QStringLiteral("–");
    const double delta = std::round(cell.change->delta * 100) / 100;
    QString text = delta == 0 ? QStringLiteral("0")
                              : (delta > 0 ? QStringLiteral("+") : QStringLiteral("−")) +
                                    OverviewTableModel::formatValue(std::abs(delta));
    const QString verdict = verdictLabel(cell.change->verdict);
    if (!verdict.isEmpty())
        text += QStringLiteral(" (%1)").arg(verdict);
    return text;
}

QTableWidgetItem* cellItem(const QString& text, Qt::Alignment alignment = Qt::AlignLeft)
{
    auto* cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled);
    cell->setTextAlignment(alignment | Qt::AlignVCenter);
    return cell;
}

} // namespace

FocusIndicatorTable::FocusIndicatorTable(const ComparisonTable& table, int first, int count,
                                         const Analysis* analysis, QWidget* parent)
    : QTableWidget(parent)
{
    setObjectName(QStringLiteral("focusIndicatorTable"));
    setFocusPolicy(Qt::NoFocus);
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone); // long titles wrap onto a second line
    setShowGrid(true);
    verticalHeader()->hide();
    PresentationStyle::setRole(this, PresentationStyle::Role::Table);
    PresentationStyle::setRole(horizontalHeader(), PresentationStyle::Role::Table);

    QStringList headers{tr("Indicator"), tr("Value"), tr("Rank"), tr("Since last year")};
    if (analysis)
        headers << tr("Our judgement");
    setColumnCount(int(headers.size()));
    setHorizontalHeaderLabels(headers);

    const ComparisonTableRow* focus = nullptr;
    for (const ComparisonTableRow& row : table.rows) {
        if (row.kind == ComparisonTableRow::Kind::Unit && row.focus)
            focus = &row;
    }
    const int last = std::min<int>(first + count, int(table.columns.size()));
    setRowCount(std::max(0, last - first));
    for (int column = first; column < last; ++column) {
        const int row = column - first;
        const ComparisonTableColumn& info = table.columns[column];
        setItem(row, 0, cellItem(info.indicator.title));
        if (!focus) {
            for (int c = 1; c < 4; ++c)
                setItem(row, c, cellItem(QStringLiteral("–"), Qt::AlignRight));
        } else {
            const ComparisonTableCell& cell = focus->cells[column];
            QTableWidgetItem* value = cellItem(valueText(cell), Qt::AlignRight);
            const QColor background = ColourClassDelegate::background(cell.colour);
            if (background.isValid()) {
                value->setBackground(background);
                value->setForeground(Qt::black);
            }
            setItem(row, 1, value);
            setItem(row, 2,
                    cellItem(cell.rank ? tr("%1 of %2").arg(*cell.rank).arg(info.population.n)
                                       : QStringLiteral("–"),
                             Qt::AlignRight));
            setItem(row, 3, cellItem(changeText(cell), Qt::AlignRight));
        }
        if (analysis) {
            QString judgement;
            for (const AnalysisIndicator& entry : analysis->indicators) {
                if (entry.indicatorId != info.indicator.id)
                    continue;
                if (entry.judgement != Judgement::None)
                    judgement = enumLabel(entry.judgement);
                if (entry.takenForward)
                    judgement += (judgement.isEmpty() ? QString() : QStringLiteral(" · ")) +
                                 tr("taken forward");
            }
            setItem(row, 4, cellItem(judgement));
        }
    }
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this,
            &FocusIndicatorTable::fitRowsLater);
    fitRows();
}

void FocusIndicatorTable::changeEvent(QEvent* event)
{
    QTableWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitRowsLater();
}

void FocusIndicatorTable::resizeEvent(QResizeEvent* event)
{
    QTableWidget::resizeEvent(event);
    fitRowsLater();
}

void FocusIndicatorTable::fitRowsLater()
{
    // The stretched title column gets its width after the resize; wrapped titles need the rows
    // measured at that width.
    if (m_fitPending)
        return;
    m_fitPending = true;
    QMetaObject::invokeMethod(this, &FocusIndicatorTable::fitRows, Qt::QueuedConnection);
}

void FocusIndicatorTable::fitRows()
{
    m_fitPending = false;
    resizeRowsToContents();
    const int padding = fontMetrics().height() / 3;
    int height = horizontalHeader()->height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row) {
        setRowHeight(row, rowHeight(row) + padding);
        height += rowHeight(row);
    }
    // No empty white area under the last row: the note follows the table directly.
    setMaximumHeight(height);
}

} // namespace jamfor
