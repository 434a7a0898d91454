// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/analysis/colourclass.h"
#include "core/model/indicator.h"
#include "core/model/observation.h"
#include "core/model/unit.h"

#include <QList>
#include <optional>

namespace jamfor {

class Database;

// One cell of the overview: a member's value of one indicator and its colour class among all
// municipalities in the country.
struct OverviewCell
{
    std::optional<double> value;
    ValueStatus status = ValueStatus::Missing;
    ColourClass colour = ColourClass::Missing;
};

// A network's members against the indicators of one area, one year and one gender.
struct NetworkOverview
{
    QList<Unit> members;              // rows, in the network's order
    QList<Indicator> indicators;      // columns
    QList<Summary> countrySummaries;  // per indicator: all municipalities with a value
    QList<QList<OverviewCell>> cells; // [member][indicator]

    // Builds the overview. Colour classes use the quartiles of all 290 municipalities.
    static NetworkOverview build(Database& database, qint64 networkId, const QString& areaId,
                                 int year, Gender gender);
};

} // namespace jamfor
