// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/observationrow.h"

#include <QVariant>

namespace jamfor {

Observation observationFromRow(const QSqlQuery& query)
{
    Observation observation;
    observation.indicatorId = query.value(0).toString();
    observation.unitId = query.value(1).toString();
    observation.year = query.value(2).toInt();
    observation.gender = genderFromCode(query.value(3).toString()).value_or(Gender::Total);
    const QVariant value = query.value(4);
    if (!value.isNull())
        observation.value = value.toDouble();
    observation.status = statusFromStorage(query.value(5).toInt());
    return observation;
}

int statusToStorage(ValueStatus status)
{
    return static_cast<int>(status);
}

ValueStatus statusFromStorage(int stored)
{
    switch (stored) {
    case 1:
        return ValueStatus::Missing;
    case 2:
        return ValueStatus::NotApplicable;
    case 3:
        return ValueStatus::Confidential;
    default:
        return ValueStatus::Ok;
    }
}

} // namespace jamfor
