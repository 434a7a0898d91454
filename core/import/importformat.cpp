// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/import/importformat.h"

namespace jamfor {

QString importFormatName(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Xlsx:
        return QStringLiteral("XLSX");
    case ImportFormat::Ods:
        return QStringLiteral("ODS");
    case ImportFormat::KoladaJson:
        return QStringLiteral("Kolada JSON");
    case ImportFormat::KoladaKpiJson:
        return QStringLiteral("Kolada KPI JSON");
    case ImportFormat::KoladaGroupJson:
        return QStringLiteral("Kolada group JSON");
    case ImportFormat::Csv:
        break;
    }
    return QStringLiteral("CSV");
}

bool isSpreadsheet(ImportFormat format)
{
    return format == ImportFormat::Xlsx || format == ImportFormat::Ods;
}

} // namespace jamfor
