// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace jamfor {

// What to download: indicators (Kolada KPI ids) × units (4-digit codes) × years.
struct KoladaFetchRequest
{
    QStringList kpiIds;
    QStringList unitIds;
    int firstYear = 0;
    int lastYear = 0;

    QList<int> years() const
    {
        QList<int> list;
        for (int year = firstYear; year <= lastYear; ++year)
            list.append(year);
        return list;
    }
};

} // namespace jamfor
