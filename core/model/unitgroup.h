// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace jamfor {

// A saved user group of units (e.g. "Liknande kommuner äldreomsorg"), usable as a comparison
// population.
struct UnitGroup
{
    qint64 id = 0;
    QString name; // unique in a file
    QStringList unitIds;

    friend bool operator==(const UnitGroup&, const UnitGroup&) = default;
};

} // namespace jamfor
