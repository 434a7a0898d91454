// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace jamfor {

// The kinds of file the importer reads. Detected from the content, not from the file name.
enum class ImportFormat
{
    Csv,            // delimited text: ; , or tab, long or wide layout
    Xlsx,           // Excel workbook (Office Open XML)
    Ods,            // OpenDocument spreadsheet (LibreOffice Calc)
    KoladaJson,     // Kolada API data: {"values": [{"kpi", "municipality", "period", "values"}]}
    KoladaKpiJson,  // Kolada API KPI metadata: {"values": [{"id", "title", "description", ...}]}
    KoladaGroupJson // Kolada API municipality groups: {"values": [{"id", "title", "members"}]}
};

// A short name for messages: "CSV", "XLSX", "ODS", "Kolada JSON", "Kolada KPI JSON",
// "Kolada group JSON".
QString importFormatName(ImportFormat format);
// A spreadsheet file (XLSX, ODS): a zip read through a SheetReader, with sheets.
bool isSpreadsheet(ImportFormat format);

} // namespace jamfor
