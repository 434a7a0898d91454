// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace jamfor {

// A saved group of units (a user's own, or one of Kolada's municipality groups such as "V9" or
// "Liknande kommuner äldreomsorg, Tanum, 2022"), usable as a comparison population.
struct UnitGroup
{
    qint64 id = 0;
    QString name; // unique in a file
    QStringList unitIds;
    QString koladaId; // Kolada's group id (G145187) for a group imported from Kolada, else empty

    friend bool operator==(const UnitGroup&, const UnitGroup&) = default;
};

} // namespace jamfor
