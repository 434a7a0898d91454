// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/comparisontable.h"
#include "core/report/reporttable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jamfor {

// Writes report tables and the comparison table to CSV and XLSX.
//
// Formula injection: in CSV a text cell that begins with =, +, -, @ (or a tab or carriage
// return, which some spreadsheets skip before such a sign) gets an apostrophe in front,
// "'=SUM(A1)", so no spreadsheet runs it as a formula; the apostrophe is visible and says the
// text was changed. XLSX needs no apostrophe: its text cells are strings, which a spreadsheet
// shows as written and never runs. Numbers are written as numbers and never changed, so "−3,5"
// stays a number.
//
// CSV follows what Swedish Excel opens with a double-click: UTF-8 with a byte-order mark,
// semicolons between cells, a decimal comma, no thousands separator, an ASCII minus, CRLF
// line ends, and quotes around a cell that holds a semicolon, a quote or a line break.
// XLSX (XlsxWorkbookWriter) keeps one sheet per table with the header bold and frozen, an
// autofilter, numbers with their decimals, the colour classes as fills with their markers,
// and the source line below the table.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    static QString neutralised(const QString& text);

    static QByteArray toCsv(const ReportTable& table);
    // Throw jamfor::Error naming the file when it cannot be written.
    static void writeCsv(const ReportTable& table, const QString& path);
    // source: the line below every sheet's table ("Källa: Kolada", ReportSource); none if empty.
    static void writeXlsx(const QList<ReportTable>& tables, const QString& path,
                          const QString& source = {});

    // The comparison table as a report table: a column per indicator (or year) whose cells
    // carry the value, its colour class and its marker.
    static ReportTable fromComparisonTable(const ComparisonTable& table);
    // A sheet name Excel accepts: at most 31 characters, none of []:*?/\, no apostrophe first
    // or last, not "History" (reserved by Excel), unique among used (ignoring case).
    static QString sheetName(const QString& title, const QStringList& used);
};

} // namespace jamfor
