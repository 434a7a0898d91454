// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/comparisontable.h"
#include "core/analysis/populationchoice.h"
#include "core/report/reportdocument.h"

#include <QCoreApplication>
#include <QString>

namespace jamfor {

class Database;

// What a compilation (länsrapport) covers: a network or a county, an operating area, a year.
struct CompilationRequest
{
    PopulationChoice population; // network:NAME or county:NN (any population works)
    QString areaId;
    int year = 0;
    int trendYears = 5; // the years the trend slope is fitted over, ending with year
};

// A compilation for a network or a county and an area: a summary matrix of the members ×
// the area's indicators, then one page per indicator with every member's value, colour class,
// rank, change since the year before and trend, and a ranking chart. Colours and ranks are
// among the compiled municipalities (DESIGN.md); indicators without any value in the year
// are listed but get no page.
class CompilationBuilder
{
    Q_DECLARE_TR_FUNCTIONS(CompilationBuilder)

public:
    // Throws jamfor::Error naming the network, county or area when the file has none, or when
    // the area has no indicators.
    static ReportDocument build(Database& database, const CompilationRequest& request);

    // The summary matrix: one row per unit (then the summary rows), one column per indicator,
    // split into tables of at most indicatorsPerTable columns so that each fits the width of
    // an A4 page.
    static QList<ReportTable> matrix(const ComparisonTable& table, int indicatorsPerTable = 5);
};

} // namespace jamfor
