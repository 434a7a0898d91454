// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reporttable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jamfor {

// Writes report tables as an Office Open XML workbook (.xlsx) with libxlsxwriter, one sheet per
// table:
//  - the header row bold on light grey, frozen, with an autofilter over the header and the data;
//  - numbers as numbers in "#,##0" with their decimals ("General" without), which Excel shows
//    with the reader's own separators (a space and a decimal comma in Swedish);
//  - a colour class as a solid fill, and its marker (▲ ● ▼) as a literal suffix of the number
//    format, "#,##0.0\" ▲\"", so the cell stays a number; emphasis in bold;
//  - text as string cells, never formulas, so "=SUM(A1)" is shown as written and never run;
//    the control characters XML forbids are left out;
//  - column widths fitted to the longest text of each column (header and cells), 8–60;
//  - the source line in italics below the table, after an empty row.
//
// libzip (the XLSX import) and the system minizip that libxlsxwriter calls live in one process
// because libzip's functions have names of their own (QuaZip's private minizip did not).
class XlsxWorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbookWriter)

public:
    struct Sheet
    {
        QString name; // already valid for Excel (TableExport::sheetName)
        QStringList header;
        QList<QList<ReportCell>> rows;
        QString source; // "Källa: Kolada", the imported files; none when empty
    };

    // The workbook is written to a temporary file beside path and renamed over it once it is
    // complete. Throws jamfor::Error naming the file when it cannot be written; a failed write
    // leaves no file behind and an existing file unchanged.
    static void write(const QList<Sheet>& sheets, const QString& path);
};

} // namespace jamfor
