// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/observation.h"

#include <QSqlQuery>

namespace jamfor {

// Reads columns indicator_id, unit_id, year, gender, value, status (in that order).
Observation observationFromRow(const QSqlQuery& query);

// The stored integer for a status and back; values outside 0..3 are refused by the schema.
int statusToStorage(ValueStatus status);
ValueStatus statusFromStorage(int stored);

} // namespace jamfor
