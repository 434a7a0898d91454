// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/analysisreportdata.h"
#include "core/report/reportdocument.h"

#include <QCoreApplication>

namespace jamfor {

class Database;

// The one-page A3 summary of an analysis (landscape), in the five columns of an A3 report:
// problem, analysis, goal, actions and follow-up.
class A3SummaryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(A3SummaryBuilder)

public:
    // Throws jamfor::Error (see AnalysisReportData::load).
    static ReportDocument build(Database& database, qint64 analysisId);
    static ReportDocument build(const AnalysisReportData& data);
};

} // namespace jamfor
