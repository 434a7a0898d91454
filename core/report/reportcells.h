// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/comparisontable.h"
#include "core/report/reporttable.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace jamfor {

// The cells the report tables share, in Swedish typography.
class ReportCells
{
    Q_DECLARE_TR_FUNCTIONS(ReportCells)

public:
    // The fewest decimals (0–2) that show every value of the column as stored.
    static int decimalsFor(const ComparisonTable& table, int column);
    // The value with its colour class and marker ("71,5 ▲"); Kolada's markers "-", "." and ".."
    // (grey) when there is no value.
    static ReportCell value(const ComparisonTableCell& cell, int decimals);
    // The value alone, as a number, without colour.
    static ReportCell plainValue(const std::optional<double>& value, int decimals);
    // "3 of 12"; empty without a rank.
    static ReportCell rank(const std::optional<int>& rank, int n);
    // "+1,2 better"; empty without a change.
    static ReportCell change(const std::optional<Change>& change, int decimals);
    // The colour class in words with its marker: "▲ best quarter".
    static QString colourText(ColourClass colour);
};

} // namespace jamfor
