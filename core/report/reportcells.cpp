// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/reportcells.h"

#include "core/chartdata/chartlabels.h"
#include "core/model/valuestatusmarker.h"
#include "core/report/swedishnumbers.h"

namespace jamfor {

int ReportCells::decimalsFor(const ComparisonTable& table, int column)
{
    QList<double> values;
    for (const ComparisonTableRow& row : table.rows) {
        if (row.kind == ComparisonTableRow::Kind::Unit && column < row.cells.size() &&
            row.cells[column].value)
            values.append(*row.cells[column].value);
    }
    return ChartLabels::decimalsFor(values);
}

ReportCell ReportCells::value(const ComparisonTableCell& cell, int decimals)
{
    if (!cell.value) {
        ReportCell missing = ReportCell::fromText(valueStatusMarker(cell.status));
        missing.colour = ColourClass::Missing;
        return missing;
    }
    ReportCell result = ReportCell::fromNumber(*cell.value, decimals);
    result.colour = cell.colour;
    const QString marker = ReportTable::marker(cell.colour);
    if (!marker.isEmpty())
        result.text += u' ' + marker;
    return result;
}

ReportCell ReportCells::plainValue(const std::optional<double>& value, int decimals)
{
    if (!value)
        return ReportCell::fromText(QStringLiteral("–"));
    return ReportCell::fromNumber(*value, decimals);
}

ReportCell ReportCells::rank(const std::optional<int>& rank, int n)
{
    if (!rank)
        return {};
    ReportCell cell = ReportCell::fromText(tr("%1 of %2").arg(*rank).arg(n));
    cell.number = *rank;
    return cell;
}

ReportCell ReportCells::change(const std::optional<Change>& change, int decimals)
{
    if (!change)
        return {};
    QString text = SwedishNumbers::formatSigned(change->delta, decimals);
    const QString verdict = verdictLabel(change->verdict);
    if (!verdict.isEmpty())
        text += u' ' + verdict;
    ReportCell cell = ReportCell::fromText(text);
    cell.number = change->delta;
    return cell;
}

QString ReportCells::colourText(ColourClass colour)
{
    switch (colour) {
    case ColourClass::Green:
        return tr("▲ best quarter");
    case ColourClass::Yellow:
        return tr("● middle half");
    case ColourClass::Red:
        return tr("▼ worst quarter");
    case ColourClass::Missing:
        return tr("no value");
    case ColourClass::NoColour:
        break;
    }
    return tr("no colour");
}

} // namespace jamfor
