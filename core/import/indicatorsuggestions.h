// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/indicator.h"

namespace jamfor {

// Gives an indicator that the user has not confirmed the suggested kind, direction and unit of
// measure (kolada/indicatorknowledge.h), from its id, title and Kolada's perspective and
// operating area. A unit Kolada itself gave (knownUnit) wins over the suggested one. A confirmed
// indicator is left exactly as it is. Returns true when something changed.
bool applySuggestion(Indicator& indicator, const QString& operatingArea = {},
                     const QString& knownUnit = {});

} // namespace jamfor
