// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/reporttable.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jamfor {

// Writes report tables as an Office Open XML workbook (.xlsx) with QuaZip: one sheet per
// table, the header row bold and frozen, numbers as numbers with their decimals, text as inline
// strings, and the colour classes as cell fills.
//
// libxlsxwriter cannot be used here: it calls the system minizip, and QuaZip (which core links
// for the XLSX import) exports minizip's functions under the same names from its own copy, so in
// one process libxlsxwriter's zipOpen3 resolves to QuaZip's and crashes.
class XlsxWorkbookWriter
{
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbookWriter)

public:
    struct Sheet
    {
        QString name; // already valid for Excel (TableExport::sheetName)
        QStringList header;
        QList<QList<ReportCell>> rows;
    };

    // Throws jamfor::Error naming the file when it cannot be written; a failed write leaves
    // no file behind.
    static void write(const QList<Sheet>& sheets, const QString& path);
};

} // namespace jamfor
