// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/analysisreportdata.h"
#include "core/report/reportdocument.h"

#include <QCoreApplication>

namespace jamfor {

class Database;

// The report of an analysis for the municipal executive board (KS): a cover with network,
// area, year and members; the prioritised indicators in a colour-coded table; per indicator
// its ranking and trend charts, the judgement, the causes and the conclusion; the proposals;
// the action plan; the follow-up; the source line and, for the demo, the example-data label.
class AnalysisReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(AnalysisReportBuilder)

public:
    // Throws jamfor::Error (see AnalysisReportData::load).
    static ReportDocument build(Database& database, qint64 analysisId);
    // From data already loaded; charts are built from the database.
    static ReportDocument build(Database& database, const AnalysisReportData& data);

    // The table of the prioritised indicators: value, rank, colour, change, network mean and
    // the group's judgement. Also used by the A3 summary and the exports.
    static ReportTable prioritisedTable(const AnalysisReportData& data);
    // The action plan as a table.
    static ReportTable actionTable(const AnalysisReportData& data);
    // The targets with their follow-up.
    static ReportTable targetTable(const AnalysisReportData& data);

    static QString handbookTypeLabel(HandbookType type);
    // "Bohusnätverket · Äldreomsorg · 2024".
    static QString headline(const AnalysisReportData& data);
};

} // namespace jamfor
