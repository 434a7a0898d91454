// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/observation.h"

#include <QString>
#include <optional>

namespace jamfor {

// One unit's value of one indicator, year and gender: what the analysis functions work on.
// A unit without a value (missing, not applicable, confidential, or no row at all) has an
// empty value and is left out of every statistic.
struct UnitValue
{
    QString unitId;
    std::optional<double> value;
    ValueStatus status = ValueStatus::Ok;

    friend bool operator==(const UnitValue&, const UnitValue&) = default;
};

} // namespace jamfor
