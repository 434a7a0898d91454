// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/observation.h"

#include <QString>

namespace jamfor {

// What every chart is drawn for: the choices of the main window.
struct ChartContext
{
    qint64 networkId = 0; // 0: no network
    QString areaId;       // empty: every area
    int year = 0;
    Gender gender = Gender::Total;
    QString focusUnitId; // empty: no focus municipality
};

// How strongly a unit is shown: the focus municipality most, the network's members clearly,
// every other unit muted.
enum class Highlight
{
    Focus,
    Member,
    Other
};

// The units a ranking or a cost–quality scatter compares.
enum class ChartPopulation
{
    AllMunicipalities,
    Network
};

} // namespace jamfor
