// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/analysis.h"

namespace jamfor {

class Database;

// Step 5's "Add target": the first indicator taken forward that has no target yet (else the
// first one taken forward), two years after the analysis's year (a year further for each
// target the indicator already has in that year), starting from the focus municipality's
// total value of the analysis's year when the file has one. The indicator id is empty when
// nothing is taken forward.
IndicatorTarget suggestedTarget(Database& database, const Analysis& analysis);

} // namespace jamfor
