// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comparison/comparisontablemodel.h"

#include "core/model/valuestatusmarker.h"
#include "ui/comparison/overviewtablemodel.h"

#include <QFont>
#include <QLocale>

namespace jamfor {

ComparisonTableModel::ComparisonTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ComparisonTableModel::setTable(ComparisonTable table)
{
    beginResetModel();
    m_table = std::move(table);
    endResetModel();
}

int ComparisonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int ComparisonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size()) + 1;
}

QString ComparisonTableModel::cellText(const ComparisonTableCell& cell) const
{
    if (!cell.value)
        return valueStatusMarker(cell.status);
    QString text = OverviewTableModel::formatValue(*cell.value);
    if (cell.colour == ColourClass::Green)
        text += QStringLiteral(" ▲");
    else if (cell.colour == ColourClass::Red)
        text += QStringLiteral(" ▼");
    if (cell.change) {
        if (cell.change->delta > 0)
            text += QStringLiteral(" ↑");
        else if (cell.change->delta < 0)
            text += QStringLiteral(" ↓");
        else
            text += QStringLiteral(" →");
    }
    return text;
}

QString ComparisonTableModel::cellToolTip(const ComparisonTableRow& row, int column) const
{
    const ComparisonTableColumn& c = m_table.columns[column];
    const ComparisonTableCell& cell = row.cells[column];
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> (%2)").arg(c.indicator.title.toHtmlEscaped()).arg(c.year);
    lines << row.name.toHtmlEscaped();
    if (cell.rank) {
        lines << tr("Rank %1 of %2 in %3")
                     .arg(*cell.rank)
                     .arg(c.population.n)
                     .arg(m_table.populationLabel.toHtmlEscaped());
    }
    if (cell.change) {
        lines << tr("Change since %1: %2 (%3)")
                     .arg(c.year - 1)
                     .arg(OverviewTableModel::formatValue(cell.change->delta),
                          verdictLabel(cell.change->verdict));
    }
    if (c.population.n > 0) {
        lines << tr("%1: n = %2, Q1 %3, median %4, Q3 %5")
                     .arg(m_table.populationLabel.toHtmlEscaped())
                     .arg(c.population.n)
                     .arg(OverviewTableModel::formatValue(c.population.q1),
                          OverviewTableModel::formatValue(c.population.median),
                          OverviewTableModel::formatValue(c.population.q3));
    }
    if (c.population.n > 0 && c.population.n < minimumValuesForColour)
        lines << tr("No colour: fewer than 4 values to compare with.");
    return lines.join(QStringLiteral("<br>"));
}

QVariant ComparisonTableModel::nameData(const ComparisonTableRow& row, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case ExportTextRole:
        return row.name;
    case SortRole:
        return row.name;
    case Qt::ToolTipRole:
        if (row.focus)
            return tr("Focus municipality");
        if (row.networkMember)
            return tr("Member of the network");
        return {};
    default:
        return {};
    }
}

QVariant ComparisonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const ComparisonTableRow& row = m_table.rows[index.row()];
    if (role == RowKindRole)
        return static_cast<int>(row.kind);
    if (role == Qt::FontRole) {
        if (row.focus || row.kind != ComparisonTableRow::Kind::Unit) {
            QFont font;
            font.setBold(row.focus);
            font.setItalic(row.kind != ComparisonTableRow::Kind::Unit);
            return font;
        }
        return {};
    }
    if (index.column() == NameColumn)
        return nameData(row, role);

    const int column = index.column() - 1;
    const ComparisonTableCell& cell = row.cells[column];
    switch (role) {
    case Qt::DisplayRole:
        return cellText(cell);
    case ExportTextRole:
        // Excel with Swedish settings reads "1234,5" as a number; grouping would make it text.
        return cell.value ? QLocale(QLocale::Swedish, QLocale::Sweden)
                                .toString(*cell.value, 'f', QLocale::FloatingPointShortest)
                                .remove(QChar(0x00A0))
                          : QString();
    case SortRole:
        return cell.value ? QVariant(*cell.value) : QVariant();
    case Qt::ToolTipRole:
        return row.kind == ComparisonTableRow::Kind::Unit ? cellToolTip(row, column) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ColourClassRole:
        return static_cast<int>(cell.colour);
    default:
        return {};
    }
}

QVariant ComparisonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (section == NameColumn)
        return role == Qt::DisplayRole ? QVariant(tr("Municipality")) : QVariant();
    const ComparisonTableColumn& column = m_table.columns[section - 1];
    const bool years = m_table.columns.size() > 1 && m_table.columns.constFirst().indicator.id ==
                                                         m_table.columns.constLast().indicator.id;
    if (role == Qt::DisplayRole)
        return years ? QString::number(column.year) : column.indicator.title;
    if (role == Qt::ToolTipRole)
        return QStringLiteral("%1 (%2), %3")
            .arg(column.indicator.title, column.indicator.id)
            .arg(column.year);
    return {};
}

} // namespace jamfor
