// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace jamfor {

// One of Kolada's KPI groups: the ready tables of Öppna jämförelser and KKiK, such as GKPI89
// "Öppna jämförelser - Äldreomsorg".
struct KoladaKpiGroupInfo
{
    QString id;
    QString title;
    int kpiCount = 0;
};

// The groups as Kolada listed them in January 2024 (resources/data/kolada_kpi_groups.csv),
// so that a group can be picked without a connection; the group's members are fetched from
// Kolada when it is downloaded. Ordered by title.
const QList<KoladaKpiGroupInfo>& shippedKoladaKpiGroups();

} // namespace jamfor
