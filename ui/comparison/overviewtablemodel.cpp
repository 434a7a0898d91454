// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/comparison/overviewtablemodel.h"

#include "core/model/valuestatusmarker.h"

#include <QLocale>
#include <cmath>

namespace jamfor {

OverviewTableModel::OverviewTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void OverviewTableModel::setOverview(NetworkOverview overview)
{
    beginResetModel();
    m_overview = std::move(overview);
    endResetModel();
}

int OverviewTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_overview.indicators.size());
}

int OverviewTableModel::columnCount(const QModelIndex& parent) const
{
    // The indicator's title, one column per member, the country's median.
    return parent.isValid() ? 0 : static_cast<int>(m_overview.members.size()) + 2;
}

QString OverviewTableModel::formatValue(double value)
{
    const QLocale locale;
    // Large amounts (kronor) read best without decimals; shares and averages keep theirs.
    if (std::abs(value) >= 1000)
        return locale.toString(value, 'f', 0);
    // At most two decimals: means of the population are otherwise shown with fifteen.
    const double rounded = std::round(value * 100) / 100;
    return locale.toString(rounded, 'f', QLocale::FloatingPointShortest);
}

QString OverviewTableModel::cellText(const OverviewCell& cell) const
{
    if (!cell.value)
        return valueStatusMarker(cell.status);
    QString text = formatValue(*cell.value);
    // The symbol carries the colour's meaning for grey print and colour-blind readers.
    if (cell.colour == ColourClass::Green)
        text += QStringLiteral(" ▲");
    else if (cell.colour == ColourClass::Red)
        text += QStringLiteral(" ▼");
    return text;
}

QString OverviewTableModel::cellToolTip(int row, int column) const
{
    const Indicator& indicator = m_overview.indicators[row];
    const Summary& summary = m_overview.countrySummaries[row];
    QString tip = QStringLiteral("<b>%1</b><br>").arg(indicator.title.toHtmlEscaped());
    if (column < m_overview.members.size()) {
        const OverviewCell& cell = m_overview.cells[column][row];
        tip += m_overview.members[column].name.toHtmlEscaped() + QStringLiteral(": ");
        switch (cell.colour) {
        case ColourClass::Green:
            tip += tr("best quarter of the country's municipalities");
            break;
        case ColourClass::Yellow:
            tip += tr("middle half of the country's municipalities");
            break;
        case ColourClass::Red:
            tip += tr("worst quarter of the country's municipalities");
            break;
        case ColourClass::Missing:
            tip += tr("no value");
            break;
        case ColourClass::NoColour:
            tip += indicator.direction == Direction::None
                       ? tr("no colour: the indicator has no better direction")
                       : tr("no colour: fewer than 4 values to compare with");
            break;
        }
        tip += QStringLiteral("<br>");
    }
    if (summary.n > 0) {
        tip +=
            tr("All municipalities: n = %1, median %2, Q1 %3, Q3 %4")
                .arg(summary.n)
                .arg(formatValue(summary.median), formatValue(summary.q1), formatValue(summary.q3));
    }
    return tip;
}

QVariant OverviewTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    if (index.column() == TitleColumn)
        return titleData(row, role);
    const int column = index.column() - FirstMemberColumn;
    const bool medianColumn = column == m_overview.members.size();
    switch (role) {
    case Qt::DisplayRole:
        if (medianColumn) {
            const Summary& summary = m_overview.countrySummaries[row];
            return summary.n > 0 ? formatValue(summary.median) : QStringLiteral("–");
        }
        return cellText(m_overview.cells[column][row]);
    case Qt::ToolTipRole:
        return cellToolTip(row, column);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ColourClassRole:
        if (medianColumn)
            return {};
        return static_cast<int>(m_overview.cells[column][row].colour);
    case IndicatorIdRole:
        return m_overview.indicators[row].id;
    default:
        return {};
    }
}

QVariant OverviewTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (section == TitleColumn)
        return tr("Indicator");
    const int member = section - FirstMemberColumn;
    if (member < m_overview.members.size())
        return m_overview.members[member].name;
    return tr("Country median");
}

QVariant OverviewTableModel::titleData(int row, int role) const
{
    const Indicator& indicator = m_overview.indicators[row];
    if (role == Qt::DisplayRole)
        return indicator.title;
    if (role == IndicatorIdRole)
        return indicator.id;
    if (role == Qt::ToolTipRole) {
        QString direction;
        switch (indicator.direction) {
        case Direction::HigherIsBetter:
            direction = tr("higher is better");
            break;
        case Direction::LowerIsBetter:
            direction = tr("lower is better");
            break;
        case Direction::None:
            direction = tr("no better direction");
            break;
        }
        return QStringLiteral("%1 (%2)\n%3").arg(indicator.title, indicator.id, direction);
    }
    return {};
}

} // namespace jamfor
