// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace jamfor {

// What to download: indicators (Kolada KPI ids, and the members of a Kolada KPI group) × units
// (4-digit codes; none: every municipality, region and the country) × years.
struct KoladaFetchRequest
{
    QStringList kpiIds;
    QStringList unitIds; // empty: the whole country
    int firstYear = 0;
    int lastYear = 0;
    QString kpiGroupId = {}; // "GKPI89": its member KPIs are fetched too

    QList<int> years() const
    {
        QList<int> list;
        for (int year = firstYear; year <= lastYear; ++year)
            list.append(year);
        return list;
    }
};

} // namespace jamfor
